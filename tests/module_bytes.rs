//! Data segments point into the module's binary instead of being copied out of it: each segment
//! must still be exactly its own bytes, shared by every instance of the module, and `data.drop`
//! in one instance must not affect another instance or the module.

use regwasm::{Engine, Linker, Module, Store, Val};

/// Three segments of different lengths (an active one between two passive ones, an empty one),
/// and exports to copy a passive segment into memory and to drop it.
const WAT: &str = r#"(module
  (memory (export "mem") 1)
  (data $first "\01\02\03")
  (data (i32.const 100) "active-bytes")
  (data $empty "")
  (data $last "last segment, 25 bytes..!")
  (func (export "init_last") (param i32)
    (memory.init $last (local.get 0) (i32.const 0) (i32.const 25)))
  (func (export "init_first") (param i32)
    (memory.init $first (local.get 0) (i32.const 1) (i32.const 2)))
  (func (export "drop_last") (data.drop $last)))"#;

fn instantiate(engine: &Engine, module: &Module) -> (Store<()>, regwasm::Instance) {
    let mut store = Store::new(engine, ());
    let inst = Linker::new(module.engine()).instantiate(&mut store, module).unwrap();
    (store, inst)
}

fn call(store: &mut Store<()>, inst: &regwasm::Instance, name: &str, args: &[Val]) -> Result<(), regwasm::Error> {
    inst.get_func(&*store, name).unwrap().call(store, args, &mut [])
}

fn memory(store: &Store<()>, inst: &regwasm::Instance, range: std::ops::Range<usize>) -> Vec<u8> {
    inst.get_export(store, "mem").unwrap().into_memory().unwrap().data(store)[range].to_vec()
}

#[test]
fn segments_are_their_own_bytes_and_shared_between_instances() {
    let engine = Engine::default();
    let binary = wat::parse_str(WAT).unwrap();
    let module = Module::from_vec(&engine, binary).unwrap();
    let (mut a, ia) = instantiate(&engine, &module);
    let (mut b, ib) = instantiate(&engine, &module);
    drop(module);

    // The active segment was applied at instantiation, with nothing around it.
    assert_eq!(memory(&a, &ia, 99..113), b"\0active-bytes\0");

    call(&mut a, &ia, "init_last", &[Val::I32(200)]).unwrap();
    assert_eq!(memory(&a, &ia, 200..225), b"last segment, 25 bytes..!");
    call(&mut a, &ia, "init_first", &[Val::I32(300)]).unwrap();
    assert_eq!(memory(&a, &ia, 300..303), [2, 3, 0]);

    // Dropping the segment in one instance: that instance traps on it (a zero-length segment
    // now), the other still has all of it.
    call(&mut a, &ia, "drop_last", &[]).unwrap();
    let trap = call(&mut a, &ia, "init_last", &[Val::I32(400)]).unwrap_err();
    assert!(trap.to_string().contains("out of bounds memory access"), "{trap}");
    call(&mut b, &ib, "init_last", &[Val::I32(400)]).unwrap();
    assert_eq!(memory(&b, &ib, 400..425), b"last segment, 25 bytes..!");
}

#[test]
fn module_new_and_from_vec_load_the_same_module() {
    let engine = Engine::default();
    let binary = wat::parse_str(WAT).unwrap();
    for module in [Module::new(&engine, &binary).unwrap(), Module::from_vec(&engine, binary.clone()).unwrap()] {
        let (mut store, inst) = instantiate(&engine, &module);
        call(&mut store, &inst, "init_last", &[Val::I32(0)]).unwrap();
        assert_eq!(memory(&store, &inst, 0..25), b"last segment, 25 bytes..!");
    }
}
