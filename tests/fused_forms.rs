//! The translator's fused and immediate instruction forms against plain Rust arithmetic.
//!
//! Each case is a tiny function whose shape makes the translator pick one specific form (slot,
//! immediate, accumulator, compare-and-branch in both senses); the test checks the form really
//! appears in the bytecode, then runs it on edge values with both backends and compares with the
//! expected result. The spec suite covers the plain ops; these shapes are rare there.

use regwasm::{Backend, Config, Engine, Linker, Module, Store, Val};

const EDGES: [i64; 12] =
    [0, 1, -1, 2, 7, i64::MIN, i64::MAX, 0x7fff_ffff, -0x8000_0000, 0x8000_0000, 0xffff_ffff, 0x1234_5678_9abc_def0];

fn engines() -> Vec<Engine> {
    [Backend::Loop, Backend::Threaded]
        .into_iter()
        .map(|backend| Engine::new(Config { backend, ..Config::default() }))
        .collect()
}

/// Loads `wat` (one exported function `f`), asserts its bytecode contains `form`, and returns a
/// caller for it on every backend.
fn check(wat: &str, form: &str, args: &[Val], expected: Val) {
    for engine in engines() {
        let module = Module::from_wat(&engine, wat).unwrap_or_else(|e| panic!("{wat}: {e}"));
        let code = module.disassemble(0).unwrap();
        assert!(code.contains(form), "expected {form} in\n{code}\nfor {wat}");
        let mut store = Store::new(&engine, ());
        let inst = Linker::new(module.engine()).instantiate(&mut store, &module).unwrap();
        let f = inst.get_func(&store, "f").unwrap();
        let mut out = [Val::I32(0)];
        f.call(&mut store, args, &mut out).unwrap();
        assert_eq!(out[0], expected, "{wat} with {args:?}");
    }
}

/// (wasm name, the register form it is translated to, `swapped` if with its operands swapped,
/// the immediate form it takes, the constant that makes it always true, the compare).
type Cmp = (&'static str, &'static str, bool, &'static str, Option<i64>, fn(i64, i64) -> bool);

/// Gt and Ge are translated as Lt and Le with swapped operands (`a > b` is `b < a`); with a
/// constant on the right, Le and Ge become Lt and Gt of the next constant (`x <= c` is
/// `x < c + 1`) or, at the end of the range, a constant true.
const I64_COMPARES: [Cmp; 10] = [
    ("eq", "Eq", false, "Eq", None, |a, b| a == b),
    ("ne", "Ne", false, "Ne", None, |a, b| a != b),
    ("lt_s", "LtS", false, "LtS", None, |a, b| a < b),
    ("lt_u", "LtU", false, "LtU", None, |a, b| (a as u64) < b as u64),
    ("gt_s", "LtS", true, "GtS", None, |a, b| a > b),
    ("gt_u", "LtU", true, "GtU", None, |a, b| (a as u64) > b as u64),
    ("le_s", "LeS", false, "LtS", Some(i64::MAX), |a, b| a <= b),
    ("le_u", "LeU", false, "LtU", Some(-1), |a, b| (a as u64) <= b as u64),
    ("ge_s", "LeS", true, "GtS", Some(i64::MIN), |a, b| a >= b),
    ("ge_u", "LeU", true, "GtU", Some(0), |a, b| (a as u64) >= b as u64),
];

#[test]
fn i64_compare_and_branch_forms() {
    for (name, form, swapped, imm_form, always, cmp) in I64_COMPARES {
        let expect = |a: i64, b: i64| Val::I32(cmp(a, b) as i32);
        // With the left operand in the accumulator: the `A` form, or `RevA` when swapped.
        let acc = if swapped { "RevA" } else { "A" };
        for &a in &EDGES {
            // br_if takes the branch when the compare holds: the branch sense of the compare.
            for &b in &EDGES {
                let wat = format!(
                    "(module (func (export \"f\") (param i64 i64) (result i32)
                       (block (br_if 0 (i64.{name} (local.get 0) (local.get 1))) (return (i32.const 0)))
                       (i32.const 1)))"
                );
                check(&wat, &format!("BrIfI64{form} "), &[Val::I64(a), Val::I64(b)], expect(a, b));
                // The left operand comes from the accumulator (the add just before).
                let wat = format!(
                    "(module (func (export \"f\") (param i64 i64) (result i32)
                       (block (br_if 0 (i64.{name} (i64.add (local.get 0) (i64.const 0)) (local.get 1)))
                         (return (i32.const 0)))
                       (i32.const 1)))"
                );
                check(&wat, &format!("BrIfI64{form}{acc} "), &[Val::I64(a), Val::I64(b)], expect(a, b));
            }
            // Constants that fit an i32 immediate, and 64-bit ones (NaN-boxing tags and masks,
            // the edges of the signed and unsigned ranges); `if` branches on the negated compare.
            for b in [
                0i64,
                1,
                -1,
                7,
                i32::MAX as i64,
                i32::MIN as i64,
                0x8000_0000,
                0xffff_ffff,
                6 << 32,
                -38_654_705_664,
                i64::MIN,
                i64::MAX,
                0x1234_5678_9abc_def0,
            ] {
                let wat = format!(
                    "(module (func (export \"f\") (param i64) (result i32)
                       (if (result i32) (i64.{name} (local.get 0) (i64.const {b}))
                         (then (i32.const 1)) (else (i32.const 0)))))"
                );
                // A compare that always holds leaves no compare at all.
                let always = always == Some(b);
                let compare = |form: &str| if always { "Const32".to_string() } else { form.to_string() };
                check(&wat, &compare("Imm {"), &[Val::I64(a)], expect(a, b));
                let wat = format!(
                    "(module (func (export \"f\") (param i64) (result i32)
                       (if (result i32) (i64.{name} (i64.add (local.get 0) (i64.const 0)) (i64.const {b}))
                         (then (i32.const 1)) (else (i32.const 0)))))"
                );
                check(&wat, &compare("ImmA {"), &[Val::I64(a)], expect(a, b));
                // The compare's value itself (no branch) takes the constant as its immediate.
                let wat = format!(
                    "(module (func (export \"f\") (param i64) (result i32)
                       (i64.{name} (local.get 0) (i64.const {b}))))"
                );
                let code = Module::from_wat(&engines()[0], &wat).unwrap().disassemble(0).unwrap();
                assert_eq!(code.contains("I64"), !always, "{wat}:\n{code}");
                let form = if always { String::new() } else { format!("I64{imm_form}Imm {{") };
                check(&wat, &form, &[Val::I64(a)], expect(a, b));
            }
        }
    }
}

type Bin = (&'static str, &'static str, fn(i64, i64) -> i64);
type Bin32 = (&'static str, &'static str, fn(i32, i32) -> i32);

#[test]
fn binary_ops_with_a_constant_operand() {
    let i64_ops: [Bin; 6] = [
        ("mul", "I64MulImm", |a, b| a.wrapping_mul(b)),
        ("or", "I64OrImm", |a, b| a | b),
        ("xor", "I64XorImm", |a, b| a ^ b),
        ("and", "I64AndImm", |a, b| a & b),
        ("rotl", "I64RotlImm", |a, b| a.rotate_left(b as u32 & 63)),
        ("rotr", "I64RotrImm", |a, b| a.rotate_right(b as u32 & 63)),
    ];
    for (name, form, op) in i64_ops {
        let rotate = name.starts_with("rot");
        let constants: &[i64] =
            if rotate { &[0, 1, 31, 63, 64, 65, -1] } else { &[0, 1, -1, 0x100_0000_01b3, i64::MIN, 0x7fff_ffff] };
        for &a in &EDGES {
            for &k in constants {
                let expected = Val::I64(op(a, k));
                let wat = format!(
                    "(module (func (export \"f\") (param i64) (result i64) (i64.{name} (local.get 0) (i64.const {k}))))"
                );
                check(&wat, &format!("{form} "), &[Val::I64(a)], expected);
                // A constant left operand of a commutative op also becomes the immediate.
                if !rotate {
                    let wat = format!(
                        "(module (func (export \"f\") (param i64) (result i64) (i64.{name} (i64.const {k}) (local.get 0))))"
                    );
                    check(&wat, &format!("{form} "), &[Val::I64(a)], expected);
                }
                let wat = format!(
                    "(module (func (export \"f\") (param i64) (result i64) (i64.{name} (i64.add (local.get 0) (i64.const 0)) (i64.const {k}))))"
                );
                check(&wat, &format!("{form}A "), &[Val::I64(a)], expected);
            }
        }
    }
    let i32_ops: [Bin32; 2] = [
        ("rotl", "I32RotlImm", |a, b| a.rotate_left(b as u32 & 31)),
        ("rotr", "I32RotrImm", |a, b| a.rotate_right(b as u32 & 31)),
    ];
    for (name, form, op) in i32_ops {
        for &a in &EDGES {
            let a = a as i32;
            for k in [0, 1, 5, 31, 32, 33, -1] {
                let wat = format!(
                    "(module (func (export \"f\") (param i32) (result i32) (i32.{name} (local.get 0) (i32.const {k}))))"
                );
                check(&wat, &format!("{form} "), &[Val::I32(a)], Val::I32(op(a, k)));
                let wat = format!(
                    "(module (func (export \"f\") (param i32) (result i32) (i32.{name} (i32.add (local.get 0) (i32.const 0)) (i32.const {k}))))"
                );
                check(&wat, &format!("{form}A "), &[Val::I32(a)], Val::I32(op(a, k)));
            }
        }
    }
}

/// Runs `f` of `wat` on every backend; the result, or the trap message.
fn outcome(wat: &str, args: &[Val], results: usize) -> Vec<String> {
    engines()
        .into_iter()
        .map(|engine| {
            let module = Module::from_wat(&engine, wat).unwrap_or_else(|e| panic!("{wat}: {e}"));
            let mut store = Store::new(&engine, ());
            let inst = Linker::new(module.engine()).instantiate(&mut store, &module).unwrap();
            let f = inst.get_func(&store, "f").unwrap();
            let mut out = vec![Val::I32(0); results];
            match f.call(&mut store, args, &mut out) {
                Ok(()) => format!("{out:?}"),
                Err(e) => format!("trap: {e}"),
            }
        })
        .collect()
}

