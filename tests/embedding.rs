//! The embedding API as a plugin host uses it: store data reached from host functions, typed
//! host functions and typed calls, host errors recovered by type, linkers shared across stores
//! and threads, pre-linked instantiation, per-store resource limits, memory helpers, and
//! module validation and import/export types.

use regwasm::{
    Caller, Engine, Error, ExternType, Func, FuncType, GlobalType, Linker, Memory, MemoryType, Module, ResourceLimiter,
    Store, StoreLimitsBuilder, TableType, Trap, TrapCode, Val, ValType,
};

fn module(engine: &Engine, wat: &str) -> Module {
    Module::from_wat(engine, wat).expect("module compiles")
}

/// A host error type of the embedder's own.
#[derive(Debug, PartialEq)]
struct QuotaExceeded {
    used: u32,
}

impl std::fmt::Display for QuotaExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "quota exceeded after {} calls", self.used)
    }
}

impl std::error::Error for QuotaExceeded {}

const COUNTER: &str = r#"(module
    (import "host" "bump" (func $bump (param i32) (result i32)))
    (func (export "run") (param i32) (result i32) (call $bump (local.get 0))))"#;

#[test]
fn host_functions_reach_the_store_data_and_fail_with_their_own_error() {
    let engine = Engine::default();
    let mut linker: Linker<u32> = Linker::new(&engine);
    linker.func_wrap("host", "bump", |mut caller: Caller<'_, u32>, by: i32| -> Result<i32, QuotaExceeded> {
        let used = caller.data_mut();
        if *used >= 2 {
            return Err(QuotaExceeded { used: *used });
        }
        *used += 1;
        Ok(by + *used as i32)
    });
    let module = module(&engine, COUNTER);
    let mut store = Store::new(&engine, 0u32);
    let run = linker.instantiate(&mut store, &module).unwrap().get_typed_func::<i32, i32>(&store, "run").unwrap();
    assert_eq!(run.call(&mut store, 10).unwrap(), 11);
    assert_eq!(run.call(&mut store, 10).unwrap(), 12);
    let err = run.call(&mut store, 10).unwrap_err();
    assert_eq!(err.downcast_ref::<QuotaExceeded>(), Some(&QuotaExceeded { used: 2 }));
    assert_eq!(err.to_string(), "host error: quota exceeded after 2 calls");
    let trap = err.as_trap().expect("a trap");
    assert_eq!(trap.code, TrapCode::HostError);
    assert_eq!(trap.backtrace, ["func[1]"], "the wasm frame that called the host");
    // The error chain: Error -> Trap -> the host's error.
    let source = std::error::Error::source(&err).expect("the trap");
    let inner = source.source().expect("the host's error");
    assert_eq!(inner.to_string(), "quota exceeded after 2 calls");
    assert_eq!(*store.data(), 2);
    // A wasm trap says so.
    let m = module_trap(&engine);
    let mut store = Store::new(&engine, 0u32);
    let f = Linker::new(&engine).instantiate(&mut store, &m).unwrap().get_typed_func::<(), ()>(&store, "f").unwrap();
    let err = f.call(&mut store, ()).unwrap_err();
    assert_eq!(err.to_string(), "wasm trap: unreachable");
    assert!(err.downcast_ref::<QuotaExceeded>().is_none());
    assert_eq!(format!("{:#}", err.as_trap().unwrap()), "unreachable\n  at func[0]");
}

