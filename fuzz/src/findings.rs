//! The findings directory: one folder per disagreement or crash, with the module (`.wasm` and
//! a readable `.wat`), the call sequence, every engine's outcome, the tie-breaker's class, a
//! reduced reproducer and the command that reproduces it.

use crate::diff::{Call, Disagreement};
use crate::reduce::Reduced;
use crate::tiebreak::Class;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The readable text of a module (or the error that prevented printing it).
pub fn wat_text(wasm: &[u8]) -> String {
    wasmprinter::print_bytes(wasm).unwrap_or_else(|e| format!(";; not printable: {e}\n"))
}

fn calls_text(calls: &[Call]) -> String {
    let mut s = String::new();
    for c in calls {
        let args: Vec<String> = c.args.iter().map(|a| a.wast()).collect();
        let _ = writeln!(s, "(invoke {:?} {})", c.func, args.join(" "));
    }
    s
}

/// Saves a disagreement under `dir/<name>/`; returns the folder.
#[allow(clippy::too_many_arguments)]
pub fn save(
    dir: &Path,
    name: &str,
    repro: &str,
    wasm: &[u8],
    calls: &[Call],
    d: &Disagreement,
    class: Class,
    reduced: Option<&Reduced>,
) -> std::io::Result<PathBuf> {
    let folder = dir.join(name);
    std::fs::create_dir_all(&folder)?;
    std::fs::write(folder.join("module.wasm"), wasm)?;
    std::fs::write(folder.join("module.wat"), wat_text(wasm))?;
    std::fs::write(folder.join("calls.wast"), calls_text(calls))?;
    let mut report = String::new();
    let _ = writeln!(report, "class: {class}");
    let _ = writeln!(report, "reproduce: {repro}");
    match d.call {
        Some(i) => {
            let _ = writeln!(report, "disagreeing step: call {} of {}", i + 1, calls.len());
        }
        None => {
            let _ = writeln!(report, "disagreeing step: instantiation");
        }
    }
    let _ = writeln!(report, "{}", d.detail);
    std::fs::write(folder.join("report.txt"), report)?;
    if let Some(r) = reduced {
        std::fs::write(folder.join("reduced.wasm"), &r.wasm)?;
        std::fs::write(folder.join("reduced.wat"), wat_text(&r.wasm))?;
        std::fs::write(folder.join("reduced-calls.wast"), calls_text(&r.calls))?;
    }
    Ok(folder)
}

/// Saves an input that crashed or was wrongly rejected by the loader.
pub fn save_input(dir: &Path, name: &str, bytes: &[u8], note: &str) -> std::io::Result<PathBuf> {
    let folder = dir.join(name);
    std::fs::create_dir_all(&folder)?;
    std::fs::write(folder.join("input.wasm"), bytes)?;
    std::fs::write(folder.join("report.txt"), note)?;
    Ok(folder)
}
