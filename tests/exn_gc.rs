//! The exception collector (`runtime::exn_gc`): exceptions caught by reference are reclaimed
//! once unreachable, so programs that keep throwing run in bounded memory; everything still
//! reachable (wasm locals and operands, globals, tables, payloads, host handles) survives
//! collections with its tag and payload; stale references never name a newer exception.
//! Every test runs on both backends.

use regwasm::wasi::{self, OutputPipe, WasiCtx, WasiCtxBuilder};
use regwasm::{
    Backend, Config, Engine, Error, Exn, Func, FuncType, Linker, Module, Store, Tag, TrapCode, Val, ValType,
};

fn engines(max_live_exceptions: usize) -> Vec<Engine> {
    [Backend::Loop, Backend::Threaded]
        .into_iter()
        .map(|backend| Engine::new(Config { backend, max_live_exceptions, ..Config::default() }))
        .collect()
}

fn call(store: &mut Store<()>, f: Func, args: &[Val], results: usize) -> Result<Vec<Val>, Error> {
    let mut out = vec![Val::I32(0); results];
    f.call(store, args, &mut out)?;
    Ok(out)
}

/// `make` throws `$e (v)` and returns it caught by reference; `payload` reads `$e`'s payload
/// back (`throw_ref`, `catch $e`: a wrong tag would not be caught); `churn` makes `n` such
/// exceptions and drops them (garbage), returning the sum of their payloads.
const LIB: &str = r#"
  (tag $e (export "e") (param i32))
  (func $make (export "make") (param $v i32) (result exnref) (local $x exnref)
    (block $h (result i32 exnref)
      (try_table (catch_ref $e $h) (throw $e (local.get $v)))
      (unreachable))
    (local.set $x)
    (drop)
    (local.get $x))
  (func $payload (export "payload") (param $x exnref) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (throw_ref (local.get $x)))
      (unreachable)))
  (func $churn (export "churn") (param $n i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (call $payload (call $make (local.get $n)))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s))
"#;

fn lib(engine: &Engine, extra: &str) -> (Store<()>, regwasm::Instance) {
    let mut store = Store::new(engine, ());
    let module = Module::from_wat(engine, &format!("(module {LIB} {extra})")).expect("valid module");
    let instance = Linker::new(engine).instantiate(&mut store, &module).expect("instantiates");
    (store, instance)
}

fn triangle(n: i32) -> i32 {
    (n as i64 * (n as i64 + 1) / 2) as i32
}

#[test]
fn exceptions_caught_by_reference_are_collected() {
    // Past the default bound of live exceptions, which used to end such a run with a trap.
    for engine in engines(1 << 20) {
        let (mut store, instance) = lib(&engine, "");
        let churn = instance.get_func(&store, "churn").unwrap();
        let n = (1 << 20) + 100;
        assert_eq!(call(&mut store, churn, &[Val::I32(n)], 1).unwrap(), [Val::I32(triangle(n))]);
        let (live, collections) = store.exception_stats();
        // The threshold adapts to the survivors (none here): about n / 1024 collections.
        assert!(collections >= 1000, "{collections} collections");
        assert!(live <= 1024, "{live} exceptions still alive");
    }
    // A store limit far below the number of exceptions made.
    for engine in engines(100) {
        let (mut store, instance) = lib(&engine, "");
        let churn = instance.get_func(&store, "churn").unwrap();
        assert_eq!(call(&mut store, churn, &[Val::I32(50_000)], 1).unwrap(), [Val::I32(triangle(50_000))]);
        assert!(store.exception_stats().0 <= 100);
    }
}