/// Asserts `chained` (a function whose bytecode must contain `form`) computes what `plain` does
/// for every argument list, traps included.
fn assert_same_as_plain(chained: &str, plain: &str, form: &str, cases: &[[Val; 2]], what: &str) {
    let code = Module::from_wat(&engines()[0], chained).unwrap().disassemble(0).unwrap();
    assert!(code.contains(form), "no {form} form for {what}:\n{code}");
    for args in cases {
        assert_eq!(outcome(chained, args, 1), outcome(plain, args, 1), "{what} {args:?}");
    }
}

#[test]
fn results_kept_only_in_the_accumulator_match_stored_results() {
    // Each op's result feeds the next instruction only, so it takes its accumulator-result
    // (`R`) form; the same op returned directly writes its slot. Both must agree, traps included.
    let int_ops = [
        "add", "sub", "mul", "div_s", "div_u", "rem_s", "rem_u", "and", "or", "xor", "shl", "shr_s", "shr_u", "rotl",
        "rotr",
    ];
    let cmp_ops = ["eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"];
    let samples = [(7i64, 3i64), (-9, 2), (i64::MIN, -1), (5, 0), (0x1234_5678, 31), (-1, 64)];
    for ty in ["i32", "i64"] {
        let val = |v: i64| if ty == "i32" { Val::I32(v as i32) } else { Val::I64(v) };
        for op in int_ops.iter().chain(&cmp_ops) {
            let result_ty = if cmp_ops.contains(op) { "i32" } else { ty };
            let chained = format!(
                "(module (func (export \"f\") (param {ty} {ty}) (result {result_ty})
                   ({result_ty}.xor ({ty}.{op} (local.get 0) (local.get 1)) ({result_ty}.const 0))))"
            );
            let plain = format!(
                "(module (func (export \"f\") (param {ty} {ty}) (result {result_ty}) ({ty}.{op} (local.get 0) (local.get 1))))"
            );
            let cases: Vec<[Val; 2]> = samples.iter().map(|&(a, b)| [val(a), val(b)]).collect();
            assert_same_as_plain(&chained, &plain, "R {", &cases, &format!("{ty}.{op}"));
        }
    }
    let float_ops = ["add", "sub", "mul", "div", "min", "max", "copysign"];
    let float_cmps = ["eq", "ne", "lt", "gt", "le", "ge"];
    let samples = [(1.5f64, -2.25f64), (0.0, -0.0), (f64::NAN, 1.0), (f64::INFINITY, f64::INFINITY), (-3.0, 7.0)];
    for ty in ["f32", "f64"] {
        let val = |v: f64| if ty == "f32" { Val::F32((v as f32).to_bits()) } else { Val::F64(v.to_bits()) };
        for op in float_ops.iter().chain(&float_cmps) {
            let is_cmp = float_cmps.contains(op);
            // Consumers that keep the exact bits: i32.xor 0 for compares, neg twice for floats.
            let (result_ty, chained_body) = if is_cmp {
                ("i32", format!("(i32.xor ({ty}.{op} (local.get 0) (local.get 1)) (i32.const 0))"))
            } else {
                (ty, format!("({ty}.neg ({ty}.neg ({ty}.{op} (local.get 0) (local.get 1))))"))
            };
            let chained =
                format!("(module (func (export \"f\") (param {ty} {ty}) (result {result_ty}) {chained_body}))");
            let plain = format!(
                "(module (func (export \"f\") (param {ty} {ty}) (result {result_ty}) ({ty}.{op} (local.get 0) (local.get 1))))"
            );
            let cases: Vec<[Val; 2]> = samples.iter().map(|&(a, b)| [val(a), val(b)]).collect();
            assert_same_as_plain(&chained, &plain, "R {", &cases, &format!("{ty}.{op}"));
        }
    }
    // Loads (including the address-fused ones) and conversions feeding the next instruction.
    let loads = [
        ("i32", "i32.load"),
        ("i32", "i32.load8_u"),
        ("i32", "i32.load8_s"),
        ("i32", "i32.load16_u"),
        ("i32", "i32.load16_s"),
        ("i64", "i64.load"),
        ("i64", "i64.load8_s"),
        ("i64", "i64.load16_s"),
        ("i64", "i64.load32_s"),
        ("i64", "i64.load32_u"),
    ];
    for (ty, load) in loads {
        for addr in [0i32, 3, 65528, 65535] {
            let data = "(data (i32.const 0) \"\\81\\92\\a3\\b4\\c5\\d6\\e7\\f8\\09\")";
            let chained = format!(
                "(module (memory 1) {data} (func (export \"f\") (param i32) (result {ty})
                   ({ty}.xor ({load} (i32.add (local.get 0) (i32.const 1))) ({ty}.const 0))))"
            );
            let plain = format!(
                "(module (memory 1) {data} (func (export \"f\") (param i32) (result {ty})
                   ({load} (i32.add (local.get 0) (i32.const 1)))))"
            );
            assert_eq!(outcome(&chained, &[Val::I32(addr)], 1), outcome(&plain, &[Val::I32(addr)], 1), "{load} {addr}");
        }
    }
}

type FloatCmp = (&'static str, &'static str, fn(f64, f64) -> bool);

#[test]
fn float_compare_and_branch_forms_treat_nan_as_false() {
    let cmps: [FloatCmp; 6] = [
        ("eq", "Eq", |a, b| a == b),
        ("ne", "Ne", |a, b| a != b),
        ("lt", "Lt", |a, b| a < b),
        ("gt", "Lt", |a, b| a > b),
        ("le", "Le", |a, b| a <= b),
        ("ge", "Le", |a, b| a >= b),
    ];
    let values = [0.0f64, -0.0, 1.5, -2.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY];
    for ty in ["f32", "f64"] {
        let val = |v: f64| if ty == "f32" { Val::F32((v as f32).to_bits()) } else { Val::F64(v.to_bits()) };
        let upper = ty.to_uppercase();
        for (name, form, cmp) in cmps {
            for &a in &values {
                for &b in &values {
                    let expected = Val::I32(cmp(a, b) as i32);
                    let args = [val(a), val(b)];
                    // br_if branches on the compare; `if` branches on its negation (`Not` forms).
                    let br_if = format!(
                        "(module (func (export \"f\") (param {ty} {ty}) (result i32)
                           (block (br_if 0 ({ty}.{name} (local.get 0) (local.get 1))) (return (i32.const 0)))
                           (i32.const 1)))"
                    );
                    check(&br_if, &format!("BrIf{upper}{form} "), &args, expected);
                    let if_else = format!(
                        "(module (func (export \"f\") (param {ty} {ty}) (result i32)
                           (if (result i32) ({ty}.{name} ({ty}.neg ({ty}.neg (local.get 0))) (local.get 1))
                             (then (i32.const 1)) (else (i32.const 0)))))"
                    );
                    check(&if_else, &format!("BrIf{upper}"), &args, expected);
                    // `br_if` on the `eqz` of a compare computed into the accumulator: one
                    // branch on the opposite sense (a `Not` form for lt/gt/le/ge).
                    let not = if matches!(name, "eq" | "ne") { "" } else { "Not" };
                    let negated = if name == "eq" {
                        "Ne"
                    } else if name == "ne" {
                        "Eq"
                    } else {
                        form
                    };
                    let br_if_eqz = format!(
                        "(module (func (export \"f\") (param {ty} {ty}) (result i32)
                           (block (br_if 0 (i32.eqz ({ty}.{name} ({ty}.neg ({ty}.neg (local.get 0))) (local.get 1))))
                             (return (i32.const 1)))
                           (i32.const 0)))"
                    );
                    // gt and ge are lt and le with the operands swapped: the accumulator is the
                    // right operand.
                    let acc = if matches!(name, "gt" | "ge") { "RevA" } else { "A" };
                    check(&br_if_eqz, &format!("BrIf{upper}{not}{negated}{acc} "), &args, expected);
                    if ty == "f32" && !b.is_nan() {
                        let imm = format!(
                            "(module (func (export \"f\") (param f32) (result i32)
                               (if (result i32) (f32.{name} (local.get 0) (f32.const {b:?}))
                                 (then (i32.const 1)) (else (i32.const 0)))))"
                        );

                        check(&imm, "Imm {", &args[..1], expected);
                    }
                }
            }
        }
    }
}

#[test]
fn loads_with_a_fused_register_address_add() {
    let data = "(data (i32.const 0) \"\\81\\92\\a3\\b4\\c5\\d6\\e7\\f8\\09\")";
    let loads = [
        ("i32", "i32.load", "I32Load"),
        ("i64", "i64.load", "I64Load"),
        ("i32", "i32.load8_u", "I32Load8U"),
        ("i32", "i32.load8_s", "I32Load8S"),
    ];
    for (ty, load, form) in loads {
        for base in [0i32, 1, 8, 65530, -1, i32::MAX] {
            for k in [0i32, 1, -1, -8, 65535] {
                let memory_len = 65536i64;
                let size = if load.ends_with("8_u") || load.ends_with("8_s") {
                    1
                } else if ty == "i64" {
                    8
                } else {
                    4
                };
                let ea = base.wrapping_add(k) as u32 as i64;

                // Address = register + constant, and register + register.
                for (shape, args) in [
                    (format!("(i32.add (local.get 0) (i32.const {k}))"), vec![Val::I32(base), Val::I32(0)]),
                    ("(i32.add (local.get 0) (local.get 1))".to_string(), vec![Val::I32(base), Val::I32(k)]),
                ] {
                    let wat = format!(
                        "(module (memory 1) {data} (func (export \"f\") (param i32 i32) (result {ty}) ({load} offset=1 {shape})))"
                    );
                    let module = Module::from_wat(&engines()[0], &wat).unwrap();
                    let code = module.disassemble(0).unwrap();
                    // Fused where a form pays across the profiled workloads: every `+ constant`
                    // shape, and `+ register` for i64 and byte loads (`I32LoadAdd` and
                    // `I32Load8SAdd` were dropped: never executed).
                    let fused = shape.contains("i32.const") || matches!(form, "I64Load" | "I32Load8U");
                    assert_eq!(code.contains(&format!("{form}Add")), fused, "fused load?\n{code}");
                    // Reference: the same load with the address computed in Rust.
                    let reference = format!(
                        "(module (memory 1) {data} (func (export \"f\") (param i32) (result {ty}) ({load} offset=1 (local.get 0))))"
                    );
                    let got = outcome(&wat, &args, 1);
                    assert_eq!(got, outcome(&reference, &[Val::I32(base.wrapping_add(k))], 1), "{wat} {args:?}");
                    assert_eq!(got[0].starts_with("trap"), ea + 1 + size > memory_len, "{wat} {args:?}");
                }
            }
        }
    }
}

