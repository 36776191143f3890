//! Wasm SIMD semantics as plain functions on [`V128`]: every fixed-width SIMD instruction
//! (Wasm 2.0) and every relaxed SIMD instruction (Wasm 3.0) that computes on values, one
//! function each, in the numeric module's style. The executor's SIMD handlers and constant
//! folding are to call these and nothing else, so each lane rule is written once.
//!
//! Memory instructions are split into their address part (the executor's) and their value
//! part, which is here: the extending, splatting and zero-filling loads take the loaded bytes
//! as an integer; lane loads and stores are `replace_lane`/`extract_lane`.
//!
//! Relaxed SIMD: the spec lets each of these ops pick among a few results. regwasm picks, for
//! every op, what wasmtime produces on x86-64 with SSE4.1 and FMA (its default lowering there),
//! so that the same module gives the same bits under both engines on the machines people run:
//! - `i8x16.relaxed_swizzle`: an index with its top bit set selects 0, any other index selects
//!   lane `index & 15` (x86 `pshufb`).
//! - `i32x4.relaxed_trunc_f32x4_s` and `..._f64x2_s_zero`: NaN and out-of-range lanes give
//!   `i32::MIN` (x86 `cvttps2dq`/`cvttpd2dq`); the unsigned forms saturate like `trunc_sat`.
//! - `relaxed_madd`/`relaxed_nmadd`: fused, one rounding (`a * b + c`, `-(a * b) + c`).
//! - `relaxed_laneselect`: i8x16, i32x4 and i64x2 pick by the top bit of each mask lane (x86
//!   `blendv`); i16x8 is a bitwise select (x86 has no 16-bit blend).
//! - `relaxed_min`/`relaxed_max`: `b < a ? b : a` and `a < b ? b : a` (x86 `minps`/`maxps`
//!   operand order), i.e. `pmin`/`pmax`.
//! - `i16x8.relaxed_q15mulr_s`: `(a * b + 2^14) >> 15` wrapping, so `-32768 * -32768` gives
//!   `-32768` (x86 `pmulhrsw`).
//! - `i16x8.relaxed_dot_i8x16_i7x16_s(a, b)`: pairs of `i8(a) * u8(b)` summed with signed
//!   saturation to 16 bits (x86 `pmaddubsw` with `b` as the unsigned operand); the `_add_s`
//!   form sums those pairs again into 32 bits and adds `c`, wrapping.

// On x86-64 the SSE2 versions replace some of the portable functions in the executor; those
// stay as the reference the `sse2` tests check against (and the code other targets run).
#![cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]

// Reads the suites with the `wast` parser (feature `wast`, on by default).
#[cfg(all(test, feature = "wast"))]
mod spec_check;

// SSE2 is in the x86-64 baseline; the intrinsics need it enabled at compile time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2;

/// The lane functions the executor's SIMD handlers call: every function of this module, with
/// the SSE2 versions (`sse2`, same names and exact results) in front where the target has them.
pub(crate) mod fast {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    pub use super::sse2::{f32x4_add, f32x4_div, f32x4_mul, f32x4_sub, f64x2_add, f64x2_div, f64x2_mul, f64x2_sub};
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    pub use super::sse2::{
        i8x16_add, i8x16_add_sat_s, i8x16_add_sat_u, i8x16_all_true, i8x16_avgr_u, i8x16_bitmask, i8x16_eq, i8x16_gt_s,
        i8x16_lt_s, i8x16_max_u, i8x16_min_u, i8x16_narrow_i16x8_s, i8x16_narrow_i16x8_u, i8x16_ne, i8x16_sub,
        i8x16_sub_sat_s, i8x16_sub_sat_u, i16x8_add, i16x8_add_sat_s, i16x8_add_sat_u, i16x8_all_true, i16x8_avgr_u,
        i16x8_bitmask, i16x8_eq, i16x8_extend_high_i8x16_s, i16x8_extend_high_i8x16_u, i16x8_extend_low_i8x16_s,
        i16x8_extend_low_i8x16_u, i16x8_gt_s, i16x8_lt_s, i16x8_max_s, i16x8_min_s, i16x8_mul, i16x8_narrow_i32x4_s,
        i16x8_ne, i16x8_shl, i16x8_shr_s, i16x8_shr_u, i16x8_sub, i16x8_sub_sat_s, i16x8_sub_sat_u, i32x4_add,
        i32x4_all_true, i32x4_bitmask, i32x4_dot_i16x8_s, i32x4_eq, i32x4_extend_high_i16x8_s,
        i32x4_extend_high_i16x8_u, i32x4_extend_low_i16x8_s, i32x4_extend_low_i16x8_u, i32x4_gt_s, i32x4_lt_s,
        i32x4_mul, i32x4_ne, i32x4_shl, i32x4_shr_s, i32x4_shr_u, i32x4_sub, i64x2_add, i64x2_bitmask,
        i64x2_extend_high_i32x4_u, i64x2_extend_low_i32x4_u, i64x2_shl, i64x2_shr_u, i64x2_sub, v128_any_true,
    };
    pub use super::*;
}

use crate::numeric::{f32_max, f32_min, f32_nearest, f32_quiet, f64_max, f64_min, f64_nearest, f64_quiet};

/// A 128-bit vector, lanes in little-endian order (lane 0 is the lowest-addressed bytes in
/// memory and the lowest bits of the `u128`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct V128(pub u128);

impl std::fmt::Debug for V128 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "V128({:#034x})", self.0)
    }
}

