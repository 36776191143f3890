//! memory.init and the table instructions (memory.copy/fill run inline in `ops`). They are rare enough to
//! run out of line with full access to the store; each checks its whole range before writing.

use crate::error::TrapCode;
use crate::runtime::StoreInner as Store;

fn range(start: u32, len: u32, size: usize) -> Result<std::ops::Range<usize>, TrapCode> {
    let end = start as u64 + len as u64;
    if end > size as u64 { Err(TrapCode::MemoryOutOfBounds) } else { Ok(start as usize..end as usize) }
}

fn table_range(start: u32, len: u32, size: usize) -> Result<std::ops::Range<usize>, TrapCode> {
    range(start, len, size).map_err(|_| TrapCode::TableOutOfBounds)
}

/// memory.init: copies `len` bytes of data segment `data` from `src` to `dst` in store memory `mem`.
pub(crate) fn memory_init(
    store: &mut Store,
    inst: u32,
    mem: u32,
    data: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> Result<(), TrapCode> {
    let bytes = store.instances[inst as usize].datas[data as usize].clone();
    let memory = store.memories[mem as usize].data.as_mut_slice();
    let from = range(src, len, bytes.len())?;
    let to = range(dst, len, memory.len())?;
    memory[to].copy_from_slice(&bytes[from]);
    Ok(())
}

/// table.init: copies `len` references of element segment `elem` from `src` to `dst` in store table `table`.
pub(crate) fn table_init(
    store: &mut Store,
    inst: u32,
    table: u32,
    elem: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> Result<(), TrapCode> {
    let cells = store.instances[inst as usize].elems[elem as usize].clone();
    let elems = &mut store.tables[table as usize].elems;
    let from = table_range(src, len, cells.len())?;
    let to = table_range(dst, len, elems.len())?;
    elems[to].copy_from_slice(&cells[from]);
    Ok(())
}

/// table.fill
pub(crate) fn table_fill(store: &mut Store, table: u32, dst: u32, val: u64, len: u32) -> Result<(), TrapCode> {
    let elems = &mut store.tables[table as usize].elems;
    let to = table_range(dst, len, elems.len())?;
    elems[to].fill(val);
    Ok(())
}

/// table.copy between two store tables (possibly the same one; ranges may overlap).
pub(crate) fn table_copy(
    store: &mut Store,
    dst_table: u32,
    src_table: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> Result<(), TrapCode> {
    let src_len = store.tables[src_table as usize].elems.len();
    let from = table_range(src, len, src_len)?;
    let dst_len = store.tables[dst_table as usize].elems.len();
    let to = table_range(dst, len, dst_len)?;
    if dst_table == src_table {
        store.tables[dst_table as usize].elems.copy_within(from, to.start);
    } else {
        let cells: Vec<u64> = store.tables[src_table as usize].elems[from].to_vec();
        store.tables[dst_table as usize].elems[to].copy_from_slice(&cells);
    }
    Ok(())
}

/// table.get
pub(crate) fn table_get(store: &Store, table: u32, index: u32) -> Result<u64, TrapCode> {
    store.tables[table as usize].elems.get(index as usize).copied().ok_or(TrapCode::TableOutOfBounds)
}

/// table.set
pub(crate) fn table_set(store: &mut Store, table: u32, index: u32, val: u64) -> Result<(), TrapCode> {
    let slot = store.tables[table as usize].elems.get_mut(index as usize).ok_or(TrapCode::TableOutOfBounds)?;
    *slot = val;
    Ok(())
}
