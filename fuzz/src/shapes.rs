//! The targeted generator: random but always valid modules built from the shapes regwasm's
//! translator fuses and rewrites (see `src/translate/` and `tests/fused_forms.rs`): compares
//! feeding `br_if`/`if`/`select` (all int and float compares, `eqz`, NaN operands), address
//! arithmetic feeding loads and stores (base + constant, base + index, scaled index, edge
//! offsets, out-of-bounds addresses), accumulator chains of int/f32/f64/mixed ops, `local.tee`
//! and `local.set` chains, stack shuffles over locals (a local read, then written while the old
//! value is still on the stack), `br_table` and `br_if` carrying values (multi-value included),
//! blocks/loops/ifs with parameters and results, early returns (tails), direct and indirect
//! calls (multi-value), globals, memory and table ops; and the script-interpreter and float
//! fusions with their near misses: biased `br_table` indices, `*p += k` read-modify-writes,
//! a dispatch loop's `pc = next; next += k; continue`, shadow-stack global updates, float ops
//! with a constant on either side, float results stored by the op, and `mem[a] op= x`.
//!
//! Float results are canonicalised (NaN to the canonical NaN) before they are stored or
//! reinterpreted, except in the float-scratch region ([`FSCRATCH`]): stores there keep the raw
//! result so the fused float stores form, and the driver compares that region under the NaN rule.
//! Those raw ops have at most one operand that can be a NaN (the other is a non-NaN constant or
//! made a number first), and that operand is canonicalised or a constant (signalling NaNs
//! included), so the NaN an op produces is the same on every engine in practice (two NaN
//! inputs of a commutative op could give either payload; `min`, or generic code before, can
//! choose one). The region's bits stay deterministic, so generic loads and narrower stores that
//! reach it (they are not kept out) cannot expose an engine's choice.
//!
//! It is a structured builder over a typed operand model: every expression pushes exactly one
//! value of the requested type and every statement leaves the stack as it found it, so the
//! output is valid by construction. Termination: loops are counted with reserved counter locals
//! tested and decremented at the loop head (at most [`MAX_TRIPS`] trips, even when the body
//! branches back to the loop) and every function entry spends one unit of the exported `fuel`
//! global (refilled by the driver before each call), trapping with `unreachable` when it is
//! empty, so recursion through `call_indirect` ends too.

use crate::rng::Rng;
use std::fmt::Write as _;

/// Numeric types the generator uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum T {
    I32,
    I64,
    F32,
    F64,
}

const NUM: [T; 4] = [T::I32, T::I64, T::F32, T::F64];
/// Start of the float-scratch region of the memory: the only place raw float results (not
/// canonicalised NaNs) are stored; [`crate::diff::FSCRATCH_LEN`] bytes, compared under the NaN
/// rule. Exported as the immutable global [`crate::diff::FSCRATCH_EXPORT`].
pub const FSCRATCH: u32 = 0x6000;
/// Index of the second mutable i32 global (the first is 0), for the global-update near misses.
const I32_GLOBAL2: u32 = 5;
/// Maximum trips of a generated loop.
pub const MAX_TRIPS: u64 = 4;
const COUNTERS: usize = 3;

impl T {
    fn name(self) -> &'static str {
        match self {
            T::I32 => "i32",
            T::I64 => "i64",
            T::F32 => "f32",
            T::F64 => "f64",
        }
    }
    fn is_int(self) -> bool {
        matches!(self, T::I32 | T::I64)
    }
    fn bytes(self) -> u32 {
        match self {
            T::I32 | T::F32 => 4,
            T::I64 | T::F64 => 8,
        }
    }
}

#[derive(Debug, Clone)]
struct Sig {
    params: Vec<T>,
    results: Vec<T>,
}

impl Sig {
    fn text(&self) -> String {
        let mut s = String::new();
        if !self.params.is_empty() {
            let _ = write!(s, " (param {})", names(&self.params));
        }
        if !self.results.is_empty() {
            let _ = write!(s, " (result {})", names(&self.results));
        }
        s
    }
}

fn names(ts: &[T]) -> String {
    ts.iter().map(|t| t.name()).collect::<Vec<_>>().join(" ")
}

/// Instruction sequence converting a value of type `from` to `to`.
fn convert(from: T, to: T) -> &'static str {
    use T::*;
    match (from, to) {
        (a, b) if a == b => "",
        (I32, I64) => "i64.extend_i32_s",
        (I32, F32) => "f32.convert_i32_s",
        (I32, F64) => "f64.convert_i32_u",
        (I64, I32) => "i32.wrap_i64",
        (I64, F32) => "f32.convert_i64_u",
        (I64, F64) => "f64.reinterpret_i64",
        (F32, I32) => "i32.reinterpret_f32",
        (F32, I64) => "i64.trunc_sat_f32_s",
        (F32, F64) => "f64.promote_f32",
        (F64, I32) => "i32.trunc_sat_f64_u",
        (F64, I64) => "i64.reinterpret_f64",
        (F64, F32) => "f32.demote_f64",
        _ => unreachable!(),
    }
}

/// Emits a formatted instruction line (the arguments may use the generator's random source).
macro_rules! emitf {
    ($g:expr, $($t:tt)*) => {{
        let line = format!($($t)*);
        $g.emit(&line);
    }};
}

struct Label {
    types: Vec<T>,
}

struct FuncGen<'a> {
    rng: &'a mut Rng,
    sigs: &'a [Sig],
    me: usize,
    /// Types of params then locals; the last `COUNTERS` locals are loop counters.
    locals: Vec<T>,
    nparams: usize,
    labels: Vec<Label>,
    loops: usize,
    out: String,
    budget: u32,
}

