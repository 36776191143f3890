#!/usr/bin/env python3
"""Merges op profiles of several workloads into one table of dynamic shares.

A profile is the JSON that `regwasm run --profile-ops FILE.json` writes (a regwasm built with
`cargo build --release --features profile-ops`): executed instructions per op variant and per
adjacent pair (previous op, op), counted in the loop backend. Each workload's counts are
normalised to shares of its own total first, so one long program does not dominate; the
tables show each op's (and pair's) share per workload and the mean share over the workloads,
sorted by the mean.

    python3 benches/profile_ops.py PROFILE.json...           # print the merged tables
    python3 benches/profile_ops.py --top 40 --markdown DIR/*.json
    python3 benches/profile_ops.py --collect DIR --regwasm-bin target/profile/release/regwasm \\
        --set all                                            # profile the workloads, then merge

`--collect` runs every workload of benches/compare.py's `--set` (the C corpus, Flite, and the
registry programs of benches/real_programs.py, fetched on first use) once under the given
regwasm, writing DIR/NAME.json, checks each run's output as compare.py does, and then prints
the merged tables. A workload's column name is its file name without `.json`.

Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def load(path: Path) -> dict:
    with path.open() as f:
        prof = json.load(f)
    for key in ("total", "ops", "total_pairs", "pairs"):
        if key not in prof:
            raise ValueError(f"{path}: not an op profile (no {key!r})")
    return prof


def shares(prof: dict) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """Per-op and per-pair shares of one profile (fractions of its totals)."""
    total = prof["total"] or 1
    total_pairs = prof["total_pairs"] or 1
    ops = {o["op"]: o["count"] / total for o in prof["ops"]}
    pairs = {(p["prev"], p["op"]): p["count"] / total_pairs for p in prof["pairs"]}
    return ops, pairs


def merge(named: dict[str, dict]) -> tuple[list[tuple[str, list[float], float]], list[tuple[str, list[float], float]]]:
    """Rows (label, share per workload, mean share) for ops and for pairs, highest mean first.

    A pair missing from a profile's (truncated) pair list counts as 0 there: each profile keeps
    its most frequent pairs, so a missing one is below that profile's cut-off.
    """
    per = {name: shares(p) for name, p in named.items()}
    names = list(named)
    n = len(names) or 1

    def rows(index: int, fmt) -> list[tuple[str, list[float], float]]:
        keys: dict = {}
        for name in names:
            for k in per[name][index]:
                keys[k] = None
        out = []
        for k in keys:
            vals = [per[name][index].get(k, 0.0) for name in names]
            out.append((fmt(k), vals, sum(vals) / n))
        out.sort(key=lambda r: (-r[2], r[0]))
        return out

    return rows(0, str), rows(1, lambda k: f"{k[0]} -> {k[1]}")


def table(title: str, names: list[str], rows: list[tuple[str, list[float], float]], top: int,
          markdown: bool) -> str:
    rows = rows[:top]
    lines = []
    if markdown:
        lines.append(f"| {title} | " + " | ".join(names) + " | mean |")
        lines.append("|---|" + "---:|" * (len(names) + 1))
        for label, vals, mean in rows:
            lines.append(f"| `{label}` | " + " | ".join(f"{v * 100:.1f}" for v in vals) + f" | **{mean * 100:.2f}** |")
    else:
        width = max([len(title)] + [len(r[0]) for r in rows])
        cols = [max(6, len(nm)) for nm in names]
        lines.append(f"{title:<{width}}  " + "  ".join(f"{nm:>{c}}" for nm, c in zip(names, cols)) + "    mean")
        for label, vals, mean in rows:
            lines.append(f"{label:<{width}}  " + "  ".join(f"{v * 100:>{c}.2f}" for v, c in zip(vals, cols))
                         + f"  {mean * 100:6.2f}")
    return "\n".join(lines)


def collect(out_dir: Path, regwasm: str, which: str, programs: str, timeout: float) -> list[Path]:
    """Profiles every workload once with `regwasm run --profile-ops`; returns the JSON files."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import compare  # noqa: E402  (the workload definitions)
    import real_programs  # noqa: E402

    names = [p.strip() for p in programs.split(",") if p.strip()] or list(compare.SETS[which])
    out_dir.mkdir(parents=True, exist_ok=True)
    if "flite" in names:
        why = compare.ensure_flite()
        if why:
            print(f"note: skipping flite: {why}", file=sys.stderr)
            names.remove("flite")
    for p, why in real_programs.ensure_all([n for n in names if n in compare.REGISTRY_PROGRAMS]).items():
        print(f"note: skipping {p}: {why}", file=sys.stderr)
        names.remove(p)
    files = []
    for name in names:
        prog = compare.flite_program() if name == "flite" else compare.registry_program(name) \
            if name in compare.REGISTRY_PROGRAMS else compare.c_program(name)
        out = (out_dir / f"{name}.json").resolve()
        rt = compare.Runtime("regwasm", str(Path(regwasm).resolve()), extra_args=["--profile-ops", str(out)])
        res = compare.run_program(rt, prog, timeout)
        if not res.ok:
            print(f"{name:14} FAILED: {res.error}", file=sys.stderr)
            continue
        total = load(out)["total"]
        print(f"{name:14} {res.wall:7.2f} s  {total:>14,} instructions  {res.last_line[:60]}", file=sys.stderr)
        files.append(out)
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("profiles", nargs="*", type=Path, help="profile JSON files (one per workload)")
    ap.add_argument("--top", type=int, default=40, help="rows per table (default 40)")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables (shares in percent)")
    ap.add_argument("--collect", type=Path, metavar="DIR", help="first profile the workloads into DIR")
    ap.add_argument("--regwasm-bin", default="target/release/regwasm",
                    help="regwasm built with --features profile-ops (for --collect)")
    ap.add_argument("--set", default="all", choices=["corpus", "real", "all"], help="workloads for --collect")
    ap.add_argument("--programs", default="", help="comma list of workloads for --collect (default: --set)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per profiled run (default 600)")
    args = ap.parse_args()

    files = list(args.profiles)
    if args.collect:
        files += collect(args.collect, args.regwasm_bin, args.set, args.programs, args.timeout)
    if not files:
        ap.error("no profiles given (pass JSON files or --collect DIR)")
    try:
        named = {f.stem: load(f) for f in files}
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    ops, pairs = merge(named)
    names = list(named)
    print(table("op", names, ops, args.top, args.markdown))
    print()
    print(table("pair (previous -> op)", names, pairs, args.top, args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
