//! Instantiation: allocate a module's functions, globals, tables and memories in the store and
//! apply its active segments (Wasm 2.0 order and trap rules); `crate::entry` then runs its
//! start function.

use super::store::{AsContext, StoreInner};
use super::{Extern, Func, FuncEntity, Global, GlobalEntity, Instance, Memory, Table, Tag};
use crate::error::{Error, Trap};
use crate::module::{ConstExpr, ConstOp, ExportKind, ImportKind, Module, SegmentMode};
use std::sync::Arc;

/// An instance's index spaces, mapping module indices to store indices.
#[derive(Debug)]
pub(crate) struct InstanceEntity {
    pub funcs: Vec<u32>,
    pub tables: Vec<u32>,
    pub memories: Vec<u32>,
    pub globals: Vec<u32>,
    /// Store indices of the tags, by tag index.
    pub tags: Vec<u32>,
    /// Element segments as reference cells (emptied by `elem.drop`).
    pub elems: Vec<Arc<[u64]>>,
    /// Data segments (emptied by `data.drop`).
    pub datas: Vec<crate::module::ModuleBytes>,
    pub exports: hashbrown::HashMap<String, Extern>,
    /// Resolved direct-call targets, by function index (filled by the executor on first call).
    pub call_targets: Box<[std::cell::Cell<super::CallTarget>]>,
}

impl Instance {
    /// An export by name.
    ///
    /// # Panics
    /// If `store` did not make this instance.
    pub fn get_export(&self, store: impl AsContext, name: &str) -> Option<Extern> {
        let store = store.as_context().inner;
        store.instances[self.index_of(store)].exports.get(name).copied()
    }

    /// An exported function by name.
    ///
    /// # Panics
    /// If `store` did not make this instance.
    pub fn get_func(&self, store: impl AsContext, name: &str) -> Option<Func> {
        self.get_export(store, name)?.into_func()
    }

    /// An exported memory by name (any of the instance's memories, 32- or 64-bit).
    ///
    /// # Panics
    /// If `store` did not make this instance.
    pub fn get_memory(&self, store: impl AsContext, name: &str) -> Option<Memory> {
        self.get_export(store, name)?.into_memory()
    }

    /// An exported tag by name.
    ///
    /// # Panics
    /// If `store` did not make this instance.
    pub fn get_tag(&self, store: impl AsContext, name: &str) -> Option<Tag> {
        self.get_export(store, name)?.into_tag()
    }

    /// All exports (in no particular order).
    ///
    /// # Panics
    /// If `store` did not make this instance.
    pub fn exports(&self, store: impl AsContext) -> Vec<(String, Extern)> {
        let store = store.as_context().inner;
        store.instances[self.index_of(store)].exports.iter().map(|(k, v)| (k.clone(), *v)).collect()
    }
}

