//! Wasm numeric semantics as plain functions: the integer ops that trap, float min/max/nearest
//! with the spec's NaN and signed-zero rules, and float-to-int truncations. The executor uses
//! these and nothing else for these ops, so there is one definition of each rule.

use crate::error::TrapCode;

/// i32.div_s
#[inline]
pub fn i32_div_s(a: i32, b: i32) -> Result<i32, TrapCode> {
    if b == 0 {
        return Err(TrapCode::IntegerDivideByZero);
    }
    a.checked_div(b).ok_or(TrapCode::IntegerOverflow)
}

/// i32.div_u
#[inline]
pub fn i32_div_u(a: u32, b: u32) -> Result<u32, TrapCode> {
    a.checked_div(b).ok_or(TrapCode::IntegerDivideByZero)
}

/// i32.rem_s (MIN rem -1 is 0, not a trap)
#[inline]
pub fn i32_rem_s(a: i32, b: i32) -> Result<i32, TrapCode> {
    if b == 0 {
        return Err(TrapCode::IntegerDivideByZero);
    }
    Ok(a.wrapping_rem(b))
}

/// i32.rem_u
#[inline]
pub fn i32_rem_u(a: u32, b: u32) -> Result<u32, TrapCode> {
    a.checked_rem(b).ok_or(TrapCode::IntegerDivideByZero)
}

/// i64.div_s
#[inline]
pub fn i64_div_s(a: i64, b: i64) -> Result<i64, TrapCode> {
    if b == 0 {
        return Err(TrapCode::IntegerDivideByZero);
    }
    a.checked_div(b).ok_or(TrapCode::IntegerOverflow)
}

/// i64.div_u
#[inline]
pub fn i64_div_u(a: u64, b: u64) -> Result<u64, TrapCode> {
    a.checked_div(b).ok_or(TrapCode::IntegerDivideByZero)
}

/// i64.rem_s
#[inline]
pub fn i64_rem_s(a: i64, b: i64) -> Result<i64, TrapCode> {
    if b == 0 {
        return Err(TrapCode::IntegerDivideByZero);
    }
    Ok(a.wrapping_rem(b))
}

/// i64.rem_u
#[inline]
pub fn i64_rem_u(a: u64, b: u64) -> Result<u64, TrapCode> {
    a.checked_rem(b).ok_or(TrapCode::IntegerDivideByZero)
}

macro_rules! float_ops {
    ($t:ident, $min:ident, $max:ident, $nearest:ident, $quiet:ident, $canon:expr) => {
        /// min with the spec's rules: NaN if either is NaN, and -0 < +0.
        #[inline]
        pub fn $min(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                return $t::from_bits($canon);
            }
            if a == b {
                // Equal values differ only in the sign of zero: prefer the negative one.
                return $t::from_bits(a.to_bits() | b.to_bits());
            }
            if a < b { a } else { b }
        }

        /// max with the spec's rules: NaN if either is NaN, and +0 > -0.
        #[inline]
        pub fn $max(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                return $t::from_bits($canon);
            }
            if a == b {
                return $t::from_bits(a.to_bits() & b.to_bits());
            }
            if a > b { a } else { b }
        }

        /// Round to nearest, ties to even (signs of zero preserved; NaN made quiet).
        #[inline]
        pub fn $nearest(a: $t) -> $t {
            $quiet(a.round_ties_even())
        }

        /// Rounding ops and sqrt must return a quiet NaN for a NaN input; libm may pass a
        /// signalling NaN through unchanged.
        #[inline]
        pub fn $quiet(a: $t) -> $t {
            if a.is_nan() { $t::from_bits(a.to_bits() | ($canon & !($canon << 1))) } else { a }
        }
    };
}

float_ops!(f32, f32_min, f32_max, f32_nearest, f32_quiet, 0x7fc0_0000u32);
float_ops!(f64, f64_min, f64_max, f64_nearest, f64_quiet, 0x7ff8_0000_0000_0000u64);

