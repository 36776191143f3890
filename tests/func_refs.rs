//! Typed function references (Wasm 3.0) through the embedding API, on both backends with lazy
//! and eager translation: `call_ref` and `return_call_ref` (into wasm functions of this and
//! other instances and into host functions, a tail-call chain in constant space), the null
//! traps, `br_on_null`/`br_on_non_null` carrying values to blocks and to the function's return,
//! `ref.as_non_null`, and the host boundary's type checks for `(ref $t)`: calls, host results,
//! globals, tables, and import subtyping.

use regwasm::{
    Backend, Config, Engine, Error, ExternType, Func, FuncType, Global, GlobalType, HeapType, Instance, Limits, Linker,
    Module, RefType, Store, Table, TableType, Translation, TrapCode, Val, ValType,
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

fn instantiate(engine: &Engine, store: &mut Store<()>, linker: &Linker<()>, wat: &str) -> Instance {
    let module = Module::from_wat(engine, wat).expect("module loads");
    linker.instantiate(&mut *store, &module).expect("instantiates")
}

fn call(store: &mut Store<()>, instance: Instance, name: &str, args: &[Val], n: usize) -> Result<Vec<Val>, Error> {
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

/// Functions as values: `compose`-style application through `call_ref`, a countdown by
/// `return_call_ref`, and the null cases.
const CALLS: &str = r#"(module
  (type $un (func (param i32) (result i32)))
  (type $loop (func (param i64 i64) (result i64)))
  (import "host" "triple" (func $triple (type $un)))
  (import "other" "dec" (func $dec (type $un)))
  (elem declare func $inc $double $count $triple $dec)
  (func $inc (type $un) (i32.add (local.get 0) (i32.const 1)))
  (func $double (type $un) (i32.mul (local.get 0) (i32.const 2)))
  (func $pick (param $k i32) (result (ref $un))
    (block $b3 (block $b2 (block $b1 (block $b0
      (br_table $b0 $b1 $b2 $b3 (local.get $k)))
      (return (ref.func $inc)))
      (return (ref.func $double)))
      (return (ref.func $triple)))
    (ref.func $dec))
  ;; f(g(x)) with f and g chosen by index: wasm, host and another instance's functions.
  (func (export "apply2") (param $f i32) (param $g i32) (param $x i32) (result i32)
    (call_ref $un (call_ref $un (local.get $x) (call $pick (local.get $g))) (call $pick (local.get $f))))
  ;; n steps of acc += n through return_call_ref to itself.
  (func $count (type $loop)
    (if (result i64) (i64.eqz (local.get 0))
      (then (local.get 1))
      (else (return_call_ref $loop
        (i64.sub (local.get 0) (i64.const 1)) (i64.add (local.get 1) (local.get 0)) (ref.func $count)))))
  (func (export "count") (param i64) (result i64)
    (return_call_ref $loop (local.get 0) (i64.const 0) (ref.func $count)))
  ;; A tail call through a reference to a host function returns its result.
  (func (export "tail_host") (param i32) (result i32)
    (return_call_ref $un (local.get 0) (call $pick (i32.const 2))))
  (func (export "call_null") (result i32)
    (call_ref $un (i32.const 1) (ref.null $un)))
  (func (export "tail_null") (result i32)
    (return_call_ref $un (i32.const 1) (ref.null $un)))
  (func (export "as_non_null") (param i32) (result i32)
    (local $r (ref null $un))
    (if (local.get 0) (then (local.set $r (ref.func $double))))
    (call_ref $un (i32.const 21) (ref.as_non_null (local.get $r)))))"#;

const OTHER: &str = r#"(module
  (memory 1) (data (i32.const 0) "\01")
  ;; Reads its own memory: a wrong instance after the call would read another byte.
  (func (export "dec") (param i32) (result i32) (i32.sub (local.get 0) (i32.load8_u (i32.const 0)))))"#;

fn calls_instance(engine: &Engine, store: &mut Store<()>) -> Instance {
    let mut linker: Linker<()> = Linker::new(engine);
    linker.func_wrap("host", "triple", |x: i32| x * 3);
    let other = instantiate(engine, store, &linker, OTHER);
    linker.define_instance(&*store, "other", other);
    instantiate(engine, store, &linker, CALLS)
}