/// Lane views: `V128::i16x8` reads the eight 16-bit lanes, `V128::from_i16x8` builds a vector.
macro_rules! lane_views {
    ($($get:ident $from:ident $t:ty, $n:literal;)*) => {
        impl V128 {
            $(
                #[inline]
                pub fn $get(self) -> [$t; $n] {
                    const W: usize = 16 / $n;
                    let b = self.0.to_le_bytes();
                    std::array::from_fn(|i| {
                        let mut lane = [0u8; W];
                        lane.copy_from_slice(&b[i * W..i * W + W]);
                        <$t>::from_le_bytes(lane)
                    })
                }

                #[inline]
                pub fn $from(lanes: [$t; $n]) -> V128 {
                    const W: usize = 16 / $n;
                    let mut b = [0u8; 16];
                    for (i, lane) in lanes.iter().enumerate() {
                        b[i * W..i * W + W].copy_from_slice(&lane.to_le_bytes());
                    }
                    V128(u128::from_le_bytes(b))
                }
            )*
        }
    };
}

lane_views! {
    i8x16 from_i8x16 i8, 16;
    u8x16 from_u8x16 u8, 16;
    i16x8 from_i16x8 i16, 8;
    u16x8 from_u16x8 u16, 8;
    i32x4 from_i32x4 i32, 4;
    u32x4 from_u32x4 u32, 4;
    i64x2 from_i64x2 i64, 2;
    u64x2 from_u64x2 u64, 2;
    f32x4 from_f32x4 f32, 4;
    f64x2 from_f64x2 f64, 2;
}

/// Call `f` out of line, operands and result in registers (a `V128` is passed as a `u128`).
///
/// The executor's threaded handlers must end in a sibling call, which LLVM makes only when no
/// stack temporary of the handler has its address taken; a lane function inlined into a
/// handler at a low optimization level can leave such temporaries (the lane arrays). Each
/// SIMD handler calls its lane function through one of these, so whatever the function
/// keeps on the stack lives in this frame, not the handler's. From opt-level 2 on (cfg
/// `regwasm_simd_inline`, set by the build script) the lane arrays stay in registers and these
/// are inlined: the call and the handler's register saves around it cost more than the lane
/// work itself.
#[cfg_attr(regwasm_simd_inline, inline(always))]
#[cfg_attr(not(regwasm_simd_inline), inline(never))]
pub(crate) fn apply1<A, R>(f: impl FnOnce(A) -> R, a: A) -> R {
    f(a)
}

/// [`apply1`] with two operands.
#[cfg_attr(regwasm_simd_inline, inline(always))]
#[cfg_attr(not(regwasm_simd_inline), inline(never))]
pub(crate) fn apply2<A, B, R>(f: impl FnOnce(A, B) -> R, a: A, b: B) -> R {
    f(a, b)
}

/// [`apply1`] with three operands.
#[cfg_attr(regwasm_simd_inline, inline(always))]
#[cfg_attr(not(regwasm_simd_inline), inline(never))]
pub(crate) fn apply3<A, B, C, R>(f: impl FnOnce(A, B, C) -> R, a: A, b: B, c: C) -> R {
    f(a, b, c)
}

impl V128 {
    /// The vector as two 64-bit cells (low, high), as it sits in two frame slots.
    #[inline]
    pub fn to_cells(self) -> [u64; 2] {
        [self.0 as u64, (self.0 >> 64) as u64]
    }

    #[inline]
    pub fn from_cells(cells: [u64; 2]) -> V128 {
        V128(cells[0] as u128 | (cells[1] as u128) << 64)
    }
}

/// Lane-wise unary op: `unary!(name, view, from, |x| body)`.
macro_rules! unary {
    ($($name:ident $get:ident $from:ident |$x:ident| $body:expr;)*) => {$(
        #[inline]
        pub fn $name(a: V128) -> V128 {
            V128::$from(a.$get().map(|$x| $body))
        }
    )*};
}

/// Lane-wise binary op on lanes of one type.
macro_rules! binary {
    ($($name:ident $get:ident $from:ident |$x:ident, $y:ident| $body:expr;)*) => {$(
        #[inline]
        pub fn $name(a: V128, b: V128) -> V128 {
            let (a, b) = (a.$get(), b.$get());
            V128::$from(std::array::from_fn(|i| {
                let ($x, $y) = (a[i], b[i]);
                $body
            }))
        }
    )*};
}

/// Lane-wise comparison: all ones in a lane where it holds, zero where it does not; the
/// result lanes are integers of the operands' width.
macro_rules! compare {
    ($($name:ident $get:ident $from:ident $mask:ty |$x:ident, $y:ident| $cond:expr;)*) => {$(
        #[inline]
        pub fn $name(a: V128, b: V128) -> V128 {
            let (a, b) = (a.$get(), b.$get());
            V128::$from(std::array::from_fn(|i| {
                let ($x, $y) = (a[i], b[i]);
                -(($cond) as $mask)
            }))
        }
    )*};
}

/// Lane-wise shift by a scalar count taken modulo the lane width.
macro_rules! shift {
    ($($name:ident $get:ident $from:ident $op:ident;)*) => {$(
        #[inline]
        pub fn $name(a: V128, count: u32) -> V128 {
            let lanes = a.$get();
            let n = count % (128 / lanes.len() as u32);
            V128::$from(lanes.map(|x| x.$op(n)))
        }
    )*};
}

