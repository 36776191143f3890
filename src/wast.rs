//! Spec-script (`.wast`) runner: parses a script with the `wast` crate and runs its directives
//! (modules, `register`, actions and every `assert_*` kind of Wasm 2.0) against this engine,
//! with the standard `spectest` host module linked in. Used by `regwasm wast` and by the
//! `spectest` test target.

use crate::{
    Config, Engine, Error, Extern, ExternRef, Func, FuncType, Global, GlobalType, Instance, Limits, Linker, Memory,
    MemoryType, Module, Store, Table, TableType, Trap, Val, ValType,
};
use std::collections::HashMap;
use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use wast::core::{AbstractHeapType, HeapType, NanPattern, V128Pattern, WastArgCore, WastRetCore};
use wast::lexer::Lexer;
use wast::parser::{self, ParseBuffer};
use wast::token::Id;
use wast::{QuoteWat, Wast, WastArg, WastDirective, WastExecute, WastInvoke, WastRet, Wat};

/// Stack size of the thread a script runs on: the text parser and encoder recurse on nesting depth.
const SCRIPT_STACK_SIZE: usize = 64 << 20;

/// Environment variable that makes the `spectest.print*` host functions print their arguments.
const PRINT_ENV_VAR: &str = "REGWASM_SPECTEST_PRINT";

/// The outcome of running one `.wast` script.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WastReport {
    /// The file name the script was run under (as given to [`run_wast`]).
    pub file: String,
    /// Number of directives that behaved as the script expects.
    pub passed: u32,
    /// Number of directives that did not.
    pub failed: u32,
    /// One entry per failed directive: `"file.wast:LINE: what went wrong"` (1-based line).
    pub failures: Vec<String>,
}

impl WastReport {
    fn new(file: &str) -> Self {
        WastReport { file: file.to_string(), ..WastReport::default() }
    }

    /// Number of directives checked (`passed + failed`).
    pub fn total(&self) -> u32 {
        self.passed + self.failed
    }

    fn fail(&mut self, line: u32, message: impl std::fmt::Display) {
        self.failed += 1;
        self.failures.push(format!("{}:{line}: {message}", self.file));
    }
}

/// The per-file summary line: `file: passed/total`.
pub fn format_report(r: &WastReport) -> String {
    format!("{}: {}/{}", r.file, r.passed, r.total())
}

/// Runs every directive of the script `source` and reports how many behaved as expected.
///
/// `file_name` is only used in the report. Every module definition, `register`, action and
/// assertion counts as one check. With `only_line`, only the directive starting on that
/// (1-based) line is checked and counted; the modules, registrations and actions before it still
/// run (uncounted) so it sees the same state as in a full run. A script that fails to parse counts
/// as one failure. Never panics: a panic inside the engine is caught and reported as a failure of
/// the directive that caused it.
///
/// The script runs on a thread of its own with a 64 MiB stack, as the text parser recurses.
pub fn run_wast(file_name: &str, source: &str, only_line: Option<u32>) -> WastReport {
    run_wast_with(&Config::default(), file_name, source, only_line)
}

/// [`run_wast`] with an engine configuration (e.g. to pick the dispatch backend).
pub fn run_wast_with(config: &Config, file_name: &str, source: &str, only_line: Option<u32>) -> WastReport {
    let spawned = std::thread::scope(|scope| {
        std::thread::Builder::new()
            // A thread name must not contain NUL.
            .name(format!("wast {}", file_name.replace('\0', "")))
            .stack_size(SCRIPT_STACK_SIZE)
            .spawn_scoped(scope, || run_script(config, file_name, source, only_line))
            .map(|handle| handle.join())
    });
    match spawned {
        Ok(Ok(report)) => report,
        Ok(Err(panic)) => {
            let mut report = WastReport::new(file_name);
            report.fail(0, format_args!("panic: {}", panic_message(panic.as_ref())));
            report
        }
        // Could not create the thread: run on the caller's stack instead.
        Err(_) => run_script(config, file_name, source, only_line),
    }
}

/// The body of [`run_wast`], on the current thread.
fn run_script(config: &Config, file_name: &str, source: &str, only_line: Option<u32>) -> WastReport {
    let mut report = WastReport::new(file_name);
    let line_of = |span: wast::token::Span| span.linecol_in(source).0 as u32 + 1;

    let parsed = catch_unwind(|| {
        let mut lexer = Lexer::new(source);
        lexer.allow_confusing_unicode(true);
        ParseBuffer::new_with_lexer(lexer)
    });
    let buf = match parsed {
        Ok(Ok(buf)) => buf,
        Ok(Err(e)) => {
            report.fail(line_of(e.span()), format_args!("parse error: {}", e.message()));
            return report;
        }
        Err(panic) => {
            report.fail(0, format_args!("panic while lexing: {}", panic_message(panic.as_ref())));
            return report;
        }
    };
    let wast = match catch_unwind(AssertUnwindSafe(|| parser::parse::<Wast<'_>>(&buf))) {
        Ok(Ok(wast)) => wast,
        Ok(Err(e)) => {
            report.fail(line_of(e.span()), format_args!("parse error: {}", e.message()));
            return report;
        }
        Err(panic) => {
            report.fail(0, format_args!("panic while parsing: {}", panic_message(panic.as_ref())));
            return report;
        }
    };

    let mut runner = match catch_unwind(|| WastRunner::new(config)) {
        Ok(Ok(runner)) => runner,
        Ok(Err(e)) => {
            report.fail(0, format_args!("cannot set up the spectest module: {e}"));
            return report;
        }
        Err(panic) => {
            report.fail(0, format_args!("panic setting up the spectest module: {}", panic_message(panic.as_ref())));
            return report;
        }
    };

    let mut checked_target = false;
    for directive in wast.directives {
        let line = line_of(directive.span());
        let counted = only_line.is_none_or(|target| target == line);
        if !counted && !sets_up_state(&directive) {
            continue;
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| runner.run_directive(directive)))
            .unwrap_or_else(|panic| Err(format!("panic: {}", panic_message(panic.as_ref()))));
        if counted {
            checked_target = true;
            match outcome {
                Ok(()) => report.passed += 1,
                Err(message) => report.fail(line, message),
            }
        }
    }
    if let Some(target) = only_line
        && !checked_target
    {
        report.fail(target, "no directive starts on this line");
    }
    report
}

