//! The differential check of one module: instantiate it on every regwasm configuration and on
//! wasmi, call every exported function with deterministic arguments, and compare each call's
//! results or trap, then all exported memories, globals and tables. Instantiation outcomes
//! (start-function traps, out-of-bounds segments) are compared too. A stack exhaustion on any
//! engine ends the comparison of that module without a finding (depth limits differ). The
//! oracle is wasmi, or wasmtime for exception handling ([`Oracle`]).

use crate::engines::{FuncExport, Regwasm, Runner, StateItem, Wasmi};
use crate::features::Features;
use crate::rng::Rng;
use crate::value::{Outcome, Value, argument};
use std::fmt::Write as _;

/// The engine regwasm is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Oracle {
    /// wasmi 2.0.0: the Wasm 2.0 set, tail calls, extended constants, multi-memory.
    #[default]
    Wasmi,
    /// wasmtime 48.0.8 (cargo feature `wasmtime-oracle`): the same set plus exception handling.
    #[cfg(feature = "wasmtime-oracle")]
    Wasmtime,
}

impl Oracle {
    /// A fresh runner of this engine.
    pub fn runner(self) -> Box<dyn Runner> {
        match self {
            Oracle::Wasmi => Box::new(Wasmi::new()),
            #[cfg(feature = "wasmtime-oracle")]
            Oracle::Wasmtime => Box::new(crate::wasmtime_oracle::Wasmtime::new()),
        }
    }

    /// The feature set of generated modules that this oracle runs.
    pub fn features(self) -> Features {
        match self {
            Oracle::Wasmi => Features::default(),
            #[cfg(feature = "wasmtime-oracle")]
            Oracle::Wasmtime => Features { exceptions: true, ..Features::default() },
        }
    }

    /// Lower-case name, as on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Oracle::Wasmi => "wasmi",
            #[cfg(feature = "wasmtime-oracle")]
            Oracle::Wasmtime => "wasmtime",
        }
    }
}

/// One call of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// Export name.
    pub func: String,
    /// Arguments.
    pub args: Vec<Value>,
}

/// Where two engines first disagreed.
#[derive(Debug, Clone)]
pub struct Disagreement {
    /// Index into the call sequence of the call that disagreed (`None`: at instantiation).
    pub call: Option<usize>,
    /// Whether regwasm's configurations disagreed among themselves.
    pub regwasm_inconsistent: bool,
    /// Whether only exported state (not the call's outcome) differs.
    pub state_only: bool,
    /// Every engine's outcome, "engine: outcome" per line, and the first state difference.
    pub detail: String,
    /// regwasm's outcome (first configuration) of the disagreeing step.
    pub regwasm: Outcome,
    /// The oracle's outcome of the disagreeing step (wasmi's or wasmtime's).
    pub wasmi: Outcome,
}

/// The result of checking one module.
#[derive(Debug, Clone, Default)]
pub struct ModuleRun {
    /// Whether every engine compiled and instantiated it (or all trapped alike at instantiation).
    pub ran: bool,
    /// Calls whose outcomes and state were compared on every engine.
    pub calls_compared: u64,
    /// Whether a stack exhaustion made the rest incomparable.
    pub stack_exhausted: bool,
    /// The calls made (up to and including a disagreeing one).
    pub calls: Vec<Call>,
    /// The agreed outcome of each call before the disagreeing one.
    pub outcomes: Vec<Outcome>,
    /// The first disagreement, if any.
    pub disagreement: Option<Disagreement>,
}

/// Name of the exported i32 global that both generators use as a termination budget; it
/// is refilled to [`FUEL_REFILL`] before every call.
pub const FUEL_EXPORT: &str = "fuel";
/// The budget set before every call.
pub const FUEL_REFILL: u32 = 500;
/// Name of the immutable i32 global whose value is where the float-scratch region starts.
pub const FSCRATCH_EXPORT: &str = "fscratch";
/// The memory (export name) the float-scratch region is in.
pub const FSCRATCH_MEMORY: &str = "mem";
/// Bytes in the float-scratch region.
pub const FSCRATCH_LEN: u32 = 128;

/// The call plan for a module: every export `rounds` times with fresh arguments, round-robin.
pub fn plan(funcs: &[FuncExport], seed: u64, rounds: usize) -> Vec<Call> {
    let mut rng = Rng::new(seed, 0xA125);
    let mut calls = Vec::new();
    for _ in 0..rounds {
        for f in funcs {
            calls.push(Call { func: f.name.clone(), args: f.params.iter().map(|t| argument(&mut rng, *t)).collect() });
        }
    }
    calls
}

