//! The store: [`Store<T>`] pairs the embedder's data `T` with the non-generic [`StoreInner`]
//! that owns every runtime object and that the executor works on, and the context types and
//! traits ([`StoreContext`], [`StoreContextMut`], [`AsContext`], [`AsContextMut`]) through
//! which API functions accept a `&Store<T>`, a `&mut Store<T>` or a `Caller<'_, T>` alike.
//!
//! Only the store's data is typed: the executor, instantiation and every handle operation work
//! on `StoreInner`, and reach `T` (as `&mut dyn Any`) only to hand it to a host function,
//! whose wrapper downcasts it back (`runtime::func`). So nothing on the hot paths is generic
//! or monomorphized per `T`.

use super::handle::StoreId;
use super::limits::ResourceLimiter;
use super::memory::{MemoryError, PAGE_SIZE};
use super::table::TableError;
use super::{FuncEntity, GlobalEntity, InstanceEntity, MemoryEntity, TableBudget, TableEntity};
use crate::engine::Engine;
use crate::error::Error;

use crate::value::{MemoryType, TableType, Val, ValType};
use std::any::Any;
use std::cell::Cell;
use std::sync::Arc;

/// Everything a store owns except the embedder's data. Handles index into it and are only valid
/// with the store that made them: each store has a process-wide unique id that its handles carry
/// and every use checks.
///
/// Invariant the executor relies on (`exec::ops`, `CallIndirect`): every funcref cell anywhere
/// in the store (tables, globals, element segments, frames) is 0 or a function index of this
/// store + 1. Funcref values enter only through `Val`s checked by [`StoreInner::val_to_cell`]
/// (or typed values checked the same way), `ref.func`, and copies of cells that already hold,
/// and `funcs` never shrinks.
pub struct StoreInner {
    pub(crate) id: StoreId,
    pub(crate) engine: Engine,
    pub(crate) funcs: Vec<FuncEntity>,
    /// One entry per function (same index as `funcs`): how an indirect call enters it without
    /// the function → module → code lookups, once it has been entered (`exec::enter_wasm`).
    pub(crate) call_cache: Vec<Cell<super::IndirectTarget>>,
    pub(crate) memories: Vec<MemoryEntity>,
    pub(crate) tables: Vec<TableEntity>,
    /// Table elements this store may still allocate (`Config::max_table_elements`).
    pub(crate) table_budget: TableBudget,
    pub(crate) globals: Vec<GlobalEntity>,
    pub(crate) instances: Vec<InstanceEntity>,
    /// Value stacks not in use, kept for the next call.
    pub(crate) spare_stacks: Vec<super::Stack>,
    /// Fuel left (`Config::consume_fuel`, see `fuel`); charged by `Op::Fuel`.
    pub(crate) fuel: u64,
    /// The interrupt flag (`Config::interruptible`, see `interrupt`); read by `Op::CheckInterrupt`.
    pub(crate) interrupt: Arc<std::sync::atomic::AtomicBool>,
    /// The embedder's resource limiter (`Store::limiter`), asked before memories and tables
    /// grow or are created and before instances are made.
    pub(crate) limiter: Option<Box<dyn ResourceLimiter + Send + Sync>>,
    /// Host objects behind externrefs (`ExternRef`), by index.
    pub(crate) externs: Vec<Box<dyn std::any::Any + Send + Sync>>,
    /// Tags (see `runtime::exn`).
    pub(crate) tags: Vec<super::exn::TagEntity>,
    /// The exception table (see `runtime::exn`): an exnref cell names a slot and its generation.
    pub(crate) exns: Vec<super::exn::ExnEntity>,
    /// Free slots of the exception table, for reuse.
    pub(crate) free_exns: Vec<u32>,
    /// The exception collector's state (`runtime::exn_gc`).
    pub(crate) exn_gc: super::exn_gc::ExnGc,
}

impl std::fmt::Debug for StoreInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("funcs", &self.funcs.len())
            .field("memories", &self.memories.len())
            .field("tables", &self.tables.len())
            .field("globals", &self.globals.len())
            .field("instances", &self.instances.len())
            .finish()
    }
}

