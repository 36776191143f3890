//! The benchmark corpus (real clang output: calls, loops, br_table, floats, bulk memory, host
//! calls) run through the embedding API on both backends, the threaded one on a small thread
//! stack: the outputs must be identical, and a handler that stopped tail-calling would overflow
//! that stack within a few thousand instructions. Exercises far more handler shapes (fused,
//! immediate and accumulator forms) than the hand-written tests.

use regwasm::wasi::{self, OutputPipe, WasiCtx};
use regwasm::{Backend, Config, Engine, Linker, Module, Store};

/// Small arguments: each program runs in well under a second even in debug builds.
const PROGRAMS: [(&str, &str); 13] = [
    ("fib", "18"),
    ("collatz", "3000"),
    ("sieve", "30000"),
    ("bytecode_vm", "3000"),
    ("nbody", "2000"),
    ("mandelbrot", "48"),
    ("matmul", "24"),
    ("sort", "3000"),
    ("memops", "3000"),
    ("indirect", "30000"),
    ("hash", "1"),
    ("printf_lines", "40"),
    ("bigprog", "3"),
];

/// Runs `_start` of a corpus program; returns its exit code and stdout.
fn run(backend: Backend, name: &str, arg: &str) -> (i32, Vec<u8>) {
    let path = format!("{}/benches/programs/{name}.wasm", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let engine = Engine::new(Config { backend, ..Config::default() });
    let module = Module::new(&engine, &bytes).unwrap();
    let out = OutputPipe::new();
    let ctx = WasiCtx::new().args([name, arg]).stdout(out.clone());
    let mut store = Store::new(&engine);
    let mut linker = Linker::new();
    wasi::add_to_linker(&mut linker, &mut store, ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance.get_func(&store, "_start").unwrap();
    let code = wasi::exit_code(start.call(&mut store, &[], &mut [])).unwrap();
    (code, out.contents())
}

#[test]
fn corpus_runs_the_same_on_both_backends_and_on_a_small_stack() {
    for (name, arg) in PROGRAMS {
        let threaded = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || run(Backend::Threaded, name, arg))
            .unwrap()
            .join()
            .unwrap_or_else(|_| panic!("{name} failed on the threaded backend"));
        let looped = run(Backend::Loop, name, arg);
        assert_eq!(threaded.0, 0, "{name} exit code");
        assert!(!threaded.1.is_empty(), "{name} printed nothing");
        assert_eq!(
            String::from_utf8_lossy(&threaded.1),
            String::from_utf8_lossy(&looped.1),
            "{name} {arg}: threaded and loop backends disagree"
        );
    }
}
