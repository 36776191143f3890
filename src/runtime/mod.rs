//! The runtime: the store that owns every function, memory, table, global and instance, and
//! the handles (`Func`, `Memory`, ...) embedders use to reach them.

mod instance;
mod linker;
mod memory;
mod table;

pub use instance::Instance;
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

/// Owns all runtime objects. Handles index into it and are only valid with the store that made them.
pub struct Store {
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
            engine: engine.clone(),
            funcs: Vec::new(),
            call_cache: Vec::new(),
            memories: Vec::new(),
            tables: Vec::new(),
            table_budget: TableBudget(engine.config().max_table_elements),
            globals: Vec::new(),
            instances: Vec::new(),
            spare_stacks: Vec::new(),
        }
    }

    /// Adds a function; returns its store index.
    pub(crate) fn push_func(&mut self, func: FuncEntity) -> u32 {
        self.funcs.push(func);
        self.call_cache.push(Cell::new(exec::IndirectTarget::UNRESOLVED));
        self.funcs.len() as u32 - 1
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

/// A function handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Func(pub(crate) u32);

/// A memory handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Memory(pub(crate) u32);

/// A table handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Table(pub(crate) u32);

/// A global handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Global(pub(crate) u32);

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
}

/// What a host function sees of its caller: the store and the calling instance.
pub struct Caller<'a> {
    pub(crate) store: &'a mut Store,
    pub(crate) instance: Option<Instance>,
}

impl<'a> Caller<'a> {
    /// The store.
    pub fn store(&mut self) -> &mut Store {
        self.store
    }

    /// An export of the calling instance.
    pub fn get_export(&self, name: &str) -> Option<Extern> {
        self.instance?.get_export(self.store, name)
    }

    /// The calling instance's exported `memory`, or else its first memory.
    pub fn memory(&self) -> Option<Memory> {
        if let Some(Extern::Memory(m)) = self.get_export("memory") {
            return Some(m);
        }
        let inst = self.instance?;
        self.store.instances[inst.0 as usize].memories.first().map(|&m| Memory(m))
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
        Func(store.push_func(FuncEntity::Host { sig, ty, func: Arc::new(func) }))
    }

    /// The function's signature.
    pub fn ty(&self, store: &Store) -> FuncType {
        match &store.funcs[self.0 as usize] {
            FuncEntity::Host { ty, .. } => ty.clone(),
            FuncEntity::Wasm { sig, .. } => store.engine.resolve(*sig),
        }
    }

    /// Calls the function. Parameter types and counts are checked; traps return `Error::Trap`.
    pub fn call(&self, store: &mut Store, params: &[Val], results: &mut [Val]) -> Result<(), Error> {
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
        let cells: smallvec::SmallVec<[u64; 8]> = params.iter().map(|v| v.to_cell()).collect();
        let mut out: smallvec::SmallVec<[u64; 8]> = smallvec::smallvec![0; ty.results.len()];
        exec::invoke(store, self.0, &cells, &mut out)?;
        for ((slot, cell), t) in results.iter_mut().zip(out.iter()).zip(ty.results.iter()) {
            *slot = Val::from_cell(*t, *cell);
        }
        Ok(())
    }
}

impl Global {
    /// A new global outside any instance (for the host to export).
    pub fn new(store: &mut Store, ty: GlobalType, val: Val) -> Result<Global, Error> {
        if val.ty() != ty.content {
            return Err(Error::Usage(format!("global of type {} initialised with {}", ty.content, val.ty())));
        }
        store.globals.push(GlobalEntity { value: val.to_cell(), ty });
        Ok(Global(store.globals.len() as u32 - 1))
    }

    /// The current value.
    pub fn get(&self, store: &Store) -> Val {
        let g = &store.globals[self.0 as usize];
        Val::from_cell(g.ty.content, g.value)
    }

    /// Sets the value of a mutable global.
    pub fn set(&self, store: &mut Store, val: Val) -> Result<(), Error> {
        let g = &mut store.globals[self.0 as usize];
        if !g.ty.mutable || val.ty() != g.ty.content {
            return Err(Error::Usage("global is immutable or of another type".into()));
        }
        g.value = val.to_cell();
        Ok(())
    }

    /// The global's type.
    pub fn ty(&self, store: &Store) -> GlobalType {
        store.globals[self.0 as usize].ty
    }
}

impl Memory {
    /// A new memory outside any instance.
    pub fn new(store: &mut Store, ty: MemoryType) -> Result<Memory, Error> {
        let limit = store.engine.config().max_memory_bytes;
        let mem = MemoryEntity::new(ty, limit).ok_or_else(|| Error::Usage("memory too large".into()))?;
        store.memories.push(mem);
        Ok(Memory(store.memories.len() as u32 - 1))
    }

    /// The memory's bytes.
    pub fn data<'a>(&self, store: &'a Store) -> &'a [u8] {
        &store.memories[self.0 as usize].data
    }

    /// The memory's bytes, writable.
    pub fn data_mut<'a>(&self, store: &'a mut Store) -> &'a mut [u8] {
        &mut store.memories[self.0 as usize].data
    }

    /// Current size in pages.
    pub fn size(&self, store: &Store) -> u64 {
        store.memories[self.0 as usize].pages()
    }

    /// Grows by `delta` pages; returns the old size, or `None` if the limit forbids it.
    pub fn grow(&self, store: &mut Store, delta: u64) -> Option<u64> {
        store.memories[self.0 as usize].grow(delta)
    }

    /// The memory's type (with its current size as minimum).
    pub fn ty(&self, store: &Store) -> MemoryType {
        store.memories[self.0 as usize].current_type()
    }
}

impl Table {
    /// A new table outside any instance, filled with `init`.
    pub fn new(store: &mut Store, ty: TableType, init: Val) -> Result<Table, Error> {
        if init.ty() != ty.element || !matches!(ty.element, ValType::FuncRef | ValType::ExternRef) {
            return Err(Error::Usage("table element type mismatch".into()));
        }
        let table =
            TableEntity::new(ty, init.to_cell(), &mut store.table_budget).map_err(|e| Error::Usage(e.to_string()))?;
        store.tables.push(table);
        Ok(Table(store.tables.len() as u32 - 1))
    }

    /// Current size.
    pub fn size(&self, store: &Store) -> u64 {
        store.tables[self.0 as usize].elems.len() as u64
    }

    /// The element at `index`.
    pub fn get(&self, store: &Store, index: u64) -> Option<Val> {
        let t = &store.tables[self.0 as usize];
        let cell = *t.elems.get(usize::try_from(index).ok()?)?;
        Some(Val::from_cell(t.ty.element, cell))
    }

    /// The table's type (with its current size as minimum).
    pub fn ty(&self, store: &Store) -> TableType {
        store.tables[self.0 as usize].current_type()
    }
}