#[test]
fn select_on_an_eqz_swaps_its_operands() {
    // i64 conditions whose low 32 bits are zero must still count as true.
    let conds = [0i64, 1, -1, 1 << 32, 1 << 63, 0xffff_ffff];
    for ty in ["i32", "i64"] {
        for &c in &conds {
            let cond = if ty == "i32" { Val::I32(c as i32) } else { Val::I64(c) };
            let expected = Val::I64(if (ty == "i32" && c as i32 == 0) || (ty == "i64" && c == 0) { 10 } else { 20 });
            // Condition register read directly, and condition arriving in the accumulator.
            for (cond_expr, form) in [
                ("(local.get 0)".to_string(), if ty == "i32" { "Select {" } else { "SelectI64 {" }),
                (
                    format!("({ty}.add (local.get 0) ({ty}.const 0))"),
                    if ty == "i32" { "SelectA {" } else { "SelectI64A {" },
                ),
            ] {
                let wat = format!(
                    "(module (func (export \"f\") (param {ty}) (result i64)
                       (select (i64.const 10) (i64.const 20) ({ty}.eqz {cond_expr}))))"
                );
                // Constant choices are materialized first, so use locals for them.
                let wat = wat
                    .replace("(i64.const 10) (i64.const 20)", "(local.get 1) (local.get 2)")
                    .replace(&format!("(param {ty})"), &format!("(param {ty}) (param i64 i64)"));
                let code = Module::from_wat(&engines()[0], &wat).unwrap().disassemble(0).unwrap();
                assert!(!code.contains("Eqz"), "the eqz should be folded into the select:\n{code}");
                check(&wat, form, &[cond, Val::I64(10), Val::I64(20)], expected);
            }
        }
    }
}

#[test]
fn select_with_one_constant_choice() {
    for (ty, k, x) in
        [("i32", "7", Val::I32(-5)), ("i64", "2147483647", Val::I64(-5)), ("f32", "1.5", Val::F32(2.5f32.to_bits()))]
    {
        let konst = match ty {
            "i32" => Val::I32(7),
            "i64" => Val::I64(i32::MAX as i64),
            _ => Val::F32(1.5f32.to_bits()),
        };
        for c in [0i32, 1, -1, 1 << 31] {
            for (cond_expr, cond_form) in [("(local.get 1)", " {"), ("(i32.add (local.get 1) (i32.const 0))", "A {")] {
                // The constant as the value for a true condition, then for a false one.
                for (choices, form, expected) in [
                    (format!("({ty}.const {k}) (local.get 0)"), "SelectConstT", if c != 0 { konst } else { x }),
                    (format!("(local.get 0) ({ty}.const {k})"), "SelectConstF", if c != 0 { x } else { konst }),
                ] {
                    let wat = format!(
                        "(module (func (export \"f\") (param {ty} i32) (result {ty}) (select {choices} {cond_expr})))"
                    );
                    check(&wat, &format!("{form}{cond_form}"), &[x, Val::I32(c)], expected);
                }
            }
        }
    }
    // A negative i32 constant is not a valid i64 cell when sign-extended: it stays a register.
    let wat = "(module (func (export \"f\") (param i32 i32) (result i32) (select (i32.const -1) (local.get 0) (local.get 1))))";
    check(wat, "Select {", &[Val::I32(3), Val::I32(1)], Val::I32(-1));
}

#[test]
fn accumulator_as_the_right_operand_of_non_commuting_ops() {
    let int_samples = [(7i64, 3i64), (-9, 2), (i64::MIN, 63), (5, 0), (0x1234_5678, 31), (-1, 64), (1, -1)];
    for ty in ["i32", "i64"] {
        let val = |v: i64| if ty == "i32" { Val::I32(v as i32) } else { Val::I64(v) };
        for op in ["sub", "shl", "shr_s", "shr_u"] {
            // The right operand is computed just before (add 0), so it arrives in the accumulator.
            let chained = format!(
                "(module (func (export \"f\") (param {ty} {ty}) (result {ty})
                   ({ty}.{op} (local.get 0) ({ty}.add (local.get 1) ({ty}.const 0)))))"
            );
            let plain = format!(
                "(module (func (export \"f\") (param {ty} {ty}) (result {ty}) ({ty}.{op} (local.get 0) (local.get 1))))"
            );
            let cases: Vec<[Val; 2]> = int_samples.iter().map(|&(a, b)| [val(a), val(b)]).collect();
            assert_same_as_plain(&chained, &plain, "RevA", &cases, &format!("{ty}.{op}"));
        }
    }
    let float_samples = [(1.5f64, -2.25f64), (0.0, -0.0), (f64::NAN, 1.0), (1.0, 0.0), (f64::INFINITY, f64::INFINITY)];
    for ty in ["f32", "f64"] {
        let val = |v: f64| if ty == "f32" { Val::F32((v as f32).to_bits()) } else { Val::F64(v.to_bits()) };
        for op in ["sub", "div"] {
            let chained = format!(
                "(module (func (export \"f\") (param {ty} {ty}) (result {ty})
                   ({ty}.{op} (local.get 0) ({ty}.neg ({ty}.neg (local.get 1))))))"
            );
            let plain = format!(
                "(module (func (export \"f\") (param {ty} {ty}) (result {ty}) ({ty}.{op} (local.get 0) (local.get 1))))"
            );
            let cases: Vec<[Val; 2]> = float_samples.iter().map(|&(a, b)| [val(a), val(b)]).collect();
            assert_same_as_plain(&chained, &plain, "RevA", &cases, &format!("{ty}.{op}"));
        }
    }
}

/// Asserts that `chained` (whose bytecode must contain `form` and must not contain `absent`)
/// gives the same result as `plain` for every argument list, on both backends.
fn assert_same_with_forms(chained: &str, plain: &str, form: &str, absent: &str, cases: &[Vec<Val>], what: &str) {
    let code =
        Module::from_wat(&engines()[0], chained).unwrap_or_else(|e| panic!("{chained}: {e}")).disassemble(0).unwrap();
    assert!(code.contains(form), "no {form} for {what}:\n{code}");
    assert!(absent.is_empty() || !code.contains(absent), "{absent} used for {what}:\n{code}");
    for args in cases {
        assert_eq!(outcome(chained, args, 1), outcome(plain, args, 1), "{what} {args:?}");
    }
}

#[test]
fn values_change_accumulator_only_through_matching_ops() {
    // Integer results live in the integer accumulator, f32 and f64 results in float ones. A
    // consumer reads the accumulator only when the producer wrote the one it reads (full-width
    // loads write both); otherwise it reads the slot. `plain` has a block between producer and
    // consumer, so nothing is passed in an accumulator there.
    let data = "(memory 1) (data (i32.const 0) \"\\01\\00\\c0\\7f\\00\\00\\a0\\40\\55\\55\\55\\55\\55\\55\\f5\\7f\")";
    let f32s = [1.5f32.to_bits(), (-0.0f32).to_bits(), 0x7fc0_1234, 0xff80_0001, f32::INFINITY.to_bits()];
    let f64s = [2.5f64.to_bits(), (-0.0f64).to_bits(), 0x7ff8_0000_dead_beef, 0xfff0_0000_0000_0001, 1];
    // (params, result, producer over locals 0 and 1 and its type, the consumer of its value
    // `$v`, a form the chain must use, a form it must not use)
    #[allow(clippy::type_complexity)]
    let shapes: [(&str, &str, &str, &str, &str, &str, &str); 14] = [
        // f32/f64 result -> integer consumer (reinterpret is no instruction): the slot.
        (
            "f32 f32",
            "i32",
            "(f32.add (local.get 0) (local.get 1))",
            "f32",
            "(i32.add (i32.reinterpret_f32 $v) (i32.const 1))",
            "I32AddImm {",
            "I32AddImmA",
        ),
        (
            "f64 f64",
            "i64",
            "(f64.mul (local.get 0) (local.get 1))",
            "f64",
            "(i64.xor (i64.reinterpret_f64 $v) (i64.const 5))",
            "I64XorImm {",
            "I64XorImmA",
        ),
        // Also from the reversed-operand forms (acc as the right operand).
        (
            "f32 f32",
            "i32",
            "(f32.sub (local.get 0) (f32.neg (local.get 1)))",
            "f32",
            "(i32.add (i32.reinterpret_f32 $v) (i32.const 1))",
            "F32SubRevA",
            "I32AddImmA",
        ),
        (
            "f64 f64",
            "i64",
            "(f64.div (local.get 0) (f64.neg (local.get 1)))",
            "f64",
            "(i64.xor (i64.reinterpret_f64 $v) (i64.const 5))",
            "F64DivRevA",
            "I64XorImmA",
        ),
        // integer result -> float consumer: the slot.
        (
            "i32 i32",
            "f32",
            "(i32.add (local.get 0) (local.get 1))",
            "i32",
            "(f32.mul (f32.reinterpret_i32 $v) (f32.const 3))",
            "F32MulImm {",
            "F32MulImmA",
        ),
        (
            "i64 i64",
            "f64",
            "(i64.sub (local.get 0) (local.get 1))",
            "i64",
            "(f64.add (f64.reinterpret_i64 $v) (f64.const 1))",
            "F64AddImm {",
            "F64AddImmA",
        ),
        // `select` writes the integer accumulator, also for float choices.
        (
            "f32 f32",
            "f32",
            "(select (local.get 0) (local.get 1) (f32.lt (local.get 0) (local.get 1)))",
            "f32",
            "(f32.sub (f32.const 1) $v)",
            "F32RSubImm {",
            "F32RSubImmA",
        ),
        // Full-width loads feed float consumers through the float accumulators.
        ("i32 f32", "f32", "(f32.load (local.get 0))", "f32", "(f32.mul $v (local.get 1))", "F32MulA", ""),
        ("i32 f64", "f64", "(f64.load (local.get 0))", "f64", "(f64.sub $v (local.get 1))", "F64SubA", ""),
        // Float results feed float consumers, also across types (promote, demote) and into
        // compares and conversions.
        (
            "f32 f32",
            "f64",
            "(f32.div (local.get 0) (local.get 1))",
            "f32",
            "(f64.promote_f32 $v)",
            "F64PromoteF32A",
            "",
        ),
        ("f64 f64", "f32", "(f64.add (local.get 0) (local.get 1))", "f64", "(f32.demote_f64 $v)", "F32DemoteF64A", ""),
        (
            "f32 f32",
            "i32",
            "(f32.sub (local.get 0) (local.get 1))",
            "f32",
            "(f32.ge $v (f32.const 0.5))",
            "F32GeImmA",
            "",
        ),
        (
            "i32 i32",
            "f64",
            "(i32.mul (local.get 0) (local.get 1))",
            "i32",
            "(f64.convert_i32_s $v)",
            "F64ConvertI32SA",
            "",
        ),
        // Sign operations are bit-exact on NaN payloads in the float accumulators.
        (
            "f32 f32",
            "f32",
            "(f32.copysign (local.get 0) (local.get 1))",
            "f32",
            "(f32.abs (f32.neg $v))",
            "F32NegAR",
            "",
        ),
    ];
    for (params, result, producer, local_ty, consumer, form, absent) in shapes {
        let (ty0, ty1) = params.split_once(' ').unwrap();
        let chained = format!(
            "(module {data} (func (export \"f\") (param {params}) (result {result}) {}))",
            consumer.replace("$v", producer)
        );
        let plain = format!(
            "(module {data} (func (export \"f\") (param {params}) (result {result}) (local {local_ty})
               (local.set 2 {producer}) (block) {}))",
            consumer.replace("$v", "(local.get 2)")
        );
        let arg = |ty: &str, i: usize| match ty {
            "f32" => Val::F32(f32s[i % f32s.len()]),
            "f64" => Val::F64(f64s[i % f64s.len()]),
            "i64" => Val::I64(0x4010_0000_0000_0000 + i as i64 * 0x1234_5678_9abc),
            // i32 arguments double as addresses into the data.
            _ => Val::I32([0, 4, 6, 8, 2][i % 5]),
        };
        let cases: Vec<Vec<Val>> =
            (0..5).flat_map(|i| (0..5).map(move |j| (i, j))).map(|(i, j)| vec![arg(ty0, i), arg(ty1, j)]).collect();
        assert_same_with_forms(&chained, &plain, form, absent, &cases, &format!("{producer} -> {consumer}"));
    }
}

