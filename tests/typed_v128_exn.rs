//! `TypedFunc` and typed host functions with the two value types that do not fit the
//! one-cell-per-value pattern of the others: `u128` (v128, two cells) and `Option<Exn>`
//! (exnref). Each is checked on both backends: a round trip through wasm functions (v128 values
//! mixed with one-cell values in every position, so a wrong cell offset shows), host functions
//! made with `Func::wrap` taking and returning them (called from wasm and from the host), and
//! the signature checks of `typed`.

use regwasm::{Backend, Config, Engine, Error, Exn, Extern, Func, FuncType, Linker, Module, Store, Tag, Val, ValType};

fn engines() -> Vec<Engine> {
    [Backend::Loop, Backend::Threaded]
        .into_iter()
        .map(|b| Engine::new(Config { backend: b, ..Config::default() }))
        .collect()
}

const A: u128 = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210;
const B: u128 = 0xffff_0000_1111_2222_8000_0000_0000_0001;

/// v128 functions: identity, a lane-wise add after an i32 and before an i64, a swap (two v128
/// results), and a caller of the imported host function `env.mix`.
const V128_MODULE: &str = r#"(module
  (import "env" "mix" (func $mix (param i32 v128 i64 v128) (result v128 i32)))
  (func (export "id") (param v128) (result v128) (local.get 0))
  (func (export "add") (param i32 v128 i64 v128) (result i64 v128 i32)
    (local.get 2)
    (i64x2.add (local.get 1) (local.get 3))
    (local.get 0))
  (func (export "swap") (param v128 v128) (result v128 v128) (local.get 1) (local.get 0))
  (func (export "via-host") (param i32 v128 i64 v128) (result i32 v128)
    (call $mix (local.get 0) (local.get 1) (local.get 2) (local.get 3))
    ;; (v128 i32) -> (i32 v128)
    (local.set 0)
    (local.set 1)
    (local.get 0)
    (local.get 1))
)"#;

/// The host side of `env.mix`: `(a, x, b, y) -> (x xor y rotated by a, a + b)`.
fn mix(a: i32, x: u128, b: i64, y: u128) -> (u128, i32) {
    ((x ^ y).rotate_left(a as u32 % 128), a.wrapping_add(b as i32))
}

fn v128_instance(engine: &Engine) -> (Store<()>, regwasm::Instance) {
    let mut store = Store::new(engine, ());
    let host = Func::wrap(&mut store, mix);
    let mut linker = Linker::new(engine);
    linker.define("env", "mix", Extern::Func(host));
    let module = Module::from_wat(engine, V128_MODULE).expect("valid module");
    let instance = linker.instantiate(&mut store, &module).expect("instantiates");
    (store, instance)
}

#[test]
fn v128_round_trips_through_wasm() {
    for engine in engines() {
        let (mut store, instance) = v128_instance(&engine);
        let id = instance.get_typed_func::<u128, u128>(&store, "id").unwrap();
        for v in [0, 1, A, B, u128::MAX, 1 << 64, (1 << 64) - 1] {
            assert_eq!(id.call(&mut store, v).unwrap(), v);
        }
        let add = instance.get_typed_func::<(i32, u128, i64, u128), (i64, u128, i32)>(&store, "add").unwrap();
        let lanes = |v: u128| [v as u64, (v >> 64) as u64];
        let (b, sum, a) = add.call(&mut store, (-7, A, 1 << 40, B)).unwrap();
        let [x0, x1] = lanes(A);
        let [y0, y1] = lanes(B);
        let want = x0.wrapping_add(y0) as u128 | (x1.wrapping_add(y1) as u128) << 64;
        assert_eq!((b, sum, a), (1 << 40, want, -7));
        let swap = instance.get_typed_func::<(u128, u128), (u128, u128)>(&store, "swap").unwrap();
        assert_eq!(swap.call(&mut store, (A, B)).unwrap(), (B, A));
        // The typed call agrees with the dynamic one.
        let mut out = [Val::I64(0), Val::V128(0), Val::I32(0)];
        add.func().call(&mut store, &[Val::I32(-7), Val::V128(A), Val::I64(1 << 40), Val::V128(B)], &mut out).unwrap();
        assert_eq!(out, [Val::I64(1 << 40), Val::V128(want), Val::I32(-7)]);
    }
}

