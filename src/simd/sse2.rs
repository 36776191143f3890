//! SSE2 versions of the SIMD lane functions that the portable code in `super` does not turn
//! into one vector instruction (integer lane arithmetic, comparisons, shifts, widening,
//! narrowing, bitmasks, lane tests), or not when an operand comes from memory (the float
//! arithmetic: a `u128` loaded from memory reached its float lanes through general registers
//! and shuffles). Each function here has the name, signature and exact
//! result of its portable twin; `super::fast` puts these in front of the portable ones on
//! x86-64, and the tests below check every one against its twin.
//!
//! Kept in vector registers from operand load to result store, these also avoid the
//! store-forwarding stalls of results written as two 64-bit halves and read back as one
//! 16-byte vector by the next instruction. SSE2 is part of the x86-64 baseline, so nothing
//! here needs a run-time CPU check; the module is compiled only where `target_feature =
//! "sse2"` holds.

use super::V128;
use std::arch::x86_64::*;

/// Evaluates SSE2 intrinsic calls.
macro_rules! sse2 {
    ($e:expr) => {{
        // SAFETY: the intrinsics' one precondition is that the CPU has SSE2, and this module
        // is compiled only with `target_feature = "sse2"` enabled (see `super`'s `mod sse2`).
        #[allow(unused_unsafe)]
        unsafe {
            $e
        }
    }};
}

#[inline(always)]
fn m(a: V128) -> __m128i {
    // SAFETY: `u128` and `__m128i` are both 16 bytes of plain data; every bit pattern is a
    // valid value of either, and the transmute is by value (no alignment involved).
    unsafe { std::mem::transmute::<u128, __m128i>(a.0) }
}

#[inline(always)]
fn v(x: __m128i) -> V128 {
    // SAFETY: as in `m`.
    V128(unsafe { std::mem::transmute::<__m128i, u128>(x) })
}

/// `name(a, b) = intrinsic(a, b)`.
macro_rules! binary {
    ($($name:ident = $f:ident;)*) => {$(
        #[inline(always)]
        pub fn $name(a: V128, b: V128) -> V128 {
            v(sse2!($f(m(a), m(b))))
        }
    )*};
}

binary! {
    i8x16_add = _mm_add_epi8;
    i16x8_add = _mm_add_epi16;
    i32x4_add = _mm_add_epi32;
    i64x2_add = _mm_add_epi64;
    i8x16_sub = _mm_sub_epi8;
    i16x8_sub = _mm_sub_epi16;
    i32x4_sub = _mm_sub_epi32;
    i64x2_sub = _mm_sub_epi64;
    i16x8_mul = _mm_mullo_epi16;
    i8x16_add_sat_s = _mm_adds_epi8;
    i8x16_add_sat_u = _mm_adds_epu8;
    i16x8_add_sat_s = _mm_adds_epi16;
    i16x8_add_sat_u = _mm_adds_epu16;
    i8x16_sub_sat_s = _mm_subs_epi8;
    i8x16_sub_sat_u = _mm_subs_epu8;
    i16x8_sub_sat_s = _mm_subs_epi16;
    i16x8_sub_sat_u = _mm_subs_epu16;
    i8x16_min_u = _mm_min_epu8;
    i8x16_max_u = _mm_max_epu8;
    i16x8_min_s = _mm_min_epi16;
    i16x8_max_s = _mm_max_epi16;
    i8x16_avgr_u = _mm_avg_epu8;
    i16x8_avgr_u = _mm_avg_epu16;
    i8x16_eq = _mm_cmpeq_epi8;
    i16x8_eq = _mm_cmpeq_epi16;
    i32x4_eq = _mm_cmpeq_epi32;
    i8x16_gt_s = _mm_cmpgt_epi8;
    i16x8_gt_s = _mm_cmpgt_epi16;
    i32x4_gt_s = _mm_cmpgt_epi32;
    i8x16_lt_s = _mm_cmplt_epi8;
    i16x8_lt_s = _mm_cmplt_epi16;
    i32x4_lt_s = _mm_cmplt_epi32;
    i8x16_narrow_i16x8_s = _mm_packs_epi16;
    i8x16_narrow_i16x8_u = _mm_packus_epi16;
    i16x8_narrow_i32x4_s = _mm_packs_epi32;
    i32x4_dot_i16x8_s = _mm_madd_epi16;
}