fn module_trap(engine: &Engine) -> Module {
    module(engine, r#"(module (func (export "f") unreachable))"#)
}

#[test]
fn dynamic_host_functions_use_any_error_and_pass_traps_on() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, String::new());
    let ty = FuncType::new([ValType::I32], [ValType::I32]);
    let f = Func::new(&mut store, ty, |mut caller, params, results| {
        let Val::I32(n) = params[0] else { return Err("wrong type".into()) };
        caller.data_mut().push_str(&n.to_string());
        match n {
            0 => Err(Box::new(QuotaExceeded { used: 7 })),
            1 => Err(Trap::exit(4).into()),
            _ => {
                results[0] = Val::I32(n * 3);
                Ok(())
            }
        }
    });
    let typed = f.typed::<i32, i32>(&store).unwrap();
    assert_eq!(typed.call(&mut store, 5).unwrap(), 15);
    let err = typed.call(&mut store, 0).unwrap_err();
    assert_eq!(err.downcast_ref::<QuotaExceeded>(), Some(&QuotaExceeded { used: 7 }));
    let err = typed.call(&mut store, 1).unwrap_err();
    assert_eq!(err.as_trap().and_then(|t| t.exit_code), Some(4), "a returned Trap is passed on as it is");
    assert_eq!(store.data(), "501");
}

#[test]
fn dynamic_host_functions_move_values_of_every_type_and_check_their_results() {
    // Called from wasm: parameters of four types are read from the caller's frame and the
    // results written back; a result of the wrong type is a trap naming both types.
    let engine = Engine::default();
    let m = module(
        &engine,
        r#"(module
            (import "host" "swap" (func $swap (param i32 i64 f32 f64) (result f64 f32 i64 i32)))
            (import "host" "bad" (func $bad (result i32)))
            (func (export "run") (result i64)
              (local $a i32) (local $b i64) (local $c f32) (local $d f64)
              (call $swap (i32.const -7) (i64.const 0x1234_5678_9abc) (f32.const 2.5) (f64.const -0.125))
              local.set $a local.set $b local.set $c local.set $d
              ;; a*1000 + b + trunc(c*8) + trunc(d*2)
              (i64.add
                (i64.add (i64.mul (i64.extend_i32_s (local.get $a)) (i64.const 1000)) (local.get $b))
                (i64.add (i64.trunc_f32_s (f32.mul (local.get $c) (f32.const 8)))
                         (i64.trunc_f64_s (f64.mul (local.get $d) (f64.const 2))))))
            (func (export "bad") (result i32) (call $bad)))"#,
    );
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    let swap_ty = FuncType::new(
        [ValType::I32, ValType::I64, ValType::F32, ValType::F64],
        [ValType::F64, ValType::F32, ValType::I64, ValType::I32],
    );
    linker.func_new("host", "swap", swap_ty, |_caller: Caller<'_, ()>, params, results| {
        let [Val::I32(a), Val::I64(b), Val::F32(c), Val::F64(d)] = params else {
            return Err("unexpected parameters".into());
        };
        // Floats travel as their bits.
        let (c, d) = (f32::from_bits(*c), f64::from_bits(*d));
        results.copy_from_slice(&[
            Val::F64((d * 4.0).to_bits()),
            Val::F32((c * 2.0).to_bits()),
            Val::I64(*b + 1),
            Val::I32(*a - 1),
        ]);
        Ok(())
    });
    linker.func_new("host", "bad", FuncType::new([], [ValType::I32]), |_caller: Caller<'_, ()>, _params, results| {
        results[0] = Val::I64(1);
        Ok(())
    });
    let instance = linker.instantiate(&mut store, &m).unwrap();
    let run = instance.get_typed_func::<(), i64>(&store, "run").unwrap();
    // a = -8, b = 0x1234_5678_9abd, c = 5.0, d = -0.5
    assert_eq!(run.call(&mut store, ()).unwrap(), -8000 + 0x1234_5678_9abd + 40 - 1);
    let bad = instance.get_typed_func::<(), i32>(&store, "bad").unwrap();
    let err = bad.call(&mut store, ()).unwrap_err();
    let trap = err.as_trap().expect("a trap");
    assert!(trap.detail.contains("host function returned i64 where i32 was expected"), "{}", trap.detail);
}

