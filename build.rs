//! Enables the threaded (tail-calling) dispatch backend only in optimized builds: without
//! optimization LLVM does not turn the handlers' tail calls into jumps and deep runs would
//! overflow the native stack. Nothing else is generated here.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(regwasm_threaded)");
    println!("cargo::rerun-if-changed=build.rs");
    let opt = std::env::var("OPT_LEVEL").unwrap_or_default();
    if opt != "0" {
        println!("cargo::rustc-cfg=regwasm_threaded");
    }
}
