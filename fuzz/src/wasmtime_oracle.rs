//! wasmtime 48.0.8 as the oracle for exception handling (wasmi 2.0.0 has none), behind the
//! `wasmtime-oracle` cargo feature so ordinary builds do not compile Cranelift. It runs the
//! same feature set as regwasm's generated modules plus exceptions; every call ends because
//! generated modules carry their own fuel global, and a bounded native stack turns deep
//! recursion into a stack exhaustion (which the comparison skips, as with wasmi).

use crate::engines::{FuncExport, Runner, StateItem};
use crate::value::{Exception, Outcome, TrapKind, Ty, Value};
use std::cell::RefCell;
use std::sync::OnceLock;
use wasmtime::{Extern, HeapType, Store, Val, ValType};

/// Native stack for wasm code: deep enough for the 500 calls a module's fuel allows, small
/// enough that runaway recursion ends quickly.
const MAX_WASM_STACK: usize = 1 << 20;

/// One engine (and its compiled-code machinery) shared by every runner of the process.
fn engine() -> &'static wasmtime::Engine {
    static ENGINE: OnceLock<wasmtime::Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = wasmtime::Config::new();
        config
            .wasm_exceptions(true)
            .wasm_tail_call(true)
            .wasm_multi_memory(true)
            .wasm_extended_const(true)
            .wasm_simd(true)
            .wasm_relaxed_simd(false)
            .wasm_memory64(true)
            .max_wasm_stack(MAX_WASM_STACK);
        wasmtime::Engine::new(&config).expect("a valid wasmtime configuration")
    })
}

/// The wasmtime runner. The store sits in a `RefCell` because reading an exception's tag and
/// payload (even for a state snapshot) needs it mutably.
#[derive(Default)]
pub struct Wasmtime {
    store: Option<RefCell<Store<()>>>,
    exports: Vec<(String, Extern)>,
}

impl Wasmtime {
    /// A runner with nothing instantiated.
    pub fn new() -> Wasmtime {
        Wasmtime::default()
    }

    fn val_of(&self, v: &Value) -> Val {
        let store = self.store.as_ref().expect("instantiated");
        match v {
            Value::I32(x) => Val::I32(*x as i32),
            Value::I64(x) => Val::I64(*x as i64),
            Value::F32(x) => Val::F32(*x),
            Value::F64(x) => Val::F64(*x),
            Value::V128(x) => Val::V128((*x).into()),
            Value::FuncRef(None) => Val::FuncRef(None),
            Value::FuncRef(Some(name)) => Val::FuncRef(
                name.as_ref()
                    .and_then(|n| self.exports.iter().find(|(e, _)| e == n))
                    .and_then(|(_, x)| x.clone().into_func()),
            ),
            Value::ExternRef(None) => Val::ExternRef(None),
            Value::ExternRef(Some(x)) => Val::ExternRef(wasmtime::ExternRef::new(&mut *store.borrow_mut(), *x).ok()),
            // Arguments are never exceptions (`value::argument`).
            Value::ExnRef(_) => Val::ExnRef(None),
        }
    }

    fn value_of(&self, v: &Val) -> Value {
        let store = self.store.as_ref().expect("instantiated");
        match v {
            Val::I32(x) => Value::I32(*x as u32),
            Val::I64(x) => Value::I64(*x as u64),
            Val::F32(x) => Value::F32(*x),
            Val::F64(x) => Value::F64(*x),
            Val::V128(x) => Value::V128(x.as_u128()),
            Val::FuncRef(None) => Value::FuncRef(None),
            Val::FuncRef(Some(f)) => {
                let mut store = store.borrow_mut();
                let raw = f.to_raw(&mut *store);
                Value::FuncRef(Some(
                    self.exports
                        .iter()
                        .find(|(_, e)| e.clone().into_func().is_some_and(|g| g.to_raw(&mut *store) == raw))
                        .map(|(n, _)| n.clone()),
                ))
            }
            Val::ExternRef(None) => Value::ExternRef(None),
            Val::ExternRef(Some(r)) => {
                let store = store.borrow();
                let data = r.data(&*store).ok().flatten().and_then(|d| d.downcast_ref::<u32>()).copied();
                Value::ExternRef(Some(data.unwrap_or(u32::MAX)))
            }
            Val::ExnRef(None) => Value::ExnRef(None),
            Val::ExnRef(Some(exn)) => {
                let (tag, fields) = {
                    let mut store = store.borrow_mut();
                    let Ok(tag) = exn.tag(&mut *store) else { return Value::ExternRef(Some(u32::MAX)) };
                    let n = tag.ty(&*store).ty().params().len();
                    let fields: Vec<Val> = (0..n).filter_map(|i| exn.field(&mut *store, i).ok()).collect();
                    let name = self
                        .exports
                        .iter()
                        .find(|(_, e)| matches!(e, Extern::Tag(t) if wasmtime::Tag::eq(t, &tag, &*store)))
                        .map(|(n, _)| n.clone());
                    (name, fields)
                };
                Value::ExnRef(Some(Box::new(Exception {
                    tag,
                    payload: fields.iter().map(|f| self.value_of(f)).collect(),
                })))
            }
            // Not generated (no GC, no stack switching).
            _ => Value::ExternRef(Some(u32::MAX)),
        }
    }

