//! Translation of the SIMD operators: each pops its operands (a v128 is one stack entry two
//! cells wide), pushes its result and emits the instruction of the same name (`isa::simd`).
//! A `v128.const` and a shuffle's lane indices follow their instruction as two `V128Data`
//! words. No SIMD instruction takes part in the accumulator; the fusions are a binary op with
//! the `v128.load` of one of its operands (`vbinload`, `vloadbin` in `isa::simd`), and such an
//! op with the `v128.store` of its result back to the address it loaded from (`vupdate`).

use super::{FuncTranslator, Operand};
use crate::error::Error;
use crate::isa::{Op, Reg};
use wasmparser::{MemArg, Operator};

impl FuncTranslator {
    /// Pops `N` operands and pushes a result `width` cells wide; `make(dst, operands)`.
    fn simd_op<const N: usize>(&mut self, width: usize, make: impl FnOnce(Reg, [Reg; N]) -> Op) {
        let len = self.stack.len();
        let temps: [bool; N] = std::array::from_fn(|i| self.stack[len - N + i] == Operand::Temp);
        let regs = self.pop_regs::<N>();
        let dst = self.push_temp_wide(width);
        let op = make(dst, regs);
        if N == 2
            && let Some(at) = self.producer_just_before()
            && let Op::V128Load { dst: loaded, addr, offset } = self.code[at]
        {
            // The load's result is a temporary this op pops: the op takes it from memory.
            let fused = if temps[1] && loaded == regs[1] {
                load_rhs_form(op, addr, offset)
            } else if temps[0] && loaded == regs[0] {
                commuted_int(op)
                    .and_then(|op| load_rhs_form(op, addr, offset))
                    .or_else(|| load_lhs_form(op, addr, offset))
            } else {
                None
            };
            if let Some(fused) = fused {
                self.code[at] = fused;
                self.last_producer = Some(at);
                return;
            }
        }
        self.emit_producer(op);
    }

    /// An instruction followed by the two `V128Data` words of `bits` (low first).
    fn emit_with_data(&mut self, op: Op, bits: u128) {
        self.emit(op);
        self.code.push(Op::V128Data { imm: bits as u64 });
        self.code.push(Op::V128Data { imm: (bits >> 64) as u64 });
    }

    fn offset(memarg: &MemArg) -> u32 {
        // Memory64 is not enabled: validated offsets fit 32 bits.
        memarg.offset as u32
    }

