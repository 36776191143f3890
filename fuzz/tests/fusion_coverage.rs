//! The shapes generator reaches the translator's fusions: over a fixed range of seeds, every
//! fused instruction family below appears in the translated code of some generated function
//! (counted from `Module::disassemble`, one line per instruction).

use std::collections::BTreeMap;

/// Seeds translated.
const SEEDS: u64 = 300;

/// Fused instruction families (an op counts for the family its name starts with, so
/// `F64AddImmA` counts for `F64AddImm`).
fn families() -> Vec<String> {
    let mut f: Vec<String> = [
        "BrTableAddImm",
        "BrTableLoadIdx",
        "I32LoadAddImmKeep",
        "I64LoadAddImmKeep",
        "I32AddImmMem",
        "I32FetchAddImmMem",
        "CopyAddImmBr",
        "GlobalAddImm",
        "GlobalSetAddImm",
    ]
    .map(String::from)
    .to_vec();
    for t in ["F32", "F64"] {
        for op in ["AddImm", "SubImm", "MulImm", "DivImm", "RSubImm", "RDivImm"] {
            f.push(format!("{t}{op}"));
        }
        for op in ["Add", "Sub", "Mul"] {
            f.push(format!("{t}{op}Store"));
            f.push(format!("{t}{op}Mem"));
        }
    }
    f
}

#[test]
fn shapes_modules_form_every_new_fusion() {
    let engine = regwasm::Engine::default();
    let mut counts: BTreeMap<String, u64> = families().into_iter().map(|f| (f, 0)).collect();
    for seed in 0..SEEDS {
        let wasm = regwasm_fuzz::shapes::module(seed);
        let module = regwasm::Module::new(&engine, &wasm).expect("generated modules load");
        let mut func = 0;
        while let Some(code) = module.disassemble(func) {
            for line in code.lines() {
                let op = line.split_once(": ").map_or(line, |(_, op)| op);
                let name = op.split([' ', '{']).next().unwrap_or("");
                // The longest family that names it (`F64SubStore` for `F64SubStoreRevA`).
                if let Some((_, n)) =
                    counts.iter_mut().filter(|(f, _)| name.starts_with(f.as_str())).max_by_key(|(f, _)| f.len())
                {
                    *n += 1;
                }
            }
            func += 1;
        }
    }
    let missing: Vec<&String> = counts.iter().filter(|(_, n)| **n == 0).map(|(f, _)| f).collect();
    eprintln!("fused ops over {SEEDS} shapes seeds: {counts:?}");
    assert!(missing.is_empty(), "never formed over {SEEDS} seeds: {missing:?}\nall counts: {counts:?}");
}
