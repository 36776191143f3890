//! The engine: configuration shared by modules and stores, and the registry that gives every
//! distinct function signature one id, so `call_indirect` checks a signature with one compare.

use crate::value::FuncType;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Which dispatch backend runs the bytecode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Backend {
    /// The threaded backend where this build supports it (optimized builds on any target),
    /// else the loop backend.
    #[default]
    Auto,
    /// Tail-calling handlers; falls back to `Loop` in builds without optimization.
    Threaded,
    /// The portable `loop { match }` backend.
    Loop,
}

/// When function bodies are translated to bytecode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Translation {
    /// Validate every body at load, translate each on its first call (fast startup).
    #[default]
    Lazy,
    /// Validate and translate every body at load, in one pass.
    Eager,
}

/// Execution limits and translation options.
#[derive(Debug, Clone)]
pub struct Config {
    /// Maximum number of nested wasm activations of one call from the host, the outermost
    /// function counted: with `N`, a chain of `N` nested wasm calls runs and the call that
    /// would make it `N + 1` traps with "call stack exhausted" (`0` traps on entry).
    pub max_call_depth: u32,
    /// Maximum size of the value stack in 64-bit cells (frames of all active calls).
    pub max_stack_cells: usize,
    /// Maximum number of nested re-entries: calls from the host into wasm (`Func::call`) made
    /// while a wasm call is already running on the same thread (any store) (a host function calling back
    /// into wasm, guest -> host -> guest ...). Each such entry recurses on the native stack,
    /// which `max_call_depth` does not bound; the entry that would exceed this limit traps
    /// with "call stack exhausted" (`TrapCode::StackOverflow`) instead of overflowing the
    /// thread's stack. `0` forbids re-entry.
    ///
    /// Native stack per re-entry level, measured with a host function that does nothing but
    /// `Func::call` (x86-64, Rust 1.95, either backend): 2.8 KiB in release builds, 3.0 KiB at
    /// opt-level 1 (this crate's test profile), but 128 KiB at opt-level 0 (a plain debug
    /// build, e.g. of a program that depends on this crate without optimizing it). The default,
    /// 256, takes about 0.75 MiB in optimized builds, well inside the 2 MiB stack of a spawned
    /// thread (and of a test thread); unoptimized builds reach `max_reentry_stack_bytes` first.
    pub max_reentry_depth: u32,
    /// Maximum native stack, in bytes, that nested re-entries (see `max_reentry_depth`) may use,
    /// measured from where the outermost wasm call from the host began: the entry that finds
    /// more in use traps with "call stack exhausted". The entry itself then needs one more
    /// level, and the host's own frames come on top, so keep it well below the thread's stack
    /// size: the default, 1 MiB, suits 2 MiB threads in any build (about 330 levels in
    /// optimized builds, 7 at opt-level 0).
    pub max_reentry_stack_bytes: usize,
    /// Upper bound on memory size in bytes for any memory (`None`: only the module's limit and 4 GiB).
    pub max_memory_bytes: Option<u64>,
    /// Upper bound on the number of table elements (8 bytes each) one store may hold, over
    /// all its tables: a table that does not fit fails instantiation (`Table::new`), a
    /// `table.grow` beyond it returns -1. Linear memory is bounded separately
    /// (`max_memory_bytes`). The default, 32 Mi elements (256 MiB), keeps any module's tables
    /// far below a gigabyte.
    pub max_table_elements: u64,
    /// Upper bound on the number of exception objects one store holds at once (thrown and
    /// not yet reclaimed, see `Exn`): a throw that finds this many alive even after a
    /// collection traps with "too many live exceptions", as does `Exn::new` (an error).
    /// The default, 1 Mi, allows about 100 MiB of small exceptions.
    pub max_live_exceptions: usize,
    /// The dispatch backend.
    pub backend: Backend,
    /// When bodies are translated.
    pub translation: Translation,
    /// Meter execution with fuel (`Store::set_fuel`/`get_fuel`; see `runtime::fuel` for the cost
    /// model). Off by default: code translated without it has no fuel instructions at all.
    pub consume_fuel: bool,
    /// Let another thread stop running code (`Store::interrupt_handle`), checked at function
    /// entry and loop headers. Off by default: code translated without it has no checks.
    pub interruptible: bool,
    /// Which Wasm 3.0 features modules may use (default: all that are implemented).
    pub features: Features,
}

/// The Wasm 3.0 features a module may use, each on by default; Wasm 2.0 (SIMD included) is
/// always on. Switching one off makes modules that use it invalid, as they were before it was
/// standardised: e.g. without `multi_memory` a second memory is "multiple memories", and
/// without `memory64` a 64-bit memory is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Features {
    /// Relaxed SIMD.
    pub relaxed_simd: bool,
    /// `return_call`, `return_call_indirect` (and `return_call_ref` with function references).
    pub tail_call: bool,
    /// Arithmetic and `global.get` in constant expressions.
    pub extended_const: bool,
    /// Typed function references: `(ref null? $t)`, `call_ref`, `br_on_null`, ...
    pub function_references: bool,
    /// Several memories per module.
    pub multi_memory: bool,
    /// 64-bit memories.
    pub memory64: bool,
    /// Exception handling (`tag`, `throw`, `throw_ref`, `try_table`, `exnref`), and its legacy
    /// encoding (`try`, `catch`, `catch_all`, `rethrow`, `delegate`) that many deployed binaries
    /// use.
    pub exceptions: bool,
}

