//! `regwasm-fuzz`: the driver. `diff` runs the differential check, `translate` the
//! translate-only check, over a seed range or for a time budget, on one or more threads, and
//! prints a summary. Every finding names the one command that reproduces it.

use clap::{Parser, Subcommand, ValueEnum};
use regwasm_fuzz::campaign::{CURRENT, Generator, Options, Summary, diff_seed, translate_seed};
use regwasm_fuzz::diff::Oracle;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(name = "regwasm-fuzz", about = "Differential and translate-only fuzzing of regwasm")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Clone, Copy, ValueEnum)]
enum Gen {
    Smith,
    Shapes,
    Both,
}

/// The engine regwasm is compared with.
#[derive(Clone, Copy, ValueEnum)]
enum OracleArg {
    /// wasmi 2.0.0 (no exception handling).
    Wasmi,
    /// wasmtime 48.0.8, with exception handling generated (needs the `wasmtime-oracle` feature).
    Wasmtime,
}

#[derive(clap::Args)]
struct Common {
    /// Seed range A..B (B exclusive).
    #[arg(long, value_parser = parse_range)]
    seeds: Option<(u64, u64)>,
    /// Run for N seconds instead of a seed range (seeds from --start on).
    #[arg(long)]
    seconds: Option<u64>,
    /// First seed for --seconds.
    #[arg(long, default_value_t = 0)]
    start: u64,
    /// Worker threads.
    #[arg(long, default_value_t = 1)]
    jobs: u64,
    /// Findings directory.
    #[arg(long, default_value = "fuzz/findings")]
    findings: PathBuf,
    /// Do not reduce findings.
    #[arg(long)]
    no_reduce: bool,
}

#[derive(Subcommand)]
enum Cmd {
    /// Differential check against wasmi or wasmtime (tie-breaker: wabt's spectest-interp).
    Diff {
        #[command(flatten)]
        common: Common,
        /// Module source.
        #[arg(long, value_enum, default_value = "both")]
        generator: Gen,
        /// The engine to compare with.
        #[arg(long, value_enum, default_value = "wasmi")]
        oracle: OracleArg,
    },
    /// Loader check: arbitrary and mutated bytes never panic, valid modules always load.
    Translate {
        #[command(flatten)]
        common: Common,
    },
}

fn parse_range(s: &str) -> Result<(u64, u64), String> {
    let (a, b) = s.split_once("..").ok_or("expected A..B")?;
    let a: u64 = a.parse().map_err(|e| format!("{e}"))?;
    let b: u64 = b.parse().map_err(|e| format!("{e}"))?;
    if b <= a {
        return Err("empty range".into());
    }
    Ok((a, b))
}

fn main() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        CURRENT.with(|c| eprintln!("regwasm-fuzz: panic while running: {}", c.borrow()));
        default_hook(info);
    }));
    let cli = Cli::parse();
    let (common, generators, oracle): (Common, Vec<Generator>, OracleArg) = match cli.command {
        Cmd::Diff { common, generator, oracle } => (
            common,
            match generator {
                Gen::Smith => vec![Generator::Smith],
                Gen::Shapes => vec![Generator::Shapes],
                Gen::Both => vec![Generator::Smith, Generator::Shapes],
            },
            oracle,
        ),
        Cmd::Translate { common } => (common, Vec::new(), OracleArg::Wasmi),
    };
    let oracle = match oracle {
        OracleArg::Wasmi => Oracle::Wasmi,
        #[cfg(feature = "wasmtime-oracle")]
        OracleArg::Wasmtime => Oracle::Wasmtime,
        #[cfg(not(feature = "wasmtime-oracle"))]
        OracleArg::Wasmtime => {
            eprintln!("error: --oracle wasmtime needs a build with `--features wasmtime-oracle`");
            std::process::exit(2);
        }
    };
    if common.seeds.is_none() && common.seconds.is_none() {
        eprintln!("error: give --seeds A..B or --seconds N");
        std::process::exit(2);
    }
    if !generators.is_empty() && !regwasm_fuzz::tiebreak::available() {
        eprintln!("note: wast2json/spectest-interp not on PATH: disagreements stay unresolved");
    }
    let opts = Options {
        features: oracle.features(),
        oracle,
        findings: Some(common.findings.clone()),
        reduce: !common.no_reduce,
    };
    let jobs = common.jobs.max(1);
    let deadline = common.seconds.map(|s| Instant::now() + Duration::from_secs(s));
    let started = Instant::now();
    let summary = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..jobs)
            .map(|job| {
                let opts = &opts;
                let generators = &generators;
                let seeds = common.seeds;
                let start = common.start;
                scope.spawn(move || {
                    let mut summary = Summary::default();
                    let mut seed = seeds.map_or(start, |(a, _)| a) + job;
                    loop {
                        if let Some((_, b)) = seeds
                            && seed >= b
                        {
                            break;
                        }
                        if deadline.is_some_and(|d| Instant::now() >= d) {
                            break;
                        }
                        if generators.is_empty() {
                            translate_seed(seed, opts, &mut summary);
                        } else {
                            for g in generators {
                                diff_seed(*g, seed, opts, &mut summary);
                            }
                        }
                        seed += jobs;
                    }
                    summary
                })
            })
            .collect();
        let mut total = Summary::default();
        for h in handles {
            total.merge(h.join().expect("worker finished"));
        }
        total
    });
    print!("{}", summary.report());
    println!("elapsed {:.1} s", started.elapsed().as_secs_f64());
    let bugs = summary.translate_findings
        + summary.disagreements.get(&regwasm_fuzz::tiebreak::Class::RegwasmBug).copied().unwrap_or(0);
    std::process::exit(if bugs > 0 { 1 } else { 0 });
}