/// The float-scratch region of memory `name` (clipped to its `len` bytes): a module of the
/// shapes generator exports its start as the immutable i32 global [`FSCRATCH_EXPORT`], and the
/// region is [`FSCRATCH_LEN`] bytes of the memory exported as [`FSCRATCH_MEMORY`]. Raw float
/// results are stored there, so it is compared with [`crate::value::scratch_words_same`].
fn float_scratch(state: &[(String, StateItem)], name: &str, len: usize) -> Option<std::ops::Range<usize>> {
    if name != FSCRATCH_MEMORY {
        return None;
    }
    let start = state.iter().find_map(|(n, item)| match item {
        StateItem::Global(Value::I32(start)) if n == FSCRATCH_EXPORT => Some(*start as usize),
        _ => None,
    })?;
    Some(start.min(len)..(start + FSCRATCH_LEN as usize).min(len))
}

/// A table element for a report: a function reference names its target's export (`.wast` has
/// no syntax for that, so [`Value::wast`] does not).
fn element(v: &Value) -> String {
    match v {
        Value::FuncRef(Some(Some(name))) => format!("(ref.func {name:?})"),
        Value::FuncRef(Some(None)) => "(ref.func <not exported>)".into(),
        _ => v.to_string(),
    }
}

fn first_state_difference(a: &[(String, StateItem)], b: &[(String, StateItem)]) -> Option<String> {
    if a.len() != b.len() {
        return Some(format!("{} exports vs {}", a.len(), b.len()));
    }
    for ((na, ia), (nb, ib)) in a.iter().zip(b) {
        if na != nb {
            return Some(format!("export {na} vs {nb}"));
        }
        match (ia, ib) {
            (StateItem::Memory(x), StateItem::Memory(y)) => {
                if x.len() != y.len() {
                    return Some(format!("memory {na}: size {} vs {}", x.len(), y.len()));
                }
                let scratch = float_scratch(a, na, x.len());
                if let Some(r) = scratch.clone()
                    && let Some(i) = crate::value::scratch_words_same(&x[r.clone()], &y[r.clone()])
                {
                    let i = r.start + i;
                    let end = (i + 8).min(r.end);
                    return Some(format!(
                        "memory {na}: float-scratch word {i}: {:02x?} vs {:02x?}",
                        &x[i..end],
                        &y[i..end]
                    ));
                }
                let outside = |i: &usize| scratch.as_ref().is_none_or(|r| !r.contains(i));
                if let Some(i) = (0..x.len()).filter(outside).find(|&i| x[i] != y[i]) {
                    return Some(format!("memory {na}: byte {i} is {:#04x} vs {:#04x}", x[i], y[i]));
                }
            }
            (StateItem::Global(x), StateItem::Global(y)) => {
                if !x.same(y) {
                    return Some(format!("global {na}: {x} vs {y}"));
                }
            }
            (StateItem::Table(x), StateItem::Table(y)) => {
                if x.len() != y.len() {
                    return Some(format!("table {na}: size {} vs {}", x.len(), y.len()));
                }
                if let Some(i) = (0..x.len()).find(|&i| !x[i].same(&y[i])) {
                    return Some(format!("table {na}: element {i} is {} vs {}", element(&x[i]), element(&y[i])));
                }
            }
            _ => return Some(format!("export {na} changed kind")),
        }
    }
    None
}

/// Compares one step's outcomes (regwasm configurations first, wasmi last).
fn compare(
    names: &[String],
    outcomes: &[Outcome],
    states: &[Vec<(String, StateItem)>],
    call: Option<usize>,
) -> Option<Disagreement> {
    let oracle = outcomes.len() - 1;
    let mut detail = String::new();
    let mut differs = false;
    let mut inconsistent = false;
    let mut state_only = true;
    for i in 0..oracle {
        if !outcomes[i].same(&outcomes[oracle]) {
            differs = true;
            state_only = false;
        }
        if !outcomes[i].same(&outcomes[0]) {
            inconsistent = true;
        }
    }
    if !differs {
        for i in 0..oracle {
            if let Some(d) = first_state_difference(&states[i], &states[oracle]) {
                differs = true;
                let _ = writeln!(detail, "state after the step differs ({} vs {}): {d}", names[i], names[oracle]);
                if first_state_difference(&states[i], &states[0]).is_some() {
                    inconsistent = true;
                }
                break;
            }
        }
    }
    if !differs {
        return None;
    }
    for (n, o) in names.iter().zip(outcomes) {
        let _ = writeln!(detail, "{n}: {o}");
    }
    Some(Disagreement {
        call,
        regwasm_inconsistent: inconsistent,
        state_only: state_only && !detail.is_empty(),
        detail,
        regwasm: outcomes[0].clone(),
        wasmi: outcomes[oracle].clone(),
    })
}

