//! The `regwasm` binary's code layout (build.rs, `link/hot-functions.ld`): the functions typical
//! runs execute sit together at the start of `.text`, and the script's patterns still name this
//! build's functions (a list gone stale would silently give back ~1 MB of peak RSS on every
//! small run).
//!
//! Reads the binary's ELF section and symbol tables directly (64-bit little-endian only, the
//! one target where build.rs passes the script).

#![cfg(all(target_os = "linux", target_arch = "x86_64", target_env = "gnu"))]

use std::path::Path;

const SCRIPT: &str = include_str!("../link/hot-functions.ld");

struct Section {
    name: String,
    kind: u32,
    addr: u64,
    offset: usize,
    size: usize,
    link: usize,
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes(b[at..at + 2].try_into().unwrap())
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}
fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}
fn c_str(b: &[u8], at: usize) -> String {
    let end = b[at..].iter().position(|&c| c == 0).map_or(b.len(), |n| at + n);
    String::from_utf8_lossy(&b[at..end]).into_owned()
}

fn sections(elf: &[u8]) -> Vec<Section> {
    assert_eq!(&elf[..4], b"\x7fELF", "not an ELF file");
    assert_eq!(elf[4], 2, "not a 64-bit ELF file");
    let (shoff, shentsize) = (u64_at(elf, 0x28) as usize, u16_at(elf, 0x3a) as usize);
    let (shnum, shstrndx) = (u16_at(elf, 0x3c) as usize, u16_at(elf, 0x3e) as usize);
    let raw: Vec<_> = (0..shnum)
        .map(|i| {
            let h = shoff + i * shentsize;
            (
                u32_at(elf, h),
                u32_at(elf, h + 4),
                u64_at(elf, h + 0x10),
                u64_at(elf, h + 0x18),
                u64_at(elf, h + 0x20),
                u32_at(elf, h + 0x28),
            )
        })
        .collect();
    let names = raw[shstrndx].3 as usize;
    raw.iter()
        .map(|&(name, kind, addr, offset, size, link)| Section {
            name: c_str(elf, names + name as usize),
            kind,
            addr,
            offset: offset as usize,
            size: size as usize,
            link: link as usize,
        })
        .collect()
}

/// (name, address) of every defined function in `.symtab`.
fn functions(elf: &[u8], secs: &[Section]) -> Vec<(String, u64)> {
    const SHT_SYMTAB: u32 = 2;
    const STT_FUNC: u8 = 2;
    let symtab = secs.iter().find(|s| s.kind == SHT_SYMTAB).expect("the binary keeps its symbol table");
    let strtab = &secs[symtab.link];
    (0..symtab.size / 24)
        .map(|i| symtab.offset + i * 24)
        .filter(|&e| elf[e + 4] & 0xf == STT_FUNC && u16_at(elf, e + 6) != 0)
        .map(|e| (c_str(elf, strtab.offset + u32_at(elf, e) as usize), u64_at(elf, e + 8)))
        .collect()
}