fn int_const(rng: &mut Rng, t: T) -> String {
    let v: i64 = match rng.below(6) {
        0 => 0,
        1 => -1,
        2 => rng.below(10) as i64,
        3 => *rng.pick(&[i32::MIN as i64, i32::MAX as i64, i64::MIN, i64::MAX, 65535, 65536, 255, 31, 32, 63]),
        4 => -(rng.below(100) as i64),
        _ => rng.next_u64() as i64,
    };
    match t {
        T::I32 => format!("i32.const {}", v as i32),
        _ => format!("i64.const {v}"),
    }
}

fn float_const(rng: &mut Rng, t: T) -> String {
    let text = match rng.below(6) {
        0 => rng
            .pick(&["0", "-0", "1", "-1", "0.5", "inf", "-inf", "nan", "-nan", "nan:0x200000", "nan:0x1"])
            .to_string(),
        1 => format!("{}", rng.below(20) as i32 - 10),
        2 => rng.pick(&["2147483648", "-2147483649", "4294967296", "9.3e18", "-9.3e18", "1e-40", "3.4e38"]).to_string(),
        3 => format!("{:.3}", (rng.below(20000) as f64 - 10000.0) / 97.0),
        _ => match t {
            T::F32 => crate::value::f32_text(rng.next_u64() as u32),
            _ => crate::value::f64_text(rng.next_u64()),
        },
    };
    format!("{}.const {text}", t.name())
}

