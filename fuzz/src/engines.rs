//! The engines under comparison behind one interface: regwasm in each configuration and wasmi
//! 2.0.0 as the oracle (wasmtime, for exception handling, is in `wasmtime_oracle`). Each instantiates a module without imports, lists its exports, calls
//! exported functions with engine-neutral [`Value`]s and snapshots exported state.

use crate::value::{Exception, Outcome, TrapKind, Ty, Value};

/// Exported state after a call, in export order: memories (bytes), globals, tables (entries).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateItem {
    /// A memory's bytes.
    Memory(Vec<u8>),
    /// A global's value.
    Global(Value),
    /// A table's entries.
    Table(Vec<Value>),
}

/// An exported function's name and signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuncExport {
    /// Export name.
    pub name: String,
    /// Parameter types.
    pub params: Vec<Ty>,
    /// Result types.
    pub results: Vec<Ty>,
}

/// One engine instance running one module.
pub trait Runner {
    /// A short name for reports ("regwasm loop/eager", "wasmi").
    fn name(&self) -> String;
    /// Compiles and instantiates `wasm` (running its start function).
    fn instantiate(&mut self, wasm: &[u8]) -> Outcome;
    /// The exported functions, in export order (after a successful instantiation).
    fn funcs(&self) -> Vec<FuncExport>;
    /// Calls export `name`.
    fn call(&mut self, name: &str, args: &[Value]) -> Outcome;
    /// Sets an exported mutable global (used to refill the termination fuel of a module).
    fn set_global(&mut self, name: &str, value: Value) -> bool;
    /// The exported state: (export name, item), sorted by name.
    fn state(&self) -> Vec<(String, StateItem)>;
}

/// Limits shared by both engines so deep recursion ends quickly on both.
pub const MAX_CALL_DEPTH: u32 = 1000;

fn ty_of_regwasm(t: regwasm::ValType) -> Ty {
    match t {
        regwasm::ValType::I32 => Ty::I32,
        regwasm::ValType::I64 => Ty::I64,
        regwasm::ValType::F32 => Ty::F32,
        regwasm::ValType::F64 => Ty::F64,
        regwasm::ValType::V128 => Ty::V128,
        regwasm::ValType::Ref(r) if r.heap.is_func() => Ty::FuncRef,
        regwasm::ValType::Ref(r) if r.heap.is_exn() => Ty::ExnRef,
        regwasm::ValType::Ref(_) => Ty::ExternRef,
    }
}

fn trap_of_regwasm(code: regwasm::TrapCode) -> TrapKind {
    use regwasm::TrapCode as C;
    match code {
        C::Unreachable => TrapKind::Unreachable,
        C::IntegerDivideByZero => TrapKind::DivisionByZero,
        C::IntegerOverflow => TrapKind::IntegerOverflow,
        C::InvalidConversionToInteger => TrapKind::BadConversion,
        C::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
        C::TableOutOfBounds | C::UndefinedElement => TrapKind::TableOutOfBounds,
        C::UninitializedElement => TrapKind::IndirectCallToNull,
        C::IndirectCallTypeMismatch => TrapKind::BadSignature,
        C::StackOverflow => TrapKind::StackOverflow,
        C::HostError => TrapKind::Other("host error".into()),
        C::NullReference => TrapKind::Other("null reference".into()),
        C::NullFunctionReference => TrapKind::Other("null function reference".into()),
        // Neither can happen here: the metered configuration has ample fuel and nobody
        // interrupts; if one does, it is a disagreement worth a look.
        C::OutOfFuel => TrapKind::Other("out of fuel".into()),
        C::Interrupted => TrapKind::Other("interrupted".into()),
        // Only without the exception object (see `outcome_of_regwasm_error`).
        C::UncaughtException => TrapKind::Other("uncaught exception".into()),
        // `throw_ref` of null: wasmtime names it a plain null reference.
        C::NullExceptionReference => TrapKind::Other("null reference".into()),
        C::TooManyExceptions => TrapKind::Other("too many live exceptions".into()),
        // Only a stale host handle passed back in can make one.
        C::StaleExceptionReference => TrapKind::Other("stale exception reference".into()),
    }
}

