#!/usr/bin/env python3
"""Where a run's peak RSS goes: stops a command at its exit (gdb, `catch syscall exit_group`)
and reports the peak (VmHWM), file-backed and anonymous RSS, resident kB per mapping, and for
the binary itself resident kB per ELF section.

    python3 benches/rss_breakdown.py BINARY ARGS...
    python3 benches/rss_breakdown.py target/release/regwasm run benches/programs/fib.wasm 30

Under gdb the address space is not randomised, so two builds compare page for page; without
that, `/usr/bin/time -f %M` of the same build varies by 100-300 kB between runs (where 64 kB
fault-around windows fall). The kernel maps a whole 64 kB window of a cached file around each
page fault, so the binary's resident code is the number of windows that hold any code the run
executes, not the code it executes: code executed at startup but spread over the binary costs
more than the same amount packed together.

Needs gdb and /proc (Linux); reading /proc/PID/pagemap needs root for the per-section table
(without it that table is left out). Python 3.11 standard library only.
"""
from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

GDB_SCRIPT = """
set pagination off
set startup-with-shell off
catch syscall exit_group
run {args} > /dev/null
python
import gdb, struct
pid = gdb.selected_inferior().pid
out = {out!r}
open(out + '.status', 'w').write(open(f'/proc/{{pid}}/status').read())
open(out + '.smaps', 'w').write(open(f'/proc/{{pid}}/smaps').read())
try:
    pm = open(f'/proc/{{pid}}/pagemap', 'rb')
    lines = []
    for line in open(f'/proc/{{pid}}/maps'):
        parts = line.split()
        if len(parts) < 6 or parts[5] != {binary!r}:
            continue
        lo, hi = (int(x, 16) for x in parts[0].split('-'))
        pm.seek(lo // 4096 * 8)
        data = pm.read((hi - lo) // 4096 * 8)
        for i in range((hi - lo) // 4096):
            if struct.unpack_from('<Q', data, i * 8)[0] >> 63:
                lines.append(str(int(parts[2], 16) + i * 4096))
    open(out + '.pages', 'w').write('\\n'.join(lines))
except OSError:
    pass
end
kill
quit
"""


def sections(binary: str) -> list[tuple[str, int, int]]:
    """(name, file offset, size) of the binary's allocated sections."""
    text = subprocess.run(["readelf", "-SW", binary], capture_output=True, text=True, check=True).stdout
    found = []
    for m in re.finditer(r"\]\s+(\S+)\s+\S+\s+[0-9a-f]+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+\S+\s+(\S*A\S*)", text):
        found.append((m.group(1), int(m.group(2), 16), int(m.group(3), 16)))
    return found


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip())
        return 2
    binary = str(Path(sys.argv[1]).resolve())
    args = " ".join(sys.argv[2:])
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "snap")
        script = os.path.join(tmp, "cmds.gdb")
        Path(script).write_text(GDB_SCRIPT.format(args=args, out=out, binary=binary))
        subprocess.run(["gdb", "-batch", "-x", script, binary], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not os.path.exists(out + ".status"):
            print("gdb did not stop the program at its exit (is gdb installed?)", file=sys.stderr)
            return 1
        status = Path(out + ".status").read_text()
        smaps = Path(out + ".smaps").read_text()
        pages = Path(out + ".pages").read_text().split() if os.path.exists(out + ".pages") else None
    for key in ("VmHWM", "VmRSS", "RssAnon", "RssFile"):
        m = re.search(rf"^{key}:\s+(\d+) kB", status, re.M)
        print(f"{key + ':':9} {int(m.group(1)):7} kB" if m else f"{key}: ?")
    per_mapping: dict[str, int] = {}
    for block in re.split(r"\n(?=[0-9a-f]+-[0-9a-f]+ )", smaps):
        head = block.splitlines()[0].split()
        rss = re.search(r"^Rss:\s+(\d+)", block, re.M)
        name = os.path.basename(head[5]) if len(head) > 5 else "[anon]"
        per_mapping[name] = per_mapping.get(name, 0) + (int(rss.group(1)) if rss else 0)
    print("resident kB per mapping:")
    for name, kb in sorted(per_mapping.items(), key=lambda x: -x[1]):
        if kb:
            print(f"  {kb:7}  {name}")
    if pages is None:
        print("(no per-section table: /proc/PID/pagemap needs root)")
        return 0
    per_section: dict[str, int] = {}
    secs = sections(binary)
    for offset in map(int, pages):
        name = next((n for n, off, size in secs if off <= offset < off + size or off <= offset + 4095 < off + size),
                    "(headers)")
        per_section[name] = per_section.get(name, 0) + 4
    print(f"resident kB of {os.path.basename(binary)} per section (of its size):")
    sizes = {n: size for n, _, size in secs}
    for name, kb in sorted(per_section.items(), key=lambda x: -x[1]):
        size = sizes.get(name)
        print(f"  {kb:7}  {name}" + (f"  (of {size // 1024})" if size else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
