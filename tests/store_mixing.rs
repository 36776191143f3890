//! Handles used with a store that did not make them: every case is an `Error::Usage` (fallible
//! functions) or a documented panic (infallible accessors), never a read out of bounds or a
//! silent use of the other store's unrelated items. Funcref values entering from the host
//! (table initial values and writes, globals, call arguments, host results) are checked the
//! same way. Each case runs on both dispatch backends.

use regwasm::{
    Backend, Config, Engine, Error, Extern, ExternRef, Func, FuncType, Global, GlobalType, Limits, Linker, Memory,
    MemoryType, Module, Store, Table, TableType, TrapCode, Val, ValType,
};

fn engines() -> Vec<Engine> {
    [Backend::Loop, Backend::Threaded]
        .into_iter()
        .map(|backend| Engine::new(Config { backend, ..Config::default() }))
        .collect()
}

/// Asserts `Error::Usage` with a message that contains `what`.
#[track_caller]
fn assert_usage<T: std::fmt::Debug>(r: Result<T, Error>, what: &str) {
    match r {
        Err(Error::Usage(m)) => assert!(m.contains(what), "message {m:?} does not say {what:?}"),
        other => panic!("expected a usage error saying {what:?}, got {other:?}"),
    }
}

/// Asserts a trap raised by the host boundary with a detail that contains `what`.
#[track_caller]
fn assert_host_trap<T: std::fmt::Debug>(r: Result<T, Error>, what: &str) {
    match r {
        Err(Error::Trap(t)) => {
            assert_eq!(t.code, TrapCode::HostError);
            assert!(t.detail.contains(what), "trap {:?} does not say {what:?}", t.detail);
        }
        other => panic!("expected a host trap saying {what:?}, got {other:?}"),
    }
}

/// A module whose `callee` returns 7 and `call_at` calls table 0's entry `i` as `[] -> [i32]`.
const USER: &str = r#"(module
    (import "env" "table" (table 2 funcref))
    (func (export "callee") (result i32) i32.const 7)
    (type $t (func (result i32)))
    (func (export "call_at") (param i32) (result i32) local.get 0 call_indirect (type $t)))"#;

/// Store A with an instance of `USER`'s functions (imports satisfied with its own table).
fn store_with_callee(engine: &Engine) -> (Store<()>, Func) {
    let mut store = Store::new(engine, ());
    let ty = TableType::new(ValType::FuncRef, 2, None);
    let table = Table::new(&mut store, ty, Val::FuncRef(None)).unwrap();
    let mut linker = Linker::new(engine);
    linker.define("env", "table", Extern::Table(table));
    let inst = linker.instantiate(&mut store, &Module::from_wat(engine, USER).unwrap()).unwrap();
    let callee = inst.get_func(&store, "callee").unwrap();
    (store, callee)
}

fn funcref_table(min: u64) -> TableType {
    TableType::new(ValType::FuncRef, min, Some(100))
}

#[test]
fn a_function_of_another_store_cannot_become_a_table_entry() {
    for engine in engines() {
        let (_a, foreign) = store_with_callee(&engine);
        let mut b = Store::new(&engine, ());
        // As the initial value of a new table (the issue's case: then call_indirect read out
        // of bounds in store B).
        assert_usage(Table::new(&mut b, funcref_table(2), Val::FuncRef(Some(foreign))), "belongs to another store");
        // By a write or a growth of a table of store B.
        let table = Table::new(&mut b, funcref_table(2), Val::FuncRef(None)).unwrap();
        assert_usage(table.set(&mut b, 0, Val::FuncRef(Some(foreign))), "function belongs to another store");
        assert_usage(table.grow(&mut b, 1, Val::FuncRef(Some(foreign))), "function belongs to another store");
        assert_eq!(table.size(&b), 2);
        // Nothing got in: calling through the table finds null entries.
        let mut linker = Linker::new(&engine);
        linker.define("env", "table", Extern::Table(table));
        let inst = linker.instantiate(&mut b, &Module::from_wat(&engine, USER).unwrap()).unwrap();
        let call_at = inst.get_func(&b, "call_at").unwrap();
        let mut out = [Val::I32(0)];
        match call_at.call(&mut b, &[Val::I32(0)], &mut out) {
            Err(Error::Trap(t)) => assert_eq!(t.code, TrapCode::UninitializedElement),
            other => panic!("expected an uninitialized element, got {other:?}"),
        }
        // The same function of store B itself is accepted and callable.
        let own = inst.get_func(&b, "callee").unwrap();
        table.set(&mut b, 1, Val::FuncRef(Some(own))).unwrap();
        call_at.call(&mut b, &[Val::I32(1)], &mut out).unwrap();
        assert_eq!(out[0], Val::I32(7));
        assert_eq!(table.get(&b, 1), Some(Val::FuncRef(Some(own))));
    }
}

