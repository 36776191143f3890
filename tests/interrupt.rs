//! Interruption through the embedding API: an `InterruptHandle` used from another thread stops
//! spinning guests of every shape (a bare `loop br 0`, a loop that calls a function, a spin loop
//! inside a callee) on both backends, the flag is sticky until reset, and the store works after.

use regwasm::{Backend, Config, Engine, Error, Instance, Linker, Module, Store, Translation, TrapCode, Val};
use std::time::{Duration, Instant};

const SPINNERS: &str = r#"(module
  (global $g (mut i32) (i32.const 0))
  (func (export "bare") loop br 0 end)
  (func $bump global.get $g i32.const 1 i32.add global.set $g)
  (func (export "calls") loop call $bump br 0 end)
  (func $spin (param i32) loop local.get 0 i32.const 1 i32.add local.set 0 br 0 end)
  (func (export "nested") i32.const 0 call $spin)
  (func (export "counted") (local i32)
    loop local.get 0 i32.const 1 i32.add local.tee 0 i32.const -1 i32.ne br_if 0 end
    loop local.get 0 i32.const 1 i32.add local.tee 0 i32.const -1 i32.ne br_if 0 end
    loop br 0 end)
  (func (export "answer") (result i32) i32.const 42))"#;

fn configs() -> Vec<Config> {
    let mut out = Vec::new();
    for (backend, translation) in [(Backend::Loop, Translation::Eager), (Backend::Threaded, Translation::Lazy)] {
        for consume_fuel in [false, true] {
            out.push(Config { backend, translation, consume_fuel, interruptible: true, ..Config::default() });
        }
    }
    out
}

fn instantiate(config: &Config) -> (Store<()>, Instance) {
    let engine = Engine::new(config.clone());
    let module = Module::from_wat(&engine, SPINNERS).expect("module loads");
    let mut store = Store::new(&engine, ());
    if config.consume_fuel {
        store.set_fuel(u64::MAX).unwrap();
    }
    let instance = Linker::new(module.engine()).instantiate(&mut store, &module).expect("instantiates");
    (store, instance)
}

fn call(store: &mut Store<()>, instance: Instance, name: &str, results: usize) -> Result<Vec<Val>, Error> {
    let f = instance.get_func(&*store, name).expect("export");
    let mut out = vec![Val::I32(0); results];
    f.call(store, &[], &mut out)?;
    Ok(out)
}

#[test]
fn an_interrupt_from_another_thread_stops_every_spin_shape() {
    for config in configs() {
        let (mut store, instance) = instantiate(&config);
        let handle = store.interrupt_handle().unwrap();
        for name in ["bare", "calls", "nested", "counted"] {
            let h = handle.clone();
            let start = Instant::now();
            let timer = std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(50));
                h.interrupt();
            });
            // The guest runs on its own thread so that a missing check fails this test instead
            // of hanging it.
            let (done, finished) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let result = call(&mut store, instance, name, 0);
                let _ = done.send((store, result));
            });
            let Ok((back, result)) = finished.recv_timeout(Duration::from_secs(10)) else {
                panic!("{name} {config:?}: not stopped 10 s after the interrupt");
            };
            store = back;
            let elapsed = start.elapsed();
            timer.join().unwrap();
            match result {
                Err(Error::Trap(t)) => {
                    assert_eq!(t.code, TrapCode::Interrupted, "{name} {config:?}");
                    assert_eq!(t.to_string(), "interrupted");
                }
                other => panic!("{name} {config:?}: expected an interrupt, got {other:?}"),
            }
            assert!(elapsed < Duration::from_secs(2), "{name} {config:?}: stopped after {elapsed:?}");
            // Sticky until reset: the store refuses to run, then runs again.
            assert!(handle.is_interrupted());
            let again = call(&mut store, instance, "answer", 1);
            assert!(matches!(again, Err(Error::Trap(ref t)) if t.code == TrapCode::Interrupted), "{again:?}");
            handle.reset();
            assert_eq!(call(&mut store, instance, "answer", 1).unwrap(), vec![Val::I32(42)]);
        }
    }
}

#[test]
fn the_handle_is_send_sync_clone_and_per_store() {
    fn assert_send_sync<T: Send + Sync + Clone + 'static>() {}
    assert_send_sync::<regwasm::InterruptHandle>();
    // Interrupting one store does not stop another store of the same engine.
    let config = Config { interruptible: true, ..Config::default() };
    let (mut a, ia) = instantiate(&config);
    let engine = a.engine().clone();
    let module = Module::from_wat(&engine, SPINNERS).unwrap();
    let mut b = Store::new(&engine, ());
    let ib = Linker::new(module.engine()).instantiate(&mut b, &module).unwrap();
    a.interrupt_handle().unwrap().interrupt();
    assert!(call(&mut a, ia, "answer", 1).is_err());
    assert_eq!(call(&mut b, ib, "answer", 1).unwrap(), vec![Val::I32(42)]);
}
