"""Run every benchmark and print one summary table.

    python bench/run_all.py [--quick] [--only NAME ...]

Each benchmark runs as its own process (as ``python bench/<name>.py``) and its
detailed table is printed as it finishes; the summary at the end lists every
figure: ours and the baseline (medians), the ratio (the median of the paired
ratios), its interquartile range and the number of pairs, the target and whether
it was met. ``--quick`` runs fewer rounds (for a first look; the figures are
noisier). Exit code 0 if every target is met.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import harness

BENCHMARKS = ("idea_submit", "startup", "screen_switch", "poster", "memory")
"""Every benchmark, cheapest data first (the first run generates the histories)."""
QUICK_ROUNDS = {"idea_submit": 3, "startup": 5, "screen_switch": 3, "poster": 3, "memory": 3}
"""Rounds per benchmark with ``--quick``."""


def run_one(name: str, quick: bool, folder: Path) -> list[dict]:
    """Run one benchmark script; returns its results (empty if it crashed)."""
    out = folder / f"{name}.json"
    command = [sys.executable, str(harness.BENCH / f"{name}.py"), "--json", str(out)]
    if quick:
        command += ["--rounds", str(QUICK_ROUNDS[name])]
    print(f"\n=== {name} ===", flush=True)
    done = subprocess.run(command, env=harness.python_env())
    if not out.exists():
        print(f"{name} did not finish (exit code {done.returncode})", file=sys.stderr)
        return [
            {
                "bench": name,
                "case": "did not finish",
                "ours": 0,
                "baseline": 0,
                "unit": "",
                "ratio": float("nan"),
                "spread": "-",
                "target": "-",
                "met": False,
            }
        ]
    return json.loads(out.read_text())["results"]


def main() -> int:
    """Run the chosen benchmarks and print the summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, noisier figures")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as temp:
        for name in args.only or BENCHMARKS:
            results += run_one(name, args.quick, Path(temp))
    rows = []
    for r in results:
        scale = 1000 if r["unit"] == "s" else 1
        unit = "ms" if r["unit"] == "s" else r["unit"]
        rows.append(
            [
                r["bench"],
                r["case"],
                f"{r['ours'] * scale:.4g} {unit}",
                f"{r['baseline'] * scale:.4g} {unit}",
                r["ratio"],
                r.get("spread", "unpaired"),
                r["target"],
                r["met"],
            ]
        )
    harness.print_table(
        "summary (ours and baseline: medians; ratio: median of the paired ratios ours / baseline)",
        ["bench", "case", "ours", "baseline", "ratio", "IQR (pairs)", "target", "met"],
        rows,
    )
    met = sum(1 for r in results if r["met"])
    print(f"\n{met} of {len(results)} targets met")
    info = harness.machine()
    print(
        f"\nmachine: {info['nproc']} cpus, {info['cpu']}, Python {info['python']}, Textual {info['textual']}, "
        f"load {info['load']}"
    )
    return 0 if all(r["met"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
