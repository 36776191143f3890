//! The generic memory instructions (multi-memory, memory64): loads, stores and bulk operations
//! that name their memory (`mem`, the instance's memory index) and read addresses as that
//! memory's index type (all 64 bits of a 64-bit memory's operand, the low 32 bits of a 32-bit
//! one). They serve every memory except a 32-bit memory 0, whose instructions (`base`,
//! `simd`, `fused`) keep memory 0 in handler registers; code that uses only such a memory 0
//! never contains these. Each is a slow op: the threaded backend leaves its chain and the
//! driver runs it with the store at hand, looking the memory up through the instance
//! (`runtime::memory_n`, which owns the semantics: load kinds, the exact u64 bounds check
//! where an overflowing address plus offset is out of bounds, the bulk ops' index types).
//!
//! Offsets are full `u64` immediates. A lane load has no room for one beside its three
//! registers, so its offset follows it as a `MemOffset` word (never executed) and it moves
//! `pc` past that word.

/// Continues `expand_isa!` with the generic memory families, then the SIMD ones (`simd_table`).
macro_rules! memory_n_table {
    (($d:tt) [$($done:tt)*]) => {
        expand_isa! { ($d) [$($done)*]
        families {
            family LoadN [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst] = load of kind imm (`LoadKind`) from memory `mem` at r[addr] + offset
                slow Reg LoadN { dst: Reg, addr: Reg, mem: u8, imm: u8, offset: u64 } => {
                    let v = checked!(crate::runtime::memory_n::load(store!(), inst!(), mem, r!(addr), offset, imm));
                    r!(dst) = v as u64;
                    next!()
                }
            }
            family V128LoadN [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = v128 load of kind imm (`LoadKind`) from memory `mem` at r[addr] + offset
                slow Reg V128LoadN { dst: Reg, addr: Reg, mem: u8, imm: u8, offset: u64 } => {
                    let v = checked!(crate::runtime::memory_n::load(store!(), inst!(), mem, r!(addr), offset, imm));
                    set_v!(dst, crate::simd::V128(v));
                    next!()
                }
            }
            family V128LoadLaneN [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = r[src..src+2] with lane imm >> 4 (of 1 << (imm & 7) bytes) loaded from
                /// memory `mem` at r[addr] + the offset in the `MemOffset` word that follows; pc += 2
                slow Reg V128LoadLaneN { dst: Reg, addr: Reg, src: Reg, mem: u8, imm: u8 } => {
                    let offset = match op_at!(1) {
                        Op::MemOffset { offset } => offset,
                        _ => trap!(TrapCode::Unreachable),
                    };
                    let v = get_v!(src).0;
                    let lane = crate::runtime::memory_n::Sized::LoadLane(v);
                    let v = checked!(crate::runtime::memory_n::sized_access(store!(), inst!(), mem, r!(addr), offset, imm, lane));
                    set_v!(dst, crate::simd::V128(v));
                    jump!(2)
                }
            }
            family MemOffset [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// never executed: the offset of the `V128LoadLaneN` before it
                fast Reg MemOffset { offset: u64 } => { let _ = offset; trap!(TrapCode::Unreachable) }
            }
            family StoreN [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// memory `mem` at r[addr] + offset = the low 1 << (imm & 7) bytes of r[src] (of r[src..src+2], or
                /// its lane imm >> 4, for a v128: 16 bytes or imm & 8)
                slow Reg StoreN { addr: Reg, src: Reg, mem: u8, imm: u8, offset: u64 } => {
                    use crate::isa::{LANE, SIZE_MASK};
                    let v = if imm & LANE != 0 || imm & SIZE_MASK == 4 { get_v!(src).0 } else { r!(src) as u128 };
                    let what = crate::runtime::memory_n::Sized::Store(v);
                    checked!(crate::runtime::memory_n::sized_access(store!(), inst!(), mem, r!(addr), offset, imm, what));
                    next!()
                }
            }
            family MemoryGrow64 [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst] = old size in pages after growing 64-bit memory `mem` by r[delta] pages, or -1 (i64)
                slow Reg MemoryGrow64 { dst: Reg, delta: Reg, mem: u8 } => {
                    let old = crate::runtime::memory_n::grow64(store!(), inst!(), mem, r!(delta));
                    r!(dst) = old;
                    refresh_mem!();
                    next!()
                }
            }
            family MemoryFillN [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// memory `mem`[r[dst]..+r[len]] = r[val] as u8 (memory.fill)
                slow Reg MemoryFillN { dst: Reg, val: Reg, len: Reg, mem: u8 } => {
                    checked!(crate::runtime::memory_n::fill(store!(), inst!(), mem, r!(dst), r!(val) as u8, r!(len)));
                    next!()
                }
            }
            family MemoryCopyN [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// memory `mem`[r[dst]..+r[len]] = memory `src_mem`[r[src]..+r[len]] (memory.copy, overlapping allowed)
                slow Reg MemoryCopyN { dst: Reg, src: Reg, len: Reg, mem: u8, src_mem: u8 } => {
                    checked!(crate::runtime::memory_n::copy(store!(), inst!(), mem, src_mem, r!(dst), r!(src), r!(len)));
                    next!()
                }
            }
            family MemoryInitN [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// memory `mem`[r[dst]..+r[len]] = data[data][r[src]..+r[len]] (memory.init)
                slow Reg MemoryInitN { dst: Reg, src: Reg, len: Reg, data: u32, mem: u8 } => {
                    let args = [r!(dst), i32v!(src) as u64, i32v!(len) as u64];
                    checked!(crate::runtime::memory_n::init(store!(), inst!(), mem, data, args));
                    next!()
                }
            }
            family TableIndex64 [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst] = min(r[src], u32::MAX): a 64-bit table's i64 index, element offset or
                /// length, narrowed for the 32-bit table instructions (`isa::narrow_table_index`)
                fast Reg TableIndex64 { dst: Reg, src: Reg } => {
                    r!(dst) = crate::isa::narrow_table_index(r!(src)) as u64;
                    next!()
                }
            }
            family TableGrow64 [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst] = old size after growing 64-bit table `table` by r[delta] entries of r[init], or -1 (i64)
                slow Reg TableGrow64 { dst: Reg, init: Reg, delta: Reg, table: u32 } => {
                    let store = store!();
                    let t = store.instances[inst!() as usize].tables[table as usize];
                    r!(dst) = store.grow_table(t, r!(delta), r!(init)).unwrap_or(u64::MAX);
                    next!()
                }
            }
        }
        @then exn_table }
    };
}

