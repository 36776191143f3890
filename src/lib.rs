//! regwasm: a WebAssembly interpreter that lowers Wasm stack code to register bytecode.
//!
//! The pipeline: bytes → [`Module`] (decode + validate with wasmparser, and translate each
//! function body into register bytecode in the same pass, see `translate`) → [`Instance`] in a
//! [`Store`] (via a [`Linker`] that resolves imports) → [`Func::call`] runs the bytecode in one
//! dispatch loop (`exec`). The instruction set is in `isa`; Wasm numeric rules in `numeric`.
//!
//! Cargo features (all on by default; `default-features = false` builds the engine alone):
//! `wat` (text input, `Module::from_wat`), `wasi` (the `wasi` module: WASI preview1 host
//! functions over cap-std), `wast` (the `.wast` script runner, `wast`), and `cli` (the `regwasm`
//! binary). `profile-ops` (off by default) counts executed instructions per op.
//!
//! ```
//! use regwasm::{Engine, Linker, Module, Store, Val};
//! let engine = Engine::default();
//! let module = Module::from_wat(&engine, r#"(module (func (export "add") (param i32 i32) (result i32)
//!     local.get 0 local.get 1 i32.add))"#).unwrap();
//! let mut store = Store::new(&engine, ());
//! let instance = Linker::new(&engine).instantiate(&mut store, &module).unwrap();
//! let add = instance.get_func(&store, "add").unwrap();
//! let mut out = [Val::I32(0)];
//! add.call(&mut store, &[Val::I32(2), Val::I32(3)], &mut out).unwrap();
//! assert_eq!(out[0], Val::I32(5));
//! let add = instance.get_typed_func::<(i32, i32), i32>(&store, "add").unwrap();
//! assert_eq!(add.call(&mut store, (2, 3)).unwrap(), 5);
//! ```
#![warn(missing_docs)]
// The instruction table (`isa`) is expanded one row at a time.
#![recursion_limit = "1024"]

#[macro_use]
mod isa;
mod engine;
mod entry;
mod error;
mod exec;
mod fuel;
mod interrupt;
mod module;
mod numeric;
mod runtime;
mod simd;
mod translate;
mod value;
#[cfg(feature = "wasi")]
pub mod wasi;
#[cfg(feature = "wast")]
pub mod wast;

pub use engine::{Backend, Config, Engine, Features, Translation};
pub use error::{Error, Trap, TrapCode};
/// The op-pair profiler (feature `profile-ops`).
#[cfg(feature = "profile-ops")]
pub use exec::profile;
pub use interrupt::InterruptHandle;
pub use module::{ExportKind, ExternType, Import, ImportKind, Module};
pub use runtime::{
    AsContext, AsContextMut, Caller, Exn, Extern, ExternRef, Func, Global, HostError, Instance, InstancePre, IntoFunc,
    Linker, Memory, ResourceLimiter, Store, StoreContext, StoreContextMut, StoreLimits, StoreLimitsBuilder, Table, Tag,
    TypedFunc, WasmParams, WasmResults, WasmRet, WasmTy,
};
pub use value::{FuncType, GlobalType, HeapType, Limits, MemoryType, RefType, TableType, TypeId, Val, ValType};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