// --- bitwise -------------------------------------------------------------------------------

#[inline]
pub fn v128_not(a: V128) -> V128 {
    V128(!a.0)
}

#[inline]
pub fn v128_and(a: V128, b: V128) -> V128 {
    V128(a.0 & b.0)
}

#[inline]
pub fn v128_andnot(a: V128, b: V128) -> V128 {
    V128(a.0 & !b.0)
}

#[inline]
pub fn v128_or(a: V128, b: V128) -> V128 {
    V128(a.0 | b.0)
}

#[inline]
pub fn v128_xor(a: V128, b: V128) -> V128 {
    V128(a.0 ^ b.0)
}

/// Bits of `a` where `mask` is 1, bits of `b` where it is 0.
#[inline]
pub fn v128_bitselect(a: V128, b: V128, mask: V128) -> V128 {
    V128((a.0 & mask.0) | (b.0 & !mask.0))
}

#[inline]
pub fn v128_any_true(a: V128) -> i32 {
    (a.0 != 0) as i32
}

// --- splat, lanes, shuffles -----------------------------------------------------------------

#[inline]
pub fn i8x16_splat(x: i32) -> V128 {
    V128::from_i8x16([x as i8; 16])
}

#[inline]
pub fn i16x8_splat(x: i32) -> V128 {
    V128::from_i16x8([x as i16; 8])
}

#[inline]
pub fn i32x4_splat(x: i32) -> V128 {
    V128::from_i32x4([x; 4])
}

#[inline]
pub fn i64x2_splat(x: i64) -> V128 {
    V128::from_i64x2([x; 2])
}

#[inline]
pub fn f32x4_splat(x: f32) -> V128 {
    V128::from_f32x4([x; 4])
}

#[inline]
pub fn f64x2_splat(x: f64) -> V128 {
    V128::from_f64x2([x; 2])
}

// Lane indices are validated (`lane < lane count`); the `& (N - 1)` keeps these total.

#[inline]
pub fn i8x16_extract_lane_s(a: V128, lane: u8) -> i32 {
    a.i8x16()[lane as usize & 15] as i32
}

#[inline]
pub fn i8x16_extract_lane_u(a: V128, lane: u8) -> i32 {
    a.u8x16()[lane as usize & 15] as i32
}

#[inline]
pub fn i16x8_extract_lane_s(a: V128, lane: u8) -> i32 {
    a.i16x8()[lane as usize & 7] as i32
}

#[inline]
pub fn i16x8_extract_lane_u(a: V128, lane: u8) -> i32 {
    a.u16x8()[lane as usize & 7] as i32
}

#[inline]
pub fn i32x4_extract_lane(a: V128, lane: u8) -> i32 {
    a.i32x4()[lane as usize & 3]
}

#[inline]
pub fn i64x2_extract_lane(a: V128, lane: u8) -> i64 {
    a.i64x2()[lane as usize & 1]
}

#[inline]
pub fn f32x4_extract_lane(a: V128, lane: u8) -> f32 {
    a.f32x4()[lane as usize & 3]
}

#[inline]
pub fn f64x2_extract_lane(a: V128, lane: u8) -> f64 {
    a.f64x2()[lane as usize & 1]
}

#[inline]
pub fn i8x16_replace_lane(a: V128, lane: u8, x: i32) -> V128 {
    let mut l = a.i8x16();
    l[lane as usize & 15] = x as i8;
    V128::from_i8x16(l)
}

#[inline]
pub fn i16x8_replace_lane(a: V128, lane: u8, x: i32) -> V128 {
    let mut l = a.i16x8();
    l[lane as usize & 7] = x as i16;
    V128::from_i16x8(l)
}

#[inline]
pub fn i32x4_replace_lane(a: V128, lane: u8, x: i32) -> V128 {
    let mut l = a.i32x4();
    l[lane as usize & 3] = x;
    V128::from_i32x4(l)
}

#[inline]
pub fn i64x2_replace_lane(a: V128, lane: u8, x: i64) -> V128 {
    let mut l = a.i64x2();
    l[lane as usize & 1] = x;
    V128::from_i64x2(l)
}

#[inline]
pub fn f32x4_replace_lane(a: V128, lane: u8, x: f32) -> V128 {
    let mut l = a.f32x4();
    l[lane as usize & 3] = x;
    V128::from_f32x4(l)
}

#[inline]
pub fn f64x2_replace_lane(a: V128, lane: u8, x: f64) -> V128 {
    let mut l = a.f64x2();
    l[lane as usize & 1] = x;
    V128::from_f64x2(l)
}

/// Lane `i` of the result is lane `lanes[i]` of the 32 lanes of `a` then `b` (validated < 32).
#[inline]
pub fn i8x16_shuffle(a: V128, b: V128, lanes: [u8; 16]) -> V128 {
    let (a, b) = (a.u8x16(), b.u8x16());
    V128::from_u8x16(lanes.map(|l| if l < 16 { a[l as usize] } else { b[(l & 31) as usize - 16] }))
}

/// Lane `i` of the result is lane `s[i]` of `a`, or 0 when `s[i] >= 16`.
#[inline]
pub fn i8x16_swizzle(a: V128, s: V128) -> V128 {
    let a = a.u8x16();
    V128::from_u8x16(s.u8x16().map(|i| if i < 16 { a[i as usize] } else { 0 }))
}

// --- loads (value part) ---------------------------------------------------------------------