/// Declares `LoadKind` and `LOAD_KINDS` (every kind, indexed by its `imm`) from one list.
macro_rules! load_kinds {
    ($($(#[$doc:meta])* $kind:ident,)*) => {
        /// What a scalar or v128 load reads and how it widens the bytes (`LoadN`/`V128LoadN`'s `imm`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        #[allow(missing_docs)]
        pub(crate) enum LoadKind {
            $($(#[$doc])* $kind,)*
        }

        pub(super) const LOAD_KINDS: &[LoadKind] = &[$(LoadKind::$kind,)*];
    };
}

load_kinds! {
    /// 4 bytes, zero-extended into the cell (`i32.load`, `f32.load`, `i64.load32_u`).
    U32,
    /// 8 bytes (`i64.load`, `f64.load`).
    U64,
    I32S8,
    /// 1 byte zero-extended (`i32.load8_u`, `i64.load8_u`).
    U8,
    I32S16,
    /// 2 bytes zero-extended (`i32.load16_u`, `i64.load16_u`).
    U16,
    I64S8,
    I64S16,
    I64S32,
    V128,
    V128S8x8,
    V128U8x8,
    V128S16x4,
    V128U16x4,
    V128S32x2,
    V128U32x2,
    V128Splat8,
    V128Splat16,
    V128Splat32,
    V128Splat64,
    V128Zero32,
    V128Zero64,
}

impl LoadKind {
    pub(crate) fn from_imm(imm: u8) -> Result<LoadKind, crate::error::TrapCode> {
        // Every `imm` comes from `LoadKind as u8` at translation; anything else is not an
        // instruction the translator makes.
        LOAD_KINDS.get(imm as usize).copied().ok_or(crate::error::TrapCode::Unreachable)
    }

    /// Bytes read from memory.
    pub(crate) fn size(self) -> u64 {
        use LoadKind::*;
        match self {
            U8 | I32S8 | I64S8 | V128Splat8 => 1,
            U16 | I32S16 | I64S16 | V128Splat16 => 2,
            U32 | I64S32 | V128Splat32 | V128Zero32 => 4,
            U64 | V128S8x8 | V128U8x8 | V128S16x4 | V128U16x4 | V128S32x2 | V128U32x2 | V128Splat64 | V128Zero64 => 8,
            V128 => 16,
        }
    }

    /// The value of the little-endian bytes `raw` (the low `size` bytes) as this load produces
    /// it: a cell for a scalar load, both cells (low first) for a v128 one.
    pub(crate) fn convert(self, raw: u128) -> u128 {
        use LoadKind::*;
        let x = raw as u64;
        match self {
            U32 | U64 | U8 | U16 | V128 => raw,
            I32S8 => x as i8 as i32 as u32 as u128,
            I32S16 => x as i16 as i32 as u32 as u128,
            I64S8 => x as i8 as i64 as u64 as u128,
            I64S16 => x as i16 as i64 as u64 as u128,
            I64S32 => x as i32 as i64 as u64 as u128,
            V128S8x8 => crate::simd::v128_load8x8_s(x).0,
            V128U8x8 => crate::simd::v128_load8x8_u(x).0,
            V128S16x4 => crate::simd::v128_load16x4_s(x).0,
            V128U16x4 => crate::simd::v128_load16x4_u(x).0,
            V128S32x2 => crate::simd::v128_load32x2_s(x).0,
            V128U32x2 => crate::simd::v128_load32x2_u(x).0,
            V128Splat8 => crate::simd::i8x16_splat(x as i32).0,
            V128Splat16 => crate::simd::i16x8_splat(x as i32).0,
            V128Splat32 => crate::simd::i32x4_splat(x as i32).0,
            V128Splat64 => crate::simd::i64x2_splat(x as i64).0,
            V128Zero32 => crate::simd::v128_load32_zero(x as u32).0,
            V128Zero64 => crate::simd::v128_load64_zero(x).0,
        }
    }
}

/// A store's or lane access's `imm`: the access is `1 << (imm & SIZE_MASK)` bytes; with
/// `LANE` set it is lane `imm >> 4` of a v128 (lanes of the access's size).
pub(crate) const SIZE_MASK: u8 = 7;
/// See `SIZE_MASK`.
pub(crate) const LANE: u8 = 8;

/// A 64-bit table's index, element offset or length (an `i64`) as the 32-bit table
/// instructions and the runtime's bulk table operations take it: saturated at `u32::MAX`. No
/// table holds that many entries (the runtime's `MAX_ELEMS`, checked at compile time there), so
/// an index or range is out of bounds after narrowing exactly when it was before (an index of
/// 2^32 or more is out of bounds, never wrapped), and a 64-bit table's code needs no
/// instructions of its own beyond this narrowing and `table.grow`.
pub(crate) fn narrow_table_index(index: u64) -> u32 {
    index.min(u32::MAX as u64) as u32
}
