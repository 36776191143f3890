//! Indirect calls once their callee is in the store's call cache (`Store::call_cache`): the
//! cached fast path must still switch instances, check signatures, follow table updates and
//! report stack exhaustion, on both backends. Each test calls twice or more so the second call
//! runs with the cache filled by the first.

use regwasm::{Backend, Config, Engine, Error, Extern, Instance, Linker, Module, Store, TrapCode, Val};

fn engines() -> Vec<Engine> {
    [Backend::Loop, Backend::Threaded]
        .into_iter()
        .map(|backend| Engine::new(Config { backend, ..Config::default() }))
        .collect()
}

fn call_i32(store: &mut Store<()>, f: regwasm::Func, args: &[Val]) -> Result<i32, Error> {
    let mut out = [Val::I32(0)];
    f.call(store, args, &mut out)?;
    match out[0] {
        Val::I32(v) => Ok(v),
        other => panic!("expected an i32, got {other:?}"),
    }
}

/// One instance of `wat` in a fresh store.
fn instance(engine: &Engine, wat: &str) -> (Store<()>, Instance) {
    let mut store = Store::new(engine, ());
    let module = Module::from_wat(engine, wat).unwrap();
    let inst = Linker::new(module.engine()).instantiate(&mut store, &module).unwrap();
    (store, inst)
}

/// An instance of `provider`, registered as `name`, and an instance of `user` linked to it.
fn linked(engine: &Engine, name: &str, provider: &str, user: &str) -> (Store<()>, Instance) {
    let (mut store, provider) = instance(engine, provider);
    let mut linker = Linker::new(engine);
    linker.define_instance(&store, name, provider);
    let module = Module::from_wat(engine, user).unwrap();
    let inst = linker.instantiate(&mut store, &module).unwrap();
    (store, inst)
}

fn trap_code(e: Error) -> TrapCode {
    match e {
        Error::Trap(t) => t.code,
        other => panic!("expected a trap, got {other}"),
    }
}

/// A callee from another instance, reached through a shared table: it must read its own
/// instance's memory every time, not the caller's.
#[test]
fn a_cached_callee_of_another_instance_runs_in_its_instance() {
    let owner = r#"(module
        (memory (export "mem") 1)
        (data (i32.const 0) "\2a\00\00\00")
        (table (export "tab") 2 funcref)
        (func $read (result i32) (i32.load (i32.const 0)))
        (elem (i32.const 0) $read))"#;
    let user = r#"(module
        (import "owner" "tab" (table 2 funcref))
        (memory 1)
        (data (i32.const 0) "\07\00\00\00")
        (type $t (func (result i32)))
        (func $own (result i32) (i32.load (i32.const 0)))
        (elem (i32.const 1) $own)
        (func (export "via") (param i32) (result i32)
            (i32.add (call_indirect (type $t) (local.get 0)) (i32.load (i32.const 0)))))"#;
    for engine in engines() {
        let (mut store, user_inst) = linked(&engine, "owner", owner, user);
        let via = user_inst.get_func(&store, "via").unwrap();
        for _ in 0..3 {
            // owner's 42 (its memory) + user's 7 (the caller's memory, after the return)
            assert_eq!(call_i32(&mut store, via, &[Val::I32(0)]).unwrap(), 49);
            // user's own function through the same table: 7 + 7
            assert_eq!(call_i32(&mut store, via, &[Val::I32(1)]).unwrap(), 14);
        }
    }
}

/// A function called with its own signature (cached), then through the same table slot with
/// another signature: the second must trap, however often the first ran.
#[test]
fn a_cached_callee_still_checks_the_signature() {
    let wat = r#"(module
        (type $ret (func (result i32)))
        (type $arg (func (param i32) (result i32)))
        (table 1 funcref)
        (func $seven (result i32) (i32.const 7))
        (elem (i32.const 0) $seven)
        (func (export "right") (result i32) (call_indirect (type $ret) (i32.const 0)))
        (func (export "wrong") (result i32) (call_indirect (type $arg) (i32.const 1) (i32.const 0))))"#;
    for engine in engines() {
        let (mut store, inst) = instance(&engine, wat);
        let right = inst.get_func(&store, "right").unwrap();
        let wrong = inst.get_func(&store, "wrong").unwrap();
        for _ in 0..3 {
            assert_eq!(call_i32(&mut store, right, &[]).unwrap(), 7);
            let e = call_i32(&mut store, wrong, &[]).unwrap_err();
            assert_eq!(trap_code(e), TrapCode::IndirectCallTypeMismatch);
        }
    }
}