/// Whether a directive can change the state later directives see (so it must run even when
/// only another line is checked).
fn sets_up_state(directive: &WastDirective<'_>) -> bool {
    matches!(
        directive,
        WastDirective::Module(_)
            | WastDirective::ModuleDefinition(_)
            | WastDirective::ModuleInstance { .. }
            | WastDirective::Register { .. }
            | WastDirective::Invoke(_)
            | WastDirective::AssertReturn { .. }
            | WastDirective::AssertTrap { .. }
            | WastDirective::AssertExhaustion { .. }
    )
}

/// The text of a panic payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic payload)".to_string()
    }
}

/// What an action (invoke, get, or instantiating a module inline) produced.
enum Outcome {
    /// It completed with these values.
    Returned(Vec<Val>),
    /// It trapped.
    Trapped(Trap),
}

/// The state of a running script: one store, the linker holding `spectest` and every
/// registered instance, the current (last instantiated) instance and the named ones.
struct WastRunner {
    engine: Engine,
    store: Store<()>,
    linker: Linker<()>,
    /// The instance unnamed actions refer to.
    current: Option<Instance>,
    /// Instances by `$id` (without the `$`).
    instances: HashMap<String, Instance>,
    /// Modules defined by `module definition` (and named `module`s), for `module instance`.
    definitions: Vec<Module>,
    /// Index into `definitions` by `$id`.
    definition_names: HashMap<String, usize>,
    /// The host object made for each `(ref.extern N)` argument, so the same N is the same
    /// reference throughout the script (the object is the `u32` N).
    externs: HashMap<u32, ExternRef>,
}

impl WastRunner {
    /// A runner with a fresh engine and store and the `spectest` module registered.
    fn new(config: &Config) -> Result<Self, String> {
        let engine = Engine::new(config.clone());
        let mut store = Store::new(&engine, ());
        if config.consume_fuel {
            // Scripts do not budget fuel: with metering on they run unbounded, to show that
            // metering changes no result.
            store.set_fuel(u64::MAX).map_err(|e| e.to_string())?;
        }
        let mut linker = Linker::new(&engine);
        define_spectest(&mut store, &mut linker).map_err(|e| e.to_string())?;
        Ok(WastRunner {
            engine,
            store,
            linker,
            current: None,
            instances: HashMap::new(),
            definitions: Vec::new(),
            definition_names: HashMap::new(),
            externs: HashMap::new(),
        })
    }

    /// Runs one directive; `Err` says why it did not behave as the script expects.
    fn run_directive(&mut self, directive: WastDirective<'_>) -> Result<(), String> {
        match directive {
            WastDirective::Module(module) => self.module(module),
            WastDirective::ModuleDefinition(module) => self.module_definition(module),
            WastDirective::ModuleInstance { instance, module, .. } => self.module_instance(instance, module),
            WastDirective::Register { name, module, .. } => self.register(name, module),
            WastDirective::Invoke(invoke) => self.invoke(&invoke),
            WastDirective::AssertReturn { exec, results, .. } => self.assert_return(exec, &results),
            WastDirective::AssertTrap { exec, message, .. } => self.assert_trap(exec, message),
            WastDirective::AssertExhaustion { call, message, .. } => self.assert_exhaustion(&call, message),
            WastDirective::AssertInvalid { module, message, .. } => self.assert_invalid(module, message),
            WastDirective::AssertMalformed { module, message, .. } => self.assert_malformed(module, message),
            WastDirective::AssertUnlinkable { module, message, .. } => self.assert_unlinkable(module, message),
            WastDirective::AssertInvalidCustom { .. } => Err(unsupported("assert_invalid_custom")),
            WastDirective::AssertMalformedCustom { .. } => Err(unsupported("assert_malformed_custom")),
            WastDirective::AssertException { exec, .. } => self.assert_exception(exec),
            WastDirective::AssertSuspension { .. } => Err(unsupported("assert_suspension")),
            WastDirective::Thread(_) => Err(unsupported("thread")),
            WastDirective::Wait { .. } => Err(unsupported("wait")),
        }
    }