#[test]
fn loads_of_a_scaled_index() {
    // `base + (index << k)` and `(index << k) + c` feeding a load become one instruction; the
    // shift counts modulo 32, both adds wrap at 32 bits, the offset does not (out of bounds).
    let data = "(memory 1) (data (i32.const 0) \"\\81\\92\\a3\\b4\\c5\\d6\\e7\\f8\\09\\1a\\2b\\3c\\4d\\5e\\6f\\70\")";
    let indexes = [0i32, 1, 2, 3, 0x4000_0000, -1, 16383, 16384, 0x3fff_fffe];
    let bases = [0i32, 4, -4, 65528, 65532, i32::MIN];
    for (ty, load) in [("i32", "i32.load"), ("i64", "i64.load")] {
        for k in [0, 1, 2, 3, 34] {
            for (form, addr) in [
                ("IdxImmR {", format!("(i32.add (i32.shl (local.get 1) (i32.const {k})) (i32.const -8))")),
                ("IdxR {", format!("(i32.add (local.get 0) (i32.shl (local.get 1) (i32.const {k})))")),
                // The index computed just before, in the accumulator.
                (
                    "IdxAR {",
                    format!("(i32.add (local.get 0) (i32.shl (i32.add (local.get 1) (i32.const 1)) (i32.const {k})))"),
                ),
            ] {
                let chained = format!(
                    "(module {data} (func (export \"f\") (param i32 i32) (result {ty})
                       ({ty}.xor ({load} offset=4 {addr}) ({ty}.const 0))))"
                );
                let plain = format!(
                    "(module {data} (func (export \"f\") (param i32 i32) (result {ty}) (local i32)
                       (local.set 2 {addr}) (block) ({load} offset=4 (local.get 2))))"
                );
                let cases: Vec<[Val; 2]> =
                    bases.iter().flat_map(|&b| indexes.iter().map(move |&i| [Val::I32(b), Val::I32(i)])).collect();
                // `I64LoadIdxImm` was dropped (never executed): its shift stays separate.
                let form = if ty == "i64" && form == "IdxImmR {" {
                    "I64LoadAddImmA".to_string()
                } else {
                    format!("{}Load{form}", ty.to_uppercase())
                };
                assert_same_as_plain(&chained, &plain, &form, &cases, &format!("{load} {addr}"));
            }
        }
    }
}

#[test]
fn stores_with_a_fused_register_address_add() {
    // `store (base + index) value`: the add joins the store, for a constant and a register
    // value; the add wraps at 32 bits, the offset does not (out of bounds at the memory edge).
    let edges = [0i32, 1, 65528, 65532, 65535, -1, -4, i32::MIN];
    for (ty, store, width) in [
        ("i32", "i32.store8", "8"),
        ("i32", "i32.store16", "16"),
        ("i32", "i32.store", "32"),
        ("i64", "i64.store", "64"),
        ("i64", "i64.store32", "32"),
    ] {
        let seed = if ty == "i32" { "0x89abcdef" } else { "0x0123456789abcdef" };
        for (value, form) in [(format!("({ty}.const -2)"), "ImmAdd {"), ("(local.get 2)".to_string(), "Add {")] {
            // The fused forms kept (`benches/README.md`): byte stores, and 32-bit stores of a
            // register; the others stay an add and a store.
            let fused = width == "8" || (width == "32" && form == "Add {");
            // The function returns the 8 bytes at (base + index) after the store (0 if that
            // range is out of bounds), so every stored byte is compared.
            let body = |addr: &str| {
                format!(
                    "(module (memory 1) (func (export \"f\") (param i32 i32) (result i64) (local {ty} i32)
                       (local.set 2 ({ty}.const {seed}))
                       {addr}
                       (if (i32.le_u (i32.add (i32.add (local.get 0) (local.get 1)) (i32.const 8)) (i32.const 65536))
                         (then (return (i64.load (i32.add (local.get 0) (local.get 1))))))
                       (i64.const 0)))"
                )
            };
            let chained = body(&format!("({store} offset=3 (i32.add (local.get 0) (local.get 1)) {value})"));
            let plain = body(&format!(
                "(local.set 3 (i32.add (local.get 0) (local.get 1))) (block) ({store} offset=3 (local.get 3) {value})"
            ));
            let cases: Vec<[Val; 2]> =
                edges.iter().flat_map(|&b| edges.iter().map(move |&i| [Val::I32(b), Val::I32(i)])).collect();
            let form = if fused { format!("Store{width}{form}") } else { "I32Add".to_string() };
            assert_same_as_plain(&chained, &plain, &form, &cases, &format!("{store} {value}"));
        }
    }
}

#[test]
fn multiply_then_add_of_constants() {
    // `x * a + c` (both constants) is one instruction; both steps wrap. A 64-bit multiplier
    // that does not fit 32 bits keeps the two instructions.
    let samples = [0i64, 1, -1, 3, i64::MAX, i64::MIN, 0x7fff_ffff, 0x1234_5678_9abc_def0];
    for ty in ["i32", "i64"] {
        let val = |v: i64| if ty == "i32" { Val::I32(v as i32) } else { Val::I64(v) };
        for (mul, add) in [(3i64, 1i64), (1103515245, 12345), (-7, -9), (0x7fff_ffff, i32::MIN as i64)] {
            for (operand, form) in
                [("(local.get 0)", "MulAddImmR {"), ("(i32.wrap_i64 (local.get 1))", "MulAddImmAR {")]
            {
                let operand = if ty == "i64" {
                    operand.replace("(i32.wrap_i64 (local.get 1))", "(i64.rotl (local.get 0) (local.get 1))")
                } else {
                    operand.to_string()
                };
                let expr = |x: &str| format!("({ty}.add ({ty}.mul {x} ({ty}.const {mul})) ({ty}.const {add}))");
                let chained = format!(
                    "(module (func (export \"f\") (param {ty} i64) (result {ty}) ({ty}.xor {} ({ty}.const 0))))",
                    expr(&operand)
                );
                let plain = format!(
                    "(module (func (export \"f\") (param {ty} i64) (result {ty}) (local {ty})
                       (local.set 2 {operand}) (block) (local.set 2 ({ty}.mul (local.get 2) ({ty}.const {mul})))
                       (block) ({ty}.add (local.get 2) ({ty}.const {add}))))"
                );
                let cases: Vec<[Val; 2]> = samples.iter().map(|&v| [val(v), Val::I64(v & 63)]).collect();
                // `I64MulAddImmA` (the multiplicand in the accumulator) was dropped: never executed.
                let form = if ty == "i64" && form.starts_with("MulAddImmAR") {
                    "I64MulImmAR".to_string()
                } else {
                    format!("{}{form}", ty.to_uppercase())
                };
                assert_same_as_plain(&chained, &plain, &form, &cases, &format!("{ty} * {mul} + {add}"));
            }
        }
    }
    let wide = "(module (func (export \"f\") (param i64) (result i64)
                  (i64.add (i64.mul (local.get 0) (i64.const 0x100000001)) (i64.const 5))))";
    let code = Module::from_wat(&engines()[0], wide).unwrap().disassemble(0).unwrap();
    assert!(!code.contains("MulAdd"), "{code}");
    check(wide, "I64MulImm", &[Val::I64(3)], Val::I64(3 * 0x1_0000_0001 + 5));
}

