//! The SIMD instructions (v128): every fixed-width and relaxed SIMD operation as a family of
//! one `Reg` form. A v128 operand or result occupies two consecutive frame cells, `r[x]` (low
//! 64 bits) and `r[x + 1]` (high 64 bits); the lane semantics are the plain functions of
//! `crate::simd`, which every body calls (nothing about lanes is written here). Lane indices
//! are immediates (`imm`); a `v128.const` and a shuffle's 16 lane indices follow their
//! instruction as two `V128Data` words (the op stays 16 bytes), so those instructions move
//! `pc` past them. No SIMD form reads an accumulator; the ones that produce a scalar (lane
//! extraction, tests, bitmasks) also leave it in the accumulator of its type, as scalar ops do.
//!
//! The value-computing operations are rows of one section per shape, expanded by `simd_rows!`
//! in one step (a row names the op, its Wasm name — the doc line — and its `simd` function):
//!
//! ```text
//! vunary   { Name "wasm.name" = function; }  // r[dst..+2] = f(r[src..+2])
//! vbinary  { ... }                           // r[dst..+2] = f(r[lhs..+2], r[rhs..+2])
//! vternary { ... }                           // r[dst..+2] = f(r[lhs..+2], r[rhs..+2], r[src..+2])
//! vshift   { ... }                           // r[dst..+2] = f(r[lhs..+2], r[rhs] as u32)
//! vtest    { ... }                           // r[dst] = f(r[src..+2]) (i32)
//! vsplat   { Name "wasm.name" (T) = function; }   // r[dst..+2] = f(r[src] as T)
//! vextract { Name "wasm.name" (T) = function; }   // r[dst] = f(r[src..+2], imm) (T)
//! vreplace { Name "wasm.name" (T) = function; }   // r[dst..+2] = f(r[lhs..+2], imm, r[rhs] as T)
//! vbinload { ... }                           // r[dst..+2] = f(r[lhs..+2], mem[ea..ea+16])
//! vloadbin { ... }                           // r[dst..+2] = f(mem[ea..ea+16], r[rhs..+2])
//! vupdate  { ... }                           // mem[ea..ea+16] = f(r[lhs..+2], mem[ea..ea+16])
//! ```
//!
//! `vbinload` rows are superinstructions: a binary op whose right operand is the `v128.load`
//! just before it (`ea` as for the loads), fused by the translator (`translate::simd`) when the
//! loaded value is a temporary that only the op reads; the inner loops of vectorized code are
//! mostly such pairs. `vloadbin` rows are the same with the load as the LEFT operand, for the
//! ops that cannot be commuted into a `vbinload` (float ops, whose NaN result depends on the
//! operand order, and the non-commutative integer ops). `vupdate` rows are a `vbinload` whose
//! result the next instruction stores back where the load read it (`mem[ea] = x + mem[ea]`,
//! the accumulation `o[i] += ...` of vectorized loops); the translator fuses the store into
//! the `vbinload` when both use the same address register and offset.
//!
//! Memory, moves, globals, constants and shuffles are written out as families.

