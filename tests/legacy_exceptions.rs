//! The legacy exception-handling encoding (`try`, `catch`, `catch_all`, `rethrow`, `delegate`):
//! every `tests/legacy_exceptions/*.wast` script on both backends (the pure-legacy ones were
//! cross-checked with V8 and wabt: `crosscheck.js`), and what a script cannot express: host
//! functions raising exceptions that legacy clauses catch, the identity of a rethrown exception
//! as the host sees it, reclamation of exceptions caught without a rethrow, validation errors,
//! the feature switch, fuel, and the command line's uncaught-exception exit.

mod common;

use regwasm::wast::run_wast_with;
use regwasm::{
    Backend, Config, Engine, Error, Exn, Extern, Features, Func, FuncType, Linker, Module, Store, Tag, Translation,
    Val, ValType,
};
use std::path::Path;

fn configs() -> Vec<Config> {
    vec![
        Config { backend: Backend::Loop, translation: Translation::Eager, ..Config::default() },
        Config { backend: Backend::Threaded, translation: Translation::Lazy, ..Config::default() },
    ]
}

fn engines() -> Vec<Engine> {
    configs().into_iter().map(Engine::new).collect()
}

#[test]
fn every_legacy_script_passes_on_both_backends() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/legacy_exceptions");
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/legacy_exceptions exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wast"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 5, "scripts missing from {}", dir.display());
    let mut failures = Vec::new();
    for config in configs() {
        for path in &scripts {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let source = std::fs::read_to_string(path).expect("readable script");
            let report = run_wast_with(&config, &name, &source, None);
            if report.failed > 0 || report.passed < 8 {
                failures.push(format!(
                    "{:?}: {name}: {}/{} {:?}",
                    config.backend,
                    report.passed,
                    report.total(),
                    report.failures
                ));
            }
        }
    }
    assert!(failures.is_empty(), "legacy exception scripts failed:\n{}", failures.join("\n"));
}

fn call1(store: &mut Store<()>, f: Func, args: &[Val]) -> Result<Val, Error> {
    let mut out = [Val::I32(0)];
    f.call(store, args, &mut out)?;
    Ok(out[0])
}

/// Legacy clauses around calls to a host function that raises an exception of the imported
/// tag (`catch`), of a tag the module does not know (`catch_all`, then rethrown to the host).
const HOST: &str = r#"(module
  (import "env" "tag" (tag $t (param i32)))
  (import "env" "raise" (func $raise (param i32)))
  (func (export "catch") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $raise
      i32.const -1
    catch $t
      i32.const 1000
      i32.add
    end)
  (func (export "catch-all") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $raise
      i32.const -1
    catch_all
      i32.const 7
    end)
  (func (export "rethrow") (param i32)
    try
      local.get 0
      call $raise
    catch_all
      rethrow 0
    end)
  (func (export "delegate") (param i32) (result i32)
    try (result i32)
      try
        local.get 0
        call $raise
      delegate 1
      i32.const -1
    catch_all
      i32.const -2
    end)
  (func (export "rethrow-to-catch-ref") (param i32) (result exnref)
    block $h (result exnref)
      try_table (catch_all_ref $h)
        try
          local.get 0
          call $raise
        catch $t
          drop
          rethrow 0
        end
      end
      ref.null exn
    end)
)"#;

/// The host function `raise`: raises an exception of `tag` (odd arguments) or of `other`
/// (even ones) whose payload is the argument; remembers the last one it made.
fn host_setup(engine: &Engine) -> (Store<()>, regwasm::Instance, std::sync::Arc<std::sync::Mutex<Option<Exn>>>) {
    let mut store = Store::new(engine, ());
    let tag = Tag::new(&mut store, &FuncType::new([ValType::I32], [])).unwrap();
    let other = Tag::new(&mut store, &FuncType::new([ValType::I32], [])).unwrap();
    let last: std::sync::Arc<std::sync::Mutex<Option<Exn>>> = Default::default();
    let seen = last.clone();
    let raise = Func::new(&mut store, FuncType::new([ValType::I32], []), move |mut caller, params, _| {
        let Val::I32(n) = params[0] else { unreachable!("validated signature") };
        let exn = Exn::new(&mut caller, if n % 2 == 1 { tag } else { other }, params)?;
        *seen.lock().unwrap() = Some(exn);
        Err(regwasm::Trap::throw(exn).into())
    });
    let mut linker = Linker::new(engine);
    linker.define("env", "raise", Extern::Func(raise));
    linker.define("env", "tag", Extern::Tag(tag));
    let module = Module::from_wat(engine, HOST).expect("valid module");
    let instance = linker.instantiate(&mut store, &module).expect("instantiates");
    (store, instance, last)
}