#[test]
fn v128_host_functions() {
    for engine in engines() {
        let (mut store, instance) = v128_instance(&engine);
        // Wasm calls the typed host function, which reads both v128 parameters at the right
        // cells and writes its two-cell result before the one-cell one.
        let via = instance.get_typed_func::<(i32, u128, i64, u128), (i32, u128)>(&store, "via-host").unwrap();
        for (a, x, b, y) in [(3, A, 5, B), (64, B, -1, A), (0, u128::MAX, 1 << 33, 1)] {
            let (v, n) = mix(a, x, b, y);
            assert_eq!(via.call(&mut store, (a, x, b, y)).unwrap(), (n, v), "mix({a}, {x:#x}, {b}, {y:#x})");
        }
        // The host function's signature, and a direct typed call of it.
        let host = Func::wrap(&mut store, mix);
        assert_eq!(
            host.ty(&store),
            FuncType::new([ValType::I32, ValType::V128, ValType::I64, ValType::V128], [ValType::V128, ValType::I32])
        );
        let typed = host.typed::<(i32, u128, i64, u128), (u128, i32)>(&store).unwrap();
        assert_eq!(typed.call(&mut store, (1, A, 2, B)).unwrap(), mix(1, A, 2, B));
        // A v128-only host function returning a pair.
        let split = Func::wrap(&mut store, |v: u128| (v as u64, (v >> 64) as u64));
        assert_eq!(
            split.typed::<u128, (u64, u64)>(&store).unwrap().call(&mut store, A).unwrap(),
            (A as u64, (A >> 64) as u64)
        );
    }
}

/// Exception functions: catch by reference and return the exnref, rethrow an exnref, take an
/// exnref and a v128 and return them swapped, and pass an exnref through the imported host
/// function `env.keep`.
const EXN_MODULE: &str = r#"(module
  (import "env" "keep" (func $keep (param i32 exnref) (result exnref i32)))
  (tag $e (export "e") (param i32 v128))
  (func (export "catch") (param i32 v128) (result exnref)
    (block $h (result i32 v128 exnref)
      (try_table (catch_ref $e $h)
        (throw $e (local.get 0) (local.get 1)))
      (unreachable))
    (return)
    (drop) (drop))
  (func (export "rethrow") (param exnref) (throw_ref (local.get 0)))
  (func (export "payload") (param exnref) (result i32 v128)
    (block $h (result i32 v128)
      (try_table (catch $e $h) (throw_ref (local.get 0)))
      (unreachable))
    (return))
  (func (export "pair") (param exnref v128) (result v128 exnref) (local.get 1) (local.get 0))
  (func (export "via-keep") (param i32 exnref) (result exnref i32)
    (call $keep (local.get 0) (local.get 1)))
)"#;

fn exn_instance(engine: &Engine) -> (Store<()>, regwasm::Instance) {
    let mut store = Store::new(engine, ());
    let keep = Func::wrap(&mut store, |n: i32, e: Option<Exn>| (e, n + 1));
    let mut linker = Linker::new(engine);
    linker.define("env", "keep", Extern::Func(keep));
    let module = Module::from_wat(engine, EXN_MODULE).expect("valid module");
    let instance = linker.instantiate(&mut store, &module).expect("instantiates");
    (store, instance)
}

#[test]
fn exnref_round_trips_through_wasm() {
    for engine in engines() {
        let (mut store, instance) = exn_instance(&engine);
        let tag = instance.get_tag(&store, "e").unwrap();
        let catch = instance.get_typed_func::<(i32, u128), Option<Exn>>(&store, "catch").unwrap();
        let exn = catch.call(&mut store, (42, A)).unwrap().expect("a caught exception");
        assert_eq!(exn.tag(&store), tag);
        assert_eq!(exn.payload(&store), vec![Val::I32(42), Val::V128(A)]);
        // Back into wasm: its payload is read by a catch clause.
        let payload = instance.get_typed_func::<Option<Exn>, (i32, u128)>(&store, "payload").unwrap();
        assert_eq!(payload.call(&mut store, Some(exn)).unwrap(), (42, A));
        // A host-made exception too.
        let made = Exn::new(&mut store, tag, &[Val::I32(-1), Val::V128(B)]).unwrap();
        assert_eq!(payload.call(&mut store, Some(made)).unwrap(), (-1, B));
        // Rethrown, it escapes as the same exception.
        let rethrow = instance.get_typed_func::<Option<Exn>, ()>(&store, "rethrow").unwrap();
        match rethrow.call(&mut store, Some(exn)) {
            Err(Error::Trap(t)) => assert_eq!(t.exception, Some(exn)),
            other => panic!("expected the exception to escape, got {other:?}"),
        }
        // null: `throw_ref` of null traps.
        assert!(matches!(rethrow.call(&mut store, None), Err(Error::Trap(t)) if t.exception.is_none()));
        // Mixed with a v128 on both sides.
        let pair = instance.get_typed_func::<(Option<Exn>, u128), (u128, Option<Exn>)>(&store, "pair").unwrap();
        assert_eq!(pair.call(&mut store, (Some(exn), B)).unwrap(), (B, Some(exn)));
        assert_eq!(pair.call(&mut store, (None, A)).unwrap(), (A, None));
    }
}

