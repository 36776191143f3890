//! The floating-point forms (`isa::fused`, floating-point blocks): float arithmetic with a
//! constant operand, a result stored straight to memory, and memory read-modify-write. The
//! script `tests/float/float_forms.wast` checks their results (one rounding per Wasm op, -0.0,
//! NaN bits, traps before any byte is written) on both dispatch backends, with and without
//! fuel; a second test checks that its module really is translated to each form, so the
//! script keeps testing them.

use regwasm::wast::run_wast_with;
use regwasm::{Backend, Config, Engine, Module, Translation};
use std::path::Path;

fn script() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/float/float_forms.wast");
    std::fs::read_to_string(path).expect("tests/float/float_forms.wast exists")
}

#[test]
fn float_forms_script_passes_on_every_backend() {
    let source = script();
    for config in [
        Config { backend: Backend::Loop, translation: Translation::Eager, ..Config::default() },
        Config { backend: Backend::Threaded, translation: Translation::Lazy, ..Config::default() },
        Config { backend: Backend::Threaded, consume_fuel: true, interruptible: true, ..Config::default() },
    ] {
        let report = run_wast_with(&config, "float_forms.wast", &source, None);
        assert!(
            report.failed == 0 && report.passed > 80,
            "{:?}: {}/{} {:?}",
            config.backend,
            report.passed,
            report.total(),
            report.failures
        );
    }
}

/// The text of the script's module: from `(module` to its matching parenthesis (the module
/// has no strings or comments with parentheses).
fn module_text(source: &str) -> &str {
    let start = source.find("(module").expect("the script has a module");
    let mut depth = 0usize;
    for (i, c) in source[start..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &source[start..=start + i];
                }
            }
            _ => {}
        }
    }
    panic!("unbalanced module text")
}

#[test]
fn the_script_module_is_translated_to_every_float_form() {
    let source = script();
    let engine = Engine::default();
    let module = Module::from_wat(&engine, module_text(&source)).expect("the script module loads");
    let mut code = String::new();
    let mut index = 0;
    while let Some(text) = module.disassemble(index) {
        code.push_str(&text);
        index += 1;
    }
    let forms = [
        "F64AddImm {",
        "F64SubImm {",
        "F64RSubImm {",
        "F64MulImm {",
        "F64DivImm {",
        "F64RDivImm {",
        "F32AddImm {",
        "F32SubImm {",
        "F32RSubImm {",
        "F32MulImm {",
        "F32DivImm {",
        "F32RDivImm {",
        "F64MulImmAR {",
        "F64RSubImmAR {",
        "F32SubImmAR {",
        "F32RDivImmAR {",
        "F64AddStore {",
        "F64SubStore {",
        "F64MulStore {",
        "F64SubStoreA {",
        "F64SubStoreRevA {",
        "F32AddStore {",
        "F32SubStore {",
        "F32MulStore {",
        "F32MulStoreA {",
        "F32SubStoreRevA {",
        "F64AddMem {",
        "F64SubMem {",
        "F64MulMem {",
        "F64AddMemA {",
        "F64MulMemA {",
        "F32AddMem {",
        "F32SubMem {",
        "F32MulMem {",
        "F32AddMemA {",
        "F64AddStoreA {",
    ];
    for form in forms {
        assert!(code.contains(form), "no {form} in\n{code}");
    }
    // A value also written to a local is not stored by the op: the op writes the local.
    assert!(code.contains("F64Add { dst: 3, lhs: 1, rhs: 2 }"), "{code}");
    // Const operands never reach a register.
    assert!(!code.contains("Const64") && !code.contains("Const32"), "{code}");
}
