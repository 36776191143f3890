//! The tie-breaker: when regwasm and wasmi disagree, wabt's `spectest-interp` (run through
//! `wast2json` on a generated `.wast` script) decides which one matches a third engine. The
//! script replays the module and every agreed call before the disagreeing step as asserts, then
//! asserts the disputed step once with regwasm's outcome and once with wasmi's. Like the
//! campaign, the script refills the module's exported `fuel` global before every call. (wabt 1.0.32's
//! `spectest-interp` does not compare trap messages, so a dispute about the trap kind alone
//! ends unresolved.)

use crate::diff::{Call, Disagreement, FUEL_EXPORT, FUEL_REFILL};
use crate::value::{Outcome, Value};
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

/// How a disagreement was classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// The third engine sides with wasmi (or regwasm's configurations disagree among themselves).
    RegwasmBug,
    /// The third engine sides with regwasm.
    OracleBug,
    /// No tie-breaker available, or it agrees with neither or both.
    Unresolved,
}

impl std::fmt::Display for Class {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Class::RegwasmBug => "regwasm-bug",
            Class::OracleBug => "oracle-bug",
            Class::Unresolved => "unresolved",
        })
    }
}

/// Whether `wasm` uses SIMD (valid only with the SIMD feature). wabt 1.0.32 is not trusted as a
/// judge there: on modules generated with SIMD it disagreed with regwasm and wasmi where those
/// two agree (smith seeds 9 and 11 of the smoke set, not yet explained: a third engine such as
/// wasmtime is needed to say who is right), so SIMD disputes stay unresolved.
pub fn uses_simd(wasm: &[u8]) -> bool {
    let without = wasmparser::WasmFeatures::all()
        .difference(wasmparser::WasmFeatures::SIMD | wasmparser::WasmFeatures::RELAXED_SIMD);
    wasmparser::Validator::new_with_features(without).validate_all(wasm).is_err()
        && wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(wasm).is_ok()
}

/// Whether `wasm` uses exception handling: wabt 1.0.32 knows only the legacy encoding, not
/// `exnref`/`try_table`, so disputes about such modules stay unresolved.
pub fn uses_exceptions(wasm: &[u8]) -> bool {
    let without = wasmparser::WasmFeatures::all()
        .difference(wasmparser::WasmFeatures::EXCEPTIONS | wasmparser::WasmFeatures::LEGACY_EXCEPTIONS);
    wasmparser::Validator::new_with_features(without).validate_all(wasm).is_err()
        && wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(wasm).is_ok()
}

/// Whether wabt's tools are on PATH.
pub fn available() -> bool {
    ["wast2json", "spectest-interp"]
        .iter()
        .all(|t| Command::new(t).arg("--version").output().is_ok_and(|o| o.status.success()))
}

fn module_text(wasm: &[u8], id: &str) -> String {
    let mut s = format!("(module {id} binary \"");
    for b in wasm {
        let _ = write!(s, "\\{b:02x}");
    }
    s.push_str("\")");
    s
}

fn invoke(call: &Call) -> String {
    let args: Vec<String> = call.args.iter().map(Value::wast).collect();
    format!("(invoke {MODULE_ID} {:?} {})", call.func, args.join(" "))
}

/// The assertion that `call` has `outcome` (`None` if it cannot be written).
pub fn assertion(call: &Call, outcome: &Outcome) -> Option<String> {
    match outcome {
        Outcome::Returned(vals) => {
            let vals: Vec<String> = vals.iter().map(Value::wast_expected).collect();
            Some(format!("(assert_return {} {})", invoke(call), vals.join(" ")))
        }
        Outcome::Trapped(t) => Some(format!("(assert_trap {} {:?})", invoke(call), t.spec_message())),
        Outcome::Failed(_) => None,
    }
}

/// The script's name for the module under test (invokes name it: a refill module may follow).
const MODULE_ID: &str = "$fuzzed";

/// Whether `wasm` exports a mutable i32 global named [`FUEL_EXPORT`], the budget the campaign
/// refills before every call.
pub fn exports_fuel(wasm: &[u8]) -> bool {
    use wasmparser::{ExternalKind, Parser, Payload, TypeRef, ValType};
    let mut imported_globals = Vec::new();
    let mut globals = Vec::new();
    let mut fuel = None;
    for payload in Parser::new(0).parse_all(wasm) {
        let Ok(payload) = payload else { return false };
        match payload {
            Payload::ImportSection(r) => {
                for import in r.into_imports() {
                    let Ok(import) = import else { return false };
                    if let TypeRef::Global(g) = import.ty {
                        imported_globals.push(g);
                    }
                }
            }
            Payload::GlobalSection(r) => {
                for g in r {
                    let Ok(g) = g else { return false };
                    globals.push(g.ty);
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let Ok(e) = e else { return false };
                    if e.name == FUEL_EXPORT && e.kind == ExternalKind::Global {
                        fuel = Some(e.index as usize);
                    }
                }
            }
            _ => {}
        }
    }
    let Some(i) = fuel else { return false };
    imported_globals.iter().chain(&globals).nth(i).is_some_and(|g| g.mutable && g.content_type == ValType::I32)
}