impl Default for Features {
    fn default() -> Self {
        Features::all()
    }
}

impl Features {
    /// Every implemented Wasm 3.0 feature (the default).
    pub const fn all() -> Features {
        Features {
            relaxed_simd: true,
            tail_call: true,
            extended_const: true,
            function_references: true,
            multi_memory: true,
            memory64: true,
            exceptions: true,
        }
    }

    /// Wasm 2.0 only: no Wasm 3.0 feature.
    pub const fn wasm2() -> Features {
        Features {
            relaxed_simd: false,
            tail_call: false,
            extended_const: false,
            function_references: false,
            multi_memory: false,
            memory64: false,
            exceptions: false,
        }
    }

    /// The validator's feature set for these features.
    pub(crate) fn wasmparser(self) -> wasmparser::WasmFeatures {
        use wasmparser::WasmFeatures as W;
        let mut f = W::WASM2;
        for (on, feature) in [
            (self.relaxed_simd, W::RELAXED_SIMD),
            (self.tail_call, W::TAIL_CALL),
            (self.extended_const, W::EXTENDED_CONST),
            (self.function_references, W::FUNCTION_REFERENCES),
            (self.multi_memory, W::MULTI_MEMORY),
            (self.memory64, W::MEMORY64),
            (self.exceptions, W::EXCEPTIONS),
            (self.exceptions, W::LEGACY_EXCEPTIONS),
        ] {
            f.set(feature, on);
        }
        f
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_call_depth: 100_000,
            max_stack_cells: 4 << 20,
            max_reentry_depth: 256,
            max_reentry_stack_bytes: 1 << 20,
            max_memory_bytes: None,
            max_table_elements: 32 << 20,
            max_live_exceptions: 1 << 20,
            backend: Backend::Auto,
            translation: Translation::Lazy,
            consume_fuel: false,
            interruptible: false,
            features: Features::all(),
        }
    }
}

/// A signature id, equal for structurally equal signatures within one engine.
pub(crate) type SigId = u32;

#[derive(Debug, Default)]
struct TypeRegistry {
    ids: hashbrown::HashMap<FuncType, SigId>,
    types: Vec<FuncType>,
}

#[derive(Debug)]
struct EngineInner {
    config: Config,
    types: Mutex<TypeRegistry>,
    /// Nanoseconds spent translating function bodies (`Engine::translation_time`).
    translation_nanos: AtomicU64,
}

/// Shared configuration and signature registry. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Engine {
    inner: Arc<EngineInner>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new(Config::default())
    }
}

impl Engine {
    /// An engine with the given configuration.
    pub fn new(config: Config) -> Self {
        Engine {
            inner: Arc::new(EngineInner {
                config,
                types: Mutex::new(TypeRegistry::default()),
                translation_nanos: AtomicU64::new(0),
            }),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The id of a signature, registering it on first sight.
    pub(crate) fn intern(&self, ty: &FuncType) -> SigId {
        let mut reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&id) = reg.ids.get(ty) {
            return id;
        }
        let id = reg.types.len() as SigId;
        reg.types.push(ty.clone());
        reg.ids.insert(ty.clone(), id);
        id
    }

    /// The function type with engine-wide id `id` (a [`HeapType::Concrete`] of a module of
    /// this engine); `None` for an id this engine never gave out.
    ///
    /// [`HeapType::Concrete`]: crate::HeapType::Concrete
    pub fn func_type(&self, id: crate::value::TypeId) -> Option<FuncType> {
        let reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        reg.types.get(id.0 as usize).cloned()
    }

    /// The signature registered under `id`.
    pub(crate) fn resolve(&self, id: SigId) -> FuncType {
        let reg = self.inner.types.lock().unwrap_or_else(|e| e.into_inner());
        reg.types[id as usize].clone()
    }

    /// Total time spent translating function bodies to bytecode for this engine's modules, so
    /// far: on each function's first call with `Translation::Lazy` (bodies were validated at
    /// load, not counted here), at load with `Translation::Eager` (which validates each body in
    /// the same pass: counted here). Measured around every translation (two clock reads per
    /// function, far below the translation's own cost).
    pub fn translation_time(&self) -> Duration {
        Duration::from_nanos(self.inner.translation_nanos.load(Ordering::Relaxed))
    }

    /// Runs `translate` (one function's translation), adding its time to `translation_time`.
    pub(crate) fn timed_translation<T>(&self, translate: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = translate();
        let nanos = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.inner.translation_nanos.fetch_add(nanos, Ordering::Relaxed);
        out
    }

    /// Whether two handles refer to the same engine.
    pub fn same(&self, other: &Engine) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}
