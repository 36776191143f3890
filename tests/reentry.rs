//! Re-entry from the host into wasm (guest -> host -> guest ...): each level recurses on the
//! native stack, which the wasm call-depth limit does not bound. `Config::max_reentry_depth`
//! ends a too-deep chain with the trap "call stack exhausted" instead of a native stack
//! overflow (abort), on both backends, in the 2 MiB stack of a test thread; shallow re-entry
//! still works, the limit is exact, and the store is usable after the trap.

use regwasm::{Backend, Config, Engine, Error, Extern, Func, FuncType, Linker, Module, Store, TrapCode, Val, ValType};
use std::sync::{Arc, OnceLock};

/// `f(n)`: 0 for `n == 0`, else `reenter(n - 1) + 1`, where the host function `reenter` calls
/// `f` again: `f(n)` re-enters wasm from the host `n` times.
const GUEST: &str = r#"(module
  (import "env" "reenter" (func $reenter (param i32) (result i32)))
  (func (export "f") (param i32) (result i32)
    local.get 0 i32.eqz
    if (result i32)
      i32.const 0
    else
      local.get 0 i32.const 1 i32.sub call $reenter i32.const 1 i32.add
    end))"#;

/// A store with `GUEST` instantiated, its host function calling back into `f`.
fn setup(config: Config) -> (Store<()>, Func) {
    let engine = Engine::new(config);
    let mut store = Store::new(&engine, ());
    let target: Arc<OnceLock<Func>> = Arc::default();
    let callee = target.clone();
    let host =
        Func::new(&mut store, FuncType::new([ValType::I32], [ValType::I32]), move |mut caller, params, results| {
            let f = *callee.get().expect("set after instantiation");
            f.call(&mut caller, params, results).map_err(Into::into)
        });
    let mut linker = Linker::new(&engine);
    linker.define("env", "reenter", Extern::Func(host));
    let module = Module::from_wat(&engine, GUEST).expect("valid module");
    let instance = linker.instantiate(&mut store, &module).expect("instantiates");
    let f = instance.get_func(&store, "f").expect("exported");
    target.set(f).expect("set once");
    (store, f)
}

fn call(store: &mut Store<()>, f: Func, n: i32) -> Result<i32, Error> {
    let mut out = [Val::I32(0)];
    f.call(store, &[Val::I32(n)], &mut out)?;
    match out[0] {
        Val::I32(v) => Ok(v),
        other => panic!("f returned {other:?}"),
    }
}

#[track_caller]
fn assert_exhausted(r: Result<i32, Error>) {
    match r {
        Err(Error::Trap(t)) => {
            assert_eq!(t.code, TrapCode::StackOverflow, "{t:?}");
            assert_eq!(t.to_string(), "call stack exhausted");
        }
        other => panic!("expected the trap \"call stack exhausted\", got {other:?}"),
    }
}

fn configs() -> [Config; 2] {
    [Backend::Loop, Backend::Threaded].map(|backend| Config { backend, ..Config::default() })
}

/// 100,000 levels would need hundreds of MiB of native stack: the default limit stops it with
/// a trap, within this test thread's stack (2 MiB unless `RUST_MIN_STACK` says otherwise).
#[test]
fn deep_reentry_traps_instead_of_overflowing() {
    for config in configs() {
        let backend = config.backend;
        let (mut store, f) = setup(config);
        assert_exhausted(call(&mut store, f, 100_000));
        // The store is usable afterwards: the count of active calls went back down.
        assert_eq!(call(&mut store, f, 50).unwrap(), 50, "{backend:?}");
        assert_exhausted(call(&mut store, f, 100_000));
    }
}

#[test]
fn shallow_reentry_works() {
    for config in configs() {
        let (mut store, f) = setup(config);
        for n in [0, 1, 2, 10, 100] {
            assert_eq!(call(&mut store, f, n).unwrap(), n);
        }
    }
}

/// The default limit itself is reachable in a 2 MiB thread (what the default was chosen for).
#[test]
fn default_limit_is_reachable() {
    let depth = Config::default().max_reentry_depth as i32;
    for config in configs() {
        let (mut store, f) = setup(config);
        assert_eq!(call(&mut store, f, depth).unwrap(), depth);
        assert_exhausted(call(&mut store, f, depth + 1));
    }
}

#[test]
fn the_limit_is_exact() {
    for config in configs() {
        let (mut store, f) = setup(Config { max_reentry_depth: 7, ..config.clone() });
        assert_eq!(call(&mut store, f, 7).unwrap(), 7);
        assert_exhausted(call(&mut store, f, 8));
        // 0 forbids re-entry; a call from the host that is not nested is fine.
        let (mut store, f) = setup(Config { max_reentry_depth: 0, ..config });
        assert_eq!(call(&mut store, f, 0).unwrap(), 0);
        assert_exhausted(call(&mut store, f, 1));
    }
}

/// With no depth limit, the native stack budget alone stops the chain (it is what protects
/// unoptimized builds, whose frames are about 40 times larger).
#[test]
fn the_stack_budget_stops_an_unlimited_depth() {
    for config in configs() {
        let config = Config { max_reentry_depth: u32::MAX, max_reentry_stack_bytes: 512 << 10, ..config };
        let (mut store, f) = setup(config);
        assert_eq!(call(&mut store, f, 2).unwrap(), 2);
        assert_exhausted(call(&mut store, f, 100_000));
        assert_eq!(call(&mut store, f, 2).unwrap(), 2);
    }
}

/// A wrong number of result slots is a usage error that says what the function returns.
#[test]
fn wrong_result_slot_count_is_a_usage_error() {
    let (mut store, f) = setup(Config::default());
    match f.call(&mut store, &[Val::I32(1)], &mut []) {
        Err(Error::Usage(m)) => {
            assert!(m.contains("returns 1 value(s)") && m.contains("0 slot(s)"), "{m}");
            assert!(m.contains("[i32] -> [i32]"), "{m}");
        }
        other => panic!("expected a usage error, got {other:?}"),
    }
}