#[test]
fn call_ref_reaches_wasm_host_and_other_instance_functions() {
    for config in configs(Config::default()) {
        let engine = Engine::new(config.clone());
        let mut store = Store::new(&engine, ());
        let inst = calls_instance(&engine, &mut store);
        let fs: [fn(i32) -> i32; 4] = [|x| x + 1, |x| x * 2, |x| x * 3, |x| x - 1];
        for f in 0..4 {
            for g in 0..4 {
                let out = call(&mut store, inst, "apply2", &[Val::I32(f), Val::I32(g), Val::I32(10)], 1).unwrap();
                let want = fs[f as usize](fs[g as usize](10));
                assert_eq!(out, vec![Val::I32(want)], "f={f} g={g} on {config:?}");
            }
        }
    }
}

#[test]
fn return_call_ref_runs_in_constant_space_and_into_host_functions() {
    // A call depth of 4 and 64 value-stack cells: only tail calls that replace the frame fit.
    for config in configs(Config { max_call_depth: 4, max_stack_cells: 64, ..Config::default() }) {
        let engine = Engine::new(config.clone());
        let mut store = Store::new(&engine, ());
        let inst = calls_instance(&engine, &mut store);
        let n = 1_000_000i64;
        let out = call(&mut store, inst, "count", &[Val::I64(n)], 1).unwrap();
        assert_eq!(out, vec![Val::I64(n * (n + 1) / 2)], "{config:?}");
        assert_eq!(call(&mut store, inst, "tail_host", &[Val::I32(7)], 1).unwrap(), vec![Val::I32(21)]);
    }
}

#[test]
fn null_references_trap_with_the_spec_messages() {
    for config in configs(Config::default()) {
        let engine = Engine::new(config.clone());
        let mut store = Store::new(&engine, ());
        let inst = calls_instance(&engine, &mut store);
        assert_eq!(trap_code(call(&mut store, inst, "call_null", &[], 1)), TrapCode::NullFunctionReference);
        assert_eq!(trap_code(call(&mut store, inst, "tail_null", &[], 1)), TrapCode::NullFunctionReference);
        assert_eq!(trap_code(call(&mut store, inst, "as_non_null", &[Val::I32(0)], 1)), TrapCode::NullReference);
        assert_eq!(call(&mut store, inst, "as_non_null", &[Val::I32(1)], 1).unwrap(), vec![Val::I32(42)]);
        assert_eq!(TrapCode::NullFunctionReference.message(), "null function reference");
        assert_eq!(TrapCode::NullReference.message(), "null reference");
    }
}