/// Continues `expand_isa!` with the SIMD families, then the superinstructions (`fused_table`).
macro_rules! simd_table {
    (($d:tt) [$($done:tt)*]) => {
        simd_rows! { ($d) [$($done)*]
        vunary {
            V128Not "v128.not" = v128_not;
            I8x16Abs "i8x16.abs" = i8x16_abs;
            I16x8Abs "i16x8.abs" = i16x8_abs;
            I32x4Abs "i32x4.abs" = i32x4_abs;
            I64x2Abs "i64x2.abs" = i64x2_abs;
            I8x16Neg "i8x16.neg" = i8x16_neg;
            I16x8Neg "i16x8.neg" = i16x8_neg;
            I32x4Neg "i32x4.neg" = i32x4_neg;
            I64x2Neg "i64x2.neg" = i64x2_neg;
            I8x16Popcnt "i8x16.popcnt" = i8x16_popcnt;
            I16x8ExtendLowI8x16S "i16x8.extend_low_i8x16_s" = i16x8_extend_low_i8x16_s;
            I16x8ExtendHighI8x16S "i16x8.extend_high_i8x16_s" = i16x8_extend_high_i8x16_s;
            I16x8ExtendLowI8x16U "i16x8.extend_low_i8x16_u" = i16x8_extend_low_i8x16_u;
            I16x8ExtendHighI8x16U "i16x8.extend_high_i8x16_u" = i16x8_extend_high_i8x16_u;
            I32x4ExtendLowI16x8S "i32x4.extend_low_i16x8_s" = i32x4_extend_low_i16x8_s;
            I32x4ExtendHighI16x8S "i32x4.extend_high_i16x8_s" = i32x4_extend_high_i16x8_s;
            I32x4ExtendLowI16x8U "i32x4.extend_low_i16x8_u" = i32x4_extend_low_i16x8_u;
            I32x4ExtendHighI16x8U "i32x4.extend_high_i16x8_u" = i32x4_extend_high_i16x8_u;
            I64x2ExtendLowI32x4S "i64x2.extend_low_i32x4_s" = i64x2_extend_low_i32x4_s;
            I64x2ExtendHighI32x4S "i64x2.extend_high_i32x4_s" = i64x2_extend_high_i32x4_s;
            I64x2ExtendLowI32x4U "i64x2.extend_low_i32x4_u" = i64x2_extend_low_i32x4_u;
            I64x2ExtendHighI32x4U "i64x2.extend_high_i32x4_u" = i64x2_extend_high_i32x4_u;
            I16x8ExtAddPairwiseI8x16S "i16x8.extadd_pairwise_i8x16_s" = i16x8_extadd_pairwise_i8x16_s;
            I16x8ExtAddPairwiseI8x16U "i16x8.extadd_pairwise_i8x16_u" = i16x8_extadd_pairwise_i8x16_u;
            I32x4ExtAddPairwiseI16x8S "i32x4.extadd_pairwise_i16x8_s" = i32x4_extadd_pairwise_i16x8_s;
            I32x4ExtAddPairwiseI16x8U "i32x4.extadd_pairwise_i16x8_u" = i32x4_extadd_pairwise_i16x8_u;
            F32x4Abs "f32x4.abs" = f32x4_abs;
            F64x2Abs "f64x2.abs" = f64x2_abs;
            F32x4Neg "f32x4.neg" = f32x4_neg;
            F64x2Neg "f64x2.neg" = f64x2_neg;
            F32x4Sqrt "f32x4.sqrt" = f32x4_sqrt;
            F64x2Sqrt "f64x2.sqrt" = f64x2_sqrt;
            F32x4Ceil "f32x4.ceil" = f32x4_ceil;
            F64x2Ceil "f64x2.ceil" = f64x2_ceil;
            F32x4Floor "f32x4.floor" = f32x4_floor;
            F64x2Floor "f64x2.floor" = f64x2_floor;
            F32x4Trunc "f32x4.trunc" = f32x4_trunc;
            F64x2Trunc "f64x2.trunc" = f64x2_trunc;
            F32x4Nearest "f32x4.nearest" = f32x4_nearest;
            F64x2Nearest "f64x2.nearest" = f64x2_nearest;
            I32x4TruncSatF32x4S "i32x4.trunc_sat_f32x4_s" = i32x4_trunc_sat_f32x4_s;
            I32x4TruncSatF32x4U "i32x4.trunc_sat_f32x4_u" = i32x4_trunc_sat_f32x4_u;
            F32x4ConvertI32x4S "f32x4.convert_i32x4_s" = f32x4_convert_i32x4_s;
            F32x4ConvertI32x4U "f32x4.convert_i32x4_u" = f32x4_convert_i32x4_u;
            I32x4TruncSatF64x2SZero "i32x4.trunc_sat_f64x2_s_zero" = i32x4_trunc_sat_f64x2_s_zero;
            I32x4TruncSatF64x2UZero "i32x4.trunc_sat_f64x2_u_zero" = i32x4_trunc_sat_f64x2_u_zero;
            F64x2ConvertLowI32x4S "f64x2.convert_low_i32x4_s" = f64x2_convert_low_i32x4_s;
            F64x2ConvertLowI32x4U "f64x2.convert_low_i32x4_u" = f64x2_convert_low_i32x4_u;
            F32x4DemoteF64x2Zero "f32x4.demote_f64x2_zero" = f32x4_demote_f64x2_zero;
            F64x2PromoteLowF32x4 "f64x2.promote_low_f32x4" = f64x2_promote_low_f32x4;
            I32x4RelaxedTruncF32x4S "i32x4.relaxed_trunc_f32x4_s" = i32x4_relaxed_trunc_f32x4_s;
            I32x4RelaxedTruncF32x4U "i32x4.relaxed_trunc_f32x4_u" = i32x4_relaxed_trunc_f32x4_u;
            I32x4RelaxedTruncF64x2SZero "i32x4.relaxed_trunc_f64x2_s_zero" = i32x4_relaxed_trunc_f64x2_s_zero;
            I32x4RelaxedTruncF64x2UZero "i32x4.relaxed_trunc_f64x2_u_zero" = i32x4_relaxed_trunc_f64x2_u_zero;
        }
        vbinary {
            V128And "v128.and" = v128_and;
            V128AndNot "v128.andnot" = v128_andnot;
            V128Or "v128.or" = v128_or;
            V128Xor "v128.xor" = v128_xor;
            I8x16Swizzle "i8x16.swizzle" = i8x16_swizzle;
            I8x16Add "i8x16.add" = i8x16_add;
            I16x8Add "i16x8.add" = i16x8_add;
            I32x4Add "i32x4.add" = i32x4_add;
            I64x2Add "i64x2.add" = i64x2_add;
            I8x16Sub "i8x16.sub" = i8x16_sub;
            I16x8Sub "i16x8.sub" = i16x8_sub;
            I32x4Sub "i32x4.sub" = i32x4_sub;
            I64x2Sub "i64x2.sub" = i64x2_sub;
            I16x8Mul "i16x8.mul" = i16x8_mul;
            I32x4Mul "i32x4.mul" = i32x4_mul;
            I64x2Mul "i64x2.mul" = i64x2_mul;
            I8x16AddSatS "i8x16.add_sat_s" = i8x16_add_sat_s;
            I8x16AddSatU "i8x16.add_sat_u" = i8x16_add_sat_u;
            I16x8AddSatS "i16x8.add_sat_s" = i16x8_add_sat_s;
            I16x8AddSatU "i16x8.add_sat_u" = i16x8_add_sat_u;
            I8x16SubSatS "i8x16.sub_sat_s" = i8x16_sub_sat_s;
            I8x16SubSatU "i8x16.sub_sat_u" = i8x16_sub_sat_u;
            I16x8SubSatS "i16x8.sub_sat_s" = i16x8_sub_sat_s;
            I16x8SubSatU "i16x8.sub_sat_u" = i16x8_sub_sat_u;
            I8x16MinS "i8x16.min_s" = i8x16_min_s;
            I8x16MinU "i8x16.min_u" = i8x16_min_u;
            I16x8MinS "i16x8.min_s" = i16x8_min_s;
            I16x8MinU "i16x8.min_u" = i16x8_min_u;
            I32x4MinS "i32x4.min_s" = i32x4_min_s;
            I32x4MinU "i32x4.min_u" = i32x4_min_u;
            I8x16MaxS "i8x16.max_s" = i8x16_max_s;
            I8x16MaxU "i8x16.max_u" = i8x16_max_u;
            I16x8MaxS "i16x8.max_s" = i16x8_max_s;
            I16x8MaxU "i16x8.max_u" = i16x8_max_u;
            I32x4MaxS "i32x4.max_s" = i32x4_max_s;
            I32x4MaxU "i32x4.max_u" = i32x4_max_u;
            I8x16AvgrU "i8x16.avgr_u" = i8x16_avgr_u;
            I16x8AvgrU "i16x8.avgr_u" = i16x8_avgr_u;
            I16x8Q15MulrSatS "i16x8.q15mulr_sat_s" = i16x8_q15mulr_sat_s;
            I8x16Eq "i8x16.eq" = i8x16_eq;
            I8x16Ne "i8x16.ne" = i8x16_ne;
            I8x16LtS "i8x16.lt_s" = i8x16_lt_s;
            I8x16GtS "i8x16.gt_s" = i8x16_gt_s;
            I8x16LeS "i8x16.le_s" = i8x16_le_s;
            I8x16GeS "i8x16.ge_s" = i8x16_ge_s;
            I8x16LtU "i8x16.lt_u" = i8x16_lt_u;
            I8x16GtU "i8x16.gt_u" = i8x16_gt_u;
            I8x16LeU "i8x16.le_u" = i8x16_le_u;
            I8x16GeU "i8x16.ge_u" = i8x16_ge_u;
            I16x8Eq "i16x8.eq" = i16x8_eq;
            I16x8Ne "i16x8.ne" = i16x8_ne;
            I16x8LtS "i16x8.lt_s" = i16x8_lt_s;
            I16x8GtS "i16x8.gt_s" = i16x8_gt_s;
            I16x8LeS "i16x8.le_s" = i16x8_le_s;
            I16x8GeS "i16x8.ge_s" = i16x8_ge_s;
            I16x8LtU "i16x8.lt_u" = i16x8_lt_u;
            I16x8GtU "i16x8.gt_u" = i16x8_gt_u;
            I16x8LeU "i16x8.le_u" = i16x8_le_u;
            I16x8GeU "i16x8.ge_u" = i16x8_ge_u;
            I32x4Eq "i32x4.eq" = i32x4_eq;
            I32x4Ne "i32x4.ne" = i32x4_ne;
            I32x4LtS "i32x4.lt_s" = i32x4_lt_s;
            I32x4GtS "i32x4.gt_s" = i32x4_gt_s;
            I32x4LeS "i32x4.le_s" = i32x4_le_s;
            I32x4GeS "i32x4.ge_s" = i32x4_ge_s;
            I32x4LtU "i32x4.lt_u" = i32x4_lt_u;
            I32x4GtU "i32x4.gt_u" = i32x4_gt_u;
            I32x4LeU "i32x4.le_u" = i32x4_le_u;
            I32x4GeU "i32x4.ge_u" = i32x4_ge_u;
            I64x2Eq "i64x2.eq" = i64x2_eq;
            I64x2Ne "i64x2.ne" = i64x2_ne;
            I64x2LtS "i64x2.lt_s" = i64x2_lt_s;
            I64x2GtS "i64x2.gt_s" = i64x2_gt_s;
            I64x2LeS "i64x2.le_s" = i64x2_le_s;
            I64x2GeS "i64x2.ge_s" = i64x2_ge_s;
            F32x4Eq "f32x4.eq" = f32x4_eq;
            F32x4Ne "f32x4.ne" = f32x4_ne;
            F32x4Lt "f32x4.lt" = f32x4_lt;
            F32x4Gt "f32x4.gt" = f32x4_gt;
            F32x4Le "f32x4.le" = f32x4_le;
            F32x4Ge "f32x4.ge" = f32x4_ge;
            F64x2Eq "f64x2.eq" = f64x2_eq;
            F64x2Ne "f64x2.ne" = f64x2_ne;
            F64x2Lt "f64x2.lt" = f64x2_lt;
            F64x2Gt "f64x2.gt" = f64x2_gt;
            F64x2Le "f64x2.le" = f64x2_le;
            F64x2Ge "f64x2.ge" = f64x2_ge;
            I8x16NarrowI16x8S "i8x16.narrow_i16x8_s" = i8x16_narrow_i16x8_s;
            I8x16NarrowI16x8U "i8x16.narrow_i16x8_u" = i8x16_narrow_i16x8_u;
            I16x8NarrowI32x4S "i16x8.narrow_i32x4_s" = i16x8_narrow_i32x4_s;
            I16x8NarrowI32x4U "i16x8.narrow_i32x4_u" = i16x8_narrow_i32x4_u;
            I16x8ExtMulLowI8x16S "i16x8.extmul_low_i8x16_s" = i16x8_extmul_low_i8x16_s;
            I16x8ExtMulHighI8x16S "i16x8.extmul_high_i8x16_s" = i16x8_extmul_high_i8x16_s;
            I16x8ExtMulLowI8x16U "i16x8.extmul_low_i8x16_u" = i16x8_extmul_low_i8x16_u;
            I16x8ExtMulHighI8x16U "i16x8.extmul_high_i8x16_u" = i16x8_extmul_high_i8x16_u;
            I32x4ExtMulLowI16x8S "i32x4.extmul_low_i16x8_s" = i32x4_extmul_low_i16x8_s;
            I32x4ExtMulHighI16x8S "i32x4.extmul_high_i16x8_s" = i32x4_extmul_high_i16x8_s;
            I32x4ExtMulLowI16x8U "i32x4.extmul_low_i16x8_u" = i32x4_extmul_low_i16x8_u;
            I32x4ExtMulHighI16x8U "i32x4.extmul_high_i16x8_u" = i32x4_extmul_high_i16x8_u;
            I64x2ExtMulLowI32x4S "i64x2.extmul_low_i32x4_s" = i64x2_extmul_low_i32x4_s;
            I64x2ExtMulHighI32x4S "i64x2.extmul_high_i32x4_s" = i64x2_extmul_high_i32x4_s;
            I64x2ExtMulLowI32x4U "i64x2.extmul_low_i32x4_u" = i64x2_extmul_low_i32x4_u;
            I64x2ExtMulHighI32x4U "i64x2.extmul_high_i32x4_u" = i64x2_extmul_high_i32x4_u;
            I32x4DotI16x8S "i32x4.dot_i16x8_s" = i32x4_dot_i16x8_s;
            F32x4Add "f32x4.add" = f32x4_add;
            F64x2Add "f64x2.add" = f64x2_add;
            F32x4Sub "f32x4.sub" = f32x4_sub;
            F64x2Sub "f64x2.sub" = f64x2_sub;
            F32x4Mul "f32x4.mul" = f32x4_mul;
            F64x2Mul "f64x2.mul" = f64x2_mul;
            F32x4Div "f32x4.div" = f32x4_div;
            F64x2Div "f64x2.div" = f64x2_div;
            F32x4Min "f32x4.min" = f32x4_min;
            F64x2Min "f64x2.min" = f64x2_min;
            F32x4Max "f32x4.max" = f32x4_max;
            F64x2Max "f64x2.max" = f64x2_max;
            F32x4PMin "f32x4.pmin" = f32x4_pmin;
            F64x2PMin "f64x2.pmin" = f64x2_pmin;
            F32x4PMax "f32x4.pmax" = f32x4_pmax;
            F64x2PMax "f64x2.pmax" = f64x2_pmax;
            I8x16RelaxedSwizzle "i8x16.relaxed_swizzle" = i8x16_relaxed_swizzle;
            F32x4RelaxedMin "f32x4.relaxed_min" = f32x4_relaxed_min;
            F32x4RelaxedMax "f32x4.relaxed_max" = f32x4_relaxed_max;
            F64x2RelaxedMin "f64x2.relaxed_min" = f64x2_relaxed_min;
            F64x2RelaxedMax "f64x2.relaxed_max" = f64x2_relaxed_max;
            I16x8RelaxedQ15mulrS "i16x8.relaxed_q15mulr_s" = i16x8_relaxed_q15mulr_s;
            I16x8RelaxedDotI8x16I7x16S "i16x8.relaxed_dot_i8x16_i7x16_s" = i16x8_relaxed_dot_i8x16_i7x16_s;
        }
        vternary {
            V128Bitselect "v128.bitselect" = v128_bitselect;
            F32x4RelaxedMadd "f32x4.relaxed_madd" = f32x4_relaxed_madd;
            F32x4RelaxedNmadd "f32x4.relaxed_nmadd" = f32x4_relaxed_nmadd;
            F64x2RelaxedMadd "f64x2.relaxed_madd" = f64x2_relaxed_madd;
            F64x2RelaxedNmadd "f64x2.relaxed_nmadd" = f64x2_relaxed_nmadd;
            I8x16RelaxedLaneselect "i8x16.relaxed_laneselect" = i8x16_relaxed_laneselect;
            I16x8RelaxedLaneselect "i16x8.relaxed_laneselect" = i16x8_relaxed_laneselect;
            I32x4RelaxedLaneselect "i32x4.relaxed_laneselect" = i32x4_relaxed_laneselect;
            I64x2RelaxedLaneselect "i64x2.relaxed_laneselect" = i64x2_relaxed_laneselect;
            I32x4RelaxedDotI8x16I7x16AddS "i32x4.relaxed_dot_i8x16_i7x16_add_s" = i32x4_relaxed_dot_i8x16_i7x16_add_s;
        }
        vshift {
            I8x16Shl "i8x16.shl" = i8x16_shl;
            I16x8Shl "i16x8.shl" = i16x8_shl;
            I32x4Shl "i32x4.shl" = i32x4_shl;
            I64x2Shl "i64x2.shl" = i64x2_shl;
            I8x16ShrS "i8x16.shr_s" = i8x16_shr_s;
            I16x8ShrS "i16x8.shr_s" = i16x8_shr_s;
            I32x4ShrS "i32x4.shr_s" = i32x4_shr_s;
            I64x2ShrS "i64x2.shr_s" = i64x2_shr_s;
            I8x16ShrU "i8x16.shr_u" = i8x16_shr_u;
            I16x8ShrU "i16x8.shr_u" = i16x8_shr_u;
            I32x4ShrU "i32x4.shr_u" = i32x4_shr_u;
            I64x2ShrU "i64x2.shr_u" = i64x2_shr_u;
        }
        vtest {
            V128AnyTrue "v128.any_true" = v128_any_true;
            I8x16AllTrue "i8x16.all_true" = i8x16_all_true;
            I16x8AllTrue "i16x8.all_true" = i16x8_all_true;
            I32x4AllTrue "i32x4.all_true" = i32x4_all_true;
            I64x2AllTrue "i64x2.all_true" = i64x2_all_true;
            I8x16Bitmask "i8x16.bitmask" = i8x16_bitmask;
            I16x8Bitmask "i16x8.bitmask" = i16x8_bitmask;
            I32x4Bitmask "i32x4.bitmask" = i32x4_bitmask;
            I64x2Bitmask "i64x2.bitmask" = i64x2_bitmask;
        }
        vsplat {
            I8x16Splat "i8x16.splat" (i32) = i8x16_splat;
            I16x8Splat "i16x8.splat" (i32) = i16x8_splat;
            I32x4Splat "i32x4.splat" (i32) = i32x4_splat;
            I64x2Splat "i64x2.splat" (i64) = i64x2_splat;
            F32x4Splat "f32x4.splat" (f32) = f32x4_splat;
            F64x2Splat "f64x2.splat" (f64) = f64x2_splat;
        }
        vextract {
            I8x16ExtractLaneS "i8x16.extract_lane_s" (i32) = i8x16_extract_lane_s;
            I8x16ExtractLaneU "i8x16.extract_lane_u" (i32) = i8x16_extract_lane_u;
            I16x8ExtractLaneS "i16x8.extract_lane_s" (i32) = i16x8_extract_lane_s;
            I16x8ExtractLaneU "i16x8.extract_lane_u" (i32) = i16x8_extract_lane_u;
            I32x4ExtractLane "i32x4.extract_lane" (i32) = i32x4_extract_lane;
            I64x2ExtractLane "i64x2.extract_lane" (i64) = i64x2_extract_lane;
            F32x4ExtractLane "f32x4.extract_lane" (f32) = f32x4_extract_lane;
            F64x2ExtractLane "f64x2.extract_lane" (f64) = f64x2_extract_lane;
        }
        vreplace {
            I8x16ReplaceLane "i8x16.replace_lane" (i32) = i8x16_replace_lane;
            I16x8ReplaceLane "i16x8.replace_lane" (i32) = i16x8_replace_lane;
            I32x4ReplaceLane "i32x4.replace_lane" (i32) = i32x4_replace_lane;
            I64x2ReplaceLane "i64x2.replace_lane" (i64) = i64x2_replace_lane;
            F32x4ReplaceLane "f32x4.replace_lane" (f32) = f32x4_replace_lane;
            F64x2ReplaceLane "f64x2.replace_lane" (f64) = f64x2_replace_lane;
        }
        vbinload {
            F32x4AddLoad "f32x4.add, its rhs a v128.load" = f32x4_add;
            F32x4SubLoad "f32x4.sub, its rhs a v128.load" = f32x4_sub;
            F32x4MulLoad "f32x4.mul, its rhs a v128.load" = f32x4_mul;
            F64x2AddLoad "f64x2.add, its rhs a v128.load" = f64x2_add;
            F64x2SubLoad "f64x2.sub, its rhs a v128.load" = f64x2_sub;
            F64x2MulLoad "f64x2.mul, its rhs a v128.load" = f64x2_mul;
            I8x16AddLoad "i8x16.add, its rhs a v128.load" = i8x16_add;
            I16x8AddLoad "i16x8.add, its rhs a v128.load" = i16x8_add;
            I32x4AddLoad "i32x4.add, its rhs a v128.load" = i32x4_add;
            I32x4SubLoad "i32x4.sub, its rhs a v128.load" = i32x4_sub;
            I32x4MulLoad "i32x4.mul, its rhs a v128.load" = i32x4_mul;
            I8x16EqLoad "i8x16.eq, its rhs a v128.load" = i8x16_eq;
            V128AndLoad "v128.and, its rhs a v128.load" = v128_and;
            V128OrLoad "v128.or, its rhs a v128.load" = v128_or;
            V128XorLoad "v128.xor, its rhs a v128.load" = v128_xor;
        }
        vloadbin {
            F32x4LoadAdd "f32x4.add, its lhs a v128.load" = f32x4_add;
            F32x4LoadSub "f32x4.sub, its lhs a v128.load" = f32x4_sub;
            F32x4LoadMul "f32x4.mul, its lhs a v128.load" = f32x4_mul;
            F32x4LoadDiv "f32x4.div, its lhs a v128.load" = f32x4_div;
            F32x4LoadMin "f32x4.min, its lhs a v128.load" = f32x4_min;
            F32x4LoadMax "f32x4.max, its lhs a v128.load" = f32x4_max;
            F64x2LoadAdd "f64x2.add, its lhs a v128.load" = f64x2_add;
            F64x2LoadSub "f64x2.sub, its lhs a v128.load" = f64x2_sub;
            F64x2LoadMul "f64x2.mul, its lhs a v128.load" = f64x2_mul;
            F64x2LoadDiv "f64x2.div, its lhs a v128.load" = f64x2_div;
            I8x16LoadSub "i8x16.sub, its lhs a v128.load" = i8x16_sub;
            I16x8LoadSub "i16x8.sub, its lhs a v128.load" = i16x8_sub;
            I32x4LoadSub "i32x4.sub, its lhs a v128.load" = i32x4_sub;
            V128LoadAndNot "v128.andnot, its lhs a v128.load" = v128_andnot;
        }
        vupdate {
            F32x4AddLoadStore "f32x4.add, its rhs a v128.load, stored back to the load's address" = f32x4_add;
            F32x4MulLoadStore "f32x4.mul, its rhs a v128.load, stored back to the load's address" = f32x4_mul;
            F64x2AddLoadStore "f64x2.add, its rhs a v128.load, stored back to the load's address" = f64x2_add;
            F64x2MulLoadStore "f64x2.mul, its rhs a v128.load, stored back to the load's address" = f64x2_mul;
            I32x4AddLoadStore "i32x4.add, its rhs a v128.load, stored back to the load's address" = i32x4_add;
        }
        families {
            family CopyV128 [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = r[src..src+2] (both cells read before either is written)
                fast Reg CopyV128 { dst: Reg, src: Reg } => { let v = get_v!(src); set_v!(dst, v); next!() }
            }
            family SelectV128 [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = if r[cond] as u32 != 0 { r[lhs..lhs+2] } else { r[rhs..rhs+2] }
                fast Reg SelectV128 { dst: Reg, cond: Reg, lhs: Reg, rhs: Reg } => {
                    let v = if i32v!(cond) != 0 { get_v!(lhs) } else { get_v!(rhs) };
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Data [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// never executed: 64 bits of the operand of the instruction before it (`V128Const`,
                /// `I8x16Shuffle`: low word first)
                fast Reg V128Data { imm: u64 } => { let _ = imm; trap!(TrapCode::Unreachable) }
            }
            family V128Const [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = the two `V128Data` words that follow (low first); pc += 3
                fast Reg V128Const { dst: Reg } => {
                    let v = crate::simd::V128(v128_data!());
                    set_v!(dst, v);
                    jump!(3)
                }
            }
            family I8x16Shuffle [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = i8x16.shuffle(r[lhs..+2], r[rhs..+2]) with the 16 lane indices in
                /// the two `V128Data` words that follow (lane 0 in the low byte); pc += 3
                fast Reg I8x16Shuffle { dst: Reg, lhs: Reg, rhs: Reg } => {
                    let lanes = v128_data!();
                    let shuffle = |a, b, lanes: u128| crate::simd::i8x16_shuffle(a, b, lanes.to_le_bytes());
                    let v = crate::simd::apply3(shuffle, get_v!(lhs), get_v!(rhs), lanes);
                    set_v!(dst, v);
                    jump!(3)
                }
            }
            family GlobalGetV128 [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = global[global] (a v128 global)
                fast Reg GlobalGetV128 { dst: Reg, global: u32 } => {
                    // SAFETY: as for GlobalGet.
                    let g = *inst_globals!().add(global as usize);
                    let g = store!().globals.get_unchecked(g as usize);
                    let v = crate::simd::V128::from_cells([g.value, g.hi]);
                    set_v!(dst, v);
                    next!()
                }
            }
            family GlobalSetV128 [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// global[global] = r[src..src+2] (a v128 global)
                fast Reg GlobalSetV128 { src: Reg, global: u32 } => {
                    // SAFETY: as for GlobalGet.
                    let g = *inst_globals!().add(global as usize);
                    let [lo, hi] = get_v!(src).to_cells();
                    let g = store!().globals.get_unchecked_mut(g as usize);
                    g.value = lo;
                    g.hi = hi;
                    next!()
                }
            }

            // Loads: `ea = r[addr] as u32 + offset`, checked as the scalar loads are.
            family V128Load [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = mem[ea..ea+16]
                fast Reg V128Load { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::V128(load_value!(i32v!(addr), offset, u128, |x| x));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load8x8S [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = v128.load8x8_s(mem[ea..ea+8])
                fast Reg V128Load8x8S { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::v128_load8x8_s, load_value!(i32v!(addr), offset, u64, |x| x));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load8x8U [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = v128.load8x8_u(mem[ea..ea+8])
                fast Reg V128Load8x8U { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::v128_load8x8_u, load_value!(i32v!(addr), offset, u64, |x| x));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load16x4S [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = v128.load16x4_s(mem[ea..ea+8])
                fast Reg V128Load16x4S { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::v128_load16x4_s, load_value!(i32v!(addr), offset, u64, |x| x));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load16x4U [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = v128.load16x4_u(mem[ea..ea+8])
                fast Reg V128Load16x4U { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::v128_load16x4_u, load_value!(i32v!(addr), offset, u64, |x| x));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load32x2S [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = v128.load32x2_s(mem[ea..ea+8])
                fast Reg V128Load32x2S { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::v128_load32x2_s, load_value!(i32v!(addr), offset, u64, |x| x));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load32x2U [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = v128.load32x2_u(mem[ea..ea+8])
                fast Reg V128Load32x2U { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::v128_load32x2_u, load_value!(i32v!(addr), offset, u64, |x| x));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load8Splat [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = i8x16.splat(mem[ea])
                fast Reg V128Load8Splat { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::i8x16_splat, load_value!(i32v!(addr), offset, u8, |x| x as i32));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load16Splat [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = i16x8.splat(mem[ea..ea+2])
                fast Reg V128Load16Splat { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::i16x8_splat, load_value!(i32v!(addr), offset, u16, |x| x as i32));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load32Splat [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = i32x4.splat(mem[ea..ea+4])
                fast Reg V128Load32Splat { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::i32x4_splat, load_value!(i32v!(addr), offset, u32, |x| x as i32));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load64Splat [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = i64x2.splat(mem[ea..ea+8])
                fast Reg V128Load64Splat { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::i64x2_splat, load_value!(i32v!(addr), offset, u64, |x| x as i64));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load32Zero [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = mem[ea..ea+4] zero-extended to 128 bits
                fast Reg V128Load32Zero { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::v128_load32_zero, load_value!(i32v!(addr), offset, u32, |x| x));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load64Zero [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = mem[ea..ea+8] zero-extended to 128 bits
                fast Reg V128Load64Zero { dst: Reg, addr: Reg, offset: u32 } => {
                    let v = crate::simd::apply1(crate::simd::v128_load64_zero, load_value!(i32v!(addr), offset, u64, |x| x));
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load8Lane [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = r[src..src+2] with lane imm (i8x16) = mem[ea]
                fast Reg V128Load8Lane { dst: Reg, addr: Reg, src: Reg, offset: u32, imm: u8 } => {
                    let x = load_value!(i32v!(addr), offset, u8, |x| x as i32);
                    let v = crate::simd::apply3(crate::simd::i8x16_replace_lane, get_v!(src), imm, x);
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load16Lane [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = r[src..src+2] with lane imm (i16x8) = mem[ea..ea+2]
                fast Reg V128Load16Lane { dst: Reg, addr: Reg, src: Reg, offset: u32, imm: u8 } => {
                    let x = load_value!(i32v!(addr), offset, u16, |x| x as i32);
                    let v = crate::simd::apply3(crate::simd::i16x8_replace_lane, get_v!(src), imm, x);
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load32Lane [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = r[src..src+2] with lane imm (i32x4) = mem[ea..ea+4]
                fast Reg V128Load32Lane { dst: Reg, addr: Reg, src: Reg, offset: u32, imm: u8 } => {
                    let x = load_value!(i32v!(addr), offset, u32, |x| x as i32);
                    let v = crate::simd::apply3(crate::simd::i32x4_replace_lane, get_v!(src), imm, x);
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Load64Lane [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                /// r[dst..dst+2] = r[src..src+2] with lane imm (i64x2) = mem[ea..ea+8]
                fast Reg V128Load64Lane { dst: Reg, addr: Reg, src: Reg, offset: u32, imm: u8 } => {
                    let x = load_value!(i32v!(addr), offset, u64, |x| x as i64);
                    let v = crate::simd::apply3(crate::simd::i64x2_replace_lane, get_v!(src), imm, x);
                    set_v!(dst, v);
                    next!()
                }
            }
            family V128Store [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// mem[ea..ea+16] = r[src..src+2]
                fast Reg V128Store { addr: Reg, src: Reg, offset: u32 } => {
                    store_mem!(i32v!(addr), get_v!(src).0, offset, u128);
                    next!()
                }
            }
            family V128Store8Lane [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// mem[ea] = lane imm (i8x16) of r[src..src+2]
                fast Reg V128Store8Lane { addr: Reg, src: Reg, offset: u32, imm: u8 } => {
                    store_mem!(i32v!(addr), crate::simd::apply2(crate::simd::i8x16_extract_lane_u, get_v!(src), imm), offset, u8);
                    next!()
                }
            }
            family V128Store16Lane [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// mem[ea..ea+2] = lane imm (i16x8) of r[src..src+2]
                fast Reg V128Store16Lane { addr: Reg, src: Reg, offset: u32, imm: u8 } => {
                    store_mem!(i32v!(addr), crate::simd::apply2(crate::simd::i16x8_extract_lane_u, get_v!(src), imm), offset, u16);
                    next!()
                }
            }
            family V128Store32Lane [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// mem[ea..ea+4] = lane imm (i32x4) of r[src..src+2]
                fast Reg V128Store32Lane { addr: Reg, src: Reg, offset: u32, imm: u8 } => {
                    store_mem!(i32v!(addr), crate::simd::apply2(crate::simd::i32x4_extract_lane, get_v!(src), imm), offset, u32);
                    next!()
                }
            }
            family V128Store64Lane [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                /// mem[ea..ea+8] = lane imm (i64x2) of r[src..src+2]
                fast Reg V128Store64Lane { addr: Reg, src: Reg, offset: u32, imm: u8 } => {
                    store_mem!(i32v!(addr), crate::simd::apply2(crate::simd::i64x2_extract_lane, get_v!(src), imm), offset, u64);
                    next!()
                }
            }
        }
        }
    };
}

/// Expands the sections of `simd_table` into families in one step (no row-by-row recursion:
/// the SIMD table would otherwise double the depth and the work of `expand_isa!`), then goes
/// on with the superinstructions.
macro_rules! simd_rows {
    (($d:tt) [$($done:tt)*]
        vunary { $($un:ident $un_w:literal = $un_f:ident;)* }
        vbinary { $($bin:ident $bin_w:literal = $bin_f:ident;)* }
        vternary { $($ter:ident $ter_w:literal = $ter_f:ident;)* }
        vshift { $($sh:ident $sh_w:literal = $sh_f:ident;)* }
        vtest { $($te:ident $te_w:literal = $te_f:ident;)* }
        vsplat { $($sp:ident $sp_w:literal ($sp_t:ident) = $sp_f:ident;)* }
        vextract { $($ex:ident $ex_w:literal ($ex_t:ident) = $ex_f:ident;)* }
        vreplace { $($re:ident $re_w:literal ($re_t:ident) = $re_f:ident;)* }
        vbinload { $($bl:ident $bl_w:literal = $bl_f:ident;)* }
        vloadbin { $($lb:ident $lb_w:literal = $lb_f:ident;)* }
        vupdate { $($up:ident $up_w:literal = $up_f:ident;)* }
        families { $($families:tt)* }
    ) => {
        expand_isa! { ($d) [$($done)*
            $(family $un [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $un_w]
                fast Reg $un { dst: Reg, src: Reg } => { let v = crate::simd::apply1(crate::simd::fast::$un_f, get_v!(src)); set_v!(dst, v); next!() }
            })*
            $(family $bin [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $bin_w]
                fast Reg $bin { dst: Reg, lhs: Reg, rhs: Reg } => {
                    let v = crate::simd::apply2(crate::simd::fast::$bin_f, get_v!(lhs), get_v!(rhs));
                    set_v!(dst, v);
                    next!()
                }
            })*
            $(family $ter [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $ter_w]
                fast Reg $ter { dst: Reg, lhs: Reg, rhs: Reg, src: Reg } => {
                    let v = crate::simd::apply3(crate::simd::fast::$ter_f, get_v!(lhs), get_v!(rhs), get_v!(src));
                    set_v!(dst, v);
                    next!()
                }
            })*
            $(family $sh [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $sh_w]
                fast Reg $sh { dst: Reg, lhs: Reg, rhs: Reg } => {
                    let v = crate::simd::apply2(crate::simd::fast::$sh_f, get_v!(lhs), i32v!(rhs));
                    set_v!(dst, v);
                    next!()
                }
            })*
            $(family $te [out i32, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $te_w]
                fast Reg $te { dst: Reg, src: Reg } => { set!(i32, dst, crate::simd::apply1(crate::simd::fast::$te_f, get_v!(src))); next!() }
            })*
            $(family $sp [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $sp_w]
                fast Reg $sp { dst: Reg, src: Reg } => {
                    let v = crate::simd::apply1(crate::simd::fast::$sp_f, lane_arg!($sp_t, src));
                    set_v!(dst, v);
                    next!()
                }
            })*
            $(family $ex [out $ex_t, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $ex_w]
                fast Reg $ex { dst: Reg, src: Reg, imm: u8 } => { set!($ex_t, dst, crate::simd::apply2(crate::simd::fast::$ex_f, get_v!(src), imm)); next!() }
            })*
            $(family $re [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $re_w]
                fast Reg $re { dst: Reg, lhs: Reg, rhs: Reg, imm: u8 } => {
                    let v = crate::simd::apply3(crate::simd::fast::$re_f, get_v!(lhs), imm, lane_arg!($re_t, rhs));
                    set_v!(dst, v);
                    next!()
                }
            })*
            $(family $bl [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $bl_w]
                fast Reg $bl { dst: Reg, lhs: Reg, addr: Reg, offset: u32 } => {
                    let rhs = crate::simd::V128(load_value!(i32v!(addr), offset, u128, |x| x));
                    let v = crate::simd::apply2(crate::simd::fast::$bl_f, get_v!(lhs), rhs);
                    set_v!(dst, v);
                    next!()
                }
            })*
            $(family $lb [out NONE, acc_in -, operand -, result dst, branch -, compare []] {
                #[doc = $lb_w]
                fast Reg $lb { dst: Reg, addr: Reg, rhs: Reg, offset: u32 } => {
                    let lhs = crate::simd::V128(load_value!(i32v!(addr), offset, u128, |x| x));
                    let v = crate::simd::apply2(crate::simd::fast::$lb_f, lhs, get_v!(rhs));
                    set_v!(dst, v);
                    next!()
                }
            })*
            $(family $up [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                #[doc = $up_w]
                fast Reg $up { lhs: Reg, addr: Reg, offset: u32 } => {
                    let a = i32v!(addr);
                    let rhs = crate::simd::V128(load_value!(a, offset, u128, |x| x));
                    let v = crate::simd::apply2(crate::simd::fast::$up_f, get_v!(lhs), rhs);
                    store_mem!(a, v.0, offset, u128);
                    next!()
                }
            })*
            $($families)*
        ] @then fused_table }
    };
}
