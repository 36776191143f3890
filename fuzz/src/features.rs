//! The Wasm feature set the fuzzer generates: one switch per proposal. Today the Wasm 2.0 set
//! (SIMD included) is on, with the Wasm 3.0 tail calls, extended constant expressions,
//! multi-memory and memory64 (64-bit memories and, coupled with them in wasm-smith, 64-bit
//! tables), all also on in the oracle, wasmi 2.0.0 with its `simd` and (default) `memory64`
//! features; relaxed SIMD is not generated: its results may differ between engines by design.
//! Each later feature regwasm gains adds a switch here, turned on in [`Features::default`]
//! when regwasm supports it.
//!
//! Exception handling (`tag`, `throw`, `throw_ref`, `try_table` with all four catch kinds,
//! `exnref` values, locals, globals, tables, params and results) is generated only against
//! the wasmtime oracle (`--oracle wasmtime`, see `Oracle::features`): wasmi 2.0.0 has none.
//!
//! Typed function references (which regwasm runs) are not generated: wasm-smith 0.263 enables
//! them only together with GC (`gc_enabled` sets both), which regwasm refuses, and the oracle,
//! wasmi 2.0.0, has neither. The official `function-references` suite and `tests/func_refs.rs`
//! cover them instead.

/// Which proposals generated modules may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Features {
    /// Multiple results and block parameters.
    pub multi_value: bool,
    /// `memory.copy/fill/init`, `data.drop`, table bulk ops.
    pub bulk_memory: bool,
    /// funcref/externref values, multiple tables, `table.*` ops.
    pub reference_types: bool,
    /// `i32.extend8_s` and friends.
    pub sign_extension: bool,
    /// `*.trunc_sat_*`.
    pub saturating_float_to_int: bool,
    /// Importable/exportable mutable globals.
    pub mutable_globals: bool,
    /// Floating-point types and ops.
    pub floats: bool,
    /// 128-bit SIMD (fixed-width).
    pub simd: bool,
    /// `return_call`, `return_call_indirect`.
    pub tail_call: bool,
    /// `i32/i64.add/sub/mul` and `global.get` in constant expressions.
    pub extended_const: bool,
    /// Several memories (up to 3), every memory instruction naming one.
    pub multi_memory: bool,
    /// 64-bit memories (`i64` addresses, offsets and sizes) and 64-bit tables (`i64` indices).
    pub memory64: bool,
    /// Exception handling: tags, `throw`, `throw_ref`, `try_table`, `exnref`.
    pub exceptions: bool,
}

impl Default for Features {
    /// Wasm 2.0, tail calls, extended constants, multi-memory and memory64 (with table64):
    /// what regwasm implements and the oracle runs.
    fn default() -> Self {
        Features {
            multi_value: true,
            bulk_memory: true,
            reference_types: true,
            sign_extension: true,
            saturating_float_to_int: true,
            mutable_globals: true,
            floats: true,
            simd: true,
            tail_call: true,
            extended_const: true,
            multi_memory: true,
            memory64: true,
            // wasmi 2.0.0 has no exception handling; on with the wasmtime oracle.
            exceptions: false,
        }
    }
}

impl Features {
    /// The matching `wasm-smith` configuration (every proposal outside this set off).
    pub fn smith_config(&self) -> wasm_smith::Config {
        wasm_smith::Config {
            multi_value_enabled: self.multi_value,
            bulk_memory_enabled: self.bulk_memory,
            reference_types_enabled: self.reference_types,
            sign_extension_ops_enabled: self.sign_extension,
            saturating_float_to_int_enabled: self.saturating_float_to_int,
            allow_floats: self.floats,
            simd_enabled: self.simd,
            relaxed_simd_enabled: false,
            tail_call_enabled: self.tail_call,
            threads_enabled: false,
            shared_everything_threads_enabled: false,
            exceptions_enabled: self.exceptions,
            gc_enabled: false,
            memory64_enabled: self.memory64,
            custom_page_sizes_enabled: false,
            wide_arithmetic_enabled: false,
            extended_const_enabled: self.extended_const,
            custom_descriptors_enabled: false,
            max_memories: if self.multi_memory { 3 } else { 1 },
            ..wasm_smith::Config::default()
        }
    }
}