impl FuncGen<'_> {
    fn emit(&mut self, s: &str) {
        if !s.is_empty() {
            self.out.push_str("    ");
            self.out.push_str(s);
            self.out.push('\n');
        }
    }

    /// Replaces a NaN on top of the stack (type `t`) by the canonical NaN when `t` is a float,
    /// before a float's bits become observable as an integer or in memory: the spec lets
    /// engines return different NaN bits from arithmetic (any arithmetic NaN), so only
    /// canonical NaNs compare there.
    fn canon(&mut self, t: T) {
        if t.is_int() {
            return;
        }
        let s = self.scratch(t);
        let nan = if t == T::F32 { "f32.const nan" } else { "f64.const nan" };
        emitf!(self, "local.tee {s}");
        self.emit(nan);
        emitf!(self, "local.get {s}");
        emitf!(self, "local.get {s}");
        emitf!(self, "{}.eq", t.name());
        self.emit("select");
    }

    /// Converts the value on top of the stack from `from` to `to`.
    fn convert_top(&mut self, from: T, to: T) {
        if !from.is_int() && to.is_int() {
            self.canon(from);
        }
        self.emit(convert(from, to));
    }

    /// Locals of type `t` that statements may write (not the loop counters).
    fn writable(&self, t: T) -> Vec<usize> {
        let end = self.locals.len() - COUNTERS;
        (0..end).filter(|&i| self.locals[i] == t).collect()
    }

    /// Any local of type `t` (counters included for i32: reading them is fine).
    fn readable(&self, t: T) -> Vec<usize> {
        (0..self.locals.len()).filter(|&i| self.locals[i] == t).collect()
    }

    fn scratch(&self, t: T) -> usize {
        // The first local of each type after the params is reserved as a scratch (always present).
        self.nparams + NUM.iter().position(|&x| x == t).expect("numeric")
    }

    fn leaf(&mut self, t: T) {
        match self.rng.below(5) {
            0 | 1 => {
                let l = self.readable(t);
                let i = *self.rng.pick(&l);
                emitf!(self, "local.get {i}");
            }
            2 => {
                let g = NUM.iter().position(|&x| x == t).expect("numeric");
                emitf!(self, "global.get {g}");
            }
            _ => {
                let c = if t.is_int() { int_const(self.rng, t) } else { float_const(self.rng, t) };
                self.emit(&c);
            }
        }
    }

    /// An i32 address: one of the shapes the translator fuses into loads and stores.
    fn address(&mut self, d: u32) {
        match self.rng.below(6) {
            0 => {
                let a = *self.rng.pick(&[0u32, 8, 65528, 65532, 65535, 65536, 131064, 4294967295, 16]);
                emitf!(self, "i32.const {}", a as i32);
            }
            1 => {
                // base + constant
                self.small_i32(d);
                let c = *self.rng.pick(&[0i32, 4, 8, 100, 65530, -4]);
                emitf!(self, "i32.const {c}");
                self.emit("i32.add");
                if c == 8 || c == -4 {
                    // A pointer stepped and kept (`p += k; *p`): the sum also goes to a local,
                    // the first writable i32 one (no random draw, so every other seed generates
                    // what it did before).
                    if let Some(&l) = self.writable(T::I32).first() {
                        emitf!(self, "local.tee {l}");
                    }
                }
            }
            2 => {
                // base + (index << k)
                self.small_i32(d);
                self.small_i32(d);
                emitf!(self, "i32.const {}", self.rng.below(4));
                self.emit("i32.shl");
                self.emit("i32.add");
            }
            3 => {
                // base + index
                self.small_i32(d);
                self.small_i32(d);
                self.emit("i32.add");
            }
            4 => {
                // index * size
                self.small_i32(d);
                emitf!(self, "i32.const {}", 1u32 << self.rng.below(4));
                self.emit("i32.mul");
            }
            _ => self.expr(T::I32, d),
        }
    }

    /// An i32 that is usually small (a local masked into the memory, or a small constant).
    fn small_i32(&mut self, d: u32) {
        if self.rng.chance(1, 3) {
            emitf!(self, "i32.const {}", self.rng.below(300));
        } else {
            self.expr(T::I32, d.saturating_sub(1));
            if self.rng.chance(4, 5) {
                emitf!(self, "i32.const {}", *self.rng.pick(&[0xff, 0xfff, 0xfffc, 0xffff, 0x1ffff]));
                self.emit("i32.and");
            }
        }
    }

    fn load(&mut self, t: T, d: u32) {
        self.address(d);
        let offset = *self.rng.pick(&[0u32, 0, 1, 4, 8, 65535, 65536, 4294967295]);
        let (op, max_align) = match (t, self.rng.below(4)) {
            (T::I32, 0) => ("i32.load8_s", 1),
            (T::I32, 1) => ("i32.load16_u", 2),
            (T::I64, 0) => ("i64.load32_s", 4),
            (T::I64, 1) => ("i64.load8_u", 1),
            (T::I64, 2) => ("i64.load16_s", 2),
            _ => (
                match t {
                    T::I32 => "i32.load",
                    T::I64 => "i64.load",
                    T::F32 => "f32.load",
                    T::F64 => "f64.load",
                },
                t.bytes(),
            ),
        };
        let align = 1u32 << self.rng.below(max_align.trailing_zeros() as u64 + 1);
        emitf!(self, "{op} offset={offset} align={align}");
    }

    fn store(&mut self, d: u32) {
        let t = *self.rng.pick(&NUM);
        self.address(d);
        self.expr(t, d);
        self.canon(t);
        let offset = *self.rng.pick(&[0u32, 0, 2, 4, 8, 65535, 65536]);
        let op = match (t, self.rng.below(3)) {
            (T::I32, 0) => "i32.store8",
            (T::I32, 1) => "i32.store16",
            (T::I64, 0) => "i64.store32",
            (T::I64, 1) => "i64.store8",
            _ => match t {
                T::I32 => "i32.store",
                T::I64 => "i64.store",
                T::F32 => "f32.store",
                T::F64 => "f64.store",
            },
        };
        emitf!(self, "{op} offset={offset}");
    }

    /// An i32 condition: a compare of two operands (any type, NaNs included), an `eqz`, or a value.
    fn condition(&mut self, d: u32) {
        match self.rng.below(4) {
            0 | 1 => {
                let t = *self.rng.pick(&NUM);
                self.expr(t, d);
                self.expr(t, d);
                let op = if t.is_int() {
                    *self.rng.pick(&["eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"])
                } else {
                    *self.rng.pick(&["eq", "ne", "lt", "gt", "le", "ge"])
                };
                emitf!(self, "{}.{op}", t.name());
            }
            2 => {
                let t = *self.rng.pick(&[T::I32, T::I64]);
                self.expr(t, d);
                emitf!(self, "{}.eqz", t.name());
                if self.rng.chance(1, 3) {
                    self.emit("i32.eqz");
                }
            }
            _ => self.expr(T::I32, d),
        }
    }

    fn unop(&mut self, t: T) -> &'static str {
        const I32: [&str; 6] = ["i32.clz", "i32.ctz", "i32.popcnt", "i32.eqz", "i32.extend8_s", "i32.extend16_s"];
        const I64: [&str; 6] =
            ["i64.clz", "i64.ctz", "i64.popcnt", "i64.extend8_s", "i64.extend16_s", "i64.extend32_s"];
        const F32: [&str; 7] = ["f32.neg", "f32.abs", "f32.sqrt", "f32.ceil", "f32.floor", "f32.trunc", "f32.nearest"];
        const F64: [&str; 7] = ["f64.neg", "f64.abs", "f64.sqrt", "f64.ceil", "f64.floor", "f64.trunc", "f64.nearest"];
        let ops: &[&'static str] = match t {
            T::I32 => &I32,
            T::I64 => &I64,
            T::F32 => &F32,
            T::F64 => &F64,
        };
        ops[self.rng.index(ops.len())]
    }

    /// A binary op of type `t`, to apply to the two values on top of the stack. Before a
    /// `copysign` the sign operand (on top) is canonicalised: the sign of a NaN from arithmetic
    /// is not determined (`max(x, nan)` is a positive canonical NaN on regwasm, the operand's
    /// NaN on wasmi and wasmtime), and copysign would carry it into a number.
    fn binop(&mut self, t: T) -> String {
        let op = if t.is_int() {
            *self.rng.pick(&[
                "add", "sub", "mul", "and", "or", "xor", "shl", "shr_s", "shr_u", "rotl", "rotr", "add", "sub", "xor",
                "div_s", "div_u", "rem_s", "rem_u",
            ])
        } else {
            *self.rng.pick(&["add", "sub", "mul", "div", "min", "max", "copysign", "add", "mul"])
        };
        if op == "copysign" {
            self.canon(t);
        }
        format!("{}.{op}", t.name())
    }

    /// A conversion producing `t` from some other type (trapping truncations included).
    fn conversion(&mut self, t: T, d: u32) {
        let (from, op) = match t {
            T::I32 => *self.rng.pick(&[
                (T::I64, "i32.wrap_i64"),
                (T::F32, "i32.trunc_f32_s"),
                (T::F64, "i32.trunc_f64_u"),
                (T::F32, "i32.trunc_sat_f32_u"),
                (T::F64, "i32.trunc_sat_f64_s"),
                (T::F32, "i32.reinterpret_f32"),
                (T::I64, "i64.eqz"),
            ]),
            T::I64 => *self.rng.pick(&[
                (T::I32, "i64.extend_i32_u"),
                (T::I32, "i64.extend_i32_s"),
                (T::F64, "i64.trunc_f64_s"),
                (T::F32, "i64.trunc_f32_u"),
                (T::F64, "i64.trunc_sat_f64_u"),
                (T::F64, "i64.reinterpret_f64"),
            ]),
            T::F32 => *self.rng.pick(&[
                (T::I32, "f32.convert_i32_s"),
                (T::I64, "f32.convert_i64_u"),
                (T::F64, "f32.demote_f64"),
                (T::I32, "f32.reinterpret_i32"),
            ]),
            T::F64 => *self.rng.pick(&[
                (T::I32, "f64.convert_i32_u"),
                (T::I64, "f64.convert_i64_s"),
                (T::F32, "f64.promote_f32"),
                (T::I64, "f64.reinterpret_i64"),
            ]),
        };
        self.expr(from, d);
        if op.contains("reinterpret") {
            self.canon(from);
        }
        self.emit(op);
    }

    /// Calls a function after this one (no direct recursion) or, through the table, any
    /// function; leaves exactly one value of type `t` (extra results go to scratch locals).
    fn call(&mut self, want: Option<T>, d: u32) {
        let n = self.sigs.len();
        let indirect = self.rng.chance(1, 3);
        let candidates: Vec<usize> = (0..n)
            .filter(|&j| (indirect || j > self.me) && want.is_none_or(|t| self.sigs[j].results.first() == Some(&t)))
            .collect();
        if candidates.is_empty() {
            if let Some(t) = want {
                self.leaf(t);
            }
            return;
        }
        let j = *self.rng.pick(&candidates);
        let sig = self.sigs[j].clone();
        for p in &sig.params {
            self.expr(*p, d);
        }
        if indirect {
            if self.rng.chance(1, 5) {
                // Any index: null entries, out of the table, signature mismatches.
                emitf!(self, "i32.const {}", self.rng.below(n as u64 + 4));
            } else {
                emitf!(self, "i32.const {j}");
            }
            emitf!(self, "call_indirect (type {j})");
        } else {
            emitf!(self, "call {j}");
        }
        let keep = usize::from(want.is_some());
        for t in sig.results[keep..].iter().rev() {
            let s = self.scratch(*t);
            emitf!(self, "local.set {s}");
        }
    }

    /// Pushes one value of type `t`.
    fn expr(&mut self, t: T, d: u32) {
        if d == 0 || self.budget == 0 {
            return self.leaf(t);
        }
        self.budget -= 1;
        let d1 = d - 1;
        match self.rng.below(24) {
            0..=2 => self.leaf(t),
            3 => {
                let op = self.unop(t);
                if op == "i32.eqz" {
                    self.expr(T::I32, d1);
                } else {
                    self.expr(t, d1);
                }
                self.emit(op);
            }
            4..=6 => {
                self.expr(t, d1);
                self.expr(t, d1);
                let op = self.binop(t);
                self.emit(&op);
            }
            7 => {
                // Accumulator chain: a run of ops, each on the value just computed.
                self.expr(t, d1);
                for _ in 0..1 + self.rng.below(4) {
                    if self.rng.chance(1, 4) {
                        let op = self.unop(t);
                        if op != "i32.eqz" {
                            self.emit(op);
                            continue;
                        }
                    }
                    self.leaf(t);
                    let op = self.binop(t);
                    self.emit(&op);
                }
            }
            8 => {
                if t == T::I32 {
                    self.condition(d1);
                } else {
                    self.conversion(t, d1);
                }
            }
            9 => self.conversion(t, d1),
            10 | 11 => self.load(t, d1),
            12 => {
                self.expr(t, d1);
                self.expr(t, d1);
                self.condition(d1);
                if self.rng.chance(1, 2) {
                    emitf!(self, "select (result {})", t.name());
                } else {
                    self.emit("select");
                }
            }
            13 => {
                // Block with a result; a br_if carrying the value out of it.
                emitf!(self, "block (result {})", t.name());
                self.labels.push(Label { types: vec![t] });
                self.stmts(d1, 2);
                self.expr(t, d1);
                if self.rng.chance(1, 2) {
                    self.condition(d1);
                    self.emit("br_if 0");
                    let op = self.unop(t);
                    if op != "i32.eqz" {
                        self.emit(op);
                    }
                }
                self.labels.pop();
                self.emit("end");
            }
            14 => {
                // if/else with a result.
                self.condition(d1);
                emitf!(self, "if (result {})", t.name());
                self.labels.push(Label { types: vec![t] });
                self.stmts(d1, 1);
                self.expr(t, d1);
                self.emit("else");
                self.stmts(d1, 1);
                self.expr(t, d1);
                self.labels.pop();
                self.emit("end");
            }
            15 => {
                // Block with parameters (one or two) and a result.
                let p1 = *self.rng.pick(&NUM);
                let p2 = *self.rng.pick(&NUM);
                let two = self.rng.chance(1, 2);
                self.expr(p1, d1);
                if two {
                    self.expr(p2, d1);
                    emitf!(self, "block (param {} {}) (result {})", p1.name(), p2.name(), t.name());
                    let s = self.scratch(p2);
                    emitf!(self, "local.set {s}");
                } else {
                    emitf!(self, "block (param {}) (result {})", p1.name(), t.name());
                }
                self.labels.push(Label { types: vec![t] });
                self.convert_top(p1, t);
                self.labels.pop();
                self.emit("end");
            }
            16 => {
                // br_table carrying a value (or two, multi-value) to one of several labels.
                let extra = self.rng.chance(1, 3).then(|| *self.rng.pick(&NUM));
                let types = match extra {
                    Some(e) => format!("{} {}", t.name(), e.name()),
                    None => t.name().to_string(),
                };
                let depth = 1 + self.rng.below(3) as usize;
                for _ in 0..depth {
                    emitf!(self, "block (result {types})");
                    self.labels.push(Label { types: [Some(t), extra].into_iter().flatten().collect() });
                }
                self.expr(t, d1);
                if let Some(e) = extra {
                    self.expr(e, d1);
                }
                self.small_index(depth as u64 + 2, d1);
                if self.rng.chance(1, 5) {
                    // The index also kept in a local: the table reads the sum, no bias folded.
                    let ls = self.writable(T::I32);
                    emitf!(self, "local.tee {}", self.rng.pick(&ls));
                }
                let targets: Vec<String> =
                    (0..1 + self.rng.below(5)).map(|_| self.rng.below(depth as u64).to_string()).collect();
                emitf!(self, "br_table {} {}", targets.join(" "), self.rng.below(depth as u64));
                for k in 0..depth {
                    self.labels.pop();
                    self.emit("end");
                    if k + 1 < depth {
                        // Change the values on the way out so each label's path is visible.
                        if let Some(e) = extra {
                            let s = self.scratch(e);
                            emitf!(self, "local.set {s}");
                            self.leaf(t);
                            let op = self.binop(t);
                            self.emit(&op);
                            self.leaf(e);
                        } else {
                            self.leaf(t);
                            let op = self.binop(t);
                            self.emit(&op);
                        }
                    }
                }
                if let Some(e) = extra {
                    let s = self.scratch(e);
                    emitf!(self, "local.set {s}");
                }
            }
            17 => {
                // A local read, then written while the old value is still on the stack.
                let ls = self.writable(t);
                let x = *self.rng.pick(&ls);
                emitf!(self, "local.get {x}");
                self.expr(t, d1);
                emitf!(self, "local.set {x}");
                if self.rng.chance(1, 2) {
                    emitf!(self, "local.get {x}");
                } else {
                    self.expr(t, d1);
                }
                let op = self.binop(t);
                self.emit(&op);
            }
            18 => {
                // tee chain.
                self.expr(t, d1);
                let ls = self.writable(t);
                for _ in 0..1 + self.rng.below(3) {
                    let x = *self.rng.pick(&ls);
                    emitf!(self, "local.tee {x}");
                }
            }
            19 => self.call(Some(t), d1),
            20 => {
                // Multi-value block: two results, the second kept in a scratch local.
                let e = *self.rng.pick(&NUM);
                emitf!(self, "block (result {} {})", t.name(), e.name());
                self.labels.push(Label { types: vec![t, e] });
                self.expr(t, d1);
                self.expr(e, d1);
                if self.rng.chance(1, 2) {
                    self.condition(d1);
                    self.emit("br_if 0");
                }
                self.labels.pop();
                self.emit("end");
                let s = self.scratch(e);
                emitf!(self, "local.set {s}");
            }
            21 => match t {
                T::I32 => match self.rng.below(4) {
                    0 => self.emit("memory.size"),
                    1 => {
                        emitf!(self, "i32.const {}", self.rng.below(2));
                        self.emit("memory.grow");
                    }
                    2 => self.emit("table.size 0"),
                    _ => {
                        self.small_index(12, d1);
                        self.emit("table.get 0");
                        self.emit("ref.is_null");
                    }
                },
                _ => self.conversion(t, d1),
            },
            _ => {
                // Mixed: compute in another type and convert.
                let other = *self.rng.pick(&NUM);
                self.expr(other, d1);
                self.convert_top(other, t);
            }
        }
    }

    /// An i32 in `0..n` most of the time (sometimes any value).
    fn small_index(&mut self, n: u64, d: u32) {
        if self.rng.chance(1, 2) {
            emitf!(self, "i32.const {}", self.rng.below(n));
        } else if self.rng.chance(1, 3) {
            // Biased (a `switch` whose smallest case is not 0): `x - c` or `x + -c`, wrapping.
            let local = self.rng.chance(1, 2);
            if local {
                let ls = self.readable(T::I32);
                emitf!(self, "local.get {}", self.rng.pick(&ls));
            } else {
                self.expr(T::I32, d);
            }
            let c = *self.rng.pick(&[1i32, 3, -2, 100, i32::MIN]);
            if local && c == 3 {
                // An interpreter's dispatch, `switch (table[x])`: the index loaded from a table
                // (the table jump takes the load, and the bias as entries). No random draw, so
                // every other seed generates what it did before.
                self.emit("i32.const 2");
                self.emit("i32.shl");
                self.emit("i32.const 16");
                self.emit("i32.add");
                self.emit("i32.load");
            }
            if self.rng.chance(1, 2) {
                emitf!(self, "i32.const {c}");
                self.emit("i32.sub");
            } else {
                emitf!(self, "i32.const {}", c.wrapping_neg());
                self.emit("i32.add");
            }
        } else {
            self.expr(T::I32, d);
            if self.rng.chance(3, 4) {
                emitf!(self, "i32.const {}", n.next_power_of_two() - 1);
                self.emit("i32.and");
            }
        }
    }

    /// Read-modify-write of an i32 at one address (`p->refcnt += c`, `if (--p->n == 0)`,
    /// `x = p->n++`), and its near misses: another offset or address for the store, a narrower
    /// load, a label between, the sum or the loaded value kept in a local (possibly the
    /// address's own).
    fn read_modify_write(&mut self, d: u32) {
        let ls = self.writable(T::I32);
        let x = *self.rng.pick(&ls);
        let l = *self.rng.pick(&ls);
        let offset = *self.rng.pick(&[0u32, 4, 8, 65532, 65535]);
        // (Offsets stay below 2^16: wasmi 2.0.0's translator panics on an i32 store of a value
        // it holds in its register to an address it also holds there with a larger offset.)
        let store_offset = if self.rng.chance(1, 6) { offset ^ 4 } else { offset };
        let k = *self.rng.pick(&[1i32, -1, 2, 16, i32::MIN]);
        let load = if self.rng.chance(1, 8) { "i32.load16_u" } else { "i32.load" };
        self.address(d);
        emitf!(self, "local.set {x}");
        let store_at = if self.rng.chance(1, 6) { *self.rng.pick(&ls) } else { x };
        let add = |g: &mut Self| {
            if g.rng.chance(1, 2) {
                emitf!(g, "i32.const {k}");
                g.emit("i32.add");
            } else {
                emitf!(g, "i32.const {}", k.wrapping_neg());
                g.emit("i32.sub");
            }
        };
        match self.rng.below(3) {
            0 => {
                // `*p += k`, the loaded value or the sum possibly kept (tee).
                emitf!(self, "local.get {store_at}");
                emitf!(self, "local.get {x}");
                emitf!(self, "{load} offset={offset}");
                if self.rng.chance(1, 4) {
                    emitf!(self, "local.tee {l}");
                }
                if self.rng.chance(1, 10) {
                    self.emit("block (param i32) (result i32) end");
                }
                add(self);
                if self.rng.chance(1, 3) {
                    emitf!(self, "local.tee {l}");
                }
                emitf!(self, "i32.store offset={store_offset}");
            }
            1 => {
                // `n = *p + k; *p = n`.
                emitf!(self, "local.get {x}");
                emitf!(self, "{load} offset={offset}");
                add(self);
                emitf!(self, "local.set {l}");
                emitf!(self, "local.get {store_at}");
                emitf!(self, "local.get {l}");
                emitf!(self, "i32.store offset={store_offset}");
            }
            _ => {
                // `old = *p; *p = old + k` (a post-increment).
                emitf!(self, "local.get {x}");
                emitf!(self, "{load} offset={offset}");
                emitf!(self, "local.set {l}");
                emitf!(self, "local.get {store_at}");
                emitf!(self, "local.get {l}");
                add(self);
                emitf!(self, "i32.store offset={store_offset}");
            }
        }
    }

    /// A shadow-stack pointer update of an i32 global: the prologue's `g = g + k` (the new value
    /// possibly kept in a local) and the epilogue's `g = l + k`; near misses write another
    /// global, put a label between, or add a computed value.
    fn global_update(&mut self, d: u32) {
        let ls = self.writable(T::I32);
        let l = *self.rng.pick(&ls);
        let g = *self.rng.pick(&[0u32, I32_GLOBAL2]);
        let k = *self.rng.pick(&[16i32, -16, 1, -1, 4096, i32::MIN]);
        let set = if self.rng.chance(1, 6) { I32_GLOBAL2 - g } else { g };
        if self.rng.chance(2, 3) {
            emitf!(self, "global.get {g}");
            if self.rng.chance(1, 10) {
                self.emit("block (param i32) (result i32) end");
            }
        } else if self.rng.chance(3, 4) {
            emitf!(self, "local.get {l}");
        } else {
            self.expr(T::I32, d);
        }
        if self.rng.chance(1, 2) {
            emitf!(self, "i32.const {k}");
            self.emit("i32.add");
        } else {
            emitf!(self, "i32.const {}", k.wrapping_neg());
            self.emit("i32.sub");
        }
        if self.rng.chance(1, 2) {
            emitf!(self, "local.tee {l}");
        }
        emitf!(self, "global.set {set}");
    }

    /// A float constant that is not a NaN.
    fn non_nan_const(&mut self, t: T) {
        loop {
            let c = float_const(self.rng, t);
            if !c.contains("nan") {
                return self.emit(&c);
            }
        }
    }

    /// Replaces a NaN on top of the stack (type `t`, a float) by a number, so an op on it and a
    /// possibly NaN operand has at most one NaN input (whose payload every engine keeps, quieted).
    fn denan(&mut self, t: T) {
        let s = self.scratch(t);
        emitf!(self, "local.tee {s}");
        self.non_nan_const(t);
        emitf!(self, "local.get {s}");
        emitf!(self, "local.get {s}");
        emitf!(self, "{}.eq", t.name());
        self.emit("select");
    }

    /// The address of a float word in the float-scratch region (`FSCRATCH`, 4-aligned for f32,
    /// 8-aligned for f64), as the instructions that push it and the offset the access uses: a
    /// constant, a small base with the region in the offset, or a local set just before.
    fn scratch_address(&mut self, t: T) -> (String, u32) {
        let word = self.rng.below(12) as u32 * 8 + if t == T::F32 && self.rng.chance(1, 2) { 4 } else { 0 };
        let extra = *self.rng.pick(&[0u32, 0, 8]);
        match self.rng.below(3) {
            0 => (format!("i32.const {}", FSCRATCH + word), extra),
            1 => (format!("i32.const {word}"), FSCRATCH + extra),
            _ => {
                let ls = self.writable(T::I32);
                let a = *self.rng.pick(&ls);
                emitf!(self, "i32.const {}", FSCRATCH + word);
                emitf!(self, "local.set {a}");
                (format!("local.get {a}"), extra)
            }
        }
    }

    /// A float result with at most one operand that can be a NaN, and that one with bits every
    /// engine agrees on: `x op y` with `x` canonicalised and `y` made a number, or a constant
    /// (any, signalling NaNs included) on one side and a number on the other (immediate forms on
    /// either side), for `+ - *` (the ops that store their result themselves) and `/`. (An
    /// operand straight from generic code could be a NaN whose payload an engine chose, e.g. from
    /// `min` or a two-NaN add; after a later narrower store into its word that would show.)
    fn raw_float(&mut self, t: T, d: u32) {
        let op = *self.rng.pick(&["add", "sub", "mul", "add", "sub", "mul", "div"]);
        let any_const = |g: &mut Self| {
            let c = float_const(g.rng, t);
            g.emit(&c);
        };
        match self.rng.below(6) {
            0 => {
                self.expr(t, d);
                self.canon(t);
                self.expr(t, d);
                self.denan(t);
            }
            1 => {
                self.expr(t, d);
                self.denan(t);
                self.expr(t, d);
                self.canon(t);
            }
            2 => {
                self.expr(t, d);
                self.canon(t);
                self.non_nan_const(t);
            }
            3 => {
                self.non_nan_const(t);
                self.expr(t, d);
                self.canon(t);
            }
            4 => {
                any_const(self);
                self.expr(t, d);
                self.denan(t);
            }
            _ => {
                self.expr(t, d);
                self.denan(t);
                any_const(self);
            }
        }
        emitf!(self, "{}.{op}", t.name());
    }

    /// A float result stored as it is (no canonical NaN) into the float-scratch region, which the
    /// driver compares under the NaN rule: `p->x = a op b`; the near miss keeps the value in a
    /// local too.
    fn float_scratch_store(&mut self, d: u32) {
        let t = *self.rng.pick(&[T::F32, T::F64]);
        let (addr, offset) = self.scratch_address(t);
        self.emit(&addr);
        self.raw_float(t, d);
        if self.rng.chance(1, 6) {
            let s = self.scratch(t);
            emitf!(self, "local.tee {s}");
        }
        emitf!(self, "{}.store offset={offset}", t.name());
    }

    /// `mem[a] op= x` on a word of the float-scratch region (`x` made a number, so only the
    /// loaded value can be a NaN); near misses load from another offset or address, load on the
    /// right, or divide.
    fn float_mem_update(&mut self, d: u32) {
        let t = *self.rng.pick(&[T::F32, T::F64]);
        let (addr, offset) = self.scratch_address(t);
        let (load_addr, load_offset) = match self.rng.below(8) {
            0 => self.scratch_address(t),
            1 => (addr.clone(), offset + 8),
            _ => (addr.clone(), offset),
        };
        let op = *self.rng.pick(&["add", "sub", "mul", "add", "sub", "mul", "div"]);
        // The operand: a constant, a local made a number before the update (the load then
        // directly precedes the op), or computed in place.
        let mode = self.rng.below(4);
        let s = self.scratch(t);
        if mode >= 2 {
            self.expr(t, d);
            self.denan(t);
            emitf!(self, "local.set {s}");
        }
        self.emit(&addr);
        let operand = |g: &mut Self| match mode {
            0 => g.non_nan_const(t),
            1 => {
                g.expr(t, d);
                g.denan(t);
            }
            _ => emitf!(g, "local.get {s}"),
        };
        let load_right = self.rng.chance(1, 5);
        if load_right {
            operand(self);
        }
        self.emit(&load_addr);
        emitf!(self, "{}.load offset={load_offset}", t.name());
        if !load_right {
            operand(self);
        }
        emitf!(self, "{}.{op}", t.name());
        emitf!(self, "{}.store offset={offset}", t.name());
    }

    fn stmts(&mut self, d: u32, max: u64) {
        for _ in 0..self.rng.below(max + 1) {
            self.stmt(d);
        }
    }

    /// A statement: leaves the operand stack unchanged.
    fn stmt(&mut self, d: u32) {
        if self.budget == 0 {
            return;
        }
        self.budget -= 1;
        let d1 = d.saturating_sub(1);
        match self.rng.below(21) {
            16 => self.read_modify_write(d1),
            17 => self.global_update(d1),
            18 | 19 => self.float_scratch_store(d1),
            20 => self.float_mem_update(d1),
            0..=2 => {
                let t = *self.rng.pick(&NUM);
                self.expr(t, d1);
                let ls = self.writable(t);
                let x = *self.rng.pick(&ls);
                emitf!(self, "local.set {x}");
            }
            3 => {
                let t = *self.rng.pick(&NUM);
                self.expr(t, d1);
                let g = NUM.iter().position(|&x| x == t).expect("numeric");
                emitf!(self, "global.set {g}");
            }
            4 | 5 => self.store(d1),
            6 if d > 0 => {
                self.condition(d1);
                self.emit("if");
                self.labels.push(Label { types: vec![] });
                self.stmts(d1, 3);
                if self.rng.chance(1, 2) {
                    self.emit("else");
                    self.stmts(d1, 3);
                }
                self.labels.pop();
                self.emit("end");
            }
            7 if d > 0 => {
                // Compare and branch out of a block.
                self.emit("block");
                self.labels.push(Label { types: vec![] });
                self.stmts(d1, 2);
                self.condition(d1);
                self.emit("br_if 0");
                self.stmts(d1, 2);
                self.labels.pop();
                self.emit("end");
            }
            8 if d > 0 && self.loops < COUNTERS => {
                // Counted loop. The counter is tested and decremented at the loop head, so a
                // branch back to the loop from anywhere in the body (a `continue`) still counts.
                let c = self.locals.len() - COUNTERS + self.loops;
                emitf!(self, "i32.const {}", 1 + self.rng.below(MAX_TRIPS));
                emitf!(self, "local.set {c}");
                self.loops += 1;
                self.emit("block");
                self.emit("loop");
                self.labels.push(Label { types: vec![] });
                self.labels.push(Label { types: vec![] });
                emitf!(self, "local.get {c}");
                self.emit("i32.eqz");
                self.emit("br_if 1");
                emitf!(self, "local.get {c}");
                self.emit("i32.const 1");
                self.emit("i32.sub");
                emitf!(self, "local.set {c}");
                self.stmts(d1, 3);
                // The back edge: a compare+branch on the counter, or a plain branch.
                match self.rng.below(4) {
                    0 => {
                        emitf!(self, "local.get {c}");
                        self.emit("br_if 0");
                    }
                    2 => {
                        // A dispatch loop's back edge: `pc = next; next = next + k; continue`
                        // (the copy joins the add and the jump when it copies the added local).
                        let ls = self.writable(T::I32);
                        let (next, pc) = (*self.rng.pick(&ls), *self.rng.pick(&ls));
                        let from = if self.rng.chance(5, 6) { next } else { *self.rng.pick(&ls) };
                        emitf!(self, "local.get {from}");
                        emitf!(self, "local.set {pc}");
                        if self.rng.chance(1, 8) {
                            self.emit("block end");
                        }
                        emitf!(self, "local.get {next}");
                        emitf!(self, "i32.const {}", *self.rng.pick(&[1i32, 2, 4, -1, 8]));
                        self.emit("i32.add");
                        emitf!(self, "local.set {next}");
                        self.emit("br 0");
                    }
                    1 => {
                        emitf!(self, "local.get {c}");
                        self.emit("i32.const 0");
                        self.emit("i32.gt_s");
                        self.emit("br_if 0");
                    }
                    _ => self.emit("br 0"),
                }
                self.labels.pop();
                self.labels.pop();
                self.loops -= 1;
                self.emit("end");
                self.emit("end");
            }
            9 => {
                // Stack shuffle: read several locals, write them back in another order.
                let t = *self.rng.pick(&NUM);
                let ls = self.writable(t);
                let k = 2 + self.rng.index(3);
                for _ in 0..k {
                    let x = *self.rng.pick(&ls);
                    emitf!(self, "local.get {x}");
                }
                for _ in 0..k {
                    let x = *self.rng.pick(&ls);
                    emitf!(self, "local.set {x}");
                }
            }
            10 => {
                // A branch carrying values to an enclosing label (br_if), the extra copies dropped.
                let li = self.rng.index(self.labels.len());
                let types = self.labels[li].types.clone();
                for t in &types {
                    self.expr(*t, d1);
                }
                self.condition(d1);
                emitf!(self, "br_if {}", self.labels.len() - 1 - li);
                for _ in &types {
                    self.emit("drop");
                }
            }
            11 => {
                // Early exit (tail): return or br to an enclosing label.
                self.condition(d1);
                self.emit("if");
                self.labels.push(Label { types: vec![] });
                let li = self.rng.index(self.labels.len() - 1);
                let types = self.labels[li].types.clone();
                for t in &types {
                    self.expr(*t, d1);
                }
                if li == 0 && self.rng.chance(1, 2) {
                    self.emit("return");
                } else {
                    emitf!(self, "br {}", self.labels.len() - 1 - li);
                }
                self.labels.pop();
                self.emit("end");
            }
            12 => self.call(None, d1),
            13 => {
                let n = self.rng.below(40);
                match self.rng.below(3) {
                    0 => {
                        self.address(d1);
                        self.leaf(T::I32);
                        emitf!(self, "i32.const {n}");
                        self.emit("memory.fill");
                    }
                    1 => {
                        self.address(d1);
                        self.address(d1);
                        emitf!(self, "i32.const {n}");
                        self.emit("memory.copy");
                    }
                    _ => {
                        self.small_index(8, d1);
                        emitf!(self, "i32.const {}", self.rng.below(32));
                        emitf!(self, "i32.const {}", self.rng.below(8));
                        emitf!(self, "memory.init {}", u32::from(self.rng.chance(4, 5)));
                        if self.rng.chance(1, 10) {
                            self.emit("data.drop 1");
                        }
                    }
                }
            }
            14 => {
                self.small_index(12, d1);
                if self.rng.chance(1, 3) {
                    self.emit("ref.null func");
                } else {
                    emitf!(self, "ref.func {}", self.rng.index(self.sigs.len()));
                }
                self.emit("table.set 0");
            }
            _ => {
                let t = *self.rng.pick(&NUM);
                self.expr(t, d1);
                self.emit("drop");
            }
        }
    }
}

