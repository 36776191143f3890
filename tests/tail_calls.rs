//! Tail calls (`return_call`, `return_call_indirect`) through the embedding API, on both
//! backends with lazy and eager translation: deep tail recursion runs in constant call-stack and
//! value-stack space (also across instances), a tail call into a host function calls it and
//! returns its results, a tail call into a larger frame near the end of the value stack traps
//! instead of overrunning it, and fuel charges a tail call like a call.

use regwasm::{
    Backend, Caller, Config, Engine, Error, Extern, Func, Instance, Linker, Module, Store, Translation, TrapCode, Val,
};

/// Every configuration a module can run in, on top of `base`.
fn configs(base: Config) -> Vec<Config> {
    let mut out = Vec::new();
    for backend in [Backend::Loop, Backend::Threaded] {
        for translation in [Translation::Lazy, Translation::Eager] {
            out.push(Config { backend, translation, ..base.clone() });
        }
    }
    out
}

fn instantiate(engine: &Engine, store: &mut Store<u64>, linker: &Linker<u64>, wat: &str) -> Instance {
    let module = Module::from_wat(engine, wat).expect("module loads");
    linker.instantiate(&mut *store, &module).expect("instantiates")
}

fn call(store: &mut Store<u64>, instance: Instance, name: &str, args: &[Val], n: usize) -> Result<Vec<Val>, Error> {
    let f = instance.get_func(&*store, name).expect("export");
    let mut out = vec![Val::I32(0); n];
    f.call(store, args, &mut out)?;
    Ok(out)
}

fn trap_code(r: Result<Vec<Val>, Error>) -> TrapCode {
    match r {
        Err(Error::Trap(t)) => t.code,
        other => panic!("expected a trap, got {other:?}"),
    }
}

/// `even`/`odd` by mutual tail recursion, once with direct and once with indirect tail calls;
/// the extra parameters and locals make the arguments move down in the frame.
const EVEN_ODD: &str = r#"(module
  (type $t (func (param i64 i64 i64) (result i32 i64)))
  (table 2 funcref)
  (elem (i32.const 0) $even_i $odd_i)
  (func $even (export "even") (param $n i64) (param $a i64) (param $b i64) (result i32 i64) (local i64 i64)
    (if (result i32 i64) (i64.eqz (local.get $n))
      (then (i32.const 1) (local.get $a))
      (else (return_call $odd (i64.sub (local.get $n) (i64.const 1)) (i64.add (local.get $a) (local.get $b)) (local.get $b)))))
  (func $odd (param $n i64) (param $a i64) (param $b i64) (result i32 i64)
    (if (result i32 i64) (i64.eqz (local.get $n))
      (then (i32.const 0) (local.get $a))
      (else (return_call $even (i64.sub (local.get $n) (i64.const 1)) (local.get $a) (i64.add (local.get $b) (i64.const 0))))))
  (func $even_i (export "even_i") (type $t)
    (if (result i32 i64) (i64.eqz (local.get 0))
      (then (i32.const 1) (local.get 1))
      (else (return_call_indirect (type $t) (i64.sub (local.get 0) (i64.const 1)) (i64.add (local.get 1) (local.get 2)) (local.get 2) (i32.const 1)))))
  (func $odd_i (type $t)
    (if (result i32 i64) (i64.eqz (local.get 0))
      (then (i32.const 0) (local.get 1))
      (else (return_call_indirect (type $t) (i64.sub (local.get 0) (i64.const 1)) (local.get 1) (local.get 2) (i32.const 0))))))"#;

