//! Engine-neutral values, traps and call outcomes, the deterministic argument values, and the
//! comparison rule for floats.
//!
//! NaN rule (Wasm 2.0 §4.3.3): an operator that produces a NaN from canonical NaN inputs (or
//! from non-NaN inputs) may return any *canonical* NaN (either sign); otherwise any *arithmetic*
//! NaN (quiet bit set, any payload, either sign). Operators that only move bits (locals, select,
//! load/store, reinterpret, `abs`/`neg`/`copysign`, calls) must preserve them exactly. So two
//! engines may legally differ only between two quiet NaNs, and never between a quiet and a
//! signalling NaN (either the signalling one skipped a required quieting or the quiet one
//! changed a value it must move unchanged). [`Value::same`] therefore accepts bit-equal values
//! and pairs of quiet NaNs of the same width. Memory bytes and integers are compared exactly:
//! wasm-smith modules are generated with `canonicalize_nans` (every float result that is a NaN
//! is replaced by the positive canonical NaN), so NaN bits never legally differ there; the
//! shapes generator canonicalises floats before storing them, except into its float-scratch
//! region (see `src/shapes.rs`), which [`scratch_words_same`] compares word by word under the
//! NaN rule.

use crate::rng::Rng;
use std::fmt;

/// A value as both engines can express it. Function references are identified by the export
/// name of the function they point to (`None` inside `FuncRef(Some(..))` for one not exported).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// i32 bits.
    I32(u32),
    /// i64 bits.
    I64(u64),
    /// f32 bits.
    F32(u32),
    /// f64 bits.
    F64(u64),
    /// v128 bits (lane 0 lowest).
    V128(u128),
    /// A function reference: null, or the export name of its target (if exported).
    FuncRef(Option<Option<String>>),
    /// A host reference: null or its payload.
    ExternRef(Option<u32>),
    /// An exception reference: null, or the exception's tag and payload.
    ExnRef(Option<Box<Exception>>),
}

/// An exception as both engines can express it: its tag by export name (`None` for a tag that
/// is not exported) and its payload values. Two distinct exceptions with the same tag and
/// payload compare equal: object identity is not observable through the exports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    /// The export name of the exception's tag.
    pub tag: Option<String>,
    /// The payload, in the tag's parameter order.
    pub payload: Vec<Value>,
}

/// Value types (the Wasm 2.0 set without v128).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// i32
    I32,
    /// i64
    I64,
    /// f32
    F32,
    /// f64
    F64,
    /// v128
    V128,
    /// funcref
    FuncRef,
    /// externref
    ExternRef,
    /// exnref
    ExnRef,
}

fn f32_quiet_nan(b: u32) -> bool {
    b & 0x7fc0_0000 == 0x7fc0_0000
}

fn f64_quiet_nan(b: u64) -> bool {
    b & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000
}

/// Whether two equally long byte ranges of a float-scratch region are equal under the NaN rule:
/// each 8-byte word (from the region's start) is bit-equal, or both are quiet f64 NaNs, or each
/// of its 4-byte halves is bit-equal or a pair of quiet f32 NaNs (the region holds f64 and f32
/// results). A quiet vs. a signalling NaN still differs. Returns the offset of the first word
/// that differs.
pub fn scratch_words_same(a: &[u8], b: &[u8]) -> Option<usize> {
    let word = |x: &[u8], i: usize| {
        let mut w = [0u8; 8];
        w[..x.len().min(i + 8) - i].copy_from_slice(&x[i..x.len().min(i + 8)]);
        u64::from_le_bytes(w)
    };
    (0..a.len().min(b.len())).step_by(8).find(|&i| {
        let (x, y) = (word(a, i), word(b, i));
        let half_same = |x: u32, y: u32| x == y || (f32_quiet_nan(x) && f32_quiet_nan(y));
        !(x == y
            || (f64_quiet_nan(x) && f64_quiet_nan(y))
            || (half_same(x as u32, y as u32) && half_same((x >> 32) as u32, (y >> 32) as u32)))
    })
}