/// `br_on_null` and `br_on_non_null` with the reference in a temporary just produced (a
/// `table.get`: the accumulator), in a local and as a constant, branching to a block with
/// one and with many values (a span copy) and to the function's return.
const BRANCHES: &str = r#"(module
  (type $un (func (param i32) (result i32)))
  (table $t 2 funcref)
  (elem (table $t) (i32.const 1) func $inc)
  (func $inc (type $un) (i32.add (local.get 0) (i32.const 1)))
  ;; -1 for a null entry, else entry(x): the reference comes straight from table.get.
  (func (export "on_null_temp") (param $i i32) (param $x i32) (result i32)
    (block $null (result i32)
      (i32.const -1)
      (br_on_null $null (table.get $t (local.get $i)))
      (drop)
      (drop)
      (local.get $x)
      (call_indirect $t (type $un) (local.get $i))))
  ;; The same with the reference in a local and the non-null value used after the branch.
  (func (export "on_null_local") (param $i i32) (param $x i32) (result i32)
    (local $r funcref)
    (local.set $r (table.get $t (local.get $i)))
    (block $null (result i32)
      (i32.const -1)
      (br_on_null $null (local.get $r))
      (drop)
      (drop)
      (local.get $x)
      (call_indirect $t (type $un) (local.get $i))))
  ;; The reference from a `select` just before (whose result could stay in the accumulator):
  ;; it must still be in its slot for the code after the branch.
  (func (export "on_null_select") (param $c i32) (param $x i32) (result i32)
    (local $null (ref null $un))
    (local $f (ref null $un))
    (block $null (result i32)
      (i32.const -1)
      (br_on_null $null (select (result (ref null $un)) (local.get $null) (ref.func $inc) (local.get $c)))
      (local.set $f)
      (drop)
      (call_ref $un (local.get $x) (local.get $f))))
  ;; The same for br_on_non_null: the reference is the value the block receives.
  (func (export "on_non_null_select") (param $c i32) (param $x i32) (result i32)
    (local $null (ref null $un))
    (call_ref $un (local.get $x)
      (block $nonnull (result (ref $un))
        (br_on_non_null $nonnull (select (result (ref null $un)) (local.get $null) (ref.func $inc) (local.get $c)))
        (return (i32.const -1)))))
  ;; A null reference straight to the function's return, with the result below it.
  (func (export "on_null_return") (param $i i32) (result i32)
    (i32.const 7)
    (br_on_null 0 (table.get $t (local.get $i)))
    (drop)
    (drop)
    (i32.const 8))
  ;; br_on_non_null carrying nine values (a span copy) plus the reference to a block; the
  ;; fall-through path drops the null and computes something else.
  (func (export "on_non_null_many") (param $i i32) (result i32)
    (local $sum i32)
    (block $nonnull (result i32 i32 i32 i32 i32 i32 i32 i32 i32 funcref)
      (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5)
      (i32.const 6) (i32.const 7) (i32.const 8) (local.get $i)
      (br_on_non_null $nonnull (table.get $t (local.get $i)))
      (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop)
      (return (i32.const -100)))
    (drop)
    (local.set $sum)
    (local.set $sum (i32.add (local.get $sum)))
    (local.set $sum (i32.add (local.get $sum)))
    (local.set $sum (i32.add (local.get $sum)))
    (local.set $sum (i32.add (local.get $sum)))
    (local.set $sum (i32.add (local.get $sum)))
    (local.set $sum (i32.add (local.get $sum)))
    (local.set $sum (i32.add (local.get $sum)))
    (local.set $sum (i32.add (local.get $sum)))
    (local.get $sum))
  ;; br_on_non_null to the function's return (the reference is the result), from a temporary.
  (func (export "on_non_null_return") (param $i i32) (result funcref)
    (br_on_non_null 0 (table.get $t (local.get $i)))
    (ref.null func))
  ;; br_on_non_null with the reference's value used by the block: call it.
  (func (export "on_non_null_call") (param $i i32) (param $x i32) (result i32)
    (local $f (ref null $un))
    (local.set $f
      (block $nonnull (result (ref $un))
        (br_on_non_null $nonnull (ref.func $inc))
        (unreachable)))
    (local.set $x (call_ref $un (local.get $x) (local.get $f)))
    (block $nonnull2 (result funcref)
      (br_on_non_null $nonnull2 (ref.null func))
      (return (i32.add (local.get $x) (i32.const 1000))))
    (drop)
    (i32.const -1)))"#;

#[test]
fn br_on_null_and_br_on_non_null_carry_their_values() {
    for config in configs(Config::default()) {
        let engine = Engine::new(config.clone());
        let mut store = Store::new(&engine, ());
        let inst = instantiate(&engine, &mut store, &Linker::new(&engine), BRANCHES);
        for name in ["on_null_temp", "on_null_local"] {
            assert_eq!(call(&mut store, inst, name, &[Val::I32(0), Val::I32(5)], 1).unwrap(), vec![Val::I32(-1)]);
            assert_eq!(call(&mut store, inst, name, &[Val::I32(1), Val::I32(5)], 1).unwrap(), vec![Val::I32(6)]);
        }
        for name in ["on_null_select", "on_non_null_select"] {
            assert_eq!(call(&mut store, inst, name, &[Val::I32(1), Val::I32(5)], 1).unwrap(), vec![Val::I32(-1)]);
            let out = call(&mut store, inst, name, &[Val::I32(0), Val::I32(5)], 1);
            assert_eq!(out.unwrap(), vec![Val::I32(6)], "{name} on {config:?}");
        }
        assert_eq!(call(&mut store, inst, "on_null_return", &[Val::I32(0)], 1).unwrap(), vec![Val::I32(7)]);
        assert_eq!(call(&mut store, inst, "on_null_return", &[Val::I32(1)], 1).unwrap(), vec![Val::I32(8)]);
        // 1 + ... + 8 + i (= 1) when the entry is not null.
        assert_eq!(call(&mut store, inst, "on_non_null_many", &[Val::I32(1)], 1).unwrap(), vec![Val::I32(37)]);
        assert_eq!(call(&mut store, inst, "on_non_null_many", &[Val::I32(0)], 1).unwrap(), vec![Val::I32(-100)]);
        let out = call(&mut store, inst, "on_non_null_return", &[Val::I32(1)], 1).unwrap();
        assert!(matches!(out[0], Val::FuncRef(Some(_))), "{out:?} on {config:?}");
        let out = call(&mut store, inst, "on_non_null_return", &[Val::I32(0)], 1).unwrap();
        assert_eq!(out, vec![Val::FuncRef(None)]);
        let out = call(&mut store, inst, "on_non_null_call", &[Val::I32(0), Val::I32(1)], 1).unwrap();
        assert_eq!(out, vec![Val::I32(1002)], "{config:?}");
    }
}

