//! Fuel through the embedding API: the cost model charged exactly and identically on every
//! configuration (both backends, lazy and eager translation), out-of-fuel traps before the
//! block runs and leave the store usable, fuel as seen from host functions, and the errors when
//! fuel is not enabled.

use regwasm::{
    Backend, Config, Engine, Error, Extern, Func, FuncType, Instance, Linker, Module, Store, Translation, Trap,
    TrapCode, Val, ValType,
};

/// Every configuration a module can run in.
fn configs() -> Vec<Config> {
    let mut out = Vec::new();
    for backend in [Backend::Loop, Backend::Threaded] {
        for translation in [Translation::Lazy, Translation::Eager] {
            out.push(Config { backend, translation, consume_fuel: true, ..Config::default() });
        }
    }
    out
}

fn instantiate(config: &Config, wat: &str) -> (Store<()>, Instance) {
    let engine = Engine::new(config.clone());
    let module = Module::from_wat(&engine, wat).expect("module loads");
    let mut store = Store::new(&engine, ());
    let instance = Linker::new(module.engine()).instantiate(&mut store, &module).expect("instantiates");
    (store, instance)
}

fn call1(store: &mut Store<()>, instance: Instance, name: &str, args: &[Val]) -> Result<Val, Error> {
    let f = instance.get_func(&*store, name).expect("export");
    let mut out = [Val::I32(0)];
    f.call(store, args, &mut out)?;
    Ok(out[0])
}

fn global_i32(store: &Store<()>, instance: Instance, name: &str) -> i32 {
    match instance.get_export(store, name).and_then(Extern::into_global).expect("global export").get(store) {
        Val::I32(v) => v,
        other => panic!("expected an i32, got {other:?}"),
    }
}

fn trap(r: Result<Val, Error>) -> Trap {
    match r {
        Err(Error::Trap(t)) => t,
        other => panic!("expected a trap, got {other:?}"),
    }
}

/// A loop with a call, an if/else and a global counter. The block costs (by the cost model in
/// `src/fuel.rs`) are written next to the code; `model` replays them.
const PROGRAM: &str = r#"(module
  (global $count (export "count") (mut i32) (i32.const 0))
  (func $id (param i32) (result i32) local.get 0)
  (func (export "run") (param $n i32) (result i32) (local $i i32) (local $s i32)
    block
      loop
        ;; A = 4
        local.get $i local.get $n i32.ge_u br_if 1
        ;; B = 5 + 4 + 4 = 13 (the call's callee is charged when it runs: G = 1)
        local.get $s local.get $i call $id i32.add local.set $s
        global.get $count i32.const 1 i32.add global.set $count
        local.get $i i32.const 1 i32.and if
          ;; T = 4
          local.get $s i32.const 3 i32.add local.set $s
        else
          ;; E = 4 (+ nop and drop: 0, and the local.get before the drop: 1) = 5
          nop local.get $s i32.const 1 i32.sub local.set $s local.get $s drop
        end
        ;; D = 5
        local.get $i i32.const 1 i32.add local.set $i br 0
      end
    end
    ;; C = 1
    local.get $s))"#;

/// What `run(n)` does with `fuel`: the expected result or trap backtrace depth, the count
/// global and the fuel left, from the block sequence A B G (T|E) D ... A C.
fn model(n: i32, fuel: u64) -> (Result<i32, usize>, i32, u64) {
    let (a, b, g, t, e, d, c) = (4, 13, 1, 4, 5, 5, 1);
    let mut left = fuel;
    let mut count = 0;
    let mut s: i32 = 0;
    // Charges a block; `Err(depth)` (the backtrace length) when the fuel does not cover it.
    let mut charge = |cost: u64, depth: usize| -> Result<(), usize> {
        if left < cost {
            return Err(depth);
        }
        left -= cost;
        Ok(())
    };
    let outcome = (|| {
        for i in 0..n {
            charge(a, 1)?;
            charge(b, 1)?;
            charge(g, 2)?;
            s = s.wrapping_add(i);
            count += 1;
            if i & 1 == 1 {
                charge(t, 1)?;
                s += 3;
            } else {
                charge(e, 1)?;
                s -= 1;
            }
            charge(d, 1)?;
        }
        charge(a, 1)?;
        charge(c, 1)?;
        Ok(s)
    })();
    (outcome, count, left)
}

#[test]
fn fuel_is_exact_on_a_known_program() {
    let (result, count, left) = model(10, 1000);
    // 10 iterations of A B G (T|E) D (5 with T, 5 with E) and the final A C.
    assert_eq!(1000 - left, 10 * (4 + 13 + 1 + 5) + 5 * 4 + 5 * 5 + 4 + 1);
    assert_eq!(count, 10);
    for config in configs() {
        let (mut store, instance) = instantiate(&config, PROGRAM);
        store.set_fuel(1000).unwrap();
        let out = call1(&mut store, instance, "run", &[Val::I32(10)]).unwrap();
        assert_eq!(Ok(out), result.map(Val::I32), "{config:?}");
        assert_eq!(store.get_fuel().unwrap(), left, "{config:?}");
        assert_eq!(global_i32(&store, instance, "count"), count);
    }
}

