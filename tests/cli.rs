//! The command line: exit codes and error messages for every bad input, `--invoke`, `wast`.

mod common;
use common::{TempDir, example, regwasm, regwasm_stdin};

const ADD_WAT: &str = r#"(module
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "mix") (param i64 f32 f64) (result i64 f32 f64)
    local.get 0 local.get 1 local.get 2)
  (func (export "boom") unreachable))"#;

#[test]
fn version_and_help() {
    let v = regwasm(&["--version"]);
    assert_eq!(v.code, Some(0));
    assert!(v.stdout.starts_with("regwasm "), "{}", v.stdout);
    let h = regwasm(&["--help"]);
    assert_eq!(h.code, Some(0));
    assert!(h.stdout.contains("Exit codes:") && h.stdout.contains("134") && h.stdout.contains("Examples:"));
    let h = regwasm(&["run", "--help"]);
    assert_eq!(h.code, Some(0));
    assert!(h.stdout.contains("--dir") && h.stdout.contains("--invoke") && h.stdout.contains("--max-memory"));
}

#[test]
fn hello_shorthand_and_run() {
    for args in [vec![example("hello.wasm")], vec!["run".to_string(), example("hello.wasm")]] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = regwasm(&args);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert_eq!(out.stdout, "Hello, world!\n");
        assert_eq!(out.stderr, "");
    }
}

#[test]
fn bad_flag_is_usage_error() {
    let out = regwasm(&["run", "--no-such-flag", &example("hello.wasm")]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("--no-such-flag"), "{}", out.stderr);
    let out = regwasm(&["run"]);
    assert_eq!(out.code, Some(2));
    let out = regwasm(&[]);
    assert_eq!(out.code, Some(2));
}