#[test]
fn typed_values_round_trip_and_signatures_are_checked_once() {
    let engine = Engine::default();
    let m = module(
        &engine,
        r#"(module
        (import "host" "mix" (func $mix (param i32 i64 f32 f64) (result f64 i64)))
        (func (export "mix") (param i32 i64 f32 f64) (result f64 i64)
            (call $mix (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
        (func (export "ref") (param funcref) (result funcref) (local.get 0))
        (func (export "u") (param i32) (result i32) (local.get 0)))"#,
    );
    let mut linker: Linker<()> = Linker::new(&engine);
    linker.func_wrap("host", "mix", |a: u32, b: i64, c: f32, d: f64| (c as f64 + d + a as f64, b - 1));
    let mut store = Store::new(&engine, ());
    let inst = linker.instantiate(&mut store, &m).unwrap();
    let mix = inst.get_typed_func::<(u32, i64, f32, f64), (f64, i64)>(&store, "mix").unwrap();
    assert_eq!(mix.call(&mut store, (u32::MAX, i64::MIN + 1, 0.5, 0.25)).unwrap(), (4294967295.75, i64::MIN));
    // NaN payloads survive.
    let u = inst.get_typed_func::<u32, u32>(&store, "u").unwrap();
    assert_eq!(u.call(&mut store, 0xdead_beef).unwrap(), 0xdead_beef);
    // funcref values: ours pass, another store's are refused.
    let r = inst.get_typed_func::<Option<Func>, Option<Func>>(&store, "ref").unwrap();
    let own = inst.get_func(&store, "u");
    assert_eq!(r.call(&mut store, own).unwrap(), own);
    assert_eq!(r.call(&mut store, None).unwrap(), None);
    let mut other = Store::new(&engine, ());
    let foreign = Func::wrap(&mut other, || {});
    assert!(matches!(r.call(&mut store, Some(foreign)), Err(Error::Usage(_))));
    // Wrong signatures are refused when the typed function is made.
    let err = inst.get_typed_func::<i32, i64>(&store, "u").unwrap_err();
    assert!(matches!(&err, Error::Usage(m) if m.contains("[i32] -> [i32]")), "{err}");
    assert!(inst.get_typed_func::<(), ()>(&store, "missing").is_err());
    // A typed function used with another store.
    assert!(matches!(u.call(&mut other, 1), Err(Error::Usage(m)) if m.contains("another store")));
}

#[test]
fn a_linker_serves_many_stores_and_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Linker<Vec<u8>>>();
    assert_send_sync::<regwasm::InstancePre<Vec<u8>>>();
    let engine = Engine::default();
    let m = module(&engine, COUNTER);
    let mut linker: Linker<Vec<i32>> = Linker::new(&engine);
    linker.func_wrap("host", "bump", |mut caller: Caller<'_, Vec<i32>>, n: i32| {
        caller.data_mut().push(n);
        caller.data().len() as i32
    });
    let pre = std::sync::Arc::new(linker.instantiate_pre(&m).unwrap());
    let threads: Vec<_> = (0..3)
        .map(|t| {
            let (pre, engine) = (pre.clone(), engine.clone());
            std::thread::spawn(move || {
                let mut store = Store::new(&engine, Vec::new());
                let inst = pre.instantiate(&mut store).unwrap();
                let run = inst.get_typed_func::<i32, i32>(&store, "run").unwrap();
                for i in 0..5 {
                    assert_eq!(run.call(&mut store, t * 10 + i).unwrap(), i + 1);
                }
                store.into_data()
            })
        })
        .collect();
    for (t, th) in threads.into_iter().enumerate() {
        let t = t as i32;
        assert_eq!(th.join().unwrap(), (0..5).map(|i| t * 10 + i).collect::<Vec<_>>(), "each store has its own data");
    }
}

