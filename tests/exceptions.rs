//! Exceptions at the embedding API, on both backends: a host function raises an exception that
//! wasm catches (with the tag the module exports, and with a host-made tag the module imports),
//! the host reads an uncaught exception's tag and payload, an exception thrown by wasm called
//! back from a host function crosses that host frame into the outer wasm caller's handler,
//! `exnref` values go to the host and back, the API's type checks, and reclamation of exception
//! objects caught without a reference (bounded memory).

use regwasm::{
    Backend, Config, Engine, Error, Exn, Extern, Func, FuncType, Linker, Module, Store, Tag, TrapCode, Val, ValType,
};
use std::sync::{Arc, OnceLock};

fn engines() -> Vec<Engine> {
    [Backend::Loop, Backend::Threaded]
        .into_iter()
        .map(|b| Engine::new(Config { backend: b, ..Config::default() }))
        .collect()
}

fn call1(store: &mut Store<()>, f: Func, args: &[Val]) -> Result<Val, Error> {
    let mut out = [Val::I32(0)];
    f.call(store, args, &mut out)?;
    Ok(out[0])
}

/// A module that imports a host function `env.host` (i32) -> () and a tag `env.tag` (i32),
/// defines and exports its own tag `e` (i32 i64), and catches both around calls to the host.
const CATCHER: &str = r#"(module
  (import "env" "tag" (tag $ht (param i32)))
  (import "env" "host" (func $host (param i32)))
  (tag $e (export "e") (param i32 i64))
  (func (export "sum-own") (param i32) (result i64) (local i64)
    (block $h (result i32 i64)
      (try_table (catch $e $h)
        (call $host (local.get 0)))
      (return (i64.const -1)))
    (local.set 1)
    (i64.add (i64.extend_i32_u) (local.get 1)))
  (func (export "catch-host-tag") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $ht $h)
        (call $host (local.get 0)))
      (i32.const -1)))
  (func (export "throw-own") (param i32) (throw $e (local.get 0) (i64.const 40)))
)"#;

/// Instantiates `CATCHER` with a host function that raises `e` (the module's own tag, looked up
/// after instantiation) for odd arguments and the host tag for even ones.
fn catcher(engine: &Engine) -> (Store<()>, regwasm::Instance, Tag) {
    let mut store = Store::new(engine, ());
    let host_tag = Tag::new(&mut store, &FuncType::new([ValType::I32], [])).expect("a tag type");
    let own: Arc<OnceLock<Tag>> = Arc::default();
    let own_in_host = own.clone();
    let host = Func::new(&mut store, FuncType::new([ValType::I32], []), move |mut caller, params, _| {
        let Val::I32(n) = params[0] else { unreachable!("typed") };
        let exn = if n % 2 == 1 {
            let e = *own_in_host.get().expect("set after instantiation");
            Exn::new(&mut caller, e, &[Val::I32(n), Val::I64(n as i64 * 100)])?
        } else {
            Exn::new(&mut caller, host_tag, &[Val::I32(n * 3)])?
        };
        Err(regwasm::Trap::throw(exn).into())
    });
    let mut linker = Linker::new(engine);
    linker.define("env", "tag", Extern::Tag(host_tag));
    linker.define("env", "host", Extern::Func(host));
    let module = Module::from_wat(engine, CATCHER).expect("valid module");
    let instance = linker.instantiate(&mut store, &module).expect("instantiates");
    let e = instance.get_tag(&store, "e").expect("exported tag");
    own.set(e).expect("set once");
    (store, instance, host_tag)
}

#[test]
fn host_raised_exceptions_are_caught_by_wasm() {
    for engine in engines() {
        let (mut store, instance, _) = catcher(&engine);
        let sum = instance.get_func(&store, "sum-own").unwrap();
        // The payload (3, 300) arrives in the label's slots: 3 + 300.
        assert_eq!(call1(&mut store, sum, &[Val::I32(3)]).unwrap(), Val::I64(303));
        let host_tag = instance.get_func(&store, "catch-host-tag").unwrap();
        assert_eq!(call1(&mut store, host_tag, &[Val::I32(4)]).unwrap(), Val::I32(12));
        // The other tag is not caught by a clause for `e`: it surfaces to the host.
        let err = call1(&mut store, sum, &[Val::I32(2)]).unwrap_err();
        let exn = err.as_exception().expect("an uncaught exception");
        assert_eq!(exn.payload(&store), vec![Val::I32(6)]);
    }
}

#[test]
fn host_observes_uncaught_exception() {
    for engine in engines() {
        let (mut store, instance, host_tag) = catcher(&engine);
        let throw = instance.get_func(&store, "throw-own").unwrap();
        let err = throw.call(&mut store, &[Val::I32(2)], &mut []).unwrap_err();
        let trap = err.as_trap().expect("a trap");
        assert_eq!(trap.code, TrapCode::UncaughtException);
        assert_eq!(trap.to_string(), "uncaught exception (tag `e`)");
        assert!(!trap.backtrace.is_empty(), "{trap:?}");
        let exn = trap.exception.expect("carries the exception");
        let e = instance.get_tag(&store, "e").unwrap();
        assert_eq!(exn.tag(&store), e);
        assert!(exn.is(&store, e).unwrap());
        assert!(!exn.is(&store, host_tag).unwrap());
        assert_eq!(exn.payload(&store), vec![Val::I32(2), Val::I64(40)]);
        assert_eq!(e.ty(&store), FuncType::new([ValType::I32, ValType::I64], []));
    }
}

