//! The runtime: the store that owns every function, memory, table, global and instance, and
//! the handles (`Func`, `Memory`, ...) embedders use to reach them.

mod handle;
mod instance;
mod linear;
mod linker;
mod memory;
mod table;

pub(crate) use handle::StoreId;
pub use handle::{Func, Global, Instance, Memory, Table};
pub(crate) use instance::InstanceEntity;
pub use linker::Linker;
pub(crate) use memory::MemoryEntity;
pub(crate) use table::{TableBudget, TableEntity};

use crate::engine::{Engine, SigId};
use crate::error::{Error, Trap};
use crate::exec;
use crate::module::ModuleInner;
use crate::value::{FuncType, GlobalType, MemoryType, TableType, Val, ValType};
use std::cell::Cell;
use std::sync::Arc;

/// A host function: reads its parameters, writes its results, may trap.
pub type HostFunc = Arc<dyn Fn(&mut Caller<'_>, &[Val], &mut [Val]) -> Result<(), Trap> + Send + Sync>;

/// A function in the store.
pub(crate) enum FuncEntity {
    /// Defined by a module: `module.funcs[index]`, running in `instance`.
    Wasm { sig: SigId, instance: u32, module: Arc<ModuleInner>, index: u32 },
    /// Provided by the host.
    Host { sig: SigId, ty: FuncType, func: HostFunc },
}

impl FuncEntity {
    pub(crate) fn sig(&self) -> SigId {
        match self {
            FuncEntity::Wasm { sig, .. } | FuncEntity::Host { sig, .. } => *sig,
        }
    }
}

/// A global variable's current value (as a cell) and type.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GlobalEntity {
    pub value: u64,
    pub ty: GlobalType,
}

/// Owns all runtime objects. Handles index into it and are only valid with the store that made
/// them: each store has a process-wide unique id that its handles carry and every use checks.
///
/// Invariant the executor relies on (`exec::ops`, `CallIndirect`): every funcref cell anywhere
/// in the store (tables, globals, element segments, frames) is 0 or a function index of this
/// store + 1. Funcref values enter only through `Val`s checked by [`Store::val_to_cell`],
/// `ref.func`, and copies of cells that already hold, and `funcs` never shrinks.
pub struct Store {
    pub(crate) id: StoreId,
    pub(crate) engine: Engine,
    pub(crate) funcs: Vec<FuncEntity>,
    /// One entry per function (same index as `funcs`): how an indirect call enters it without
    /// the function → module → code lookups, once it has been entered (`exec::enter_wasm`).
    pub(crate) call_cache: Vec<Cell<exec::IndirectTarget>>,
    pub(crate) memories: Vec<MemoryEntity>,
    pub(crate) tables: Vec<TableEntity>,
    /// Table elements this store may still allocate (`Config::max_table_elements`).
    pub(crate) table_budget: TableBudget,
    pub(crate) globals: Vec<GlobalEntity>,
    pub(crate) instances: Vec<InstanceEntity>,
    /// Value stacks not in use, kept for the next call.
    pub(crate) spare_stacks: Vec<exec::Stack>,
    /// Fuel left (`Config::consume_fuel`, see `fuel`); charged by `Op::Fuel`.
    pub(crate) fuel: u64,
    /// The interrupt flag (`Config::interruptible`, see `interrupt`); read by `Op::CheckInterrupt`.
    pub(crate) interrupt: Arc<std::sync::atomic::AtomicBool>,
}

impl std::fmt::Debug for Store {
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

impl Store {
    /// An empty store.
    pub fn new(engine: &Engine) -> Store {
        Store {
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
        }
    }

    /// Adds a function; returns its store index.
    pub(crate) fn push_func(&mut self, func: FuncEntity) -> u32 {
        self.funcs.push(func);
        self.call_cache.push(Cell::new(exec::IndirectTarget::UNRESOLVED));
        self.funcs.len() as u32 - 1
    }

    /// Encodes a value entering the store from the host as a cell, checking that a function
    /// reference belongs to this store (see the invariant on [`Store`]). Externrefs are opaque
    /// payloads that nothing dereferences, so any payload is accepted.
    pub(crate) fn val_to_cell(&self, val: &Val) -> Result<u64, Error> {
        if let Val::FuncRef(Some(f)) = val {
            f.index_in(self)?;
        }
        Ok(val.to_cell())
    }

    /// Decodes a cell of this store as a value (function references get this store's id).
    pub(crate) fn cell_to_val(&self, ty: ValType, cell: u64) -> Val {
        Val::from_cell(ty, cell, self.id)
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
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

/// Any importable or exportable item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Extern {
    /// A function.
    Func(Func),
    /// A memory.
    Memory(Memory),
    /// A table.
    Table(Table),
    /// A global.
    Global(Global),
}

impl Extern {
    /// The function, if this is one.
    pub fn into_func(self) -> Option<Func> {
        if let Extern::Func(f) = self { Some(f) } else { None }
    }

    /// The memory, if this is one.
    pub fn into_memory(self) -> Option<Memory> {
        if let Extern::Memory(m) = self { Some(m) } else { None }
    }