#[test]
fn three_operand_adds() {
    // `(x + c) + y`, `(x + y) + c` and `((x + y) + c1) + c2` are one instruction (the two
    // constants folded, wrapping); with `x` in the accumulator, its `A` form.
    let samples = [0i32, 1, -1, 7, i32::MAX, i32::MIN, 0x1234_5678];
    let consts = [(0i32, 24i32), (1, -1), (-8, 32), (i32::MAX, 1), (i32::MIN, -1)];
    for (operand, form) in
        [("(local.get 0)", "I32AddAddImm"), ("(i32.rotl (local.get 0) (local.get 1))", "I32AddAddImmA")]
    {
        for (c1, c2) in consts {
            let shapes = [
                format!("(i32.add (i32.add {operand} (i32.const {c1})) (local.get 1))"),
                format!("(i32.add (i32.add {operand} (local.get 1)) (i32.const {c1}))"),
                format!("(i32.add (i32.add (i32.add {operand} (local.get 1)) (i32.const {c1})) (i32.const {c2}))"),
            ];
            for (i, expr) in shapes.iter().enumerate() {
                let chained = format!(
                    "(module (func (export \"f\") (param i32 i32) (result i32) (i32.xor {expr} (i32.const 0))))"
                );
                // The same sums, each step through a local behind a label (nothing fuses).
                let step = |e: &str| format!("(local.set 2 {e}) (block)");
                let mut plain_body = step(operand);
                plain_body += &match i {
                    0 => {
                        step(&format!("(i32.add (local.get 2) (i32.const {c1}))"))
                            + "(i32.add (local.get 2) (local.get 1))"
                    }
                    1 => {
                        step("(i32.add (local.get 2) (local.get 1))")
                            + &format!("(i32.add (local.get 2) (i32.const {c1}))")
                    }
                    _ => {
                        step("(i32.add (local.get 2) (local.get 1))")
                            + &step(&format!("(i32.add (local.get 2) (i32.const {c1}))"))
                            + &format!("(i32.add (local.get 2) (i32.const {c2}))")
                    }
                };
                let plain =
                    format!("(module (func (export \"f\") (param i32 i32) (result i32) (local i32) {plain_body}))");
                let cases: Vec<[Val; 2]> =
                    samples.iter().flat_map(|&x| samples.iter().map(move |&y| [Val::I32(x), Val::I32(y)])).collect();
                assert_same_as_plain(&chained, &plain, form, &cases, expr);
                if i == 2 {
                    // Both constants went into the one instruction.
                    let code = Module::from_wat(&engines()[0], &chained).unwrap().disassemble(0).unwrap();
                    let folded = c1.wrapping_add(c2);
                    assert!(code.contains(&format!("imm: {folded} }}")), "{expr}:\n{code}");
                    assert!(!code.contains("I32AddImm"), "{expr}:\n{code}");
                }
            }
        }
    }
}

#[test]
fn multiply_then_add_of_registers() {
    // `x * y + z` is one instruction for every number type; each step keeps its own wrapping
    // or rounding (no fused multiply-add: `0.1 * 10.0 - 1.0` style cancellations must match).
    let ints = [0i64, 1, -1, 3, i64::MAX, i64::MIN, 0x7fff_ffff, 0x1234_5678_9abc_def0];
    let floats = [0.0f64, -0.0, 0.1, 10.0, -1.0, 1e308, f64::INFINITY, f64::NAN, 3.0e-39, 16777217.0];
    for ty in ["i32", "i64", "f32", "f64"] {
        let val = |i: usize| match ty {
            "i32" => Val::I32(ints[i % ints.len()] as i32),
            "i64" => Val::I64(ints[i % ints.len()]),
            "f32" => Val::from_f32(floats[i % floats.len()] as f32),
            _ => Val::from_f64(floats[i % floats.len()]),
        };
        let mut cases: Vec<Vec<Val>> =
            (0..60).map(|i| vec![val(i), val(i * 7 + 1), val(i * 3 + 2), Val::I32(i as i32 % 5)]).collect();
        // x * 10 - 1 with x = 0.1 (or 0.05 doubled): exactly 0 with two roundings, not with one.
        if ty.starts_with('f') {
            for x in [0.1, 0.05] {
                let f = |v: f64| if ty == "f32" { Val::from_f32(v as f32) } else { Val::from_f64(v) };
                cases.push(vec![f(x), f(10.0), f(-1.0), Val::I32(0)]);
            }
        }
        // `x` straight from a local (the `R` multiply) or computed just before (`AR` multiply).
        for (x, form) in [("(local.get 0)", "MulAdd {"), ("({ty}.add (local.get 0) (local.get 0))", "MulAddA {")] {
            let x = x.replace("{ty}", ty);
            let params = format!("(param {ty} {ty} {ty} i32)");
            let chained = format!(
                "(module (func (export \"f\") {params} (result {ty}) (local {ty})
                   (local.set 4 ({ty}.add ({ty}.mul {x} (local.get 1)) (local.get 2))) (local.get 4)))"
            );
            let plain = format!(
                "(module (func (export \"f\") {params} (result {ty}) (local {ty})
                   (local.set 4 ({ty}.mul {x} (local.get 1))) (block)
                   ({ty}.add (local.get 4) (local.get 2))))"
            );
            // Kept (`benches/README.md`): i32 in both forms, f32/f64 with `x` in the accumulator;
            // the others stay a multiply and an add.
            let fused = ty == "i32" || (ty != "i64" && form == "MulAddA {");
            let form = format!("{}{form}", ty.to_uppercase());
            let code = Module::from_wat(&engines()[0], &chained).unwrap().disassemble(0).unwrap();
            assert_eq!(code.contains(&form), fused, "{form} for {ty}?\n{code}");
            for args in &cases {
                assert_eq!(outcome(&chained, args, 1), outcome(&plain, args, 1), "{ty} {x} {args:?}");
            }
        }
    }
}

#[test]
fn scaled_index_adds() {
    // `base + (index << k)` whose sum is kept (here: stored, then used as the result) is one
    // instruction; the shift count is taken modulo 32 and the add wraps.
    let samples = [0i32, 1, -1, 7, i32::MAX, i32::MIN, 0x1234_5678, 65_000];
    for k in [0, 2, 3, 31, 33] {
        for (index, form) in
            [("(local.get 1)", "I32AddShl {"), ("(i32.xor (local.get 1) (local.get 0))", "I32AddShlA {")]
        {
            let chained = format!(
                "(module (memory 1) (func (export \"f\") (param i32 i32) (result i32) (local i32)
                   (local.set 2 (i32.add (local.get 0) (i32.shl {index} (i32.const {k}))))
                   (i32.store (i32.and (local.get 2) (i32.const 0xfffc)) (local.get 2))
                   (i32.add (local.get 2) (i32.load (i32.and (local.get 2) (i32.const 0xfffc))))))"
            );
            let plain = format!(
                "(module (memory 1) (func (export \"f\") (param i32 i32) (result i32) (local i32 i32)
                   (local.set 3 (i32.shl {index} (i32.const {k}))) (block)
                   (local.set 2 (i32.add (local.get 0) (local.get 3)))
                   (i32.store (i32.and (local.get 2) (i32.const 0xfffc)) (local.get 2))
                   (i32.add (local.get 2) (i32.load (i32.and (local.get 2) (i32.const 0xfffc))))))"
            );
            let cases: Vec<[Val; 2]> =
                samples.iter().flat_map(|&b| samples.iter().map(move |&i| [Val::I32(b), Val::I32(i)])).collect();
            assert_same_as_plain(&chained, &plain, form, &cases, &format!("{index} << {k}"));
        }
    }
}

#[test]
fn add_then_branch_on_the_sum() {
    // `x += step; br_if (x <cmp> limit)` is one instruction where a fused form pays across the
    // profiled workloads (`benches/README.md`): the sum is written to `x` and compared, signed
    // or unsigned, with a register, a small immediate, or zero. Other combinations stay an add
    // and a branch. The function returns x when the branch is taken and x + 1000 when it is
    // not, so both the branch and the stored sum are checked.
    type Cmp32 = (&'static str, fn(i32, i32) -> bool, [Option<&'static str>; 3]);
    // Per compare: the fused form for (add a constant, compare with a register), (add a
    // register, compare with a register), (add a constant, compare with a constant).
    let compares: [Cmp32; 10] = [
        ("eq", |a, b| a == b, [Some("I32AddImmBrIfEq {"), None, Some("I32AddImmBrIfEqImm {")]),
        ("ne", |a, b| a != b, [Some("I32AddImmBrIfNe {"), None, Some("I32AddImmBrIfNeImm {")]),
        ("lt_s", |a, b| a < b, [Some("I32AddImmBrIfLtS {"), None, None]),
        ("lt_u", |a, b| (a as u32) < b as u32, [Some("I32AddImmBrIfLtU {"), None, Some("I32AddImmBrIfLtUImm {")]),
        ("gt_s", |a, b| a > b, [Some("I32AddImmBrIfGtS {"), None, None]),
        ("gt_u", |a, b| (a as u32) > b as u32, [None, None, Some("I32AddImmBrIfGtUImm {")]),
        ("le_s", |a, b| a <= b, [None, Some("I32AddBrIfLeS {"), None]),
        ("le_u", |a, b| (a as u32) <= b as u32, [None, None, Some("I32AddImmBrIfLtUImm {")]),
        ("ge_s", |a, b| a >= b, [Some("I32AddImmBrIfGeS {"), None, None]),
        ("ge_u", |a, b| (a as u32) >= b as u32, [None, None, Some("I32AddImmBrIfGtUImm {")]),
    ];
    let values = [0i32, 1, -1, 5, -5, i32::MAX, i32::MIN, 32767, -32768];
    let func = |cond: &str| {
        format!(
            "(module (func (export \"f\") (param i32 i32 i32) (result i32)
               (block (br_if 0 {cond}) (return (i32.add (local.get 0) (i32.const 1000))))
               (local.get 0)))"
        )
    };
    let result = |sum: i32, taken: bool| Val::I32(if taken { sum } else { sum.wrapping_add(1000) });
    for (name, cmp, [imm_reg, reg_reg, imm_imm]) in compares {
        for &x in &values {
            for &y in &values {
                // Add an immediate, compare with a register.
                let step = 3;
                let sum = x.wrapping_add(step);
                let wat = func(&format!(
                    "(i32.{name} (local.tee 0 (i32.add (local.get 0) (i32.const {step}))) (local.get 1))"
                ));
                check(
                    &wat,
                    imm_reg.unwrap_or("BrIf"),
                    &[Val::I32(x), Val::I32(y), Val::I32(0)],
                    result(sum, cmp(sum, y)),
                );
                // Add a register, compare with a register.
                let sum = x.wrapping_add(y);
                let wat =
                    func(&format!("(i32.{name} (local.tee 0 (i32.add (local.get 0) (local.get 2))) (local.get 1))"));
                check(
                    &wat,
                    reg_reg.unwrap_or("BrIf"),
                    &[Val::I32(x), Val::I32(7), Val::I32(y)],
                    result(sum, cmp(sum, 7)),
                );
            }
            // Add an immediate, compare with an immediate (sign-extended from 16 bits; a wider
            // one keeps two instructions). The fused form is asserted for a limit well inside
            // the 16-bit range; the edges are checked for their results.
            for limit in [0i32, 1, -1, 100, -32768, 32767] {
                let sum = x.wrapping_add(-1);
                let wat = func(&format!(
                    "(i32.{name} (local.tee 0 (i32.add (local.get 0) (i32.const -1))) (i32.const {limit}))"
                ));
                let form = if limit == 100 { imm_imm.unwrap_or("BrIf") } else { "BrIf" };
                check(&wat, form, &[Val::I32(x), Val::I32(0), Val::I32(0)], result(sum, cmp(sum, limit)));
            }
            let wide =
                func(&format!("(i32.{name} (local.tee 0 (i32.add (local.get 0) (i32.const 1))) (i32.const 65536))"));
            let sum = x.wrapping_add(1);
            check(&wide, "I32AddImm {", &[Val::I32(x), Val::I32(0), Val::I32(0)], result(sum, cmp(sum, 65536)));
        }
    }
    for &x in &values {
        let sum = x.wrapping_add(1);
        let nez = func("(local.tee 0 (i32.add (local.get 0) (i32.const 1)))");
        check(&nez, "I32AddImmBrIfNez {", &[Val::I32(x), Val::I32(0), Val::I32(0)], result(sum, sum != 0));
        let eqz = func("(i32.eqz (local.tee 0 (i32.add (local.get 0) (i32.const 1))))");
        check(&eqz, "I32AddImmBrIfEqz {", &[Val::I32(x), Val::I32(0), Val::I32(0)], result(sum, sum == 0));
    }
}