thread_local! {
    /// The engine the current thread last handed control to, so that a panic caught by the
    /// campaign can be blamed on regwasm or on the oracle.
    static ACTIVE_ENGINE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The name of the engine the current thread was running last (after a panic: the one that
/// panicked).
pub fn active_engine() -> String {
    ACTIVE_ENGINE.with(|a| a.borrow().clone())
}

/// Runs `f` on engine `e`, recording it as the active engine while it runs.
fn on<R>(e: &mut Box<dyn Runner>, f: impl FnOnce(&mut Box<dyn Runner>) -> R) -> R {
    let name = e.name();
    ACTIVE_ENGINE.with(|a| *a.borrow_mut() = name);
    f(e)
}

/// Checks `wasm` against wasmi: the given calls, or (when `calls` is `None`) a plan made from
/// `seed`.
pub fn check_module(wasm: &[u8], seed: u64, calls: Option<&[Call]>) -> ModuleRun {
    check_module_with(Oracle::Wasmi, wasm, seed, calls)
}

/// Checks `wasm` against `oracle`, as [`check_module`].
pub fn check_module_with(oracle: Oracle, wasm: &[u8], seed: u64, calls: Option<&[Call]>) -> ModuleRun {
    let mut engines: Vec<Box<dyn Runner>> =
        Regwasm::all().into_iter().map(|r| Box::new(r) as Box<dyn Runner>).collect();
    engines.push(oracle.runner());
    let names: Vec<String> = engines.iter().map(|e| e.name()).collect();
    let mut run = ModuleRun::default();

    let mut outcomes: Vec<Outcome> = engines.iter_mut().map(|e| on(e, |e| e.instantiate(wasm))).collect();
    // wasmi reports some instantiation traps (an out-of-bounds element or data segment) as an
    // instantiation error rather than a trap: both mean "did not instantiate".
    let oracle = outcomes.len() - 1;
    if let Outcome::Failed(m) = &outcomes[oracle]
        && !m.starts_with("compile:")
        && let Outcome::Trapped(t) = &outcomes[0]
        && m.starts_with(t.spec_message())
    {
        outcomes[oracle] = outcomes[0].clone();
    }
    if outcomes.iter().all(|o| matches!(o, Outcome::Failed(_))) {
        return run;
    }
    if outcomes.iter().any(|o| o.is_stack_overflow()) {
        run.stack_exhausted = true;
        return run;
    }
    let states: Vec<_> = engines.iter_mut().map(|e| on(e, |e| e.state())).collect();
    if let Some(d) = compare(&names, &outcomes, &states, None) {
        run.disagreement = Some(d);
        return run;
    }
    run.ran = true;
    if !matches!(outcomes[0], Outcome::Returned(_)) {
        return run;
    }
    let funcs = on(engines.last_mut().expect("oracle"), |e| e.funcs());
    let planned;
    let calls = match calls {
        Some(c) => c,
        None => {
            planned = plan(&funcs, seed, 3);
            &planned
        }
    };
    let has_fuel = on(&mut engines[0], |e| e.set_global(FUEL_EXPORT, Value::I32(FUEL_REFILL)));
    for (i, call) in calls.iter().enumerate() {
        if has_fuel {
            for e in engines.iter_mut() {
                on(e, |e| e.set_global(FUEL_EXPORT, Value::I32(FUEL_REFILL)));
            }
        }
        run.calls.push(call.clone());
        let outcomes: Vec<Outcome> = engines.iter_mut().map(|e| on(e, |e| e.call(&call.func, &call.args))).collect();
        if outcomes.iter().any(|o| o.is_stack_overflow()) {
            run.stack_exhausted = true;
            return run;
        }
        let states: Vec<_> = engines.iter_mut().map(|e| on(e, |e| e.state())).collect();
        if let Some(d) = compare(&names, &outcomes, &states, Some(i)) {
            run.disagreement = Some(d);
            return run;
        }
        run.outcomes.push(outcomes[0].clone());
        run.calls_compared += 1;
    }
    run
}