#[test]
fn exnref_host_functions() {
    for engine in engines() {
        let (mut store, instance) = exn_instance(&engine);
        let catch = instance.get_typed_func::<(i32, u128), Option<Exn>>(&store, "catch").unwrap();
        let exn = catch.call(&mut store, (7, B)).unwrap();
        assert!(exn.is_some());
        // Wasm passes the exnref to the typed host function and gets it back.
        let via = instance.get_typed_func::<(i32, Option<Exn>), (Option<Exn>, i32)>(&store, "via-keep").unwrap();
        assert_eq!(via.call(&mut store, (1, exn)).unwrap(), (exn, 2));
        assert_eq!(via.call(&mut store, (5, None)).unwrap(), (None, 6));
        // A typed host function that makes an exception of a host tag and returns it.
        let tag = Tag::new(&mut store, &FuncType::new([ValType::I64], [])).unwrap();
        let make =
            Func::wrap(&mut store, move |mut caller: regwasm::Caller<'_, ()>, n: i64| -> Result<Option<Exn>, Error> {
                Ok(Some(Exn::new(&mut caller, tag, &[Val::I64(n * 2)])?))
            });
        assert_eq!(make.ty(&store), FuncType::new([ValType::I64], [ValType::ExnRef]));
        let made = make.typed::<i64, Option<Exn>>(&store).unwrap().call(&mut store, 21).unwrap().unwrap();
        assert_eq!(made.tag(&store), tag);
        assert_eq!(made.payload(&store), vec![Val::I64(42)]);
    }
}

#[test]
fn exnref_of_another_store_is_refused() {
    for engine in engines() {
        let (mut store, instance) = exn_instance(&engine);
        let (mut other, other_instance) = exn_instance(&engine);
        let catch = other_instance.get_typed_func::<(i32, u128), Option<Exn>>(&other, "catch").unwrap();
        let foreign = catch.call(&mut other, (1, 0)).unwrap();
        let rethrow = instance.get_typed_func::<Option<Exn>, ()>(&store, "rethrow").unwrap();
        assert!(matches!(rethrow.call(&mut store, foreign), Err(Error::Usage(_))));
        // A typed host function that returns another store's exception fails the call.
        let leak = Func::wrap(&mut store, move || foreign);
        let err = leak.typed::<(), Option<Exn>>(&store).unwrap().call(&mut store, ()).unwrap_err();
        assert!(err.to_string().contains("another store"), "{err}");
    }
}

#[test]
fn typed_signature_mismatches_are_errors() {
    for engine in engines() {
        let (store, instance) = v128_instance(&engine);
        let id = instance.get_func(&store, "id").unwrap();
        // v128 is neither i64 nor a pair of i64, and takes one u128 only.
        assert!(matches!(id.typed::<u64, u64>(&store), Err(Error::Usage(_))));
        assert!(matches!(id.typed::<(u64, u64), (u64, u64)>(&store), Err(Error::Usage(_))));
        assert!(matches!(id.typed::<u128, u64>(&store), Err(Error::Usage(_))));
        assert!(id.typed::<u128, u128>(&store).is_ok());
        let swap = instance.get_func(&store, "swap").unwrap();
        assert!(matches!(swap.typed::<(u128, u128), u128>(&store), Err(Error::Usage(_))));
        let (store, instance) = exn_instance(&engine);
        let catch = instance.get_func(&store, "catch").unwrap();
        // exnref is not funcref or externref.
        assert!(matches!(catch.typed::<(i32, u128), Option<Func>>(&store), Err(Error::Usage(_))));
        assert!(matches!(catch.typed::<(i32, u128), Option<regwasm::ExternRef>>(&store), Err(Error::Usage(_))));
        assert!(catch.typed::<(i32, u128), Option<Exn>>(&store).is_ok());
        let message = match instance.get_typed_func::<(i32, u128), u128>(&store, "catch") {
            Err(e) => e.to_string(),
            Ok(_) => panic!("signature mismatch accepted"),
        };
        assert!(message.contains("exnref") && message.contains("v128"), "{message}");
    }
}