#[test]
fn select_on_a_bit_test() {
    // `(x & mask) ? a : b` is one instruction; an i64 mask is the sign-extended immediate (the
    // i64 test arrives as `i64.eqz` of the and, which the select absorbs by swapping its arms).
    let samples = [0i64, 1, 2, -1, -2, i64::MIN, 0x8000_0000, 0x1_0000_0000, 0x7fff_fffe];
    for (ty, form) in [("i32", "SelectAndImm {"), ("i64", "SelectI64AndImm {")] {
        for mask in [1i64, 2, 0x8000_0000u32 as i32 as i64, -2, 0x7fff_ffff] {
            let val = |v: i64| if ty == "i32" { Val::I32(v as i32) } else { Val::I64(v) };
            let cond = if ty == "i32" {
                format!("(i32.and (local.get 0) (i32.const {mask}))")
            } else {
                format!("(i64.eqz (i64.and (local.get 0) (i64.const {mask})))")
            };
            let chained = format!(
                "(module (func (export \"f\") (param {ty} {ty}) (result {ty})
                   (select (local.get 1) (local.get 0) {cond})))"
            );
            let plain = format!(
                "(module (func (export \"f\") (param {ty} {ty}) (result {ty}) (local i32)
                   (local.set 2 {cond}) (block) (select (local.get 1) (local.get 0) (local.get 2))))"
            );
            let cases: Vec<[Val; 2]> = samples.iter().map(|&x| [val(x), val(x ^ 5)]).collect();
            assert_same_as_plain(&chained, &plain, form, &cases, &format!("{ty} & {mask}"));
        }
    }
}

#[test]
fn select_on_a_bit_test_takes_an_arm_computed_just_before_from_the_accumulator() {
    // The arm computed last (`x >> 1` for i32, `3x + 1` for i64) is not stored: the select
    // reads it from the accumulator. An i64 test arrives as `i64.eqz` of the and, which swaps
    // the arms, so the computed arm is the select's `lhs`; an i32 test keeps the order, so it
    // is `rhs`.
    let samples = [0i64, 1, 2, 3, -1, -2, i64::MIN, i64::MAX, 0x8000_0001, 0x1_0000_0003, 27];
    for (ty, form) in [("i32", "SelectAndImmRevA {"), ("i64", "SelectI64AndImmA {")] {
        let val = |v: i64| if ty == "i32" { Val::I32(v as i32) } else { Val::I64(v) };
        let cond = |x: &str| match ty {
            "i32" => format!("(i32.and {x} (i32.const 1))"),
            _ => format!("(i64.eqz (i64.and {x} (i64.const 1)))"),
        };
        let (halve, step) = (
            format!("({ty}.shr_u (local.get 0) ({ty}.const 1))"),
            format!("({ty}.add ({ty}.mul (local.get 0) ({ty}.const 3)) ({ty}.const 1))"),
        );
        // `x & 1 ? 3x + 1 : x >> 1` either way.
        let (first, second) = if ty == "i32" { (&step, &halve) } else { (&halve, &step) };
        let chained = format!(
            "(module (func (export \"f\") (param {ty} {ty}) (result {ty})
               (select {first} {second} {})))",
            cond("(local.get 0)")
        );
        // The same with both arms stored in locals first (a label between: no accumulator).
        let plain = format!(
            "(module (func (export \"f\") (param {ty} {ty}) (result {ty}) (local {ty} {ty})
               (local.set 2 {first}) (local.set 3 {second}) (block)
               (select (local.get 2) (local.get 3) {})))",
            cond("(local.get 0)")
        );
        let cases: Vec<[Val; 2]> = samples.iter().map(|&x| [val(x), val(0)]).collect();
        assert_same_as_plain(&chained, &plain, form, &cases, &format!("{ty} collatz step"));
        let code = Module::from_wat(&engines()[0], &chained).unwrap().disassemble(0).unwrap();
        assert!(code.contains("R {"), "the computed arm should stay in the accumulator:\n{code}");
        // Expected values, not only agreement with the plain version.
        for &x in &samples {
            let v = if ty == "i32" { x as i32 as u32 as i64 } else { x };
            let odd = v & 1 != 0;
            let expected = match ty {
                "i32" => {
                    Val::I32(if odd { (v as i32).wrapping_mul(3).wrapping_add(1) } else { ((v as u32) >> 1) as i32 })
                }
                _ => Val::I64(if odd { v.wrapping_mul(3).wrapping_add(1) } else { ((v as u64) >> 1) as i64 }),
            };
            check(&chained, form, &[val(x), val(0)], expected);
        }
    }
}

#[test]
fn an_add_written_to_two_locals() {
    // `local.tee a; local.set b` of an add of a constant: one instruction writes both locals.
    // A pending read of b's old value (pushed before the set) must still see the old value.
    let wat = "(module (func (export \"f\") (param i32 i32) (result i32) (local i32)
                 local.get 1
                 local.get 0 i32.const 5 i32.add local.tee 2 local.set 1
                 local.get 1 i32.const 1000 i32.mul i32.add
                 local.get 2 i32.const 7 i32.mul i32.add))";
    let fresh = "(module (func (export \"f\") (param i32 i32) (result i32) (local i32)
                   local.get 0 i32.const 5 i32.add local.tee 2 local.set 1
                   local.get 1 i32.const 1000 i32.mul
                   local.get 2 i32.const 7 i32.mul i32.add))";
    for x in [0i32, 1, -5, i32::MAX, i32::MIN, 123_456] {
        for old in [0i32, 9, -1] {
            let sum = x.wrapping_add(5);
            let both = sum.wrapping_mul(1000).wrapping_add(sum.wrapping_mul(7));
            check(fresh, "I32AddImmDup {", &[Val::I32(x), Val::I32(old)], Val::I32(both));
            let expected = Val::I32(old.wrapping_add(both));
            assert_eq!(outcome(wat, &[Val::I32(x), Val::I32(old)], 1), vec![format!("{:?}", [expected]); 2]);
        }
    }
}

/// `c - x` (negation when `c` is 0) is one reverse-subtract instruction in each accumulator
/// form, for i32 and for i64 constants that fit 32 bits.
#[test]
fn subtraction_from_a_constant() {
    // (wat of the body with `K` for the constant, the form it must produce)
    let shapes: [(&str, &str); 4] = [
        ("(T.sub (T.const K) (local.get 0))", "RSubImm "),
        ("(T.sub (T.const K) (T.add (local.get 0) (T.const 0)))", "RSubImmA "),
        ("(T.add (T.sub (T.const K) (local.get 0)) (local.get 1))", "RSubImmR "),
        ("(T.add (T.sub (T.const K) (T.add (local.get 0) (T.const 0))) (local.get 1))", "RSubImmAR "),
    ];
    for (body, form) in shapes {
        for &a in &EDGES {
            for k in [0i64, 1, -1, 100, i32::MAX as i64, i32::MIN as i64] {
                let b = 3i64;
                let adds = body.contains("(local.get 1)");
                let wat32 = format!(
                    "(module (func (export \"f\") (param i32 i32) (result i32) {}))",
                    body.replace('T', "i32").replace('K', &k.to_string())
                );
                let want32 = (k as i32).wrapping_sub(a as i32).wrapping_add(if adds { b as i32 } else { 0 });
                check(&wat32, &format!("I32{form}"), &[Val::I32(a as i32), Val::I32(b as i32)], Val::I32(want32));
                let wat64 = format!(
                    "(module (func (export \"f\") (param i64 i64) (result i64) {}))",
                    body.replace('T', "i64").replace('K', &k.to_string())
                );
                let want64 = k.wrapping_sub(a).wrapping_add(if adds { b } else { 0 });
                check(&wat64, &format!("I64{form}"), &[Val::I64(a), Val::I64(b)], Val::I64(want64));
            }
        }
    }
}

/// `x ^ (y >> k)` and `x ^ (y << k)` (xorshift, hash mixing) are one instruction in each
/// accumulator form, with the shift count masked as wasm masks it.
#[test]
fn shift_then_xor() {
    // (body with S for the shift op and K for the count, the form's suffix)
    let shapes: [(&str, &str); 6] = [
        ("(T.xor (local.get 0) (T.S (local.get 1) (T.const K)))", " "),
        ("(T.xor (T.S (local.get 1) (T.const K)) (local.get 0))", " "),
        ("(T.xor (local.get 0) (T.S (T.add (local.get 1) (T.const 0)) (T.const K)))", "A "),
        // The shifted value was just computed but the other operand is another register.
        ("(T.xor (local.get 0) (T.S (local.tee 2 (T.add (local.get 1) (T.const 0))) (T.const K)))", "A "),
        ("(T.add (T.xor (local.get 0) (T.S (local.get 1) (T.const K))) (local.get 2))", "R "),
        ("(T.add (T.xor (local.get 0) (T.S (T.add (local.get 1) (T.const 0)) (T.const K))) (local.get 2))", "AR "),
    ];
    let (x, c) = (0x0123_4567_89ab_cdefi64, 1000i64);
    for (body, suffix) in shapes {
        let adds = body.contains("(local.get 2)");
        for (shift, form) in [("shr_u", "ShrU"), ("shl", "Shl")] {
            for &y in &EDGES {
                for k in [0i64, 1, 7, 13, 31, 32, 33, 63, 64, 70] {
                    let wat = |ty: &str| {
                        format!(
                            "(module (func (export \"f\") (param {ty} {ty} {ty}) (result {ty}) {}))",
                            body.replace('T', ty).replace('S', shift).replace('K', &k.to_string())
                        )
                    };
                    let (x32, y32, k32) = (x as u32, y as u32, k as u32);
                    let shifted32 = if form == "Shl" { y32.wrapping_shl(k32) } else { y32.wrapping_shr(k32) };
                    let want32 = (x32 ^ shifted32).wrapping_add(if adds { c as u32 } else { 0 });
                    let args32 = [Val::I32(x32 as i32), Val::I32(y32 as i32), Val::I32(c as i32)];
                    check(&wat("i32"), &format!("I32Xor{form}{suffix}"), &args32, Val::I32(want32 as i32));
                    let (x64, y64) = (x as u64, y as u64);
                    let shifted64 = if form == "Shl" { y64.wrapping_shl(k as u32) } else { y64.wrapping_shr(k as u32) };
                    let want64 = (x64 ^ shifted64).wrapping_add(if adds { c as u64 } else { 0 });
                    let args64 = [Val::I64(x), Val::I64(y), Val::I64(c)];
                    // `I64XorShrUA` was dropped (never executed): shift, then xor.
                    let form64 = if form == "ShrU" && suffix.starts_with('A') {
                        "I64XorA".to_string()
                    } else {
                        format!("I64Xor{form}{suffix}")
                    };
                    check(&wat("i64"), &form64, &args64, Val::I64(want64 as i64));
                }
            }
        }
    }
}