impl Value {
    /// Whether `self` and `other` are equal under the spec's NaN rule (see the module docs).
    pub fn same(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::F32(a), Value::F32(b)) => a == b || (f32_quiet_nan(*a) && f32_quiet_nan(*b)),
            (Value::F64(a), Value::F64(b)) => a == b || (f64_quiet_nan(*a) && f64_quiet_nan(*b)),
            (Value::ExnRef(Some(a)), Value::ExnRef(Some(b))) => {
                a.tag == b.tag
                    && a.payload.len() == b.payload.len()
                    && a.payload.iter().zip(&b.payload).all(|(x, y)| x.same(y))
            }
            _ => self == other,
        }
    }

    /// The value in `.wast` syntax (`(i32.const 5)`, `(f32.const nan:0x200000)`, ...).
    pub fn wast(&self) -> String {
        match self {
            Value::I32(v) => format!("(i32.const {})", *v as i32),
            Value::I64(v) => format!("(i64.const {})", *v as i64),
            Value::F32(b) => format!("(f32.const {})", f32_text(*b)),
            Value::F64(b) => format!("(f64.const {})", f64_text(*b)),
            Value::V128(v) => format!("(v128.const i64x2 {} {})", *v as u64 as i64, (*v >> 64) as u64 as i64),
            Value::FuncRef(None) => "(ref.null func)".into(),
            Value::FuncRef(Some(_)) => "(ref.func)".into(),
            Value::ExternRef(None) => "(ref.null extern)".into(),
            Value::ExternRef(Some(x)) => format!("(ref.extern {x})"),
            Value::ExnRef(None) => "(ref.null exn)".into(),
            // Not wast syntax (there is none for an exception value): only for reports.
            Value::ExnRef(Some(e)) => {
                let payload: Vec<String> = e.payload.iter().map(Value::wast).collect();
                format!("(exn {} {})", e.tag.as_deref().unwrap_or("<unexported tag>"), payload.join(" "))
            }
        }
    }

    /// The value in an `assert_return` result: quiet NaNs match any arithmetic NaN there.
    pub fn wast_expected(&self) -> String {
        match self {
            Value::F32(b) if f32_quiet_nan(*b) => "(f32.const nan:arithmetic)".into(),
            Value::F64(b) if f64_quiet_nan(*b) => "(f64.const nan:arithmetic)".into(),
            _ => self.wast(),
        }
    }
}

/// An f32 bit pattern as wat text (hex float or `nan:0x..`), exact.
pub fn f32_text(b: u32) -> String {
    let sign = if b >> 31 == 1 { "-" } else { "" };
    let exp = (b >> 23) & 0xff;
    let mant = b & 0x7f_ffff;
    if exp == 0xff {
        if mant == 0 { format!("{sign}inf") } else { format!("{sign}nan:{mant:#x}") }
    } else if exp == 0 {
        format!("{sign}0x0.{:06x}p-126", mant << 1)
    } else {
        format!("{sign}0x1.{:06x}p{}", mant << 1, exp as i32 - 127)
    }
}

/// An f64 bit pattern as wat text, exact.
pub fn f64_text(b: u64) -> String {
    let sign = if b >> 63 == 1 { "-" } else { "" };
    let exp = (b >> 52) & 0x7ff;
    let mant = b & 0xf_ffff_ffff_ffff;
    if exp == 0x7ff {
        if mant == 0 { format!("{sign}inf") } else { format!("{sign}nan:{mant:#x}") }
    } else if exp == 0 {
        format!("{sign}0x0.{mant:013x}p-1022")
    } else {
        format!("{sign}0x1.{mant:013x}p{}", exp as i64 - 1023)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.wast())
    }
}

/// A trap, in the classes both engines distinguish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrapKind {
    /// `unreachable`.
    Unreachable,
    /// Memory access out of bounds.
    MemoryOutOfBounds,
    /// Table access out of bounds (including `call_indirect` past the table's end).
    TableOutOfBounds,
    /// `call_indirect` through a null entry.
    IndirectCallToNull,
    /// `call_indirect` signature mismatch.
    BadSignature,
    /// Division or remainder by zero.
    DivisionByZero,
    /// Signed division overflow.
    IntegerOverflow,
    /// Float-to-int conversion of NaN or out of range.
    BadConversion,
    /// Call depth or value stack exhausted: incomparable between engines.
    StackOverflow,
    /// An exception escaped the call: this value (`Value::ExnRef(Some(..))`).
    Uncaught(Box<Value>),
    /// Anything else (engine-specific message).
    Other(String),
}

impl TrapKind {
    /// The spec's message for this trap (what `assert_trap` expects).
    pub fn spec_message(&self) -> &str {
        match self {
            TrapKind::Unreachable => "unreachable",
            TrapKind::MemoryOutOfBounds => "out of bounds memory access",
            TrapKind::TableOutOfBounds => "out of bounds table access",
            TrapKind::IndirectCallToNull => "uninitialized element",
            TrapKind::BadSignature => "indirect call type mismatch",
            TrapKind::DivisionByZero => "integer divide by zero",
            TrapKind::IntegerOverflow => "integer overflow",
            TrapKind::BadConversion => "invalid conversion to integer",
            TrapKind::StackOverflow => "call stack exhausted",
            TrapKind::Uncaught(_) => "uncaught exception",
            TrapKind::Other(m) => m,
        }
    }
}

/// What one call (or an instantiation) did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Returned these values.
    Returned(Vec<Value>),
    /// Trapped.
    Trapped(TrapKind),
    /// Failed otherwise (link error, unsupported, engine refusal), with the message.
    Failed(String),
}

