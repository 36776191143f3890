//! The table instructions and the segment copy `memory.init` shares with `table.init`
//! (memory 0's memory.copy/fill run inline in `ops`, the rest in `memory_n`). They are rare enough to
//! run out of line with full access to the store; each checks its whole range before writing.

use crate::error::TrapCode;
use crate::runtime::StoreInner as Store;
use std::ops::Range;

/// `[start, start + len)` within `size` elements, or `trap` when it does not fit (an end
/// beyond 64 bits included).
pub(crate) fn range(start: u64, len: u64, size: usize, trap: TrapCode) -> Result<Range<usize>, TrapCode> {
    match start.checked_add(len) {
        Some(end) if end <= size as u64 => Ok(start as usize..end as usize),
        _ => Err(trap),
    }
}

fn table_range(start: u32, len: u32, size: usize) -> Result<Range<usize>, TrapCode> {
    range(start as u64, len as u64, size, TrapCode::TableOutOfBounds)
}

/// memory.init, table.init and active segments: copies `segment[src..src + len]` over
/// `to[dst..dst + len]`, checking both ranges first (`trap`: nothing is written).
pub(crate) fn init_from_segment<T: Copy>(
    to: &mut [T],
    segment: &[T],
    [dst, src, len]: [u64; 3],
    trap: TrapCode,
) -> Result<(), TrapCode> {
    let from = range(src, len, segment.len(), trap)?;
    let to_range = range(dst, len, to.len(), trap)?;
    to[to_range].copy_from_slice(&segment[from]);
    Ok(())
}

/// table.init: copies `len` references of element segment `elem` from `src` to `dst` in store
/// table `table` (`[dst, src, len]`: 32-bit values, or a narrowed 64-bit table index).
pub(crate) fn table_init(store: &mut Store, inst: u32, table: u32, elem: u32, args: [u64; 3]) -> Result<(), TrapCode> {
    let cells = store.instances[inst as usize].elems[elem as usize].clone();
    init_from_segment(&mut store.tables[table as usize].elems, &cells, args, TrapCode::TableOutOfBounds)
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