impl Regwasm {
    fn outcome_of_error(&self, e: regwasm::Error) -> Outcome {
        match e {
            regwasm::Error::Trap(t) => match t.exception {
                Some(exn) if t.code == regwasm::TrapCode::UncaughtException => {
                    Outcome::Trapped(TrapKind::Uncaught(Box::new(self.value_of(regwasm::Val::ExnRef(Some(exn))))))
                }
                _ => Outcome::Trapped(trap_of_regwasm(t.code)),
            },
            other => Outcome::Failed(other.to_string()),
        }
    }
}

/// regwasm with one backend and translation mode.
pub struct Regwasm {
    config: regwasm::Config,
    store: Option<regwasm::Store<()>>,
    instance: Option<regwasm::Instance>,
    exports: Vec<(String, regwasm::Extern)>,
}

impl Regwasm {
    /// A runner for `backend` and `translation`.
    pub fn new(backend: regwasm::Backend, translation: regwasm::Translation) -> Regwasm {
        let config = regwasm::Config {
            backend,
            translation,
            max_call_depth: MAX_CALL_DEPTH,
            max_memory_bytes: Some(64 << 20),
            ..regwasm::Config::default()
        };
        Regwasm { config, store: None, instance: None, exports: Vec::new() }
    }

    /// Every configuration: both backends, each lazy and eager, plus the threaded backend with
    /// fuel (ample: it never runs out) and interrupt checks, whose extra instructions at block
    /// boundaries must change nothing.
    pub fn all() -> Vec<Regwasm> {
        use regwasm::{Backend, Translation};
        let mut out = Vec::new();
        for b in [Backend::Loop, Backend::Threaded] {
            for t in [Translation::Lazy, Translation::Eager] {
                out.push(Regwasm::new(b, t));
            }
        }
        let mut metered = Regwasm::new(Backend::Threaded, Translation::Eager);
        metered.config.consume_fuel = true;
        metered.config.interruptible = true;
        out.push(metered);
        out
    }

    fn val_of(&mut self, v: &Value) -> regwasm::Val {
        use regwasm::Val;
        match v {
            Value::I32(x) => Val::I32(*x as i32),
            Value::I64(x) => Val::I64(*x as i64),
            Value::F32(x) => Val::F32(*x),
            Value::F64(x) => Val::F64(*x),
            Value::V128(x) => Val::V128(*x),
            Value::FuncRef(None) => Val::FuncRef(None),
            Value::FuncRef(Some(name)) => {
                let f = name
                    .as_ref()
                    .and_then(|n| self.exports.iter().find(|(e, _)| e == n))
                    .and_then(|(_, x)| x.into_func());
                Val::FuncRef(f)
            }
            Value::ExternRef(None) => Val::ExternRef(None),
            // The payload as the host object, as for wasmi below.
            Value::ExternRef(Some(x)) => {
                Val::ExternRef(Some(regwasm::ExternRef::new(self.store.as_mut().expect("instantiated"), *x)))
            }
            // Arguments are never exceptions (`value::argument`).
            Value::ExnRef(_) => Val::ExnRef(None),
        }
    }

    fn value_of(&self, v: regwasm::Val) -> Value {
        use regwasm::Val;
        match v {
            Val::I32(x) => Value::I32(x as u32),
            Val::I64(x) => Value::I64(x as u64),
            Val::F32(x) => Value::F32(x),
            Val::F64(x) => Value::F64(x),
            Val::V128(x) => Value::V128(x),
            Val::FuncRef(None) => Value::FuncRef(None),
            Val::FuncRef(Some(f)) => Value::FuncRef(Some(
                self.exports.iter().find(|(_, e)| e.into_func() == Some(f)).map(|(n, _)| n.clone()),
            )),
            Val::ExternRef(None) => Value::ExternRef(None),
            Val::ExternRef(Some(r)) => {
                let store = self.store.as_ref().expect("instantiated");
                Value::ExternRef(Some(
                    r.data(store).ok().and_then(|d| d.downcast_ref::<u32>()).copied().unwrap_or(u32::MAX),
                ))
            }
            Val::ExnRef(None) => Value::ExnRef(None),
            Val::ExnRef(Some(exn)) => {
                let store = self.store.as_ref().expect("instantiated");
                let tag = exn.tag(store);
                Value::ExnRef(Some(Box::new(Exception {
                    tag: self.exports.iter().find(|(_, e)| *e == regwasm::Extern::Tag(tag)).map(|(n, _)| n.clone()),
                    payload: exn.payload(store).into_iter().map(|v| self.value_of(v)).collect(),
                })))
            }
        }
    }
}