#[test]
fn ten_million_deep_mutual_tail_recursion_runs_in_constant_space() {
    // A call depth of 8 and a value stack of 64 cells: only tail calls that replace the frame fit.
    let base = Config { max_call_depth: 8, max_stack_cells: 64, ..Config::default() };
    for config in configs(base) {
        let engine = Engine::new(config.clone());
        let mut store = Store::new(&engine, 0u64);
        let inst = instantiate(&engine, &mut store, &Linker::new(&engine), EVEN_ODD);
        let n = 10_000_000i64;
        for name in ["even", "even_i"] {
            let out = call(&mut store, inst, name, &[Val::I64(n), Val::I64(0), Val::I64(3)], 2)
                .unwrap_or_else(|e| panic!("{name} on {config:?}: {e}"));
            // a grows by b on each of the n/2 steps from `even` (or `even_i`) to its partner.
            assert_eq!(out, vec![Val::I32(1), Val::I64(3 * n / 2)], "{name} on {config:?}");
            let out = call(&mut store, inst, name, &[Val::I64(7), Val::I64(0), Val::I64(1)], 2).unwrap();
            assert_eq!(out, vec![Val::I32(0), Val::I64(4)], "{name} on {config:?}");
        }
    }
}

#[test]
fn ordinary_recursion_of_the_same_depth_still_exhausts_the_call_stack() {
    // The control for the test above: the same shape with `call` traps at the depth limit.
    let wat = r#"(module (func $f (export "f") (param i64) (result i64)
        (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 0))
          (else (call $f (i64.sub (local.get 0) (i64.const 1)))))))"#;
    for config in configs(Config { max_call_depth: 8, ..Config::default() }) {
        let engine = Engine::new(config);
        let mut store = Store::new(&engine, 0u64);
        let inst = instantiate(&engine, &mut store, &Linker::new(&engine), wat);
        assert_eq!(call(&mut store, inst, "f", &[Val::I64(7)], 1).unwrap(), vec![Val::I64(0)]);
        assert_eq!(trap_code(call(&mut store, inst, "f", &[Val::I64(8)], 1)), TrapCode::StackOverflow);
    }
}

#[test]
fn a_tail_call_into_a_host_function_calls_it_and_returns_its_results() {
    let wat = r#"(module
      (import "host" "divmod" (func $divmod (param i32 i32) (result i32 i32)))
      (type $t (func (param i32 i32) (result i32 i32)))
      (table funcref (elem $divmod))
      (func $direct (export "direct") (param i32 i32) (result i32 i32)
        (return_call $divmod (local.get 0) (local.get 1)))
      (func (export "indirect") (param i32 i32) (result i32 i32) (local i32 i32 i32)
        (local.set 2 (i32.const 99))
        (return_call_indirect (type $t) (local.get 0) (local.get 1) (i32.const 0)))
      ;; The host function's results become the caller's caller's operands.
      (func (export "nested") (param i32 i32) (result i32)
        (i32.sub (call $direct (local.get 0) (local.get 1)))))"#;
    for config in configs(Config::default()) {
        let engine = Engine::new(config.clone());
        let mut linker: Linker<u64> = Linker::new(&engine);
        linker.func_wrap(
            "host",
            "divmod",
            |mut caller: Caller<'_, u64>, a: i32, b: i32| -> Result<(i32, i32), Error> {
                *caller.data_mut() += 1;
                if b == 0 {
                    return Err(Error::Usage("division by zero in the host".into()));
                }
                Ok((a / b, a % b))
            },
        );
        let mut store = Store::new(&engine, 0u64);
        let inst = instantiate(&engine, &mut store, &linker, wat);
        for name in ["direct", "indirect"] {
            let out = call(&mut store, inst, name, &[Val::I32(47), Val::I32(5)], 2).unwrap();
            assert_eq!(out, vec![Val::I32(9), Val::I32(2)], "{name} on {config:?}");
            assert!(call(&mut store, inst, name, &[Val::I32(1), Val::I32(0)], 2).is_err(), "{name}: host error");
        }
        assert_eq!(call(&mut store, inst, "nested", &[Val::I32(47), Val::I32(5)], 1).unwrap(), vec![Val::I32(7)]);
        assert_eq!(*store.data(), 5, "the host ran once per call");
    }
}

