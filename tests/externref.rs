//! Host objects through `externref`: any `Any + Send + Sync` value goes into wasm as an
//! `ExternRef` (untyped `Val` and typed calls, tables, globals, host-function arguments and
//! results) and comes back as the same object; a reference never crosses into another store.

use regwasm::{
    Engine, Error, ExternRef, Func, FuncType, Global, GlobalType, Linker, Module, Store, TrapCode, Val, ValType,
};
use std::sync::{Arc, Mutex};

/// Keeps externrefs in a table and a global, and passes them through a host function.
const GUEST: &str = r#"(module
  (import "host" "describe" (func $describe (param externref) (result i32)))
  (import "host" "pick" (func $pick (param i32) (result externref)))
  (table $t 4 externref)
  (global $g (export "g") (mut externref) (ref.null extern))
  (func (export "id") (param externref) (result externref) local.get 0)
  (func (export "put") (param i32 externref) local.get 0 local.get 1 table.set $t)
  (func (export "get") (param i32) (result externref) local.get 0 table.get $t)
  (func (export "keep") (param externref) local.get 0 global.set $g)
  (func (export "describe") (param externref) (result i32) local.get 0 call $describe)
  (func (export "pick") (param i32) (result externref) local.get 0 call $pick)
  (func (export "is_null") (param externref) (result i32) local.get 0 ref.is_null))"#;

/// A host object that is not `Copy` and owns heap data.
#[derive(Debug, PartialEq)]
struct Session {
    user: String,
    scores: Vec<u32>,
}

struct Host {
    module: Module,
    linker: Linker<Vec<ExternRef>>,
}

impl Host {
    fn new(engine: &Engine) -> Host {
        let module = Module::from_wat(engine, GUEST).unwrap();
        let mut linker = Linker::new(engine);
        // Typed: the argument's object, read back in the host function.
        linker.func_wrap("host", "describe", |caller: regwasm::Caller<'_, Vec<ExternRef>>, r: Option<ExternRef>| {
            let Some(r) = r else { return -1 };
            match r.data(&caller).unwrap().downcast_ref::<Session>() {
                Some(s) => s.scores.iter().sum::<u32>() as i32,
                None => -2,
            }
        });
        linker.func_wrap("host", "pick", |caller: regwasm::Caller<'_, Vec<ExternRef>>, i: u32| {
            caller.data().get(i as usize).copied()
        });
        Host { module, linker }
    }
}

#[test]
fn host_objects_round_trip_through_wasm() {
    let engine = Engine::default();
    let host = Host::new(&engine);
    let mut store = Store::new(&engine, Vec::new());
    let alice = ExternRef::new(&mut store, Session { user: "alice".into(), scores: vec![3, 4] });
    let bob = ExternRef::new(&mut store, Arc::new(Mutex::new(String::from("shared"))));
    store.data_mut().extend([alice, bob]);
    let inst = host.linker.instantiate(&mut store, &host.module).unwrap();

    // Untyped identity: the same handle and the same object come back.
    let id = inst.get_func(&store, "id").unwrap();
    let mut out = [Val::ExternRef(None)];
    id.call(&mut store, &[Val::ExternRef(Some(alice))], &mut out).unwrap();
    assert_eq!(out[0], Val::ExternRef(Some(alice)));
    let Val::ExternRef(Some(back)) = out[0] else { panic!("{:?}", out[0]) };
    assert_eq!(
        back.data(&store).unwrap().downcast_ref::<Session>(),
        Some(&Session { user: "alice".into(), scores: vec![3, 4] })
    );
    // Typed identity, null included.
    let id = inst.get_typed_func::<Option<ExternRef>, Option<ExternRef>>(&store, "id").unwrap();
    assert_eq!(id.call(&mut store, Some(bob)).unwrap(), Some(bob));
    assert_eq!(id.call(&mut store, None).unwrap(), None);
    let is_null = inst.get_typed_func::<Option<ExternRef>, i32>(&store, "is_null").unwrap();
    assert_eq!((is_null.call(&mut store, None).unwrap(), is_null.call(&mut store, Some(bob)).unwrap()), (1, 0));
    // A shared object: the host mutates it after wasm held it, and sees the change through it.
    let shared = bob.data(&store).unwrap().downcast_ref::<Arc<Mutex<String>>>().unwrap().clone();
    shared.lock().unwrap().push_str(" and changed");
    let got = id.call(&mut store, Some(bob)).unwrap().unwrap();
    let got = got.data(&store).unwrap().downcast_ref::<Arc<Mutex<String>>>().unwrap();
    assert_eq!(*got.lock().unwrap(), "shared and changed");

    // Tables and globals keep them.
    let put = inst.get_typed_func::<(u32, Option<ExternRef>), ()>(&store, "put").unwrap();
    let get = inst.get_typed_func::<u32, Option<ExternRef>>(&store, "get").unwrap();
    put.call(&mut store, (2, Some(alice))).unwrap();
    put.call(&mut store, (3, Some(bob))).unwrap();
    assert_eq!((get.call(&mut store, 2).unwrap(), get.call(&mut store, 3).unwrap()), (Some(alice), Some(bob)));
    assert_eq!(get.call(&mut store, 0).unwrap(), None);
    let keep = inst.get_typed_func::<Option<ExternRef>, ()>(&store, "keep").unwrap();
    keep.call(&mut store, Some(alice)).unwrap();
    let g = inst.get_export(&store, "g").unwrap().into_global().unwrap();
    assert_eq!(g.get(&store), Val::ExternRef(Some(alice)));

    // Host functions get the object (typed argument) and return references (typed result).
    let describe = inst.get_typed_func::<Option<ExternRef>, i32>(&store, "describe").unwrap();
    assert_eq!(describe.call(&mut store, Some(alice)).unwrap(), 7);
    assert_eq!(describe.call(&mut store, Some(bob)).unwrap(), -2, "not a Session");
    assert_eq!(describe.call(&mut store, None).unwrap(), -1);
    let pick = inst.get_typed_func::<u32, Option<ExternRef>>(&store, "pick").unwrap();
    assert_eq!((pick.call(&mut store, 1).unwrap(), pick.call(&mut store, 9).unwrap()), (Some(bob), None));
}

