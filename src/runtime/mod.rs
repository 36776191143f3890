//! The runtime: the store that owns every function, memory, table, global and instance, and
//! the handles (`Func`, `Memory`, ...) embedders use to reach them.

pub(crate) mod bulk;
mod call_cache;
mod exn;
mod exn_gc;
mod externref;
mod func;
mod handle;
mod instance;
mod limits;
mod linear;
mod linker;
mod memory;
pub(crate) mod memory_n;
mod reentry;
mod stack;
mod store;
pub(crate) mod table;
mod typed;

pub(crate) use call_cache::{CallTarget, IndirectTarget};
pub use exn::{Exn, Tag};
pub use externref::ExternRef;
pub(crate) use func::HostFn;
pub use func::{Caller, HostError, TypedFunc};
pub use handle::{Func, Global, Instance, Memory, Table};
pub(crate) use handle::{StoreId, foreign};
pub(crate) use instance::{InstanceEntity, instantiate_objects};
pub use limits::{ResourceLimiter, StoreLimits, StoreLimitsBuilder};
pub use linker::{InstancePre, Linker};
pub(crate) use memory::MemoryEntity;
pub(crate) use stack::{Frame, INITIAL_FRAMES, MAX_CALL_DEPTH, Stack, next_frame_capacity};
pub(crate) use store::StoreInner;
pub use store::{AsContext, AsContextMut, Store, StoreContext, StoreContextMut};
pub(crate) use table::{TableBudget, TableEntity};
pub use typed::{IntoFunc, WasmParams, WasmResults, WasmRet, WasmTy};

use crate::engine::SigId;
use crate::error::Error;
use crate::value::{FuncType, GlobalType, MemoryType, TableType, Val};
use std::sync::Arc;

/// A function in the store.
pub(crate) enum FuncEntity {
    /// Defined by a module: `module.funcs[index]`, running in `instance`.
    Wasm { sig: SigId, instance: u32, module: Arc<crate::module::ModuleInner>, index: u32 },
    /// Provided by the host (shared with the linker that defined it, if any).
    Host { sig: SigId, func: Arc<HostFunc> },
}

/// A host function and its signature.
pub(crate) struct HostFunc {
    pub ty: FuncType,
    pub call: Box<HostFn>,
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
    /// The second cell of a v128 global (its high 64 bits); 0 for every other type.
    pub hi: u64,
    pub ty: GlobalType,
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
    /// A tag.
    Tag(Tag),
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

    /// The tag, if this is one.
    pub fn into_tag(self) -> Option<Tag> {
        if let Extern::Tag(t) = self { Some(t) } else { None }
    }

    /// The item's index in `store`, or an error if another store made it.
    pub(crate) fn index_in(&self, store: &StoreInner) -> Result<u32, Error> {
        Ok(match self {
            Extern::Func(f) => f.index_in(store)?,
            Extern::Memory(m) => m.index_in(store)?,
            Extern::Table(t) => t.index_in(store)?,
            Extern::Global(g) => g.index_in(store)?,
            Extern::Tag(t) => t.index_in(store)?,
        } as u32)
    }
}

impl Global {
    /// A new global outside any instance (for the host to export). A funcref value of another
    /// store is an `Error::Usage`.
    pub fn new(mut store: impl AsContextMut, ty: GlobalType, val: Val) -> Result<Global, Error> {
        let store = store.as_context_mut().inner;
        if !store.val_matches(&val, ty.content) {
            return Err(Error::Usage(format!("global of type {} initialised with {}", ty.content, val.ty())));
        }
        let [value, hi] = store.val_to_cells(&val)?;
        store.globals.push(GlobalEntity { value, hi, ty });
        Ok(Global::at(store, store.globals.len() as u32 - 1))
    }

    /// The current value.
    ///
    /// # Panics
    /// If `store` did not make this global.
    pub fn get(&self, store: impl AsContext) -> Val {
        let store = store.as_context().inner;
        let g = &store.globals[self.index_of(store)];
        store.root_cell(g.ty.content, g.value);
        Val::from_cells(g.ty.content, &[g.value, g.hi], store.id)
    }