impl StoreInner {
    fn new(engine: &Engine) -> StoreInner {
        StoreInner {
            id: StoreId::fresh(),
            engine: engine.clone(),
            funcs: Vec::new(),
            call_cache: Vec::new(),
            memories: Vec::new(),
            tables: Vec::new(),
            table_budget: TableBudget(engine.config().max_table_elements),
            globals: Vec::new(),
            instances: Vec::new(),
            spare_stacks: Vec::new(),
            fuel: 0,
            interrupt: Arc::default(),
            limiter: None,
            externs: Vec::new(),
            tags: Vec::new(),
            exns: Vec::new(),
            free_exns: Vec::new(),
            exn_gc: super::exn_gc::ExnGc::new(engine.config().max_live_exceptions),
        }
    }

    /// Adds a function; returns its store index.
    pub(crate) fn push_func(&mut self, func: FuncEntity) -> u32 {
        self.funcs.push(func);
        self.call_cache.push(Cell::new(super::IndirectTarget::UNRESOLVED));
        self.funcs.len() as u32 - 1
    }

    /// Encodes a value entering the store from the host as a cell, checking that a function
    /// or extern reference belongs to this store (see the invariant on [`StoreInner`]).
    pub(crate) fn val_to_cell(&self, val: &Val) -> Result<u64, Error> {
        Ok(self.val_to_cells(val)?[0])
    }

    /// [`Self::val_to_cell`] for a value of any width: its low and high cells (the high one is
    /// 0 except for a v128).
    pub(crate) fn val_to_cells(&self, val: &Val) -> Result<[u64; 2], Error> {
        match val {
            Val::FuncRef(Some(f)) => _ = f.index_in(self)?,
            Val::ExternRef(Some(r)) => _ = r.index_in(self)?,
            Val::ExnRef(Some(e)) => _ = e.index_in(self)?,
            _ => {}
        }
        Ok(val.to_cells())
    }

    /// Whether `val` is a value of type `ty` in this store: numbers by type, null by the
    /// type's nullability, a function by its signature against a concrete heap type. A
    /// reference of another store matches here; `val_to_cell` refuses it.
    pub(crate) fn val_matches(&self, val: &Val, ty: ValType) -> bool {
        use crate::value::HeapType;
        let ValType::Ref(r) = ty else { return val.ty() == ty };
        match val {
            Val::FuncRef(None) => r.nullable && r.heap.is_func(),
            Val::ExternRef(None) => r.nullable && !r.heap.is_func() && !r.heap.is_exn(),
            Val::ExnRef(None) => r.nullable && r.heap.is_exn(),
            Val::ExnRef(Some(_)) => r.heap == HeapType::Exn,
            Val::FuncRef(Some(f)) => match r.heap {
                HeapType::Func => true,
                HeapType::Concrete(id) => f.index_in(self).map_or(true, |i| self.funcs[i].sig() == id.0),
                _ => false,
            },
            Val::ExternRef(Some(_)) => r.heap == HeapType::Extern,
            _ => false,
        }
    }

