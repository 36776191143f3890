//! Criterion benchmarks for regwasm's library API.
//!
//! Groups (filter with `cargo bench --bench vm -- GROUP/`):
//! - `translate/`   `Module::new` (decode + validate + translate) on the largest corpus `.wasm`
//!   files, throughput in bytes.
//! - `instantiate/` `Store::new` + stub imports + `Linker::instantiate` of a pre-built module.
//! - `execute/`     small `.wat` kernels under `benches/wat/`, each an exported `run(n)` called
//!   through `Func::call`, sized to run roughly 10 ms per call.
//! - `instantiate/wasi_hello_prebuilt_linker` a fresh store with its WASI context and an
//!   instance of `examples/wasi/hello.wasm` from an `InstancePre` (imports resolved once).
//! - `call/`        wasm→wasm call overhead, wasm→host call overhead (host function made with
//!   `Func::new`, and typed with `Linker::func_wrap`), and host→wasm overhead through
//!   `Func::call` (`host_to_wasm`) and through a `TypedFunc` (`typed`).
//!
//! The C corpus in `benches/programs/` is built by `benches/programs/build.sh`; the `.wasm`
//! files are committed, so this bench needs no C toolchain.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use regwasm::{Engine, Extern, Func, FuncType, ImportKind, Linker, Module, Store, Val, ValType};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn bench_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches")
}

fn read_wat(name: &str) -> String {
    let path = bench_dir().join("wat").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// The corpus `.wasm` files, largest first.
fn corpus_by_size() -> Vec<(String, Vec<u8>)> {
    let dir = bench_dir().join("programs");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e} (run benches/programs/build.sh)", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            if path.extension()? != "wasm" {
                return None;
            }
            let name = path.file_stem()?.to_string_lossy().into_owned();
            Some((name, std::fs::read(&path).ok()?))
        })
        .collect();
    files.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    files
}

/// A linker for `module` where every function import is a stub returning zeros (enough to
/// instantiate the WASI programs without running them).
fn stub_linker(store: &mut Store<()>, module: &Module) -> Linker<()> {
    let mut linker = Linker::new(module.engine());
    let mut func_index = 0u32;
    for import in module.imports() {
        if let ImportKind::Func(_) = import.kind {
            let ty = module.func_type(func_index).expect("import has a type").clone();
            func_index += 1;
            let result_types = ty.results.clone();
            let f = Func::new(&mut *store, ty, move |_caller, _params, results| {
                for (r, t) in results.iter_mut().zip(result_types.iter()) {
                    *r = t.default_value();
                }
                Ok(())
            });
            linker.define(&import.module, &import.name, Extern::Func(f));
        }
    }
    linker
}

fn translate(c: &mut Criterion) {
    let engine = Engine::default();
    let mut group = c.benchmark_group("translate");
    group.sample_size(20).measurement_time(Duration::from_secs(5));
    for (name, bytes) in corpus_by_size().into_iter().take(3) {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&name), &bytes, |b, bytes| {
            b.iter(|| Module::new(&engine, black_box(bytes)).expect("module translates"))
        });
    }
    // A hand-written kernel too: the per-module fixed cost for a tiny module.
    let wasm = wat::parse_str(read_wat("fib.wat")).expect("fib.wat parses");
    group.throughput(Throughput::Bytes(wasm.len() as u64));
    group.bench_function("fib.wat", |b| b.iter(|| Module::new(&engine, black_box(&wasm)).unwrap()));
    group.finish();
}

fn instantiate(c: &mut Criterion) {
    let engine = Engine::default();
    let mut group = c.benchmark_group("instantiate");
    let corpus = corpus_by_size();
    let largest = &corpus[0];
    let smallest = corpus.last().unwrap();
    for (name, bytes) in [largest, smallest] {
        let module = Module::new(&engine, bytes).expect("module translates");
        group.bench_function(name.as_str(), |b| {
            b.iter(|| {
                let mut store = Store::new(&engine, ());
                let linker = stub_linker(&mut store, &module);
                let instance = linker.instantiate(&mut store, &module).expect("instantiates");
                black_box((instance, store))
            })
        });
    }
    let module = Module::from_wat(&engine, &read_wat("memory_sum.wat")).unwrap();
    group.bench_function("memory_sum.wat", |b| {
        b.iter(|| {
            let mut store = Store::new(&engine, ());
            let instance = Linker::new(module.engine()).instantiate(&mut store, &module).unwrap();
            black_box((instance, store))
        })
    });
    group.finish();
}

/// `execute/` kernels: (file, argument n). Each call is sized to take roughly 10 ms.
const KERNELS: &[(&str, i32)] = &[
    ("fib.wat", 26),
    ("loop_sum.wat", 600_000),
    ("br_table.wat", 270_000),
    ("memory_sum.wat", 500_000),
    ("call_indirect.wat", 200_000),
    ("f64_math.wat", 140_000),
];