#[test]
fn instantiate_pre_checks_imports_once() {
    let engine = Engine::default();
    let m = module(&engine, COUNTER);
    let mut linker: Linker<()> = Linker::new(&engine);
    let err = linker.instantiate_pre(&m).unwrap_err();
    assert!(matches!(&err, Error::Link(msg) if msg.contains("unknown import: host::bump")), "{err}");
    linker.func_wrap("host", "bump", |n: i64| n);
    let err = linker.instantiate_pre(&m).unwrap_err();
    assert!(matches!(&err, Error::Link(msg) if msg.contains("incompatible import type for host::bump")), "{err}");
    let mem = module(&engine, r#"(module (import "host" "bump" (memory 1)))"#);
    assert!(matches!(linker.instantiate_pre(&mem), Err(Error::Link(msg)) if msg.contains("expected a memory")));
    // A module of another engine.
    let other = Engine::default();
    assert!(matches!(linker.instantiate_pre(&module(&other, "(module)")), Err(Error::Usage(_))));
}

#[test]
fn store_limits_cap_memory_tables_and_instances() {
    let engine = Engine::default();
    let m = module(
        &engine,
        r#"(module (memory 1) (table 1 funcref)
        (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
        (func (export "tgrow") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))"#,
    );
    let mut store = Store::new(&engine, ());
    store.limiter(StoreLimitsBuilder::new().memory_size(3 << 16).table_elements(4).instances(1).build());
    let inst = Linker::new(&engine).instantiate(&mut store, &m).unwrap();
    let grow = inst.get_typed_func::<i32, i32>(&store, "grow").unwrap();
    assert_eq!(grow.call(&mut store, 2).unwrap(), 1);
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1, "a fourth page is refused");
    let tgrow = inst.get_typed_func::<i32, i32>(&store, "tgrow").unwrap();
    assert_eq!(tgrow.call(&mut store, 3).unwrap(), 1);
    assert_eq!(tgrow.call(&mut store, 1).unwrap(), -1, "a fifth element is refused");
    let err = Linker::new(&engine).instantiate(&mut store, &m).unwrap_err();
    assert!(matches!(&err, Error::Link(msg) if msg.contains("resource limiter")), "{err}");
    // Memories and tables made by the host are limited too.
    assert!(
        Memory::new(&mut store, MemoryType { limits: regwasm::Limits { min: 4, max: None }, memory64: false }).is_err()
    );
    assert!(
        Memory::new(&mut store, MemoryType { limits: regwasm::Limits { min: 3, max: None }, memory64: false }).is_ok()
    );

    // Creation: a module whose memory starts beyond the limit fails to instantiate.
    let mut store = Store::new(&engine, ());
    store.limiter(StoreLimitsBuilder::new().memory_size(1 << 16).memories(1).tables(0).build());
    let big = module(&engine, "(module (memory 2))");
    assert!(matches!(Linker::new(&engine).instantiate(&mut store, &big), Err(Error::Link(m)) if m.contains("limiter")));
    let table = module(&engine, "(module (table 0 funcref))");
    assert!(
        matches!(Linker::new(&engine).instantiate(&mut store, &table), Err(Error::Link(m)) if m.contains("limiter"))
    );
    let small = module(&engine, "(module (memory 1))");
    Linker::new(&engine).instantiate(&mut store, &small).unwrap();
    let err = Linker::new(&engine).instantiate(&mut store, &small).unwrap_err();
    assert!(err.to_string().contains("limiter"), "a second memory: {err}");
}

/// A limiter of the embedder's own sees every request.
#[test]
fn a_custom_limiter_sees_growth_requests() {
    /// (current, desired, maximum) of every memory request.
    type Requests = Vec<(u64, u64, Option<u64>)>;
    #[derive(Clone, Default)]
    struct Log(std::sync::Arc<std::sync::Mutex<Requests>>);
    impl ResourceLimiter for Log {
        fn memory_growing(&mut self, current: u64, desired: u64, maximum: Option<u64>) -> bool {
            self.0.lock().unwrap().push((current, desired, maximum));
            desired <= 2 << 16
        }
        fn table_growing(&mut self, _: u64, _: u64, _: Option<u64>) -> bool {
            true
        }
    }
    let engine = Engine::default();
    let m = module(
        &engine,
        r#"(module (memory 1 5) (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))"#,
    );
    let log = Log::default();
    let mut store = Store::new(&engine, ());
    store.limiter(log.clone());
    let inst = Linker::new(&engine).instantiate(&mut store, &m).unwrap();
    let grow = inst.get_typed_func::<i32, i32>(&store, "grow").unwrap();
    assert_eq!(grow.call(&mut store, 1).unwrap(), 1);
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
    let p = 1 << 16;
    assert_eq!(*log.0.lock().unwrap(), [(0, p, Some(5 * p)), (p, 2 * p, Some(5 * p)), (2 * p, 3 * p, Some(5 * p))]);
}

