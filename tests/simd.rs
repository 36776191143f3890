//! SIMD end to end: v128 values in frames (`tests/simd/*.wast`, on both dispatch backends and
//! translation modes, and with fuel), v128 at the embedding API (calls, host functions,
//! globals), and the SIMD benchmark programs (clang `-msimd128`: intrinsics and
//! auto-vectorized loops) giving the output wasmi 2.0.0 (with its `simd` feature) prints, on
//! both backends, the threaded one on a small native stack (a SIMD handler that stopped
//! tail-calling would overflow it).

use regwasm::wasi::{self, OutputPipe, WasiCtx, WasiCtxBuilder};
use regwasm::wast::run_wast_with;
use regwasm::{
    Backend, Config, Engine, Extern, Func, FuncType, Global, GlobalType, Linker, Module, Store, Translation, Val,
    ValType,
};
use std::path::Path;

#[test]
fn frame_scripts_pass_on_every_backend() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/simd");
    let mut scripts = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/simd exists") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "wast") {
            continue;
        }
        scripts += 1;
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&path).unwrap();
        for config in [
            Config { backend: Backend::Loop, translation: Translation::Eager, ..Config::default() },
            Config { backend: Backend::Threaded, translation: Translation::Lazy, ..Config::default() },
            Config { backend: Backend::Threaded, consume_fuel: true, interruptible: true, ..Config::default() },
        ] {
            let report = run_wast_with(&config, &name, &source, None);
            assert!(
                report.failed == 0 && report.passed > 20,
                "{name} {:?}: {}/{} {:?}",
                config.backend,
                report.passed,
                report.total(),
                report.failures
            );
        }
    }
    assert!(scripts > 0);
}

const SWAP: &str = r#"(module
    (import "host" "swap" (func $swap (param i32 v128 f64) (result v128 i64 v128)))
    (global (export "g") (mut v128) (v128.const i32x4 1 2 3 4))
    (func (export "via_host") (param v128) (result v128 i64 v128)
        (call $swap (i32.const 7) (local.get 0) (f64.const 2.5)))
    (func (export "lanes") (param v128 v128) (result v128) (i16x8.add_sat_s (local.get 0) (local.get 1))))"#;

/// A v128 crosses the host boundary in both directions, next to scalars: the cells of each
/// value are where the signature's widths put them.
#[test]
fn v128_through_calls_host_functions_and_globals() {
    for backend in [Backend::Loop, Backend::Threaded] {
        let engine = Engine::new(Config { backend, ..Config::default() });
        let module = Module::from_wat(&engine, SWAP).unwrap();
        let mut store = Store::new(&engine, ());
        let ty =
            FuncType::new([ValType::I32, ValType::V128, ValType::F64], [ValType::V128, ValType::I64, ValType::V128]);
        let swap = Func::new(&mut store, ty, |_caller, params, results| {
            let (Val::I32(n), Val::V128(v), Val::F64(f)) = (params[0], params[1], params[2]) else {
                panic!("parameters {params:?}")
            };
            results[0] = Val::V128(v.rotate_left(32));
            results[1] = Val::I64(n as i64 * 1000 + f64::from_bits(f) as i64);
            results[2] = Val::V128(!v);
            Ok(())
        });
        let mut linker = Linker::new(&engine);
        linker.define("host", "swap", Extern::Func(swap));
        let instance = linker.instantiate(&mut store, &module).unwrap();

        let v = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128;
        let f = instance.get_func(&store, "via_host").unwrap();
        let mut out = [Val::I32(0), Val::I32(0), Val::I32(0)];
        f.call(&mut store, &[Val::V128(v)], &mut out).unwrap();
        assert_eq!(out, [Val::V128(v.rotate_left(32)), Val::I64(7002), Val::V128(!v)], "{backend:?}");

        let lanes = instance.get_func(&store, "lanes").unwrap();
        let mut out = [Val::I32(0)];
        let a = u128::from_le_bytes(std::array::from_fn(|i| if i % 2 == 1 { 0x7f } else { 0xff }));
        lanes.call(&mut store, &[Val::V128(a), Val::V128(a)], &mut out).unwrap();
        assert_eq!(out[0], Val::V128(a), "{backend:?}: 0x7fff + 0x7fff saturates to 0x7fff");
        // The wrong type is refused before any cell is written.
        assert!(lanes.call(&mut store, &[Val::I64(1), Val::V128(a)], &mut out).is_err());

        let g = instance.get_export(&store, "g").and_then(Extern::into_global).unwrap();
        assert_eq!(g.get(&store), Val::V128(4u128 << 96 | 3u128 << 64 | 2u128 << 32 | 1));
        g.set(&mut store, Val::V128(u128::MAX - 5)).unwrap();
        assert_eq!(g.get(&store), Val::V128(u128::MAX - 5));
        let host =
            Global::new(&mut store, GlobalType { content: ValType::V128, mutable: false }, Val::V128(9)).unwrap();
        assert_eq!(host.get(&store), Val::V128(9));
        assert!(Global::new(&mut store, GlobalType { content: ValType::V128, mutable: false }, Val::I32(9)).is_err());
    }
}

