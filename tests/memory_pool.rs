//! Linear memory mappings and the process-wide pool (Linux): the first memory of a process is
//! unmapped when its store drops (a process that runs one instance, the CLI, keeps nothing);
//! once a second mapping has been made, dropped memories stay mapped for reuse.
//!
//! One test only, in its own file: the pool and its "second mapping" trigger are per process,
//! so no other test may create memories alongside it.

#![cfg(target_os = "linux")]

use regwasm::{Engine, Limits, Memory, MemoryType, Store};

/// Whether some mapping of this process starts at `addr` (from /proc/self/maps).
fn mapped_at(addr: usize) -> bool {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("read /proc/self/maps");
    maps.lines().any(|l| l.split('-').next().and_then(|a| usize::from_str_radix(a, 16).ok()) == Some(addr))
}

/// A store with one memory of `max` pages (a reservation of that size), touched, and the
/// memory's base address.
fn store_with_memory(engine: &Engine, max: u64) -> (Store<()>, usize) {
    let mut store = Store::new(engine, ());
    let ty = MemoryType { limits: Limits { min: 1, max: Some(max) }, memory64: false };
    let mem = Memory::new(&mut store, ty).unwrap();
    mem.data_mut(&mut store).fill(0x77);
    let base = mem.data(&store).as_ptr() as usize;
    (store, base)
}

#[test]
fn the_first_memory_is_unmapped_on_drop_and_later_ones_are_pooled() {
    let engine = Engine::default();
    let (store, first) = store_with_memory(&engine, 1234);
    assert!(mapped_at(first));
    drop(store);
    assert!(!mapped_at(first), "the process's only memory is unmapped when its store drops");

    let (store, second) = store_with_memory(&engine, 1234);
    let (store2, third) = store_with_memory(&engine, 1234);
    drop(store);
    drop(store2);
    assert!(mapped_at(second) && mapped_at(third), "from the second mapping on, dropped memories are pooled");
    // A pooled mapping is handed out again, zeroed.
    let mut store = Store::new(&engine, ());
    let ty = MemoryType { limits: Limits { min: 1, max: Some(1234) }, memory64: false };
    let mem = Memory::new(&mut store, ty).unwrap();
    let base = mem.data(&store).as_ptr() as usize;
    assert!(base == second || base == third, "the new memory reuses a pooled mapping");
    assert!(mem.data(&store).iter().all(|&b| b == 0), "a reused memory reads zero");
}