#[test]
fn memory_read_and_write_check_bounds() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mem =
        Memory::new(&mut store, MemoryType { limits: regwasm::Limits { min: 1, max: None }, memory64: false }).unwrap();
    mem.write(&mut store, 65530, b"abcdef").unwrap();
    let mut buf = [0u8; 6];
    mem.read(&store, 65530, &mut buf).unwrap();
    assert_eq!(&buf, b"abcdef");
    assert!(matches!(mem.write(&mut store, 65531, b"abcdef"), Err(Error::Usage(m)) if m.contains("out of bounds")));
    assert!(mem.read(&store, usize::MAX, &mut buf).is_err());
    assert_eq!(&mem.data(&store)[65530..], b"abcdef", "a failed write changes nothing");
    let other = Store::new(&engine, ());
    assert!(matches!(mem.read(&other, 0, &mut buf), Err(Error::Usage(m)) if m.contains("another store")));
}

#[test]
fn modules_validate_and_describe_their_imports_and_exports() {
    let engine = Engine::default();
    let wat = r#"(module
        (import "env" "f" (func (param i32) (result i64)))
        (import "env" "t" (table 2 funcref))
        (import "env" "g" (global (mut f32)))
        (memory (export "mem") 1 3)
        (global (export "g2") i64 (i64.const 0))
        (export "f" (func 0)) (export "t" (table 0)) (export "g" (global 0)))"#;
    let bytes = wat::parse_str(wat).unwrap();
    Module::validate(&engine, &bytes).unwrap();
    assert!(matches!(Module::validate(&engine, &bytes[..bytes.len() - 1]), Err(Error::Invalid { .. })));
    let m = Module::new(&engine, &bytes).unwrap();
    let f = FuncType::new([ValType::I32], [ValType::I64]);
    let t = TableType::new(ValType::FuncRef, 2, None);
    let g = GlobalType { content: ValType::F32, mutable: true };
    let imports: Vec<_> = m.import_types().map(|(a, b, ty)| (a.to_string(), b.to_string(), ty)).collect();
    assert_eq!(
        imports,
        [
            ("env".into(), "f".into(), ExternType::Func(f.clone())),
            ("env".into(), "t".into(), ExternType::Table(t)),
            ("env".into(), "g".into(), ExternType::Global(g)),
        ]
    );
    let mut exports: Vec<_> = m.export_types().map(|(n, ty)| (n.to_string(), ty)).collect();
    exports.sort_by(|a, b| a.0.cmp(&b.0));
    let mem = MemoryType { limits: regwasm::Limits { min: 1, max: Some(3) }, memory64: false };
    let g2 = GlobalType { content: ValType::I64, mutable: false };
    assert_eq!(
        exports,
        [
            ("f".into(), ExternType::Func(f)),
            ("g".into(), ExternType::Global(g)),
            ("g2".into(), ExternType::Global(g2)),
            ("mem".into(), ExternType::Memory(mem)),
            ("t".into(), ExternType::Table(t)),
        ]
    );
}