    /// Decodes a cell of this store as a value for the host (function references get this
    /// store's id; an exception is rooted, `runtime::exn`).
    pub(crate) fn cell_to_val(&self, ty: ValType, cell: u64) -> Val {
        self.root_cell(ty, cell);
        Val::from_cell(ty, cell, self.id)
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Creates a memory of `ty` within the engine's and the store's limits; its store index.
    pub(crate) fn new_memory(&mut self, ty: MemoryType) -> Result<u32, MemoryError> {
        if let Some(limiter) = &mut self.limiter {
            let max = ty.limits.max.map(|p| p.saturating_mul(PAGE_SIZE));
            if self.memories.len() >= limiter.memories()
                || !limiter.memory_growing(0, ty.limits.min.saturating_mul(PAGE_SIZE), max)
            {
                return Err(MemoryError::Limiter);
            }
        }
        let mem = MemoryEntity::new(ty, self.engine.config().max_memory_bytes)?;
        self.memories.push(mem);
        Ok(self.memories.len() as u32 - 1)
    }

    /// Grows memory `m` (a store index) by `delta` pages within its limits and the store's
    /// limiter: the old size in pages, or `None` (unchanged).
    pub(crate) fn grow_memory(&mut self, m: u32, delta: u64) -> Option<u64> {
        let mem = &mut self.memories[m as usize];
        if let Some(limiter) = &mut self.limiter {
            let old = mem.pages();
            let new = old.checked_add(delta)?;
            let max = mem.declared_max.map(|p| p.saturating_mul(PAGE_SIZE));
            if !limiter.memory_growing(old * PAGE_SIZE, new.saturating_mul(PAGE_SIZE), max) {
                return None;
            }
        }
        mem.grow(delta)
    }

    /// Creates a table of `ty` filled with `init` within the engine's and the store's limits;
    /// its store index.
    pub(crate) fn new_table(&mut self, ty: TableType, init: u64) -> Result<u32, TableError> {
        if let Some(limiter) = &mut self.limiter
            && (self.tables.len() >= limiter.tables() || !limiter.table_growing(0, ty.limits.min, ty.limits.max))
        {
            return Err(TableError::Limiter);
        }
        let table = TableEntity::new(ty, init, &mut self.table_budget)?;
        self.tables.push(table);
        Ok(self.tables.len() as u32 - 1)
    }

    /// Grows table `t` (a store index) by `delta` elements of `init` within its limits, the
    /// engine's budget and the store's limiter: the old size, or `None` (unchanged).
    pub(crate) fn grow_table(&mut self, t: u32, delta: u64, init: u64) -> Option<u64> {
        let table = &mut self.tables[t as usize];
        if let Some(limiter) = &mut self.limiter {
            let old = table.elems.len() as u64;
            if !limiter.table_growing(old, old.checked_add(delta)?, table.ty.limits.max) {
                return None;
            }
        }
        table.grow(delta, init, &mut self.table_budget)
    }

    /// Whether the store's limiter allows one more instance.
    pub(crate) fn may_add_instance(&self) -> bool {
        self.limiter.as_ref().is_none_or(|l| self.instances.len() < l.instances())
    }

    /// The name of a function for backtraces: its name-section name, or `func[N]`.
    pub(crate) fn func_name(&self, func: u32) -> String {
        match self.funcs.get(func as usize) {
            Some(FuncEntity::Wasm { module, index, .. }) => {
                let module_index = index + module.num_imported_funcs;
                match module.func_names.get(&module_index) {
                    Some(name) => name.clone(),
                    None => format!("func[{module_index}]"),
                }
            }
            Some(FuncEntity::Host { .. }) => "<host>".to_string(),
            None => "?".to_string(),
        }
    }
}

/// Owns all runtime objects (functions, memories, tables, globals, instances) and the
/// embedder's data `T`, which host functions reach through [`Caller::data`](super::Caller::data).
///
/// A store is one unit of isolation: wasm code in it can reach only its objects, and its
/// handles are valid only with it. Make one per plugin, request or thread; the [`Engine`],
/// modules and [`Linker`](super::Linker)s are shared.
pub struct Store<T> {
    pub(crate) inner: StoreInner,
    data: T,
}

impl<T> std::fmt::Debug for Store<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl<T> Store<T> {
    /// An empty store of `engine` holding `data`.
    pub fn new(engine: &Engine, data: T) -> Store<T> {
        Store { inner: StoreInner::new(engine), data }
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// The embedder's data.
    pub fn data(&self) -> &T {
        &self.data
    }

    /// The embedder's data, writable.
    pub fn data_mut(&mut self) -> &mut T {
        &mut self.data
    }

    /// Consumes the store, returning its data.
    pub fn into_data(self) -> T {
        self.data
    }

    /// Installs a resource limiter for this store (replacing any earlier one): it is asked
    /// before any memory or table of this store is created or grows, and before an instance is
    /// made. The engine's `Config` limits still apply on top.
    pub fn limiter(&mut self, limiter: impl ResourceLimiter + Send + Sync + 'static) {
        self.inner.limiter = Some(Box::new(limiter));
    }
}

/// A shared view of a store: its objects and its data. Made from `&Store<T>`, `&Caller<'_, T>`
/// or any [`AsContext`].
pub struct StoreContext<'a, T> {
    pub(crate) inner: &'a StoreInner,
    pub(crate) data: &'a T,
}

/// An exclusive view of a store: its objects and its data. Made from `&mut Store<T>`,
/// `&mut Caller<'_, T>` or any [`AsContextMut`].
pub struct StoreContextMut<'a, T> {
    pub(crate) inner: &'a mut StoreInner,
    pub(crate) data: &'a mut T,
}

