//! A fuzzing campaign: seeds to modules, each module through the differential or the
//! translate-only check, with counts for the summary and findings saved to disk. Shared by
//! the `regwasm-fuzz` binary and the smoke tests.

use crate::diff::{Oracle, check_module_with};
use crate::features::Features;
use crate::tiebreak::Class;
use std::any::Any;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

/// Which module source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generator {
    /// wasm-smith.
    Smith,
    /// The targeted shapes generator.
    Shapes,
}

impl Generator {
    /// Lower-case name, as on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Generator::Smith => "smith",
            Generator::Shapes => "shapes",
        }
    }
}

/// Counts of a campaign.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Modules generated.
    pub generated: u64,
    /// Modules that ran on every engine.
    pub ran: u64,
    /// Calls compared on every engine.
    pub calls: u64,
    /// Modules cut short by a stack exhaustion.
    pub stack_exhausted: u64,
    /// Disagreements by class.
    pub disagreements: BTreeMap<Class, u64>,
    /// Modules dropped because the oracle panicked on them (saved with the findings).
    pub oracle_panics: u64,
    /// Translate-only inputs checked.
    pub translate_inputs: u64,
    /// Translate-only findings.
    pub translate_findings: u64,
    /// One line per finding.
    pub findings: Vec<String>,
}

impl Summary {
    /// Adds another summary's counts.
    pub fn merge(&mut self, other: Summary) {
        self.generated += other.generated;
        self.ran += other.ran;
        self.calls += other.calls;
        self.stack_exhausted += other.stack_exhausted;
        self.oracle_panics += other.oracle_panics;
        for (k, v) in other.disagreements {
            *self.disagreements.entry(k).or_default() += v;
        }
        self.translate_inputs += other.translate_inputs;
        self.translate_findings += other.translate_findings;
        self.findings.extend(other.findings);
    }