/// `ne` is `eq` inverted.
macro_rules! not_equal {
    ($($name:ident = $eq:ident;)*) => {$(
        #[inline(always)]
        pub fn $name(a: V128, b: V128) -> V128 {
            v(sse2!(_mm_xor_si128($eq(m(a), m(b)), _mm_set1_epi32(-1))))
        }
    )*};
}

not_equal! {
    i8x16_ne = _mm_cmpeq_epi8;
    i16x8_ne = _mm_cmpeq_epi16;
    i32x4_ne = _mm_cmpeq_epi32;
}

/// i32x4.mul: SSE2 multiplies only the even 32-bit lanes into 64 bits (`pmuludq`), so the odd
/// lanes are shifted down and multiplied the same way; the low halves are woven back.
#[inline(always)]
pub fn i32x4_mul(a: V128, b: V128) -> V128 {
    sse2!({
        let (a, b) = (m(a), m(b));
        let even = _mm_mul_epu32(a, b);
        let odd = _mm_mul_epu32(_mm_srli_epi64::<32>(a), _mm_srli_epi64::<32>(b));
        let even = _mm_shuffle_epi32::<0b00_00_10_00>(even);
        let odd = _mm_shuffle_epi32::<0b00_00_10_00>(odd);
        v(_mm_unpacklo_epi32(even, odd))
    })
}

/// Shift by a scalar count taken modulo the lane width (`$bits`).
macro_rules! shift {
    ($($name:ident = $f:ident, $bits:literal;)*) => {$(
        #[inline(always)]
        pub fn $name(a: V128, count: u32) -> V128 {
            v(sse2!($f(m(a), _mm_cvtsi32_si128((count % $bits) as i32))))
        }
    )*};
}

shift! {
    i16x8_shl = _mm_sll_epi16, 16;
    i32x4_shl = _mm_sll_epi32, 32;
    i64x2_shl = _mm_sll_epi64, 64;
    i16x8_shr_s = _mm_sra_epi16, 16;
    i32x4_shr_s = _mm_sra_epi32, 32;
    i16x8_shr_u = _mm_srl_epi16, 16;
    i32x4_shr_u = _mm_srl_epi32, 32;
    i64x2_shr_u = _mm_srl_epi64, 64;
}

/// Widening: interleave with zero (unsigned) or with itself then shift the copy's sign down
/// (signed).
macro_rules! extend {
    ($($name:ident = $unpack:ident, unsigned;)*) => {$(
        #[inline(always)]
        pub fn $name(a: V128) -> V128 {
            v(sse2!($unpack(m(a), _mm_setzero_si128())))
        }
    )*};
    ($($name:ident = $unpack:ident, $sra:ident, $bits:literal;)*) => {$(
        #[inline(always)]
        pub fn $name(a: V128) -> V128 {
            v(sse2!({
                let a = m(a);
                $sra::<$bits>($unpack(a, a))
            }))
        }
    )*};
}

extend! {
    i16x8_extend_low_i8x16_u = _mm_unpacklo_epi8, unsigned;
    i16x8_extend_high_i8x16_u = _mm_unpackhi_epi8, unsigned;
    i32x4_extend_low_i16x8_u = _mm_unpacklo_epi16, unsigned;
    i32x4_extend_high_i16x8_u = _mm_unpackhi_epi16, unsigned;
    i64x2_extend_low_i32x4_u = _mm_unpacklo_epi32, unsigned;
    i64x2_extend_high_i32x4_u = _mm_unpackhi_epi32, unsigned;
}

extend! {
    i16x8_extend_low_i8x16_s = _mm_unpacklo_epi8, _mm_srai_epi16, 8;
    i16x8_extend_high_i8x16_s = _mm_unpackhi_epi8, _mm_srai_epi16, 8;
    i32x4_extend_low_i16x8_s = _mm_unpacklo_epi16, _mm_srai_epi32, 16;
    i32x4_extend_high_i16x8_s = _mm_unpackhi_epi16, _mm_srai_epi32, 16;
}

#[inline(always)]
pub fn i8x16_bitmask(a: V128) -> i32 {
    sse2!(_mm_movemask_epi8(m(a)))
}

/// Packing with signed saturation keeps each 16-bit lane's sign in a byte.
#[inline(always)]
pub fn i16x8_bitmask(a: V128) -> i32 {
    sse2!(_mm_movemask_epi8(_mm_packs_epi16(m(a), _mm_setzero_si128())))
}