/// 64-bit tables (table64) through the API: the index type in `TableType` (module types, host
/// tables, import matching), `i64` sizes and grow results as `Val::I64`, an `i64` grow delta
/// reaching the store's limiter whole (not cut to 32 bits), and a minimum beyond every limit
/// refused at instantiation with an error.
#[test]
fn tables_with_64_bit_indices() {
    let engine = Engine::default();
    let m = module(
        &engine,
        r#"(module (import "env" "t" (table $t i64 2 funcref))
        (func $seven (result i32) (i32.const 7))
        (elem (table $t) (i64.const 1) func $seven)
        (func (export "size") (result i64) (table.size $t))
        (func (export "grow") (param i64) (result i64) (table.grow $t (ref.null func) (local.get 0)))
        (func (export "call") (param i64) (result i32) (call_indirect $t (result i32) (local.get 0))))"#,
    );
    let imports: Vec<_> = m.import_types().map(|(_, _, ty)| ty).collect();
    assert_eq!(imports, [ExternType::Table(TableType::new64(ValType::FuncRef, 2, None))]);
    assert!(TableType::new64(ValType::FuncRef, 2, None).is_64());
    assert!(!TableType::new(ValType::FuncRef, 2, None).is_64());

    struct Log(std::sync::Arc<std::sync::Mutex<Vec<(u64, u64)>>>);
    impl ResourceLimiter for Log {
        fn memory_growing(&mut self, _: u64, _: u64, _: Option<u64>) -> bool {
            true
        }
        fn table_growing(&mut self, current: u64, desired: u64, _: Option<u64>) -> bool {
            self.0.lock().unwrap().push((current, desired));
            desired <= 5
        }
    }
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut store = Store::new(&engine, ());
    store.limiter(Log(log.clone()));
    // A 32-bit table does not satisfy a 64-bit table import.
    let t32 = regwasm::Table::new(&mut store, TableType::new(ValType::FuncRef, 2, None), Val::FuncRef(None)).unwrap();
    let mut linker = Linker::new(&engine);
    linker.define("env", "t", regwasm::Extern::Table(t32));
    assert!(matches!(linker.instantiate(&mut store, &m), Err(Error::Link(_))));

    let t64 = regwasm::Table::new(&mut store, TableType::new64(ValType::FuncRef, 3, None), Val::FuncRef(None)).unwrap();
    assert!(t64.ty(&store).is_64());
    let mut linker = Linker::new(&engine);
    linker.define("env", "t", regwasm::Extern::Table(t64));
    let inst = linker.instantiate(&mut store, &m).unwrap();
    let call = |store: &mut Store<()>, name: &str, args: &[Val]| {
        let f = inst.get_func(&*store, name).unwrap();
        let mut out = [Val::I32(0)];
        f.call(store, args, &mut out).map(|()| out[0])
    };
    assert_eq!(call(&mut store, "size", &[]).unwrap(), Val::I64(3));
    assert_eq!(call(&mut store, "call", &[Val::I64(1)]).unwrap(), Val::I32(7));
    let trap = call(&mut store, "call", &[Val::I64(1 + (1 << 32))]).unwrap_err();
    assert!(matches!(&trap, Error::Trap(t) if t.code == TrapCode::UndefinedElement), "{trap}");
    log.lock().unwrap().clear();
    assert_eq!(call(&mut store, "grow", &[Val::I64((1 << 32) + 1)]).unwrap(), Val::I64(-1));
    assert_eq!(call(&mut store, "grow", &[Val::I64(2)]).unwrap(), Val::I64(3));
    assert_eq!(call(&mut store, "grow", &[Val::I64(1)]).unwrap(), Val::I64(-1), "the limiter refuses a sixth");
    assert_eq!(*log.lock().unwrap(), [(3, (1 << 32) + 4), (3, 5), (5, 6)], "the limiter saw the whole i64 delta");
    assert_eq!(t64.size(&store), 5);

    // A minimum far beyond 2^32 (valid for a 64-bit table) fails instantiation cleanly.
    let huge = module(&engine, "(module (table i64 0x1_0000_0000_0000 funcref))");
    let mut store = Store::new(&engine, ());
    let err = Linker::new(&engine).instantiate(&mut store, &huge).unwrap_err();
    assert!(matches!(&err, Error::Link(msg) if msg.contains("table too large")), "{err}");
}