/// Instantiates `module` in `store` with `imports` in the module's import order, up to but not
/// including its start function: the instance, and the start function's store index if the
/// module has one (the caller runs it: see `crate::entry`).
pub(crate) fn instantiate_objects(
    store: &mut StoreInner,
    module: &Module,
    imports: &[Extern],
) -> Result<(Instance, Option<u32>), Error> {
    let m = &module.inner;
    if !m.engine.same(&store.engine) {
        return Err(Error::Usage("module and store belong to different engines".into()));
    }
    if !store.may_add_instance() {
        return Err(Error::Link("instance refused by the store's resource limiter".into()));
    }
    if imports.len() != m.imports.len() {
        return Err(Error::Link(format!("expected {} imports, got {}", m.imports.len(), imports.len())));
    }
    // Sized once: instantiation is on the path of every request of a store-per-request host.
    let mut inst = InstanceEntity {
        funcs: Vec::with_capacity(m.num_imported_funcs as usize + m.funcs.len()),
        tables: Vec::with_capacity(m.num_imported_tables as usize + m.tables.len()),
        memories: Vec::with_capacity(m.num_imported_memories as usize + m.memories.len()),
        globals: Vec::with_capacity(m.num_imported_globals as usize + m.globals.len()),
        tags: Vec::new(),
        elems: Vec::with_capacity(m.elems.len()),
        datas: Vec::with_capacity(m.datas.len()),
        exports: hashbrown::HashMap::with_capacity(m.exports.len()),
        call_targets: Box::new([]),
    };
    for (import, ext) in m.imports.iter().zip(imports) {
        // Checked first: every index below (and every funcref cell an imported table or
        // global holds) is then one of this store's.
        let index = ext
            .index_in(store)
            .map_err(|e| Error::Usage(format!("cannot import {}::{}: {e}", import.module, import.name)))?;
        check_import(store, module, &import.kind, ext).map_err(|why| {
            Error::Link(format!("incompatible import type for {}::{}: {why}", import.module, import.name))
        })?;
        match *ext {
            Extern::Func(_) => inst.funcs.push(index),
            Extern::Table(_) => inst.tables.push(index),
            Extern::Memory(_) => inst.memories.push(index),
            Extern::Global(_) => inst.globals.push(index),
            Extern::Tag(_) => inst.tags.push(index),
        }
    }
    for (i, &ty) in m.env.tag_types.iter().enumerate().skip(m.num_imported_tags as usize) {
        let name = m
            .exports
            .iter()
            .find(|(_, kind, index)| *kind == ExportKind::Tag && *index as usize == i)
            .map_or_else(|| format!("tag {i}"), |(name, ..)| name.clone());
        let tag = store.new_tag(m.env.sig_ids[ty as usize], name);
        inst.tags.push(tag);
    }
    let id = store.instances.len() as u32;
    for (i, _) in m.funcs.iter().enumerate() {
        let ty = m.env.func_types[m.num_imported_funcs as usize + i];
        let func = store.push_func(FuncEntity::Wasm {
            sig: m.env.sig_ids[ty as usize],
            instance: id,
            module: m.clone(),
            index: i as u32,
        });
        inst.funcs.push(func);
    }
    inst.call_targets = vec![Default::default(); inst.funcs.len()].into_boxed_slice();
    for (ty, init) in &m.globals {
        let value = eval_const(store, &inst, init);
        store.globals.push(GlobalEntity { value: value as u64, hi: (value >> 64) as u64, ty: *ty });
        inst.globals.push(store.globals.len() as u32 - 1);
    }
    for (ty, init) in &m.tables {
        let value = init.as_ref().map_or(0, |e| eval_const(store, &inst, e) as u64);
        let table = store
            .new_table(*ty, value)
            .map_err(|e| Error::Link(format!("table {} of {} elements: {e}", inst.tables.len(), ty.limits.min)))?;
        inst.tables.push(table);
    }
    for ty in &m.memories {
        let mem = store.new_memory(*ty).map_err(|e| Error::Link(format!("memory of {} pages {e}", ty.limits.min)))?;
        inst.memories.push(mem);
    }
    for (name, kind, index) in &m.exports {
        let i = *index as usize;
        let ext = match kind {
            ExportKind::Func => Extern::Func(Func::at(store, inst.funcs[i])),
            ExportKind::Table => Extern::Table(Table::at(store, inst.tables[i])),
            ExportKind::Memory => Extern::Memory(Memory::at(store, inst.memories[i])),
            ExportKind::Global => Extern::Global(Global::at(store, inst.globals[i])),
            ExportKind::Tag => Extern::Tag(Tag::at(store, inst.tags[i])),
        };
        inst.exports.insert(name.clone(), ext);
    }
    for seg in &m.elems {
        let cells: Arc<[u64]> = seg.items.iter().map(|e| eval_const(store, &inst, e) as u64).collect();
        inst.elems.push(cells);
    }
    for seg in &m.datas {
        inst.datas.push(seg.bytes.clone());
    }
    store.instances.push(inst);
    let instance = Instance::at(store, id);

    // Active segments, in order; a failing one traps, earlier writes stay (Wasm 2.0).
    for (i, seg) in m.elems.iter().enumerate() {
        match &seg.mode {
            SegmentMode::Active { index, offset } => {
                let inst = &store.instances[id as usize];
                let table = inst.tables[*index as usize];
                // An i32 offset for a 32-bit table, an i64 one (narrowed, bounds kept) for a 64-bit one.
                let offset = eval_const(store, inst, offset) as u64;
                let offset = if store.tables[table as usize].ty.table64 {
                    super::table::narrow_index(offset)
                } else {
                    offset as u32
                };
                let n = seg.items.len() as u64;
                super::bulk::table_init(store, id, table, i as u32, [offset as u64, 0, n]).map_err(Trap::new)?;
                store.instances[id as usize].elems[i] = Arc::new([]);
            }
            SegmentMode::Declared => store.instances[id as usize].elems[i] = Arc::new([]),
            SegmentMode::Passive => {}
        }
    }
    for (i, seg) in m.datas.iter().enumerate() {
        if let SegmentMode::Active { index, offset } = &seg.mode {
            let inst = &store.instances[id as usize];
            // An i32 offset for a 32-bit memory, an i64 one for a 64-bit memory.
            let offset = eval_const(store, inst, offset) as u64;
            let mem = inst.memories[*index as usize];
            let n = seg.bytes.len() as u64;
            super::memory_n::init_store_memory(store, id, mem, i as u32, [offset, 0, n]).map_err(Trap::new)?;
            store.instances[id as usize].datas[i].clear();
        }
    }
    let start = m.start.map(|start| store.instances[id as usize].funcs[start as usize]);
    Ok((instance, start))
}

