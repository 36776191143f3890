//! The form generators: `expand_isa!` turns the rows of the instruction table into families of
//! forms and defines `for_each_op!` over the result, once. A *base row* names one operation, its
//! operand and result types, its semantics as one expression, and the names of its forms; the
//! generator writes each form's fields, body and family attributes, so a form cannot disagree
//! with its operation. Irregular and fused instructions are written out as `families { ... }`.
//!
//! Base rows (`a`, `b` name the operands in the expression; types are `i32`, `i64`, `f32`,
//! `f64` — how a cell or accumulator is read — and `imm T` an immediate field of Rust type `T`):
//!
//! ```text
//! binary NAME(a: T, b: T) -> R { expr } [Reg Acc RegR AccR RevAcc RevAccR] compare?;
//! binary_imm NAME(a: T, b: imm I) -> R { expr } [Reg Acc RegR AccR] compare?;
//! unary NAME(a: T) -> R { expr } [Reg Acc RegR AccR] compare?;
//! branch NAME(a: T, b: T) { cond } [Reg Acc RevAcc?];   // pc += target if cond
//! branch_imm NAME(a: T, b: imm I) { cond } [Reg Acc];
//! branch_unary NAME(a: T) { cond } [Reg Acc];
//! ```
//!
//! A binary row lists 2 (`Reg RegR`), 4 or 6 form names; a unary row 1, 2 or 4. `compare` marks
//! the compares whose result a conditional branch can take over.
//!
//! Body vocabulary (expanded inside each dispatch backend, next to its primitive macros):
//! `get!(T, reg)`, `get_acc!(T)`, `get_imm!(T, I, imm)` read an operand as `T`; `set!(R, dst, v)`
//! writes a result to a register and its accumulator, `set_acc!(R, v)` to the accumulator only.

/// Reads register `$x` as an operand of type `$t`.
macro_rules! get {
    (i32, $x:expr) => {
        (r!($x) as u32)
    };
    (i64, $x:expr) => {
        r!($x)
    };
    (f32, $x:expr) => {
        f32::from_bits(r!($x) as u32)
    };
    (f64, $x:expr) => {
        f64::from_bits(r!($x))
    };
}

/// Reads the accumulator of operand type `$t`.
macro_rules! get_acc {
    (i32) => {
        (acc!() as u32)
    };
    (i64) => {
        acc!()
    };
    (f32) => {
        facc!()
    };
    (f64) => {
        dacc!()
    };
}

/// Reads immediate `$imm` (a field of Rust type `$i`) as an operand of type `$t`.
macro_rules! get_imm {
    (i32, i32, $imm:expr) => {
        ($imm as u32)
    };
    (i64, i32, $imm:expr) => {
        ($imm as i64 as u64)
    };
    (i64, i64, $imm:expr) => {
        ($imm as u64)
    };
    (f32, i32, $imm:expr) => {
        f32::from_bits($imm as u32)
    };
    (f64, u64, $imm:expr) => {
        f64::from_bits($imm)
    };
}

/// Writes a result of type `$t` to register `$dst` and its accumulator.
macro_rules! set {
    (i32, $dst:expr, $v:expr) => {
        put!($dst, ($v) as u32 as u64)
    };
    (i64, $dst:expr, $v:expr) => {
        put!($dst, ($v) as u64)
    };
    (f32, $dst:expr, $v:expr) => {
        put_f32!($dst, $v)
    };
    (f64, $dst:expr, $v:expr) => {
        put_f64!($dst, $v)
    };
}

/// Writes a result of type `$t` to its accumulator only (the `R` forms).
macro_rules! set_acc {
    (i32, $v:expr) => {
        put_acc!(($v) as u32 as u64)
    };
    (i64, $v:expr) => {
        put_acc!(($v) as u64)
    };
    (f32, $v:expr) => {
        put_facc!($v)
    };
    (f64, $v:expr) => {
        put_dacc!($v)
    };
}

/// Reads the v128 in registers `$x` and `$x + 1` (low cell first).
///
/// SAFETY (for the caller, as for `r!`): both cells lie in the current frame; the translator
/// sizes every frame for the two cells of each v128 local and temporary (`FuncTranslator`'s
/// cell heights), so `$x + 1` is in it whenever `$x` holds a v128.
macro_rules! get_v {
    ($x:expr) => {{
        // Cells are 8-byte aligned, so `[u64; 2]` is a plain (not unaligned) read.
        let cells = *(std::ptr::addr_of!(r!($x)) as *const [u64; 2]);
        crate::simd::V128::from_cells(cells)
    }};
}