/// `x ^= x >> k` on the value just computed reads `x` only from the accumulator (the `Self`
/// forms), in both shift directions and widths.
#[test]
fn xorshift_steps_on_the_value_just_computed() {
    let body = "(T.xor (local.tee 0 (T.add (local.get 0) (local.get 1))) (T.S (local.get 0) (T.const K)))";
    for (shift, form) in [("shr_u", "ShrU"), ("shl", "Shl")] {
        for &a in &EDGES {
            for k in [0i64, 1, 12, 25, 27, 31, 32, 33, 63, 64, 70] {
                let wat = |ty: &str| {
                    format!(
                        "(module (func (export \"f\") (param {ty} {ty}) (result {ty}) {}))",
                        body.replace('T', ty).replace('S', shift).replace('K', &k.to_string())
                    )
                };
                let b = 0x5555_0000_0000_1234i64;
                let x32 = (a as u32).wrapping_add(b as u32);
                let s32 = if form == "Shl" { x32.wrapping_shl(k as u32) } else { x32.wrapping_shr(k as u32) };
                let args32 = [Val::I32(a as i32), Val::I32(b as i32)];
                check(&wat("i32"), &format!("I32Xor{form}Self "), &args32, Val::I32((x32 ^ s32) as i32));
                let x64 = (a as u64).wrapping_add(b as u64);
                let s64 = if form == "Shl" { x64.wrapping_shl(k as u32) } else { x64.wrapping_shr(k as u32) };
                check(
                    &wat("i64"),
                    &format!("I64Xor{form}Self "),
                    &[Val::I64(a), Val::I64(b)],
                    Val::I64((x64 ^ s64) as i64),
                );
            }
        }
    }
}

/// Runs `f` (no parameters, one i32 result) of `wat` on every backend; returns the result and
/// the bytecode of function 0.
fn run_i32(wat: &str) -> (i32, String) {
    let mut seen = None;
    for engine in engines() {
        let module = Module::from_wat(&engine, wat).unwrap_or_else(|e| panic!("{wat}: {e}"));
        let code = module.disassemble(0).unwrap();
        let mut store = Store::new(&engine, ());
        let inst = Linker::new(module.engine()).instantiate(&mut store, &module).unwrap();
        let f = inst.get_func(&store, "f").unwrap();
        let mut out = [Val::I32(0)];
        f.call(&mut store, &[], &mut out).unwrap();
        let Val::I32(v) = out[0] else { panic!("not an i32") };
        if let Some((w, _)) = &seen {
            assert_eq!(*w, v, "backends disagree on {wat}");
        }
        seen = Some((v, code));
    }
    seen.unwrap()
}

/// A store of zero into a local that still holds its initial zero is dropped, but only on the
/// path straight from the entry: after a loop header, a joined branch or a write it stays.
#[test]
fn zero_stores_into_untouched_locals() {
    // Zero stores into locals 0 and 1 (temporaries sit above the locals).
    let zeros = |code: &str| {
        code.matches("Const32 { dst: 0, imm: 0 }").count() + code.matches("Const32 { dst: 1, imm: 0 }").count()
    };
    // Straight from the entry, past a conditional branch: dropped.
    let (v, code) = run_i32(
        "(module (func (export \"f\") (result i32) (local i32 i32)
            (block (br_if 0 (i32.const 0)) (local.set 0 (i32.const 0)) (local.set 1 (i32.const 0)))
            (i32.add (local.get 0) (i32.const 7))))",
    );
    assert_eq!(v, 7);
    assert_eq!(zeros(&code), 0, "{code}");
    // In a loop the local is written on the previous iteration: kept.
    let (v, code) = run_i32(
        "(module (func (export \"f\") (result i32) (local $x i32) (local $sum i32) (local $n i32)
            (loop $top
                (local.set $x (i32.const 0))
                (local.set $sum (i32.add (local.get $sum) (local.get $x)))
                (local.set $x (i32.const 5))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (br_if $top (i32.lt_u (local.get $n) (i32.const 3))))
            (i32.add (local.get $sum) (local.get $x))))",
    );
    assert_eq!(v, 5, "sum of the reads (0 each) plus the last x");
    assert!(zeros(&code) >= 1, "{code}");
    // After a block whose branch carried a write: kept.
    let (v, _) = run_i32(
        "(module (func (export \"f\") (result i32) (local $x i32)
            (block (local.set $x (i32.const 9)) (br_if 0 (i32.const 1)))
            (local.set $x (i32.const 0))
            (local.get $x)))",
    );
    assert_eq!(v, 0);
    // Written earlier in the prologue (by a constant, or by arithmetic): kept.
    for earlier in
        ["(i32.const 3)", "(i32.add (global.get $g) (i32.const 4))", "(i32.mul (global.get $g) (global.get $g))"]
    {
        let (v, _) = run_i32(&format!(
            "(module (global $g (mut i32) (i32.const 6)) (func (export \"f\") (result i32) (local $x i32)
                (local.set $x {earlier})
                (local.set $x (i32.const 0))
                (local.get $x)))"
        ));
        assert_eq!(v, 0, "after {earlier}");
    }
    // Written by a fused add-and-branch on the fall-through path: kept.
    let (v, _) = run_i32(
        "(module (func (export \"f\") (result i32) (local $x i32)
            (block (br_if 0 (i32.gt_u (local.tee $x (i32.add (local.get $x) (i32.const 1))) (i32.const 5))))
            (local.set $x (i32.const 0))
            (local.get $x)))",
    );
    assert_eq!(v, 0);
}

#[test]
fn stores_of_64_bit_constants_take_the_whole_constant() {
    // Any 64-bit constant is the store's immediate (NaN-boxed tags such as `3 << 32`), at the
    // edge of memory too; the load back sees every bit.
    for k in [0i64, -1, 7, 0x8000_0000, 0xffff_ffff, 3 << 32, -38_654_705_664, i64::MIN, i64::MAX] {
        for addr in [0i32, 8, 65_528] {
            let wat = format!(
                "(module (memory 1) (func (export \"f\") (param i32) (result i64)
                   (i64.store offset=0 (local.get 0) (i64.const {k}))
                   (i64.load (local.get 0))))"
            );
            check(&wat, "Store64Imm {", &[Val::I32(addr)], Val::I64(k));
            let wat = format!(
                "(module (memory 1) (func (export \"f\") (param i32) (result i64)
                   (f64.store (local.get 0) (f64.const {}))
                   (i64.load (local.get 0))))",
                f64::from_bits(k as u64)
            );
            if f64::from_bits(k as u64).is_finite() {
                check(&wat, "Store64Imm", &[Val::I32(addr)], Val::I64(k));
            }
        }
        // One past the edge traps instead of writing.
        let wat = format!(
            "(module (memory 1) (func (export \"f\") (param i32) (result i64)
               (i64.store (local.get 0) (i64.const {k})) (i64.const 1)))"
        );
        for got in outcome(&wat, &[Val::I32(65_529)], 1) {
            assert!(got.starts_with("trap: ") && got.contains("out of bounds"), "{wat}: {got}");
        }
    }
}

#[test]
fn an_add_then_a_jump() {
    // `i += k; continue` (an interpreter loop's `pc += k` before its jump back to the dispatch)
    // is one instruction that writes the sum and jumps. With a label between the add and the
    // jump (a branch target) they stay two. The loop adds up i = 0, k, 2k, ... below n (unsigned; the sum wraps), so
    // both the stored sum and the jump are checked.
    let func = |step: i32, label_between: bool| {
        let add = format!("(local.set 2 (i32.add (local.get 2) (i32.const {step})))");
        // A block whose end (a label: the `br_if` may branch there) lies between the add and
        // the jump. The `br_if` is never taken here (its condition is param 1, always 0).
        let add = if label_between { format!("(block $b (br_if $b (local.get 1)) {add})") } else { add };
        format!(
            "(module (func (export \"f\") (param i32 i32) (result i32) (local i32 i32)
               (block $done
                 (loop $next
                   (br_if $done (i32.ge_u (local.get 2) (local.get 0)))
                   (local.set 3 (i32.add (local.get 3) (local.get 2)))
                   {add}
                   (br $next)))
               (local.get 3)))"
        )
    };
    for step in [1i32, 3, 1000, 0x4000_0000] {
        for n in [0u32, 1, 2, 10, 1001, 0x8000_0001] {
            if (n / step as u32) > 100_000 {
                continue; // too many iterations for a test
            }
            // (No step wraps i around before it reaches n.)
            let (mut i, mut sum) = (0u32, 0u32);
            while i < n {
                sum = sum.wrapping_add(i);
                i += step as u32;
            }
            let expected = Val::I32(sum as i32);
            check(&func(step, false), "I32AddImmBr {", &[Val::I32(n as i32), Val::I32(0)], expected);
            let code = Module::from_wat(&engines()[0], &func(step, true)).unwrap().disassemble(0).unwrap();
            assert!(!code.contains("I32AddImmBr {"), "{code}");
            check(&func(step, true), "I32AddImm {", &[Val::I32(n as i32), Val::I32(0)], expected);
        }
    }
}

