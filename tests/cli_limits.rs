//! The command line's run limits: `--fuel N` (exit 125) and `--timeout DURATION` (exit 124),
//! each a one-line error, within time bounds; bad values are usage errors (exit 2).

mod common;
use common::{TempDir, example, regwasm};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SPIN: &str = r#"(module (func (export "_start") loop br 0 end))"#;

fn spin_file(dir: &TempDir) -> String {
    let path = dir.path().join("spin.wat");
    std::fs::write(&path, SPIN).unwrap();
    path.display().to_string()
}

#[test]
fn fuel_stops_a_spin_loop() {
    let dir = TempDir::new("fuel-spin");
    let spin = spin_file(&dir);
    let start = Instant::now();
    let out = regwasm(&["run", "--fuel", "1000000", &spin]);
    assert!(start.elapsed() < Duration::from_secs(5), "took {:?}", start.elapsed());
    assert_eq!(out.code, Some(125), "{}", out.stderr);
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("out of fuel"), "{}", out.stderr);
    assert!(out.stderr.contains("spin.wat"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
}

#[test]
fn fuel_is_exact_at_the_command_line() {
    // i32.const, i32.const, i32.add: 3 units.
    let dir = TempDir::new("fuel-exact");
    let path = dir.path().join("add.wat");
    std::fs::write(&path, r#"(module (func (export "f") (result i32) i32.const 1 i32.const 2 i32.add))"#).unwrap();
    let file = path.display().to_string();
    let out = regwasm(&["run", "--fuel", "3", "--invoke", "f", &file]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "3\n"), "{}", out.stderr);
    let out = regwasm(&["run", "--fuel", "2", "--invoke", "f", &file]);
    assert_eq!(out.code, Some(125), "{}", out.stderr);
    // A real program with plenty of fuel behaves as without.
    let out = regwasm(&["run", "--fuel", "100000000", &example("hello.wasm")]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "Hello, world!\n"), "{}", out.stderr);
}

#[test]
fn timeout_stops_a_spin_loop() {
    let dir = TempDir::new("timeout-spin");
    let spin = spin_file(&dir);
    for (limit, min, max) in [("1s", 1000, 1500), ("300ms", 300, 800)] {
        let start = Instant::now();
        let out = regwasm(&["run", "--timeout", limit, &spin]);
        let took = start.elapsed();
        assert_eq!(out.code, Some(124), "{}", out.stderr);
        assert!(out.stderr.starts_with("error: ") && out.stderr.contains("timed out"), "{}", out.stderr);
        assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
        assert!(
            took >= Duration::from_millis(min) && took < Duration::from_millis(max),
            "--timeout {limit} took {took:?}"
        );
    }
}

#[test]
fn timeout_does_not_delay_a_quick_program() {
    let start = Instant::now();
    let out = regwasm(&["run", "--timeout", "1m", "--fuel", "100000000", &example("hello.wasm")]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "Hello, world!\n"), "{}", out.stderr);
    assert!(start.elapsed() < Duration::from_secs(10), "took {:?}", start.elapsed());
}

#[test]
fn timeout_ends_a_guest_blocked_in_a_host_call() {
    // The guest waits on stdin, which stays open: no wasm runs, so the interrupt cannot land;
    // the CLI ends the process after its grace period.
    let wat = r#"(module (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
        (memory (export "memory") 1)
        (func (export "_start")
          i32.const 0 i32.const 16 i32.store i32.const 4 i32.const 64 i32.store
          i32.const 0 i32.const 0 i32.const 1 i32.const 8 call $read drop))"#;
    let dir = TempDir::new("timeout-read");
    let path = dir.path().join("read.wat");
    std::fs::write(&path, wat).unwrap();
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_regwasm"))
        .args(["run", "--timeout", "300ms", &path.display().to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let took = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(124), "{stderr}");
    assert!(stderr.starts_with("error: ") && stderr.contains("timed out"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
}

#[test]
fn bad_fuel_and_timeout_values_are_usage_errors() {
    let hello = example("hello.wasm");
    for (flag, value) in [
        ("--timeout", "1x"),
        ("--timeout", "0"),
        ("--timeout", "0ms"),
        ("--timeout", "-1s"),
        ("--timeout", "abc"),
        ("--timeout", "inf"),
        ("--timeout", "1e3"),
        ("--timeout", "99999999999999999999h"),
        ("--timeout", ""),
        ("--fuel", "-5"),
        ("--fuel", "x"),
        ("--fuel", "18446744073709551616"),
    ] {
        let out = regwasm(&["run", flag, value, &hello]);
        assert_eq!(out.code, Some(2), "{flag} {value}: {}", out.stderr);
        assert!(out.stderr.starts_with("error: ") && out.stderr.contains(flag), "{flag} {value}: {}", out.stderr);
        assert_eq!(out.stderr.lines().count(), 1, "{flag} {value}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{flag} {value}");
    }
    // Valid forms.
    for value in ["2m", "1.5s", "500ms", "10", "1h"] {
        let out = regwasm(&["run", "--timeout", value, &hello]);
        assert_eq!(out.code, Some(0), "--timeout {value}: {}", out.stderr);
    }
}