#[test]
fn host_raised_exceptions_meet_legacy_clauses() {
    for engine in engines() {
        let (mut store, instance, last) = host_setup(&engine);
        let f = |store: &Store<()>, name: &str| instance.get_func(store, name).unwrap();
        let catch = f(&store, "catch");
        assert_eq!(call1(&mut store, catch, &[Val::I32(5)]).unwrap(), Val::I32(1005));
        // Another tag: `catch $t` does not match, the exception reaches the host.
        let err = call1(&mut store, catch, &[Val::I32(4)]).unwrap_err();
        assert_eq!(err.as_exception(), *last.lock().unwrap(), "{err}");
        let catch_all = f(&store, "catch-all");
        assert_eq!(call1(&mut store, catch_all, &[Val::I32(4)]).unwrap(), Val::I32(7));
        // Rethrown to the host: the very exception object the host raised.
        let rethrow = f(&store, "rethrow");
        for n in [3, 8] {
            let err = rethrow.call(&mut store, &[Val::I32(n)], &mut []).unwrap_err();
            let raised = last.lock().unwrap().expect("raised");
            assert_eq!(err.as_exception(), Some(raised), "{err}");
            assert_eq!(raised.payload(&store), vec![Val::I32(n)]);
        }
        // Delegated to the function's label: past the try_all around it, to the host.
        let delegate = f(&store, "delegate");
        let err = call1(&mut store, delegate, &[Val::I32(9)]).unwrap_err();
        assert_eq!(err.as_exception(), *last.lock().unwrap(), "{err}");
        // A legacy rethrow caught by `catch_all_ref`: the exnref is the host's exception.
        let to_ref = f(&store, "rethrow-to-catch-ref");
        let got = call1(&mut store, to_ref, &[Val::I32(11)]).unwrap();
        assert_eq!(got, Val::ExnRef(*last.lock().unwrap()));
    }
}

/// Many exceptions caught by a legacy `catch` whose body never rethrows: each is reclaimed, so
/// more of them than the store may hold at once pass. `with-rethrow` has a rethrow that never
/// runs: its catch keeps the exception in a frame cell while the body runs, and the collector
/// reclaims it after.
const MANY: &str = r#"(module
  (tag $e (param i32))
  (func (export "no-rethrow") (param i32) (result i32) (local i32)
    loop $l
      try
        local.get 0
        throw $e
      catch $e
        local.get 1
        i32.add
        local.set 1
      end
      local.get 0
      i32.const 1
      i32.sub
      local.tee 0
      br_if $l
    end
    local.get 1)
  (func (export "with-rethrow") (param i32) (result i32) (local i32)
    loop $l
      try
        local.get 0
        throw $e
      catch $e
        local.get 0
        i32.eqz
        if
          rethrow 1
        end
        local.get 1
        i32.add
        local.set 1
      end
      local.get 0
      i32.const 1
      i32.sub
      local.tee 0
      br_if $l
    end
    local.get 1)
)"#;

#[test]
fn exceptions_caught_without_rethrow_are_reclaimed() {
    let engine = Engine::new(Config { backend: Backend::Threaded, ..Config::default() });
    let mut store = Store::new(&engine, ());
    let module = Module::from_wat(&engine, MANY).expect("valid module");
    let instance = Linker::new(&engine).instantiate(&mut store, &module).expect("instantiates");
    let n = (1 << 20) + 100;
    let expected = (n as i64 * (n as i64 + 1) / 2) as i32;
    let no_rethrow = instance.get_func(&store, "no-rethrow").unwrap();
    assert_eq!(call1(&mut store, no_rethrow, &[Val::I32(n)]).unwrap(), Val::I32(expected));
    // Exceptions a catch body could rethrow are held in a frame cell: once the body has ended,
    // nothing reaches them and the collector reclaims them.
    let with_rethrow = instance.get_func(&store, "with-rethrow").unwrap();
    assert_eq!(call1(&mut store, with_rethrow, &[Val::I32(n)]).unwrap(), Val::I32(expected));
    let (live, collections) = store.exception_stats();
    assert!(live <= 1024 && collections >= 1000, "live {live}, collections {collections}");
}

/// Invalid uses of the legacy instructions are validation errors with wasmparser's message.
#[test]
fn validation_errors() {
    let engine = Engine::default();
    let cases: [(&str, &str); 8] = [
        ("(module (func try rethrow 0 end))", "invalid rethrow label"),
        ("(module (func block rethrow 0 end))", "invalid rethrow label"),
        ("(module (func try delegate 1))", "unknown label"),
        ("(module (tag $e) (func try catch_all catch $e end))", "`catch` found outside `LegacyTry` block"),
        ("(module (func try catch_all catch_all end))", "`catch_all` found outside `LegacyTry` block"),
        ("(module (tag $e) (func try (result i32) i32.const 0 catch $e end))", "type mismatch"),
        ("(module (func block catch_all end))", "`catch_all` found outside `LegacyTry` block"),
        ("(module (func block delegate 0))", "`delegate` found outside `LegacyTry` block"),
    ];
    for (wat, message) in cases {
        match Module::from_wat(&engine, wat) {
            Err(Error::Invalid { message: m, .. }) => assert!(m.contains(message), "{wat}: {m}"),
            other => panic!("{wat}: expected a validation error, got {other:?}"),
        }
    }
}

