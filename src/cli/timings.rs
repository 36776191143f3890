//! `--timings`: where the run's time went, phase by phase, and the process's peak memory, as
//! text lines or one JSON object on stderr.
//!
//! Translation is lazy by default (a function is translated on its first call, in the middle of
//! instantiation or execution), so the engine accumulates the time spent translating
//! (`Engine::translation_time`) and each phase here is its wall time minus the translation that
//! happened inside it; translation is reported as its own phase. The phases add up to the
//! total except for the command line's own work before loading (parsing options, opening
//! `--dir` preopens: microseconds).

use regwasm::Engine;
use std::time::{Duration, Instant};

/// How `--timings` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `timings: ...` lines.
    Text,
    /// One JSON object (durations in seconds, peak memory in bytes).
    Json,
}

/// The phases of a run, as they are measured.
#[derive(Debug, Default, Clone, Copy)]
pub struct Timings {
    /// Reading FILE (and converting text to binary).
    pub load: Duration,
    /// Decoding and validating the binary (eager translation excluded).
    pub validate: Duration,
    /// Translating function bodies to bytecode, wherever it happened.
    pub translate: Duration,
    /// Linking and instantiating (the module's start function included).
    pub instantiate: Duration,
    /// `_initialize`, then `_start` or the `--invoke` export.
    pub execute: Duration,
    /// From the start of the run to the end of execution.
    pub total: Duration,
}

/// Measures consecutive phases of a run against one engine's translation counter.
pub struct Clock {
    start: Instant,
    phase_start: Instant,
    translated_before: Duration,
    pub timings: Timings,
}

/// The phase a measurement belongs to.
#[derive(Debug, Clone, Copy)]
pub enum Phase {
    Load,
    Validate,
    Instantiate,
    Execute,
}

impl Clock {
    /// Starts measuring now.
    pub fn start() -> Clock {
        let now = Instant::now();
        Clock { start: now, phase_start: now, translated_before: Duration::ZERO, timings: Timings::default() }
    }

    /// Ends `phase` now (it began where the last one ended): its wall time minus the translation
    /// `engine` did meanwhile is added to it, that translation to `translate`.
    pub fn end(&mut self, phase: Phase, engine: &Engine) {
        let now = Instant::now();
        let translated = engine.translation_time();
        let in_phase = translated.saturating_sub(self.translated_before);
        let wall = now.duration_since(self.phase_start).saturating_sub(in_phase);
        let t = &mut self.timings;
        *match phase {
            Phase::Load => &mut t.load,
            Phase::Validate => &mut t.validate,
            Phase::Instantiate => &mut t.instantiate,
            Phase::Execute => &mut t.execute,
        } += wall;
        t.translate += in_phase;
        t.total = now.duration_since(self.start);
        self.phase_start = now;
        self.translated_before = translated;
    }
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

/// The report: two `timings:` lines (phases; peak memory when known), or one JSON object with
/// the keys `load_seconds`, `validate_seconds`, `translate_seconds`, `instantiate_seconds`,
/// `execute_seconds`, `total_seconds` and `peak_rss_bytes` (`null` when unknown).
pub fn report(t: &Timings, peak_rss_bytes: Option<u64>, format: Format) -> String {
    match format {
        Format::Text => {
            let mut s = format!(
                "timings: load {}, validate {}, translate {}, instantiate {}, execute {}, total {}",
                ms(t.load),
                ms(t.validate),
                ms(t.translate),
                ms(t.instantiate),
                ms(t.execute),
                ms(t.total)
            );
            if let Some(bytes) = peak_rss_bytes {
                s.push_str(&format!("\ntimings: peak memory {} KiB", bytes / 1024));
            }
            s
        }
        Format::Json => {
            let peak = peak_rss_bytes.map_or_else(|| "null".to_string(), |b| b.to_string());
            format!(
                "{{\"load_seconds\":{:.9},\"validate_seconds\":{:.9},\"translate_seconds\":{:.9},\
                 \"instantiate_seconds\":{:.9},\"execute_seconds\":{:.9},\"total_seconds\":{:.9},\
                 \"peak_rss_bytes\":{peak}}}",
                t.load.as_secs_f64(),
                t.validate.as_secs_f64(),
                t.translate.as_secs_f64(),
                t.instantiate.as_secs_f64(),
                t.execute.as_secs_f64(),
                t.total.as_secs_f64()
            )
        }
    }
}

/// The process's peak resident memory in bytes (Linux: `VmHWM`), whatever happened in the run.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_has_every_key_in_seconds() {
        let t = Timings {
            load: Duration::from_millis(1),
            validate: Duration::from_micros(2),
            translate: Duration::from_nanos(3),
            instantiate: Duration::from_secs(4),
            execute: Duration::from_millis(1500),
            total: Duration::from_secs(6),
        };
        assert_eq!(
            report(&t, Some(4096), Format::Json),
            "{\"load_seconds\":0.001000000,\"validate_seconds\":0.000002000,\"translate_seconds\":0.000000003,\
             \"instantiate_seconds\":4.000000000,\"execute_seconds\":1.500000000,\"total_seconds\":6.000000000,\
             \"peak_rss_bytes\":4096}"
        );
        assert!(report(&t, None, Format::Json).ends_with("\"peak_rss_bytes\":null}"));
        let text = report(&t, Some(8192), Format::Text);
        assert!(text.starts_with("timings: load 1.000 ms, validate 0.002 ms, translate 0.000 ms,"), "{text}");
        assert!(text.ends_with("\ntimings: peak memory 8 KiB"), "{text}");
    }
}