#[inline]
pub fn v128_load8x8_s(bytes: u64) -> V128 {
    let b = bytes.to_le_bytes();
    V128::from_i16x8(b.map(|x| x as i8 as i16))
}

#[inline]
pub fn v128_load8x8_u(bytes: u64) -> V128 {
    V128::from_i16x8(bytes.to_le_bytes().map(|x| x as i16))
}

#[inline]
pub fn v128_load16x4_s(bytes: u64) -> V128 {
    V128::from_i32x4(std::array::from_fn(|i| (bytes >> (16 * i)) as i16 as i32))
}

#[inline]
pub fn v128_load16x4_u(bytes: u64) -> V128 {
    V128::from_i32x4(std::array::from_fn(|i| (bytes >> (16 * i)) as u16 as i32))
}

#[inline]
pub fn v128_load32x2_s(bytes: u64) -> V128 {
    V128::from_i64x2([bytes as i32 as i64, (bytes >> 32) as i32 as i64])
}

#[inline]
pub fn v128_load32x2_u(bytes: u64) -> V128 {
    V128::from_i64x2([bytes as u32 as i64, (bytes >> 32) as u32 as i64])
}

#[inline]
pub fn v128_load32_zero(x: u32) -> V128 {
    V128(x as u128)
}

#[inline]
pub fn v128_load64_zero(x: u64) -> V128 {
    V128(x as u128)
}

// `v128.loadN_splat` are the `splat` functions applied to the loaded value.

// --- integer lane arithmetic ----------------------------------------------------------------

unary! {
    i8x16_abs i8x16 from_i8x16 |x| x.wrapping_abs();
    i16x8_abs i16x8 from_i16x8 |x| x.wrapping_abs();
    i32x4_abs i32x4 from_i32x4 |x| x.wrapping_abs();
    i64x2_abs i64x2 from_i64x2 |x| x.wrapping_abs();
    i8x16_neg i8x16 from_i8x16 |x| x.wrapping_neg();
    i16x8_neg i16x8 from_i16x8 |x| x.wrapping_neg();
    i32x4_neg i32x4 from_i32x4 |x| x.wrapping_neg();
    i64x2_neg i64x2 from_i64x2 |x| x.wrapping_neg();
    i8x16_popcnt u8x16 from_u8x16 |x| x.count_ones() as u8;
}

binary! {
    i8x16_add i8x16 from_i8x16 |x, y| x.wrapping_add(y);
    i16x8_add i16x8 from_i16x8 |x, y| x.wrapping_add(y);
    i32x4_add i32x4 from_i32x4 |x, y| x.wrapping_add(y);
    i64x2_add i64x2 from_i64x2 |x, y| x.wrapping_add(y);
    i8x16_sub i8x16 from_i8x16 |x, y| x.wrapping_sub(y);
    i16x8_sub i16x8 from_i16x8 |x, y| x.wrapping_sub(y);
    i32x4_sub i32x4 from_i32x4 |x, y| x.wrapping_sub(y);
    i64x2_sub i64x2 from_i64x2 |x, y| x.wrapping_sub(y);
    i16x8_mul i16x8 from_i16x8 |x, y| x.wrapping_mul(y);
    i32x4_mul i32x4 from_i32x4 |x, y| x.wrapping_mul(y);
    i64x2_mul i64x2 from_i64x2 |x, y| x.wrapping_mul(y);
    i8x16_add_sat_s i8x16 from_i8x16 |x, y| x.saturating_add(y);
    i8x16_add_sat_u u8x16 from_u8x16 |x, y| x.saturating_add(y);
    i16x8_add_sat_s i16x8 from_i16x8 |x, y| x.saturating_add(y);
    i16x8_add_sat_u u16x8 from_u16x8 |x, y| x.saturating_add(y);
    i8x16_sub_sat_s i8x16 from_i8x16 |x, y| x.saturating_sub(y);
    i8x16_sub_sat_u u8x16 from_u8x16 |x, y| x.saturating_sub(y);
    i16x8_sub_sat_s i16x8 from_i16x8 |x, y| x.saturating_sub(y);
    i16x8_sub_sat_u u16x8 from_u16x8 |x, y| x.saturating_sub(y);
    i8x16_min_s i8x16 from_i8x16 |x, y| x.min(y);
    i8x16_min_u u8x16 from_u8x16 |x, y| x.min(y);
    i16x8_min_s i16x8 from_i16x8 |x, y| x.min(y);
    i16x8_min_u u16x8 from_u16x8 |x, y| x.min(y);
    i32x4_min_s i32x4 from_i32x4 |x, y| x.min(y);
    i32x4_min_u u32x4 from_u32x4 |x, y| x.min(y);
    i8x16_max_s i8x16 from_i8x16 |x, y| x.max(y);
    i8x16_max_u u8x16 from_u8x16 |x, y| x.max(y);
    i16x8_max_s i16x8 from_i16x8 |x, y| x.max(y);
    i16x8_max_u u16x8 from_u16x8 |x, y| x.max(y);
    i32x4_max_s i32x4 from_i32x4 |x, y| x.max(y);
    i32x4_max_u u32x4 from_u32x4 |x, y| x.max(y);
    i8x16_avgr_u u8x16 from_u8x16 |x, y| ((x as u16 + y as u16 + 1) >> 1) as u8;
    i16x8_avgr_u u16x8 from_u16x8 |x, y| ((x as u32 + y as u32 + 1) >> 1) as u16;
    i16x8_q15mulr_sat_s i16x8 from_i16x8 |x, y| {
        ((x as i32 * y as i32 + 0x4000) >> 15).clamp(i16::MIN as i32, i16::MAX as i32) as i16
    };
    i16x8_relaxed_q15mulr_s i16x8 from_i16x8 |x, y| ((x as i32 * y as i32 + 0x4000) >> 15) as i16;
}