#[test]
fn missing_file() {
    let out = regwasm(&["/definitely/not/here.wasm"]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("/definitely/not/here.wasm"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
}

#[test]
fn directory_as_file() {
    let dir = TempDir::new("dirfile");
    let out = regwasm(&[&dir.s()]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains(&dir.s()), "{}", out.stderr);
}

#[test]
fn random_bytes() {
    let dir = TempDir::new("random");
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8 | 0x80).collect();
    let f = dir.file("junk.wasm", bytes);
    let out = regwasm(&[&f]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("junk.wasm"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    // A binary header with a broken body: a validation error.
    let f = dir.file("trunc.wasm", b"\0asm\x01\0\0\0\x01\x05");
    let out = regwasm(&[&f]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("trunc.wasm") && out.stderr.contains("offset"), "{}", out.stderr);
}

#[test]
fn wat_syntax_error() {
    let dir = TempDir::new("watsyntax");
    let f = dir.file("bad.wat", "(module (func (export \"f\") i32.add_oops))");
    let out = regwasm(&[&f]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("bad.wat"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
}

#[test]
fn wat_detected_by_content() {
    let dir = TempDir::new("watcontent");
    // Text in a file with a .wasm extension still works.
    let f = dir.file(
        "text.wasm",
        r#"(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
             (func (export "_start") i32.const 7 call $exit))"#,
    );
    let out = regwasm(&[&f]);
    assert_eq!(out.code, Some(7), "{}", out.stderr);
}

#[test]
fn missing_import_names_module_and_field() {
    let dir = TempDir::new("import");
    let f = dir.file("imp.wat", r#"(module (import "env" "mystery" (func)) (func (export "_start")))"#);
    let out = regwasm(&[&f]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("env::mystery"), "{}", out.stderr);
    // A WASI import with the wrong signature.
    let f = dir.file(
        "sig.wat",
        r#"(module (import "wasi_snapshot_preview1" "fd_write" (func (param i32))) (func (export "_start")))"#,
    );
    let out = regwasm(&[&f]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("wasi_snapshot_preview1::fd_write"), "{}", out.stderr);
}

#[test]
fn trap_exit_code_and_backtrace() {
    let out = regwasm(&[&example("exit.wasm"), "trap"]);
    assert_eq!(out.code, Some(134));
    assert_eq!(out.stdout, "about to trap\n");
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("wasm trap: unreachable"), "{}", out.stderr);
    assert!(out.stderr.contains("wasm backtrace:") && out.stderr.contains("crash"), "{}", out.stderr);

    let dir = TempDir::new("trap");
    let f = dir.file("t.wat", ADD_WAT);
    let out = regwasm(&["run", "--invoke", "boom", &f]);
    assert_eq!(out.code, Some(134));
    assert!(out.stderr.contains("unreachable"), "{}", out.stderr);
}

#[test]
fn uncaught_exception_exit_code_names_the_tag() {
    let dir = TempDir::new("exn");
    let f = dir.file(
        "t.wat",
        r#"(module
             (tag $oops (export "oops") (param i32))
             (func $deep (param i32) (throw $oops (local.get 0)))
             (func (export "go") (param i32) (call $deep (local.get 0)))
             (func (export "caught") (result i32)
               (block $h (result i32)
                 (try_table (catch $oops $h) (call $deep (i32.const 9)))
                 (i32.const -1))))"#,
    );
    let out = regwasm(&["run", "--invoke", "go", &f, "3"]);
    assert_eq!(out.code, Some(134), "{}", out.stderr);
    let first = out.stderr.lines().next().unwrap_or_default();
    assert!(first.starts_with("error: ") && first.contains("uncaught exception (tag `oops`)"), "{}", out.stderr);
    assert!(out.stderr.contains("wasm backtrace:") && out.stderr.contains("deep"), "{}", out.stderr);
    let out = regwasm(&["run", "--invoke", "caught", &f]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "9\n"), "{}", out.stderr);
}

#[test]
fn proc_exit_code_passthrough() {
    for code in ["0", "1", "3", "42", "125"] {
        let out = regwasm(&[&example("exit.wasm"), code]);
        assert_eq!(out.code, Some(code.parse().unwrap()), "{}", out.stderr);
        assert_eq!(out.stdout, format!("exiting with {code}\n"));
    }
    // As in wasmtime, statuses of 126 and more (and negative ones) are a host error: exit 1.
    for code in ["126", "255", "256", "-1"] {
        let out = regwasm(&[&example("exit.wasm"), code]);
        assert_eq!(out.code, Some(1), "{code}: {}", out.stderr);
        assert!(out.stderr.starts_with("error: ") && out.stderr.contains("invalid exit status"), "{}", out.stderr);
    }
}

#[test]
fn invoke_prints_results() {
    let dir = TempDir::new("invoke");
    let f = dir.file("add.wat", ADD_WAT);
    let out = regwasm(&["run", "--invoke", "add", &f, "2", "40"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "42\n");
    let out = regwasm(&["--invoke", "add", &f, "-5", "2"]);
    assert_eq!(out.stdout, "-3\n");
    let out = regwasm(&["--invoke", "mix", &f, "-9000000000", "1.5", "0.1"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "-9000000000\n1.5\n0.1\n");
}

/// A v128 goes in and comes out as one unsigned 128-bit integer (wasmtime's `--invoke` form).
#[test]
fn invoke_v128() {
    let dir = TempDir::new("invokev128");
    let f = dir.file(
        "v.wat",
        r#"(module (func (export "swap") (param v128 i32) (result i32 v128)
            (local.get 1) (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get 0) (local.get 0))))"#,
    );
    let out = regwasm(&["--invoke", "swap", &f, "0x1_0000000000000002", "7"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, format!("7\n{}\n", 2u128 << 64 | 1));
    let out = regwasm(&["--invoke", "swap", &f, "340282366920938463463374607431768211455", "0"]);
    assert_eq!(out.stdout, format!("0\n{}\n", u128::MAX));
    let out = regwasm(&["--invoke", "swap", &f, "-1", "0"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("`-1` is not a valid v128"), "{}", out.stderr);
}

#[test]
fn invoke_errors() {
    let dir = TempDir::new("invokeerr");
    let f = dir.file("add.wat", ADD_WAT);
    let out = regwasm(&["--invoke", "nope", &f]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("nope"), "{}", out.stderr);
    let out = regwasm(&["--invoke", "add", &f, "1"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("2 argument"), "{}", out.stderr);
    let out = regwasm(&["--invoke", "add", &f, "1", "x"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("`x` is not a valid i32"), "{}", out.stderr);
}

#[test]
fn no_start_export() {
    let dir = TempDir::new("nostart");
    let f = dir.file("lib.wat", ADD_WAT);
    let out = regwasm(&[&f]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("_start"), "{}", out.stderr);
}

#[test]
fn initialize_runs_first() {
    let dir = TempDir::new("reactor");
    let f = dir.file(
        "r.wat",
        r#"(module (global $g (mut i32) (i32.const 1))
             (func (export "_initialize") i32.const 41 global.set $g)
             (func (export "get") (result i32) global.get $g i32.const 1 i32.add))"#,
    );
    let out = regwasm(&["--invoke", "get", &f]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "42\n");
}

#[test]
fn bad_env_and_dir() {
    let out = regwasm(&["run", "--env", "=oops", &example("hello.wasm")]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("--env"), "{}", out.stderr);
    let out = regwasm(&["run", "--dir", "/no/such/dir/here", &example("hello.wasm")]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.starts_with("error: ") && out.stderr.contains("/no/such/dir/here"), "{}", out.stderr);
    let out = regwasm(&["run", "--dir", "::/x", &example("hello.wasm")]);
    assert_eq!(out.code, Some(2));
}

#[test]
fn max_stack_and_memory() {
    let dir = TempDir::new("limits");
    let f = dir.file("rec.wat", r#"(module (func $f (export "f") call $f))"#);
    let out = regwasm(&["--max-stack", "100", "--invoke", "f", &f]);
    assert_eq!(out.code, Some(134));
    assert!(out.stderr.contains("call stack exhausted"), "{}", out.stderr);
    let f = dir.file("mem.wat", r#"(module (memory 10) (func (export "_start")))"#);
    let out = regwasm(&["--max-memory", "65536", &f]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("memory"), "{}", out.stderr);
    let out = regwasm(&["--max-memory", "1048576", &f]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
}

#[test]
fn timings_on_stderr() {
    let out = regwasm(&["run", "--timings", &example("hello.wasm")]);
    assert_eq!(out.code, Some(0));
    assert_eq!(out.stdout, "Hello, world!\n");
    assert!(out.stderr.contains("translate ") && out.stderr.contains("execute "), "{}", out.stderr);
}

#[test]
fn guest_args_after_file_are_not_options() {
    let out = regwasm(&["run", "--env", "GREETING=yo", &example("args_env.wasm"), "--dir", "-x"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "argc=3\nargv[0]=args_env.wasm\nargv[1]=--dir\nargv[2]=-x\nenv[0]=GREETING=yo\nGREETING=yo\n"
    );
}

#[test]
fn stdin_pipes_through() {
    let out = regwasm_stdin(&[&example("stdin.wasm")], b"one\ntwo\nthree\n");
    assert_eq!(out.code, Some(0));
    assert_eq!(out.stdout, "ONE\nTWO\nTHREE\nlines=3 bytes=14\n");
}

#[test]
fn wast_subcommand() {
    let dir = TempDir::new("wast");
    let good = dir.file(
        "good.wast",
        r#"(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
           (assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))"#,
    );
    let bad = dir.file(
        "bad.wast",
        r#"(module (func (export "one") (result i32) i32.const 1))
           (assert_return (invoke "one") (i32.const 2))"#,
    );
    let out = regwasm(&["wast", &good]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.contains("good.wast: 2/2") && out.stdout.ends_with("2 passed, 0 failed\n"), "{}", out.stdout);
    let out = regwasm(&["wast", &good, &bad]);
    assert_eq!(out.code, Some(1));
    assert!(out.stdout.contains("bad.wast: 1/2") && out.stdout.ends_with("3 passed, 1 failed\n"), "{}", out.stdout);
}

/// `--invoke` on a 64-bit table's exports: i64 sizes and indices in and out, an index of 2^32
/// out of bounds (exit code 134), not wrapped to 0.
#[test]
fn invoke_with_a_64_bit_table() {
    let dir = TempDir::new("table64");
    let f = dir.file(
        "t64.wat",
        r#"(module
          (table $t i64 2 funcref)
          (func (export "size") (result i64) (table.size $t))
          (func (export "grow") (param i64) (result i64) (table.grow $t (ref.null func) (local.get 0)))
          (func (export "get") (param i64) (result i32) (ref.is_null (table.get $t (local.get 0)))))"#,
    );
    let run = |args: &[&str]| {
        let mut all = vec!["run", "--invoke"];
        all.extend_from_slice(args);
        regwasm(&all)
    };
    let out = run(&["grow", &f, "4294967296"]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "-1\n"), "{}", out.stderr);
    let out = run(&["grow", &f, "3"]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "2\n"), "{}", out.stderr);
    let out = run(&["get", &f, "1"]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "1\n"), "{}", out.stderr);
    let out = run(&["get", &f, "4294967296"]);
    assert_eq!(out.code, Some(134));
    assert!(out.stderr.contains("out of bounds table access"), "{}", out.stderr);
}
