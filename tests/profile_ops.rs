//! `regwasm run --profile-ops FILE.json` (cargo feature `profile-ops`): the written counts are
//! consistent and follow what the program executes. Run with
//! `cargo test --features profile-ops --test profile_ops` (`.ci/run` does).
#![cfg(feature = "profile-ops")]

mod common;
use common::{TempDir, example, regwasm};

/// A loop that runs `n` times (from the command line via `--invoke`), then returns.
const LOOP_WAT: &str = r#"(module
  (func (export "spin") (param $n i32) (result i32) (local $acc i32)
    (block $done
      (loop $top
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $acc (i32.add (i32.mul (local.get $acc) (i32.const 31)) (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $top)))
    local.get $acc))"#;

/// The numbers after `"key": ` in `json`, in order.
fn numbers(json: &str, key: &str) -> Vec<u64> {
    let pat = format!("\"{key}\": ");
    json.match_indices(&pat)
        .map(|(i, _)| {
            let rest = &json[i + pat.len()..];
            let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            rest[..end].parse().unwrap()
        })
        .collect()
}

/// Runs `spin n` with the profiler; returns the JSON.
fn profile_spin(dir: &TempDir, n: u32) -> String {
    let wat = dir.file("loop.wat", LOOP_WAT);
    let out_path = dir.join(&format!("spin{n}.json"));
    let out = regwasm(&["run", "--profile-ops", out_path.to_str().unwrap(), "--invoke", "spin", &wat, &n.to_string()]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    std::fs::read_to_string(out_path).unwrap()
}

#[test]
fn counts_are_consistent_and_linear_in_the_work() {
    let dir = TempDir::new("profile-ops");
    let totals: Vec<u64> = [100u32, 200, 300]
        .iter()
        .map(|&n| {
            let json = profile_spin(&dir, n);
            let total = numbers(&json, "total")[0];
            let counts = numbers(&json, "count");
            let ops = json.matches("\"op\": ").count() - json.matches("\"prev\": ").count();
            // Per-op counts add up to the total; all pairs are kept for a program this small,
            // and there is one pair per instruction after the first.
            assert_eq!(counts[..ops].iter().sum::<u64>(), total, "{json}");
            assert_eq!(numbers(&json, "total_pairs")[0], total - 1, "{json}");
            assert_eq!(counts[ops..].iter().sum::<u64>(), total - 1, "{json}");
            // Most frequent first.
            assert!(counts[..ops].windows(2).all(|w| w[0] >= w[1]), "{json}");
            total
        })
        .collect();
    // Each iteration executes the same instructions: the totals grow by the same step, and a
    // loop body has more than one instruction per iteration.
    let step = totals[1] - totals[0];
    assert_eq!(totals[2] - totals[1], step, "{totals:?}");
    assert!(step >= 2 * 100, "{totals:?}");
}

#[test]
fn wasi_program_exit_and_bad_output_path() {
    let dir = TempDir::new("profile-ops-wasi");
    let out_path = dir.join("hello.json");
    let out = regwasm(&["run", "--profile-ops", out_path.to_str().unwrap(), &example("hello.wasm")]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "Hello, world!\n");
    let json = std::fs::read_to_string(&out_path).unwrap();
    assert!(json.contains("\"module\": ") && json.contains("hello.wasm"), "{json}");
    assert!(numbers(&json, "total")[0] > 100, "{json}");
    // An output path that cannot be written: a one-line error, exit 1, after the program ran.
    let bad = dir.join("no-such-dir/x.json");
    let out = regwasm(&["run", "--profile-ops", bad.to_str().unwrap(), &example("hello.wasm")]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stderr.starts_with("error: cannot write") && out.stderr.lines().count() == 1, "{}", out.stderr);
}
