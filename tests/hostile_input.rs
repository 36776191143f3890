//! Hostile modules and inputs end with a clean error or success in bounded memory and time.
//! Each test generates its module here (nothing big is committed), runs the real CLI on it as
//! a child process, and checks the exit code, the one-line error and the child's peak memory
//! (reported by `--timings` on Linux) against a 1 GB bound.

mod common;
use common::TempDir;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The bound every hostile input must stay under.
const MEMORY_BOUND_KIB: u64 = 1 << 20;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    peak_kib: Option<u64>,
    elapsed: Duration,
}

/// Runs `regwasm run --timings ARGS...` and collects what it reported.
fn run(args: &[&str]) -> Run {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_regwasm"))
        .arg("run")
        .arg("--timings")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("spawn regwasm");
    let elapsed = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let peak_kib = stderr
        .lines()
        .find_map(|l| l.strip_prefix("timings: peak memory "))
        .and_then(|rest| rest.trim_end_matches(" KiB").parse().ok());
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
        peak_kib,
        elapsed,
    }
}

/// Asserts the child stayed under the memory bound (where the platform reports it).
fn assert_bounded(r: &Run) {
    if cfg!(target_os = "linux") {
        let peak = r.peak_kib.unwrap_or_else(|| panic!("no peak memory reported: {}", r.stderr));
        assert!(peak < MEMORY_BOUND_KIB, "peak memory {peak} KiB: {}", r.stderr);
    }
}

/// The error lines of a run (without the timing lines).
fn errors(r: &Run) -> Vec<&str> {
    r.stderr.lines().filter(|l| !l.starts_with("timings:")).collect()
}

fn write_wat(dir: &TempDir, name: &str, wat: &str) -> String {
    let bytes = wat::parse_str(wat).expect("generated module parses");
    dir.file(name, bytes)
}

fn repeat(s: &str, n: usize) -> String {
    s.repeat(n)
}