shift! {
    i8x16_shl i8x16 from_i8x16 wrapping_shl;
    i16x8_shl i16x8 from_i16x8 wrapping_shl;
    i32x4_shl i32x4 from_i32x4 wrapping_shl;
    i64x2_shl i64x2 from_i64x2 wrapping_shl;
    i8x16_shr_s i8x16 from_i8x16 wrapping_shr;
    i16x8_shr_s i16x8 from_i16x8 wrapping_shr;
    i32x4_shr_s i32x4 from_i32x4 wrapping_shr;
    i64x2_shr_s i64x2 from_i64x2 wrapping_shr;
    i8x16_shr_u u8x16 from_u8x16 wrapping_shr;
    i16x8_shr_u u16x8 from_u16x8 wrapping_shr;
    i32x4_shr_u u32x4 from_u32x4 wrapping_shr;
    i64x2_shr_u u64x2 from_u64x2 wrapping_shr;
}

compare! {
    i8x16_eq i8x16 from_i8x16 i8 |x, y| x == y;
    i8x16_ne i8x16 from_i8x16 i8 |x, y| x != y;
    i8x16_lt_s i8x16 from_i8x16 i8 |x, y| x < y;
    i8x16_gt_s i8x16 from_i8x16 i8 |x, y| x > y;
    i8x16_le_s i8x16 from_i8x16 i8 |x, y| x <= y;
    i8x16_ge_s i8x16 from_i8x16 i8 |x, y| x >= y;
    i8x16_lt_u u8x16 from_i8x16 i8 |x, y| x < y;
    i8x16_gt_u u8x16 from_i8x16 i8 |x, y| x > y;
    i8x16_le_u u8x16 from_i8x16 i8 |x, y| x <= y;
    i8x16_ge_u u8x16 from_i8x16 i8 |x, y| x >= y;
    i16x8_eq i16x8 from_i16x8 i16 |x, y| x == y;
    i16x8_ne i16x8 from_i16x8 i16 |x, y| x != y;
    i16x8_lt_s i16x8 from_i16x8 i16 |x, y| x < y;
    i16x8_gt_s i16x8 from_i16x8 i16 |x, y| x > y;
    i16x8_le_s i16x8 from_i16x8 i16 |x, y| x <= y;
    i16x8_ge_s i16x8 from_i16x8 i16 |x, y| x >= y;
    i16x8_lt_u u16x8 from_i16x8 i16 |x, y| x < y;
    i16x8_gt_u u16x8 from_i16x8 i16 |x, y| x > y;
    i16x8_le_u u16x8 from_i16x8 i16 |x, y| x <= y;
    i16x8_ge_u u16x8 from_i16x8 i16 |x, y| x >= y;
    i32x4_eq i32x4 from_i32x4 i32 |x, y| x == y;
    i32x4_ne i32x4 from_i32x4 i32 |x, y| x != y;
    i32x4_lt_s i32x4 from_i32x4 i32 |x, y| x < y;
    i32x4_gt_s i32x4 from_i32x4 i32 |x, y| x > y;
    i32x4_le_s i32x4 from_i32x4 i32 |x, y| x <= y;
    i32x4_ge_s i32x4 from_i32x4 i32 |x, y| x >= y;
    i32x4_lt_u u32x4 from_i32x4 i32 |x, y| x < y;
    i32x4_gt_u u32x4 from_i32x4 i32 |x, y| x > y;
    i32x4_le_u u32x4 from_i32x4 i32 |x, y| x <= y;
    i32x4_ge_u u32x4 from_i32x4 i32 |x, y| x >= y;
    i64x2_eq i64x2 from_i64x2 i64 |x, y| x == y;
    i64x2_ne i64x2 from_i64x2 i64 |x, y| x != y;
    i64x2_lt_s i64x2 from_i64x2 i64 |x, y| x < y;
    i64x2_gt_s i64x2 from_i64x2 i64 |x, y| x > y;
    i64x2_le_s i64x2 from_i64x2 i64 |x, y| x <= y;
    i64x2_ge_s i64x2 from_i64x2 i64 |x, y| x >= y;
    f32x4_eq f32x4 from_i32x4 i32 |x, y| x == y;
    f32x4_ne f32x4 from_i32x4 i32 |x, y| x != y;
    f32x4_lt f32x4 from_i32x4 i32 |x, y| x < y;
    f32x4_gt f32x4 from_i32x4 i32 |x, y| x > y;
    f32x4_le f32x4 from_i32x4 i32 |x, y| x <= y;
    f32x4_ge f32x4 from_i32x4 i32 |x, y| x >= y;
    f64x2_eq f64x2 from_i64x2 i64 |x, y| x == y;
    f64x2_ne f64x2 from_i64x2 i64 |x, y| x != y;
    f64x2_lt f64x2 from_i64x2 i64 |x, y| x < y;
    f64x2_gt f64x2 from_i64x2 i64 |x, y| x > y;
    f64x2_le f64x2 from_i64x2 i64 |x, y| x <= y;
    f64x2_ge f64x2 from_i64x2 i64 |x, y| x >= y;
}