/// Evaluates a constant expression in an instance under construction: the value's cells as
/// one `u128` (low cell in the low bits; only a v128 has a non-zero high cell).
pub(crate) fn eval_const(store: &StoreInner, inst: &InstanceEntity, expr: &ConstExpr) -> u128 {
    let mut stack: smallvec::SmallVec<[u128; 4]> = smallvec::SmallVec::new();
    for op in &expr.0 {
        let v = match *op {
            ConstOp::Value(v) => v as u128,
            ConstOp::V128Low(lo) => lo as u128,
            ConstOp::V128High(hi) => stack.pop().unwrap_or(0) | (hi as u128) << 64,
            ConstOp::RefFunc(f) => inst.funcs[f as usize] as u128 + 1,
            ConstOp::GlobalGet(g) => {
                let g = &store.globals[inst.globals[g as usize] as usize];
                g.value as u128 | (g.hi as u128) << 64
            }
            bin => {
                let b = stack.pop().unwrap_or(0) as u64;
                let a = stack.pop().unwrap_or(0) as u64;
                (match bin {
                    ConstOp::I32Add => (a as u32).wrapping_add(b as u32) as u64,
                    ConstOp::I32Sub => (a as u32).wrapping_sub(b as u32) as u64,
                    ConstOp::I32Mul => (a as u32).wrapping_mul(b as u32) as u64,
                    ConstOp::I64Add => a.wrapping_add(b),
                    ConstOp::I64Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                }) as u128
            }
        };
        stack.push(v);
    }
    stack.pop().unwrap_or(0)
}

/// Checks an import against what the module expects (the spec's import subtyping).
fn check_import(store: &StoreInner, module: &Module, kind: &ImportKind, ext: &Extern) -> Result<(), String> {
    let limits_ok = |min: u64, max: Option<u64>, want_min: u64, want_max: Option<u64>| {
        min >= want_min
            && match want_max {
                None => true,
                Some(wm) => max.is_some_and(|m| m <= wm),
            }
    };
    match (kind, ext) {
        (ImportKind::Func(ty), Extern::Func(f)) => {
            let want = module.inner.env.sig_ids[*ty as usize];
            if store.funcs[f.index as usize].sig() == want {
                Ok(())
            } else {
                Err(format!("expected function {}, found {}", module.inner.env.types[*ty as usize], f.ty_in(store)))
            }
        }
        (ImportKind::Global(want), Extern::Global(g)) => {
            // A mutable global's type must be the same both ways; an immutable one may be a
            // subtype (`(ref $t)` where `funcref` is expected).
            let have = store.globals[g.index as usize].ty;
            let ok = have.mutable == want.mutable
                && if want.mutable { have.content == want.content } else { have.content.matches(want.content) };
            if ok { Ok(()) } else { Err(format!("expected global {want:?}, found {have:?}")) }
        }
        (ImportKind::Tag(ty), Extern::Tag(t)) => {
            // Tags match by type identity (exact, both ways).
            let want = module.inner.env.sig_ids[*ty as usize];
            let have = store.tags[t.index as usize].sig;
            if have == want {
                Ok(())
            } else {
                Err(format!(
                    "expected tag {}, found {}",
                    module.inner.env.types[*ty as usize],
                    store.engine.resolve(have)
                ))
            }
        }
        (ImportKind::Memory(want), Extern::Memory(m)) => {
            let have = store.memories[m.index as usize].current_type();
            if have.memory64 == want.memory64
                && limits_ok(have.limits.min, have.limits.max, want.limits.min, want.limits.max)
            {
                Ok(())
            } else {
                Err(format!("expected memory {want:?}, found {have:?}"))
            }
        }
        (ImportKind::Table(want), Extern::Table(t)) => {
            let have = store.tables[t.index as usize].current_type();
            if have.element == want.element
                && have.table64 == want.table64
                && limits_ok(have.limits.min, have.limits.max, want.limits.min, want.limits.max)
            {
                Ok(())
            } else {
                Err(format!("expected table {want:?}, found {have:?}"))
            }
        }
        (want, have) => Err(format!("expected {}, found {}", kind_name(want), extern_name(have))),
    }
}

pub(crate) fn kind_name(kind: &ImportKind) -> &'static str {
    match kind {
        ImportKind::Func(_) => "a function",
        ImportKind::Table(_) => "a table",
        ImportKind::Memory(_) => "a memory",
        ImportKind::Global(_) => "a global",
        ImportKind::Tag(_) => "a tag",
    }
}

fn extern_name(ext: &Extern) -> &'static str {
    match ext {
        Extern::Func(_) => "a function",
        Extern::Table(_) => "a table",
        Extern::Memory(_) => "a memory",
        Extern::Global(_) => "a global",
        Extern::Tag(_) => "a tag",
    }
}
