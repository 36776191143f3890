//! The semantics of the generic memory instructions (`isa::memory_n`): loads, stores and bulk
//! operations on any memory of an instance, 32- or 64-bit (multi-memory, memory64). Memory 0
//! of 32-bit index type comes here only for `memory.init` (`init_store_memory`, which active
//! data segments use too): its other instructions run inline with the memory in handler
//! registers. Every access looks the memory up through the instance and checks its
//! whole byte range in exact `u64` arithmetic: an address plus offset (plus size) that
//! overflows 64 bits is out of bounds, as is anything past the memory's current length.

use super::memory::MemoryEntity;
use crate::error::TrapCode;
use crate::isa::{LANE, LoadKind, SIZE_MASK};
use crate::runtime::StoreInner as Store;
use std::ops::Range;

/// Memory `mem` of instance `inst`.
fn memory(store: &mut Store, inst: u32, mem: u8) -> &mut MemoryEntity {
    let m = store.instances[inst as usize].memories[mem as usize];
    &mut store.memories[m as usize]
}

/// An address, offset or length operand as the memory's index type reads it: all 64 bits
/// of a 64-bit memory's operand, the low 32 of a 32-bit memory's.
fn index(memory: &MemoryEntity, cell: u64) -> u64 {
    if memory.memory64 { cell } else { cell as u32 as u64 }
}

/// The byte range `[start, start + len)` of a memory of `size` bytes, or out of bounds
/// (including when the end does not fit in 64 bits).
fn range(start: u64, len: u64, size: usize) -> Result<Range<usize>, TrapCode> {
    super::bulk::range(start, len, size, TrapCode::MemoryOutOfBounds)
}

/// The bytes an access of `size` bytes at `addr + offset` touches.
fn access(memory: &MemoryEntity, addr: u64, offset: u64, size: u64) -> Result<Range<usize>, TrapCode> {
    let ea = index(memory, addr).checked_add(offset).ok_or(TrapCode::MemoryOutOfBounds)?;
    range(ea, size, memory.data.len())
}

fn read(bytes: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    buf[..bytes.len()].copy_from_slice(bytes);
    u128::from_le_bytes(buf)
}

/// A load of kind `imm` (`LoadKind`) from memory `mem` at `addr + offset`: the value's cells
/// (the high one is zero unless it is a v128).
pub(crate) fn load(store: &mut Store, inst: u32, mem: u8, addr: u64, offset: u64, imm: u8) -> Result<u128, TrapCode> {
    let kind = LoadKind::from_imm(imm)?;
    let memory = memory(store, inst, mem);
    let at = access(memory, addr, offset, kind.size())?;
    Ok(kind.convert(read(&memory.data.as_slice()[at])))
}

/// What a sized access (`sized_access`) does with its bytes.
pub(crate) enum Sized {
    /// Loads them into a lane of this v128 (`v128.loadN_lane`), giving the new v128.
    LoadLane(u128),
    /// Stores the low bytes of this value (of its lane, for a lane store) there.
    Store(u128),
}

/// A lane load or a store (`what`) of `1 << (imm & SIZE_MASK)` bytes, lane `imm >> 4` of a
/// v128 when `imm` has `LANE`, in memory `mem` at `addr + offset`: the loaded v128 (0 after
/// a store).
pub(crate) fn sized_access(
    store: &mut Store,
    inst: u32,
    mem: u8,
    addr: u64,
    offset: u64,
    imm: u8,
    what: Sized,
) -> Result<u128, TrapCode> {
    let (size, shift) = lane_shape(imm);
    let memory = memory(store, inst, mem);
    let at = access(memory, addr, offset, size)?;
    let bytes = &mut memory.data.as_mut_slice()[at];
    match what {
        Sized::LoadLane(v) => {
            let mask = (u128::MAX >> (128 - 8 * size)) << shift;
            Ok((v & !mask) | (read(bytes) << shift))
        }
        Sized::Store(value) => {
            bytes.copy_from_slice(&(value >> shift).to_le_bytes()[..size as usize]);
            Ok(0)
        }
    }
}

