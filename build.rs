//! Enables the threaded (tail-calling) dispatch backend only in optimized builds: without
//! optimization LLVM does not turn the handlers' tail calls into jumps and deep runs would
//! overflow the native stack. Nothing else is generated here.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(regwasm_threaded)");
    println!("cargo::rustc-check-cfg=cfg(regwasm_simd_inline)");
    println!("cargo::rerun-if-changed=build.rs");
    let opt = std::env::var("OPT_LEVEL").unwrap_or_default();
    if opt != "0" {
        println!("cargo::rustc-cfg=regwasm_threaded");
    }
    // From opt-level 2 on, LLVM keeps the lane arrays of an inlined SIMD lane function in
    // vector registers, so the SIMD handlers inline them (`simd::apply1/2/3`) and still end in
    // a sibling call; at opt-level 1 they stay out of line. Not with debug assertions: their
    // checks take the arrays' addresses, the arrays stay on the stack, and LLVM cannot make a
    // sibling call from such a frame (the handler would call the next one and a long loop
    // would overflow the native stack; `exec::tests::threaded_handlers_dispatch_by_jump_not_call`).
    let debug_assertions = std::env::var_os("CARGO_CFG_DEBUG_ASSERTIONS").is_some();
    if (opt == "2" || opt == "3") && !debug_assertions {
        println!("cargo::rustc-cfg=regwasm_simd_inline");
    }
}
