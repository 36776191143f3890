#!/usr/bin/env python3
"""Regenerates link/hot-functions.ld: the functions of the regwasm binary that typical runs execute.

Owns: which runs make up the profile, how the executed functions are collected (callgrind with
mangled names), how a name becomes a section pattern, and the order of the patterns. build.rs
passes the script to the linker for the `regwasm` binary: it places the listed functions at
the start of `.text`, every other function after them (the linker appends the sections a script
does not name to the output section of their name; `INSERT` keeps the default layout), so a
run maps the ~1.5 MB of code it executes instead of touching 64 KB windows spread over
the whole text section: a small run's peak RSS goes down by about 1 MB (benches/README.md,
"Code layout").

Each function is in its own section, `.text.NAME` (`.text.unlikely.NAME` when cold). The
patterns leave out what changes with the toolchain, the features or a dependency's version:
the legacy mangling's hash (`17h<16 hex digits>E` -> `17h*E`) and the v0 mangling's crate
disambiguators (`Cs<base 62>_` -> `Cs*_`), and the numbered suffix of a copy LLVM made
(`NAME.1854` -> `NAME*`). So the script stays valid across those changes; a
function renamed or removed just stops matching and is placed as before, which costs memory,
never correctness. Without the hash, all instances of a generic function listed once match
(legacy names differ only in it), some code more than the run executes. Regenerate after
large changes (new modules, new crates): `cargo build --release && python3
benches/code_layout.py`; `--check` reports how many patterns match the built binary.

The runs: every corpus program at a small size (the interpreter's handlers, WASI output, exit),
`bigprog 0` (translation of a large module), a text module with `--invoke` and a `.wast` script
(the text front end), and the real programs when they have been fetched (Flite `--help`, short
CPython, QuickJS and Yosys runs: large-module validation in parallel, data segments, preopened
directories, the scripts' interpreter loops). Order in the file: address order in the profiled binary, so
the listed functions keep the relative layout they had (the dispatch speed of the threaded
handlers was measured with that layout).

Needs valgrind. Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import fnmatch
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import real_programs

BENCHES = Path(__file__).resolve().parent
ROOT = BENCHES.parent
OUT = ROOT / "link" / "hot-functions.ld"

# Corpus program -> a small argument (each run under callgrind takes a few seconds).
CORPUS_RUNS = {
    "fib": "18", "collatz": "2000", "sieve": "20000", "bytecode_vm": "2000", "nbody": "2000",
    "mandelbrot": "40", "matmul": "20", "sort": "5000", "memops": "2000", "indirect": "20000",
    "hash": "1", "printf_lines": "100", "bigprog": "3", "tailcall": "2000",
}

WAT_MODULE = """(module
  (func (export "sum") (param i32) (result i64) (local i64)
    (block (loop
      (br_if 1 (i32.eqz (local.get 0)))
      (local.set 1 (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
      (br 0)))
    (local.get 1)))
"""

WAST_SCRIPT = WAT_MODULE.replace("(module", "(module $m", 1) + """
(assert_return (invoke "sum" (i32.const 10)) (i64.const 55))
(module (func (export "f") unreachable))
(assert_trap (invoke "f") "unreachable")
(assert_invalid (module (func (result i32))) "type mismatch")
"""


def runs(binary: str, work: Path) -> list[tuple[str, list[str], Path]]:
    """(label, command, working directory) of every profiled run."""
    progs = BENCHES / "programs"
    out = [(f"{p} {a}", [binary, "run", str(progs / f"{p}.wasm"), a], work)
           for p, a in CORPUS_RUNS.items()]
    out.append(("bigprog 0", [binary, "run", str(progs / "bigprog.wasm"), "0"], work))
    (work / "sum.wat").write_text(WAT_MODULE)
    out.append(("wat --invoke", [binary, "run", "--invoke", "sum", str(work / "sum.wat"), "100"], work))
    (work / "script.wast").write_text(WAST_SCRIPT)
    out.append(("wast", [binary, "wast", str(work / "script.wast")], work))
    flite = BENCHES / ".tools" / "flite" / "flite.wasm"
    if flite.exists():
        out.append(("flite --help", [binary, "run", "--dir", ".", str(flite), "--help"], work))
    small = {"cpython": ["-S", "-c", "print(sum(i * i for i in range(200)))"],
             "quickjs": ["-e", "let s = 0; for (let i = 0; i < 200; i++) s += i * i; console.log(s)"],
             "yosys": ["-q", "-p", "help"]}
    for key, args in small.items():
        pkg = real_programs.PACKAGES[key]
        module = next((w.wasm for w in real_programs.WORKLOADS.values() if w.package == key), None)
        if module and real_programs.available(pkg):
            out.append((key, [binary, "run", "--dir", ".", str(pkg.dir / module), *args], work))
    return out


def executed_functions(label: str, cmd: list[str], cwd: Path, binary: str) -> set[str]:
    """Mangled names of the functions of `binary` that `cmd` executes."""
    with tempfile.TemporaryDirectory() as tmp:
        prof = Path(tmp) / "cg.out"
        r = subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no", "--compress-strings=no",
                            f"--callgrind-out-file={prof}", *cmd], cwd=cwd, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True, timeout=3600)
        if not prof.exists():
            sys.exit(f"error: profiled run `{label}` left no profile (exit {r.returncode}): {r.stderr.strip()[-400:]}")
        if r.returncode != 0:
            # callgrind still writes what ran up to the failure; keep it, and say so.
            print(f"  {label}: exit {r.returncode} under valgrind, profile kept up to there", file=sys.stderr)
        names: set[str] = set()
        ob = ""
        real = os.path.realpath(binary)
        for line in prof.read_text(errors="replace").splitlines():
            if line.startswith("ob="):
                ob = line[3:]
            elif line.startswith("fn=") and os.path.realpath(ob) == real:
                # callgrind marks re-entries of a function (here: handlers that tail-jump to
                # themselves) as `name'2`, `name'3`, ...
                name = re.sub(r"'\d+$", "", line[3:])
                if not name.startswith(("0x", "(")):
                    names.add(name)
        print(f"  {label}: {len(names)} functions", file=sys.stderr)
        return names


def symbol_addresses(binary: str) -> dict[str, int]:
    out = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    addrs: dict[str, int] = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            addrs.setdefault(parts[2], int(parts[0], 16))
    return addrs


def section_pattern(name: str) -> str:
    """The name without what changes between builds of the same code (see the module comment)."""
    # A local copy LLVM made of a function carries a numbered suffix (`NAME.1854`,
    # `NAME.llvm.1234`) that changes with any code change.
    name, copies = re.subn(r"(\.llvm)?\.\d+$", "", name)
    name = re.sub(r"17h[0-9a-f]{16}E$", "17h*E", name)
    name = re.sub(r"Cs[0-9A-Za-z]+_", "Cs*_", name)
    return name + "*" if copies else name


def linker_script(patterns: list[str]) -> str:
    lines = [
        "/* The functions of the regwasm binary that typical runs execute, placed first in .text so",
        "   that a run's code sits in few pages. Generated by benches/code_layout.py, which says how",
        "   and why; build.rs passes it to the linker. Do not edit by hand. */",
        "SECTIONS",
        "{",
        "  .text : {",
    ]
    # One input-section description per function keeps the profiled build's order (within one
    # description the linker keeps input order).
    lines += [f"    *(.text.{p} .text.unlikely.{p})" for p in patterns]
    # Every other function is an orphan section that the linker appends to the output section
    # of its name, this one. Anchored before .init, the code's output sections stay together.
    lines += ["  }", "}", "INSERT BEFORE .init;", ""]
    return "\n".join(lines)


def check(binary: str, script: Path) -> int:
    """How many of the script's patterns match a function of `binary`."""
    patterns = re.findall(r"\*\(\.text\.(\S+) ", script.read_text())
    names = list(symbol_addresses(binary))
    regexes = [re.compile(fnmatch.translate(p)) for p in patterns]
    matched = sum(1 for r in regexes if any(r.match(n) for n in names))
    print(f"{matched} of {len(patterns)} patterns of {os.path.relpath(script, ROOT)} match a function "
          f"of {binary}")
    return 0 if matched * 10 >= len(patterns) * 9 else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "regwasm"),
                    help="the binary to profile (default target/release/regwasm)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--check", action="store_true",
                    help="only report how many patterns match the binary (exit 1 below 90%%)")
    args = ap.parse_args()
    if not Path(args.bin).exists():
        sys.exit(f"error: {args.bin} not found: run `cargo build --release` first")
    if args.check:
        return check(args.bin, Path(args.out))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        todo = runs(args.bin, work)
        print(f"profiling {len(todo)} runs of {args.bin}", file=sys.stderr)
        hot: set[str] = set()
        # Runs share the working directory only for reading; Flite writes out.wav, the others
        # write nothing.
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for names in pool.map(lambda t: executed_functions(*t, args.bin), todo):
                hot |= names
    addrs = symbol_addresses(args.bin)
    listed = sorted((n for n in hot if n in addrs), key=lambda n: addrs[n])
    patterns = list(dict.fromkeys(section_pattern(n) for n in listed))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(linker_script(patterns))
    print(f"{len(listed)} functions, {len(patterns)} patterns written to {os.path.relpath(args.out, ROOT)} "
          f"({len(hot) - len(listed)} executed names without a text symbol skipped)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