    /// `(module ...)`: compile and instantiate; it becomes the current instance.
    fn module(&mut self, mut module: QuoteWat<'_>) -> Result<(), String> {
        let name = module.name().map(|id| id.name().to_string());
        // A module that fails to load must not leave an older one in its place.
        self.current = None;
        if let Some(name) = &name {
            self.instances.remove(name);
        }
        let compiled = self.compile(&mut module)?;
        let instance =
            self.linker.instantiate(&mut self.store, &compiled).map_err(|e| format!("instantiation failed: {e}"))?;
        self.current = Some(instance);
        if let Some(name) = name {
            self.instances.insert(name.clone(), instance);
            self.definition_names.insert(name, self.definitions.len());
            self.definitions.push(compiled);
        }
        Ok(())
    }

    /// `(module definition $m ...)`: compile only, for a later `module instance`.
    fn module_definition(&mut self, mut module: QuoteWat<'_>) -> Result<(), String> {
        let name = module.name().map(|id| id.name().to_string());
        let compiled = self.compile(&mut module)?;
        if let Some(name) = name {
            self.definition_names.insert(name, self.definitions.len());
        }
        self.definitions.push(compiled);
        Ok(())
    }

    /// `(module instance $i $m)`: instantiate a defined module (the last one without `$m`).
    fn module_instance(&mut self, instance: Option<Id<'_>>, module: Option<Id<'_>>) -> Result<(), String> {
        let index = match module {
            Some(id) => *self
                .definition_names
                .get(id.name())
                .ok_or_else(|| format!("unknown module definition ${}", id.name()))?,
            None => self.definitions.len().checked_sub(1).ok_or("no module has been defined")?,
        };
        self.current = None;
        let inst = self
            .linker
            .instantiate(&mut self.store, &self.definitions[index])
            .map_err(|e| format!("instantiation failed: {e}"))?;
        self.current = Some(inst);
        if let Some(id) = instance {
            self.instances.insert(id.name().to_string(), inst);
        }
        Ok(())
    }

    /// `(register "name" $m?)`: make an instance's exports importable under `name`.
    fn register(&mut self, name: &str, module: Option<Id<'_>>) -> Result<(), String> {
        let inst = self.instance(module)?;
        self.linker.define_instance(&self.store, name, inst);
        Ok(())
    }

    /// A top-level `(invoke ...)`: it must not trap.
    fn invoke(&mut self, invoke: &WastInvoke<'_>) -> Result<(), String> {
        match self.call(invoke)? {
            Outcome::Returned(_) => Ok(()),
            Outcome::Trapped(trap) => Err(format!("invoke \"{}\" trapped: {trap}", invoke.name)),
        }
    }