#[test]
fn add_of_a_constant_to_the_i32_in_memory() {
    // Load, add a constant, store back at the same address: one instruction, in each of its
    // forms (address in a register or in the accumulator; the sum in a register, only in the
    // accumulator, or the loaded value kept instead). The plain version has an empty block
    // between the load and the add. Every address near the edges of memory and past 2^32:
    // traps are those of the load (nothing stored).
    let addrs = [0i32, 4, 8, 100, 65528, 65532, 65533, 65535, -4, -1, i32::MIN];
    let seeds = [0i32, 1, -1, 0x7fff_ffff, i32::MIN];
    let cases: Vec<[Val; 2]> =
        addrs.iter().flat_map(|&a| seeds.iter().map(move |&s| [Val::I32(a), Val::I32(s)])).collect();
    let via = "(local.tee 3 (i32.load (i32.const 8)))";
    for (form, addr, value) in [
        ("I32AddImmMemR {", "(local.get 0)", "(i32.add LOAD GAP (i32.const IMM))"),
        ("I32AddImmMem {", "(local.get 0)", "(local.tee 2 (i32.add LOAD GAP (i32.const IMM)))"),
        ("I32AddImmMemAR {", via, "(i32.add LOAD GAP (i32.const IMM))"),
        ("I32AddImmMemA {", via, "(local.tee 2 (i32.add LOAD GAP (i32.const IMM)))"),
        ("I32FetchAddImmMem {", "(local.get 0)", "(i32.add (local.tee 2 LOAD) GAP (i32.const IMM))"),
        ("I32FetchAddImmMemA {", via, "(i32.add (local.tee 2 LOAD) GAP (i32.const IMM))"),
    ] {
        let load_addr = if addr == via { "(local.get 3)" } else { "(local.get 0)" };
        for offset in [0, 4] {
            for imm in [1i64, -1, i32::MIN as i64] {
                let func = |gap: &str| {
                    let value = value
                        .replace("LOAD", &format!("(i32.load offset={offset} {load_addr})"))
                        .replace("GAP", gap)
                        .replace("IMM", &imm.to_string());
                    format!(
                        "(module (memory 1) (func (export \"f\") (param i32 i32) (result i64) (local i32 i32)
                           (if (i32.lt_u (local.get 0) (i32.const 65520))
                             (then (i32.store offset={offset} (local.get 0) (local.get 1))))
                           (i32.store (i32.const 8) (local.get 0))
                           (i32.store offset={offset} {addr} {value})
                           (i64.or (i64.shl (i64.extend_i32_u (local.get 2)) (i64.const 32))
                                   (i64.extend_i32_u (i32.load offset={offset} (local.get 0))))))"
                    )
                };
                assert_same_as_plain(
                    &func(""),
                    &func("(block)"),
                    form,
                    &cases,
                    &format!("{form} offset={offset} {imm}"),
                );
            }
        }
    }
}

#[test]
fn br_table_with_the_index_bias_folded_in() {
    // `br_table` on `x + c`: the index wraps at 32 bits, and everything at or past the last
    // entry (unsigned) takes the default.
    let xs = [0i32, 1, 2, 3, 4, 5, 6, -1, -2, -3, -5, i32::MAX, i32::MIN, i32::MIN + 3];
    let cases: Vec<[Val; 2]> = xs.iter().map(|&x| [Val::I32(x), Val::I32(0)]).collect();
    for imm in [-3i32, 5, -1, i32::MIN, i32::MAX] {
        for (form, index) in [
            ("BrTableAddImm {", "(i32.add (local.get 0) (i32.const IMM))"),
            ("BrTableAddImmA {", "(i32.add (i32.mul (local.get 0) (local.get 1)) (i32.const IMM))"),
        ] {
            let func = |gap: &str| {
                let index = index.replace("IMM", &imm.to_string());
                format!(
                    "(module (func (export \"f\") (param i32 i32) (result i32)
                       (block (block (block (block (br_table 0 1 2 3 {index} {gap}))
                         (return (i32.const 10))) (return (i32.const 11))) (return (i32.const 12)))
                       (i32.const 99)))"
                )
            };
            // The acc form multiplies by the second argument: 1 here.
            let cases: Vec<[Val; 2]> = cases.iter().map(|[x, _]| [*x, Val::I32(1)]).collect();
            assert_same_as_plain(&func(""), &func("(block)"), form, &cases, &format!("{form} {imm}"));
        }
    }
}

#[test]
fn br_table_on_a_loaded_index() {
    // `switch (table[i] + c)`, an interpreter's dispatch: the load is part of the table jump,
    // and a bias of -1..=-64 becomes that many default entries at the front of the table. The
    // index wraps at 32 bits, everything at or past the last entry takes the default, the load
    // traps out of bounds (its address wraps at 32 bits first).
    let words = [0i32, 1, 2, 3, 4, 5, 6, -1, -2, -3, -5, i32::MAX, i32::MIN, i32::MIN + 3, 64, 65, 66, 67];
    let data: String = words.iter().flat_map(|w| w.to_le_bytes()).map(|b| format!("\\{b:02x}")).collect();
    let mut cases: Vec<Vec<Val>> = (0..words.len() as i32 + 2).map(|i| vec![Val::I32(i), Val::I32(1)]).collect();
    // The last word in bounds, the first out, one whose address wraps to 16 + 4 (word 1).
    for i in [16379, 16380, 0x4000_0001] {
        cases.push(vec![Val::I32(i), Val::I32(1)]);
    }
    for bias in [0i32, -1, -3, -64, -65, 5] {
        let fused = (-64..=0).contains(&bias);
        for (form, index) in
            [("BrTableLoadIdx {", "(local.get 0)"), ("BrTableLoadIdxA {", "(i32.mul (local.get 0) (local.get 1))")]
        {
            let func = |gap: &str| {
                let load = format!("(i32.load (i32.add (i32.shl {index} (i32.const 2)) (i32.const 16)))");
                let index = if bias == 0 { load } else { format!("(i32.add {load} (i32.const {bias}))") };
                format!(
                    "(module (memory 1) (data (i32.const 16) \"{data}\")
                       (func (export \"f\") (param i32 i32) (result i32)
                       (block (block (block (block (br_table 0 1 2 3 {index} {gap}))
                         (return (i32.const 10))) (return (i32.const 11))) (return (i32.const 12)))
                       (i32.const 99)))"
                )
            };
            let (form, absent) = if fused { (form, "") } else { ("BrTableAddImm", "BrTableLoadIdx") };
            assert_same_with_forms(&func(""), &func("(block)"), form, absent, &cases, &format!("{form} {bias}"));
        }
    }
}

#[test]
fn loads_through_a_pointer_stepped_just_before() {
    // `p += k; x = *p` with `p` kept in a local: the add joins the load and still writes `p`.
    // The sum wraps at 32 bits, the access checks bounds on the wrapped address plus the
    // offset, a trap leaves the local as it was (the function's result is lost either way),
    // and the loaded value and the new `p` are both what the separate instructions give.
    let bytes: String = (0u8..64).chain(192u8..208).map(|b| format!("\\{:02x}", b.wrapping_mul(37))).collect();
    let (low, high) = bytes.split_at(64 * 3);
    let ps = [0i32, 4, 12, 40, 65512, 65520, 65524, 65528, 65532, -4, -8, -16, i32::MIN, i32::MAX];
    let cases: Vec<[Val; 2]> = ps.iter().map(|&p| [Val::I32(p), Val::I32(0)]).collect();
    for (form, load, combine) in [
        ("I32LoadAddImmKeep", "i32.load", "(i32.xor {load} (i32.mul (local.get 0) (i32.const 65599)))"),
        (
            "I64LoadAddImmKeep",
            "i64.load",
            "(i32.wrap_i64 (i64.add {load} (i64.shl (i64.extend_i32_u (local.get 0)) (i64.const 17))))",
        ),
        ("I32LoadAddImmKeep", "f32.load", "(i32.xor (i32.reinterpret_f32 {load}) (local.get 0))"),
        (
            "I64LoadAddImmKeep",
            "f64.load",
            "(i32.wrap_i64 (i64.xor (i64.reinterpret_f64 {load}) (i64.extend_i32_u (local.get 0))))",
        ),
    ] {
        for (imm, offset) in [(4, 0), (-8, 8), (16, 65520), (i32::MAX, 0), (i32::MIN, 4)] {
            let func = |gap: bool| {
                let step = format!("(local.tee 0 (i32.add (local.get 0) (i32.const {imm})))");
                let addr = if gap { format!("(block (result i32) {step})") } else { step };
                let load = format!("({load} offset={offset} {addr})");
                let body = combine.replace("{load}", &load);
                format!(
                    "(module (memory 1) (data (i32.const 0) \"{low}\") (data (i32.const 65520) \"{high}\")
                       (func (export \"f\") (param i32 i32) (result i32) {body}))"
                )
            };
            assert_same_as_plain(&func(false), &func(true), form, &cases, &format!("{load} {imm} {offset}"));
        }
    }
}

#[test]
fn copy_then_add_and_jump() {
    // A loop's back edge `p = q; q = q + c`: both registers carry the right values into the
    // next iteration (the add wraps at 32 bits), also when the copy's destination is the add's.
    let xs = [0i32, 1, -1, 7, i32::MAX, i32::MIN, -3];
    let cases: Vec<[Val; 2]> = xs.iter().flat_map(|&a| xs.iter().map(move |&b| [Val::I32(a), Val::I32(b)])).collect();
    for imm in [1i32, -1, 5, i32::MAX, i32::MIN] {
        for (copy_to, add_to) in [("2", "0"), ("2", "2")] {
            let func = |gap: &str| {
                format!(
                    "(module (func (export \"f\") (param i32 i32) (result i32) (local i32 i32)
                       (loop $l
                         (local.set 3 (i32.add (local.get 3) (i32.const 1)))
                         (local.set 1 (i32.add (i32.rotl (local.get 1) (i32.const 5))
                                               (i32.xor (local.get 2) (i32.mul (local.get 0) (i32.const 3)))))
                         (if (i32.lt_u (local.get 3) (i32.const 5))
                           (then (local.set {copy_to} (local.get 0)) {gap}
                                 (local.set {add_to} (i32.add (local.get 0) (i32.const {imm})))
                                 (br $l))))
                       (i32.xor (local.get 1) (i32.add (local.get 2) (local.get 0)))))"
                )
            };
            assert_same_as_plain(
                &func(""),
                &func("(block)"),
                "CopyAddImmBr {",
                &cases,
                &format!("{imm} {copy_to} {add_to}"),
            );
        }
    }
}