    /// Translates a SIMD operator (already validated); any other operator is unsupported.
    pub(super) fn simd_operator(&mut self, op: Operator<'_>) -> Result<(), Error> {
        use Operator as O;
        macro_rules! v1 {
            ($n:ident) => {
                self.simd_op::<1>(2, |dst, [src]| Op::$n { dst, src })
            };
        }
        macro_rules! v2 {
            ($n:ident) => {
                self.simd_op::<2>(2, |dst, [lhs, rhs]| Op::$n { dst, lhs, rhs })
            };
        }
        macro_rules! v3 {
            ($n:ident) => {
                self.simd_op::<3>(2, |dst, [lhs, rhs, src]| Op::$n { dst, lhs, rhs, src })
            };
        }
        macro_rules! to_i32 {
            ($n:ident) => {
                self.simd_op::<1>(1, |dst, [src]| Op::$n { dst, src })
            };
        }
        macro_rules! splat {
            ($n:ident) => {
                self.simd_op::<1>(2, |dst, [src]| Op::$n { dst, src })
            };
        }
        macro_rules! extract {
            ($n:ident, $lane:expr) => {
                self.simd_op::<1>(1, |dst, [src]| Op::$n { dst, src, imm: $lane })
            };
        }
        macro_rules! replace {
            ($n:ident, $lane:expr) => {
                self.simd_op::<2>(2, |dst, [lhs, rhs]| Op::$n { dst, lhs, rhs, imm: $lane })
            };
        }
        macro_rules! load {
            ($n:ident, $memarg:expr) => {{
                let offset = Self::offset(&$memarg);
                self.simd_op::<1>(2, |dst, [addr]| Op::$n { dst, addr, offset })
            }};
        }
        macro_rules! load_lane {
            ($n:ident, $memarg:expr, $lane:expr) => {{
                let offset = Self::offset(&$memarg);
                self.simd_op::<2>(2, |dst, [addr, src]| Op::$n { dst, addr, src, offset, imm: $lane })
            }};
        }
        macro_rules! store_lane {
            ($n:ident, $memarg:expr, $lane:expr) => {{
                let offset = Self::offset(&$memarg);
                let [addr, src] = self.pop_regs::<2>();
                self.emit(Op::$n { addr, src, offset, imm: $lane });
            }};
        }
        match op {
            O::V128Const { value } => {
                let dst = self.push_temp_wide(2);
                self.emit_with_data(Op::V128Const { dst }, u128::from_le_bytes(*value.bytes()));
            }
            O::I8x16Shuffle { lanes } => {
                let [lhs, rhs] = self.pop_regs::<2>();
                let dst = self.push_temp_wide(2);
                self.emit_with_data(Op::I8x16Shuffle { dst, lhs, rhs }, u128::from_le_bytes(lanes));
            }
            O::V128Load { memarg } => load!(V128Load, memarg),
            O::V128Load8x8S { memarg } => load!(V128Load8x8S, memarg),
            O::V128Load8x8U { memarg } => load!(V128Load8x8U, memarg),
            O::V128Load16x4S { memarg } => load!(V128Load16x4S, memarg),
            O::V128Load16x4U { memarg } => load!(V128Load16x4U, memarg),
            O::V128Load32x2S { memarg } => load!(V128Load32x2S, memarg),
            O::V128Load32x2U { memarg } => load!(V128Load32x2U, memarg),
            O::V128Load8Splat { memarg } => load!(V128Load8Splat, memarg),
            O::V128Load16Splat { memarg } => load!(V128Load16Splat, memarg),
            O::V128Load32Splat { memarg } => load!(V128Load32Splat, memarg),
            O::V128Load64Splat { memarg } => load!(V128Load64Splat, memarg),
            O::V128Load32Zero { memarg } => load!(V128Load32Zero, memarg),
            O::V128Load64Zero { memarg } => load!(V128Load64Zero, memarg),
            O::V128Load8Lane { memarg, lane } => load_lane!(V128Load8Lane, memarg, lane),
            O::V128Load16Lane { memarg, lane } => load_lane!(V128Load16Lane, memarg, lane),
            O::V128Load32Lane { memarg, lane } => load_lane!(V128Load32Lane, memarg, lane),
            O::V128Load64Lane { memarg, lane } => load_lane!(V128Load64Lane, memarg, lane),
            O::V128Store { memarg } => {
                let offset = Self::offset(&memarg);
                let src_is_temp = self.stack.last() == Some(&Operand::Temp);
                let [addr, src] = self.pop_regs::<2>();
                // The stored value is a temporary that a `vbinload` just before computed from
                // the same address: one read-modify-write instruction (nothing runs between
                // them, so `r[addr]` and the memory are the same for both).
                if src_is_temp
                    && let Some(at) = self.producer_just_before()
                    && let Some(fused) = update_form(self.code[at], addr, src, offset)
                {
                    self.code[at] = fused;
                    self.last_producer = None;
                    return Ok(());
                }
                self.emit(Op::V128Store { addr, src, offset });
            }
            O::V128Store8Lane { memarg, lane } => store_lane!(V128Store8Lane, memarg, lane),
            O::V128Store16Lane { memarg, lane } => store_lane!(V128Store16Lane, memarg, lane),
            O::V128Store32Lane { memarg, lane } => store_lane!(V128Store32Lane, memarg, lane),
            O::V128Store64Lane { memarg, lane } => store_lane!(V128Store64Lane, memarg, lane),
            O::I8x16Splat => splat!(I8x16Splat),
            O::I16x8Splat => splat!(I16x8Splat),
            O::I32x4Splat => splat!(I32x4Splat),
            O::I64x2Splat => splat!(I64x2Splat),
            O::F32x4Splat => splat!(F32x4Splat),
            O::F64x2Splat => splat!(F64x2Splat),
            O::I8x16ExtractLaneS { lane } => extract!(I8x16ExtractLaneS, lane),
            O::I8x16ExtractLaneU { lane } => extract!(I8x16ExtractLaneU, lane),
            O::I16x8ExtractLaneS { lane } => extract!(I16x8ExtractLaneS, lane),
            O::I16x8ExtractLaneU { lane } => extract!(I16x8ExtractLaneU, lane),
            O::I32x4ExtractLane { lane } => extract!(I32x4ExtractLane, lane),
            O::I64x2ExtractLane { lane } => extract!(I64x2ExtractLane, lane),
            O::F32x4ExtractLane { lane } => extract!(F32x4ExtractLane, lane),
            O::F64x2ExtractLane { lane } => extract!(F64x2ExtractLane, lane),
            O::I8x16ReplaceLane { lane } => replace!(I8x16ReplaceLane, lane),
            O::I16x8ReplaceLane { lane } => replace!(I16x8ReplaceLane, lane),
            O::I32x4ReplaceLane { lane } => replace!(I32x4ReplaceLane, lane),
            O::I64x2ReplaceLane { lane } => replace!(I64x2ReplaceLane, lane),
            O::F32x4ReplaceLane { lane } => replace!(F32x4ReplaceLane, lane),
            O::F64x2ReplaceLane { lane } => replace!(F64x2ReplaceLane, lane),
            O::V128Not => v1!(V128Not),
            O::I8x16Abs => v1!(I8x16Abs),
            O::I16x8Abs => v1!(I16x8Abs),
            O::I32x4Abs => v1!(I32x4Abs),
            O::I64x2Abs => v1!(I64x2Abs),
            O::I8x16Neg => v1!(I8x16Neg),
            O::I16x8Neg => v1!(I16x8Neg),
            O::I32x4Neg => v1!(I32x4Neg),
            O::I64x2Neg => v1!(I64x2Neg),
            O::I8x16Popcnt => v1!(I8x16Popcnt),
            O::I16x8ExtendLowI8x16S => v1!(I16x8ExtendLowI8x16S),
            O::I16x8ExtendHighI8x16S => v1!(I16x8ExtendHighI8x16S),
            O::I16x8ExtendLowI8x16U => v1!(I16x8ExtendLowI8x16U),
            O::I16x8ExtendHighI8x16U => v1!(I16x8ExtendHighI8x16U),
            O::I32x4ExtendLowI16x8S => v1!(I32x4ExtendLowI16x8S),
            O::I32x4ExtendHighI16x8S => v1!(I32x4ExtendHighI16x8S),
            O::I32x4ExtendLowI16x8U => v1!(I32x4ExtendLowI16x8U),
            O::I32x4ExtendHighI16x8U => v1!(I32x4ExtendHighI16x8U),
            O::I64x2ExtendLowI32x4S => v1!(I64x2ExtendLowI32x4S),
            O::I64x2ExtendHighI32x4S => v1!(I64x2ExtendHighI32x4S),
            O::I64x2ExtendLowI32x4U => v1!(I64x2ExtendLowI32x4U),
            O::I64x2ExtendHighI32x4U => v1!(I64x2ExtendHighI32x4U),
            O::I16x8ExtAddPairwiseI8x16S => v1!(I16x8ExtAddPairwiseI8x16S),
            O::I16x8ExtAddPairwiseI8x16U => v1!(I16x8ExtAddPairwiseI8x16U),
            O::I32x4ExtAddPairwiseI16x8S => v1!(I32x4ExtAddPairwiseI16x8S),
            O::I32x4ExtAddPairwiseI16x8U => v1!(I32x4ExtAddPairwiseI16x8U),
            O::F32x4Abs => v1!(F32x4Abs),
            O::F64x2Abs => v1!(F64x2Abs),
            O::F32x4Neg => v1!(F32x4Neg),
            O::F64x2Neg => v1!(F64x2Neg),
            O::F32x4Sqrt => v1!(F32x4Sqrt),
            O::F64x2Sqrt => v1!(F64x2Sqrt),
            O::F32x4Ceil => v1!(F32x4Ceil),
            O::F64x2Ceil => v1!(F64x2Ceil),
            O::F32x4Floor => v1!(F32x4Floor),
            O::F64x2Floor => v1!(F64x2Floor),
            O::F32x4Trunc => v1!(F32x4Trunc),
            O::F64x2Trunc => v1!(F64x2Trunc),
            O::F32x4Nearest => v1!(F32x4Nearest),
            O::F64x2Nearest => v1!(F64x2Nearest),
            O::I32x4TruncSatF32x4S => v1!(I32x4TruncSatF32x4S),
            O::I32x4TruncSatF32x4U => v1!(I32x4TruncSatF32x4U),
            O::F32x4ConvertI32x4S => v1!(F32x4ConvertI32x4S),
            O::F32x4ConvertI32x4U => v1!(F32x4ConvertI32x4U),
            O::I32x4TruncSatF64x2SZero => v1!(I32x4TruncSatF64x2SZero),
            O::I32x4TruncSatF64x2UZero => v1!(I32x4TruncSatF64x2UZero),
            O::F64x2ConvertLowI32x4S => v1!(F64x2ConvertLowI32x4S),
            O::F64x2ConvertLowI32x4U => v1!(F64x2ConvertLowI32x4U),
            O::F32x4DemoteF64x2Zero => v1!(F32x4DemoteF64x2Zero),
            O::F64x2PromoteLowF32x4 => v1!(F64x2PromoteLowF32x4),
            O::I32x4RelaxedTruncF32x4S => v1!(I32x4RelaxedTruncF32x4S),
            O::I32x4RelaxedTruncF32x4U => v1!(I32x4RelaxedTruncF32x4U),
            O::I32x4RelaxedTruncF64x2SZero => v1!(I32x4RelaxedTruncF64x2SZero),
            O::I32x4RelaxedTruncF64x2UZero => v1!(I32x4RelaxedTruncF64x2UZero),
            O::V128And => v2!(V128And),
            O::V128AndNot => v2!(V128AndNot),
            O::V128Or => v2!(V128Or),
            O::V128Xor => v2!(V128Xor),
            O::I8x16Swizzle => v2!(I8x16Swizzle),
            O::I8x16Add => v2!(I8x16Add),
            O::I16x8Add => v2!(I16x8Add),
            O::I32x4Add => v2!(I32x4Add),
            O::I64x2Add => v2!(I64x2Add),
            O::I8x16Sub => v2!(I8x16Sub),
            O::I16x8Sub => v2!(I16x8Sub),
            O::I32x4Sub => v2!(I32x4Sub),
            O::I64x2Sub => v2!(I64x2Sub),
            O::I16x8Mul => v2!(I16x8Mul),
            O::I32x4Mul => v2!(I32x4Mul),
            O::I64x2Mul => v2!(I64x2Mul),
            O::I8x16AddSatS => v2!(I8x16AddSatS),
            O::I8x16AddSatU => v2!(I8x16AddSatU),
            O::I16x8AddSatS => v2!(I16x8AddSatS),
            O::I16x8AddSatU => v2!(I16x8AddSatU),
            O::I8x16SubSatS => v2!(I8x16SubSatS),
            O::I8x16SubSatU => v2!(I8x16SubSatU),
            O::I16x8SubSatS => v2!(I16x8SubSatS),
            O::I16x8SubSatU => v2!(I16x8SubSatU),
            O::I8x16MinS => v2!(I8x16MinS),
            O::I8x16MinU => v2!(I8x16MinU),
            O::I16x8MinS => v2!(I16x8MinS),
            O::I16x8MinU => v2!(I16x8MinU),
            O::I32x4MinS => v2!(I32x4MinS),
            O::I32x4MinU => v2!(I32x4MinU),
            O::I8x16MaxS => v2!(I8x16MaxS),
            O::I8x16MaxU => v2!(I8x16MaxU),
            O::I16x8MaxS => v2!(I16x8MaxS),
            O::I16x8MaxU => v2!(I16x8MaxU),
            O::I32x4MaxS => v2!(I32x4MaxS),
            O::I32x4MaxU => v2!(I32x4MaxU),
            O::I8x16AvgrU => v2!(I8x16AvgrU),
            O::I16x8AvgrU => v2!(I16x8AvgrU),
            O::I16x8Q15MulrSatS => v2!(I16x8Q15MulrSatS),
            O::I8x16Eq => v2!(I8x16Eq),
            O::I8x16Ne => v2!(I8x16Ne),
            O::I8x16LtS => v2!(I8x16LtS),
            O::I8x16GtS => v2!(I8x16GtS),
            O::I8x16LeS => v2!(I8x16LeS),
            O::I8x16GeS => v2!(I8x16GeS),
            O::I8x16LtU => v2!(I8x16LtU),
            O::I8x16GtU => v2!(I8x16GtU),
            O::I8x16LeU => v2!(I8x16LeU),
            O::I8x16GeU => v2!(I8x16GeU),
            O::I16x8Eq => v2!(I16x8Eq),
            O::I16x8Ne => v2!(I16x8Ne),
            O::I16x8LtS => v2!(I16x8LtS),
            O::I16x8GtS => v2!(I16x8GtS),
            O::I16x8LeS => v2!(I16x8LeS),
            O::I16x8GeS => v2!(I16x8GeS),
            O::I16x8LtU => v2!(I16x8LtU),
            O::I16x8GtU => v2!(I16x8GtU),
            O::I16x8LeU => v2!(I16x8LeU),
            O::I16x8GeU => v2!(I16x8GeU),
            O::I32x4Eq => v2!(I32x4Eq),
            O::I32x4Ne => v2!(I32x4Ne),
            O::I32x4LtS => v2!(I32x4LtS),
            O::I32x4GtS => v2!(I32x4GtS),
            O::I32x4LeS => v2!(I32x4LeS),
            O::I32x4GeS => v2!(I32x4GeS),
            O::I32x4LtU => v2!(I32x4LtU),
            O::I32x4GtU => v2!(I32x4GtU),
            O::I32x4LeU => v2!(I32x4LeU),
            O::I32x4GeU => v2!(I32x4GeU),
            O::I64x2Eq => v2!(I64x2Eq),
            O::I64x2Ne => v2!(I64x2Ne),
            O::I64x2LtS => v2!(I64x2LtS),
            O::I64x2GtS => v2!(I64x2GtS),
            O::I64x2LeS => v2!(I64x2LeS),
            O::I64x2GeS => v2!(I64x2GeS),
            O::F32x4Eq => v2!(F32x4Eq),
            O::F32x4Ne => v2!(F32x4Ne),
            O::F32x4Lt => v2!(F32x4Lt),
            O::F32x4Gt => v2!(F32x4Gt),
            O::F32x4Le => v2!(F32x4Le),
            O::F32x4Ge => v2!(F32x4Ge),
            O::F64x2Eq => v2!(F64x2Eq),
            O::F64x2Ne => v2!(F64x2Ne),
            O::F64x2Lt => v2!(F64x2Lt),
            O::F64x2Gt => v2!(F64x2Gt),
            O::F64x2Le => v2!(F64x2Le),
            O::F64x2Ge => v2!(F64x2Ge),
            O::I8x16NarrowI16x8S => v2!(I8x16NarrowI16x8S),
            O::I8x16NarrowI16x8U => v2!(I8x16NarrowI16x8U),
            O::I16x8NarrowI32x4S => v2!(I16x8NarrowI32x4S),
            O::I16x8NarrowI32x4U => v2!(I16x8NarrowI32x4U),
            O::I16x8ExtMulLowI8x16S => v2!(I16x8ExtMulLowI8x16S),
            O::I16x8ExtMulHighI8x16S => v2!(I16x8ExtMulHighI8x16S),
            O::I16x8ExtMulLowI8x16U => v2!(I16x8ExtMulLowI8x16U),
            O::I16x8ExtMulHighI8x16U => v2!(I16x8ExtMulHighI8x16U),
            O::I32x4ExtMulLowI16x8S => v2!(I32x4ExtMulLowI16x8S),
            O::I32x4ExtMulHighI16x8S => v2!(I32x4ExtMulHighI16x8S),
            O::I32x4ExtMulLowI16x8U => v2!(I32x4ExtMulLowI16x8U),
            O::I32x4ExtMulHighI16x8U => v2!(I32x4ExtMulHighI16x8U),
            O::I64x2ExtMulLowI32x4S => v2!(I64x2ExtMulLowI32x4S),
            O::I64x2ExtMulHighI32x4S => v2!(I64x2ExtMulHighI32x4S),
            O::I64x2ExtMulLowI32x4U => v2!(I64x2ExtMulLowI32x4U),
            O::I64x2ExtMulHighI32x4U => v2!(I64x2ExtMulHighI32x4U),
            O::I32x4DotI16x8S => v2!(I32x4DotI16x8S),
            O::F32x4Add => v2!(F32x4Add),
            O::F64x2Add => v2!(F64x2Add),
            O::F32x4Sub => v2!(F32x4Sub),
            O::F64x2Sub => v2!(F64x2Sub),
            O::F32x4Mul => v2!(F32x4Mul),
            O::F64x2Mul => v2!(F64x2Mul),
            O::F32x4Div => v2!(F32x4Div),
            O::F64x2Div => v2!(F64x2Div),
            O::F32x4Min => v2!(F32x4Min),
            O::F64x2Min => v2!(F64x2Min),
            O::F32x4Max => v2!(F32x4Max),
            O::F64x2Max => v2!(F64x2Max),
            O::F32x4PMin => v2!(F32x4PMin),
            O::F64x2PMin => v2!(F64x2PMin),
            O::F32x4PMax => v2!(F32x4PMax),
            O::F64x2PMax => v2!(F64x2PMax),
            O::I8x16RelaxedSwizzle => v2!(I8x16RelaxedSwizzle),
            O::F32x4RelaxedMin => v2!(F32x4RelaxedMin),
            O::F32x4RelaxedMax => v2!(F32x4RelaxedMax),
            O::F64x2RelaxedMin => v2!(F64x2RelaxedMin),
            O::F64x2RelaxedMax => v2!(F64x2RelaxedMax),
            O::I16x8RelaxedQ15mulrS => v2!(I16x8RelaxedQ15mulrS),
            O::I16x8RelaxedDotI8x16I7x16S => v2!(I16x8RelaxedDotI8x16I7x16S),
            O::V128Bitselect => v3!(V128Bitselect),
            O::F32x4RelaxedMadd => v3!(F32x4RelaxedMadd),
            O::F32x4RelaxedNmadd => v3!(F32x4RelaxedNmadd),
            O::F64x2RelaxedMadd => v3!(F64x2RelaxedMadd),
            O::F64x2RelaxedNmadd => v3!(F64x2RelaxedNmadd),
            O::I8x16RelaxedLaneselect => v3!(I8x16RelaxedLaneselect),
            O::I16x8RelaxedLaneselect => v3!(I16x8RelaxedLaneselect),
            O::I32x4RelaxedLaneselect => v3!(I32x4RelaxedLaneselect),
            O::I64x2RelaxedLaneselect => v3!(I64x2RelaxedLaneselect),
            O::I32x4RelaxedDotI8x16I7x16AddS => v3!(I32x4RelaxedDotI8x16I7x16AddS),
            O::I8x16Shl => v2!(I8x16Shl),
            O::I16x8Shl => v2!(I16x8Shl),
            O::I32x4Shl => v2!(I32x4Shl),
            O::I64x2Shl => v2!(I64x2Shl),
            O::I8x16ShrS => v2!(I8x16ShrS),
            O::I16x8ShrS => v2!(I16x8ShrS),
            O::I32x4ShrS => v2!(I32x4ShrS),
            O::I64x2ShrS => v2!(I64x2ShrS),
            O::I8x16ShrU => v2!(I8x16ShrU),
            O::I16x8ShrU => v2!(I16x8ShrU),
            O::I32x4ShrU => v2!(I32x4ShrU),
            O::I64x2ShrU => v2!(I64x2ShrU),
            O::V128AnyTrue => to_i32!(V128AnyTrue),
            O::I8x16AllTrue => to_i32!(I8x16AllTrue),
            O::I16x8AllTrue => to_i32!(I16x8AllTrue),
            O::I32x4AllTrue => to_i32!(I32x4AllTrue),
            O::I64x2AllTrue => to_i32!(I64x2AllTrue),
            O::I8x16Bitmask => to_i32!(I8x16Bitmask),
            O::I16x8Bitmask => to_i32!(I16x8Bitmask),
            O::I32x4Bitmask => to_i32!(I32x4Bitmask),
            O::I64x2Bitmask => to_i32!(I64x2Bitmask),
            other => return Err(Error::Unsupported(format!("operator {other:?}"))),
        }
        Ok(())
    }
}