    /// `(assert_return action results...)`.
    fn assert_return(&mut self, exec: WastExecute<'_>, expected: &[WastRet<'_>]) -> Result<(), String> {
        let expected = expected
            .iter()
            .map(|ret| match ret {
                WastRet::Core(core) => Ok(core),
                _ => Err("unsupported result kind (component value)".to_string()),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let actual = match self.perform(exec)? {
            Outcome::Returned(values) => values,
            Outcome::Trapped(trap) => return Err(format!("expected {}, got trap: {trap}", show_rets(&expected))),
        };
        let store = &self.store;
        if actual.len() == expected.len() && actual.iter().zip(&expected).all(|(a, e)| match_ret(store, a, e)) {
            Ok(())
        } else {
            Err(format!("expected {}, got {}", show_rets(&expected), show_vals(&actual)))
        }
    }

    /// `(assert_trap action "message")` or `(assert_trap (module ...) "message")`.
    fn assert_trap(&mut self, exec: WastExecute<'_>, message: &str) -> Result<(), String> {
        match self.perform(exec)? {
            Outcome::Trapped(trap) if trap_matches(&trap, message) => Ok(()),
            Outcome::Trapped(trap) => Err(format!("expected trap \"{message}\", got trap \"{trap}\"")),
            Outcome::Returned(values) => Err(format!("expected trap \"{message}\", got {}", show_vals(&values))),
        }
    }

    /// `(assert_exception action)`: the action throws an exception that nothing catches.
    fn assert_exception(&mut self, exec: WastExecute<'_>) -> Result<(), String> {
        match self.perform(exec)? {
            Outcome::Trapped(trap) if trap.exception.is_some() => Ok(()),
            Outcome::Trapped(trap) => Err(format!("expected an exception, got trap \"{trap}\"")),
            Outcome::Returned(values) => Err(format!("expected an exception, got {}", show_vals(&values))),
        }
    }

    /// `(assert_exhaustion (invoke ...) "call stack exhausted")`.
    fn assert_exhaustion(&mut self, call: &WastInvoke<'_>, message: &str) -> Result<(), String> {
        match self.call(call)? {
            Outcome::Trapped(trap) if trap_matches(&trap, message) => Ok(()),
            Outcome::Trapped(trap) => Err(format!("expected exhaustion \"{message}\", got trap \"{trap}\"")),
            Outcome::Returned(values) => Err(format!("expected exhaustion \"{message}\", got {}", show_vals(&values))),
        }
    }

    /// `(assert_invalid module "message")`: validation must reject the module.
    fn assert_invalid(&mut self, mut module: QuoteWat<'_>, message: &str) -> Result<(), String> {
        reject_component(&module)?;
        let Ok(bytes) = module.encode() else {
            // Rare: the text could not even be resolved (e.g. an unknown label), so it cannot be valid.
            return Ok(());
        };
        match Module::new(&self.engine, &bytes) {
            Err(Error::Invalid { .. }) => Ok(()),
            Err(e) => Err(format!("expected invalid module (\"{message}\"), got another error: {e}")),
            Ok(_) => Err(format!("expected invalid module (\"{message}\"), but it validated")),
        }
    }

    /// `(assert_malformed module "message")`: the text must not encode or the binary not decode.
    fn assert_malformed(&mut self, mut module: QuoteWat<'_>, message: &str) -> Result<(), String> {
        reject_component(&module)?;
        let Ok(bytes) = module.encode() else {
            return Ok(());
        };
        match Module::new(&self.engine, &bytes) {
            Err(_) => Ok(()),
            Ok(_) => Err(format!("expected malformed module (\"{message}\"), but it was accepted")),
        }
    }

    /// `(assert_unlinkable module "message")`: the module is valid but its imports do not resolve.
    fn assert_unlinkable(&mut self, module: Wat<'_>, message: &str) -> Result<(), String> {
        let compiled = self.compile(&mut QuoteWat::Wat(module))?;
        match self.linker.instantiate(&mut self.store, &compiled) {
            Err(Error::Link(_)) => Ok(()),
            Err(e) => Err(format!("expected link error (\"{message}\"), got: {e}")),
            Ok(_) => Err(format!("expected link error (\"{message}\"), but instantiation succeeded")),
        }
    }

    /// Runs an action: invoke an export, read a global, or instantiate a module (no results).
    fn perform(&mut self, exec: WastExecute<'_>) -> Result<Outcome, String> {
        match exec {
            WastExecute::Invoke(invoke) => self.call(&invoke),
            WastExecute::Get { module, global, .. } => {
                let inst = self.instance(module)?;
                match inst.get_export(&self.store, global) {
                    Some(Extern::Global(g)) => Ok(Outcome::Returned(vec![g.get(&self.store)])),
                    Some(_) => Err(format!("export \"{global}\" is not a global")),
                    None => Err(format!("unknown export \"{global}\"")),
                }
            }
            WastExecute::Wat(module) => {
                let compiled = self.compile(&mut QuoteWat::Wat(module))?;
                match self.linker.instantiate(&mut self.store, &compiled) {
                    Ok(_) => Ok(Outcome::Returned(Vec::new())),
                    Err(Error::Trap(trap)) => Ok(Outcome::Trapped(trap)),
                    Err(e) => Err(format!("instantiation failed: {e}")),
                }
            }
        }
    }

    /// Calls an exported function with the invocation's arguments.
    fn call(&mut self, invoke: &WastInvoke<'_>) -> Result<Outcome, String> {
        let inst = self.instance(invoke.module)?;
        let func = match inst.get_export(&self.store, invoke.name) {
            Some(Extern::Func(f)) => f,
            Some(_) => return Err(format!("export \"{}\" is not a function", invoke.name)),
            None => return Err(format!("unknown export \"{}\"", invoke.name)),
        };
        let args = invoke.args.iter().map(|a| self.arg_val(a)).collect::<Result<Vec<_>, _>>()?;
        let mut results: Vec<Val> = func.ty(&self.store).results.iter().map(|ty| ty.default_value()).collect();
        match func.call(&mut self.store, &args, &mut results) {
            Ok(()) => Ok(Outcome::Returned(results)),
            Err(Error::Trap(trap)) => Ok(Outcome::Trapped(trap)),
            Err(e) => Err(format!("invoke \"{}\" failed: {e}", invoke.name)),
        }
    }

    /// The instance named `$id`, or the current one.
    fn instance(&self, id: Option<Id<'_>>) -> Result<Instance, String> {
        match id {
            Some(id) => self.instances.get(id.name()).copied().ok_or_else(|| format!("unknown module ${}", id.name())),
            None => self.current.ok_or_else(|| "no module has been instantiated".to_string()),
        }
    }

    /// Encodes and validates a module.
    fn compile(&self, module: &mut QuoteWat<'_>) -> Result<Module, String> {
        reject_component(module)?;
        let bytes = module.encode().map_err(|e| format!("cannot encode module: {}", e.message()))?;
        Module::new(&self.engine, &bytes).map_err(|e| format!("module rejected: {e}"))
    }
}

/// Fails for component-model modules, which this engine does not run.
fn reject_component(module: &QuoteWat<'_>) -> Result<(), String> {
    match module {
        QuoteWat::Wat(Wat::Component(_)) | QuoteWat::QuoteComponent(..) => {
            Err("components are not supported".to_string())
        }
        QuoteWat::Wat(Wat::Module(_)) | QuoteWat::QuoteModule(..) => Ok(()),
    }
}

fn unsupported(kind: &str) -> String {
    format!("unsupported directive `{kind}`")
}

/// Defines the standard `spectest` host module in `linker`.
fn define_spectest(store: &mut Store<()>, linker: &mut Linker<()>) -> Result<(), Error> {
    use ValType::{F32, F64, I32, I64};
    const MODULE: &str = "spectest";
    let print = std::env::var_os(PRINT_ENV_VAR).is_some();
    let prints: [(&str, &[ValType]); 7] = [
        ("print", &[]),
        ("print_i32", &[I32]),
        ("print_i64", &[I64]),
        ("print_f32", &[F32]),
        ("print_f64", &[F64]),
        ("print_i32_f32", &[I32, F32]),
        ("print_f64_f64", &[F64, F64]),
    ];
    for (name, params) in prints {
        let ty = FuncType::new(params.iter().copied(), []);
        let func = Func::new(&mut *store, ty, move |_caller, args, _results| {
            if print {
                for arg in args {
                    // A closed stdout must not end the script (`println!` would panic).
                    let _ = writeln!(std::io::stdout(), "{arg} : {}", arg.ty());
                }
            }
            Ok(())
        });
        linker.define(MODULE, name, Extern::Func(func));
    }

    let globals = [
        ("global_i32", Val::I32(666)),
        ("global_i64", Val::I64(666)),
        ("global_f32", Val::from_f32(666.6)),
        ("global_f64", Val::from_f64(666.6)),
    ];
    for (name, val) in globals {
        let global = Global::new(&mut *store, GlobalType { content: val.ty(), mutable: false }, val)?;
        linker.define(MODULE, name, Extern::Global(global));
    }

    let table_ty = TableType::new(ValType::FuncRef, 10, Some(20));
    let table = Table::new(&mut *store, table_ty, Val::FuncRef(None))?;
    linker.define(MODULE, "table", Extern::Table(table));

    let memory = Memory::new(&mut *store, MemoryType { limits: Limits { min: 1, max: Some(2) }, memory64: false })?;
    linker.define(MODULE, "memory", Extern::Memory(memory));
    Ok(())
}

impl WastRunner {
    /// Converts an invocation argument.
    fn arg_val(&mut self, arg: &WastArg<'_>) -> Result<Val, String> {
        let WastArg::Core(core) = arg else {
            return Err("unsupported argument kind (component value)".to_string());
        };
        if let WastArgCore::RefExtern(n) = core {
            let store = &mut self.store;
            let r = *self.externs.entry(*n).or_insert_with(|| ExternRef::new(store, *n));
            return Ok(Val::ExternRef(Some(r)));
        }
        arg_core_val(core)
    }
}

/// Converts an invocation argument other than `ref.extern`.
fn arg_core_val(core: &WastArgCore<'_>) -> Result<Val, String> {
    match core {
        WastArgCore::I32(v) => Ok(Val::I32(*v)),
        WastArgCore::I64(v) => Ok(Val::I64(*v)),
        WastArgCore::F32(v) => Ok(Val::F32(v.bits)),
        WastArgCore::F64(v) => Ok(Val::F64(v.bits)),
        WastArgCore::RefNull(HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::Func | AbstractHeapType::NoFunc,
        }) => Ok(Val::FuncRef(None)),
        WastArgCore::RefNull(HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::Extern | AbstractHeapType::NoExtern,
        }) => Ok(Val::ExternRef(None)),
        WastArgCore::RefNull(HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::Exn | AbstractHeapType::NoExn,
        }) => Ok(Val::ExnRef(None)),
        WastArgCore::V128(c) => Ok(Val::V128(u128::from_le_bytes(c.to_le_bytes()))),
        other => Err(format!("unsupported argument: {other:?}")),
    }
}