#[test]
fn table_writes_check_type_and_bounds() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let table = Table::new(&mut store, funcref_table(2), Val::FuncRef(None)).unwrap();
    assert_usage(table.set(&mut store, 2, Val::FuncRef(None)), "out of bounds");
    assert_usage(table.set(&mut store, u64::MAX, Val::FuncRef(None)), "out of bounds");
    let r = ExternRef::new(&mut store, 1u32);
    assert_usage(table.set(&mut store, 0, Val::ExternRef(Some(r))), "funcref table set to externref");
    assert_usage(table.grow(&mut store, 1, Val::I32(0)), "grown with i32");
    assert_usage(table.grow(&mut store, 99, Val::FuncRef(None)), "cannot grow");
    assert_eq!(table.grow(&mut store, 98, Val::FuncRef(None)).unwrap(), 2);
    assert_eq!(table.size(&store), 100);
    assert_eq!(table.get(&store, 100), None);
    assert_eq!(table.get(&store, u64::MAX), None);
}

#[test]
fn a_linker_filled_in_one_store_cannot_instantiate_into_another() {
    for engine in engines() {
        let module = Module::from_wat(
            &engine,
            r#"(module (import "host" "f" (func $f (result i32))) (func (export "g") (result i32) call $f))"#,
        )
        .unwrap();
        let ty = FuncType::new([], [ValType::I32]);
        let mut a = Store::new(&engine, ());
        let from_a = Func::new(&mut a, ty.clone(), |_, _, r| {
            r[0] = Val::I32(1);
            Ok(())
        });
        let mut linker = Linker::new(&engine);
        linker.define("host", "f", Extern::Func(from_a));
        // Store B has an unrelated function of the same type at the same index: it must not be
        // linked in its place.
        let mut b = Store::new(&engine, ());
        Func::new(&mut b, ty.clone(), |_, _, r| {
            r[0] = Val::I32(2);
            Ok(())
        });
        assert_usage(linker.instantiate(&mut b, &module), "cannot import host::f: function belongs to another store");
        // Items registered from an instance of store A: the same.
        let provider = Module::from_wat(
            &engine,
            r#"(module (func (export "f") (result i32) i32.const 3) (memory (export "m") 1)
                (table (export "t") 1 funcref) (global (export "g") i32 (i32.const 4)))"#,
        )
        .unwrap();
        let inst_a = Linker::new(provider.engine()).instantiate(&mut a, &provider).unwrap();
        let mut reg = Linker::new(&engine);
        reg.define_instance(&a, "host", inst_a);
        assert_usage(reg.instantiate(&mut b, &module), "cannot import host::f: function belongs to another store");
        // Instantiating into store A works.
        let inst = linker.instantiate(&mut a, &module).unwrap();
        let mut out = [Val::I32(0)];
        inst.get_func(&a, "g").unwrap().call(&mut a, &[], &mut out).unwrap();
        assert_eq!(out[0], Val::I32(1));
        // Every kind of import is checked.
        for (kind, import) in [
            ("memory", r#"(module (import "host" "m" (memory 1)))"#),
            ("table", r#"(module (import "host" "t" (table 1 funcref)))"#),
            ("global", r#"(module (import "host" "g" (global i32)))"#),
        ] {
            let m = Module::from_wat(&engine, import).unwrap();
            assert_usage(reg.instantiate(&mut b, &m), &format!("{kind} belongs to another store"));
            reg.instantiate(&mut a, &m).unwrap();
        }
    }
}

#[test]
fn globals_check_their_store_and_funcref_values() {
    for engine in engines() {
        let (mut a, foreign) = store_with_callee(&engine);
        let mut b = Store::new(&engine, ());
        let funcref = GlobalType { content: ValType::FuncRef, mutable: true };
        assert_usage(Global::new(&mut b, funcref, Val::FuncRef(Some(foreign))), "function belongs to another store");
        let g = Global::new(&mut b, funcref, Val::FuncRef(None)).unwrap();
        assert_usage(g.set(&mut b, Val::FuncRef(Some(foreign))), "function belongs to another store");
        assert_eq!(g.get(&b), Val::FuncRef(None));
        // A global of store B used with store A.
        assert_usage(g.set(&mut a, Val::FuncRef(None)), "global belongs to another store");
        // A funcref read back from a store is a handle of that store.
        let own = Global::new(&mut a, funcref, Val::FuncRef(Some(foreign))).unwrap();
        assert_eq!(own.get(&a), Val::FuncRef(Some(foreign)));
    }
}

#[test]
#[should_panic(expected = "global belongs to another store")]
fn reading_a_global_with_another_store_panics() {
    let engine = Engine::default();
    let mut a = Store::new(&engine, ());
    let g = Global::new(&mut a, GlobalType { content: ValType::I32, mutable: false }, Val::I32(5)).unwrap();
    let b = Store::new(&engine, ());
    g.get(&b);
}

#[test]
#[should_panic(expected = "memory belongs to another store")]
fn a_memory_of_another_store_panics_in_its_accessors() {
    let engine = Engine::default();
    let mut a = Store::new(&engine, ());
    let mut b = Store::new(&engine, ());
    // Store B has a memory at the same index: it must not be returned instead.
    Memory::new(&mut b, MemoryType { limits: Limits { min: 2, max: None }, memory64: false }).unwrap();
    let m = Memory::new(&mut a, MemoryType { limits: Limits { min: 1, max: None }, memory64: false }).unwrap();
    m.data(&b);
}

#[test]
fn every_memory_accessor_checks_the_store() {
    let engine = Engine::default();
    let mut a = Store::new(&engine, ());
    let mut b = Store::new(&engine, ());
    Memory::new(&mut b, MemoryType { limits: Limits { min: 2, max: None }, memory64: false }).unwrap();
    let m = Memory::new(&mut a, MemoryType { limits: Limits { min: 1, max: None }, memory64: false }).unwrap();
    let panics = |f: &mut dyn FnMut()| {
        let err = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).expect_err("must panic");
        let msg = err.downcast_ref::<String>().cloned().unwrap_or_default();
        assert_eq!(msg, "memory belongs to another store");
    };
    panics(&mut || {
        m.data_mut(&mut b);
    });
    panics(&mut || {
        m.size(&b);
    });
    panics(&mut || {
        m.grow(&mut b, 1);
    });
    panics(&mut || {
        m.ty(&b);
    });
    assert_eq!(m.size(&a), 1);
    assert_eq!(m.grow(&mut a, 1), Some(1));
}

#[test]
fn every_table_instance_and_function_accessor_checks_the_store() {
    let engine = Engine::default();
    let (a, callee) = store_with_callee(&engine);
    let (mut b, _) = store_with_callee(&engine);
    let table = Table::new(&mut b, funcref_table(1), Val::FuncRef(None)).unwrap();
    let panics = |what: &str, f: &mut dyn FnMut()| {
        let err = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).expect_err("must panic");
        let msg = err.downcast_ref::<String>().cloned().unwrap_or_default();
        assert_eq!(msg, format!("{what} belongs to another store"));
    };
    panics("table", &mut || {
        table.size(&a);
    });
    panics("table", &mut || {
        table.get(&a, 0);
    });
    panics("table", &mut || {
        table.ty(&a);
    });
    panics("function", &mut || {
        callee.ty(&b);
    });
    // An instance of store B used with store A.
    let module = Module::from_wat(&engine, r#"(module (func (export "f")))"#).unwrap();
    let inst = Linker::new(module.engine()).instantiate(&mut b, &module).unwrap();
    panics("instance", &mut || {
        inst.get_export(&a, "f");
    });
    panics("instance", &mut || {
        inst.get_func(&a, "f");
    });
    panics("instance", &mut || {
        inst.exports(&a);
    });
    panics("instance", &mut || {
        Linker::<()>::new(&engine).define_instance(&a, "m", inst);
    });
    assert!(inst.get_func(&b, "f").is_some());
}

#[test]
fn calls_check_the_function_and_funcref_arguments() {
    for engine in engines() {
        let (mut a, callee_a) = store_with_callee(&engine);
        let (mut b, callee_b) = store_with_callee(&engine);
        let mut out = [Val::I32(0)];
        // The same index exists in both stores: the call must not run store B's function.
        assert_usage(callee_a.call(&mut b, &[], &mut out), "function belongs to another store");
        callee_b.call(&mut b, &[], &mut out).unwrap();
        assert_eq!(out[0], Val::I32(7));
        // A funcref argument of another store.
        let module = Module::from_wat(
            &engine,
            r#"(module (type $t (func (result i32))) (table 1 funcref)
                (func (export "call_ref") (param funcref) (result i32)
                  i32.const 0 local.get 0 table.set
                  i32.const 0 call_indirect (type $t)))"#,
        )
        .unwrap();
        let inst = Linker::new(module.engine()).instantiate(&mut b, &module).unwrap();
        let call_ref = inst.get_func(&b, "call_ref").unwrap();
        assert_usage(call_ref.call(&mut b, &[Val::FuncRef(Some(callee_a))], &mut out), "belongs to another store");
        call_ref.call(&mut b, &[Val::FuncRef(Some(callee_b))], &mut out).unwrap();
        assert_eq!(out[0], Val::I32(7));
        callee_a.call(&mut a, &[], &mut out).unwrap();
    }
}