/// The `vbinload` form of `op` (a binary op whose `rhs` is the `v128.load` of `addr`+`offset`).
fn load_rhs_form(op: Op, addr: Reg, offset: u32) -> Option<Op> {
    macro_rules! forms {
        ($($op:ident => $fused:ident,)*) => {
            match op {
                $(Op::$op { dst, lhs, .. } => Some(Op::$fused { dst, lhs, addr, offset }),)*
                _ => None,
            }
        };
    }
    forms! {
        F32x4Add => F32x4AddLoad,
        F32x4Sub => F32x4SubLoad,
        F32x4Mul => F32x4MulLoad,
        F64x2Add => F64x2AddLoad,
        F64x2Sub => F64x2SubLoad,
        F64x2Mul => F64x2MulLoad,
        I8x16Add => I8x16AddLoad,
        I16x8Add => I16x8AddLoad,
        I32x4Add => I32x4AddLoad,
        I32x4Sub => I32x4SubLoad,
        I32x4Mul => I32x4MulLoad,
        I8x16Eq => I8x16EqLoad,
        V128And => V128AndLoad,
        V128Or => V128OrLoad,
        V128Xor => V128XorLoad,
    }
}

/// The `vloadbin` form of `op` (a binary op whose `lhs` is the `v128.load` of `addr`+`offset`).
fn load_lhs_form(op: Op, addr: Reg, offset: u32) -> Option<Op> {
    macro_rules! forms {
        ($($op:ident => $fused:ident,)*) => {
            match op {
                $(Op::$op { dst, rhs, .. } => Some(Op::$fused { dst, addr, rhs, offset }),)*
                _ => None,
            }
        };
    }
    forms! {
        F32x4Add => F32x4LoadAdd,
        F32x4Sub => F32x4LoadSub,
        F32x4Mul => F32x4LoadMul,
        F32x4Div => F32x4LoadDiv,
        F32x4Min => F32x4LoadMin,
        F32x4Max => F32x4LoadMax,
        F64x2Add => F64x2LoadAdd,
        F64x2Sub => F64x2LoadSub,
        F64x2Mul => F64x2LoadMul,
        F64x2Div => F64x2LoadDiv,
        I8x16Sub => I8x16LoadSub,
        I16x8Sub => I16x8LoadSub,
        I32x4Sub => I32x4LoadSub,
        V128AndNot => V128LoadAndNot,
    }
}