impl<'a, T> StoreContext<'a, T> {
    /// The embedder's data.
    pub fn data(&self) -> &'a T {
        self.data
    }

    /// The engine.
    pub fn engine(&self) -> &'a Engine {
        &self.inner.engine
    }
}

impl<'a, T: 'static> StoreContextMut<'a, T> {
    /// The embedder's data.
    pub fn data(&self) -> &T {
        self.data
    }

    /// The embedder's data, writable.
    pub fn data_mut(&mut self) -> &mut T {
        self.data
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// The object part and the data as `Any`, for the non-generic internals.
    pub(crate) fn parts(&mut self) -> (&mut StoreInner, &mut dyn Any) {
        (&mut *self.inner, &mut *self.data as &mut dyn Any)
    }
}

/// Anything that gives shared access to a store: `Store<T>`, `Caller<'_, T>`, the context
/// types and references to them. API functions that read a store take `impl AsContext`.
pub trait AsContext {
    /// The store's data type.
    type Data: 'static;
    /// A shared view of the store.
    fn as_context(&self) -> StoreContext<'_, Self::Data>;
}

/// Anything that gives exclusive access to a store. API functions that change a store or run
/// code in it take `impl AsContextMut`.
pub trait AsContextMut: AsContext {
    /// An exclusive view of the store.
    fn as_context_mut(&mut self) -> StoreContextMut<'_, Self::Data>;
}

impl<T: 'static> AsContext for Store<T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext { inner: &self.inner, data: &self.data }
    }
}

impl<T: 'static> AsContextMut for Store<T> {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, T> {
        StoreContextMut { inner: &mut self.inner, data: &mut self.data }
    }
}

impl<T: 'static> AsContext for StoreContext<'_, T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext { inner: self.inner, data: self.data }
    }
}

impl<T: 'static> AsContext for StoreContextMut<'_, T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext { inner: self.inner, data: self.data }
    }
}

impl<T: 'static> AsContextMut for StoreContextMut<'_, T> {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, T> {
        StoreContextMut { inner: self.inner, data: self.data }
    }
}

impl<S: AsContext + ?Sized> AsContext for &S {
    type Data = S::Data;
    fn as_context(&self) -> StoreContext<'_, S::Data> {
        S::as_context(*self)
    }
}

impl<S: AsContext + ?Sized> AsContext for &mut S {
    type Data = S::Data;
    fn as_context(&self) -> StoreContext<'_, S::Data> {
        S::as_context(*self)
    }
}

impl<S: AsContextMut + ?Sized> AsContextMut for &mut S {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, S::Data> {
        S::as_context_mut(*self)
    }
}

impl<'a, T: 'static> From<&'a Store<T>> for StoreContext<'a, T> {
    fn from(store: &'a Store<T>) -> Self {
        StoreContext { inner: &store.inner, data: &store.data }
    }
}

impl<'a, T: 'static> From<&'a mut Store<T>> for StoreContext<'a, T> {
    fn from(store: &'a mut Store<T>) -> Self {
        StoreContext { inner: &store.inner, data: &store.data }
    }
}

impl<'a, T: 'static> From<&'a mut Store<T>> for StoreContextMut<'a, T> {
    fn from(store: &'a mut Store<T>) -> Self {
        StoreContextMut { inner: &mut store.inner, data: &mut store.data }
    }
}

impl<'a, T: 'static> From<StoreContextMut<'a, T>> for StoreContext<'a, T> {
    fn from(cx: StoreContextMut<'a, T>) -> Self {
        StoreContext { inner: cx.inner, data: cx.data }
    }
}

impl<'a, 'b, T: 'static> From<&'a StoreContextMut<'b, T>> for StoreContext<'a, T> {
    fn from(cx: &'a StoreContextMut<'b, T>) -> Self {
        StoreContext { inner: cx.inner, data: cx.data }
    }
}

impl<'a, 'b, T: 'static> From<&'a mut StoreContextMut<'b, T>> for StoreContextMut<'a, T> {
    fn from(cx: &'a mut StoreContextMut<'b, T>) -> Self {
        StoreContextMut { inner: cx.inner, data: cx.data }
    }
}
