//! Runs the embedding examples (`examples/plugin_host.rs`, `examples/wasi_host.rs`), which
//! assert their own behaviour: host state, typed host functions and calls, strings through
//! memory, per-plugin limits and fuel; a shared linker serving stores on several threads with
//! captured stdout.

#[path = "../examples/plugin_host.rs"]
mod plugin_host;
#[path = "../examples/wasi_host.rs"]
mod wasi_host;

#[test]
fn plugin_host_example_runs() {
    plugin_host::main();
}

#[test]
fn wasi_host_example_runs() {
    wasi_host::main();
}
