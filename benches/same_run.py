#!/usr/bin/env python3
"""Same-run comparison of two regwasm builds (or one build with different flags) on the corpus.

Each program runs once unmeasured, then RUNS times per variant, variants alternating with a
rotating order; whole-process wall time, medians reported, and every variant's last stdout line
(the checksum) must agree. Used for the fuel/interruption overhead in RESULTS.md:

    python3 benches/same_run.py --base OLD/regwasm --new target/release/regwasm --runs 5

Variants: base (OLD, no flags), off (NEW, no flags), fuel (NEW --fuel MAX), interrupt
(NEW --timeout 1h). `--variants base,off` picks some.
"""
import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare import PROGRAMS, PROGRAMS_DIR  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="regwasm binary of the branch point")
    ap.add_argument("--new", required=True, help="regwasm binary under test")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--programs", default=",".join(PROGRAMS))
    ap.add_argument("--variants", default="base,off,fuel,interrupt")
    args = ap.parse_args()
    all_variants = {
        "base": [args.base, "run"],
        "off": [args.new, "run"],
        "fuel": [args.new, "run", "--fuel", str(2**64 - 1)],
        "interrupt": [args.new, "run", "--timeout", "1h"],
    }
    variants = {k: all_variants[k] for k in args.variants.split(",")}
    names = list(variants)
    for prog in args.programs.split(","):
        times: dict[str, list[float]] = {v: [] for v in names}
        outputs = set()
        for i in range(args.runs + 1):
            for v in names[i % len(names):] + names[:i % len(names)]:
                cmd = variants[v] + [str(PROGRAMS_DIR / f"{prog}.wasm"), PROGRAMS[prog][0]]
                t = time.perf_counter()
                r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                dt = time.perf_counter() - t
                if r.returncode != 0:
                    sys.exit(f"{prog} {v}: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
                outputs.add(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else b"")
                if i > 0:
                    times[v].append(dt)
        if len(outputs) != 1:
            sys.exit(f"{prog}: outputs differ: {outputs}")
        med = {v: statistics.median(times[v]) for v in names}
        cells = " | ".join(f"{med[v] * 1000:.1f} ms" for v in names)
        ratios = " | ".join(f"{med[v] / med['base']:.3f}" for v in names if v != "base") if "base" in med else ""
        print(f"| {prog} | {cells} | {ratios} |", flush=True)


if __name__ == "__main__":
    main()
