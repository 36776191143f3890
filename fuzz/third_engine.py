#!/usr/bin/env python3
"""Third-engine check of a fuzz finding with wasmtime (the `wasmtime` wheel from PyPI).

wabt's `spectest-interp` (the fuzzer's built-in tie-breaker) cannot judge every disagreement:
it does not compare trap messages or memory and global contents, so such findings end up
`unresolved`. This replays a finding's module and calls in wasmtime and prints, per call, the
result or trap message, then wasmtime's value of every memory byte and global that the
finding's report names, next to regwasm's and wasmi's.

    pip install wasmtime
    python3 fuzz/third_engine.py fuzz/findings/shapes-1234 [...]

Like the fuzzer, it refills the exported `fuel` global to 500 before every call.
"""
import re
import sys

import wasmtime

FUEL_EXPORT, FUEL_REFILL = "fuel", 500


def parse_arg(ty: str, text: str):
    text = text.strip()
    if ty in ("i32", "i64"):
        return int(text, 0)
    if ty not in ("f32", "f64"):
        sys.exit(f"cannot replay a {ty} argument (the wasmtime wheel has no v128 values)")
    if "nan" in text:
        return float("nan")
    return float.fromhex(text) if "0x" in text else float(text)


def unescape(text: str) -> str:
    """Undo Rust's `{:?}` string escapes (`\\u{..}`, `\\n`, `\\t`, `\\r`, `\\0`, `\\\\`, quotes)."""
    simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}

    def one(m: re.Match) -> str:
        return chr(int(m.group(1), 16)) if m.group(1) else simple[m.group(2)]

    return re.sub(r"\\(?:u\{([0-9a-fA-F]+)\}|(.))", one, text)


def trap_line(e: Exception) -> str:
    lines = [l.strip() for l in str(e).splitlines() if "trap" in l.lower() or "Caused by" in l]
    return lines[-1] if lines else str(e).splitlines()[0]


def check(finding: str) -> None:
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    module = wasmtime.Module.from_file(engine, f"{finding}/module.wasm")
    exports = wasmtime.Instance(store, module, []).exports(store)
    names = {e.name for e in module.exports}
    print(f"== {finding}")
    for line in open(f"{finding}/calls.wast"):
        if not line.strip():
            continue
        # Names are written with Rust's `{:?}`: any characters (the empty name too), escaped.
        m = re.match(r'\(invoke "((?:[^"\\]|\\.)*)"(.*)\)\s*$', line.strip())
        if not m:
            # Skipping a call would replay a different run and compare the wrong state.
            sys.exit(f"cannot replay {line.strip()!r}")
        name, rest = unescape(m.group(1)), m.group(2)
        args = [parse_arg(t, v) for t, v in re.findall(r"\((\w+)\.const ([^)]+)\)", rest)]
        if FUEL_EXPORT in names:
            exports[FUEL_EXPORT].set_value(store, wasmtime.Val.i32(FUEL_REFILL))
        try:
            print(f"{name!r} {args} -> {exports[name](store, *args)}")
        except wasmtime.Trap as e:
            print(f"{name!r} {args} trap: {trap_line(e)}")
        except wasmtime.WasmtimeError as e:  # not a trap: e.g. a v128 result the wheel cannot convert
            print(f"{name!r} {args} error: {str(e).splitlines()[0]}")
    report = open(f"{finding}/report.txt").read()
    for m in re.finditer(r"memory (.+?): byte (\d+) is (\S+) vs (\S+)", report):
        at = int(m.group(2))
        byte = exports[m.group(1)].read(store, at, at + 1)[0]
        print(f"memory {m.group(1)} byte {at}: wasmtime {byte:#04x}, regwasm {m.group(3)}, wasmi {m.group(4)}")
    for m in re.finditer(r"memory (.+?): float-scratch word (\d+): \[([^]]*)\] vs \[([^]]*)\]", report):
        at = int(m.group(2))
        ours = bytes(int(b, 16) for b in m.group(3).split(", "))
        word = exports[m.group(1)].read(store, at, at + len(ours))
        theirs = bytes(int(b, 16) for b in m.group(4).split(", "))
        print(f"memory {m.group(1)} float-scratch word {at}: wasmtime {word.hex()}, regwasm {ours.hex()}, wasmi {theirs.hex()}")
    for m in re.finditer(r"table (.+?): element (\d+) is (\(ref[^)]*\)) vs (\(ref[^)]*\))", report):
        print(f"table {m.group(1)} element {m.group(2)}: wasmtime {table_element(store, exports, m)}, "
              f"regwasm {m.group(3)}, wasmi {m.group(4)}")
    for m in re.finditer(r"global (.+?): \((\w+)\.const ([^)]+)\) vs \((\w+)\.const ([^)]+)\)", report):
        value = exports[m.group(1)].value(store)
        print(f"global {m.group(1)}: wasmtime {value}, regwasm {m.group(3)}, wasmi {m.group(5)}")


def table_element(store, exports, m) -> str:
    """Table element as the fuzzer's reports write it: null, or the export name of its function."""
    element = exports[m.group(1)].get(store, int(m.group(2)))
    if not isinstance(element, wasmtime.Func):
        return "(ref.null func)"
    # Functions compare by their handle's bytes (store id and index).
    names = [n for n, e in exports.items() if isinstance(e, wasmtime.Func) and bytes(e._func) == bytes(element._func)]
    return f'(ref.func "{names[0]}")' if names else "(ref.func <not exported>)"


if __name__ == "__main__":
    for path in sys.argv[1:]:
        check(path.rstrip("/"))