/// The lines that make the fuel global refillable from the script: the module under test is
/// registered, and a second module importing its fuel global exports a function that sets it
/// to [`FUEL_REFILL`] (`.wast` has no command that writes a global).
fn fuel_refiller() -> String {
    format!(
        "(register \"fuzzed\" {MODULE_ID})\n\
         (module $refill (import \"fuzzed\" {FUEL_EXPORT:?} (global $fuel (mut i32)))\n  \
         (func (export \"refill\") i32.const {FUEL_REFILL} global.set $fuel))\n"
    )
}

/// The command that refills the fuel global before a call, as the campaign does.
const REFILL: &str = "(invoke $refill \"refill\")";

/// The `.wast` script replaying `calls` whose last one (or the instantiation, when
/// `disputed_call` is `None`) is asserted to have `last`; earlier calls assert `agreed`. `None`
/// if it cannot be written, or for a SIMD module (see [`uses_simd`]) or one with exception
/// handling (see [`uses_exceptions`]).
pub fn script(
    wasm: &[u8],
    calls: &[Call],
    agreed: &[Outcome],
    disputed_call: Option<usize>,
    last: &Outcome,
) -> Option<String> {
    if uses_simd(wasm) || uses_exceptions(wasm) {
        return None;
    }
    let mut s = String::new();
    let Some(k) = disputed_call else {
        let module = module_text(wasm, "");
        return match last {
            Outcome::Returned(_) => Some(format!("{module}\n")),
            Outcome::Trapped(t) => Some(format!("(assert_trap {module} {:?})\n", t.spec_message())),
            Outcome::Failed(_) => Some(format!("(assert_invalid {module} \"\")\n")),
        };
    };
    let _ = writeln!(s, "{}", module_text(wasm, MODULE_ID));
    let refill = exports_fuel(wasm);
    if refill {
        s.push_str(&fuel_refiller());
    }
    for (call, outcome) in calls[..k].iter().zip(agreed).chain([(&calls[k], last)]) {
        if refill {
            let _ = writeln!(s, "{REFILL}");
        }
        let _ = writeln!(s, "{}", assertion(call, outcome)?);
    }
    Some(s)
}

/// The proposals beyond wabt 1.0.32's defaults that generated modules use (`Features::default`).
const WABT_FEATURES: [&str; 2] = ["--enable-tail-call", "--enable-extended-const"];

/// Runs a script through wast2json + spectest-interp: `Some(true)` when every assert passes,
/// `Some(false)` when one fails, `None` when the tools fail otherwise.
pub fn passes(script: &str, dir: &Path) -> Option<bool> {
    std::fs::create_dir_all(dir).ok()?;
    let wast = dir.join("tie.wast");
    let json = dir.join("tie.json");
    std::fs::write(&wast, script).ok()?;
    let out = Command::new("wast2json").args(WABT_FEATURES).arg(&wast).arg("-o").arg(&json).output().ok()?;
    if !out.status.success() {
        return None;
    }
    // wast2json 1.0.32 writes the "expected" list of an assert_trap on a function with several
    // results without commas (`{..}{..}`); repair it so spectest-interp can read the file.
    let text = std::fs::read_to_string(&json).ok()?;
    std::fs::write(&json, text.replace("}{", "},{")).ok()?;
    let out = Command::new("spectest-interp").args(WABT_FEATURES).arg(&json).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().rev().find(|l| l.contains("tests passed"))?;
    let (passed, total) = line.split_whitespace().next()?.split_once('/')?;
    Some(passed == total && out.status.success())
}

/// Classifies a disagreement with the tie-breaker (`agreed`: the outcomes of the calls before it).
pub fn classify(wasm: &[u8], calls: &[Call], agreed: &[Outcome], d: &Disagreement, dir: &Path) -> Class {
    if d.regwasm_inconsistent {
        return Class::RegwasmBug;
    }
    if d.state_only || !available() {
        return Class::Unresolved;
    }
    let ours = script(wasm, calls, agreed, d.call, &d.regwasm).and_then(|s| passes(&s, dir));
    let theirs = script(wasm, calls, agreed, d.call, &d.wasmi).and_then(|s| passes(&s, dir));
    match (ours, theirs) {
        (Some(true), Some(false)) => Class::OracleBug,
        (Some(false), Some(true)) => Class::RegwasmBug,
        _ => Class::Unresolved,
    }
}
