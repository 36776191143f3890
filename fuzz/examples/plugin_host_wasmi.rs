//! The plugin host of `examples/plugin_host.rs` written against wasmi 2.0, for the length
//! comparison in `docs/embedding-comparison.md`: the same plugin, host state, typed host
//! functions, strings through memory, typed calls, per-plugin memory cap and fuel. Run with
//! `cargo run -p regwasm-fuzz --example plugin_host_wasmi` (also run by the fuzz crate's tests).

use wasmi::{Caller, Config, Engine, Error, Linker, Module, Store, StoreLimits, StoreLimitsBuilder, TrapCode};

/// The host's state for one plugin.
struct Plugin {
    name: String,
    log: Vec<String>,
    limits: StoreLimits,
}

/// The same plugin as regwasm's example.
const PLUGIN: &str = r#"(module
  (import "host" "log" (func $log (param i32 i32)))
  (import "host" "level" (func $level (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 1024))
  (data (i32.const 0) "Hello, ")
  (func $alloc (export "alloc") (param $len i32) (result i32)
    (global.get $heap)
    (global.set $heap (i32.add (global.get $heap) (local.get $len))))
  (func (export "greet") (param $ptr i32) (param $len i32) (result i64)
    (local $out i32)
    (call $log (local.get $ptr) (local.get $len))
    (local.set $out (call $alloc (i32.add (local.get $len) (i32.const 8))))
    (memory.copy (local.get $out) (i32.const 0) (i32.const 7))
    (memory.copy (i32.add (local.get $out) (i32.const 7)) (local.get $ptr) (local.get $len))
    (i32.store8 (i32.add (local.get $out) (i32.add (local.get $len) (i32.const 7)))
      (i32.add (i32.const 48) (call $level)))
    (i64.or (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
      (i64.extend_i32_u (i32.add (local.get $len) (i32.const 8)))))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "spin") (loop $l (br $l))))"#;

/// Reads a guest string.
fn guest_str(caller: &Caller<'_, Plugin>, ptr: u32, len: u32) -> Result<String, Error> {
    let memory = caller.get_export("memory").and_then(|e| e.into_memory()).ok_or_else(|| Error::new("no memory"))?;
    let mut buf = vec![0; len as usize];
    memory.read(caller, ptr as usize, &mut buf).map_err(|e| Error::new(e.to_string()))?;
    String::from_utf8(buf).map_err(|e| Error::new(e.to_string()))
}

fn run_plugin(engine: &Engine, linker: &Linker<Plugin>, module: &Module, name: &str) -> Result<String, Error> {
    let limits = StoreLimitsBuilder::new().memory_size(2 << 16).instances(1).build();
    let mut store = Store::new(engine, Plugin { name: name.to_string(), log: Vec::new(), limits });
    store.limiter(|p| &mut p.limits);
    store.set_fuel(10_000)?;
    let instance = linker.instantiate_and_start(&mut store, module)?;

    // A string into the plugin, through memory it allocates.
    let memory = instance.get_memory(&store, "memory").expect("memory export");
    let alloc = instance.get_typed_func::<u32, u32>(&store, "alloc")?;
    let greet = instance.get_typed_func::<(u32, u32), u64>(&store, "greet")?;
    let ptr = alloc.call(&mut store, name.len() as u32)?;
    memory.write(&mut store, ptr as usize, name.as_bytes()).map_err(|e| Error::new(e.to_string()))?;
    let packed = greet.call(&mut store, (ptr, name.len() as u32))?;
    let mut reply = vec![0; packed as u32 as usize];
    memory.read(&store, (packed >> 32) as usize, &mut reply).map_err(|e| Error::new(e.to_string()))?;
    let reply = String::from_utf8(reply).map_err(|e| Error::new(e.to_string()))?;

    // The per-plugin memory cap: one more page fits (2 in all), the next does not.
    let grow = instance.get_typed_func::<i32, i32>(&store, "grow")?;
    assert_eq!(grow.call(&mut store, 1)?, 1);
    assert_eq!(grow.call(&mut store, 1)?, -1, "the limiter refuses a third page");

    // A runaway plugin stops when its fuel runs out, and the store stays usable.
    let spin = instance.get_typed_func::<(), ()>(&store, "spin")?;
    let err = spin.call(&mut store, ()).unwrap_err();
    assert_eq!(err.as_trap_code(), Some(TrapCode::OutOfFuel));

    assert_eq!(store.data().log, [format!("{name}: greet called")]);
    Ok(reply)
}

pub fn main() {
    let mut config = Config::default();
    config.consume_fuel(true);
    let engine = Engine::new(&config);
    let module = Module::new(&engine, PLUGIN).expect("plugin compiles");

    // Host functions are defined once, for every plugin's store.
    let mut linker: Linker<Plugin> = Linker::new(&engine);
    linker
        .func_wrap("host", "log", |mut caller: Caller<'_, Plugin>, ptr: u32, len: u32| -> Result<(), Error> {
            let text = guest_str(&caller, ptr, len)?;
            let line = format!("{text}: greet called");
            caller.data_mut().log.push(line);
            Ok(())
        })
        .expect("defined once");
    linker
        .func_wrap("host", "level", |caller: Caller<'_, Plugin>| caller.data().name.len() as i32 % 10)
        .expect("defined once");

    for name in ["alice", "bob"] {
        let reply = run_plugin(&engine, &linker, &module, name).expect("plugin runs");
        println!("{reply}");
        assert_eq!(reply, format!("Hello, {name}{}", name.len() % 10));
    }
}
