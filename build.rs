//! Build configuration; nothing is generated here.
//!
//! 1. Enables the threaded (tail-calling) dispatch backend only in optimized builds: without
//!    optimization LLVM does not turn the handlers' tail calls into jumps and deep runs would
//!    overflow the native stack.
//! 2. Inlines the SIMD lane functions into the handlers from opt-level 2 (below).
//! 3. Orders the `regwasm` binary's code: on x86-64 Linux, where rustc links with LLD by
//!    default, the functions that typical runs execute are placed first in `.text` by the
//!    linker-script fragment `link/hot-functions.ld` (written by `benches/code_layout.py`). A
//!    run then maps the ~1.5 MB of code it uses instead of the 64 KB windows around it spread
//!    over the whole text section: less resident memory (benches/README.md, "Code layout").
//!    Patterns the binary has no function for (a stale list) match nothing; unlisted functions
//!    follow the listed ones. Only the package's binaries get the script, never the library an
//!    embedder links. Skipped on other targets, when `RUSTFLAGS` choose a linker, and with
//!    `REGWASM_LINK_ORDER=0`.
use std::env;
use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(regwasm_threaded)");
    println!("cargo::rustc-check-cfg=cfg(regwasm_simd_inline)");
    println!("cargo::rerun-if-changed=build.rs");
    let opt = env::var("OPT_LEVEL").unwrap_or_default();
    if opt != "0" {
        println!("cargo::rustc-cfg=regwasm_threaded");
    }
    // From opt-level 2 on, LLVM keeps the lane arrays of an inlined SIMD lane function in
    // vector registers, so the SIMD handlers inline them (`simd::apply1/2/3`) and still end in
    // a sibling call; at opt-level 1 they stay out of line. Not with debug assertions: their
    // checks take the arrays' addresses, the arrays stay on the stack, and LLVM cannot make a
    // sibling call from such a frame (the handler would call the next one and a long loop
    // would overflow the native stack; `exec::tests::threaded_handlers_dispatch_by_jump_not_call`).
    let debug_assertions = env::var_os("CARGO_CFG_DEBUG_ASSERTIONS").is_some();
    if (opt == "2" || opt == "3") && !debug_assertions {
        println!("cargo::rustc-cfg=regwasm_simd_inline");
    }
    link_order();
}

/// Item 3 of the module comment.
fn link_order() {
    println!("cargo::rerun-if-changed=link/hot-functions.ld");
    println!("cargo::rerun-if-env-changed=REGWASM_LINK_ORDER");
    let target = env::var("TARGET").unwrap_or_default();
    let flags = env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    let custom_linker = flags.contains("linker") || flags.contains("link-self-contained");
    let disabled = env::var("REGWASM_LINK_ORDER").is_ok_and(|v| v == "0");
    if target != "x86_64-unknown-linux-gnu" || custom_linker || disabled {
        return;
    }
    let Ok(manifest_dir) = env::var("CARGO_MANIFEST_DIR") else { return };
    let script = Path::new(&manifest_dir).join("link").join("hot-functions.ld");
    if script.exists() {
        println!("cargo::rustc-link-arg-bins=-Wl,-T,{}", script.display());
    }
}
