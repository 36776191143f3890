//! Translation of the memory operators that need the generic instructions (`isa::memory_n`):
//! any access to a memory other than 0, or to a 64-bit memory 0, and bulk operations naming
//! one. Operators on a 32-bit memory 0 are left to the main operator match (fast forms,
//! fusions), so a module with a single 32-bit memory translates exactly as it did before
//! multi-memory and memory64 existed. `memory.size` needs no generic form (its instruction
//! already names the memory, and a 64-bit memory's page count fits the 32 bits it writes, see
//! `runtime::memory::MAX_PAGES_64`), nor does `memory.grow` of a 32-bit memory.

use super::{FuncTranslator, ModuleEnv};
use crate::isa::{LANE, LoadKind, Op};
use wasmparser::{MemArg, MemArgTarget, Operator};

/// The memory an access names (an array target needs GC, which validation refuses).
fn index(memarg: &MemArg) -> u32 {
    match memarg.target {
        MemArgTarget::Memory(m) => m,
        MemArgTarget::Array(_) => 0,
    }
}

impl FuncTranslator {
    /// Translates `op` if it is a memory operator that needs a generic instruction; `false`
    /// (nothing emitted) for every other operator.
    pub(super) fn memory_n_operator(&mut self, env: &ModuleEnv, op: &Operator<'_>) -> bool {
        use LoadKind as K;
        use Operator as O;
        let generic = |mem: u32| mem != 0 || env.memory64.first() == Some(&true);
        match *op {
            O::I32Load { memarg } | O::F32Load { memarg } | O::I64Load32U { memarg } if generic(index(&memarg)) => {
                self.load_n(memarg, K::U32)
            }
            O::I64Load { memarg } | O::F64Load { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::U64),
            O::I32Load8S { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::I32S8),
            O::I32Load8U { memarg } | O::I64Load8U { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::U8),
            O::I32Load16S { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::I32S16),
            O::I32Load16U { memarg } | O::I64Load16U { memarg } if generic(index(&memarg)) => {
                self.load_n(memarg, K::U16)
            }
            O::I64Load8S { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::I64S8),
            O::I64Load16S { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::I64S16),
            O::I64Load32S { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::I64S32),
            O::V128Load { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128),
            O::V128Load8x8S { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128S8x8),
            O::V128Load8x8U { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128U8x8),
            O::V128Load16x4S { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128S16x4),
            O::V128Load16x4U { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128U16x4),
            O::V128Load32x2S { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128S32x2),
            O::V128Load32x2U { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128U32x2),
            O::V128Load8Splat { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128Splat8),
            O::V128Load16Splat { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128Splat16),
            O::V128Load32Splat { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128Splat32),
            O::V128Load64Splat { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128Splat64),
            O::V128Load32Zero { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128Zero32),
            O::V128Load64Zero { memarg } if generic(index(&memarg)) => self.load_n(memarg, K::V128Zero64),
            O::V128Load8Lane { memarg, lane } if generic(index(&memarg)) => self.load_lane_n(memarg, 0, lane),
            O::V128Load16Lane { memarg, lane } if generic(index(&memarg)) => self.load_lane_n(memarg, 1, lane),
            O::V128Load32Lane { memarg, lane } if generic(index(&memarg)) => self.load_lane_n(memarg, 2, lane),
            O::V128Load64Lane { memarg, lane } if generic(index(&memarg)) => self.load_lane_n(memarg, 3, lane),
            O::I32Store8 { memarg } | O::I64Store8 { memarg } if generic(index(&memarg)) => self.store_n(memarg, 0),
            O::I32Store16 { memarg } | O::I64Store16 { memarg } if generic(index(&memarg)) => self.store_n(memarg, 1),
            O::I32Store { memarg } | O::F32Store { memarg } | O::I64Store32 { memarg } if generic(index(&memarg)) => {
                self.store_n(memarg, 2)
            }
            O::I64Store { memarg } | O::F64Store { memarg } if generic(index(&memarg)) => self.store_n(memarg, 3),
            O::V128Store { memarg } if generic(index(&memarg)) => self.store_n(memarg, 4),
            O::V128Store8Lane { memarg, lane } if generic(index(&memarg)) => self.store_n(memarg, LANE | (lane << 4)),
            O::V128Store16Lane { memarg, lane } if generic(index(&memarg)) => {
                self.store_n(memarg, 1 | LANE | (lane << 4))
            }
            O::V128Store32Lane { memarg, lane } if generic(index(&memarg)) => {
                self.store_n(memarg, 2 | LANE | (lane << 4))
            }
            O::V128Store64Lane { memarg, lane } if generic(index(&memarg)) => {
                self.store_n(memarg, 3 | LANE | (lane << 4))
            }
            O::MemoryGrow { mem } if env.memory64.get(mem as usize) == Some(&true) => {
                let [delta] = self.pop_regs::<1>();
                let dst = self.push_temp();
                self.emit_producer(Op::MemoryGrow64 { dst, delta, mem: mem as u8 });
            }
            O::MemoryFill { mem } if generic(mem) => {
                let [dst, val, len] = self.pop_regs::<3>();
                self.emit(Op::MemoryFillN { dst, val, len, mem: mem as u8 });
            }
            O::MemoryCopy { dst_mem, src_mem } if generic(dst_mem) || generic(src_mem) => {
                let [dst, src, len] = self.pop_regs::<3>();
                self.emit(Op::MemoryCopyN { dst, src, len, mem: dst_mem as u8, src_mem: src_mem as u8 });
            }
            O::MemoryInit { data_index, mem } if generic(mem) => {
                let [dst, src, len] = self.pop_regs::<3>();
                self.emit(Op::MemoryInitN { dst, src, len, data: data_index, mem: mem as u8 });
            }
            _ => return false,
        }
        true
    }

    /// A load of `kind` (one cell, or two for a v128).
    fn load_n(&mut self, memarg: MemArg, kind: LoadKind) {
        let (mem, imm, offset) = (index(&memarg) as u8, kind as u8, memarg.offset);
        let [addr] = self.pop_regs::<1>();
        if kind as u8 >= LoadKind::V128 as u8 {
            let dst = self.push_temp_wide(2);
            self.emit_producer(Op::V128LoadN { dst, addr, mem, imm, offset });
        } else {
            let dst = self.push_temp();
            self.emit_producer(Op::LoadN { dst, addr, mem, imm, offset });
        }
    }

    /// A v128 lane load of lanes `1 << size_log2` bytes wide; the offset follows as a word.
    fn load_lane_n(&mut self, memarg: MemArg, size_log2: u8, lane: u8) {
        let [addr, src] = self.pop_regs::<2>();
        let dst = self.push_temp_wide(2);
        let imm = size_log2 | LANE | (lane << 4);
        self.emit(Op::V128LoadLaneN { dst, addr, src, mem: index(&memarg) as u8, imm });
        self.code.push(Op::MemOffset { offset: memarg.offset });
    }

    /// A store (`imm`: see `isa::SIZE_MASK`).
    fn store_n(&mut self, memarg: MemArg, imm: u8) {
        let [addr, src] = self.pop_regs::<2>();
        self.emit(Op::StoreN { addr, src, mem: index(&memarg) as u8, imm, offset: memarg.offset });
    }
}