/// Canonical NaN of f32 (sign ignored).
const F32_CANONICAL_NAN: u32 = 0x7fc0_0000;
/// Canonical NaN of f64 (sign ignored).
const F64_CANONICAL_NAN: u64 = 0x7ff8_0000_0000_0000;

/// Whether f32 bits match a NaN pattern or are exactly the expected value.
pub(crate) fn match_f32(bits: u32, expected: &NanPattern<wast::token::F32>) -> bool {
    match expected {
        NanPattern::CanonicalNan => bits & 0x7fff_ffff == F32_CANONICAL_NAN,
        NanPattern::ArithmeticNan => bits & F32_CANONICAL_NAN == F32_CANONICAL_NAN,
        NanPattern::Value(v) => bits == v.bits,
    }
}

/// Whether f64 bits match a NaN pattern or are exactly the expected value.
pub(crate) fn match_f64(bits: u64, expected: &NanPattern<wast::token::F64>) -> bool {
    match expected {
        NanPattern::CanonicalNan => bits & 0x7fff_ffff_ffff_ffff == F64_CANONICAL_NAN,
        NanPattern::ArithmeticNan => bits & F64_CANONICAL_NAN == F64_CANONICAL_NAN,
        NanPattern::Value(v) => bits == v.bits,
    }
}

