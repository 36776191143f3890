//! What to tell a user whose module lacks the function they asked for: the module's exported
//! functions with their signatures, in export order, one per line (`  add: (i32, i32) -> i32`).

use regwasm::{ExportKind, Extern, Module, ValType};

/// The signature of a function as `(PARAMS) -> RESULTS`: a single result without parentheses,
/// none as `()`.
fn signature(params: &[ValType], results: &[ValType]) -> String {
    let list = |v: &[ValType]| v.iter().map(ValType::to_string).collect::<Vec<_>>().join(", ");
    let results = if results.len() == 1 { list(results) } else { format!("({})", list(results)) };
    format!("({}) -> {results}", list(params))
}

/// The exported functions, one `  NAME: SIGNATURE` line each (empty without any).
pub fn function_list(module: &Module) -> Vec<String> {
    module
        .exports()
        .filter(|(_, kind, _)| *kind == ExportKind::Func)
        .map(|(name, _, index)| match module.func_type(index) {
            Some(ty) => format!("  {name}: {}", signature(&ty.params, &ty.results)),
            None => format!("  {name}"),
        })
        .collect()
}

/// `problem` (one line, no final punctuation) followed by the module's exported functions.
pub fn with_function_list(problem: &str, module: &Module) -> String {
    let list = function_list(module);
    if list.is_empty() {
        format!("{problem}; the module exports no functions")
    } else {
        format!("{problem}; exported functions:\n{}", list.join("\n"))
    }
}

/// What kind of item an export is, as a noun with an article.
pub fn kind_name(item: &Extern) -> &'static str {
    match item {
        Extern::Func(_) => "a function",
        Extern::Table(_) => "a table",
        Extern::Memory(_) => "a memory",
        Extern::Global(_) => "a global",
        Extern::Tag(_) => "a tag",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regwasm::Engine;

    #[test]
    fn signatures_and_order() {
        let engine = Engine::default();
        let module = Module::from_wat(
            &engine,
            r#"(module
                 (memory (export "memory") 1)
                 (func (export "add") (param i32 i32) (result i32) local.get 0)
                 (func (export "none"))
                 (func (export "multi") (param f64) (result i64 f32) i64.const 0 f32.const 0)
                 (export "again" (func 0)))"#,
        )
        .unwrap();
        assert_eq!(
            function_list(&module),
            [
                "  add: (i32, i32) -> i32",
                "  none: () -> ()",
                "  multi: (f64) -> (i64, f32)",
                "  again: (i32, i32) -> i32"
            ]
        );
        let empty = Module::from_wat(&engine, "(module (memory (export \"m\") 1))").unwrap();
        assert_eq!(with_function_list("no `_start`", &empty), "no `_start`; the module exports no functions");
    }
}