/// The legacy encoding comes with the exceptions feature: without it, `try` is refused.
#[test]
fn legacy_instructions_need_the_exceptions_feature() {
    let wat = "(module (func try nop end))";
    assert!(Module::from_wat(&Engine::default(), wat).is_ok());
    let engine =
        Engine::new(Config { features: Features { exceptions: false, ..Features::all() }, ..Config::default() });
    match Module::from_wat(&engine, wat) {
        Err(Error::Invalid { message, .. }) => {
            assert!(message.contains("legacy_exceptions feature required"), "{message}")
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// Fuel: `try` and `rethrow` cost 1, `catch`, `catch_all` and `delegate` 0 (as `else`/`end`),
/// and a catch body is a basic block of its own, charged when the exception lands there.
#[test]
fn fuel_charges_legacy_instructions() {
    let wat = r#"(module
      (tag $e (param i32))
      (func (export "f") (param i32) (result i32)
        try (result i32)        ;; 1
          local.get 0           ;; 1
          i32.eqz               ;; 1
          if                    ;; 1
            i32.const 5         ;; 1
            throw $e            ;; 1
          end
          try                   ;; 1
            i32.const 1         ;; 1
            throw $e            ;; 1
          catch_all
            i32.const 3         ;; 1
            drop
          end
          i32.const 9           ;; 1
        catch $e
          i32.const 10          ;; 1
          i32.add               ;; 1
        end))"#;
    for backend in [Backend::Loop, Backend::Threaded] {
        for translation in [Translation::Eager, Translation::Lazy] {
            let engine = Engine::new(Config { backend, translation, consume_fuel: true, ..Config::default() });
            let module = Module::from_wat(&engine, wat).unwrap();
            let mut store = Store::new(&engine, ());
            let instance = Linker::new(&engine).instantiate(&mut store, &module).unwrap();
            let f = instance.get_func(&store, "f").unwrap();
            // Thrown at once: try, local.get, i32.eqz, if, i32.const, throw; i32.const, i32.add.
            store.set_fuel(100).unwrap();
            assert_eq!(call1(&mut store, f, &[Val::I32(0)]).unwrap(), Val::I32(15));
            assert_eq!(store.get_fuel().unwrap(), 100 - 8, "{backend:?} {translation:?}");
            // Caught inside: try, local.get, i32.eqz, if; try, i32.const, throw; i32.const (drop
            // is free); i32.const.
            store.set_fuel(100).unwrap();
            assert_eq!(call1(&mut store, f, &[Val::I32(1)]).unwrap(), Val::I32(9));
            assert_eq!(store.get_fuel().unwrap(), 100 - 9, "{backend:?} {translation:?}");
        }
    }
}

#[test]
fn uncaught_legacy_exception_at_the_cli() {
    let dir = common::TempDir::new("legacy-exn");
    let f = dir.file(
        "t.wat",
        r#"(module
             (tag $oops (export "oops") (param i32))
             (func $deep (param i32)
               try
                 local.get 0
                 throw $oops
               catch $oops
                 drop
                 rethrow 0
               end)
             (func (export "go") (param i32) (call $deep (local.get 0))))"#,
    );
    let out = common::regwasm(&["run", "--invoke", "go", &f, "3"]);
    assert_eq!(out.code, Some(134), "{}", out.stderr);
    let first = out.stderr.lines().next().unwrap_or_default();
    assert!(first.starts_with("error: ") && first.contains("uncaught exception (tag `oops`)"), "{}", out.stderr);
    assert!(out.stderr.contains("wasm backtrace:") && out.stderr.contains("deep"), "{}", out.stderr);
}

/// A C++ program compiled by clang 14 with `-fwasm-exceptions` (`tests/legacy_exceptions/cpp`:
/// typed catches, `catch (...)`, `throw;`, destructors while unwinding, a throw no handler of a
/// function matches; its code has `try`, `catch`, `catch_all`, `rethrow` and a `delegate`). The
/// expected checksums are the same sources' results built natively, which V8 also gives.
#[test]
fn clang_compiled_cpp_program() {
    let wasm = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/legacy_exceptions/cpp/program.wasm"))
        .expect("fixture");
    let expected = [(0, 1), (1, 11), (5, 8208051), (10, 9552101), (30, 57800301), (100, 826633001)];
    for engine in engines() {
        let module = Module::new(&engine, &wasm).expect("valid module");
        let mut store = Store::new(&engine, ());
        let instance = Linker::new(&engine).instantiate(&mut store, &module).expect("instantiates");
        let run = instance.get_func(&store, "run").unwrap();
        for (n, checksum) in expected {
            assert_eq!(call1(&mut store, run, &[Val::I32(n)]).unwrap(), Val::I32(checksum), "run({n})");
        }
    }
}