    /// The summary as printed by the driver.
    pub fn report(&self) -> String {
        let classes = [Class::RegwasmBug, Class::OracleBug, Class::Unresolved]
            .iter()
            .map(|c| format!("{c} {}", self.disagreements.get(c).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(", ");
        let mut s = format!(
            "modules generated {}, modules run {}, calls compared {}, stack-exhausted (skipped) {}\n\
             disagreements: {classes}; oracle panics (skipped) {}\ntranslate-only inputs {}, translate findings {}\n",
            self.generated,
            self.ran,
            self.calls,
            self.stack_exhausted,
            self.oracle_panics,
            self.translate_inputs,
            self.translate_findings
        );
        for f in &self.findings {
            s.push_str(f);
            s.push('\n');
        }
        s
    }

    /// Disagreements of every class.
    pub fn total_disagreements(&self) -> u64 {
        self.disagreements.values().sum()
    }
}

/// Where findings go (`None`: nowhere, e.g. in tests), and whether to ask the tie-breaker.
#[derive(Debug, Clone)]
pub struct Options {
    /// Feature set.
    pub features: Features,
    /// The engine regwasm is compared with (its feature set is `oracle.features()`).
    pub oracle: Oracle,
    /// Findings directory.
    pub findings: Option<PathBuf>,
    /// Reduce findings before saving.
    pub reduce: bool,
}

thread_local! {
    /// What the current thread is checking, for the panic hook of the driver.
    pub static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The module of `generator` for `seed` (`None` if wasm-smith gave up).
pub fn generate(generator: Generator, features: &Features, seed: u64) -> Option<Vec<u8>> {
    match generator {
        Generator::Smith => crate::smith::module(features, seed),
        Generator::Shapes => Some(crate::shapes::module(seed)),
    }
}

/// Runs the differential check for one seed, adding to `summary`.
pub fn diff_seed(generator: Generator, seed: u64, opts: &Options, summary: &mut Summary) {
    let oracle = if opts.oracle == Oracle::Wasmi { String::new() } else { format!(" --oracle {}", opts.oracle.name()) };
    let repro = format!("regwasm-fuzz diff --generator {}{oracle} --seeds {seed}..{}", generator.name(), seed + 1);
    CURRENT.with(|c| *c.borrow_mut() = repro.clone());
    let Some(wasm) = generate(generator, &opts.features, seed) else { return };
    summary.generated += 1;
    let run = match catch_unwind(AssertUnwindSafe(|| check_module_with(opts.oracle, &wasm, seed, None))) {
        Ok(run) => run,
        Err(payload) => return record_panic(generator, seed, &repro, &wasm, &*payload, opts, summary),
    };
    summary.ran += u64::from(run.ran);
    summary.calls += run.calls_compared;
    summary.stack_exhausted += u64::from(run.stack_exhausted);
    let Some(d) = &run.disagreement else { return };
    let tmp = std::env::temp_dir().join(format!("regwasm-fuzz-tie-{}-{seed}", std::process::id()));
    let class = crate::tiebreak::classify(&wasm, &run.calls, &run.outcomes, d, &tmp);
    let _ = std::fs::remove_dir_all(&tmp);
    *summary.disagreements.entry(class).or_default() += 1;
    let mut line = format!("{class}: {repro}: {}", d.detail.lines().next().unwrap_or(""));
    if let Some(dir) = &opts.findings {
        // A reduction step can panic in an engine (the module changed); keep the unreduced one.
        let reduced = opts
            .reduce
            .then(|| catch_unwind(AssertUnwindSafe(|| crate::reduce::reduce_with(opts.oracle, &wasm, &run.calls))).ok())
            .flatten();
        let name = if opts.oracle == Oracle::Wasmi {
            format!("{}-{seed}", generator.name())
        } else {
            format!("{}-{}-{seed}", generator.name(), opts.oracle.name())
        };
        if let Ok(p) = crate::findings::save(dir, &name, &repro, &wasm, &run.calls, d, class, reduced.as_ref()) {
            line.push_str(&format!(" (saved in {})", p.display()));
        }
    }
    summary.findings.push(line);
}

/// The text of a panic payload.
fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// A panic while checking `seed`: blamed on the engine that was running
/// ([`crate::diff::active_engine`]). A regwasm panic is a regwasm bug; an oracle panic makes the
/// module unusable as a comparison and is counted apart. Either way the module is saved and the
/// campaign goes on.
fn record_panic(
    generator: Generator,
    seed: u64,
    repro: &str,
    wasm: &[u8],
    payload: &(dyn Any + Send),
    opts: &Options,
    summary: &mut Summary,
) {
    let engine = crate::diff::active_engine();
    let message = panic_message(payload);
    let ours = engine.starts_with("regwasm");
    let kind = if ours {
        *summary.disagreements.entry(Class::RegwasmBug).or_default() += 1;
        "regwasm-panic"
    } else {
        summary.oracle_panics += 1;
        "oracle-panic"
    };
    let mut line = format!("{kind}: {repro}: {engine} panicked: {message}");
    if let Some(dir) = &opts.findings {
        let name = format!("{kind}-{}-{}-{seed}", generator.name(), opts.oracle.name());
        let report = format!("{kind}\nreproduce: {repro}\nengine: {engine}\npanic: {message}\n");
        if let Ok(p) = crate::findings::save_input(dir, &name, wasm, &report) {
            line.push_str(&format!(" (saved in {})", p.display()));
        }
    }
    summary.findings.push(line);
}

/// Runs the translate-only check for one seed, adding to `summary`.
pub fn translate_seed(seed: u64, opts: &Options, summary: &mut Summary) {
    let repro = format!("regwasm-fuzz translate --seeds {seed}..{}", seed + 1);
    CURRENT.with(|c| *c.borrow_mut() = repro.clone());
    let (bytes, known_valid) = crate::translate::input(&opts.features, seed);
    summary.translate_inputs += 1;
    if let Err(msg) = crate::translate::check(&bytes, known_valid) {
        summary.translate_findings += 1;
        let mut line = format!("translate: {repro}: {msg}");
        if let Some(dir) = &opts.findings
            && let Ok(p) =
                crate::findings::save_input(dir, &format!("translate-{seed}"), &bytes, &format!("{msg}\n{repro}\n"))
        {
            line.push_str(&format!(" (saved in {})", p.display()));
        }
        summary.findings.push(line);
    }
}