#[inline(always)]
pub fn i32x4_bitmask(a: V128) -> i32 {
    sse2!(_mm_movemask_ps(_mm_castsi128_ps(m(a))))
}

#[inline(always)]
pub fn i64x2_bitmask(a: V128) -> i32 {
    sse2!(_mm_movemask_pd(_mm_castsi128_pd(m(a))))
}

#[inline(always)]
pub fn v128_any_true(a: V128) -> i32 {
    sse2!((_mm_movemask_epi8(_mm_cmpeq_epi8(m(a), _mm_setzero_si128())) != 0xffff) as i32)
}

/// All lanes non-zero: no lane compares equal to zero.
macro_rules! all_true {
    ($($name:ident = $eq:ident;)*) => {$(
        #[inline(always)]
        pub fn $name(a: V128) -> i32 {
            sse2!((_mm_movemask_epi8($eq(m(a), _mm_setzero_si128())) == 0) as i32)
        }
    )*};
}

all_true! {
    i8x16_all_true = _mm_cmpeq_epi8;
    i16x8_all_true = _mm_cmpeq_epi16;
    i32x4_all_true = _mm_cmpeq_epi32;
}

/// `name(a, b) = intrinsic(a, b)` on float lanes (`cast_in`/`cast_out` reinterpret the bits).
macro_rules! float_binary {
    ($($name:ident = $f:ident, $cast_in:ident, $cast_out:ident;)*) => {$(
        #[inline(always)]
        pub fn $name(a: V128, b: V128) -> V128 {
            v(sse2!($cast_out($f($cast_in(m(a)), $cast_in(m(b))))))
        }
    )*};
}

float_binary! {
    f32x4_add = _mm_add_ps, _mm_castsi128_ps, _mm_castps_si128;
    f32x4_sub = _mm_sub_ps, _mm_castsi128_ps, _mm_castps_si128;
    f32x4_mul = _mm_mul_ps, _mm_castsi128_ps, _mm_castps_si128;
    f32x4_div = _mm_div_ps, _mm_castsi128_ps, _mm_castps_si128;
    f64x2_add = _mm_add_pd, _mm_castsi128_pd, _mm_castpd_si128;
    f64x2_sub = _mm_sub_pd, _mm_castsi128_pd, _mm_castpd_si128;
    f64x2_mul = _mm_mul_pd, _mm_castsi128_pd, _mm_castpd_si128;
    f64x2_div = _mm_div_pd, _mm_castsi128_pd, _mm_castpd_si128;
}

#[cfg(test)]
mod tests {
    use super::super as portable;
    use super::V128;

    /// Vectors with lanes at the edges of every lane width (0, 1, -1, MIN, MAX of 8, 16, 32
    /// and 64 bits) plus pseudo-random ones.
    fn samples() -> Vec<V128> {
        let mut out = Vec::new();
        for byte in [0x00u8, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x81] {
            out.push(V128(u128::from_le_bytes([byte; 16])));
        }
        for word in [0x7fffu16, 0x8000, 0x0080, 0xff7f, 0x00ff, 0x8001] {
            out.push(V128::from_u16x8([word; 8]));
        }
        for dword in [0x7fff_ffffu32, 0x8000_0000, 0x0000_8000, 0xffff_7fff, 0x0001_0000] {
            out.push(V128::from_u32x4([dword; 4]));
        }
        out.push(V128::from_u64x2([0x8000_0000_0000_0000, 0x7fff_ffff_ffff_ffff]));
        let mut x = 0x243f_6a88_85a3_08d3_1319_8a2e_0370_7344u128;
        for _ in 0..40 {
            // xorshift over 128 bits
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            out.push(V128(x));
        }
        out
    }

    macro_rules! check_binary {
        ($($name:ident)*) => {$(
            for &a in &samples() {
                for &b in &samples() {
                    assert_eq!(super::$name(a, b), portable::$name(a, b), "{} {a:?} {b:?}", stringify!($name));
                }
            }
        )*};
    }

    macro_rules! check_unary {
        ($($name:ident)*) => {$(
            for &a in &samples() {
                assert_eq!(super::$name(a), portable::$name(a), "{} {a:?}", stringify!($name));
            }
        )*};
    }