/// 1 if every lane is non-zero.
macro_rules! all_true {
    ($($name:ident $get:ident;)*) => {$(
        #[inline]
        pub fn $name(a: V128) -> i32 {
            a.$get().iter().all(|&x| x != 0) as i32
        }
    )*};
}

all_true! {
    i8x16_all_true i8x16;
    i16x8_all_true i16x8;
    i32x4_all_true i32x4;
    i64x2_all_true i64x2;
}

/// The lanes' sign bits, lane 0 in bit 0.
macro_rules! bitmask {
    ($($name:ident $get:ident;)*) => {$(
        #[inline]
        pub fn $name(a: V128) -> i32 {
            a.$get().iter().enumerate().fold(0, |m, (i, &x)| m | (((x < 0) as i32) << i))
        }
    )*};
}

bitmask! {
    i8x16_bitmask i8x16;
    i16x8_bitmask i16x8;
    i32x4_bitmask i32x4;
    i64x2_bitmask i64x2;
}

// --- narrowing, widening, pairwise, dot products --------------------------------------------

/// Lanes of `a` then `b`, each saturated into the narrower type.
macro_rules! narrow {
    ($($name:ident $get:ident $from:ident $t:ty, $half:literal, $lo:expr, $hi:expr;)*) => {$(
        #[inline]
        pub fn $name(a: V128, b: V128) -> V128 {
            let (a, b) = (a.$get(), b.$get());
            V128::$from(std::array::from_fn(|i| {
                let x = if i < $half { a[i] } else { b[i - $half] };
                x.clamp($lo, $hi) as $t
            }))
        }
    )*};
}

narrow! {
    i8x16_narrow_i16x8_s i16x8 from_i8x16 i8, 8, i8::MIN as i16, i8::MAX as i16;
    i8x16_narrow_i16x8_u i16x8 from_u8x16 u8, 8, 0, u8::MAX as i16;
    i16x8_narrow_i32x4_s i32x4 from_i16x8 i16, 4, i16::MIN as i32, i16::MAX as i32;
    i16x8_narrow_i32x4_u i32x4 from_u16x8 u16, 4, 0, u16::MAX as i32;
}

/// The low or high half of the lanes, each extended to twice the width.
macro_rules! extend {
    ($($name:ident $get:ident $from:ident $t:ty, $offset:literal;)*) => {$(
        #[inline]
        pub fn $name(a: V128) -> V128 {
            let a = a.$get();
            V128::$from(std::array::from_fn(|i| a[i + $offset] as $t))
        }
    )*};
}

extend! {
    i16x8_extend_low_i8x16_s i8x16 from_i16x8 i16, 0;
    i16x8_extend_high_i8x16_s i8x16 from_i16x8 i16, 8;
    i16x8_extend_low_i8x16_u u8x16 from_i16x8 i16, 0;
    i16x8_extend_high_i8x16_u u8x16 from_i16x8 i16, 8;
    i32x4_extend_low_i16x8_s i16x8 from_i32x4 i32, 0;
    i32x4_extend_high_i16x8_s i16x8 from_i32x4 i32, 4;
    i32x4_extend_low_i16x8_u u16x8 from_i32x4 i32, 0;
    i32x4_extend_high_i16x8_u u16x8 from_i32x4 i32, 4;
    i64x2_extend_low_i32x4_s i32x4 from_i64x2 i64, 0;
    i64x2_extend_high_i32x4_s i32x4 from_i64x2 i64, 2;
    i64x2_extend_low_i32x4_u u32x4 from_i64x2 i64, 0;
    i64x2_extend_high_i32x4_u u32x4 from_i64x2 i64, 2;
}

/// Products of the low or high halves, extended to twice the width (exact, then wrapped).
macro_rules! extmul {
    ($($name:ident $get:ident $from:ident $t:ty, $offset:literal;)*) => {$(
        #[inline]
        pub fn $name(a: V128, b: V128) -> V128 {
            let (a, b) = (a.$get(), b.$get());
            V128::$from(std::array::from_fn(|i| {
                (a[i + $offset] as $t).wrapping_mul(b[i + $offset] as $t)
            }))
        }
    )*};
}

extmul! {
    i16x8_extmul_low_i8x16_s i8x16 from_i16x8 i16, 0;
    i16x8_extmul_high_i8x16_s i8x16 from_i16x8 i16, 8;
    i16x8_extmul_low_i8x16_u u8x16 from_u16x8 u16, 0;
    i16x8_extmul_high_i8x16_u u8x16 from_u16x8 u16, 8;
    i32x4_extmul_low_i16x8_s i16x8 from_i32x4 i32, 0;
    i32x4_extmul_high_i16x8_s i16x8 from_i32x4 i32, 4;
    i32x4_extmul_low_i16x8_u u16x8 from_u32x4 u32, 0;
    i32x4_extmul_high_i16x8_u u16x8 from_u32x4 u32, 4;
    i64x2_extmul_low_i32x4_s i32x4 from_i64x2 i64, 0;
    i64x2_extmul_high_i32x4_s i32x4 from_i64x2 i64, 2;
    i64x2_extmul_low_i32x4_u u32x4 from_u64x2 u64, 0;
    i64x2_extmul_high_i32x4_u u32x4 from_u64x2 u64, 2;
}

/// Sums of adjacent lane pairs, extended to twice the width.
macro_rules! extadd_pairwise {
    ($($name:ident $get:ident $from:ident $t:ty;)*) => {$(
        #[inline]
        pub fn $name(a: V128) -> V128 {
            let a = a.$get();
            V128::$from(std::array::from_fn(|i| a[2 * i] as $t + a[2 * i + 1] as $t))
        }
    )*};
}