/// Whether v128 bits match an expected `v128.const` in any lane shape, float lanes each
/// exactly or by their NaN pattern.
pub(crate) fn match_v128(bits: u128, expected: &V128Pattern) -> bool {
    let v = crate::simd::V128(bits);
    match expected {
        V128Pattern::I8x16(l) => v.i8x16() == *l,
        V128Pattern::I16x8(l) => v.i16x8() == *l,
        V128Pattern::I32x4(l) => v.i32x4() == *l,
        V128Pattern::I64x2(l) => v.i64x2() == *l,
        V128Pattern::F32x4(l) => v.u32x4().iter().zip(l).all(|(a, p)| match_f32(*a, p)),
        V128Pattern::F64x2(l) => v.u64x2().iter().zip(l).all(|(a, p)| match_f64(*a, p)),
    }
}

/// Whether a result value matches an expected result.
fn match_ret(store: &Store<()>, actual: &Val, expected: &WastRetCore<'_>) -> bool {
    match (expected, actual) {
        (WastRetCore::I32(e), Val::I32(a)) => a == e,
        (WastRetCore::I64(e), Val::I64(a)) => a == e,
        (WastRetCore::F32(e), Val::F32(a)) => match_f32(*a, e),
        (WastRetCore::F64(e), Val::F64(a)) => match_f64(*a, e),
        (WastRetCore::V128(e), Val::V128(a)) => match_v128(*a, e),
        (WastRetCore::RefNull(None), Val::FuncRef(None) | Val::ExternRef(None) | Val::ExnRef(None)) => true,
        (WastRetCore::RefNull(Some(HeapType::Abstract { shared: false, ty })), Val::ExnRef(None)) => {
            matches!(ty, AbstractHeapType::Exn | AbstractHeapType::NoExn)
        }
        (WastRetCore::RefNull(Some(HeapType::Abstract { shared: false, ty })), Val::FuncRef(None)) => {
            matches!(ty, AbstractHeapType::Func | AbstractHeapType::NoFunc)
        }
        (WastRetCore::RefNull(Some(HeapType::Abstract { shared: false, ty })), Val::ExternRef(None)) => {
            matches!(ty, AbstractHeapType::Extern | AbstractHeapType::NoExtern)
        }
        (WastRetCore::RefExtern(None), Val::ExternRef(Some(_))) => true,
        (WastRetCore::RefExtern(Some(e)), Val::ExternRef(Some(a))) => {
            a.data(store).ok().and_then(|d| d.downcast_ref::<u32>()) == Some(e)
        }
        (WastRetCore::RefFunc(_), Val::FuncRef(Some(_))) => true,
        (WastRetCore::Either(alternatives), _) => alternatives.iter().any(|alt| match_ret(store, actual, alt)),
        _ => false,
    }
}

/// Whether a trap is the one an assertion expects: one message contains the other.
fn trap_matches(trap: &Trap, expected: &str) -> bool {
    let code = trap.code.message();
    code.contains(expected) || expected.contains(code) || trap.to_string().contains(expected)
}

fn show_val(val: &Val) -> String {
    match val {
        Val::F32(bits) => format!("f32:{} ({bits:#010x})", f32::from_bits(*bits)),
        Val::F64(bits) => format!("f64:{} ({bits:#018x})", f64::from_bits(*bits)),
        Val::V128(bits) => format!("v128:{:?}", crate::simd::V128(*bits).i32x4()),
        other => format!("{}:{other}", other.ty()),
    }
}

fn show_vals(vals: &[Val]) -> String {
    format!("[{}]", vals.iter().map(show_val).collect::<Vec<_>>().join(", "))
}

fn show_nan<T>(pattern: &NanPattern<T>, ty: &str, value: impl Fn(&T) -> String) -> String {
    match pattern {
        NanPattern::CanonicalNan => format!("{ty}:nan:canonical"),
        NanPattern::ArithmeticNan => format!("{ty}:nan:arithmetic"),
        NanPattern::Value(v) => format!("{ty}:{}", value(v)),
    }
}

fn show_ret(ret: &WastRetCore<'_>) -> String {
    match ret {
        WastRetCore::I32(v) => format!("i32:{v}"),
        WastRetCore::I64(v) => format!("i64:{v}"),
        WastRetCore::F32(p) => show_nan(p, "f32", |v| format!("{} ({:#010x})", f32::from_bits(v.bits), v.bits)),
        WastRetCore::F64(p) => show_nan(p, "f64", |v| format!("{} ({:#018x})", f64::from_bits(v.bits), v.bits)),
        WastRetCore::RefNull(None) => "ref.null".to_string(),
        WastRetCore::RefNull(Some(HeapType::Abstract { ty, .. })) => format!("ref.null {ty:?}").to_lowercase(),
        WastRetCore::RefExtern(None) => "ref.extern".to_string(),
        WastRetCore::RefExtern(Some(n)) => format!("ref.extern {n}"),
        WastRetCore::RefFunc(_) => "ref.func".to_string(),
        WastRetCore::Either(alternatives) => {
            format!("either({})", alternatives.iter().map(show_ret).collect::<Vec<_>>().join(" | "))
        }
        other => format!("{other:?}"),
    }
}