    /// The global, if this is one.
    pub fn into_global(self) -> Option<Global> {
        if let Extern::Global(g) = self { Some(g) } else { None }
    }

    /// The table, if this is one.
    pub fn into_table(self) -> Option<Table> {
        if let Extern::Table(t) = self { Some(t) } else { None }
    }

    /// The item's index in `store`, or an error if another store made it.
    pub(crate) fn index_in(&self, store: &Store) -> Result<u32, Error> {
        Ok(match self {
            Extern::Func(f) => f.index_in(store)?,
            Extern::Memory(m) => m.index_in(store)?,
            Extern::Table(t) => t.index_in(store)?,
            Extern::Global(g) => g.index_in(store)?,
        } as u32)
    }
}

/// What a host function sees of its caller: the store and the calling instance.
pub struct Caller<'a> {
    pub(crate) store: &'a mut Store,
    pub(crate) instance: Option<Instance>,
}

impl<'a> Caller<'a> {
    /// The store.
    ///
    /// The store may be used freely (calls, new items, memory growth), but if the host function
    /// replaces it (`std::mem::swap`/`replace`), the call fails with a host error when the host
    /// function returns: the running wasm code belongs to the original store.
    pub fn store(&mut self) -> &mut Store {
        self.store
    }

    /// The calling instance, if it belongs to the current store.
    fn instance(&self) -> Option<Instance> {
        self.instance.filter(|i| i.owned_by(self.store))
    }

    /// An export of the calling instance.
    pub fn get_export(&self, name: &str) -> Option<Extern> {
        self.instance()?.get_export(self.store, name)
    }

    /// The calling instance's exported `memory`, or else its first memory.
    pub fn memory(&self) -> Option<Memory> {
        if let Some(Extern::Memory(m)) = self.get_export("memory") {
            return Some(m);
        }
        let inst = self.instance()?;
        self.store.instances[inst.index as usize].memories.first().map(|&m| Memory::at(self.store, m))
    }
}

impl Func {
    /// Defines a host function.
    pub fn new(
        store: &mut Store,
        ty: FuncType,
        func: impl Fn(&mut Caller<'_>, &[Val], &mut [Val]) -> Result<(), Trap> + Send + Sync + 'static,
    ) -> Func {
        let sig = store.engine.intern(&ty);
        let index = store.push_func(FuncEntity::Host { sig, ty, func: Arc::new(func) });
        Func::at(store, index)
    }

    /// The function's signature.
    ///
    /// # Panics
    /// If `store` did not make this function.
    pub fn ty(&self, store: &Store) -> FuncType {
        match &store.funcs[self.index_of(store)] {
            FuncEntity::Host { ty, .. } => ty.clone(),
            FuncEntity::Wasm { sig, .. } => store.engine.resolve(*sig),
        }
    }

    /// Calls the function. Parameter types and counts are checked; traps return `Error::Trap`.
    /// A function (or a funcref argument) of another store is an `Error::Usage`.
    pub fn call(&self, store: &mut Store, params: &[Val], results: &mut [Val]) -> Result<(), Error> {
        self.index_in(store)?;
        let ty = self.ty(store);
        if params.len() != ty.params.len() || params.iter().zip(ty.params.iter()).any(|(v, t)| v.ty() != *t) {
            return Err(Error::Usage(format!(
                "wrong arguments: function expects {}, got [{}]",
                ty,
                params.iter().map(|v| v.ty().to_string()).collect::<Vec<_>>().join(" ")
            )));
        }
        if results.len() != ty.results.len() {
            return Err(Error::Usage(format!(
                "wrong number of results: function returns {}, {} slots given",
                ty.results.len(),
                results.len()
            )));
        }
        let cells: smallvec::SmallVec<[u64; 8]> =
            params.iter().map(|v| store.val_to_cell(v)).collect::<Result<_, _>>()?;
        let mut out: smallvec::SmallVec<[u64; 8]> = smallvec::smallvec![0; ty.results.len()];
        exec::invoke(store, self.index, &cells, &mut out)?;
        for ((slot, cell), t) in results.iter_mut().zip(out.iter()).zip(ty.results.iter()) {
            *slot = store.cell_to_val(*t, *cell);
        }
        Ok(())
    }
}

impl Global {
    /// A new global outside any instance (for the host to export). A funcref value of another
    /// store is an `Error::Usage`.
    pub fn new(store: &mut Store, ty: GlobalType, val: Val) -> Result<Global, Error> {
        if val.ty() != ty.content {
            return Err(Error::Usage(format!("global of type {} initialised with {}", ty.content, val.ty())));
        }
        let value = store.val_to_cell(&val)?;
        store.globals.push(GlobalEntity { value, ty });
        Ok(Global::at(store, store.globals.len() as u32 - 1))
    }

    /// The current value.
    ///
    /// # Panics
    /// If `store` did not make this global.
    pub fn get(&self, store: &Store) -> Val {
        let g = &store.globals[self.index_of(store)];
        store.cell_to_val(g.ty.content, g.value)
    }