/// Writes a v128 result to registers `$dst` and `$dst + 1` (see `get_v!` for the frame bound).
macro_rules! set_v {
    ($dst:expr, $v:expr) => {{
        let v: crate::simd::V128 = $v;
        *(std::ptr::addr_of_mut!(r!($dst)) as *mut [u64; 2]) = v.to_cells();
    }};
}

/// Reads register `$x` as a scalar lane value of type `$t` (the Rust type the `simd`
/// functions take: `i32`, `i64`, `f32`, `f64`).
macro_rules! lane_arg {
    (i32, $x:expr) => {
        (r!($x) as u32 as i32)
    };
    (i64, $x:expr) => {
        (r!($x) as i64)
    };
    (f32, $x:expr) => {
        f32::from_bits(r!($x) as u32)
    };
    (f64, $x:expr) => {
        f64::from_bits(r!($x))
    };
}

/// The 128 bits in the two `V128Data` words after the current instruction (low word first).
macro_rules! v128_data {
    () => {{
        let lo = match op_at!(1) {
            Op::V128Data { imm: word } => word,
            _ => 0,
        };
        let hi = match op_at!(2) {
            Op::V128Data { imm: word } => word,
            _ => 0,
        };
        lo as u128 | (hi as u128) << 64
    }};
}