#[test]
fn tail_calls_cross_instances_in_constant_space_and_return_to_the_right_instance() {
    // Two instances, each with its own memory, bounce a counter between them with tail calls;
    // the outer caller (in instance b) reads its own memory after the chain returns.
    let a_wat = r#"(module
      (import "b" "pong" (func $pong (param i32 i32) (result i32)))
      (memory 1) (data (i32.const 0) "\0a")
      (type $t (func (param i32 i32) (result i32)))
      (table (export "table") funcref (elem $ping))
      (func $ping (export "ping") (param $n i32) (param $acc i32) (result i32)
        (if (result i32) (i32.eqz (local.get $n))
          (then (i32.add (local.get $acc) (i32.load8_u (i32.const 0))))
          (else (return_call $pong (i32.sub (local.get $n) (i32.const 1)) (i32.add (local.get $acc) (i32.const 1)))))))"#;
    let b_wat = r#"(module
      (import "a" "table" (table 1 funcref))
      (memory 1) (data (i32.const 0) "\64")
      (type $t (func (param i32 i32) (result i32)))
      (func (export "pong") (param $n i32) (param $acc i32) (result i32)
        (if (result i32) (i32.eqz (local.get $n))
          (then (i32.add (local.get $acc) (i32.load8_u (i32.const 0))))
          (else (return_call_indirect (type $t) (i32.sub (local.get $n) (i32.const 1)) (local.get $acc) (i32.const 0)))))
      (func (export "run") (param i32) (result i32)
        (i32.add (call_indirect (type $t) (local.get 0) (i32.const 0) (i32.const 0)) (i32.load8_u (i32.const 0)))))"#;
    let base = Config { max_call_depth: 8, max_stack_cells: 64, ..Config::default() };
    for config in configs(base) {
        let engine = Engine::new(config.clone());
        let mut store = Store::new(&engine, 0u64);
        let a_module = Module::from_wat(&engine, a_wat).unwrap();
        let b_module = Module::from_wat(&engine, b_wat).unwrap();
        // `a` imports `pong` and `b` imports `a`'s table: the first `a` gets a placeholder
        // `pong` and only provides the table; a second `a` gets `b`'s `pong`, and the table is
        // pointed at its `ping` (instances a2 and b then call each other, a's code never runs).
        let mut linker: Linker<u64> = Linker::new(&engine);
        let placeholder = Func::wrap(&mut store, |_: i32, _: i32| -> i32 { -1 });
        linker.define("b", "pong", Extern::Func(placeholder));
        let a = linker.instantiate(&mut store, &a_module).unwrap();
        linker.define_instance(&store, "a", a);
        let b = linker.instantiate(&mut store, &b_module).unwrap();
        linker.define_instance(&store, "b", b);
        let a2 = linker.instantiate(&mut store, &a_module).unwrap();
        let ping2 = a2.get_func(&store, "ping").unwrap();
        let table = a.get_export(&store, "table").and_then(Extern::into_table).unwrap();
        table.set(&mut store, 0, Val::FuncRef(Some(ping2))).unwrap();
        // run(n): b -> a2.ping -> b.pong -> a2.ping ... ; n even ends in a2 (memory byte 10),
        // odd in b (100); then `run` adds b's own byte (100).
        let n = 1_000_001;
        let out = call(&mut store, b, "run", &[Val::I32(n)], 1).unwrap_or_else(|e| panic!("{config:?}: {e}"));
        assert_eq!(out, vec![Val::I32(n / 2 + 1 + 100 + 100)], "{config:?}");
        let out = call(&mut store, b, "run", &[Val::I32(4)], 1).unwrap();
        assert_eq!(out, vec![Val::I32(2 + 10 + 100)], "{config:?}");
    }
}