    /// Sets the value of a mutable global. A global or funcref value of another store is an
    /// `Error::Usage`.
    pub fn set(&self, store: &mut Store, val: Val) -> Result<(), Error> {
        let index = self.index_in(store)?;
        let cell = store.val_to_cell(&val)?;
        let g = &mut store.globals[index];
        if !g.ty.mutable || val.ty() != g.ty.content {
            return Err(Error::Usage("global is immutable or of another type".into()));
        }
        g.value = cell;
        Ok(())
    }

    /// The global's type.
    ///
    /// # Panics
    /// If `store` did not make this global.
    pub fn ty(&self, store: &Store) -> GlobalType {
        store.globals[self.index_of(store)].ty
    }
}

impl Memory {
    /// A new memory outside any instance.
    pub fn new(store: &mut Store, ty: MemoryType) -> Result<Memory, Error> {
        let limit = store.engine.config().max_memory_bytes;
        let mem =
            MemoryEntity::new(ty, limit).map_err(|e| Error::Usage(format!("memory of {} pages {e}", ty.limits.min)))?;
        store.memories.push(mem);
        Ok(Memory::at(store, store.memories.len() as u32 - 1))
    }

    /// The memory's bytes.
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn data<'a>(&self, store: &'a Store) -> &'a [u8] {
        store.memories[self.index_of(store)].data.as_slice()
    }

    /// The memory's bytes, writable.
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn data_mut<'a>(&self, store: &'a mut Store) -> &'a mut [u8] {
        let index = self.index_of(store);
        store.memories[index].data.as_mut_slice()
    }

    /// Current size in pages.
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn size(&self, store: &Store) -> u64 {
        store.memories[self.index_of(store)].pages()
    }

    /// Grows by `delta` pages; returns the old size, or `None` if the limit forbids it.
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn grow(&self, store: &mut Store, delta: u64) -> Option<u64> {
        let index = self.index_of(store);
        store.memories[index].grow(delta)
    }

    /// The memory's type (with its current size as minimum).
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn ty(&self, store: &Store) -> MemoryType {
        store.memories[self.index_of(store)].current_type()
    }
}

impl Table {
    /// A new table outside any instance, filled with `init`. A funcref of another store is an
    /// `Error::Usage`.
    pub fn new(store: &mut Store, ty: TableType, init: Val) -> Result<Table, Error> {
        if init.ty() != ty.element || !matches!(ty.element, ValType::FuncRef | ValType::ExternRef) {
            return Err(Error::Usage("table element type mismatch".into()));
        }
        let cell = store.val_to_cell(&init)?;
        let table = TableEntity::new(ty, cell, &mut store.table_budget).map_err(|e| Error::Usage(e.to_string()))?;
        store.tables.push(table);
        Ok(Table::at(store, store.tables.len() as u32 - 1))
    }

    /// Current size.
    ///
    /// # Panics
    /// If `store` did not make this table.
    pub fn size(&self, store: &Store) -> u64 {
        store.tables[self.index_of(store)].elems.len() as u64
    }

    /// The element at `index` (`None` beyond the end).
    ///
    /// # Panics
    /// If `store` did not make this table.
    pub fn get(&self, store: &Store, index: u64) -> Option<Val> {
        let t = &store.tables[self.index_of(store)];
        let cell = *t.elems.get(usize::try_from(index).ok()?)?;
        Some(store.cell_to_val(t.ty.element, cell))
    }

    /// Sets the element at `index`. An index beyond the end, a value of another type, or a
    /// table or funcref of another store is an `Error::Usage`.
    pub fn set(&self, store: &mut Store, index: u64, val: Val) -> Result<(), Error> {
        let t = self.index_in(store)?;
        let cell = store.val_to_cell(&val)?;
        let table = &mut store.tables[t];
        if val.ty() != table.ty.element {
            return Err(Error::Usage(format!("{} table set to {}", table.ty.element, val.ty())));
        }
        let size = table.elems.len();
        let slot = usize::try_from(index).ok().and_then(|i| table.elems.get_mut(i));
        *slot.ok_or_else(|| Error::Usage(format!("table index {index} out of bounds (size {size})")))? = cell;
        Ok(())
    }

    /// Grows by `delta` elements of `init`; returns the old size. A limit that forbids it, a
    /// value of another type, or a table or funcref of another store is an `Error::Usage`.
    pub fn grow(&self, store: &mut Store, delta: u64, init: Val) -> Result<u64, Error> {
        let t = self.index_in(store)?;
        let cell = store.val_to_cell(&init)?;
        let table = &mut store.tables[t];
        if init.ty() != table.ty.element {
            return Err(Error::Usage(format!("{} table grown with {}", table.ty.element, init.ty())));
        }
        table
            .grow(delta, cell, &mut store.table_budget)
            .ok_or_else(|| Error::Usage(format!("table cannot grow by {delta}")))
    }

    /// The table's type (with its current size as minimum).
    ///
    /// # Panics
    /// If `store` did not make this table.
    pub fn ty(&self, store: &Store) -> TableType {
        store.tables[self.index_of(store)].current_type()
    }
}