    /// Sets the value of a mutable global. A global or funcref value of another store is an
    /// `Error::Usage`.
    pub fn set(&self, mut store: impl AsContextMut, val: Val) -> Result<(), Error> {
        let store = store.as_context_mut().inner;
        let index = self.index_in(store)?;
        let [cell, hi] = store.val_to_cells(&val)?;
        let ty = store.globals[index].ty;
        if !ty.mutable || !store.val_matches(&val, ty.content) {
            return Err(Error::Usage("global is immutable or of another type".into()));
        }
        let g = &mut store.globals[index];
        g.value = cell;
        g.hi = hi;
        Ok(())
    }

    /// The global's type.
    ///
    /// # Panics
    /// If `store` did not make this global.
    pub fn ty(&self, store: impl AsContext) -> GlobalType {
        let store = store.as_context().inner;
        store.globals[self.index_of(store)].ty
    }
}

impl Memory {
    /// A new memory outside any instance. A memory the engine's or the store's limits refuse
    /// is an `Error::Usage`.
    pub fn new(mut store: impl AsContextMut, ty: MemoryType) -> Result<Memory, Error> {
        let store = store.as_context_mut().inner;
        let index = store.new_memory(ty).map_err(|e| Error::Usage(format!("memory of {} pages {e}", ty.limits.min)))?;
        Ok(Memory::at(store, index))
    }

