//! `--invoke` values as text: parsing ARGS by a parameter's type and printing results, both in
//! the `.wast` text format's number syntax so that a printed result can be passed back in.
//!
//! Input: integers in decimal or hexadecimal (`42`, `-7`, `0x10`, `-0x10`, `0xffffffff`; the
//! signed or the unsigned range; `_` between digits), floats as decimals or hexadecimal floats
//! (`1.5`, `-0x1.8p3`), `inf`, `-inf`, `nan` (the canonical NaN), `-nan`, and NaNs with a payload
//! (`nan:0x200000`, `-nan:0x1`). Rust's own float spellings (`NaN`, `infinity`) are accepted too.
//!
//! A v128 is one unsigned 128-bit integer (lane 0 in the low bits), in decimal or `0x` hex on
//! input and in decimal on output, as wasmtime's `--invoke` writes it.
//!
//! Output: integers in signed decimal; finite floats in Rust's shortest decimal form that reads
//! back to the same bits (`0.1`, `-0`, `1.5`; never an exponent); `inf`/`-inf`; a NaN as `nan` or `-nan` when its payload is the canonical one (only the top
//! mantissa bit set: `0x400000` for f32, `0x8000000000000` for f64), else as `nan:0xPAYLOAD`
//! (or `-nan:0xPAYLOAD` with the sign bit set), exactly as the text format writes it.

use regwasm::{Val, ValType};

/// Parses one `--invoke` argument for a parameter of type `ty` (`None`: not a valid `ty`).
pub fn parse_arg(s: &str, ty: ValType) -> Option<Val> {
    match ty {
        ValType::I32 => parse_wast::<i32>(s).map(Val::I32),
        ValType::I64 => parse_wast::<i64>(s).map(Val::I64),
        ValType::F32 => parse_wast::<wast::token::F32>(s)
            .map(|f| f.bits)
            .or_else(|| s.parse::<f32>().ok().map(f32::to_bits))
            .map(Val::F32),
        ValType::F64 => parse_wast::<wast::token::F64>(s)
            .map(|f| f.bits)
            .or_else(|| s.parse::<f64>().ok().map(f64::to_bits))
            .map(Val::F64),
        ValType::V128 => parse_v128(s).map(Val::V128),
        ValType::Ref(_) => None,
    }
}

/// A v128 argument as wasmtime's `--invoke` takes it: the vector as one unsigned 128-bit
/// integer (lane 0 in the low bits), in decimal, or in hexadecimal with `0x` (`_` between
/// digits allowed in both).
fn parse_v128(s: &str) -> Option<u128> {
    let digits = |t: &str| !t.is_empty() && !t.starts_with('_') && !t.ends_with('_') && !t.contains("__");
    let (text, radix) = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => (hex, 16),
        None => (s, 10),
    };
    if !digits(text) || text.starts_with('+') {
        return None;
    }
    u128::from_str_radix(&text.replace('_', ""), radix).ok()
}

/// Parses `s` as exactly one token of the text format.
fn parse_wast<T: for<'a> wast::parser::Parse<'a>>(s: &str) -> Option<T> {
    // The text format's lexer also skips comments and whitespace: only a lone token is taken.
    if s.is_empty() || s.contains(|c: char| c.is_whitespace() || c == ';' || c == '(' || c == ')') {
        return None;
    }
    let buf = wast::parser::ParseBuffer::new(s).ok()?;
    wast::parser::parse::<T>(&buf).ok()
}

/// Formats a result value for printing (see the module documentation).
pub fn format_val(v: &Val) -> String {
    match *v {
        Val::F32(bits) => {
            format_float(u64::from(bits), 32, f64::from(f32::from_bits(bits)), || f32::from_bits(bits).to_string())
        }
        Val::F64(bits) => format_float(bits, 64, f64::from_bits(bits), || f64::from_bits(bits).to_string()),
        // As wasmtime prints it: the vector as one unsigned 128-bit decimal integer.
        Val::V128(bits) => bits.to_string(),
        other => other.to_string(),
    }
}