extadd_pairwise! {
    i16x8_extadd_pairwise_i8x16_s i8x16 from_i16x8 i16;
    i16x8_extadd_pairwise_i8x16_u u8x16 from_i16x8 i16;
    i32x4_extadd_pairwise_i16x8_s i16x8 from_i32x4 i32;
    i32x4_extadd_pairwise_i16x8_u u16x8 from_i32x4 i32;
}

/// Sums of the products of adjacent signed 16-bit lanes (wraps only for four times -32768).
#[inline]
pub fn i32x4_dot_i16x8_s(a: V128, b: V128) -> V128 {
    let (a, b) = (a.i16x8(), b.i16x8());
    V128::from_i32x4(std::array::from_fn(|i| {
        (a[2 * i] as i32 * b[2 * i] as i32).wrapping_add(a[2 * i + 1] as i32 * b[2 * i + 1] as i32)
    }))
}

/// The relaxed 8-bit dot product's 16-bit pair sums: `i8(a) * u8(b)`, saturated (see the
/// module doc).
#[inline]
fn relaxed_dot_pairs(a: V128, b: V128) -> [i16; 8] {
    let (a, b) = (a.i8x16(), b.u8x16());
    std::array::from_fn(|i| {
        let sum = a[2 * i] as i32 * b[2 * i] as i32 + a[2 * i + 1] as i32 * b[2 * i + 1] as i32;
        sum.clamp(i16::MIN as i32, i16::MAX as i32) as i16
    })
}

#[inline]
pub fn i16x8_relaxed_dot_i8x16_i7x16_s(a: V128, b: V128) -> V128 {
    V128::from_i16x8(relaxed_dot_pairs(a, b))
}

#[inline]
pub fn i32x4_relaxed_dot_i8x16_i7x16_add_s(a: V128, b: V128, c: V128) -> V128 {
    let pairs = relaxed_dot_pairs(a, b);
    let c = c.i32x4();
    V128::from_i32x4(std::array::from_fn(|i| (pairs[2 * i] as i32 + pairs[2 * i + 1] as i32).wrapping_add(c[i])))
}

// `sqrt` and the rounding ops quiet a signalling NaN (libm may pass it through).
// --- float lane arithmetic ------------------------------------------------------------------

unary! {
    f32x4_abs u32x4 from_u32x4 |x| x & 0x7fff_ffff;
    f64x2_abs u64x2 from_u64x2 |x| x & 0x7fff_ffff_ffff_ffff;
    f32x4_neg u32x4 from_u32x4 |x| x ^ 0x8000_0000;
    f64x2_neg u64x2 from_u64x2 |x| x ^ 0x8000_0000_0000_0000;
    f32x4_sqrt f32x4 from_f32x4 |x| f32_quiet(x.sqrt());
    f64x2_sqrt f64x2 from_f64x2 |x| f64_quiet(x.sqrt());
    f32x4_ceil f32x4 from_f32x4 |x| f32_quiet(x.ceil());
    f64x2_ceil f64x2 from_f64x2 |x| f64_quiet(x.ceil());
    f32x4_floor f32x4 from_f32x4 |x| f32_quiet(x.floor());
    f64x2_floor f64x2 from_f64x2 |x| f64_quiet(x.floor());
    f32x4_trunc f32x4 from_f32x4 |x| f32_quiet(x.trunc());
    f64x2_trunc f64x2 from_f64x2 |x| f64_quiet(x.trunc());
    f32x4_nearest f32x4 from_f32x4 |x| f32_nearest(x);
    f64x2_nearest f64x2 from_f64x2 |x| f64_nearest(x);
}

binary! {
    f32x4_add f32x4 from_f32x4 |x, y| x + y;
    f64x2_add f64x2 from_f64x2 |x, y| x + y;
    f32x4_sub f32x4 from_f32x4 |x, y| x - y;
    f64x2_sub f64x2 from_f64x2 |x, y| x - y;
    f32x4_mul f32x4 from_f32x4 |x, y| x * y;
    f64x2_mul f64x2 from_f64x2 |x, y| x * y;
    f32x4_div f32x4 from_f32x4 |x, y| x / y;
    f64x2_div f64x2 from_f64x2 |x, y| x / y;
    f32x4_min f32x4 from_f32x4 |x, y| f32_min(x, y);
    f64x2_min f64x2 from_f64x2 |x, y| f64_min(x, y);
    f32x4_max f32x4 from_f32x4 |x, y| f32_max(x, y);
    f64x2_max f64x2 from_f64x2 |x, y| f64_max(x, y);
    f32x4_pmin f32x4 from_f32x4 |x, y| if y < x { y } else { x };
    f64x2_pmin f64x2 from_f64x2 |x, y| if y < x { y } else { x };
    f32x4_pmax f32x4 from_f32x4 |x, y| if x < y { y } else { x };
    f64x2_pmax f64x2 from_f64x2 |x, y| if x < y { y } else { x };
}

// --- conversions ----------------------------------------------------------------------------