    macro_rules! check_shift {
        ($($name:ident)*) => {$(
            for &a in &samples() {
                for count in (0..=70).chain([127, 128, 129, u32::MAX]) {
                    assert_eq!(super::$name(a, count), portable::$name(a, count), "{} {a:?} {count}", stringify!($name));
                }
            }
        )*};
    }

    #[test]
    fn sse2_binary_ops_match_portable() {
        check_binary! {
            i8x16_add i16x8_add i32x4_add i64x2_add i8x16_sub i16x8_sub i32x4_sub i64x2_sub
            i16x8_mul i32x4_mul i8x16_add_sat_s i8x16_add_sat_u i16x8_add_sat_s i16x8_add_sat_u
            i8x16_sub_sat_s i8x16_sub_sat_u i16x8_sub_sat_s i16x8_sub_sat_u i8x16_min_u
            i8x16_max_u i16x8_min_s i16x8_max_s i8x16_avgr_u i16x8_avgr_u i8x16_eq i16x8_eq
            i32x4_eq i8x16_ne i16x8_ne i32x4_ne i8x16_gt_s i16x8_gt_s i32x4_gt_s i8x16_lt_s
            i16x8_lt_s i32x4_lt_s i8x16_narrow_i16x8_s i8x16_narrow_i16x8_u i16x8_narrow_i32x4_s
            i32x4_dot_i16x8_s
        }
    }

    /// Float lanes: the same bits, except that where both operands of a lane are NaNs either
    /// one's (quieted) payload may come out, since which one the CPU returns depends on the
    /// operand order the compiler picked (the spec allows any arithmetic NaN there).
    macro_rules! check_float_binary {
        ($inputs:expr, $lanes:ident, $sign:expr, $inf:expr, $quiet:expr; $($name:ident)*) => {$(
            let nan = |x| x & !$sign > $inf;
            for &a in &$inputs {
                for &b in &$inputs {
                    let (x, y) = (super::$name(a, b).$lanes(), portable::$name(a, b).$lanes());
                    let (a, b) = (a.$lanes(), b.$lanes());
                    for i in 0..x.len() {
                        let either = nan(a[i]) && nan(b[i]) && (x[i] == a[i] | $quiet || x[i] == b[i] | $quiet);
                        assert!(x[i] == y[i] || either, "{} lane {i}: {:#x} {:#x} -> {:#x}, portable {:#x}",
                            stringify!($name), a[i], b[i], x[i], y[i]);
                    }
                }
            }
        )*};
    }

    #[test]
    fn sse2_float_ops_match_portable() {
        let mut inputs = samples();
        for f in [0.0f32, -0.0, 1.5, -3.25, f32::INFINITY, f32::NEG_INFINITY, f32::MIN_POSITIVE, 1e30] {
            inputs.push(V128::from_f32x4([f, -f, f * 3.0, 1.0]));
            inputs.push(V128::from_f64x2([f as f64, -(f as f64) * 1e300]));
        }
        check_float_binary! {
            inputs, u32x4, 0x8000_0000u32, 0x7f80_0000u32, 0x0040_0000u32;
            f32x4_add f32x4_sub f32x4_mul f32x4_div
        }
        check_float_binary! {
            inputs, u64x2, 0x8000_0000_0000_0000u64, 0x7ff0_0000_0000_0000u64, 0x0008_0000_0000_0000u64;
            f64x2_add f64x2_sub f64x2_mul f64x2_div
        }
    }

    #[test]
    fn sse2_shifts_match_portable() {
        check_shift! {
            i16x8_shl i32x4_shl i64x2_shl i16x8_shr_s i32x4_shr_s i16x8_shr_u i32x4_shr_u i64x2_shr_u
        }
    }

    #[test]
    fn sse2_unary_ops_match_portable() {
        check_unary! {
            i16x8_extend_low_i8x16_u i16x8_extend_high_i8x16_u i32x4_extend_low_i16x8_u
            i32x4_extend_high_i16x8_u i64x2_extend_low_i32x4_u i64x2_extend_high_i32x4_u
            i16x8_extend_low_i8x16_s i16x8_extend_high_i8x16_s i32x4_extend_low_i16x8_s
            i32x4_extend_high_i16x8_s i8x16_bitmask i16x8_bitmask i32x4_bitmask i64x2_bitmask
            v128_any_true i8x16_all_true i16x8_all_true i32x4_all_true
        }
    }
}