/// Small arguments; the line each prints is what wasmi 2.0.0 built with `simd` prints.
const PROGRAMS: [(&str, &str, &str); 4] = [
    ("blur", "1", "blur 1 passes: checksum 184ac5969f1778ca"),
    ("utf8", "1", "utf8 1 passes: 21261 lines, 846074 code points, 14578 ascii blocks, acc 5630480025"),
    ("f32_kernels", "1", "f32_kernels 1 rounds: checksum de96e5c5"),
    ("hash", "1", "simd hash 1 rounds: c5dc3ccd 2123525"),
];

fn run(backend: Backend, name: &str, arg: &str) -> (i32, String) {
    let path = format!("{}/benches/simd/{name}.wasm", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let engine = Engine::new(Config { backend, ..Config::default() });
    let module = Module::new(&engine, &bytes).unwrap();
    let out = OutputPipe::new();
    let ctx = WasiCtxBuilder::new().args([name, arg]).stdout(out.clone());
    let mut store = Store::new(&engine, ctx.build());
    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance.get_func(&store, "_start").unwrap();
    let code = wasi::exit_code(start.call(&mut store, &[], &mut [])).unwrap();
    (code, String::from_utf8_lossy(&out.contents()).into_owned())
}

#[test]
fn simd_programs_match_wasmi_on_both_backends_and_on_a_small_stack() {
    for (name, arg, expected) in PROGRAMS {
        let threaded = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || run(Backend::Threaded, name, arg))
            .unwrap()
            .join()
            .unwrap_or_else(|_| panic!("{name} failed on the threaded backend"));
        let looped = run(Backend::Loop, name, arg);
        assert_eq!(threaded, looped, "{name}: the backends disagree");
        assert_eq!(threaded.0, 0, "{name} exit code (1: the SIMD and scalar versions disagree)");
        assert_eq!(threaded.1.lines().last(), Some(expected), "{name} {arg}");
    }
}

/// A binary op whose operand is the `v128.load` just before it becomes one fused instruction:
/// with the load on the right a `...Load` form; with the load on the left the same form
/// swapped for the ops that commute exactly (integer and bitwise), a `...Load<Op>` form
/// (load as the left operand) for the float and non-commutative ones, never a swapped float
/// op; ops with neither form keep the load.
#[test]
fn binary_ops_fuse_the_load_of_an_operand() {
    let cases = [
        ("(f32x4.add (local.get 0) (v128.load (local.get 1)))", Some("F32x4AddLoad ")),
        ("(f32x4.add (v128.load (local.get 1)) (local.get 0))", Some("F32x4LoadAdd ")),
        ("(f32x4.mul (v128.load (local.get 1)) (local.get 0))", Some("F32x4LoadMul ")),
        ("(f64x2.div (v128.load (local.get 1)) (local.get 0))", Some("F64x2LoadDiv ")),
        ("(i32x4.add (v128.load (local.get 1)) (local.get 0))", Some("I32x4AddLoad ")),
        ("(i32x4.sub (v128.load (local.get 1)) (local.get 0))", Some("I32x4LoadSub ")),
        ("(v128.andnot (v128.load (local.get 1)) (local.get 0))", Some("V128LoadAndNot ")),
        ("(v128.xor (v128.load offset=32 (local.get 1)) (local.get 0))", Some("V128XorLoad ")),
        ("(f32x4.pmin (v128.load (local.get 1)) (local.get 0))", None),
    ];
    let engine = Engine::default();
    for (body, form) in cases {
        let wat = format!("(module (memory 1) (func (param v128 i32) (result v128) {body}))");
        let module = Module::from_wat(&engine, &wat).unwrap();
        let code = module.disassemble(0).unwrap();
        if let Some(form) = form {
            assert!(code.contains(form), "{body}: no {form}:\n{code}");
        }
        assert_eq!(code.contains("V128Load "), form.is_none(), "{body}:\n{code}");
        // A float op is never swapped: its left operand stays its left operand.
        if body.starts_with("(f32x4.add (v128.load") {
            assert!(!code.contains("F32x4AddLoad "), "{body}:\n{code}");
        }
    }
}

/// A `vbinload` whose result is stored back to the address it loaded from (same register,
/// same offset) becomes one read-modify-write instruction; a store elsewhere stays a store.
#[test]
fn a_store_back_to_the_loaded_address_fuses_into_an_update() {
    let cases = [
        ("(v128.store offset=16 (local.get 1) (f32x4.add (local.get 0) (v128.load offset=16 (local.get 1))))", true),
        ("(v128.store (local.get 1) (i32x4.add (v128.load (local.get 1)) (local.get 0)))", true),
        ("(v128.store offset=32 (local.get 1) (f32x4.add (local.get 0) (v128.load offset=16 (local.get 1))))", false),
        ("(v128.store (local.get 2) (f32x4.add (local.get 0) (v128.load (local.get 1))))", false),
        ("(v128.store (local.get 1) (f32x4.sub (local.get 0) (v128.load (local.get 1))))", false),
    ];
    let engine = Engine::default();
    for (body, fused) in cases {
        let wat = format!("(module (memory 1) (func (param v128 i32 i32) {body}))");
        let module = Module::from_wat(&engine, &wat).unwrap();
        let code = module.disassemble(0).unwrap();
        assert_eq!(code.contains("LoadStore "), fused, "{body}:\n{code}");
        assert_eq!(code.contains("V128Store "), !fused, "{body}:\n{code}");
    }
}