/// The module for `seed`, as wat text.
pub fn wat(seed: u64) -> String {
    let mut rng = Rng::new(seed, 0x54A9E5);
    let nfuncs = 1 + rng.index(5);
    let sigs: Vec<Sig> = (0..nfuncs)
        .map(|_| Sig {
            params: (0..rng.below(4)).map(|_| *rng.pick(&NUM)).collect(),
            results: (0..rng.below(4)).map(|_| *rng.pick(&NUM)).collect(),
        })
        .collect();
    let mut m = String::from("(module\n");
    for s in &sigs {
        let _ = writeln!(m, "  (type (func{}))", s.text());
    }
    let _ = writeln!(m, "  (memory (export \"mem\") 1 3)");
    let _ = writeln!(m, "  (table (export \"tab\") {nfuncs} 12 funcref)");
    let _ = writeln!(m, "  (elem (i32.const 0) func{})", (0..nfuncs).map(|i| format!(" {i}")).collect::<String>());
    for (i, t) in NUM.iter().enumerate() {
        let init = if t.is_int() { int_const(&mut rng, *t) } else { float_const(&mut rng, *t) };
        let _ = writeln!(m, "  (global (export \"g{i}\") (mut {}) ({init}))", t.name());
    }
    let _ = writeln!(m, "  (global (export \"fuel\") (mut i32) (i32.const 500))");
    let _ = writeln!(m, "  (global (export \"g{I32_GLOBAL2}\") (mut i32) (i32.const {}))", rng.below(65536));
    let _ = writeln!(m, "  (global (export \"{}\") i32 (i32.const {FSCRATCH}))", crate::diff::FSCRATCH_EXPORT);
    let data: String = rng.bytes(48).iter().map(|b| format!("\\{b:02x}")).collect();
    let _ = writeln!(m, "  (data (i32.const {}) \"{data}\")", rng.below(64));
    let _ = writeln!(m, "  (data \"{}\")", rng.bytes(32).iter().map(|b| format!("\\{b:02x}")).collect::<String>());
    for (i, sig) in sigs.iter().enumerate() {
        let mut locals: Vec<T> = sig.params.clone();
        locals.extend(NUM); // scratch locals, one per type
        for _ in 0..rng.below(5) {
            locals.push(*rng.pick(&NUM));
        }
        locals.extend([T::I32; COUNTERS]);
        let mut g = FuncGen {
            rng: &mut rng,
            sigs: &sigs,
            me: i,
            nparams: sig.params.len(),
            locals: locals.clone(),
            labels: vec![Label { types: sig.results.clone() }],
            loops: 0,
            out: String::new(),
            budget: 60,
        };
        g.emit("global.get 4");
        g.emit("i32.eqz");
        g.emit("if unreachable end");
        g.emit("global.get 4");
        g.emit("i32.const 1");
        g.emit("i32.sub");
        g.emit("global.set 4");
        g.stmts(3, 5);
        for t in &sig.results {
            g.expr(*t, 3);
        }
        let body = g.out;
        let _ = writeln!(
            m,
            "  (func (export \"f{i}\") (type {i}){}\n    (local {})\n{body}  )",
            sig.text(),
            names(&locals[sig.params.len()..])
        );
    }
    m.push_str(")\n");
    m
}

/// The module for `seed`, encoded.
pub fn module(seed: u64) -> Vec<u8> {
    let text = wat(seed);
    match wat::parse_str(&text) {
        Ok(bytes) => bytes,
        Err(e) => panic!("shapes generator produced invalid text for seed {seed}: {e}\n{text}"),
    }
}