// Rust's float-to-int `as` saturates and maps NaN to 0: exactly `trunc_sat`.
unary! {
    i32x4_trunc_sat_f32x4_s f32x4 from_i32x4 |x| x as i32;
    i32x4_trunc_sat_f32x4_u f32x4 from_u32x4 |x| x as u32;
    f32x4_convert_i32x4_s i32x4 from_f32x4 |x| x as f32;
    f32x4_convert_i32x4_u u32x4 from_f32x4 |x| x as f32;
    i32x4_relaxed_trunc_f32x4_s f32x4 from_i32x4 |x| {
        if (-2147483648.0..2147483648.0).contains(&x) { x as i32 } else { i32::MIN }
    };
}

#[inline]
pub fn i32x4_trunc_sat_f64x2_s_zero(a: V128) -> V128 {
    let a = a.f64x2();
    V128::from_i32x4([a[0] as i32, a[1] as i32, 0, 0])
}

#[inline]
pub fn i32x4_trunc_sat_f64x2_u_zero(a: V128) -> V128 {
    let a = a.f64x2();
    V128::from_u32x4([a[0] as u32, a[1] as u32, 0, 0])
}

#[inline]
pub fn i32x4_relaxed_trunc_f64x2_s_zero(a: V128) -> V128 {
    let t = |x: f64| if x > -2147483649.0 && x < 2147483648.0 { x as i32 } else { i32::MIN };
    let a = a.f64x2();
    V128::from_i32x4([t(a[0]), t(a[1]), 0, 0])
}

/// The unsigned relaxed truncations saturate (wasmtime's x86-64 lowering does too).
#[inline]
pub fn i32x4_relaxed_trunc_f32x4_u(a: V128) -> V128 {
    i32x4_trunc_sat_f32x4_u(a)
}

#[inline]
pub fn i32x4_relaxed_trunc_f64x2_u_zero(a: V128) -> V128 {
    i32x4_trunc_sat_f64x2_u_zero(a)
}

#[inline]
pub fn f64x2_convert_low_i32x4_s(a: V128) -> V128 {
    let a = a.i32x4();
    V128::from_f64x2([a[0] as f64, a[1] as f64])
}

#[inline]
pub fn f64x2_convert_low_i32x4_u(a: V128) -> V128 {
    let a = a.u32x4();
    V128::from_f64x2([a[0] as f64, a[1] as f64])
}

#[inline]
pub fn f32x4_demote_f64x2_zero(a: V128) -> V128 {
    let a = a.f64x2();
    V128::from_f32x4([a[0] as f32, a[1] as f32, 0.0, 0.0])
}

#[inline]
pub fn f64x2_promote_low_f32x4(a: V128) -> V128 {
    let a = a.f32x4();
    V128::from_f64x2([a[0] as f64, a[1] as f64])
}

// --- the rest of relaxed SIMD (choices in the module doc) -----------------------------------

/// Lane `i` is lane `s[i] & 15` of `a`, or 0 when bit 7 of `s[i]` is set.
#[inline]
pub fn i8x16_relaxed_swizzle(a: V128, s: V128) -> V128 {
    let a = a.u8x16();
    V128::from_u8x16(s.u8x16().map(|i| if i & 0x80 != 0 { 0 } else { a[(i & 15) as usize] }))
}

/// Fused `a * b + c` per lane.
macro_rules! madd {
    ($($name:ident $get:ident $from:ident;)*) => {$(
        #[inline]
        pub fn $name(a: V128, b: V128, c: V128) -> V128 {
            let (a, b, c) = (a.$get(), b.$get(), c.$get());
            V128::$from(std::array::from_fn(|i| a[i].mul_add(b[i], c[i])))
        }
    )*};
}

madd! {
    f32x4_relaxed_madd f32x4 from_f32x4;
    f64x2_relaxed_madd f64x2 from_f64x2;
}

/// Fused `-(a * b) + c` per lane.
#[inline]
pub fn f32x4_relaxed_nmadd(a: V128, b: V128, c: V128) -> V128 {
    f32x4_relaxed_madd(f32x4_neg(a), b, c)
}

#[inline]
pub fn f64x2_relaxed_nmadd(a: V128, b: V128, c: V128) -> V128 {
    f64x2_relaxed_madd(f64x2_neg(a), b, c)
}

/// Lanes of `a` where the mask lane's top bit is set, of `b` elsewhere.
macro_rules! blend {
    ($($name:ident $get:ident $from:ident;)*) => {$(
        #[inline]
        pub fn $name(a: V128, b: V128, mask: V128) -> V128 {
            let (a, b, m) = (a.$get(), b.$get(), mask.$get());
            V128::$from(std::array::from_fn(|i| if m[i] < 0 { a[i] } else { b[i] }))
        }
    )*};
}

blend! {
    i8x16_relaxed_laneselect i8x16 from_i8x16;
    i32x4_relaxed_laneselect i32x4 from_i32x4;
    i64x2_relaxed_laneselect i64x2 from_i64x2;
}

#[inline]
pub fn i16x8_relaxed_laneselect(a: V128, b: V128, mask: V128) -> V128 {
    v128_bitselect(a, b, mask)
}

#[inline]
pub fn f32x4_relaxed_min(a: V128, b: V128) -> V128 {
    f32x4_pmin(a, b)
}

#[inline]
pub fn f64x2_relaxed_min(a: V128, b: V128) -> V128 {
    f64x2_pmin(a, b)
}

#[inline]
pub fn f32x4_relaxed_max(a: V128, b: V128) -> V128 {
    f32x4_pmax(a, b)
}

#[inline]
pub fn f64x2_relaxed_max(a: V128, b: V128) -> V128 {
    f64x2_pmax(a, b)
}