fn show_rets(rets: &[&WastRetCore<'_>]) -> String {
    format!("[{}]", rets.iter().map(|r| show_ret(r)).collect::<Vec<_>>().join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a script and panics with its failures if any directive failed.
    fn run_ok(source: &str) -> WastReport {
        let report = run_wast("test.wast", source, None);
        assert_eq!(report.failed, 0, "failures: {:#?}", report.failures);
        report
    }

    const NANS: &str = r#"
(module
  (func (export "f32") (param i32) (result f32) (f32.reinterpret_i32 (local.get 0)))
  (func (export "f64") (param i64) (result f64) (f64.reinterpret_i64 (local.get 0))))
(assert_return (invoke "f32" (i32.const 0x7fc00000)) (f32.const nan:canonical))
(assert_return (invoke "f32" (i32.const 0xffc00000)) (f32.const nan:canonical))
(assert_return (invoke "f32" (i32.const 0x7fc00000)) (f32.const nan:arithmetic))
(assert_return (invoke "f32" (i32.const 0x7fc00001)) (f32.const nan:arithmetic))
(assert_return (invoke "f32" (i32.const 0x7fc00001)) (f32.const nan:canonical))
(assert_return (invoke "f32" (i32.const 0x7f800001)) (f32.const nan:arithmetic))
(assert_return (invoke "f32" (i32.const 0x3f800000)) (f32.const nan:arithmetic))
(assert_return (invoke "f32" (i32.const 0x7fa00000)) (f32.const nan:0x200000))
(assert_return (invoke "f32" (i32.const 0x80000000)) (f32.const 0))
(assert_return (invoke "f64" (i64.const 0x7ff8000000000000)) (f64.const nan:canonical))
(assert_return (invoke "f64" (i64.const 0xfff8000000000000)) (f64.const nan:canonical))
(assert_return (invoke "f64" (i64.const 0x7ff8000000000001)) (f64.const nan:arithmetic))
(assert_return (invoke "f64" (i64.const 0x7ff8000000000001)) (f64.const nan:canonical))
(assert_return (invoke "f64" (i64.const 0x7ff0000000000001)) (f64.const nan:arithmetic))
(assert_return (invoke "f64" (i64.const 0x3ff0000000000000)) (f64.const 1.0))
"#;

    #[test]
    fn nan_patterns() {
        let report = run_wast("nan.wast", NANS, None);
        // Lines (1-based) whose assertion must fail: a payload that is not canonical, a
        // signalling NaN that is not arithmetic, a number that is no NaN, and -0 vs +0.
        let failing_lines = [9, 10, 11, 13, 17, 18];
        let failed: Vec<u32> = report
            .failures
            .iter()
            .filter_map(|f| f.strip_prefix("nan.wast:")?.split_once(':')?.0.parse().ok())
            .collect();
        assert_eq!(failed, failing_lines, "failures: {:#?}", report.failures);
        assert_eq!(report.passed, 1 + 15 - 6);
    }

    #[test]
    fn v128_patterns_per_lane() {
        let parse = |text: &str| {
            let buf = wast::parser::ParseBuffer::new(text).unwrap();
            match wast::parser::parse::<WastRetCore<'_>>(&buf).unwrap() {
                WastRetCore::V128(p) => p,
                other => panic!("{other:?}"),
            }
        };
        let v = crate::simd::V128::from_u32x4([0x7fc0_0000, 0x3f80_0000, 0xffc0_0001, 0]).0;
        assert!(match_v128(v, &parse("v128.const f32x4 nan:canonical 1 nan:arithmetic 0")));
        assert!(!match_v128(v, &parse("v128.const f32x4 nan:canonical 1 nan:canonical 0")));
        assert!(!match_v128(v, &parse("v128.const f32x4 nan:canonical 1 nan:arithmetic -0")));
        assert!(match_v128(v, &parse("v128.const i32x4 0x7fc00000 0x3f800000 0xffc00001 0")));
        assert!(match_v128(v, &parse("v128.const i64x2 0x3f8000007fc00000 0x00000000ffc00001")));
        assert!(!match_v128(v, &parse("v128.const i8x16 0 0 0xc0 0x7f 0 0 0x80 0x3f 1 0 0xc0 0xff 0 0 0 1")));
        let d = crate::simd::V128::from_u64x2([0x7ff8_0000_0000_0000, 2.5f64.to_bits()]).0;
        assert!(match_v128(d, &parse("v128.const f64x2 nan:canonical 2.5")));
        assert!(!match_v128(d, &parse("v128.const f64x2 nan:canonical 2.0")));
        assert!(match_v128(d, &parse("v128.const i16x8 0 0 0 0x7ff8 0 0 0 0x4004")));
    }

    #[test]
    fn nan_matching_without_engine() {
        use NanPattern::{ArithmeticNan, CanonicalNan};
        assert!(match_f32(0x7fc0_0000, &CanonicalNan));
        assert!(match_f32(0xffc0_0000, &CanonicalNan));
        assert!(!match_f32(0x7fc0_0001, &CanonicalNan));
        assert!(match_f32(0x7fc0_0001, &ArithmeticNan));
        assert!(match_f32(0xffc0_0001, &ArithmeticNan));
        assert!(!match_f32(0x7f80_0001, &ArithmeticNan));
        assert!(!match_f32(0x7f80_0000, &ArithmeticNan));
        assert!(match_f32(0x7fa0_0000, &NanPattern::Value(wast::token::F32 { bits: 0x7fa0_0000 })));
        assert!(!match_f32(0x8000_0000, &NanPattern::Value(wast::token::F32 { bits: 0 })));
        assert!(match_f64(0xfff8_0000_0000_0000, &CanonicalNan));
        assert!(!match_f64(0x7ff8_0000_0000_0001, &CanonicalNan));
        assert!(match_f64(0x7ffc_0000_0000_0000, &ArithmeticNan));
        assert!(!match_f64(0x7ff4_0000_0000_0000, &ArithmeticNan));
        assert!(!match_f64(0x3ff0_0000_0000_0000, &ArithmeticNan));
    }

    const COUNTER: &str = r#"(module $m
  (global $n (mut i32) (i32.const 0))
  (func (export "inc") (result i32)
    (global.set $n (i32.add (global.get $n) (i32.const 1)))
    (global.get $n)))
(assert_return (invoke "inc") (i32.const 1))
(invoke "inc")
(assert_return (invoke "inc") (i32.const 3))
(assert_return (invoke "inc") (i32.const 99))
(assert_trap (invoke "inc") "unreachable")
"#;

    #[test]
    fn line_filter_runs_setup_and_counts_one_line() {
        let full = run_wast("counter.wast", COUNTER, None);
        assert_eq!((full.passed, full.failed), (4, 2), "{:#?}", full.failures);

        // Line 8 needs the two earlier increments to see 3.
        let one = run_wast("counter.wast", COUNTER, Some(8));
        assert_eq!((one.passed, one.failed), (1, 0), "{:#?}", one.failures);

        let bad = run_wast("counter.wast", COUNTER, Some(9));
        assert_eq!((bad.passed, bad.failed), (0, 1));
        assert!(bad.failures[0].starts_with("counter.wast:9: "), "{:?}", bad.failures);

        let nothing = run_wast("counter.wast", COUNTER, Some(3));
        assert_eq!((nothing.passed, nothing.failed), (0, 1));
    }

    #[test]
    fn parse_error_is_one_failure() {
        let report = run_wast("broken.wast", "(module\n (func (result i32) (i32.const 1))\n(assert_return", None);
        assert_eq!((report.passed, report.failed), (0, 1));
        assert!(report.failures[0].starts_with("broken.wast:"), "{:?}", report.failures);
        assert_eq!(format_report(&report), "broken.wast: 0/1");
    }

    #[test]
    fn module_assertions_and_spectest_imports() {
        run_ok(
            r#"
(module $a
  (import "spectest" "print_i32" (func $print (param i32)))
  (import "spectest" "global_i32" (global $g i32))
  (import "spectest" "memory" (memory 1))
  (import "spectest" "table" (table 10 funcref))
  (func (export "g") (result i32) (call $print (global.get $g)) (global.get $g))
  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "id") (param externref) (result externref) (local.get 0))
  (func (export "null") (result funcref) (ref.null func))
  (func $r (export "rec") (call $r))
  (global (export "five") i32 (i32.const 5)))
(register "a" $a)
(module (import "a" "g" (func (result i32))))
(assert_return (invoke $a "g") (i32.const 666))
(assert_return (get $a "five") (i32.const 5))
(assert_trap (invoke $a "div" (i32.const 1) (i32.const 0)) "integer divide by zero")
(assert_return (invoke $a "id" (ref.extern 7)) (ref.extern 7))
(assert_return (invoke $a "id" (ref.null extern)) (ref.null extern))
(assert_return (invoke $a "null") (ref.null func))
(assert_exhaustion (invoke $a "rec") "call stack exhausted")
(assert_invalid (module (func (result i32))) "type mismatch")
(assert_malformed (module quote "(func (i32.const))") "unexpected token")
(assert_malformed (module binary "\00asm\02\00\00\00") "unknown binary version")
(assert_unlinkable (module (import "a" "missing" (func))) "unknown import")
(assert_trap (module (func $s unreachable) (start $s)) "unreachable")
"#,
        );
    }

    #[test]
    fn wrong_expectations_fail() {
        let report = run_wast(
            "neg.wast",
            r#"(module
  (func (export "one") (result i32) (i32.const 1))
  (func (export "div") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0))))
(assert_trap (invoke "one") "unreachable")
(assert_trap (invoke "div" (i32.const 0)) "integer overflow")
(assert_exhaustion (invoke "one") "call stack exhausted")
(assert_return (invoke "one"))
(assert_return (invoke "one") (i32.const 1) (i32.const 1))
(assert_return (invoke "one") (i64.const 1))
(assert_return (invoke "one") (either (i32.const 2) (i32.const 3)))
(assert_return (invoke "one") (ref.null func))
(assert_invalid (module (func (result i32) (i32.const 1))) "type mismatch")
(assert_malformed (module quote "(func)") "whatever")
(assert_unlinkable (module (import "spectest" "print" (func))) "unknown import")
(assert_trap (module) "unreachable")
(assert_return (invoke "missing"))
(assert_return (invoke "one" (i32.const 1)) (i32.const 1))
(assert_return (invoke "one" (v128.const i32x4 0 0 0 0)) (i32.const 1))
(register "x" $nope)
(invoke $nope "one")
(assert_return (invoke "one") (either (i32.const 2) (i32.const 1)))
"#,
            None,
        );
        assert_eq!((report.passed, report.failed), (2, 17), "{:#?}", report.failures);
    }
}