/// Expands the table rows (see the module notes) and defines `for_each_op!` over the families.
/// Called with `($)` (so it can write the `$` of the macro it defines), the families done so
/// far in brackets, and the rows left; `@then m` hands the families to `m!` to go on.
macro_rules! expand_isa {
    (($d:tt) [$($done:tt)*]) => {
        /// Calls `$m! { families }` with the whole instruction list.
        macro_rules! for_each_op {
            ($d m:ident) => {
                $d m! { $($done)* }
            };
        }
    };
    (($d:tt) [$($done:tt)*] @then $next:ident) => {
        $next! { ($d) [$($done)*] }
    };
    (($d:tt) [$($done:tt)*] families { $($families:tt)* } $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)* $($families)*] $($rest)* }
    };

    // ---- binary ----
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* binary $fam:ident ($a:ident: $ta:ident, $b:ident: $tb:ident) -> $tr:ident $e:block
        [$reg:ident $acc:ident $reg_r:ident $acc_r:ident $rev:ident $rev_r:ident] $($cmp:ident)?; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out $tr, acc_in $ta, operand lhs, result dst, branch -, compare [$($cmp)?]] {
                $(#[doc = $doc])*
                fast Reg $reg { dst: Reg, lhs: Reg, rhs: Reg } => { let $a = get!($ta, lhs); let $b = get!($tb, rhs); set!($tr, dst, $e); next!() }
                /// the `Reg` form with `lhs` in the accumulator
                fast Acc $acc { dst: Reg, rhs: Reg } => { let $a = get_acc!($ta); let $b = get!($tb, rhs); set!($tr, dst, $e); next!() }
                /// the `Reg` form with the result only in the accumulator
                fast RegR $reg_r { lhs: Reg, rhs: Reg } => { let $a = get!($ta, lhs); let $b = get!($tb, rhs); set_acc!($tr, $e); next!() }
                /// the `Acc` form with the result only in the accumulator
                fast AccR $acc_r { rhs: Reg } => { let $a = get_acc!($ta); let $b = get!($tb, rhs); set_acc!($tr, $e); next!() }
                /// the `Reg` form with `rhs` in the accumulator
                fast RevAcc $rev { dst: Reg, lhs: Reg } => { let $a = get!($ta, lhs); let $b = get_acc!($tb); set!($tr, dst, $e); next!() }
                /// the `RevAcc` form with the result only in the accumulator
                fast RevAccR $rev_r { lhs: Reg } => { let $a = get!($ta, lhs); let $b = get_acc!($tb); set_acc!($tr, $e); next!() }
            }
        ] $($rest)* }
    };
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* binary $fam:ident ($a:ident: $ta:ident, $b:ident: $tb:ident) -> $tr:ident $e:block
        [$reg:ident $acc:ident $reg_r:ident $acc_r:ident] $($cmp:ident)?; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out $tr, acc_in $ta, operand lhs, result dst, branch -, compare [$($cmp)?]] {
                $(#[doc = $doc])*
                fast Reg $reg { dst: Reg, lhs: Reg, rhs: Reg } => { let $a = get!($ta, lhs); let $b = get!($tb, rhs); set!($tr, dst, $e); next!() }
                /// the `Reg` form with `lhs` in the accumulator
                fast Acc $acc { dst: Reg, rhs: Reg } => { let $a = get_acc!($ta); let $b = get!($tb, rhs); set!($tr, dst, $e); next!() }
                /// the `Reg` form with the result only in the accumulator
                fast RegR $reg_r { lhs: Reg, rhs: Reg } => { let $a = get!($ta, lhs); let $b = get!($tb, rhs); set_acc!($tr, $e); next!() }
                /// the `Acc` form with the result only in the accumulator
                fast AccR $acc_r { rhs: Reg } => { let $a = get_acc!($ta); let $b = get!($tb, rhs); set_acc!($tr, $e); next!() }
            }
        ] $($rest)* }
    };
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* binary $fam:ident ($a:ident: $ta:ident, $b:ident: $tb:ident) -> $tr:ident $e:block
        [$reg:ident $reg_r:ident] $($cmp:ident)?; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out $tr, acc_in $ta, operand -, result dst, branch -, compare [$($cmp)?]] {
                $(#[doc = $doc])*
                fast Reg $reg { dst: Reg, lhs: Reg, rhs: Reg } => { let $a = get!($ta, lhs); let $b = get!($tb, rhs); set!($tr, dst, $e); next!() }
                /// the `Reg` form with the result only in the accumulator
                fast RegR $reg_r { lhs: Reg, rhs: Reg } => { let $a = get!($ta, lhs); let $b = get!($tb, rhs); set_acc!($tr, $e); next!() }
            }
        ] $($rest)* }
    };

    // ---- binary with an immediate right operand ----
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* binary_imm $fam:ident ($a:ident: $ta:ident, $b:ident: imm $it:ident) -> $tr:ident $e:block
        [$reg:ident $acc:ident $reg_r:ident $acc_r:ident] $($cmp:ident)?; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out $tr, acc_in $ta, operand lhs, result dst, branch -, compare [$($cmp)?]] {
                $(#[doc = $doc])*
                fast Reg $reg { dst: Reg, lhs: Reg, imm: $it } => { let $a = get!($ta, lhs); let $b = get_imm!($ta, $it, imm); set!($tr, dst, $e); next!() }
                /// the `Reg` form with `lhs` in the accumulator
                fast Acc $acc { dst: Reg, imm: $it } => { let $a = get_acc!($ta); let $b = get_imm!($ta, $it, imm); set!($tr, dst, $e); next!() }
                /// the `Reg` form with the result only in the accumulator
                fast RegR $reg_r { lhs: Reg, imm: $it } => { let $a = get!($ta, lhs); let $b = get_imm!($ta, $it, imm); set_acc!($tr, $e); next!() }
                /// the `Acc` form with the result only in the accumulator
                fast AccR $acc_r { imm: $it } => { let $a = get_acc!($ta); let $b = get_imm!($ta, $it, imm); set_acc!($tr, $e); next!() }
            }
        ] $($rest)* }
    };

    // ---- unary ----
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* unary $fam:ident ($a:ident: $ta:ident) -> $tr:ident $e:block
        [$reg:ident $acc:ident $reg_r:ident $acc_r:ident] $($cmp:ident)?; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out $tr, acc_in $ta, operand src, result dst, branch -, compare [$($cmp)?]] {
                $(#[doc = $doc])*
                fast Reg $reg { dst: Reg, src: Reg } => { let $a = get!($ta, src); set!($tr, dst, $e); next!() }
                /// the `Reg` form with `src` in the accumulator
                fast Acc $acc { dst: Reg } => { let $a = get_acc!($ta); set!($tr, dst, $e); next!() }
                /// the `Reg` form with the result only in the accumulator
                fast RegR $reg_r { src: Reg } => { let $a = get!($ta, src); set_acc!($tr, $e); next!() }
                /// the `Acc` form with the result only in the accumulator
                fast AccR $acc_r {} => { let $a = get_acc!($ta); set_acc!($tr, $e); next!() }
            }
        ] $($rest)* }
    };
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* unary $fam:ident ($a:ident: $ta:ident) -> $tr:ident $e:block
        [$reg:ident $reg_r:ident]; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out $tr, acc_in $ta, operand -, result dst, branch -, compare []] {
                $(#[doc = $doc])*
                fast Reg $reg { dst: Reg, src: Reg } => { let $a = get!($ta, src); set!($tr, dst, $e); next!() }
                /// the `Reg` form with the result only in the accumulator
                fast RegR $reg_r { src: Reg } => { let $a = get!($ta, src); set_acc!($tr, $e); next!() }
            }
        ] $($rest)* }
    };
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* unary $fam:ident ($a:ident: $ta:ident) -> $tr:ident $e:block
        [$reg:ident]; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out $tr, acc_in $ta, operand -, result dst, branch -, compare []] {
                $(#[doc = $doc])*
                fast Reg $reg { dst: Reg, src: Reg } => { let $a = get!($ta, src); set!($tr, dst, $e); next!() }
            }
        ] $($rest)* }
    };

    // ---- conditional branches ----
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* branch $fam:ident ($a:ident: $ta:ident, $b:ident: $tb:ident) $e:block
        [$reg:ident $acc:ident $rev:ident]; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out NONE, acc_in $ta, operand lhs, result -, branch cond, compare []] {
                $(#[doc = $doc])*
                fast Reg $reg { lhs: Reg, rhs: Reg, target: i32 } => { let $a = get!($ta, lhs); let $b = get!($tb, rhs); br_if!($e, target); next!() }
                /// the `Reg` form with `lhs` in the accumulator
                fast Acc $acc { rhs: Reg, target: i32 } => { let $a = get_acc!($ta); let $b = get!($tb, rhs); br_if!($e, target); next!() }
                /// the `Reg` form with `rhs` in the accumulator
                fast RevAcc $rev { lhs: Reg, target: i32 } => { let $a = get!($ta, lhs); let $b = get_acc!($tb); br_if!($e, target); next!() }
            }
        ] $($rest)* }
    };
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* branch $fam:ident ($a:ident: $ta:ident, $b:ident: $tb:ident) $e:block
        [$reg:ident $acc:ident]; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out NONE, acc_in $ta, operand lhs, result -, branch cond, compare []] {
                $(#[doc = $doc])*
                fast Reg $reg { lhs: Reg, rhs: Reg, target: i32 } => { let $a = get!($ta, lhs); let $b = get!($tb, rhs); br_if!($e, target); next!() }
                /// the `Reg` form with `lhs` in the accumulator
                fast Acc $acc { rhs: Reg, target: i32 } => { let $a = get_acc!($ta); let $b = get!($tb, rhs); br_if!($e, target); next!() }
            }
        ] $($rest)* }
    };
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* branch_imm $fam:ident ($a:ident: $ta:ident, $b:ident: imm $it:ident) $e:block
        [$reg:ident $acc:ident]; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out NONE, acc_in $ta, operand lhs, result -, branch cond, compare []] {
                $(#[doc = $doc])*
                fast Reg $reg { lhs: Reg, imm: $it, target: i32 } => { let $a = get!($ta, lhs); let $b = get_imm!($ta, $it, imm); br_if!($e, target); next!() }
                /// the `Reg` form with `lhs` in the accumulator
                fast Acc $acc { imm: $it, target: i32 } => { let $a = get_acc!($ta); let $b = get_imm!($ta, $it, imm); br_if!($e, target); next!() }
            }
        ] $($rest)* }
    };
    (($d:tt) [$($done:tt)*] $(#[doc = $doc:literal])* branch_unary $fam:ident ($a:ident: $ta:ident) $e:block
        [$reg:ident $acc:ident]; $($rest:tt)*) => {
        expand_isa! { ($d) [$($done)*
            family $fam [out NONE, acc_in $ta, operand cond, result -, branch cond, compare []] {
                $(#[doc = $doc])*
                fast Reg $reg { cond: Reg, target: i32 } => { let $a = get!($ta, cond); br_if!($e, target); next!() }
                /// the `Reg` form with `cond` in the accumulator
                fast Acc $acc { target: i32 } => { let $a = get_acc!($ta); br_if!($e, target); next!() }
            }
        ] $($rest)* }
    };
}
