//! The crate's layering, checked on its source: the pipeline modules depend on each other only
//! downward, in the order
//!
//! `translate` (Wasm code to ops) < `module` (loading) < `runtime` (the store and its objects)
//! < `exec` (runs code over them) < `entry` (the API calls that need the executor),
//!
//! so none of them can reach back up (the layering `docs/architecture.md` describes). A module
//! "depends on" another when its non-test source names it by path (`crate::exec::...`,
//! `use crate::{runtime::X, ...}`) or names an item the crate root re-exports from it
//! (`crate::Func` is `runtime`'s).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first.
const LAYERS: [&str; 5] = ["translate", "module", "runtime", "exec", "entry"];

/// The top-level module a source file belongs to (`src/exec/ops.rs` -> `exec`).
fn top_module(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_string()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments and without its unit-test modules (`mod tests` files
/// and `#[cfg(test)]` items are test code, which may use the whole API).
fn code_of(text: &str) -> String {
    let mut out = String::new();
    let mut skip_test_item = false;
    let mut depth_at_skip = 0i32;
    let mut depth = 0i32;
    for line in text.lines() {
        let code = match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        };
        if code.trim_start().starts_with("#[cfg(test)]") {
            skip_test_item = true;
            depth_at_skip = depth;
            continue;
        }
        let opens = code.matches('{').count() as i32;
        let closes = code.matches('}').count() as i32;
        depth += opens - closes;
        if skip_test_item {
            // The item after `#[cfg(test)]` ends where its braces close (or at `;`).
            if depth <= depth_at_skip && (closes > 0 || code.trim_end().ends_with(';')) {
                skip_test_item = false;
            }
            continue;
        }
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// Items the crate root re-exports, by name, with the module they come from.
fn root_reexports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let code = code_of(lib);
    for stmt in code.split(';') {
        let stmt = stmt.trim();
        let Some(rest) = stmt.strip_prefix("pub use ") else { continue };
        let Some((module, items)) = rest.split_once("::") else { continue };
        let items = items.trim().trim_start_matches('{').trim_end_matches('}');
        for item in items.split(',') {
            let name = item.trim().rsplit("::").next().unwrap().trim();
            if !name.is_empty() {
                map.insert(name.to_string(), module.trim().to_string());
            }
        }
    }
    map
}

/// The top-level modules `code` names, directly or through a root re-export.
fn referenced_modules(
    code: &str,
    modules: &BTreeSet<String>,
    reexports: &BTreeMap<String, String>,
) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let ident = |s: &str| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let mut names = Vec::new();
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a::X, B, c::{..}}`: the first segment of each top-level entry.
            let mut depth = 0;
            let mut start = 0;
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        names.push(ident(group[start..j].trim()));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        names.push(ident(group[start..j].trim()));
                        start = j + 1;
                    }
                    _ => {}
                }
            }
        } else {
            names.push(ident(rest));
        }
        for name in names {
            if modules.contains(&name) {
                found.insert(name);
            } else if let Some(m) = reexports.get(&name) {
                found.insert(m.clone());
            }
        }
    }
    found
}

#[test]
fn pipeline_modules_depend_only_on_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| top_module(&src, f)).collect();
    for layer in LAYERS {
        assert!(modules.contains(layer), "no module `{layer}` in src/: update LAYERS");
    }
    let reexports = root_reexports(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);

    let mut violations = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy();
        if name == "tests.rs" || name.starts_with("tests_") {
            continue;
        }
        let from = top_module(&src, file);
        let Some(from_rank) = rank(&from) else { continue };
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        for to in referenced_modules(&code, &modules, &reexports) {
            if let Some(to_rank) = rank(&to)
                && to_rank > from_rank
            {
                violations.push(format!("{} names `{to}`, a higher layer than `{from}`", file.display()));
            }
        }
    }
    assert!(violations.is_empty(), "layering broken:\n{}", violations.join("\n"));
}

#[test]
fn the_checker_sees_paths_groups_and_reexports() {
    let modules: BTreeSet<String> = LAYERS.iter().map(|s| s.to_string()).collect();
    let reexports = root_reexports("pub use runtime::{Func, Store};\npub use module::Module;");
    let found = |code: &str| referenced_modules(&code_of(code), &modules, &reexports);
    assert_eq!(found("use crate::exec::invoke;"), BTreeSet::from(["exec".to_string()]));
    assert_eq!(
        found("use crate::{module::X, Func, other::{a, b}};"),
        BTreeSet::from(["module".to_string(), "runtime".to_string()])
    );
    assert_eq!(found("let m: crate::Module = todo!();"), BTreeSet::from(["module".to_string()]));
    assert!(found("// crate::exec in a comment\n#[cfg(test)]\nmod t { use crate::exec; }").is_empty());
}