/// `outer` calls the host, which calls `inner` (wasm again), which throws; `outer` catches it.
const CROSSING: &str = r#"(module
  (import "env" "host" (func $host (param i32) (result i32)))
  (tag $e (export "e") (param i32))
  (func (export "inner") (param i32) (result i32)
    (if (i32.eqz (local.get 0)) (then (return (i32.const 5))))
    (throw $e (i32.add (local.get 0) (i32.const 1000))))
  (func $mid (param i32) (result i32) (i32.add (call $host (local.get 0)) (i32.const 1)))
  (func (export "outer") (param i32) (result i32)
    (i32.add (i32.const 10)
      (block $h (result i32)
        (try_table (result i32) (catch $e $h)
          (call $mid (local.get 0))))))
)"#;

#[test]
fn exception_crosses_a_host_frame() {
    for engine in engines() {
        let mut store = Store::new(&engine, ());
        let inner: Arc<OnceLock<Func>> = Arc::default();
        let callee = inner.clone();
        let host =
            Func::new(&mut store, FuncType::new([ValType::I32], [ValType::I32]), move |mut caller, params, results| {
                let f = *callee.get().expect("set after instantiation");
                // The inner run's uncaught exception is this host function's error.
                f.call(&mut caller, params, results)?;
                Ok(())
            });
        let mut linker = Linker::new(&engine);
        linker.define("env", "host", Extern::Func(host));
        let module = Module::from_wat(&engine, CROSSING).expect("valid module");
        let instance = linker.instantiate(&mut store, &module).expect("instantiates");
        inner.set(instance.get_func(&store, "inner").unwrap()).unwrap();
        let outer = instance.get_func(&store, "outer").unwrap();
        // Thrown below the host frame, caught above it: 10 + (7 + 1000).
        assert_eq!(call1(&mut store, outer, &[Val::I32(7)]).unwrap(), Val::I32(1017));
        // No exception: 10 + (5 + 1).
        assert_eq!(call1(&mut store, outer, &[Val::I32(0)]).unwrap(), Val::I32(16));
        // The store is usable after, and again.
        assert_eq!(call1(&mut store, outer, &[Val::I32(1)]).unwrap(), Val::I32(1011));
    }
}

/// `catch` returns the exnref of a caught exception; `rethrow` throws one it is given.
const REFS: &str = r#"(module
  (tag $e (export "e") (param i32))
  (func (export "catch") (param i32) (result exnref)
    (block $h (result i32 exnref)
      (try_table (catch_ref $e $h)
        (throw $e (local.get 0)))
      (unreachable))
    (local.set 0 (i32.const 0))
    (return))
  (func (export "rethrow") (param exnref) (throw_ref (local.get 0)))
  (func (export "payload") (param exnref) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h)
        (throw_ref (local.get 0)))
      (unreachable))))
"#;

#[test]
fn exnref_values_cross_the_api() {
    for engine in engines() {
        let mut store = Store::new(&engine, ());
        let module = Module::from_wat(&engine, REFS).expect("valid module");
        let instance = Linker::new(&engine).instantiate(&mut store, &module).expect("instantiates");
        let catch = instance.get_func(&store, "catch").unwrap();
        let Val::ExnRef(Some(exn)) = call1(&mut store, catch, &[Val::I32(42)]).unwrap() else {
            panic!("expected an exnref")
        };
        assert_eq!(exn.payload(&store), vec![Val::I32(42)]);
        let payload = instance.get_func(&store, "payload").unwrap();
        assert_eq!(call1(&mut store, payload, &[Val::ExnRef(Some(exn))]).unwrap(), Val::I32(42));
        // A host-made exception of the module's tag works the same.
        let e = instance.get_tag(&store, "e").unwrap();
        let made = Exn::new(&mut store, e, &[Val::I32(-3)]).unwrap();
        assert_eq!(call1(&mut store, payload, &[Val::ExnRef(Some(made))]).unwrap(), Val::I32(-3));
        // Rethrown to the host: the same exception object.
        let rethrow = instance.get_func(&store, "rethrow").unwrap();
        let err = rethrow.call(&mut store, &[Val::ExnRef(Some(exn))], &mut []).unwrap_err();
        assert_eq!(err.as_exception(), Some(exn));
        let err = rethrow.call(&mut store, &[Val::ExnRef(None)], &mut []).unwrap_err();
        assert_eq!(err.as_trap().map(|t| t.code), Some(TrapCode::NullExceptionReference));
        // An exnref of another store is refused.
        let mut other = Store::new(&engine, ());
        let foreign_tag = Tag::new(&mut other, &FuncType::new([], [])).unwrap();
        let foreign = Exn::new(&mut other, foreign_tag, &[]).unwrap();
        assert!(matches!(rethrow.call(&mut store, &[Val::ExnRef(Some(foreign))], &mut []), Err(Error::Usage(_))));
    }
}

