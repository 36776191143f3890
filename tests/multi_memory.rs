//! Multi-memory and memory64 through the embedding API: several memories of one instance
//! exported and looked up by name, each with its own contents and type (the index type
//! included), imports of several memories checked against their index type, per-memory
//! limits (`Config::max_memory_bytes`, `StoreLimits`), and a 64-bit memory larger than the
//! host allows refused cleanly.

use regwasm::{
    Config, Engine, Extern, ExternType, Instance, Linker, Memory, MemoryType, Module, Store, StoreLimitsBuilder, Val,
};

const WAT: &str = r#"(module
    (memory $a (export "a") 1)
    (memory $b (export "b") 2 4)
    (memory $c (export "c") i64 1 8)
    (data (memory $b) (i32.const 5) "bee")
    (data (memory $c) (i64.const 7) "sea")
    (func (export "peek") (param i32 i64) (result i32)
        (i32.add
            (i32.add (i32.load8_u $a (local.get 0)) (i32.load8_u $b (local.get 0)))
            (i32.load8_u $c (local.get 1))))
    (func (export "poke_c") (param i64 i32) (i32.store8 $c (local.get 0) (local.get 1)))
    (func (export "grow_b") (param i32) (result i32) (memory.grow $b (local.get 0)))
    (func (export "grow_c") (param i64) (result i64) (memory.grow $c (local.get 0))))"#;

fn instantiate(config: Config, limits: Option<u64>) -> (Store<()>, Instance) {
    let engine = Engine::new(config);
    let module = Module::new(&engine, &wat::parse_str(WAT).unwrap()).unwrap();
    let mut store = Store::new(&engine, ());
    if let Some(bytes) = limits {
        store.limiter(StoreLimitsBuilder::new().memory_size(bytes).build());
    }
    let instance = Linker::new(&engine).instantiate(&mut store, &module).unwrap();
    (store, instance)
}

fn call(store: &mut Store<()>, instance: &Instance, name: &str, args: &[Val]) -> Val {
    let f = instance.get_func(&mut *store, name).unwrap();
    let mut out = [Val::I32(0)];
    f.call(&mut *store, args, &mut out).unwrap();
    out[0]
}

#[test]
fn several_memories_are_exported_with_their_own_contents_and_types() {
    let (mut store, instance) = instantiate(Config::default(), None);
    let [a, b, c] = ["a", "b", "c"].map(|n| instance.get_memory(&mut store, n).unwrap());
    assert_eq!(a.ty(&store), MemoryType::new(1, None));
    assert_eq!(b.ty(&store), MemoryType::new(2, Some(4)));
    assert_eq!(c.ty(&store), MemoryType::new64(1, Some(8)));
    assert!(c.ty(&store).memory64 && !b.ty(&store).memory64);
    assert_eq!(&b.data(&store)[5..8], b"bee");
    assert_eq!(&c.data(&store)[7..10], b"sea");
    assert_eq!(&a.data(&store)[5..8], [0, 0, 0]);
    // Host writes to each memory are what the guest reads from that memory.
    a.write(&mut store, 3, &[1]).unwrap();
    b.write(&mut store, 3, &[10]).unwrap();
    c.write(&mut store, 3, &[100]).unwrap();
    assert_eq!(call(&mut store, &instance, "peek", &[Val::I32(3), Val::I64(3)]), Val::I32(111));
    call_void(&mut store, &instance, "poke_c", &[Val::I64(65535), Val::I32(9)]);
    assert_eq!(c.data(&store)[65535], 9);
    assert_eq!(b.data(&store)[65535], 0);
    // The module's export types carry the index type too.
    let module = Module::new(store.engine(), &wat::parse_str(WAT).unwrap()).unwrap();
    let types: Vec<_> = module
        .export_types()
        .filter_map(|(n, t)| matches!(t, ExternType::Memory(_)).then_some((n.to_string(), t)))
        .collect();
    assert_eq!(types[2], ("c".to_string(), ExternType::Memory(MemoryType::new64(1, Some(8)))));
}

fn call_void(store: &mut Store<()>, instance: &Instance, name: &str, args: &[Val]) {
    let f = instance.get_func(&mut *store, name).unwrap();
    f.call(&mut *store, args, &mut []).unwrap();
}

