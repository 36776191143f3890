//! Modules from `wasm-smith`: the configured feature set, no imports, every item exported,
//! NaNs canonicalized (so float bits are deterministic, see `value`), small memories and tables
//! (so state snapshots stay cheap) and a termination budget: `ensure_termination` adds a fuel
//! global decremented at every loop header and function entry, so every call ends on its own;
//! the global is exported as `fuel` so the driver refills it before each call.

use crate::features::Features;
use crate::rng::Rng;
use arbitrary::Unstructured;

/// Fuel for `ensure_termination`: loop iterations plus function entries over the module's life.
pub const TERMINATION_FUEL: u32 = crate::diff::FUEL_REFILL;

/// The module for `seed`, or `None` when wasm-smith gives up on this input.
pub fn module(features: &Features, seed: u64) -> Option<Vec<u8>> {
    let mut rng = Rng::new(seed, 0x5317);
    let len = 256 + rng.index(4096);
    let data = rng.bytes(len);
    let mut u = Unstructured::new(&data);
    let config = wasm_smith::Config {
        max_imports: 0,
        min_funcs: 1,
        max_funcs: 12,
        max_instructions: 200,
        export_everything: true,
        canonicalize_nans: true,
        max_memory32_bytes: 4 << 16,
        max_memory64_bytes: 4 << 16,
        memory_max_size_required: true,
        max_table_elements: 200,
        table_max_size_required: true,
        max_tables: if features.reference_types { 3 } else { 1 },
        max_data_segments: 8,
        max_element_segments: 8,
        max_elements: 50,
        max_globals: 12,
        max_types: 20,
        ..features.smith_config()
    };
    let mut m = wasm_smith::Module::new(config, &mut u).ok()?;
    let fuel = m.ensure_termination(TERMINATION_FUEL).ok()?;
    export_global(&m.to_bytes(), fuel)
}

/// Adds an export named [`crate::diff::FUEL_EXPORT`] for global `global` to `wasm`, so the
/// driver can refill the termination budget before each call.
pub fn export_global(wasm: &[u8], global: u32) -> Option<Vec<u8>> {
    let mut module = wasm_encoder::Module::new();
    let mut added = false;
    let add_section =
        |module: &mut wasm_encoder::Module, existing: Option<wasmparser::ExportSectionReader<'_>>| -> Option<()> {
            let mut section = wasm_encoder::ExportSection::new();
            if let Some(reader) = existing {
                for e in reader {
                    let e = e.ok()?;
                    let kind = match e.kind {
                        wasmparser::ExternalKind::Func => wasm_encoder::ExportKind::Func,
                        wasmparser::ExternalKind::Table => wasm_encoder::ExportKind::Table,
                        wasmparser::ExternalKind::Memory => wasm_encoder::ExportKind::Memory,
                        wasmparser::ExternalKind::Global => wasm_encoder::ExportKind::Global,
                        wasmparser::ExternalKind::Tag => wasm_encoder::ExportKind::Tag,
                        _ => return None,
                    };
                    section.export(e.name, kind, e.index);
                }
            }
            section.export(crate::diff::FUEL_EXPORT, wasm_encoder::ExportKind::Global, global);
            module.section(&section);
            Some(())
        };
    // Section ids in order; the export section (7) goes after global (6) and before start (8).
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.ok()?;
        match payload {
            wasmparser::Payload::ExportSection(reader) => {
                add_section(&mut module, Some(reader))?;
                added = true;
            }
            wasmparser::Payload::Version { .. } | wasmparser::Payload::End(_) => {}
            wasmparser::Payload::CodeSectionEntry(_) => {}
            other => {
                if let Some((id, range)) = other.as_section() {
                    if !added && matches!(id, 8..=12) {
                        add_section(&mut module, None)?;
                        added = true;
                    }
                    module.section(&wasm_encoder::RawSection {
                        id,
                        data: &wasm[range.start as usize..range.end as usize],
                    });
                }
            }
        }
    }
    if !added {
        add_section(&mut module, None)?;
    }
    Some(module.finish())
}
