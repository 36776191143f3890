//! The command line's conventions (issue 16): `--invoke` values in the text format's number
//! syntax (hex integers, NaN payloads in and out), the export listing when a function is
//! missing, `--argv0`, `--compilation-mode`, one-line usage errors, `--timings` (text and
//! JSON, translation counted apart), and `_start`/`_initialize` with results.

mod common;
use common::{TempDir, example, regwasm};
use std::collections::HashMap;

const NUMS_WAT: &str = r#"(module
  (memory (export "memory") 1)
  (global (export "g") i32 (i32.const 0))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "id64") (param i64) (result i64) local.get 0)
  (func (export "id32f") (param f32) (result f32) local.get 0)
  (func (export "id64f") (param f64) (result f64) local.get 0)
  (func (export "bits32") (param i32) (result f32) local.get 0 f32.reinterpret_i32)
  (func (export "bits64") (param i64) (result f64) local.get 0 f64.reinterpret_i64)
  (func (export "f32bits") (param f32) (result i32) local.get 0 i32.reinterpret_f32)
  (func (export "pair") (param f64) (result i64 f32) i64.const -1 f32.const -inf)
  (func (export "nothing")))"#;

/// The lines listing `NUMS_WAT`'s exported functions, in export order.
const NUMS_LIST: &str = "  add: (i32, i32) -> i32\n  id64: (i64) -> i64\n  id32f: (f32) -> f32\n  id64f: (f64) -> f64\n  \
                         bits32: (i32) -> f32\n  bits64: (i64) -> f64\n  f32bits: (f32) -> i32\n  \
                         pair: (f64) -> (i64, f32)\n  nothing: () -> ()\n";

fn nums(dir: &TempDir) -> String {
    dir.file("nums.wat", NUMS_WAT)
}

/// Runs `--invoke NAME FILE ARGS...` and returns stdout, asserting success.
#[track_caller]
fn invoke(file: &str, name: &str, args: &[&str]) -> String {
    let mut argv = vec!["run", "--invoke", name, file];
    argv.extend_from_slice(args);
    let out = regwasm(&argv);
    assert_eq!(out.code, Some(0), "{name} {args:?}: {}", out.stderr);
    out.stdout
}

#[test]
fn invoke_accepts_hex_integers() {
    let dir = TempDir::new("conv-hex");
    let f = nums(&dir);
    assert_eq!(invoke(&f, "add", &["0x10", "0x20"]), "48\n");
    assert_eq!(invoke(&f, "add", &["-0x10", "1"]), "-15\n");
    assert_eq!(invoke(&f, "add", &["0xffffffff", "0"]), "-1\n");
    assert_eq!(invoke(&f, "add", &["0x7fff_ffff", "0x1"]), "-2147483648\n");
    assert_eq!(invoke(&f, "id64", &["0x1_0000_0000"]), "4294967296\n");
    assert_eq!(invoke(&f, "id64", &["-0x8000000000000000"]), "-9223372036854775808\n");
    assert_eq!(invoke(&f, "id64", &["0xffffffffffffffff"]), "-1\n");
    // Out of range, or not a number: a usage error naming the argument.
    for bad in ["0x100000000", "0x", "1x", "0x10 1"] {
        let out = regwasm(&["run", "--invoke", "add", &f, bad, "1"]);
        assert_eq!(out.code, Some(2), "{bad}: {}", out.stderr);
        assert!(out.stderr.contains(&format!("`{bad}` is not a valid i32")), "{}", out.stderr);
    }
}

