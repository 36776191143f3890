//! Linear memories through the embedding API: each keeps its own bytes at a fixed address while
//! growing, accesses at the exact end work (and one past it traps), and many live memories with
//! no maximum (each reserving 4 GiB of address space) coexist without committing RAM.

use regwasm::{Engine, Linker, Module, Store, Val};

const WAT: &str = r#"(module
  (memory (export "mem") 1)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "poke_end") (param i32)
    (i32.store (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 4)) (local.get 0)))
  (func (export "peek_end") (result i32)
    (i32.load (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 4))))
  (func (export "past_end") (result i32)
    (i32.load (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 3)))))"#;

fn call(
    store: &mut Store<()>,
    inst: &regwasm::Instance,
    name: &str,
    args: &[Val],
) -> Result<Option<Val>, regwasm::Error> {
    let f = inst.get_func(&*store, name).unwrap();
    let mut out = [Val::I32(0)];
    let n = if name == "poke_end" { 0 } else { 1 };
    f.call(store, args, &mut out[..n])?;
    Ok((n == 1).then_some(out[0]))
}

#[test]
fn many_stores_each_with_a_growing_memory_keep_their_own_bytes() {
    let engine = Engine::default();
    let module = Module::from_vec(&engine, wat::parse_str(WAT).unwrap()).unwrap();
    let mut live = Vec::new();
    for i in 0..200i32 {
        let mut store = Store::new(&engine, ());
        let inst = Linker::new(module.engine()).instantiate(&mut store, &module).unwrap();
        call(&mut store, &inst, "poke_end", &[Val::I32(i)]).unwrap();
        assert_eq!(call(&mut store, &inst, "grow", &[Val::I32(i % 3 + 1)]).unwrap(), Some(Val::I32(1)));
        call(&mut store, &inst, "poke_end", &[Val::I32(i * 7)]).unwrap();
        assert!(call(&mut store, &inst, "past_end", &[]).is_err(), "one byte past the end traps");
        live.push((store, inst, i));
    }
    for (store, inst, i) in &mut live {
        let mem = inst.get_export(&*store, "mem").unwrap().into_memory().unwrap();
        let pages = (*i % 3 + 2) as usize;
        let data = mem.data(&*store);
        assert_eq!(data.len(), pages * 65536);
        assert_eq!(data[65532..65536], i.to_le_bytes(), "the old end keeps its bytes after growth");
        assert_eq!(data[pages * 65536 - 4..], (*i * 7).to_le_bytes());
        assert!(data[65536..pages * 65536 - 4].iter().all(|&b| b == 0), "grown pages are zero");
        assert_eq!(call(store, inst, "peek_end", &[]).unwrap(), Some(Val::I32(*i * 7)));
    }
}

#[test]
fn host_grow_keeps_the_base_and_zeroes_new_pages() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mem = regwasm::Memory::new(
        &mut store,
        regwasm::MemoryType { limits: regwasm::Limits { min: 1, max: Some(4) }, memory64: false },
    )
    .unwrap();
    mem.data_mut(&mut store)[65535] = 9;
    let base = mem.data(&store).as_ptr();
    assert_eq!(mem.grow(&mut store, 3), Some(1));
    assert_eq!(mem.grow(&mut store, 1), None, "the declared maximum holds");
    let data = mem.data_mut(&mut store);
    assert_eq!(data.len(), 4 * 65536);
    if cfg!(unix) {
        assert_eq!(data.as_ptr(), base, "the reservation keeps the base address");
    }
    assert_eq!(data[65535], 9);
    assert!(data[65536..].iter().all(|&b| b == 0));
    data[4 * 65536 - 1] = 1;
    assert_eq!(mem.size(&store), 4);
}