impl Runner for Regwasm {
    fn name(&self) -> String {
        let metered = if self.config.consume_fuel { "/fuel+interrupt" } else { "" };
        format!("regwasm {:?}/{:?}{metered}", self.config.backend, self.config.translation).to_lowercase()
    }

    fn instantiate(&mut self, wasm: &[u8]) -> Outcome {
        let engine = regwasm::Engine::new(self.config.clone());
        let module = match regwasm::Module::new(&engine, wasm) {
            Ok(m) => m,
            Err(e) => return Outcome::Failed(format!("compile: {e}")),
        };
        let mut store = regwasm::Store::new(&engine, ());
        if self.config.consume_fuel {
            store.set_fuel(u64::MAX).expect("fuel is enabled in this configuration");
        }
        let result = regwasm::Linker::new(&engine).instantiate(&mut store, &module);
        match result {
            Ok(instance) => {
                self.exports = instance.exports(&store);
                self.instance = Some(instance);
                self.store = Some(store);
                Outcome::Returned(Vec::new())
            }
            Err(e) => {
                // An exception escaping the start function is read from the failed store (its
                // tag has no export name: the instance's exports do not exist).
                self.store = Some(store);
                let outcome = self.outcome_of_error(e);
                self.store = None;
                outcome
            }
        }
    }

    fn funcs(&self) -> Vec<FuncExport> {
        let Some(store) = &self.store else { return Vec::new() };
        self.exports
            .iter()
            .filter_map(|(name, e)| {
                let f = e.into_func()?;
                let ty = f.ty(store);
                Some(FuncExport {
                    name: name.clone(),
                    params: ty.params.iter().map(|t| ty_of_regwasm(*t)).collect(),
                    results: ty.results.iter().map(|t| ty_of_regwasm(*t)).collect(),
                })
            })
            .collect()
    }

    fn call(&mut self, name: &str, args: &[Value]) -> Outcome {
        let Some(f) = self.exports.iter().find(|(n, _)| n == name).and_then(|(_, e)| e.into_func()) else {
            return Outcome::Failed(format!("no function export {name}"));
        };
        let args: Vec<regwasm::Val> = args.iter().map(|a| self.val_of(a)).collect();
        let store = self.store.as_mut().expect("instantiated");
        let ty = f.ty(&*store);
        let mut results: Vec<regwasm::Val> = ty.results.iter().map(|t| t.default_value()).collect();
        match f.call(store, &args, &mut results) {
            Ok(()) => Outcome::Returned(results.into_iter().map(|v| self.value_of(v)).collect()),
            Err(e) => self.outcome_of_error(e),
        }
    }

    fn set_global(&mut self, name: &str, value: Value) -> bool {
        let Some(g) = self.exports.iter().find(|(n, _)| n == name).and_then(|(_, e)| e.into_global()) else {
            return false;
        };
        let v = self.val_of(&value);
        g.set(self.store.as_mut().expect("instantiated"), v).is_ok()
    }