/// The size in bytes and the bit position of the lane an access `imm` names (position 0
/// for a whole value).
fn lane_shape(imm: u8) -> (u64, u32) {
    let size = 1u64 << (imm & SIZE_MASK).min(4);
    let shift = if imm & LANE != 0 { (imm >> 4) as u32 * 8 * size as u32 % 128 } else { 0 };
    (size, shift)
}

/// memory.grow of a 64-bit memory: the old size in pages, or `u64::MAX` (-1 as i64).
pub(crate) fn grow64(store: &mut Store, inst: u32, mem: u8, delta: u64) -> u64 {
    let m = store.instances[inst as usize].memories[mem as usize];
    store.grow_memory(m, delta).unwrap_or(u64::MAX)
}

/// memory.fill of memory `mem`.
pub(crate) fn fill(store: &mut Store, inst: u32, mem: u8, dst: u64, val: u8, len: u64) -> Result<(), TrapCode> {
    let memory = memory(store, inst, mem);
    let (dst, len) = (index(memory, dst), index(memory, len));
    let size = memory.data.len();
    memory.data.as_mut_slice()[range(dst, len, size)?].fill(val);
    Ok(())
}

/// memory.copy from memory `src_mem` to memory `dst_mem` (possibly the same one; the ranges
/// may overlap). The length is 64-bit only when both memories are.
pub(crate) fn copy(
    store: &mut Store,
    inst: u32,
    dst_mem: u8,
    src_mem: u8,
    dst: u64,
    src: u64,
    len: u64,
) -> Result<(), TrapCode> {
    let memories = &store.instances[inst as usize].memories;
    let (d, s) = (memories[dst_mem as usize] as usize, memories[src_mem as usize] as usize);
    let (dm, sm) = (&store.memories[d], &store.memories[s]);
    let len = if dm.memory64 && sm.memory64 { len } else { len as u32 as u64 };
    let to = range(index(dm, dst), len, dm.data.len())?;
    let from = range(index(sm, src), len, sm.data.len())?;
    if d == s {
        store.memories[d].data.as_mut_slice().copy_within(from, to.start);
    } else {
        // Two distinct memories of the store: borrow both at once.
        let (dm, sm) = if d < s {
            let (lo, hi) = store.memories.split_at_mut(s);
            (&mut lo[d], &hi[0])
        } else {
            let (lo, hi) = store.memories.split_at_mut(d);
            (&mut hi[0], &lo[s])
        };
        dm.data.as_mut_slice()[to].copy_from_slice(&sm.data.as_slice()[from]);
    }
    Ok(())
}

/// memory.init into memory `mem` (instance index `mem`) from data segment `data`: `[dst, src,
/// len]`, `dst` an address of the memory's index type, `src` and `len` 32-bit values.
pub(crate) fn init(store: &mut Store, inst: u32, mem: u8, data: u32, args: [u64; 3]) -> Result<(), TrapCode> {
    let m = store.instances[inst as usize].memories[mem as usize];
    init_store_memory(store, inst, m, data, args)
}

/// memory.init into store memory `m` (memory 0's `memory.init`, an active data segment at
/// instantiation, or `init`).
pub(crate) fn init_store_memory(
    store: &mut Store,
    inst: u32,
    m: u32,
    data: u32,
    args: [u64; 3],
) -> Result<(), TrapCode> {
    let bytes = store.instances[inst as usize].datas[data as usize].clone();
    let memory = &mut store.memories[m as usize];
    let [dst, src, len] = args;
    let args = [index(memory, dst), src, len];
    super::bulk::init_from_segment(memory.data.as_mut_slice(), &bytes, args, TrapCode::MemoryOutOfBounds)
}