#[test]
fn out_of_fuel_traps_at_the_same_point_on_every_configuration() {
    // Every fuel amount from nothing to enough: the trap (or result), the work done before it
    // and the fuel left must match the model on every configuration.
    let (_, _, left) = model(6, 10_000);
    let needed = 10_000 - left;
    for config in configs() {
        let (mut store, instance) = instantiate(&config, PROGRAM);
        let count_global = instance.get_export(&store, "count").and_then(Extern::into_global).unwrap();
        for fuel in 0..=needed + 1 {
            count_global.set(&mut store, Val::I32(0)).unwrap();
            store.set_fuel(fuel).unwrap();
            let (expected, count, left) = model(6, fuel);
            let got = call1(&mut store, instance, "run", &[Val::I32(6)]);
            match expected {
                Ok(v) => assert_eq!(got.unwrap(), Val::I32(v), "{config:?} fuel {fuel}"),
                Err(depth) => {
                    let t = trap(got);
                    assert_eq!(t.code, TrapCode::OutOfFuel, "{config:?} fuel {fuel}");
                    assert_eq!(t.to_string(), "all fuel consumed");
                    assert_eq!(t.backtrace.len(), depth, "{config:?} fuel {fuel}: {:?}", t.backtrace);
                }
            }
            assert_eq!(global_i32(&store, instance, "count"), count, "{config:?} fuel {fuel}");
            assert_eq!(store.get_fuel().unwrap(), left, "{config:?} fuel {fuel}");
        }
    }
}

#[test]
fn out_of_fuel_then_refuel_and_call_again() {
    for config in configs() {
        let (mut store, instance) = instantiate(&config, PROGRAM);
        // A new store has no fuel: nothing runs.
        assert_eq!(store.get_fuel().unwrap(), 0);
        assert_eq!(trap(call1(&mut store, instance, "run", &[Val::I32(3)])).code, TrapCode::OutOfFuel);
        store.set_fuel(30).unwrap();
        assert_eq!(trap(call1(&mut store, instance, "run", &[Val::I32(1000)])).code, TrapCode::OutOfFuel);
        // The trap left less fuel than the next block needs, and the store works after it.
        assert!(store.get_fuel().unwrap() < 13, "{config:?}");
        store.set_fuel(1_000_000).unwrap();
        let (expected, _, left) = model(100, 1_000_000);
        assert_eq!(call1(&mut store, instance, "run", &[Val::I32(100)]).unwrap(), Val::I32(expected.unwrap()));
        assert_eq!(store.get_fuel().unwrap(), left);
    }
}

#[test]
fn host_functions_see_and_spend_fuel() {
    // `run` (one block: local.get, call, i32.const, i32.add = 4) calls the host, which records
    // the fuel it sees and charges 100 for its own work.
    let wat = r#"(module (import "host" "work" (func $work (param i32) (result i32)))
        (func (export "run") (param i32) (result i32) local.get 0 call $work i32.const 1 i32.add))"#;
    for config in configs() {
        let engine = Engine::new(config.clone());
        let module = Module::from_wat(&engine, wat).unwrap();
        let mut store = Store::new(&engine, ());
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        let ty = FuncType::new([ValType::I32], [ValType::I32]);
        let work = Func::new(&mut store, ty, move |mut caller, params, results| {
            let fuel = caller.get_fuel()?;
            log.lock().unwrap().push(fuel);
            caller.set_fuel(fuel.saturating_sub(100))?;
            results[0] = params[0];
            Ok(())
        });
        let mut linker = Linker::new(&engine);
        linker.define("host", "work", Extern::Func(work));
        let instance = linker.instantiate(&mut store, &module).unwrap();
        store.set_fuel(1000).unwrap();
        assert_eq!(call1(&mut store, instance, "run", &[Val::I32(41)]).unwrap(), Val::I32(42));
        // The whole block was paid before the call.
        assert_eq!(*seen.lock().unwrap(), vec![996]);
        assert_eq!(store.get_fuel().unwrap(), 896, "{config:?}");
    }
}

#[test]
fn fuel_api_is_an_error_without_consume_fuel() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    assert!(matches!(store.get_fuel(), Err(Error::Usage(m)) if m.contains("consume_fuel")));
    assert!(matches!(store.set_fuel(5), Err(Error::Usage(m)) if m.contains("consume_fuel")));
    assert!(matches!(store.interrupt_handle(), Err(Error::Usage(m)) if m.contains("interruptible")));
}

#[test]
fn recursion_and_indirect_calls_charge_every_activation() {
    // fib(n) by recursion, half of it through a table: each activation runs its entry block
    // and then either the `n < 2` arm (a return) or the recursive block.
    let wat = r#"(module (type $t (func (param i32) (result i32)))
        (table 1 funcref) (elem (i32.const 0) $fib)
        (func $fib (export "fib") (param i32) (result i32)
          local.get 0 i32.const 2 i32.lt_u if local.get 0 return end
          local.get 0 i32.const 1 i32.sub i32.const 0 call_indirect (type $t)
          local.get 0 i32.const 2 i32.sub call $fib i32.add))"#;
    fn activations(n: u32) -> (u64, u64) {
        // (leaves, inner)
        if n < 2 {
            (1, 0)
        } else {
            let (a, b) = activations(n - 1);
            let (c, d) = activations(n - 2);
            (a + c, b + d + 1)
        }
    }
    let (leaves, inner) = activations(15);
    // Entry block: local.get, i32.const, i32.lt_u, if = 4; then arm: local.get, return = 2;
    // after the if: local.get i32.const i32.sub i32.const call_indirect local.get i32.const
    // i32.sub call i32.add = 10.
    let expected = (leaves + inner) * 4 + leaves * 2 + inner * 10;
    for config in configs() {
        let (mut store, instance) = instantiate(&config, wat);
        store.set_fuel(u64::MAX).unwrap();
        assert_eq!(call1(&mut store, instance, "fib", &[Val::I32(15)]).unwrap(), Val::I32(610));
        assert_eq!(u64::MAX - store.get_fuel().unwrap(), expected, "{config:?}");
    }
}