/// A module whose exports use a concrete reference type `(ref $bin)`.
const TYPED: &str = r#"(module
  (type $bin (func (param i32 i32) (result i32)))
  (type $un (func (param i32) (result i32)))
  (import "host" "make" (func $make (result (ref $bin))))
  (elem declare func $add $neg)
  (func $add (export "add") (type $bin) (i32.add (local.get 0) (local.get 1)))
  (func $neg (export "neg") (type $un) (i32.sub (i32.const 0) (local.get 0)))
  (global (export "g") (ref $bin) (ref.func $add))
  (global (export "gm") (mut (ref null $bin)) (ref.null $bin))
  (table (export "t") 2 (ref null $bin))
  (func (export "apply") (param $f (ref $bin)) (param i32 i32) (result i32)
    (call_ref $bin (local.get 1) (local.get 2) (local.get $f)))
  (func (export "from_host") (result i32)
    (call_ref $bin (i32.const 2) (i32.const 3) (call $make))))"#;

#[test]
fn the_host_boundary_checks_concrete_reference_types() {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, TYPED).unwrap();
    let apply_ty = module
        .export_types()
        .find_map(|(name, ty)| match ty {
            ExternType::Func(f) if name == "apply" => Some(f),
            _ => None,
        })
        .unwrap();
    let ValType::Ref(RefType { nullable: false, heap: HeapType::Concrete(bin) }) = apply_ty.params[0] else {
        panic!("apply's first parameter is (ref $bin): {apply_ty}");
    };
    assert_eq!(engine.func_type(bin), Some(FuncType::new([ValType::I32, ValType::I32], [ValType::I32])));
    assert_eq!(apply_ty.params[0].to_string(), format!("(ref $type{})", bin.as_u32()));

    // The host function returns the module's own $add (which it gets after instantiation:
    // a wrong-typed result traps with a host error instead).
    let mut linker: Linker<Option<Func>> = Linker::new(&engine);
    linker.func_new(
        "host",
        "make",
        FuncType::new([], [ValType::Ref(RefType { nullable: false, heap: HeapType::Concrete(bin) })]),
        |caller, _args, results| {
            results[0] = Val::FuncRef(*caller.data());
            Ok(())
        },
    );
    let mut store = Store::new(&engine, None);
    let inst = linker.instantiate(&mut store, &module).unwrap();
    let add = inst.get_func(&store, "add").unwrap();
    let neg = inst.get_func(&store, "neg").unwrap();
    let apply = inst.get_func(&store, "apply").unwrap();
    let mut out = [Val::I32(0)];

    // Calls: the right signature runs, another signature and null are refused before running.
    apply.call(&mut store, &[Val::FuncRef(Some(add)), Val::I32(4), Val::I32(5)], &mut out).unwrap();
    assert_eq!(out, [Val::I32(9)]);
    for bad in [Val::FuncRef(Some(neg)), Val::FuncRef(None), Val::I32(0)] {
        let err = apply.call(&mut store, &[bad, Val::I32(4), Val::I32(5)], &mut out).unwrap_err();
        assert!(matches!(err, Error::Usage(_)), "{bad:?}: {err}");
    }

    // Host results: null where (ref $bin) is expected traps; $add is fine; $neg traps.
    let from_host = inst.get_func(&store, "from_host").unwrap();
    let err = from_host.call(&mut store, &[], &mut out).unwrap_err();
    assert!(matches!(&err, Error::Trap(t) if t.code == TrapCode::HostError), "{err}");
    *store.data_mut() = Some(neg);
    assert!(matches!(from_host.call(&mut store, &[], &mut out), Err(Error::Trap(_))));
    *store.data_mut() = Some(add);
    from_host.call(&mut store, &[], &mut out).unwrap();
    assert_eq!(out, [Val::I32(5)]);

    // Globals and tables of (ref null $bin) take $add and null, not $neg.
    let gm = inst.get_export(&store, "gm").and_then(|e| e.into_global()).unwrap();
    gm.set(&mut store, Val::FuncRef(Some(add))).unwrap();
    gm.set(&mut store, Val::FuncRef(None)).unwrap();
    assert!(matches!(gm.set(&mut store, Val::FuncRef(Some(neg))), Err(Error::Usage(_))));
    let t = inst.get_export(&store, "t").and_then(|e| e.into_table()).unwrap();
    t.set(&mut store, 0, Val::FuncRef(Some(add))).unwrap();
    assert!(matches!(t.set(&mut store, 1, Val::FuncRef(Some(neg))), Err(Error::Usage(_))));
    assert!(matches!(t.grow(&mut store, 1, Val::FuncRef(Some(neg))), Err(Error::Usage(_))));
    assert_eq!(t.grow(&mut store, 1, Val::FuncRef(Some(add))).unwrap(), 2);

    // A table of non-nullable references needs a non-null initial value.
    let non_null = TableType {
        element: ValType::Ref(RefType { nullable: false, heap: HeapType::Concrete(bin) }),
        limits: Limits { min: 1, max: None },
        table64: false,
    };
    assert!(matches!(Table::new(&mut store, non_null, Val::FuncRef(None)), Err(Error::Usage(_))));
    Table::new(&mut store, non_null, Val::FuncRef(Some(add))).unwrap();
    let non_null_global =
        GlobalType { content: ValType::Ref(RefType { nullable: false, heap: HeapType::Func }), mutable: false };
    assert!(matches!(Global::new(&mut store, non_null_global, Val::FuncRef(None)), Err(Error::Usage(_))));
    Global::new(&mut store, non_null_global, Val::FuncRef(Some(neg))).unwrap();
}