macro_rules! trunc {
    ($name:ident, $from:ty, $to:ty, $lo:expr, $hi:expr) => {
        /// Truncation toward zero; traps on NaN ("invalid conversion") or when the result does
        /// not fit ("integer overflow").
        /// Valid inputs are exactly those with `lo < x < hi` (both bounds exclusive).
        #[inline]
        pub fn $name(x: $from) -> Result<$to, TrapCode> {
            if x.is_nan() {
                return Err(TrapCode::InvalidConversionToInteger);
            }
            if x > $lo && x < $hi { Ok(x as $to) } else { Err(TrapCode::IntegerOverflow) }
        }
    };
}

trunc!(i32_trunc_f32_s, f32, i32, -2147483904.0f32, 2147483648.0f32);
trunc!(i32_trunc_f32_u, f32, u32, -1.0f32, 4294967296.0f32);
trunc!(i32_trunc_f64_s, f64, i32, -2147483649.0f64, 2147483648.0f64);
trunc!(i32_trunc_f64_u, f64, u32, -1.0f64, 4294967296.0f64);
trunc!(i64_trunc_f32_s, f32, i64, -9223373136366403584.0f32, 9223372036854775808.0f32);
trunc!(i64_trunc_f32_u, f32, u64, -1.0f32, 18446744073709551616.0f32);
trunc!(i64_trunc_f64_s, f64, i64, -9223372036854777856.0f64, 9223372036854775808.0f64);
trunc!(i64_trunc_f64_u, f64, u64, -1.0f64, 18446744073709551616.0f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_division_edges() {
        assert_eq!(i32_div_s(i32::MIN, -1), Err(TrapCode::IntegerOverflow));
        assert_eq!(i32_div_s(7, 0), Err(TrapCode::IntegerDivideByZero));
        assert_eq!(i32_rem_s(i32::MIN, -1), Ok(0));
        assert_eq!(i32_div_s(-7, 2), Ok(-3));
        assert_eq!(i32_rem_s(-7, 2), Ok(-1));
        assert_eq!(i64_div_s(i64::MIN, -1), Err(TrapCode::IntegerOverflow));
        assert_eq!(i64_rem_s(i64::MIN, -1), Ok(0));
        assert_eq!(i64_div_u(u64::MAX, 2), Ok(u64::MAX / 2));
        assert_eq!(i32_rem_u(5, 0), Err(TrapCode::IntegerDivideByZero));
    }

    #[test]
    fn min_max_zero_and_nan() {
        assert_eq!(f32_min(0.0, -0.0).to_bits(), (-0.0f32).to_bits());
        assert_eq!(f32_min(-0.0, 0.0).to_bits(), (-0.0f32).to_bits());
        assert_eq!(f32_max(-0.0, 0.0).to_bits(), 0.0f32.to_bits());
        assert!(f32_min(f32::NAN, 1.0).is_nan());
        assert!(f64_max(1.0, f64::NAN).is_nan());
        assert_eq!(f64_min(1.0, 2.0), 1.0);
        assert_eq!(f64_max(-1.0, -2.0), -1.0);
    }

    #[test]
    fn nearest_ties_to_even() {
        assert_eq!(f32_nearest(2.5), 2.0);
        assert_eq!(f32_nearest(3.5), 4.0);
        assert_eq!(f64_nearest(-0.5).to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn truncation_bounds() {
        assert_eq!(i32_trunc_f32_s(-2147483648.0), Ok(i32::MIN));
        assert!(i32_trunc_f32_s(2147483648.0).is_err());
        assert_eq!(i32_trunc_f64_s(-2147483648.9), Ok(i32::MIN));
        assert!(i32_trunc_f64_s(-2147483649.0).is_err());
        assert_eq!(i32_trunc_f64_u(-0.9), Ok(0));
        assert!(i32_trunc_f64_u(-1.0).is_err());
        assert_eq!(i32_trunc_f64_u(4294967295.9), Ok(u32::MAX));
        assert!(i64_trunc_f64_s(9223372036854775808.0).is_err());
        assert_eq!(i64_trunc_f64_s(-9223372036854775808.0), Ok(i64::MIN));
        assert!(i64_trunc_f32_u(f32::NAN).is_err());
        assert!(i64_trunc_f32_u(f32::INFINITY).is_err());
    }
}