#[test]
fn br_table_and_br_if_carrying_a_thousand_values_translate_in_bounded_memory() {
    const RESULTS: usize = 1000;
    let dir = TempDir::new("hostile-br");
    let results = repeat(" i32", RESULTS);
    // 100,000 entries alternating between a block (copies needed: its values are locals) and
    // the function (a return).
    let entries = repeat("0 1 ", 50_000);
    let wat = format!(
        "(module (type $t (func (result{results})))
           (func (export \"table\") (param i32) (result{results})
             (block $b (type $t) {gets} (br_table {entries} 0 (local.get 0))))
           (func (export \"brif\") (param i32) (result{results})
             (block $b (type $t) {gets} {brifs} (return))))",
        gets = repeat("(local.get 0)", RESULTS),
        brifs = repeat("(br_if $b (local.get 0))", 40_000),
    );
    let file = write_wat(&dir, "br.wasm", &wat);
    for export in ["table", "brif"] {
        let r = run(&["--invoke", export, &file, "7"]);
        assert_eq!(r.code, Some(0), "{export}: {}", r.stderr);
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert_eq!(lines.len(), RESULTS, "{export}");
        assert!(lines.iter().all(|l| *l == "7"), "{export}: every result is the argument");
        assert_bounded(&r);
    }
}

#[test]
fn tables_beyond_the_store_budget_fail_instantiation_cleanly() {
    let dir = TempDir::new("hostile-tables");
    let wat = format!("(module {} (func (export \"_start\")))", repeat("(table 10000000 funcref)", 1000));
    let file = write_wat(&dir, "tables.wasm", &wat);
    let r = run(&[&file]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    let errs = errors(&r);
    assert_eq!(errs.len(), 1, "{}", r.stderr);
    assert!(errs[0].starts_with("error: ") && errs[0].contains("limit on table elements"), "{}", r.stderr);
    assert_bounded(&r);
}

#[test]
fn table_grow_beyond_the_budget_returns_minus_one_and_fill_stays_bounded() {
    let dir = TempDir::new("hostile-grow");
    // Thirty tables grown to 10M entries each (and filled) would need 2.4 GB: the budget of
    // 32 Mi elements lets three grow, the rest get -1; the run goes on.
    let mut body = String::new();
    for t in 0..30 {
        body += &format!(
            "(local.set 0 (i32.add (local.get 0) (i32.eq (table.grow {t} (ref.null func) (i32.const 10000000)) (i32.const -1))))
             (if (i32.ne (table.size {t}) (i32.const 0))
               (then (table.fill {t} (i32.const 0) (ref.func $f) (i32.const 10000000))))"
        );
    }
    let wat = format!(
        "(module {tables} (func $f) (elem declare func $f)
           (func (export \"grow\") (result i32) (local i32) {body} (local.get 0)))",
        tables = repeat("(table 0 funcref)", 30),
    );
    let file = write_wat(&dir, "grow.wasm", &wat);
    let r = run(&["--max-memory", "65536", "--invoke", "grow", &file]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout.trim(), "27", "27 of the 30 grows are refused");
    assert_bounded(&r);
}

#[test]
fn translation_is_linear_in_operand_stack_height() {
    let dir = TempDir::new("hostile-quadratic");
    // A tall operand stack of pending local reads, then writes to another local and blocks
    // entered over it: each write and each block entry used to scan the whole stack.
    const HEIGHT: usize = 60_000;
    let body = format!(
        "{gets} {sets} {blocks} {drops}",
        gets = repeat("local.get 0 ", HEIGHT),
        sets = repeat("i32.const 1 local.set 1 local.get 1 drop ", HEIGHT),
        blocks = repeat("block end ", HEIGHT),
        drops = repeat("drop ", HEIGHT),
    );
    let file = write_wat(&dir, "tall.wasm", &format!("(module (func (export \"f\") (param i32) (local i32) {body}))"));
    let size = std::fs::metadata(&file).unwrap().len();
    assert!(size > 700_000, "module of {size} bytes");
    let r = run(&["--invoke", "f", &file, "1"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_bounded(&r);
    // Quadratic, this took 23 s in a release build; linear, 0.16 s (the bound leaves room
    // for unoptimized test builds).
    assert!(r.elapsed < Duration::from_secs(5), "took {:?}", r.elapsed);
}

#[test]
fn a_huge_call_depth_limit_grows_the_call_stack_on_demand() {
    let dir = TempDir::new("hostile-depth");
    // No frame cells: only the call-depth limit (clamped by the engine) stops this.
    let file = write_wat(&dir, "rec.wasm", "(module (func $f (export \"_start\") call $f))");
    for depth in ["4294967295", "1000000000"] {
        let r = run(&["--max-stack", depth, &file]);
        assert_eq!(r.code, Some(134), "{}", r.stderr);
        assert!(r.stderr.contains("call stack exhausted"), "{}", r.stderr);
        assert_bounded(&r);
    }
    // A small limit is still exact enough to stop shallow recursion early and cheaply.
    let r = run(&["--max-stack", "1000", &file]);
    assert_eq!(r.code, Some(134), "{}", r.stderr);
    if let Some(peak) = r.peak_kib {
        assert!(peak < 64 << 10, "a 1000-deep stack needs little memory, used {peak} KiB");
    }
}

#[test]
fn endless_or_oversized_files_are_refused_before_reading() {
    if std::path::Path::new("/dev/zero").exists() {
        let r = run(&["/dev/zero"]);
        assert_eq!(r.code, Some(1), "{}", r.stderr);
        assert_eq!(errors(&r), ["error: cannot read `/dev/zero`: not a regular file"]);
        assert_bounded(&r);
    }
    let dir = TempDir::new("hostile-file");
    let path = dir.join("big.wasm");
    // Sparse: no disk space used.
    std::fs::File::create(&path).unwrap().set_len(600 << 20).unwrap();
    let r = run(&[path.to_str().unwrap()]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    let errs = errors(&r);
    assert_eq!(errs.len(), 1, "{}", r.stderr);
    assert!(errs[0].contains("larger than the limit of 536870912 bytes"), "{}", r.stderr);
    assert_bounded(&r);
}

/// Runs regwasm with stdout a pipe whose reading end is already closed.
fn run_into_closed_pipe(args: &[&str]) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let out = Command::new(env!("CARGO_BIN_EXE_regwasm"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("spawn regwasm");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_closed_stdout_ends_the_cli_quietly() {
    let dir = TempDir::new("hostile-pipe");
    let script = dir.file(
        "ok.wast",
        "(module (func (export \"f\") (result i32) i32.const 1))\n(assert_return (invoke \"f\") (i32.const 1))\n",
    );
    let (code, stderr) = run_into_closed_pipe(&["wast", &script]);
    assert_eq!(code, Some(141), "{stderr}");
    assert_eq!(stderr, "");
    let module = dir.file("m.wat", "(module (func (export \"f\") (result i32) i32.const 1))");
    let (code, stderr) = run_into_closed_pipe(&["run", "--invoke", "f", &module]);
    assert_eq!(code, Some(141), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn growing_memory_to_4_gib_commits_only_the_touched_pages() {
    let dir = TempDir::new("hostile-mem4g");
    // Grows an empty memory with no maximum to 65536 pages (4 GiB), writes one byte every
    // 64 MiB and the very last byte, then reads them back: untouched pages must cost no RAM.
    let wat = r#"(module (memory 0)
      (func (export "touch") (result i32) (local $a i32) (local $sum i32)
        (if (i32.ne (memory.grow (i32.const 65536)) (i32.const 0)) (then (return (i32.const -1))))
        (i32.store8 (i32.const -1) (i32.const 5))
        (loop $w
          (i32.store8 (local.get $a) (i32.const 1))
          (local.set $a (i32.add (local.get $a) (i32.const 0x4000000)))
          (br_if $w (local.get $a)))
        (loop $r
          (local.set $sum (i32.add (local.get $sum) (i32.load8_u (local.get $a))))
          (local.set $a (i32.add (local.get $a) (i32.const 0x4000000)))
          (br_if $r (local.get $a)))
        (i32.add (local.get $sum) (i32.load8_u (i32.const -1)))))"#;
    let file = write_wat(&dir, "mem4g.wasm", wat);
    let r = run(&["--invoke", "touch", &file]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout.trim(), "69", "64 bytes of 1 and the last byte 5");
    if let Some(peak) = r.peak_kib {
        assert!(peak < 256 << 10, "4 GiB memory with 65 touched pages used {peak} KiB");
    }
    assert_bounded(&r);
}

#[test]
fn memory_grow_beyond_max_memory_returns_minus_one_and_keeps_the_memory() {
    let dir = TempDir::new("hostile-memlimit");
    let wat = r#"(module (memory 1)
      (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
      (func (export "size") (result i32) (memory.size)))"#;
    let file = write_wat(&dir, "memlimit.wasm", wat);
    // 1 MiB allows 16 pages: growing by 15 succeeds, by one more fails and changes nothing.
    let r = run(&["--max-memory", "1048576", "--invoke", "grow", &file, "15"]);
    assert_eq!((r.code, r.stdout.trim()), (Some(0), "1"), "{}", r.stderr);
    let r = run(&["--max-memory", "1048576", "--invoke", "grow", &file, "16"]);
    assert_eq!((r.code, r.stdout.trim()), (Some(0), "-1"), "{}", r.stderr);
    let r = run(&["--max-memory", "1048576", "--invoke", "grow", &file, "65536"]);
    assert_eq!((r.code, r.stdout.trim()), (Some(0), "-1"), "{}", r.stderr);
    // A memory whose minimum is beyond the limit fails instantiation with one line.
    let big = write_wat(&dir, "big.wasm", "(module (memory 17) (func (export \"_start\")))");
    let r = run(&["--max-memory", "1048576", &big]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    let errs = errors(&r);
    assert_eq!(errs.len(), 1, "{}", r.stderr);
    assert!(errs[0].contains("memory of 17 pages exceeds the memory limit"), "{}", r.stderr);
    assert_bounded(&r);
}