/// The `vupdate` form of `op` followed by `v128.store` of its result `src` to `addr`+`offset`:
/// `op` must be a `vbinload` of that same address whose result register is `src` (and not the
/// address register, which the store reads after the op wrote it).
fn update_form(op: Op, addr: Reg, src: Reg, offset: u32) -> Option<Op> {
    macro_rules! forms {
        ($($op:ident => $fused:ident,)*) => {
            match op {
                $(Op::$op { dst, lhs, addr: a, offset: o }
                    if dst == src && a == addr && o == offset && addr != dst && addr != dst.wrapping_add(1) =>
                {
                    Some(Op::$fused { lhs, addr, offset })
                })*
                _ => None,
            }
        };
    }
    forms! {
        F32x4AddLoad => F32x4AddLoadStore,
        F32x4MulLoad => F32x4MulLoadStore,
        F64x2AddLoad => F64x2AddLoadStore,
        F64x2MulLoad => F64x2MulLoadStore,
        I32x4AddLoad => I32x4AddLoadStore,
    }
}

/// `op` with its operands swapped, for the integer and bitwise ops where that gives the same
/// bits. (Float ops are left alone: which NaN operand an x86 float op propagates depends on
/// the order.)
fn commuted_int(op: Op) -> Option<Op> {
    macro_rules! swap {
        ($($op:ident)*) => {
            match op {
                $(Op::$op { dst, lhs, rhs } => Some(Op::$op { dst, lhs: rhs, rhs: lhs }),)*
                _ => None,
            }
        };
    }
    swap! { I8x16Add I16x8Add I32x4Add I32x4Mul I8x16Eq V128And V128Or V128Xor }
}
