//! The wasmtime oracle (cargo feature `wasmtime-oracle`, so not part of the default
//! `cargo test`): a hand-written exception module agrees call by call, including escaping
//! exceptions compared by tag and payload; the check notices a module whose exception differs
//! between engines only in its payload; and a smoke run of wasm-smith modules with exception
//! handling is clean. Run with `cargo test -p regwasm-fuzz --features wasmtime-oracle`.
#![cfg(feature = "wasmtime-oracle")]

use regwasm_fuzz::campaign::{Generator, Options, Summary, diff_seed};
use regwasm_fuzz::diff::{Call, Oracle, check_module_with};
use regwasm_fuzz::value::{Exception, Outcome, TrapKind, Value};

const MODULE: &str = r#"(module
  (tag $e (export "e") (param i32 v128))
  (tag $f (param i64))
  (global (export "last") (mut exnref) (ref.null exn))
  (func (export "throw") (param i32) (throw $e (local.get 0) (v128.const i64x2 7 -1)))
  (func (export "hidden") (param i64) (throw $f (local.get 0)))
  (func (export "catch") (param i32) (result i32)
    (block $h (result i32 v128)
      (try_table (catch $e $h) (call 0 (local.get 0)))
      (return (i32.const -1)))
    (drop))
  (func (export "keep") (param i32) (result exnref)
    (block $h (result exnref)
      (try_table (catch_all_ref $h) (call 0 (local.get 0)))
      (return (ref.null exn)))
    (global.set 0)
    (global.get 0))
)"#;

fn call(func: &str, args: Vec<Value>) -> Call {
    Call { func: func.into(), args }
}

#[test]
fn a_hand_written_exception_module_agrees() {
    let wasm = wat::parse_str(MODULE).unwrap();
    let calls = vec![
        call("throw", vec![Value::I32(5)]),
        call("hidden", vec![Value::I64(9)]),
        call("catch", vec![Value::I32(6)]),
        call("keep", vec![Value::I32(8)]),
    ];
    let run = check_module_with(Oracle::Wasmtime, &wasm, 0, Some(&calls));
    assert!(run.disagreement.is_none(), "{:?}", run.disagreement);
    assert_eq!(run.calls_compared, 4);
    let v = Value::V128(7 | (u64::MAX as u128) << 64);
    let exn =
        |tag: Option<&str>, payload| Value::ExnRef(Some(Box::new(Exception { tag: tag.map(String::from), payload })));
    assert!(
        run.outcomes[0]
            .same(&Outcome::Trapped(TrapKind::Uncaught(Box::new(exn(Some("e"), vec![Value::I32(5), v.clone()])))))
    );
    assert!(run.outcomes[1].same(&Outcome::Trapped(TrapKind::Uncaught(Box::new(exn(None, vec![Value::I64(9)]))))));
    assert_eq!(run.outcomes[2], Outcome::Returned(vec![Value::I32(6)]));
    assert!(run.outcomes[3].same(&Outcome::Returned(vec![exn(Some("e"), vec![Value::I32(8), v])])));
}

#[test]
fn an_exception_differing_in_payload_is_a_disagreement() {
    // Correct engines never differ on a payload, so the comparison rule is checked directly:
    // tag and every payload value count.
    let a = Value::ExnRef(Some(Box::new(Exception { tag: Some("e".into()), payload: vec![Value::I32(1)] })));
    let b = Value::ExnRef(Some(Box::new(Exception { tag: Some("e".into()), payload: vec![Value::I32(2)] })));
    let c = Value::ExnRef(Some(Box::new(Exception { tag: Some("g".into()), payload: vec![Value::I32(1)] })));
    let thrown = |v: &Value| Outcome::Trapped(TrapKind::Uncaught(Box::new(v.clone())));
    assert!(thrown(&a).same(&thrown(&a)));
    assert!(!thrown(&a).same(&thrown(&b)));
    assert!(!thrown(&a).same(&thrown(&c)));
    assert!(!thrown(&a).same(&Outcome::Trapped(TrapKind::Unreachable)));
    // Quiet NaNs in a payload compare like any quiet NaNs.
    let nan = |bits| Value::ExnRef(Some(Box::new(Exception { tag: None, payload: vec![Value::F32(bits)] })));
    assert!(nan(0x7fc0_0000).same(&nan(0xffc0_0001)));
    assert!(!nan(0x7fc0_0000).same(&nan(0x7fa0_0000)));
}

#[test]
fn smith_modules_with_exceptions_agree_with_wasmtime() {
    let opts =
        Options { features: Oracle::Wasmtime.features(), oracle: Oracle::Wasmtime, findings: None, reduce: false };
    assert!(opts.features.exceptions);
    let mut s = Summary::default();
    // 150 seeds: 100 gave 282 calls when this test first ran (2026-12-02), short of the 300
    // below.
    for seed in 0..150 {
        diff_seed(Generator::Smith, seed, &opts, &mut s);
    }
    assert!(s.total_disagreements() == 0, "findings:\n{}", s.report());
    assert!(s.ran >= 80 && s.calls >= 300, "too little ran: {}", s.report());
}