    fn state(&self) -> Vec<(String, StateItem)> {
        let Some(store) = &self.store else { return Vec::new() };
        let mut out: Vec<(String, StateItem)> = self
            .exports
            .iter()
            .filter_map(|(name, e)| {
                let item = match *e {
                    regwasm::Extern::Memory(m) => StateItem::Memory(m.data(store).to_vec()),
                    regwasm::Extern::Global(g) => StateItem::Global(self.value_of(g.get(store))),
                    regwasm::Extern::Table(t) => StateItem::Table(
                        (0..t.size(store)).map(|i| self.value_of(t.get(store, i).expect("in bounds"))).collect(),
                    ),
                    regwasm::Extern::Func(_) | regwasm::Extern::Tag(_) => return None,
                };
                Some((name.clone(), item))
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}

/// wasmi 2.0.0, the oracle.
pub struct Wasmi {
    store: Option<wasmi::Store<()>>,
    exports: Vec<(String, wasmi::Extern)>,
    /// Debug text of each exported function handle, to name function references.
    func_keys: Vec<(String, String)>,
}

impl Default for Wasmi {
    fn default() -> Self {
        Self::new()
    }
}

impl Wasmi {
    /// A wasmi runner with the Wasm 2.0 feature set.
    pub fn new() -> Wasmi {
        Wasmi { store: None, exports: Vec::new(), func_keys: Vec::new() }
    }

    fn val_of(&mut self, v: &Value) -> wasmi::Val {
        use wasmi::Val;
        match v {
            Value::I32(x) => Val::I32(*x as i32),
            Value::I64(x) => Val::I64(*x as i64),
            Value::F32(x) => Val::F32(wasmi::F32::from_bits(*x)),
            Value::F64(x) => Val::F64(wasmi::F64::from_bits(*x)),
            Value::V128(x) => Val::V128(wasmi::V128::from(*x)),
            Value::FuncRef(None) => Val::FuncRef(wasmi::Nullable::Null),
            Value::FuncRef(Some(name)) => {
                match name
                    .as_ref()
                    .and_then(|n| self.exports.iter().find(|(e, _)| e == n))
                    .and_then(|(_, x)| (*x).into_func())
                {
                    Some(f) => Val::FuncRef(wasmi::Nullable::Val(f)),
                    None => Val::FuncRef(wasmi::Nullable::Null),
                }
            }
            Value::ExternRef(None) => Val::ExternRef(wasmi::Nullable::Null),
            Value::ExternRef(Some(x)) => {
                let r = wasmi::ExternRef::new(self.store.as_mut().expect("instantiated"), *x);
                Val::ExternRef(wasmi::Nullable::Val(r))
            }
            // wasmi has no exnref: never generated against it.
            Value::ExnRef(_) => Val::ExternRef(wasmi::Nullable::Null),
        }
    }

    fn value_of(&self, v: &wasmi::Val) -> Value {
        use wasmi::Val;
        match v {
            Val::I32(x) => Value::I32(*x as u32),
            Val::I64(x) => Value::I64(*x as u64),
            Val::F32(x) => Value::F32(x.to_bits()),
            Val::F64(x) => Value::F64(x.to_bits()),
            Val::V128(x) => Value::V128(x.as_u128()),
            Val::FuncRef(r) => match r.val() {
                None => Value::FuncRef(None),
                Some(f) => {
                    let key = format!("{f:?}");
                    Value::FuncRef(Some(self.func_keys.iter().find(|(_, k)| *k == key).map(|(n, _)| n.clone())))
                }
            },
            Val::ExternRef(r) => match r.val() {
                None => Value::ExternRef(None),
                Some(x) => {
                    let store = self.store.as_ref().expect("instantiated");
                    Value::ExternRef(Some(x.data(store).downcast_ref::<u32>().copied().unwrap_or(u32::MAX)))
                }
            },
            #[allow(unreachable_patterns)]
            _ => Value::ExternRef(Some(u32::MAX)),
        }
    }

    fn value_of_ref(&self, r: wasmi::Ref) -> Value {
        match r {
            wasmi::Ref::Func(f) => self.value_of(&wasmi::Val::FuncRef(f)),
            wasmi::Ref::Extern(x) => self.value_of(&wasmi::Val::ExternRef(x)),
        }
    }
}

fn ty_of_wasmi(t: &wasmi::ValType) -> Ty {
    match t {
        wasmi::ValType::I32 => Ty::I32,
        wasmi::ValType::I64 => Ty::I64,
        wasmi::ValType::F32 => Ty::F32,
        wasmi::ValType::F64 => Ty::F64,
        wasmi::ValType::V128 => Ty::V128,
        wasmi::ValType::FuncRef => Ty::FuncRef,
        _ => Ty::ExternRef,
    }
}

fn trap_of_wasmi(e: &wasmi::Error) -> Outcome {
    use wasmi::TrapCode as C;
    match e.as_trap_code() {
        Some(code) => Outcome::Trapped(match code {
            C::UnreachableCodeReached => TrapKind::Unreachable,
            C::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
            C::TableOutOfBounds => TrapKind::TableOutOfBounds,
            C::IndirectCallToNull => TrapKind::IndirectCallToNull,
            C::IntegerDivisionByZero => TrapKind::DivisionByZero,
            C::IntegerOverflow => TrapKind::IntegerOverflow,
            C::BadConversionToInteger => TrapKind::BadConversion,
            C::StackOverflow => TrapKind::StackOverflow,
            C::BadSignature => TrapKind::BadSignature,
            other => TrapKind::Other(format!("{other:?}")),
        }),
        None => Outcome::Failed(e.to_string()),
    }
}

impl Runner for Wasmi {
    fn name(&self) -> String {
        "wasmi 2.0.0".into()
    }

    fn instantiate(&mut self, wasm: &[u8]) -> Outcome {
        let mut config = wasmi::Config::default();
        config.set_max_recursion_depth(MAX_CALL_DEPTH as usize);
        let engine = wasmi::Engine::new(&config);
        let module = match wasmi::Module::new(&engine, wasm) {
            Ok(m) => m,
            Err(e) => return Outcome::Failed(format!("compile: {e}")),
        };
        let mut store = wasmi::Store::new(&engine, ());
        let linker = wasmi::Linker::<()>::new(&engine);
        match linker.instantiate_and_start(&mut store, &module) {
            Ok(instance) => {
                self.exports = instance.exports(&store).map(|e| (e.name().to_string(), e.into_extern())).collect();
                self.func_keys = self
                    .exports
                    .iter()
                    .filter_map(|(n, e)| (*e).into_func().map(|f| (n.clone(), format!("{f:?}"))))
                    .collect();
                self.store = Some(store);
                Outcome::Returned(Vec::new())
            }
            Err(e) => trap_of_wasmi(&e),
        }
    }

    fn funcs(&self) -> Vec<FuncExport> {
        let Some(store) = &self.store else { return Vec::new() };
        self.exports
            .iter()
            .filter_map(|(name, e)| {
                let ty = (*e).into_func()?.ty(store);
                Some(FuncExport {
                    name: name.clone(),
                    params: ty.params().iter().map(ty_of_wasmi).collect(),
                    results: ty.results().iter().map(ty_of_wasmi).collect(),
                })
            })
            .collect()
    }

    fn call(&mut self, name: &str, args: &[Value]) -> Outcome {
        let Some(f) = self.exports.iter().find(|(n, _)| n == name).and_then(|(_, e)| (*e).into_func()) else {
            return Outcome::Failed(format!("no function export {name}"));
        };
        let args: Vec<wasmi::Val> = args.iter().map(|a| self.val_of(a)).collect();
        let store = self.store.as_mut().expect("instantiated");
        let ty = f.ty(&*store);
        let mut results: Vec<wasmi::Val> = ty.results().iter().map(|t| wasmi::Val::default_for_ty(*t)).collect();
        match f.call(&mut *store, &args, &mut results) {
            Ok(()) => Outcome::Returned(results.iter().map(|v| self.value_of(v)).collect()),
            Err(e) => trap_of_wasmi(&e),
        }
    }

    fn set_global(&mut self, name: &str, value: Value) -> bool {
        let Some(g) = self.exports.iter().find(|(n, _)| n == name).and_then(|(_, e)| (*e).into_global()) else {
            return false;
        };
        let v = self.val_of(&value);
        g.set(self.store.as_mut().expect("instantiated"), v).is_ok()
    }

    fn state(&self) -> Vec<(String, StateItem)> {
        let Some(store) = &self.store else { return Vec::new() };
        let mut out: Vec<(String, StateItem)> = self
            .exports
            .iter()
            .filter_map(|(name, e)| {
                let item = match e {
                    wasmi::Extern::Memory(m) => StateItem::Memory(m.data(store).to_vec()),
                    wasmi::Extern::Global(g) => StateItem::Global(self.value_of(&g.get(store))),
                    wasmi::Extern::Table(t) => StateItem::Table(
                        (0..t.size(store)).map(|i| self.value_of_ref(t.get(store, i).expect("in bounds"))).collect(),
                    ),
                    _ => return None,
                };
                Some((name.clone(), item))
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}