#[test]
fn a_tail_call_into_a_larger_frame_at_the_end_of_the_value_stack_traps() {
    // `small` fits in 40 cells, `big` needs 200 of them: the tail call must check that the
    // callee's frame fits (it replaces the caller's, it does not push one).
    let wat = r#"(module
      (func $big (param i32) (result i32)
        (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
               i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
               i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
               i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
               i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
               i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
               i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
               i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
               i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
               i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
        (local.set 200 (i64.const 5))
        (i32.add (local.get 0) (i32.wrap_i64 (local.get 200))))
      (type $t (func (param i32) (result i32)))
      (table funcref (elem $big))
      (func (export "direct") (param i32) (result i32) (return_call $big (local.get 0)))
      (func (export "indirect") (param i32) (result i32) (return_call_indirect (type $t) (local.get 0) (i32.const 0))))"#;
    for cells in [100, 1000] {
        for config in configs(Config { max_stack_cells: cells, ..Config::default() }) {
            let engine = Engine::new(config.clone());
            let mut store = Store::new(&engine, 0u64);
            let inst = instantiate(&engine, &mut store, &Linker::new(&engine), wat);
            for name in ["direct", "indirect"] {
                // Twice: the second call takes the cached fast path.
                for _ in 0..2 {
                    let r = call(&mut store, inst, name, &[Val::I32(1)], 1);
                    if cells == 100 {
                        assert_eq!(trap_code(r), TrapCode::StackOverflow, "{name} on {config:?}");
                    } else {
                        assert_eq!(r.unwrap(), vec![Val::I32(6)], "{name} on {config:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn fuel_charges_a_tail_call_like_a_call_and_runs_out_cleanly() {
    // Each step of `count` costs: block (param) local.get, i64.eqz, if = 3; the else arm:
    // local.get, i64.const, i64.sub, return_call = 4. The last step: 3 + then arm i64.const = 1.
    let wat = r#"(module
      (func $count (export "count") (param i64) (result i64)
        (if (result i64) (i64.eqz (local.get 0))
          (then (i64.const 42))
          (else (return_call $count (i64.sub (local.get 0) (i64.const 1)))))))"#;
    let model = |n: u64| n * (3 + 4) + 3 + 1;
    for config in configs(Config { consume_fuel: true, ..Config::default() }) {
        let engine = Engine::new(config.clone());
        let mut store = Store::new(&engine, 0u64);
        let inst = instantiate(&engine, &mut store, &Linker::new(&engine), wat);
        for n in [0u64, 1, 1000] {
            store.set_fuel(1_000_000).unwrap();
            let out = call(&mut store, inst, "count", &[Val::I64(n as i64)], 1).unwrap();
            assert_eq!(out, vec![Val::I64(42)]);
            assert_eq!(1_000_000 - store.get_fuel().unwrap(), model(n), "n = {n} on {config:?}");
        }
        // Not enough for the whole chain: a clean trap, and the store is refuelled and reused.
        store.set_fuel(model(1000) - 1).unwrap();
        assert_eq!(trap_code(call(&mut store, inst, "count", &[Val::I64(1000)], 1)), TrapCode::OutOfFuel);
        store.set_fuel(model(1000)).unwrap();
        assert_eq!(call(&mut store, inst, "count", &[Val::I64(1000)], 1).unwrap(), vec![Val::I64(42)]);
        assert_eq!(store.get_fuel().unwrap(), 0);
    }
}

#[test]
fn a_tail_call_into_another_instance_uses_that_instances_globals() {
    // The executor keeps the running instance's global indices in its context: a tail call
    // that switches instance must switch them, and the caller's caller must see its own again.
    let a_wat = r#"(module
      (global $g (mut i32) (i32.const 100))
      (func (export "bump") (result i32)
        (global.set $g (i32.add (global.get $g) (i32.const 1)))
        (global.get $g)))"#;
    let b_wat = r#"(module
      (import "a" "bump" (func $bump (result i32)))
      (global $g (mut i32) (i32.const 5))
      (func $tail (result i32) (return_call $bump))
      (func (export "run") (result i32)
        (i32.add (i32.mul (call $tail) (i32.const 1000)) (global.get $g))))"#;
    for config in configs(Config::default()) {
        let engine = Engine::new(config.clone());
        let mut store = Store::new(&engine, 0u64);
        let mut linker: Linker<u64> = Linker::new(&engine);
        let a = instantiate(&engine, &mut store, &linker, a_wat);
        linker.define_instance(&store, "a", a);
        let b = instantiate(&engine, &mut store, &linker, b_wat);
        assert_eq!(call(&mut store, b, "run", &[], 1).unwrap(), vec![Val::I32(101_005)], "{config:?}");
        assert_eq!(call(&mut store, b, "run", &[], 1).unwrap(), vec![Val::I32(102_005)], "{config:?}");
    }
}