#[test]
fn api_type_checks() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    assert!(matches!(Tag::new(&mut store, &FuncType::new([], [ValType::I32])), Err(Error::Usage(_))));
    let tag = Tag::new(&mut store, &FuncType::new([ValType::I32], [])).unwrap();
    assert!(matches!(Exn::new(&mut store, tag, &[]), Err(Error::Usage(_))));
    assert!(matches!(Exn::new(&mut store, tag, &[Val::I64(1)]), Err(Error::Usage(_))));
    // A tag import matches by type identity only.
    let module = Module::from_wat(&engine, r#"(module (import "env" "t" (tag (param i64))))"#).unwrap();
    let mut linker = Linker::new(&engine);
    linker.define("env", "t", Extern::Tag(tag));
    assert!(matches!(linker.instantiate(&mut store, &module), Err(Error::Link(_))));
    let module = Module::from_wat(&engine, r#"(module (import "env" "t" (tag (param i32))))"#).unwrap();
    assert!(linker.instantiate(&mut store, &module).is_ok());
}

/// Throws and catches `n` times, by value (`catch`) or by reference (`catch_ref`).
const MANY: &str = r#"(module
  (tag $e (param i32))
  (func (export "by-value") (param i32) (result i32) (local i32)
    (loop $l
      (block $h (result i32)
        (try_table (catch $e $h) (throw $e (local.get 0)))
        (unreachable))
      (local.set 1 (i32.add (local.get 1)))
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (local.get 1))
  (func (export "by-ref") (param i32) (result i32)
    (loop $l
      (block $h (result i32 exnref)
        (try_table (catch_ref $e $h) (throw $e (local.get 0)))
        (unreachable))
      (drop)
      (drop)
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (i32.const 0))
)"#;

#[test]
fn caught_exceptions_are_reclaimed_by_value_and_by_reference() {
    let engine = Engine::new(Config { backend: Backend::Threaded, ..Config::default() });
    let mut store = Store::new(&engine, ());
    let module = Module::from_wat(&engine, MANY).expect("valid module");
    let instance = Linker::new(&engine).instantiate(&mut store, &module).expect("instantiates");
    // More throws than the store may hold at once: each is reclaimed when caught by value.
    let by_value = instance.get_func(&store, "by-value").unwrap();
    let n = (1 << 20) + 100;
    let expected = (n as i64 * (n as i64 + 1) / 2) as i32;
    assert_eq!(call1(&mut store, by_value, &[Val::I32(n)]).unwrap(), Val::I32(expected));
    // Caught by reference and dropped, they are collected (they used to stay alive until the
    // bound ended the run with a trap; `tests/exn_gc.rs` tests the collector).
    let by_ref = instance.get_func(&store, "by-ref").unwrap();
    assert_eq!(call1(&mut store, by_ref, &[Val::I32(n)]).unwrap(), Val::I32(0));
    assert!(store.exception_stats().0 <= 2048, "{:?}", store.exception_stats());
}

/// `tail` tail-calls a host function that raises an exception: the tail caller's own handler
/// is gone with its activation, so the exception reaches `outer`'s handler.
const TAIL_HOST: &str = r#"(module
  (import "env" "raise" (func $raise (param i32) (result i32)))
  (import "env" "tag" (tag $t (param i32)))
  (func $tail (param i32) (result i32)
    (block $wrong (result i32)
      (try_table (result i32) (catch $t $wrong)
        (return_call $raise (local.get 0))))
    (i32.const 1000000)
    (i32.add))
  (func (export "outer") (param i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $t $h)
        (call $tail (local.get 0))))))
"#;

#[test]
fn exception_from_a_tail_called_host_function() {
    for engine in engines() {
        let mut store = Store::new(&engine, ());
        let tag = Tag::new(&mut store, &FuncType::new([ValType::I32], [])).unwrap();
        let raise =
            Func::new(&mut store, FuncType::new([ValType::I32], [ValType::I32]), move |mut caller, params, _| {
                let exn = Exn::new(&mut caller, tag, params)?;
                Err(regwasm::Trap::throw(exn).into())
            });
        let mut linker = Linker::new(&engine);
        linker.define("env", "raise", Extern::Func(raise));
        linker.define("env", "tag", Extern::Tag(tag));
        let module = Module::from_wat(&engine, TAIL_HOST).expect("valid module");
        let instance = linker.instantiate(&mut store, &module).expect("instantiates");
        let outer = instance.get_func(&store, "outer").unwrap();
        assert_eq!(call1(&mut store, outer, &[Val::I32(8)]).unwrap(), Val::I32(8));
    }
}