fn execute(c: &mut Criterion) {
    let engine = Engine::default();
    let mut group = c.benchmark_group("execute");
    group.sample_size(20).measurement_time(Duration::from_secs(4));
    for &(file, n) in KERNELS {
        let module = Module::from_wat(&engine, &read_wat(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut store = Store::new(&engine, ());
        let instance = Linker::new(module.engine()).instantiate(&mut store, &module).unwrap();
        let run = instance.get_func(&store, "run").expect("kernel exports run");
        let name = file.trim_end_matches(".wat");
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut out = [Val::I64(0)];
                run.call(&mut store, &[Val::I32(black_box(n))], &mut out).expect("kernel runs");
                black_box(out[0])
            })
        });
    }
    group.finish();
}

fn call(c: &mut Criterion) {
    const N: i32 = 100_000;
    let engine = Engine::default();
    let module = Module::from_wat(&engine, &read_wat("calls.wat")).unwrap();
    let mut group = c.benchmark_group("call");
    group.throughput(Throughput::Elements(N as u64));

    // The same module twice: `host_add` as a dynamic `Func::new` and as a typed `func_wrap`.
    let mut store = Store::new(&engine, ());
    let host_add = Func::new(
        &mut store,
        FuncType::new([ValType::I32, ValType::I32], [ValType::I32]),
        |_caller, params, results| {
            let (Val::I32(a), Val::I32(b)) = (params[0], params[1]) else { unreachable!() };
            results[0] = Val::I32(a.wrapping_add(b));
            Ok(())
        },
    );
    let mut linker = Linker::new(&engine);
    linker.define("env", "host_add", Extern::Func(host_add));
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let mut typed_linker = Linker::new(&engine);
    typed_linker.func_wrap("env", "host_add", |a: i32, b: i32| a.wrapping_add(b));
    let mut typed_store = Store::new(&engine, ());
    let typed_instance = typed_linker.instantiate(&mut typed_store, &module).unwrap();

    for export in ["wasm_to_wasm", "wasm_to_host"] {
        let f = instance.get_func(&store, export).unwrap();
        group.bench_function(export, |b| {
            b.iter(|| {
                let mut out = [Val::I64(0)];
                f.call(&mut store, &[Val::I32(black_box(N))], &mut out).unwrap();
                black_box(out[0])
            })
        });
    }
    // wasm→host through a typed host function (`Linker::func_wrap`).
    let f = typed_instance.get_typed_func::<i32, i64>(&typed_store, "wasm_to_host").unwrap();
    group.bench_function("wasm_to_host_typed", |b| {
        b.iter(|| black_box(f.call(&mut typed_store, black_box(N)).unwrap()))
    });
    // host→wasm: one `Func::call` of a trivial export per iteration.
    let nop = instance.get_func(&store, "nop").unwrap();
    group.throughput(Throughput::Elements(1));
    group.bench_function("host_to_wasm", |b| {
        let mut i = 0i32;
        b.iter(|| {
            i = i.wrapping_add(1);
            let mut out = [Val::I32(0)];
            nop.call(&mut store, &[Val::I32(i)], &mut out).unwrap();
            black_box(out[0])
        })
    });
    // host→wasm through a `TypedFunc` (signature checked once, no `Val`s).
    let nop = instance.get_typed_func::<i32, i32>(&store, "nop").unwrap();
    group.bench_function("typed", |b| {
        let mut i = 0i32;
        b.iter(|| {
            i = i.wrapping_add(1);
            black_box(nop.call(&mut store, i).unwrap())
        })
    });
    group.finish();
}

/// Per-request instantiation: a fresh store per request, imports resolved once
/// (`Linker::instantiate_pre`, host functions defined once in the linker).
fn per_request(c: &mut Criterion) {
    let engine = Engine::default();
    let mut group = c.benchmark_group("instantiate");
    let bytes = std::fs::read(bench_dir().join("../examples/wasi/hello.wasm")).expect("hello.wasm");
    let module = Module::new(&engine, &bytes).unwrap();
    let mut linker: Linker<regwasm::wasi::WasiCtx> = Linker::new(&engine);
    regwasm::wasi::add_to_linker(&mut linker, |ctx: &mut regwasm::wasi::WasiCtx| ctx);
    let pre = linker.instantiate_pre(&module).unwrap();
    group.bench_function("wasi_hello_prebuilt_linker", |b| {
        b.iter(|| {
            let ctx = regwasm::wasi::WasiCtxBuilder::new().stdout(regwasm::wasi::OutputPipe::new()).build();
            let mut store = Store::new(&engine, ctx);
            let instance = pre.instantiate(&mut store).unwrap();
            black_box((instance, store))
        })
    });
    group.finish();
}

criterion_group!(benches, translate, instantiate, per_request, execute, call);
criterion_main!(benches);