#[test]
fn a_stale_handle_of_a_dropped_store_is_rejected() {
    let engine = Engine::default();
    let (a, callee_a) = store_with_callee(&engine);
    drop(a);
    // A new store built the same way has a function at the same index.
    let (mut b, _) = store_with_callee(&engine);
    let mut out = [Val::I32(0)];
    assert_usage(callee_a.call(&mut b, &[], &mut out), "function belongs to another store");
}

#[test]
fn host_results_of_another_store_are_rejected() {
    for engine in engines() {
        let (_a, foreign) = store_with_callee(&engine);
        let (mut b, own) = store_with_callee(&engine);
        let module = Module::from_wat(
            &engine,
            r#"(module (type $t (func (result i32)))
                (import "host" "get" (func $get (result funcref))) (table 1 funcref)
                (func (export "f") (result i32)
                  i32.const 0 call $get table.set
                  i32.const 0 call_indirect (type $t)))"#,
        )
        .unwrap();
        for (give, ok) in [(foreign, false), (own, true)] {
            let get = Func::new(&mut b, FuncType::new([], [ValType::FuncRef]), move |_, _, r| {
                r[0] = Val::FuncRef(Some(give));
                Ok(())
            });
            let mut linker = Linker::new(&engine);
            linker.define("host", "get", Extern::Func(get));
            let inst = linker.instantiate(&mut b, &module).unwrap();
            let f = inst.get_func(&b, "f").unwrap();
            let mut out = [Val::I32(0)];
            let r = f.call(&mut b, &[], &mut out);
            if ok {
                r.unwrap();
                assert_eq!(out[0], Val::I32(7));
            } else {
                assert_host_trap(r, "host function returned a reference of another store");
            }
            // Called directly from the host too.
            let r = get.call(&mut b, &[], &mut [Val::FuncRef(None)]);
            if ok { r.unwrap() } else { assert_host_trap(r, "reference of another store") }
        }
    }
}

