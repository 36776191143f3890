//! A simple reducer for disagreements: drops the calls before the disagreeing one when the
//! disagreement persists without them, then replaces function bodies with `unreachable` one at
//! a time, keeping each replacement that preserves a disagreement at the same call. (No
//! instruction-level reduction: the function-level result plus the `.wat` is usually small
//! enough to read.)

use crate::diff::{Call, Oracle, check_module_with};

/// A reduced reproducer.
#[derive(Debug, Clone)]
pub struct Reduced {
    /// The module.
    pub wasm: Vec<u8>,
    /// The call sequence (the last call disagrees; empty for instantiation disagreements).
    pub calls: Vec<Call>,
}

fn disagrees_at_last(oracle: Oracle, wasm: &[u8], calls: &[Call]) -> bool {
    let run = check_module_with(oracle, wasm, 0, Some(calls));
    match &run.disagreement {
        Some(d) => match d.call {
            Some(i) => i + 1 == calls.len(),
            None => calls.is_empty(),
        },
        None => false,
    }
}

/// The number of defined function bodies in `wasm`.
fn body_count(wasm: &[u8]) -> usize {
    let mut n = 0;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let Ok(wasmparser::Payload::CodeSectionEntry(_)) = payload {
            n += 1;
        }
    }
    n
}

/// `wasm` with body `index` (among defined functions) replaced by `unreachable`.
pub fn stub_body(wasm: &[u8], index: usize) -> Option<Vec<u8>> {
    let mut module = wasm_encoder::Module::new();
    let mut code: Option<wasm_encoder::CodeSection> = None;
    let mut i = 0;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.ok()?;
        match payload {
            wasmparser::Payload::CodeSectionStart { .. } => code = Some(wasm_encoder::CodeSection::new()),
            wasmparser::Payload::CodeSectionEntry(body) => {
                let section = code.as_mut()?;
                if i == index {
                    let mut f = wasm_encoder::Function::new([]);
                    f.instruction(&wasm_encoder::Instruction::Unreachable);
                    f.instruction(&wasm_encoder::Instruction::End);
                    section.function(&f);
                } else {
                    let range = body.range();
                    section.raw(&wasm[range.start as usize..range.end as usize]);
                }
                i += 1;
            }
            wasmparser::Payload::Version { .. } | wasmparser::Payload::End(_) => {}
            other => {
                if let Some(section) = code.take() {
                    module.section(&section);
                }
                if let Some((id, range)) = other.as_section() {
                    module.section(&wasm_encoder::RawSection {
                        id,
                        data: &wasm[range.start as usize..range.end as usize],
                    });
                }
            }
        }
    }
    if let Some(section) = code.take() {
        module.section(&section);
    }
    Some(module.finish())
}

/// Reduces a disagreement with wasmi of `wasm` at the last of `calls` (see the module docs).
pub fn reduce(wasm: &[u8], calls: &[Call]) -> Reduced {
    reduce_with(Oracle::Wasmi, wasm, calls)
}

/// Reduces a disagreement with `oracle`, as [`reduce`].
pub fn reduce_with(oracle: Oracle, wasm: &[u8], calls: &[Call]) -> Reduced {
    let mut best = Reduced { wasm: wasm.to_vec(), calls: calls.to_vec() };
    if !disagrees_at_last(oracle, wasm, calls) {
        return best;
    }
    if let Some(last) = calls.last()
        && calls.len() > 1
        && disagrees_at_last(oracle, wasm, std::slice::from_ref(last))
    {
        best.calls = vec![last.clone()];
    }
    // Drop single earlier calls while the disagreement persists.
    let mut i = 0;
    while i + 1 < best.calls.len() {
        let mut shorter = best.calls.clone();
        shorter.remove(i);
        if disagrees_at_last(oracle, &best.wasm, &shorter) {
            best.calls = shorter;
        } else {
            i += 1;
        }
    }
    for index in 0..body_count(&best.wasm) {
        if let Some(candidate) = stub_body(&best.wasm, index)
            && disagrees_at_last(oracle, &candidate, &best.calls)
        {
            best.wasm = candidate;
        }
    }
    best
}