#[test]
fn growing_one_memory_leaves_the_others_and_limits_apply_per_memory() {
    // Every memory may have 3 pages: b (2 pages) grows by one and no further; c on its own
    // budget too; a stays at 1 page.
    let (mut store, instance) = instantiate(Config::default(), Some(3 << 16));
    assert_eq!(call(&mut store, &instance, "grow_b", &[Val::I32(1)]), Val::I32(2));
    assert_eq!(call(&mut store, &instance, "grow_b", &[Val::I32(1)]), Val::I32(-1));
    assert_eq!(call(&mut store, &instance, "grow_c", &[Val::I64(2)]), Val::I64(1));
    assert_eq!(call(&mut store, &instance, "grow_c", &[Val::I64(1)]), Val::I64(-1));
    let [a, b, c] = ["a", "b", "c"].map(|n| instance.get_memory(&mut store, n).unwrap());
    assert_eq!((a.size(&store), b.size(&store), c.size(&store)), (1, 3, 3));

    // The engine's limit, too, is per memory.
    let config = Config { max_memory_bytes: Some(2 << 16), ..Config::default() };
    let engine = Engine::new(config);
    let module = Module::new(&engine, &wat::parse_str(WAT).unwrap()).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Linker::new(&engine).instantiate(&mut store, &module).unwrap();
    assert_eq!(call(&mut store, &instance, "grow_b", &[Val::I32(1)]), Val::I32(-1));
    assert_eq!(call(&mut store, &instance, "grow_c", &[Val::I64(1)]), Val::I64(1));
    assert_eq!(call(&mut store, &instance, "grow_c", &[Val::I64(1)]), Val::I64(-1));
    assert_eq!(call(&mut store, &instance, "grow_c", &[Val::I64(-1)]), Val::I64(-1));
}

#[test]
fn imported_memories_must_match_their_index_type() {
    let engine = Engine::default();
    let wat = r#"(module
        (import "env" "m32" (memory 1))
        (import "env" "m64" (memory i64 1))
        (func (export "sum") (result i32)
            (i32.add (i32.load8_u 0 (i32.const 0)) (i32.load8_u 1 (i64.const 0)))))"#;
    let module = Module::new(&engine, &wat::parse_str(wat).unwrap()).unwrap();
    let mut store = Store::new(&engine, ());
    let m32 = Memory::new(&mut store, MemoryType::new(1, None)).unwrap();
    let m64 = Memory::new(&mut store, MemoryType::new64(1, None)).unwrap();
    m32.write(&mut store, 0, &[20]).unwrap();
    m64.write(&mut store, 0, &[22]).unwrap();
    let mut linker = Linker::new(&engine);
    linker.define("env", "m32", Extern::Memory(m32)).define("env", "m64", Extern::Memory(m64));
    let instance = linker.instantiate(&mut store, &module).unwrap();
    assert_eq!(call(&mut store, &instance, "sum", &[]), Val::I32(42));
    // Swapped: a 32-bit memory where a 64-bit one is wanted is a link error.
    let mut swapped = Linker::new(&engine);
    swapped.define("env", "m32", Extern::Memory(m64)).define("env", "m64", Extern::Memory(m32));
    let err = swapped.instantiate(&mut store, &module).unwrap_err().to_string();
    assert!(err.contains("memory64"), "{err}");
}

#[test]
fn a_64_bit_memory_beyond_what_the_host_allows_is_refused_cleanly() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    // 2^32 pages (256 TiB): valid for memory64, far beyond the host limit.
    assert!(Memory::new(&mut store, MemoryType::new64(1 << 32, None)).is_err());
    let wat = "(module (memory i64 0x1_0000_0000))";
    let module = Module::new(&engine, &wat::parse_str(wat).unwrap()).unwrap();
    let err = Linker::new(&engine).instantiate(&mut store, &module).unwrap_err().to_string();
    assert!(err.contains("memory"), "{err}");
    // A 64-bit memory without a maximum starts fine and grows.
    let m = Memory::new(&mut store, MemoryType::new64(0, None)).unwrap();
    assert_eq!(m.grow(&mut store, 2), Some(0));
    assert_eq!(m.grow(&mut store, 1 << 40), None);
    assert_eq!(m.size(&store), 2);
}

#[test]
fn features_switched_off_make_their_modules_invalid() {
    let two_memories = wat::parse_str("(module (memory 1) (memory 1))").unwrap();
    let memory64 = wat::parse_str("(module (memory i64 1))").unwrap();
    let tail_call = wat::parse_str("(module (func $f (return_call $f)))").unwrap();
    let all = Engine::default();
    for bytes in [&two_memories, &memory64, &tail_call] {
        Module::validate(&all, bytes).unwrap();
        Module::new(&all, bytes).unwrap();
    }
    let no_multi_memory = Engine::new(Config {
        features: regwasm::Features { multi_memory: false, ..regwasm::Features::all() },
        ..Config::default()
    });
    let err = Module::new(&no_multi_memory, &two_memories).unwrap_err().to_string();
    assert!(err.contains("multiple memories"), "{err}");
    assert!(Module::validate(&no_multi_memory, &two_memories).is_err());
    Module::new(&no_multi_memory, &memory64).unwrap();
    let wasm2 = Engine::new(Config { features: regwasm::Features::wasm2(), ..Config::default() });
    for bytes in [&two_memories, &memory64, &tail_call] {
        assert!(Module::new(&wasm2, bytes).is_err());
        assert!(Module::validate(&wasm2, bytes).is_err());
    }
    Module::new(&wasm2, &wat::parse_str("(module (memory 1) (func (drop (i32.const 1))))").unwrap()).unwrap();
}