/// A host function cannot replace the store it runs in (it never gets `&mut Store`), but it
/// may replace the store's data: the call goes on and the store keeps the new data.
#[test]
fn a_host_function_may_replace_the_store_data() {
    for engine in engines() {
        let module = Module::from_wat(
            &engine,
            r#"(module (import "host" "swap" (func $swap (result i32)))
                (func (export "f") (result i32) call $swap i32.const 1 i32.add))"#,
        )
        .unwrap();
        let mut store = Store::new(&engine, vec![1u8]);
        let mut linker = Linker::new(&engine);
        linker.func_wrap("host", "swap", |mut caller: regwasm::Caller<'_, Vec<u8>>| -> i32 {
            let old = std::mem::replace(caller.data_mut(), vec![2, 3]);
            old.len() as i32 * 10
        });
        let inst = linker.instantiate(&mut store, &module).unwrap();
        let f = inst.get_typed_func::<(), i32>(&store, "f").unwrap();
        assert_eq!(f.call(&mut store, ()).unwrap(), 11);
        assert_eq!(store.data(), &vec![2, 3]);
        assert_eq!(f.call(&mut store, ()).unwrap(), 21);
    }
}

/// `max_call_depth = N` allows exactly N nested wasm activations, the outermost counted.
#[test]
fn max_call_depth_is_exact() {
    let wat = r#"(module (func $d (export "d") (param i32) (result i32)
        local.get 0 i32.eqz if (result i32) i32.const 0 else
        local.get 0 i32.const 1 i32.sub call $d i32.const 1 i32.add end))"#;
    for backend in [Backend::Loop, Backend::Threaded] {
        for n in [0u32, 1, 2, 3, 10, 1000] {
            let engine = Engine::new(Config { backend, max_call_depth: n, ..Config::default() });
            let mut store = Store::new(&engine, ());
            let inst = Linker::new(&engine).instantiate(&mut store, &Module::from_wat(&engine, wat).unwrap()).unwrap();
            let d = inst.get_func(&store, "d").unwrap();
            let mut out = [Val::I32(0)];
            // d(k) makes k + 1 nested activations. Twice each, so a cached path is exercised too.
            for _ in 0..2 {
                if n > 0 {
                    d.call(&mut store, &[Val::I32(n as i32 - 1)], &mut out)
                        .unwrap_or_else(|e| panic!("{backend:?} depth {n}: {e}"));
                    assert_eq!(out[0], Val::I32(n as i32 - 1));
                }
                match d.call(&mut store, &[Val::I32(n as i32)], &mut out) {
                    Err(Error::Trap(t)) => {
                        assert_eq!(t.code, TrapCode::StackOverflow, "{backend:?} depth {n}");
                        assert_eq!(t.to_string(), "call stack exhausted");
                    }
                    other => panic!("{backend:?} depth {n}: expected call stack exhausted, got {other:?}"),
                }
            }
        }
    }
}
