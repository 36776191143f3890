//! regwasm runs under valgrind, which users (and `benches/compare.py --callgrind`,
//! `benches/code_layout.py`) use to count and profile guest programs.
//!
//! Regression: a guest's first clock read (`clock_time_get`, which C's `clock()` and `time()`,
//! Flite, CPython and QuickJS all make) killed the process with SIGSEGV under valgrind. rustix
//! looked up the kernel's vDSO through `/proc/self/auxv`, which under valgrind describes
//! valgrind's own process, not the guest's, and read an address valgrind had not mapped. With
//! rustix's `use-libc-auxv` the lookup goes through libc's `getauxval`, which valgrind
//! supplies (without a vDSO, so the clock falls back to the system call).
//!
//! Needs valgrind (`.ci/run` installs it); without it the test says so and passes.

#![cfg(target_os = "linux")]

mod common;
use common::TempDir;
use std::process::Command;

/// Reads every WASI clock, traps unless each read succeeds with a non-zero time, and prints
/// "clocks ok".
const CLOCKS_WAT: &str = r#"(module
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "clocks ok\n")
  (func (export "_start") (local $id i32)
    (loop $each
      (if (call $clock (local.get $id) (i64.const 1) (i32.const 0)) (then unreachable))
      (if (i64.eqz (i64.load (i32.const 0))) (then unreachable))
      (local.set $id (i32.add (local.get $id) (i32.const 1)))
      (br_if $each (i32.lt_u (local.get $id) (i32.const 4))))
    (i32.store (i32.const 8) (i32.const 16))
    (i32.store (i32.const 12) (i32.const 10))
    (if (call $write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 32)) (then unreachable))))
"#;

#[test]
fn guest_clock_reads_work_under_valgrind() {
    if Command::new("valgrind").arg("--version").output().is_err() {
        eprintln!("skipped: valgrind is not installed");
        return;
    }
    let dir = TempDir::new("valgrind");
    let wat = dir.file("clocks.wat", CLOCKS_WAT);
    let out = Command::new("valgrind")
        .args(["--tool=none", "--error-exitcode=99", env!("CARGO_BIN_EXE_regwasm"), "run", &wat])
        .output()
        .expect("spawn valgrind");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stdout: {stdout}\nstderr: {stderr}");
    assert_eq!(stdout, "clocks ok\n");
}

#[test]
fn the_clock_module_runs_natively() {
    // The guest itself is right: it passes without valgrind too (so a failure above is the
    // run under valgrind, not the module).
    let dir = TempDir::new("valgrind-native");
    let wat = dir.file("clocks.wat", CLOCKS_WAT);
    let out = common::regwasm(&["run", &wat]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "clocks ok\n");
}