/// `table.set` between calls: the next call reaches the new element, and a cleared slot traps.
#[test]
fn indirect_calls_follow_table_updates() {
    let wat = r#"(module
        (type $t (func (result i32)))
        (table $tab 1 funcref)
        (func $one (result i32) (i32.const 1))
        (func $two (result i32) (i32.const 2))
        (elem declare func $one $two)
        (func (export "set") (param i32)
            (table.set $tab (i32.const 0)
                (select (result funcref) (ref.func $one) (ref.func $two) (local.get 0))))
        (func (export "clear") (table.set $tab (i32.const 0) (ref.null func)))
        (func (export "call") (result i32) (call_indirect (type $t) (i32.const 0))))"#;
    for engine in engines() {
        let (mut store, inst) = instance(&engine, wat);
        let set = inst.get_func(&store, "set").unwrap();
        let clear = inst.get_func(&store, "clear").unwrap();
        let call = inst.get_func(&store, "call").unwrap();
        for round in 0..2 {
            for (pick, expected) in [(1, 1), (0, 2), (1, 1)] {
                set.call(&mut store, &[Val::I32(pick)], &mut []).unwrap();
                assert_eq!(call_i32(&mut store, call, &[]).unwrap(), expected, "round {round}");
            }
            clear.call(&mut store, &[], &mut []).unwrap();
            let e = call_i32(&mut store, call, &[]).unwrap_err();
            assert_eq!(trap_code(e), TrapCode::UninitializedElement);
        }
    }
}

/// Unbounded recursion through `call_indirect` ends in a stack-exhaustion trap, the first time
/// (callee resolved on the way down) and again with the cache filled.
#[test]
fn indirect_recursion_exhausts_the_stack_cleanly() {
    let wat = r#"(module
        (type $t (func (param i32) (result i32)))
        (table 1 funcref)
        (func $down (type $t)
            (i32.add (i32.const 1) (call_indirect (type $t) (local.get 0) (i32.const 0))))
        (elem (i32.const 0) $down)
        (func (export "f") (param i32) (result i32) (call_indirect (type $t) (local.get 0) (i32.const 0))))"#;
    for engine in engines() {
        let (mut store, inst) = instance(&engine, wat);
        let f = inst.get_func(&store, "f").unwrap();
        for _ in 0..2 {
            let e = call_i32(&mut store, f, &[Val::I32(0)]).unwrap_err();
            assert_eq!(trap_code(e), TrapCode::StackOverflow);
        }
        // The store is still usable afterwards.
        let Some(Extern::Func(_)) = inst.get_export(&store, "f") else { panic!("export f") };
    }
}

/// Table 0 is the current instance's own: after a call into another instance and back, each
/// side's `call_indirect` uses its own table; a second table is reached through the instance.
#[test]
fn table_zero_follows_the_current_instance() {
    let other = r#"(module
        (type $t (func (result i32)))
        (table 1 funcref)
        (func $hundred (result i32) (i32.const 100))
        (elem (i32.const 0) $hundred)
        (func (export "through_own_table") (result i32) (call_indirect (type $t) (i32.const 0))))"#;
    let main = r#"(module
        (type $t (func (result i32)))
        (import "other" "through_own_table" (func $other (result i32)))
        (table $first 1 funcref)
        (table $second 1 funcref)
        (func $one (result i32) (i32.const 1))
        (func $ten (result i32) (i32.const 10))
        (elem (table $first) (i32.const 0) func $one)
        (elem (table $second) (i32.const 0) func $ten)
        (func (export "f") (result i32)
            (i32.add
                (i32.add (call_indirect $first (type $t) (i32.const 0)) (call $other))
                (i32.add (call_indirect $first (type $t) (i32.const 0))
                         (call_indirect $second (type $t) (i32.const 0))))))"#;
    for engine in engines() {
        let (mut store, inst) = linked(&engine, "other", other, main);
        let f = inst.get_func(&store, "f").unwrap();
        for _ in 0..3 {
            assert_eq!(call_i32(&mut store, f, &[]).unwrap(), 1 + 100 + 1 + 10);
        }
    }
}