#[test]
fn invoke_nan_payloads_in_and_out() {
    let dir = TempDir::new("conv-nan");
    let f = nums(&dir);
    // In: the bits the text reads as.
    assert_eq!(invoke(&f, "f32bits", &["nan:0x200000"]), format!("{}\n", 0x7fa0_0000u32 as i32));
    assert_eq!(invoke(&f, "f32bits", &["-nan"]), format!("{}\n", 0xffc0_0000u32 as i32));
    assert_eq!(invoke(&f, "f32bits", &["nan"]), format!("{}\n", 0x7fc0_0000));
    assert_eq!(invoke(&f, "f32bits", &["-inf"]), format!("{}\n", 0xff80_0000u32 as i32));
    assert_eq!(invoke(&f, "f32bits", &["0x1p-149"]), "1\n");
    // Out: bit patterns made by the guest.
    assert_eq!(invoke(&f, "bits32", &["0x7fa00000"]), "nan:0x200000\n");
    assert_eq!(invoke(&f, "bits32", &["0x7fc00000"]), "nan\n");
    assert_eq!(invoke(&f, "bits32", &["0xffc00000"]), "-nan\n");
    assert_eq!(invoke(&f, "bits32", &["0xff800001"]), "-nan:0x1\n");
    assert_eq!(invoke(&f, "bits32", &["0x7f800000"]), "inf\n");
    assert_eq!(invoke(&f, "bits64", &["0x7ff8000000000000"]), "nan\n");
    assert_eq!(invoke(&f, "bits64", &["0x7ff4000000000000"]), "nan:0x4000000000000\n");
    assert_eq!(invoke(&f, "bits64", &["0xfff0000000000001"]), "-nan:0x1\n");
    // Round trips.
    for text in ["nan:0x200000", "-nan:0x3fffff", "nan", "-nan", "inf", "-inf", "1.5", "-0"] {
        assert_eq!(invoke(&f, "id32f", &[text]), format!("{text}\n"));
    }
    for text in ["nan:0x1", "-nan", "0.1", "-inf"] {
        assert_eq!(invoke(&f, "id64f", &[text]), format!("{text}\n"));
    }
    assert_eq!(invoke(&f, "pair", &["nan"]), "-1\n-inf\n");
    // A zero payload is infinity, not a NaN: refused.
    let out = regwasm(&["run", "--invoke", "id32f", &f, "nan:0x0"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
}

#[test]
fn missing_start_lists_exported_functions() {
    let dir = TempDir::new("conv-list");
    let f = nums(&dir);
    let out = regwasm(&["run", &f]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let (first, rest) = out.stderr.split_once('\n').unwrap();
    assert!(first.starts_with("error: ") && first.contains("has no `_start` export"), "{first}");
    assert!(first.ends_with("; exported functions:"), "{first}");
    assert_eq!(rest, NUMS_LIST);

    // A module without function exports says so on its one line.
    let f = dir.file("mem.wat", r#"(module (memory (export "memory") 1))"#);
    let out = regwasm(&["run", &f]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(out.stderr.contains("exports no functions"), "{}", out.stderr);
}

#[test]
fn missing_or_non_function_invoke_export_lists_functions() {
    let dir = TempDir::new("conv-invoke-list");
    let f = nums(&dir);
    for (name, problem) in [
        ("ad", "has no export `ad`"),
        ("memory", "export `memory` is a memory, not a function"),
        ("g", "export `g` is a global, not a function"),
    ] {
        let out = regwasm(&["run", "--invoke", name, &f]);
        assert_eq!(out.code, Some(1), "{}", out.stderr);
        let (first, rest) = out.stderr.split_once('\n').unwrap();
        assert!(first.starts_with("error: ") && first.contains(problem), "{first}");
        assert_eq!(rest, NUMS_LIST);
    }
}

#[test]
fn argv0_sets_the_guests_program_name() {
    let out = regwasm(&["run", "--argv0", "my-prog", &example("args_env.wasm"), "x"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.starts_with("argc=2\nargv[0]=my-prog\nargv[1]=x\n"), "{}", out.stdout);
    // The default stays FILE's base name; after FILE, --argv0 is a guest argument.
    let out = regwasm(&["run", &example("args_env.wasm"), "--argv0", "y"]);
    assert!(out.stdout.starts_with("argc=3\nargv[0]=args_env.wasm\nargv[1]=--argv0\nargv[2]=y\n"), "{}", out.stdout);
}

#[test]
fn compilation_modes_give_the_same_output() {
    let dir = TempDir::new("conv-modes");
    let f = nums(&dir);
    let hello = example("hello.wasm");
    let args_env = example("args_env.wasm");
    let runs: [Vec<&str>; 5] = [
        vec![&hello],
        vec![&args_env, "a", "b"],
        vec!["--invoke", "add", &f, "0x10", "2"],
        vec!["--invoke", "bits32", &f, "0x7fa00000"],
        vec!["--invoke", "ad", &f],
    ];
    for tail in runs {
        let outs: Vec<_> = ["lazy", "eager"]
            .iter()
            .map(|mode| {
                let mut argv = vec!["run", "--compilation-mode", mode];
                argv.extend_from_slice(&tail);
                regwasm(&argv)
            })
            .collect();
        assert_eq!(outs[0].code, outs[1].code, "{tail:?}");
        assert_eq!(outs[0].stdout, outs[1].stdout, "{tail:?}");
        assert_eq!(outs[0].stderr, outs[1].stderr, "{tail:?}");
    }
    let out = regwasm(&["run", "--compilation-mode", "eager", &hello]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "Hello, world!\n"), "{}", out.stderr);
    let out = regwasm(&["run", "--compilation-mode", "eager", "--invoke", "add", &f, "0x10", "2"]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "18\n"), "{}", out.stderr);
    // Eager mode translates while loading: an invalid body fails there, exit 1, like lazy mode.
    let bad = dir.file("bad.wat", r#"(module (func (export "_start") (result i32) i64.const 0))"#);
    for mode in ["lazy", "eager"] {
        let out = regwasm(&["run", "--compilation-mode", mode, &bad]);
        assert_eq!(out.code, Some(1), "{}", out.stderr);
    }
}

#[test]
fn usage_errors_are_one_line_and_a_hint() {
    let hello = example("hello.wasm");
    let cases: [(&[&str], &str, &str); 7] = [
        (&["run", "--no-such-flag", &hello], "--no-such-flag", "regwasm run --help"),
        (&["--no-such-flag", &hello], "--no-such-flag", "regwasm run --help"),
        (&["run"], "FILE", "regwasm run --help"),
        (&["run", "--max-memory", "lots", &hello], "lots", "regwasm run --help"),
        (&["run", "--compilation-mode", "fast", &hello], "fast", "regwasm run --help"),
        (&["run", "--timings=xml", &hello], "xml", "regwasm run --help"),
        (&["wast"], "FILE", "regwasm wast --help"),
    ];
    for (args, names, help) in cases {
        let out = regwasm(args);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{args:?}: {}", out.stderr);
        assert!(lines[0].starts_with("error: ") && lines[0].contains(names), "{args:?}: {}", out.stderr);
        assert!(lines[1].ends_with(&format!("try '{help}'")), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "");
    }
    // clap's tip, when it has one, goes on the hint line.
    let out = regwasm(&["run", "--dri", ".", &hello]);
    assert_eq!(out.code, Some(2));
    let hint = out.stderr.lines().nth(1).unwrap_or_default();
    assert!(hint.starts_with("tip: ") && hint.ends_with("; try 'regwasm run --help'"), "{}", out.stderr);
}

/// Parses a flat JSON object of numbers and `null`s (what `--timings=json` prints).
fn parse_flat_json(text: &str) -> Option<HashMap<String, Option<f64>>> {
    let body = text.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut map = HashMap::new();
    for member in body.split(',') {
        let (key, value) = member.split_once(':')?;
        let key = key.trim().strip_prefix('"')?.strip_suffix('"')?;
        let value = match value.trim() {
            "null" => None,
            v => Some(v.parse::<f64>().ok().filter(|x| x.is_finite())?),
        };
        if map.insert(key.to_string(), value).is_some() {
            return None;
        }
    }
    Some(map)
}

const PHASES: [&str; 5] =
    ["load_seconds", "validate_seconds", "translate_seconds", "instantiate_seconds", "execute_seconds"];

#[test]
fn timings_json_has_every_phase() {
    for mode in ["lazy", "eager"] {
        let out = regwasm(&["run", "--timings=json", "--compilation-mode", mode, &example("hello.wasm")]);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert_eq!(out.stdout, "Hello, world!\n");
        assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
        let json = parse_flat_json(&out.stderr).unwrap_or_else(|| panic!("not a flat JSON object: {}", out.stderr));
        assert_eq!(json.len(), 7, "{json:?}");
        let get = |k: &str| json.get(k).copied().flatten().unwrap_or_else(|| panic!("{k} missing in {json:?}"));
        for k in PHASES {
            assert!(get(k) >= 0.0, "{k}: {json:?}");
        }
        // hello.wasm's functions are translated: lazily while executing, or at load.
        assert!(get("translate_seconds") > 0.0, "{mode}: {json:?}");
        let sum: f64 = PHASES.iter().map(|k| get(k)).sum();
        assert!(sum <= get("total_seconds") + 1e-6, "{mode}: phases {sum} > total: {json:?}");
        assert!(get("total_seconds") < 10.0, "{json:?}");
        assert!(get("peak_rss_bytes") > 1e6, "{json:?}");
    }
}

#[test]
fn timings_text_lines() {
    let out = regwasm(&["run", "--timings", &example("hello.wasm")]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "Hello, world!\n");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stderr);
    for phase in ["load ", "validate ", "translate ", "instantiate ", "execute ", "total "] {
        assert!(lines[0].starts_with("timings: ") && lines[0].contains(phase), "{phase}: {}", lines[0]);
    }
    assert!(lines[1].starts_with("timings: peak memory ") && lines[1].ends_with(" KiB"), "{}", lines[1]);
    // Timings come also when the run fails, before the error line.
    let dir = TempDir::new("conv-timings-fail");
    let f = nums(&dir);
    let out = regwasm(&["run", "--timings=json", "--invoke", "add", &f, "1", "x"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(parse_flat_json(lines[0]).is_some() && lines[1].starts_with("error: "), "{}", out.stderr);
}

#[test]
fn start_and_initialize_with_results_run() {
    let dir = TempDir::new("conv-start-results");
    let f = dir.file(
        "start.wat",
        r#"(module (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
             (memory 1) (data (i32.const 16) "started\n") (data (i32.const 0) "\10\00\00\00\08\00\00\00")
             (func (export "_start") (result i32 i64)
               i32.const 1 i32.const 0 i32.const 1 i32.const 32 call $w drop i32.const 7 i64.const 9))"#,
    );
    let out = regwasm(&["run", &f]);
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (Some(0), "started\n", ""));
    let f = dir.file(
        "init.wat",
        r#"(module (global $g (mut i32) (i32.const 1))
             (func (export "_initialize") (result f64) i32.const 41 global.set $g f64.const 1)
             (func (export "get") (result i32) global.get $g))"#,
    );
    assert_eq!(invoke(&f, "get", &[]), "41\n");
    // Parameters cannot be supplied: a clear one-line error, exit 1.
    let f = dir.file("params.wat", r#"(module (func (export "_start") (param i32)))"#);
    let out = regwasm(&["run", &f]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(out.stderr.contains("`_start` must take no parameters"), "{}", out.stderr);
}
