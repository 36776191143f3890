//! Runs the wasmi version of the plugin host (`examples/plugin_host_wasmi.rs`, the comparison in
//! `docs/embedding-comparison.md`), which asserts the same behaviour as regwasm's example, so
//! the comparison stays between two working hosts.

#[path = "../examples/plugin_host_wasmi.rs"]
mod plugin_host_wasmi;

#[test]
fn wasmi_plugin_host_runs() {
    plugin_host_wasmi::main();
}