impl Outcome {
    /// Whether two outcomes agree: values under the NaN rule, traps by kind; two failures that
    /// are not traps agree whatever their messages.
    pub fn same(&self, other: &Outcome) -> bool {
        match (self, other) {
            (Outcome::Returned(a), Outcome::Returned(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            (Outcome::Trapped(TrapKind::Uncaught(a)), Outcome::Trapped(TrapKind::Uncaught(b))) => a.same(b),
            (Outcome::Trapped(a), Outcome::Trapped(b)) => a == b,
            (Outcome::Failed(_), Outcome::Failed(_)) => true,
            _ => false,
        }
    }

    /// Whether this outcome is a stack exhaustion (which makes the rest incomparable).
    pub fn is_stack_overflow(&self) -> bool {
        matches!(self, Outcome::Trapped(TrapKind::StackOverflow))
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Returned(v) => {
                write!(f, "returned [{}]", v.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" "))
            }
            Outcome::Trapped(TrapKind::Uncaught(v)) => write!(f, "threw {v}"),
            Outcome::Trapped(t) => write!(f, "trapped: {}", t.spec_message()),
            Outcome::Failed(m) => write!(f, "failed: {m}"),
        }
    }
}

const I32_EDGES: [u32; 12] = [0, 1, 2, 7, 0xffff_ffff, 0x8000_0000, 0x7fff_ffff, 0xffff, 0x1_0000, 65532, 31, 32];
const I64_EDGES: [u64; 12] =
    [0, 1, 3, u64::MAX, 1 << 63, (1 << 63) - 1, 0xffff_ffff, 0x1_0000_0000, 65535, 63, 64, 0x8000_0000];
const F32_EDGES: [u32; 14] = [
    0,
    0x8000_0000,
    0x3f80_0000, // 1.0
    0xbf80_0000, // -1.0
    0x7f80_0000, // inf
    0xff80_0000, // -inf
    0x7fc0_0000, // canonical NaN
    0xffc0_0000, // negative canonical NaN
    0x7fa0_0001, // signalling NaN with payload
    0x7fc1_2345, // quiet NaN with payload
    0x4f00_0000, // 2^31
    0xcf00_0000, // -2^31
    0x0000_0001, // smallest subnormal
    0x7f7f_ffff, // max finite
];
const F64_EDGES: [u64; 14] = [
    0,
    0x8000_0000_0000_0000,
    0x3ff0_0000_0000_0000,
    0xbff0_0000_0000_0000,
    0x7ff0_0000_0000_0000,
    0xfff0_0000_0000_0000,
    0x7ff8_0000_0000_0000,
    0xfff8_0000_0000_0000,
    0x7ff4_0000_0000_0001,
    0x7ff8_0000_0012_3456,
    0x41e0_0000_0000_0000, // 2^31
    0xc3e0_0000_0000_0000, // -2^63
    0x0000_0000_0000_0001,
    0x7fef_ffff_ffff_ffff,
];

/// A deterministic argument of type `ty`: mostly edge values (0, -1, min, max, NaNs with
/// payloads, small ints), sometimes random bits.
pub fn argument(rng: &mut Rng, ty: Ty) -> Value {
    let random = rng.chance(1, 4);
    match ty {
        Ty::I32 if random => Value::I32(rng.next_u64() as u32),
        Ty::I32 if rng.chance(1, 3) => Value::I32(rng.below(16) as u32),
        Ty::I32 => Value::I32(*rng.pick(&I32_EDGES)),
        Ty::I64 if random => Value::I64(rng.next_u64()),
        Ty::I64 if rng.chance(1, 3) => Value::I64(rng.below(16)),
        Ty::I64 => Value::I64(*rng.pick(&I64_EDGES)),
        Ty::F32 if random => Value::F32(rng.next_u64() as u32),
        Ty::F32 if rng.chance(1, 4) => Value::F32((rng.below(9) as f32 - 4.0).to_bits()),
        Ty::F32 => Value::F32(*rng.pick(&F32_EDGES)),
        Ty::F64 if random => Value::F64(rng.next_u64()),
        Ty::F64 if rng.chance(1, 4) => Value::F64((rng.below(9) as f64 - 4.0).to_bits()),
        Ty::F64 => Value::F64(*rng.pick(&F64_EDGES)),
        Ty::V128 => Value::V128((rng.next_u64() as u128) << 64 | rng.next_u64() as u128),
        Ty::FuncRef => Value::FuncRef(None),
        Ty::ExternRef => Value::ExternRef(if rng.chance(1, 2) { None } else { Some(rng.below(4) as u32) }),
        // The host has no exception to pass without running code first.
        Ty::ExnRef => Value::ExnRef(None),
    }
}