#[test]
fn untyped_host_functions_see_and_return_objects() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let obj = ExternRef::new(&mut store, 41u64);
    let ty = FuncType::new([ValType::ExternRef], [ValType::ExternRef]);
    let f = Func::new(&mut store, ty, |caller, args, results| {
        let Val::ExternRef(Some(r)) = args[0] else { panic!("{:?}", args[0]) };
        let n = *r.data(&caller).unwrap().downcast_ref::<u64>().unwrap();
        results[0] = Val::ExternRef(Some(ExternRef::new(caller, n + 1)));
        Ok(())
    });
    let mut out = [Val::ExternRef(None)];
    f.call(&mut store, &[Val::ExternRef(Some(obj))], &mut out).unwrap();
    let Val::ExternRef(Some(r)) = out[0] else { panic!("{:?}", out[0]) };
    assert_ne!(r, obj);
    assert_eq!(r.data(&store).unwrap().downcast_ref::<u64>(), Some(&42));
}

#[test]
fn references_never_cross_stores() {
    let engine = Engine::default();
    let host = Host::new(&engine);
    let mut a = Store::new(&engine, Vec::<ExternRef>::new());
    let mut b = Store::new(&engine, Vec::new());
    let of_a = ExternRef::new(&mut a, String::from("a's secret"));
    // b has an object at the same index: a's reference must not reach it.
    let of_b = ExternRef::new(&mut b, String::from("b's object"));
    fn usage<T: std::fmt::Debug>(r: Result<T, Error>, what: &str) {
        match r {
            Err(Error::Usage(m)) => assert!(m.contains(what), "{m}"),
            other => panic!("expected a usage error, got {other:?}"),
        }
    }
    // Reading another store's object.
    usage(of_a.data(&b).map(|_| ()), "externref belongs to another store");
    assert_eq!(of_b.data(&b).unwrap().downcast_ref::<String>().unwrap(), "b's object");
    // Passing it to wasm of another store: untyped, typed, globals and tables.
    let inst = host.linker.instantiate(&mut b, &host.module).unwrap();
    let id = inst.get_func(&b, "id").unwrap();
    usage(id.call(&mut b, &[Val::ExternRef(Some(of_a))], &mut [Val::ExternRef(None)]), "another store");
    let typed = inst.get_typed_func::<Option<ExternRef>, Option<ExternRef>>(&b, "id").unwrap();
    usage(typed.call(&mut b, Some(of_a)), "another store");
    let g = inst.get_export(&b, "g").unwrap().into_global().unwrap();
    usage(g.set(&mut b, Val::ExternRef(Some(of_a))), "another store");
    assert_eq!(g.get(&b), Val::ExternRef(None));
    usage(
        Global::new(&mut b, GlobalType { content: ValType::ExternRef, mutable: false }, Val::ExternRef(Some(of_a)))
            .map(|_| ()),
        "another store",
    );
    // A host function of b returning a's reference traps instead of handing it to wasm.
    b.data_mut().push(of_a);
    let pick = inst.get_typed_func::<u32, Option<ExternRef>>(&b, "pick").unwrap();
    match pick.call(&mut b, 0) {
        Err(Error::Trap(t)) => {
            assert_eq!(t.code, TrapCode::HostError);
            assert!(t.detail.contains("reference of another store"), "{}", t.detail);
        }
        other => panic!("expected a host trap, got {other:?}"),
    }
    // Untyped host functions too.
    let leak = Func::new(&mut b, FuncType::new([], [ValType::ExternRef]), move |_, _, results| {
        results[0] = Val::ExternRef(Some(of_a));
        Ok(())
    });
    match leak.call(&mut b, &[], &mut [Val::ExternRef(None)]) {
        Err(Error::Trap(t)) => assert!(t.detail.contains("reference of another store"), "{}", t.detail),
        other => panic!("expected a host trap, got {other:?}"),
    }
    // a's object is untouched and still readable in a.
    assert_eq!(of_a.data(&a).unwrap().downcast_ref::<String>().unwrap(), "a's secret");
}
