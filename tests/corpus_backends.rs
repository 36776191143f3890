//! The benchmark corpus (real clang output: calls, loops, br_table, floats, bulk memory, host
//! calls) run through the embedding API on both backends, the threaded one on a small thread
//! stack: the outputs must be identical and match what other runtimes print, and a handler
//! that stopped tail-calling would overflow that stack within a few thousand instructions.
//! Exercises far more handler shapes (fused, immediate and accumulator forms) than the
//! hand-written tests.

use regwasm::wasi::{self, OutputPipe, WasiCtx, WasiCtxBuilder};
use regwasm::{Backend, Config, Engine, Linker, Module, Store};

/// Small arguments: each program runs in well under a second even in debug builds. The last
/// line each prints, as wasmi 2.0.0 and wasmtime 48.0.8 print it for the same argument.
const PROGRAMS: [(&str, &str, &str); 13] = [
    ("fib", "18", "fib(18) = 2584"),
    ("collatz", "3000", "collatz(3000): total=215063 longest=2919 (216 steps)"),
    ("sieve", "30000", "sieve(30000): primes=3245 checksum=1644331104"),
    ("bytecode_vm", "3000", "bytecode_vm(3000) = 1626908796"),
    ("nbody", "2000", "nbody(2000): -0.169075164 -0.169071607"),
    ("mandelbrot", "48", "mandelbrot(48): iters=83992 hash=2537d451"),
    ("matmul", "24", "matmul(24): checksum=16571634261713543101"),
    ("sort", "3000", "sort(3000): 14873803261824802871 3847473329741851949"),
    ("memops", "3000", "memops(3000): sum=665371 hash=8290592046182386185"),
    ("indirect", "30000", "indirect(30000) = 518562301"),
    ("hash", "1", "hash(1) = dc141aacd20d81dd"),
    ("printf_lines", "40", "printf_lines(40): hash=526f12cf"),
    ("bigprog", "3", "bigprog(3): acc=3921396714 mem=1888952634"),
];

/// Runs `_start` of a corpus program; returns its exit code and stdout.
fn run(backend: Backend, name: &str, arg: &str) -> (i32, Vec<u8>) {
    let path = format!("{}/benches/programs/{name}.wasm", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let engine = Engine::new(Config { backend, ..Config::default() });
    let module = Module::new(&engine, &bytes).unwrap();
    let out = OutputPipe::new();
    let ctx = WasiCtxBuilder::new().args([name, arg]).stdout(out.clone());
    let mut store = Store::new(&engine, ctx.build());
    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance.get_func(&store, "_start").unwrap();
    let code = wasi::exit_code(start.call(&mut store, &[], &mut [])).unwrap();
    (code, out.contents())
}

#[test]
fn corpus_runs_the_same_on_both_backends_and_on_a_small_stack() {
    for (name, arg, expected) in PROGRAMS {
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
        let output = String::from_utf8_lossy(&threaded.1);
        assert_eq!(output.lines().last(), Some(expected), "{name} {arg}: wrong result");
    }
}
