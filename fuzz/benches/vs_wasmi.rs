//! Embedding-API comparison with wasmi 2.0 in one criterion run (kept in the fuzz crate, which
//! already depends on wasmi, so `cargo test` of the engine does not build it):
//! - `typed_call/`   one host→wasm call of a trivial export through each engine's `TypedFunc`;
//! - `per_request/`  a fresh store and an instance of a module with four host-function imports,
//!   a memory and a data segment, from a linker built once (regwasm: `InstancePre`, imports
//!   resolved once; wasmi 2.0 has no pre-instantiation: `Linker::instantiate_and_start`).
//!
//! Run with `cargo bench -p regwasm-fuzz --bench vs_wasmi`. Note: this crate builds wasmi with
//! its `portable-dispatch` feature (see Cargo.toml); these benches measure call entry and
//! instantiation, where the dispatch style does not enter.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const WAT: &str = r#"(module
  (import "env" "a" (func (param i32) (result i32)))
  (import "env" "b" (func (param i32 i32) (result i32)))
  (import "env" "c" (func (param i64)))
  (import "env" "d" (func (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello, world")
  (func (export "nop") (param i32) (result i32) (local.get 0)))"#;

fn typed_call(c: &mut Criterion) {
    let mut group = c.benchmark_group("typed_call");
    let wasm = wat::parse_str(WAT).unwrap();

    let engine = regwasm::Engine::default();
    let module = regwasm::Module::new(&engine, &wasm).unwrap();
    let mut linker: regwasm::Linker<()> = regwasm::Linker::new(&engine);
    linker.func_wrap("env", "a", |x: i32| x).func_wrap("env", "b", |x: i32, y: i32| x + y);
    linker.func_wrap("env", "c", |_: i64| {}).func_wrap("env", "d", || 0i32);
    let mut store = regwasm::Store::new(&engine, ());
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let nop = instance.get_typed_func::<i32, i32>(&store, "nop").unwrap();
    group.bench_function("regwasm", |b| {
        let mut i = 0i32;
        b.iter(|| {
            i = i.wrapping_add(1);
            black_box(nop.call(&mut store, i).unwrap())
        })
    });

    let engine = wasmi::Engine::default();
    let module = wasmi::Module::new(&engine, &wasm).unwrap();
    let linker = wasmi_linker(&engine);
    let mut store = wasmi::Store::new(&engine, ());
    let instance = linker.instantiate_and_start(&mut store, &module).unwrap();
    let nop = instance.get_typed_func::<i32, i32>(&store, "nop").unwrap();
    group.bench_function("wasmi", |b| {
        let mut i = 0i32;
        b.iter(|| {
            i = i.wrapping_add(1);
            black_box(nop.call(&mut store, i).unwrap())
        })
    });
    group.finish();
}

fn wasmi_linker(engine: &wasmi::Engine) -> wasmi::Linker<()> {
    let mut linker = wasmi::Linker::<()>::new(engine);
    linker.func_wrap("env", "a", |x: i32| x).unwrap();
    linker.func_wrap("env", "b", |x: i32, y: i32| x + y).unwrap();
    linker.func_wrap("env", "c", |_: i64| {}).unwrap();
    linker.func_wrap("env", "d", || 0i32).unwrap();
    linker
}

fn per_request(c: &mut Criterion) {
    let mut group = c.benchmark_group("per_request");
    let wasm = wat::parse_str(WAT).unwrap();

    let engine = regwasm::Engine::default();
    let module = regwasm::Module::new(&engine, &wasm).unwrap();
    let mut linker: regwasm::Linker<()> = regwasm::Linker::new(&engine);
    linker.func_wrap("env", "a", |x: i32| x).func_wrap("env", "b", |x: i32, y: i32| x + y);
    linker.func_wrap("env", "c", |_: i64| {}).func_wrap("env", "d", || 0i32);
    let pre = linker.instantiate_pre(&module).unwrap();
    group.bench_function("regwasm", |b| {
        b.iter(|| {
            let mut store = regwasm::Store::new(&engine, ());
            let instance = pre.instantiate(&mut store).unwrap();
            black_box((instance, store))
        })
    });

    let engine = wasmi::Engine::default();
    let module = wasmi::Module::new(&engine, &wasm).unwrap();
    let linker = wasmi_linker(&engine);
    group.bench_function("wasmi", |b| {
        b.iter(|| {
            let mut store = wasmi::Store::new(&engine, ());
            let instance = linker.instantiate_and_start(&mut store, &module).unwrap();
            black_box((instance, store))
        })
    });
    group.finish();
}

criterion_group!(benches, typed_call, per_request);
criterion_main!(benches);
