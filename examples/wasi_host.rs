//! A WASI host serving requests on several threads: the WASI functions are defined once in a
//! shared `Linker`, the module's imports are resolved once (`instantiate_pre`), and each request
//! gets a fresh store whose data is its own WASI context, with stdout captured in memory.
//! Run with `cargo run --example wasi_host` (also run by `cargo test`).

use regwasm::wasi::{self, OutputPipe, WasiCtx, WasiCtxBuilder};
use regwasm::{Engine, Linker, Module, Store};
use std::sync::Arc;

pub fn main() {
    let engine = Engine::default();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/wasi/hello.wasm");
    let module = Module::new(&engine, &std::fs::read(path).expect("hello.wasm")).expect("module loads");
    let mut linker: Linker<WasiCtx> = Linker::new(&engine);
    wasi::add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx);
    let pre = Arc::new(linker.instantiate_pre(&module).expect("imports resolve"));

    let workers: Vec<_> = (0..4)
        .map(|worker| {
            let (engine, pre) = (engine.clone(), pre.clone());
            std::thread::spawn(move || {
                let mut outputs = Vec::new();
                for request in 0..3 {
                    let out = OutputPipe::new();
                    let ctx = WasiCtxBuilder::new().arg("hello").arg(format!("{worker}-{request}")).stdout(out.clone());
                    let mut store = Store::new(&engine, ctx.build());
                    let instance = pre.instantiate(&mut store).expect("instantiates");
                    let start = instance.get_func(&store, "_start").expect("a WASI command");
                    let code = wasi::exit_code(start.call(&mut store, &[], &mut [])).expect("runs");
                    assert_eq!(code, 0);
                    outputs.push(String::from_utf8(out.contents()).expect("utf-8 output"));
                }
                outputs
            })
        })
        .collect();
    for worker in workers {
        for output in worker.join().expect("worker finishes") {
            assert!(output.starts_with("Hello"), "captured stdout: {output:?}");
            print!("{output}");
        }
    }
}