/// `*` matches any run of characters; nothing else is special (the script uses no other
/// wildcard).
fn glob_match(pattern: &str, name: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = name.strip_prefix(first) else { return false };
    let parts: Vec<&str> = parts.collect();
    for (i, part) in parts.iter().enumerate() {
        if i + 1 == parts.len() {
            return rest.len() >= part.len() && rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.is_empty()
}

/// The function-name patterns of the script, one per `*(.text.P .text.unlikely.P)` line.
fn patterns() -> Vec<&'static str> {
    SCRIPT
        .lines()
        .filter_map(|l| l.trim().strip_prefix("*(.text."))
        .map(|l| l.split_once(' ').expect("two section patterns per line").0)
        .collect()
}

#[test]
fn script_is_well_formed() {
    let pats = patterns();
    assert!(pats.len() > 500, "only {} patterns", pats.len());
    let lines: Vec<&str> = SCRIPT.lines().map(str::trim).filter(|l| l.starts_with("*(")).collect();
    assert_eq!(lines.len(), pats.len(), "every input-section line is a function's pattern");
    for (line, p) in lines.into_iter().zip(pats) {
        assert_eq!(line, format!("*(.text.{p} .text.unlikely.{p})"));
        // Characters a linker script takes as part of an unquoted name, and `*`.
        assert!(p.chars().all(|c| c.is_ascii_alphanumeric() || "_$.*".contains(c)), "{p}");
        // Build-dependent parts are wildcards (benches/code_layout.py).
        assert!(!p.contains("17h") || p.ends_with("17h*E") || p.ends_with("17h*E*"), "{p} keeps a legacy hash");
        let tail = p.rsplit('.').next().unwrap_or("");
        assert!(!p.contains('.') || !tail.chars().all(|c| c.is_ascii_digit()), "{p} keeps a copy's number");
    }
    assert!(SCRIPT.contains("INSERT BEFORE .init;"), "the default layout must stay");
    assert!(glob_match("_ZN3foo3bar17h*E", "_ZN3foo3bar17h0123456789abcdefE"));
    assert!(!glob_match("_ZN3foo3bar17h*E", "_ZN3foo3baz17h0123456789abcdefE"));
    assert!(glob_match("_RNvCs*_4core3fmt", "_RNvCsgEm_4core3fmt"));
    assert!(!glob_match("a*b*c", "a_b_d"));
}

#[test]
fn hot_functions_come_first_in_text() {
    let elf = std::fs::read(Path::new(env!("CARGO_BIN_EXE_regwasm"))).expect("read the regwasm binary");
    let secs = sections(&elf);
    // One `.text`: tools that take only `.text` for code (valgrind) see every function.
    assert_eq!(secs.iter().filter(|s| s.name.starts_with(".text")).count(), 1, "one code section");
    let text = secs.iter().find(|s| s.name == ".text").expect("a .text section");
    let in_text = |a: u64| a >= text.addr && a < text.addr + text.size as u64;
    let mut funcs: Vec<_> = functions(&elf, &secs).into_iter().filter(|&(_, a)| in_text(a)).collect();
    let pats = patterns();
    funcs.sort_by_key(|&(_, a)| a);
    let listed: Vec<bool> = funcs.iter().map(|(n, _)| pats.iter().any(|p| glob_match(p, n))).collect();
    let count = listed.iter().filter(|&&l| l).count();
    assert!(count > 0, "no function of this build matches link/hot-functions.ld");
    // The listed functions come first: of the first `count` functions of `.text`, nearly all
    // are listed (a name can also match a duplicate the linker placed elsewhere).
    let first = listed[..count].iter().filter(|&&l| l).count();
    assert!(
        first * 50 >= count * 49,
        "only {first} of the first {count} functions of .text are listed ones; first unlisted: {:?}",
        funcs.iter().zip(&listed).take(count).filter(|(_, l)| !**l).take(5).map(|(f, _)| f).collect::<Vec<_>>()
    );
    let hot_end = funcs[count - 1].1;
    // The interpreter's core is among the listed functions whatever the build: the
    // threaded handler of a plain i32 add and the reader of a module section.
    for want in ["handlers6I32Add17h", "module11ModuleInner12read_section17h"] {
        let found: Vec<_> = funcs.iter().filter(|(n, _)| n.contains(want)).collect();
        if cfg!(debug_assertions) && found.is_empty() {
            continue; // inlined in this build
        }
        assert!(found.iter().any(|&&(_, a)| a <= hot_end), "{want}: {found:?} not among the listed functions");
    }
    // In an optimized build without debug assertions (the release profile the list was made
    // from), nearly every pattern still names a function: a list gone stale fails here.
    if !cfg!(debug_assertions) {
        let unmatched: Vec<_> = pats.iter().filter(|p| !funcs.iter().any(|(n, _)| glob_match(p, n))).collect();
        assert!(
            unmatched.len() * 10 <= pats.len(),
            "{} of {} patterns of link/hot-functions.ld name no function of this build; regenerate it \
             (`cargo build --release && python3 benches/code_layout.py`). First: {:?}",
            unmatched.len(),
            pats.len(),
            &unmatched[..unmatched.len().min(5)]
        );
    }
}