    /// The memory's bytes.
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn data<'a, T: 'static>(&self, store: impl Into<StoreContext<'a, T>>) -> &'a [u8] {
        let store = store.into().inner;
        store.memories[self.index_of(store)].data.as_slice()
    }

    /// The memory's bytes, writable.
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn data_mut<'a, T: 'static>(&self, store: impl Into<StoreContextMut<'a, T>>) -> &'a mut [u8] {
        self.data_and_store_mut(store).0
    }

    /// The memory's bytes and the store's data, both writable (for host functions that work
    /// on guest memory and their own state at once).
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn data_and_store_mut<'a, T: 'static>(
        &self,
        store: impl Into<StoreContextMut<'a, T>>,
    ) -> (&'a mut [u8], &'a mut T) {
        let cx = store.into();
        let index = self.index_of(cx.inner);
        (cx.inner.memories[index].data.as_mut_slice(), cx.data)
    }

    /// Copies `buf.len()` bytes at `offset` into `buf`. An `Error::Usage` if the range is
    /// outside the memory or another store made it.
    pub fn read(&self, store: impl AsContext, offset: usize, buf: &mut [u8]) -> Result<(), Error> {
        let store = store.as_context().inner;
        let bytes = store.memories[self.index_in(store)?].data.as_slice();
        let src = offset
            .checked_add(buf.len())
            .and_then(|end| bytes.get(offset..end))
            .ok_or_else(|| out_of_bounds(offset, buf.len(), bytes.len()))?;
        buf.copy_from_slice(src);
        Ok(())
    }

    /// Copies `data` into the memory at `offset`. An `Error::Usage` if the range is outside the
    /// memory or another store made it.
    pub fn write(&self, mut store: impl AsContextMut, offset: usize, data: &[u8]) -> Result<(), Error> {
        let store = store.as_context_mut().inner;
        let index = self.index_in(store)?;
        let bytes = store.memories[index].data.as_mut_slice();
        let len = bytes.len();
        let dst = offset
            .checked_add(data.len())
            .and_then(|end| bytes.get_mut(offset..end))
            .ok_or_else(|| out_of_bounds(offset, data.len(), len))?;
        dst.copy_from_slice(data);
        Ok(())
    }

    /// Current size in pages.
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn size(&self, store: impl AsContext) -> u64 {
        let store = store.as_context().inner;
        store.memories[self.index_of(store)].pages()
    }

    /// Grows by `delta` pages; returns the old size, or `None` if a limit (the memory's, the
    /// engine's or the store's [`ResourceLimiter`]) forbids it.
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn grow(&self, mut store: impl AsContextMut, delta: u64) -> Option<u64> {
        let store = store.as_context_mut().inner;
        let index = self.index_of(store);
        store.grow_memory(index as u32, delta)
    }

    /// The memory's type (with its current size as minimum).
    ///
    /// # Panics
    /// If `store` did not make this memory.
    pub fn ty(&self, store: impl AsContext) -> MemoryType {
        let store = store.as_context().inner;
        store.memories[self.index_of(store)].current_type()
    }
}

/// The error of a host access outside a memory.
fn out_of_bounds(offset: usize, len: usize, size: usize) -> Error {
    Error::Usage(format!("memory access of {len} bytes at {offset} is out of bounds (memory size {size})"))
}

impl Table {
    /// A new table outside any instance, filled with `init`. A funcref of another store, or a
    /// table the engine's or the store's limits refuse, is an `Error::Usage`.
    pub fn new(mut store: impl AsContextMut, ty: TableType, init: Val) -> Result<Table, Error> {
        let store = store.as_context_mut().inner;
        if !ty.element.is_ref() || !store.val_matches(&init, ty.element) {
            return Err(Error::Usage("table element type mismatch".into()));
        }
        let cell = store.val_to_cell(&init)?;
        let index = store.new_table(ty, cell).map_err(|e| Error::Usage(e.to_string()))?;
        Ok(Table::at(store, index))
    }

    /// Current size.
    ///
    /// # Panics
    /// If `store` did not make this table.
    pub fn size(&self, store: impl AsContext) -> u64 {
        let store = store.as_context().inner;
        store.tables[self.index_of(store)].elems.len() as u64
    }

    /// The element at `index` (`None` beyond the end).
    ///
    /// # Panics
    /// If `store` did not make this table.
    pub fn get(&self, store: impl AsContext, index: u64) -> Option<Val> {
        let store = store.as_context().inner;
        let t = &store.tables[self.index_of(store)];
        let cell = *t.elems.get(usize::try_from(index).ok()?)?;
        Some(store.cell_to_val(t.ty.element, cell))
    }

    /// Sets the element at `index`. An index beyond the end, a value of another type, or a
    /// table or funcref of another store is an `Error::Usage`.
    pub fn set(&self, mut store: impl AsContextMut, index: u64, val: Val) -> Result<(), Error> {
        let store = store.as_context_mut().inner;
        let t = self.index_in(store)?;
        let cell = store.val_to_cell(&val)?;
        let element = store.tables[t].ty.element;
        if !store.val_matches(&val, element) {
            return Err(Error::Usage(format!("{element} table set to {}", val.ty())));
        }
        let table = &mut store.tables[t];
        let size = table.elems.len();
        let slot = usize::try_from(index).ok().and_then(|i| table.elems.get_mut(i));
        *slot.ok_or_else(|| Error::Usage(format!("table index {index} out of bounds (size {size})")))? = cell;
        Ok(())
    }

    /// Grows by `delta` elements of `init`; returns the old size. A limit that forbids it (the
    /// table's, the engine's or the store's [`ResourceLimiter`]), a value of another type, or a
    /// table or funcref of another store is an `Error::Usage`.
    pub fn grow(&self, mut store: impl AsContextMut, delta: u64, init: Val) -> Result<u64, Error> {
        let store = store.as_context_mut().inner;
        let t = self.index_in(store)?;
        let cell = store.val_to_cell(&init)?;
        let element = store.tables[t].ty.element;
        if !store.val_matches(&init, element) {
            return Err(Error::Usage(format!("{element} table grown with {}", init.ty())));
        }
        store.grow_table(t as u32, delta, cell).ok_or_else(|| Error::Usage(format!("table cannot grow by {delta}")))
    }

    /// The table's type (with its current size as minimum).
    ///
    /// # Panics
    /// If `store` did not make this table.
    pub fn ty(&self, store: impl AsContext) -> TableType {
        let store = store.as_context().inner;
        store.tables[self.index_of(store)].current_type()
    }
}
