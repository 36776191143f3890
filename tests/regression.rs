//! Regression tests: every `tests/regression/*.wast` script (one per bug found by fuzzing, a
//! user or a suite; its header comment says what went wrong) runs on both dispatch backends,
//! the loop backend with eager translation and the threaded backend with lazy translation.
//! A script passes when every directive behaves as it says.

use regwasm::wast::run_wast_with;
use regwasm::{Backend, Config, Translation};
use std::path::Path;

fn scripts() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regression");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/regression exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wast"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("readable script"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_regression_script_passes_on_both_backends() {
    let scripts = scripts();
    assert!(!scripts.is_empty(), "no scripts found in tests/regression");
    let mut failures = Vec::new();
    for (backend, translation) in [(Backend::Loop, Translation::Eager), (Backend::Threaded, Translation::Lazy)] {
        let config = Config { backend, translation, ..Config::default() };
        for (name, source) in &scripts {
            let report = run_wast_with(&config, name, source, None);
            if report.failed > 0 || report.passed == 0 {
                failures.push(format!(
                    "{backend:?}: {name}: {}/{} {:?}",
                    report.passed,
                    report.total(),
                    report.failures
                ));
            }
        }
    }
    assert!(failures.is_empty(), "regression scripts failed:\n{}", failures.join("\n"));
}