#[test]
fn imports_match_by_structure_and_reference_subtyping() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let linker: Linker<()> = Linker::new(&engine);
    let exporter = instantiate(&engine, &mut store, &linker, TYPED_EXPORTS);
    let mut linker: Linker<()> = Linker::new(&engine);
    linker.define_instance(&store, "m", exporter);
    let link = |store: &mut Store<()>, wat: &str| {
        let module = Module::from_wat(&engine, wat).unwrap();
        linker.instantiate(store, &module).map(|_| ()).map_err(|e| e.to_string())
    };
    // A function type declared in another module with the same structure, and a type that
    // mentions it, are the same types.
    link(
        &mut store,
        r#"(module (type $x (func (param i32) (result i32)))
            (type $y (func (param (ref $x)) (result i32)))
            (import "m" "apply" (func (type $y))))"#,
    )
    .unwrap();
    // An immutable (ref $t) global may be imported as funcref or (ref null $t); a mutable one
    // only at its own type.
    link(&mut store, r#"(module (import "m" "g" (global funcref)))"#).unwrap();
    link(&mut store, r#"(module (type $t (func (param i32) (result i32))) (import "m" "g" (global (ref null $t))))"#)
        .unwrap();
    let err = link(&mut store, r#"(module (type $t (func (param i64))) (import "m" "g" (global (ref $t))))"#);
    assert!(err.is_err(), "another signature is no subtype");
    let err = link(&mut store, r#"(module (import "m" "gm" (global (mut funcref))))"#);
    assert!(err.is_err(), "mutable globals are invariant");
    link(&mut store, r#"(module (type $t (func (param i32) (result i32))) (import "m" "gm" (global (mut (ref $t)))))"#)
        .unwrap();
    // Tables are invariant.
    let err = link(&mut store, r#"(module (import "m" "t" (table 1 funcref)))"#);
    assert!(err.is_err(), "a (ref null $t) table is not a funcref table");
    link(&mut store, r#"(module (type $t (func (param i32) (result i32))) (import "m" "t" (table 1 (ref null $t))))"#)
        .unwrap();
    // A function whose signature mentions another structure is refused.
    let err = link(
        &mut store,
        r#"(module (type $x (func (param i64) (result i32)))
            (type $y (func (param (ref $x)) (result i32)))
            (import "m" "apply" (func (type $y))))"#,
    );
    assert!(err.is_err());
}

const TYPED_EXPORTS: &str = r#"(module
  (type $t (func (param i32) (result i32)))
  (elem declare func $id)
  (func $id (type $t) (local.get 0))
  (func (export "apply") (param (ref $t)) (result i32) (call_ref $t (i32.const 1) (local.get 0)))
  (global (export "g") (ref $t) (ref.func $id))
  (global (export "gm") (mut (ref $t)) (ref.func $id))
  (table (export "t") 1 (ref null $t)))"#;