    fn outcome_of_error(&self, e: wasmtime::Error) -> Outcome {
        if e.is::<wasmtime::ThrownException>() {
            let store = self.store.as_ref().expect("instantiated");
            let exn = store.borrow_mut().take_pending_exception();
            if let Some(exn) = exn {
                return Outcome::Trapped(TrapKind::Uncaught(Box::new(self.value_of(&Val::ExnRef(Some(exn))))));
            }
            return Outcome::Trapped(TrapKind::Other("uncaught exception".into()));
        }
        use wasmtime::Trap as C;
        match e.downcast_ref::<C>() {
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
                C::NullReference => TrapKind::Other("null reference".into()),
                other => TrapKind::Other(format!("{other:?}")),
            }),
            None => Outcome::Failed(format!("{e:#}")),
        }
    }
}

fn ty_of(t: &ValType) -> Ty {
    match t {
        ValType::I32 => Ty::I32,
        ValType::I64 => Ty::I64,
        ValType::F32 => Ty::F32,
        ValType::F64 => Ty::F64,
        ValType::V128 => Ty::V128,
        ValType::Ref(r) => match r.heap_type() {
            HeapType::Func | HeapType::ConcreteFunc(_) | HeapType::NoFunc => Ty::FuncRef,
            HeapType::Exn | HeapType::NoExn => Ty::ExnRef,
            _ => Ty::ExternRef,
        },
    }
}

impl Runner for Wasmtime {
    fn name(&self) -> String {
        "wasmtime 48.0.8".into()
    }

    fn instantiate(&mut self, wasm: &[u8]) -> Outcome {
        let engine = engine();
        let module = match wasmtime::Module::new(engine, wasm) {
            Ok(m) => m,
            Err(e) => return Outcome::Failed(format!("compile: {e:#}")),
        };
        let store = RefCell::new(Store::new(engine, ()));
        let result = wasmtime::Linker::new(engine).instantiate(&mut *store.borrow_mut(), &module);
        self.store = Some(store);
        match result {
            Ok(instance) => {
                let mut store = self.store.as_ref().expect("just set").borrow_mut();
                self.exports = instance.exports(&mut *store).map(|e| (e.name().to_string(), e.into_extern())).collect();
                Outcome::Returned(Vec::new())
            }
            Err(e) => {
                let outcome = self.outcome_of_error(e);
                self.store = None;
                outcome
            }
        }
    }

    fn funcs(&self) -> Vec<FuncExport> {
        let Some(store) = &self.store else { return Vec::new() };
        let store = store.borrow();
        self.exports
            .iter()
            .filter_map(|(name, e)| {
                let ty = e.clone().into_func()?.ty(&*store);
                Some(FuncExport {
                    name: name.clone(),
                    params: ty.params().map(|t| ty_of(&t)).collect(),
                    results: ty.results().map(|t| ty_of(&t)).collect(),
                })
            })
            .collect()
    }

    fn call(&mut self, name: &str, args: &[Value]) -> Outcome {
        let Some(f) = self.exports.iter().find(|(n, _)| n == name).and_then(|(_, e)| e.clone().into_func()) else {
            return Outcome::Failed(format!("no function export {name}"));
        };
        let args: Vec<Val> = args.iter().map(|a| self.val_of(a)).collect();
        let store = self.store.as_ref().expect("instantiated");
        let ty = f.ty(&*store.borrow());
        let mut results: Vec<Val> =
            ty.results().map(|t| Val::default_for_ty(&t).unwrap_or(Val::ExternRef(None))).collect();
        let result = f.call(&mut *store.borrow_mut(), &args, &mut results);
        match result {
            Ok(()) => Outcome::Returned(results.iter().map(|v| self.value_of(v)).collect()),
            Err(e) => self.outcome_of_error(e),
        }
    }

    fn set_global(&mut self, name: &str, value: Value) -> bool {
        let Some(g) = self.exports.iter().find(|(n, _)| n == name).and_then(|(_, e)| e.clone().into_global()) else {
            return false;
        };
        let v = self.val_of(&value);
        let store = self.store.as_ref().expect("instantiated");
        g.set(&mut *store.borrow_mut(), v).is_ok()
    }

    fn state(&self) -> Vec<(String, StateItem)> {
        let Some(store) = &self.store else { return Vec::new() };
        let mut out: Vec<(String, StateItem)> = self
            .exports
            .iter()
            .filter_map(|(name, e)| {
                let item = match e {
                    Extern::Memory(m) => StateItem::Memory(m.data(&*store.borrow()).to_vec()),
                    Extern::Global(g) => {
                        let v = g.get(&mut *store.borrow_mut());
                        StateItem::Global(self.value_of(&v))
                    }
                    Extern::Table(t) => {
                        let size = t.size(&*store.borrow());
                        StateItem::Table(
                            (0..size)
                                .map(|i| {
                                    let r = t.get(&mut *store.borrow_mut(), i).expect("in bounds");
                                    self.value_of(&Val::from(r))
                                })
                                .collect(),
                        )
                    }
                    _ => return None,
                };
                Some((name.clone(), item))
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}