/// Formats float bits of a `width`-bit IEEE format: NaNs and infinities in text-format syntax,
/// finite values with `finite`.
fn format_float(bits: u64, width: u32, value: f64, finite: impl FnOnce() -> String) -> String {
    let mantissa_bits = if width == 32 { 23 } else { 52 };
    let sign = if bits >> (width - 1) & 1 == 1 { "-" } else { "" };
    let payload = bits & ((1u64 << mantissa_bits) - 1);
    if value.is_nan() {
        if payload == 1 << (mantissa_bits - 1) { format!("{sign}nan") } else { format!("{sign}nan:{payload:#x}") }
    } else if value.is_infinite() {
        format!("{sign}inf")
    } else {
        finite()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_decimal_and_hex() {
        assert_eq!(parse_arg("42", ValType::I32), Some(Val::I32(42)));
        assert_eq!(parse_arg("-7", ValType::I32), Some(Val::I32(-7)));
        assert_eq!(parse_arg("0x10", ValType::I32), Some(Val::I32(16)));
        assert_eq!(parse_arg("-0x10", ValType::I32), Some(Val::I32(-16)));
        assert_eq!(parse_arg("0xffffffff", ValType::I32), Some(Val::I32(-1)));
        assert_eq!(parse_arg("4294967295", ValType::I32), Some(Val::I32(-1)));
        assert_eq!(parse_arg("0x1_0000_0000", ValType::I32), None);
        assert_eq!(parse_arg("0x1_0000_0000", ValType::I64), Some(Val::I64(1 << 32)));
        assert_eq!(parse_arg("-0x8000000000000000", ValType::I64), Some(Val::I64(i64::MIN)));
        for bad in ["", "x", "0x", "1 2", "1;;", "(1)", "1.5", "nan"] {
            assert_eq!(parse_arg(bad, ValType::I32), None, "{bad:?}");
        }
    }

    #[test]
    fn floats_with_nan_payloads() {
        assert_eq!(parse_arg("1.5", ValType::F32), Some(Val::F32(1.5f32.to_bits())));
        assert_eq!(parse_arg("0x1.8p1", ValType::F64), Some(Val::F64(3.0f64.to_bits())));
        assert_eq!(parse_arg("nan", ValType::F32), Some(Val::F32(0x7fc0_0000)));
        assert_eq!(parse_arg("-nan", ValType::F32), Some(Val::F32(0xffc0_0000)));
        assert_eq!(parse_arg("nan:0x200000", ValType::F32), Some(Val::F32(0x7fa0_0000)));
        assert_eq!(parse_arg("-nan:0x1", ValType::F64), Some(Val::F64(0xfff0_0000_0000_0001)));
        assert_eq!(parse_arg("inf", ValType::F64), Some(Val::F64(f64::INFINITY.to_bits())));
        assert_eq!(parse_arg("-inf", ValType::F32), Some(Val::F32(f32::NEG_INFINITY.to_bits())));
        assert_eq!(parse_arg("NaN", ValType::F32), Some(Val::F32(f32::NAN.to_bits())));
        for bad in ["nan:0x0", "nan:0x800000", "1.5.5", "z"] {
            assert_eq!(parse_arg(bad, ValType::F32), None, "{bad:?}");
        }
    }

    #[test]
    fn v128_as_one_unsigned_integer() {
        assert_eq!(parse_arg("0", ValType::V128), Some(Val::V128(0)));
        assert_eq!(parse_arg("340282366920938463463374607431768211455", ValType::V128), Some(Val::V128(u128::MAX)));
        assert_eq!(parse_arg("0x0102_0304", ValType::V128), Some(Val::V128(0x0102_0304)));
        assert_eq!(parse_arg("0xffffffffffffffffffffffffffffffff", ValType::V128), Some(Val::V128(u128::MAX)));
        for bad in ["", "-1", "+1", "340282366920938463463374607431768211456", "0x", "0x1_", "_1", "1.5", "nan", "0x1g"]
        {
            assert_eq!(parse_arg(bad, ValType::V128), None, "{bad:?}");
        }
        assert_eq!(format_val(&Val::V128(u128::MAX)), "340282366920938463463374607431768211455");
        assert_eq!(format_val(&Val::V128(0x0102)), "258");
    }

    #[test]
    fn results_print_in_text_format_syntax() {
        assert_eq!(format_val(&Val::I32(-3)), "-3");
        assert_eq!(format_val(&Val::F32(0.1f32.to_bits())), "0.1");
        assert_eq!(format_val(&Val::F64((-0.0f64).to_bits())), "-0");
        assert_eq!(format_val(&Val::F32(0x7fc0_0000)), "nan");
        assert_eq!(format_val(&Val::F32(0xffc0_0000)), "-nan");
        assert_eq!(format_val(&Val::F32(0x7fa0_0000)), "nan:0x200000");
        assert_eq!(format_val(&Val::F32(0x7f80_0001)), "nan:0x1");
        assert_eq!(format_val(&Val::F64(0x7ff8_0000_0000_0000)), "nan");
        assert_eq!(format_val(&Val::F64(0xfff4_0000_0000_0000)), "-nan:0x4000000000000");
        assert_eq!(format_val(&Val::F64(f64::NEG_INFINITY.to_bits())), "-inf");
        // Every printed NaN reads back to the same bits.
        for bits in [0x7fc0_0000u32, 0xffc0_0000, 0x7fa0_0000, 0xff80_0001, 0x7fff_ffff] {
            let text = format_val(&Val::F32(bits));
            assert_eq!(parse_arg(&text, ValType::F32), Some(Val::F32(bits)), "{text}");
        }
    }
}