#[test]
fn reachable_exceptions_bound_the_store() {
    // Every exception stays reachable (a table element): the limit ends the run with a trap,
    // as before the collector, and collections made room as long as they could.
    let keep = r#"
      (table $t 0 exnref)
      (func (export "keep") (param $n i32)
        (loop $l
          (drop (table.grow $t (call $make (local.get $n)) (i32.const 1)))
          (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
      (func (export "kept") (result i32) (table.size $t))"#;
    for engine in engines(3000) {
        let (mut store, instance) = lib(&engine, keep);
        let keep = instance.get_func(&store, "keep").unwrap();
        let err = call(&mut store, keep, &[Val::I32(10_000)], 0).unwrap_err();
        assert_eq!(err.as_trap().map(|t| t.code), Some(TrapCode::TooManyExceptions), "{err}");
        let kept = instance.get_func(&store, "kept").unwrap();
        assert_eq!(call(&mut store, kept, &[], 1).unwrap(), [Val::I32(3000)]);
    }
}

#[test]
fn host_handles_survive_until_unrooted() {
    for engine in engines(1 << 20) {
        let (mut store, instance) = lib(&engine, "");
        let tag = instance.get_tag(&store, "e").unwrap();
        let (make, payload, churn) = (
            instance.get_func(&store, "make").unwrap(),
            instance.get_func(&store, "payload").unwrap(),
            instance.get_func(&store, "churn").unwrap(),
        );
        // One made by the host, one returned by wasm: both rooted.
        let mine = Exn::new(&mut store, tag, &[Val::I32(7)]).unwrap();
        let [Val::ExnRef(Some(theirs))] = call(&mut store, make, &[Val::I32(8)], 1).unwrap()[..] else {
            panic!("make returns an exception")
        };
        call(&mut store, churn, &[Val::I32(5000)], 1).unwrap();
        store.collect_exceptions();
        for (exn, v) in [(mine, 7), (theirs, 8)] {
            assert!(exn.is_live(&store));
            assert!(exn.is(&store, tag).unwrap());
            assert_eq!(exn.payload(&store), [Val::I32(v)]);
            assert_eq!(call(&mut store, payload, &[Val::ExnRef(Some(exn))], 1).unwrap(), [Val::I32(v)]);
        }
        // Unrooted and unreachable: reclaimed, the handles stale.
        mine.unroot(&mut store).unwrap();
        theirs.unroot(&mut store).unwrap();
        store.collect_exceptions();
        assert_eq!(store.exception_stats().0, 0);
        for stale in [mine, theirs] {
            assert!(!stale.is_live(&store));
            assert!(matches!(stale.is(&store, tag), Err(Error::Usage(_))));
            let err = call(&mut store, payload, &[Val::ExnRef(Some(stale))], 1).unwrap_err();
            assert!(matches!(err, Error::Usage(_)), "{err}");
        }
        // New exceptions reuse the slots, under new generations: the stale handles name none.
        let fresh: Vec<Exn> = (0..4).map(|v| Exn::new(&mut store, tag, &[Val::I32(100 + v)]).unwrap()).collect();
        for stale in [mine, theirs] {
            assert!(!fresh.contains(&stale));
            assert!(!stale.is_live(&store));
        }
        for (v, exn) in fresh.iter().enumerate() {
            assert_eq!(exn.payload(&store), [Val::I32(100 + v as i32)]);
        }
        // A stale handle smuggled in as a typed argument (not checked on the way in) traps
        // when thrown instead of throwing the exception now in its slot.
        let typed = payload.typed::<Option<Exn>, i32>(&store).unwrap();
        let err = typed.call(&mut store, Some(mine)).unwrap_err();
        assert_eq!(err.as_trap().map(|t| t.code), Some(TrapCode::StaleExceptionReference), "{err}");
    }
}

#[test]
fn exceptions_passed_to_the_host_are_rooted() {
    // A host function keeps every exception it is given; wasm drops them. Typed and dynamic
    // host functions.
    for (engine, dynamic) in engines(1 << 20).into_iter().flat_map(|e| [(e.clone(), false), (e, true)]) {
        let mut store = Store::new(&engine, ());
        let kept = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let k = kept.clone();
        let keep = if dynamic {
            let ty = FuncType::new([ValType::ExnRef], []);
            Func::new(&mut store, ty, move |_, args: &[Val], _: &mut [Val]| {
                let Val::ExnRef(Some(e)) = args[0] else { panic!("an exception") };
                k.lock().unwrap().push(e);
                Ok(())
            })
        } else {
            Func::wrap(&mut store, move |e: Option<Exn>| k.lock().unwrap().push(e.unwrap()))
        };
        let module = Module::from_wat(
            &engine,
            &format!(
                r#"(module (import "env" "keep" (func $keep (param exnref))) {LIB}
                   (func (export "give") (param $n i32)
                     (loop $l
                       (call $keep (call $make (local.get $n)))
                       (drop (call $churn (i32.const 10)))
                       (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))"#
            ),
        )
        .unwrap();
        let mut linker = Linker::new(&engine);
        linker.define("env", "keep", regwasm::Extern::Func(keep));
        let instance = linker.instantiate(&mut store, &module).unwrap();
        let give = instance.get_func(&store, "give").unwrap();
        call(&mut store, give, &[Val::I32(500)], 0).unwrap();
        let kept = kept.lock().unwrap();
        assert_eq!(kept.len(), 500);
        for (i, exn) in kept.iter().enumerate() {
            assert_eq!(exn.payload(&store), [Val::I32(500 - i as i32)]);
        }
    }
}

/// Runs `benches/exceptions/exn_unwind.wat` for `rounds` rounds; its output.
fn exn_unwind(engine: &Engine, rounds: u32) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/exceptions/exn_unwind.wat");
    let module = Module::from_wat(engine, &std::fs::read_to_string(path).unwrap()).unwrap();
    let out = OutputPipe::new();
    let ctx = WasiCtxBuilder::new().args(["exn_unwind".to_string(), rounds.to_string()]).stdout(out.clone());
    let mut store = Store::new(engine, ctx.build());
    let mut linker = Linker::<WasiCtx>::new(engine);
    wasi::add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance.get_func(&store, "_start").unwrap();
    start.call(&mut store, &[], &mut []).unwrap();
    assert!(store.exception_stats().0 <= 2048, "{:?}", store.exception_stats());
    String::from_utf8(out.contents()).unwrap()
}

#[test]
fn exn_unwind_cleanups_run_in_bounded_memory() {
    // Each round makes 24 cleanup exceptions caught by reference: 2000 rounds need 48,000
    // over a run, 24 times the store's limit here.
    let rounds = 2000;
    let mut outputs = Vec::new();
    for limit in [2000, 1 << 20] {
        for engine in engines(limit) {
            outputs.push(exn_unwind(&engine, rounds));
        }
    }
    let fields: Vec<&str> = outputs[0].split_whitespace().collect();
    let r = rounds as u64;
    let expected = [("rounds", r), ("deep", r), ("shallow", 64 * r), ("local", 64 * r), ("cleanups", 24 * r)];
    for (name, value) in expected {
        let at = fields.iter().position(|f| *f == name).unwrap_or_else(|| panic!("{name} in {}", outputs[0]));
        assert_eq!(fields[at + 1], value.to_string(), "{name} in {}", outputs[0]);
    }
    // The same checksum of the payloads whatever the limit (so the schedule of collections)
    // and the backend.
    assert!(outputs.iter().all(|o| *o == outputs[0]), "{outputs:#?}");
}

#[test]
fn host_tag_exceptions_of_other_types_survive() {
    // A v128 and exnref payload through the host API across collections.
    for engine in engines(1 << 20) {
        let (mut store, instance) = lib(&engine, "");
        let inner_tag = instance.get_tag(&store, "e").unwrap();
        let tag = Tag::new(&mut store, &FuncType::new([ValType::V128, ValType::ExnRef], [])).unwrap();
        let inner = Exn::new(&mut store, inner_tag, &[Val::I32(42)]).unwrap();
        let outer = Exn::new(&mut store, tag, &[Val::V128(u128::MAX - 5), Val::ExnRef(Some(inner))]).unwrap();
        // The inner one is reachable only from the outer one's payload.
        inner.unroot(&mut store).unwrap();
        let churn = instance.get_func(&store, "churn").unwrap();
        call(&mut store, churn, &[Val::I32(3000)], 1).unwrap();
        store.collect_exceptions();
        assert!(inner.is_live(&store));
        assert_eq!(outer.payload(&store), [Val::V128(u128::MAX - 5), Val::ExnRef(Some(inner))]);
        assert_eq!(inner.payload(&store), [Val::I32(42)]);
        // Reading the payload rooted the inner one again: it outlives the outer one.
        outer.unroot(&mut store).unwrap();
        store.collect_exceptions();
        assert!(!outer.is_live(&store));
        assert_eq!(inner.payload(&store), [Val::I32(42)]);
        inner.unroot(&mut store).unwrap();
        store.collect_exceptions();
        assert!(!inner.is_live(&store));
    }
}

#[test]
fn collections_from_the_host_keep_the_suspended_runs_roots() {
    // While `hold` waits in a host call, keeping two exceptions (a local and an operand below
    // the call), the host makes and drops thousands (collections with no wasm running) and
    // calls back into wasm, whose run churns through thousands more on another stack.
    for engine in engines(1 << 20) {
        let mut store = Store::new(&engine, ());
        let module = Module::from_wat(
            &engine,
            &format!(
                r#"(module (import "env" "alloc" (func $alloc)) {LIB}
                   (func (export "hold") (result i32 i32) (local $x exnref)
                     (local.set $x (call $make (i32.const 77)))
                     (call $make (i32.const 78))
                     (call $alloc)
                     (call $payload)
                     (call $payload (local.get $x))))"#
            ),
        )
        .unwrap();
        let mut linker = Linker::new(&engine);
        linker.func_wrap("env", "alloc", |mut caller: regwasm::Caller<'_, ()>| {
            let Some(regwasm::Extern::Tag(tag)) = caller.get_export("e") else { panic!("tag e") };
            for v in 0..3000 {
                let exn = Exn::new(&mut caller, tag, &[Val::I32(v)]).unwrap();
                exn.unroot(&mut caller).unwrap();
            }
            let Some(regwasm::Extern::Func(churn)) = caller.get_export("churn") else { panic!("churn") };
            let mut out = [Val::I32(0)];
            churn.call(&mut caller, &[Val::I32(3000)], &mut out).unwrap();
            assert_eq!(out, [Val::I32(triangle(3000))]);
        });
        let instance = linker.instantiate(&mut store, &module).unwrap();
        let hold = instance.get_func(&store, "hold").unwrap();
        let before = store.exception_stats().1;
        assert_eq!(call(&mut store, hold, &[], 2).unwrap(), [Val::I32(78), Val::I32(77)]);
        assert!(store.exception_stats().1 >= before + 4, "{:?}", store.exception_stats());
    }
}

#[test]
fn a_run_that_panics_leaves_nothing_for_the_collector() {
    // A host function panics inside a run; the caller catches the panic and goes on using the
    // store: collections must not scan the value stack of the run that unwound (it is freed).
    for engine in engines(1 << 20) {
        let mut store = Store::new(&engine, ());
        let module = Module::from_wat(
            &engine,
            &format!(
                r#"(module (import "env" "boom" (func $boom)) {LIB}
                   (func (export "boom") (local $x exnref)
                     (local.set $x (call $make (i32.const 1)))
                     (call $boom)))"#
            ),
        )
        .unwrap();
        let mut linker = Linker::new(&engine);
        fn boom() {
            panic!("host function panics");
        }
        linker.func_wrap("env", "boom", boom);
        let instance = linker.instantiate(&mut store, &module).unwrap();
        let boom = instance.get_func(&store, "boom").unwrap();
        let churn = instance.get_func(&store, "churn").unwrap();
        for _ in 0..3 {
            let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| call(&mut store, boom, &[], 0)));
            assert!(caught.is_err());
        }
        assert_eq!(call(&mut store, churn, &[Val::I32(5000)], 1).unwrap(), [Val::I32(triangle(5000))]);
        store.collect_exceptions();
        assert_eq!(store.exception_stats().0, 0);
    }
}
