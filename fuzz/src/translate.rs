//! Translate-only fuzzing: arbitrary bytes, mutated wasm-smith modules and mutated shapes
//! modules go through `Module::new` on every configuration. The loader must never panic, every
//! configuration must accept or reject alike, acceptance must match wasmparser's validator with
//! regwasm's feature set, and generated (valid) modules must always load with eager
//! translation.

use crate::features::Features;
use crate::rng::Rng;
use regwasm::{Backend, Config, Engine, Error, Module, Translation};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// An input for `seed` and whether it is known to be valid.
pub fn input(features: &Features, seed: u64) -> (Vec<u8>, bool) {
    let mut rng = Rng::new(seed, 0x7A45);
    let base = match seed % 5 {
        0 => {
            let mut b = if rng.chance(1, 2) { b"\0asm\x01\0\0\0".to_vec() } else { Vec::new() };
            let n = rng.index(200);
            b.extend(rng.bytes(n));
            return (b, false);
        }
        1 | 3 => crate::smith::module(features, seed),
        _ => Some(crate::shapes::module(seed)),
    };
    let Some(mut bytes) = base else { return (b"\0asm\x01\0\0\0".to_vec(), true) };
    if seed % 5 >= 3 {
        return (bytes, true);
    }
    for _ in 0..1 + rng.below(6) {
        if bytes.is_empty() {
            break;
        }
        let at = rng.index(bytes.len());
        match rng.below(6) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => bytes[at] = *rng.pick(&[0, 0x7f, 0x80, 0xff, 0x40, 0x0b, 0x41, 0x20]),
            2 => bytes.insert(at, rng.next_u64() as u8),
            3 => {
                bytes.remove(at);
            }
            4 => bytes.truncate(at.max(8)),
            _ => {
                let n = rng.index(8).min(bytes.len() - at);
                let chunk: Vec<u8> = bytes[at..at + n].to_vec();
                let to = rng.index(bytes.len());
                for (k, b) in chunk.into_iter().enumerate() {
                    bytes.insert(to + k, b);
                }
            }
        }
    }
    (bytes, false)
}

/// Loads `bytes` on every configuration and checks the rules above; `Err` describes a finding.
pub fn check(bytes: &[u8], known_valid: bool) -> Result<(), String> {
    let valid = Module::validate(&Engine::default(), bytes).is_ok();
    let mut verdicts = Vec::new();
    for backend in [Backend::Loop, Backend::Threaded] {
        for translation in [Translation::Lazy, Translation::Eager] {
            let engine = Engine::new(Config { backend, translation, ..Config::default() });
            let result = catch_unwind(AssertUnwindSafe(|| Module::new(&engine, bytes)));
            let what = format!("{backend:?}/{translation:?}");
            match result {
                Err(p) => {
                    let msg = p
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    return Err(format!("{what}: Module::new panicked: {msg}"));
                }
                Ok(Ok(_)) => verdicts.push((what, true, String::new())),
                Ok(Err(Error::Unsupported(m))) => verdicts.push((what, false, format!("unsupported: {m}"))),
                Ok(Err(e)) => verdicts.push((what, false, e.to_string())),
            }
        }
    }
    for (what, accepted, msg) in &verdicts {
        if *accepted != verdicts[0].1 {
            return Err(format!(
                "configurations disagree: {} {} vs {what} {accepted} ({msg})",
                verdicts[0].0, verdicts[0].1
            ));
        }
        if (known_valid || valid) && !accepted && !msg.starts_with("unsupported") {
            return Err(format!("{what} rejected a valid module: {msg}"));
        }
        if !valid && *accepted {
            return Err(format!("{what} accepted a module wasmparser rejects"));
        }
    }
    Ok(())
}
