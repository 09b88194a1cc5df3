"""Memory: peak resident set size of the kiosk after every resident screen, village and city, in a real terminal.

    python bench/memory.py [--rounds N] [--json FILE]

Each run is a fresh process on a pty (``bench/terminal.py``); its peak RSS is the
``ru_maxrss`` that ``os.wait4`` reports for that one child. The kiosk walks the
same way as ``screen_switch.py``: the idea form's four screens (the idea is
never sent), upcoming meetings and a table's page, results, "my idea" and an
idea's status page, then home. The kiosk at its first frame is measured too,
for information. Baseline: the minimal Textual app after pushing and popping its
second screen. Kiosk and baseline alternate; each pair gives one ratio.

Targets: at most 1.6x the minimal app with the village history, 2x with the city's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import harness
import terminal
from screen_switch import an_open_reference, route

TARGETS = {"village": 1.6, "city": 2.0}
"""Peak memory after every screen, at most this many times the minimal app's."""


def kiosk_peak(history: Path, steps) -> dict[str, float]:
    """MiB at the first frame (one process) and after every screen (another)."""
    with terminal.start_kiosk(history, harness.NOW_ISO, harness.python_env()) as term:
        term.started(terminal.HOME_TEXT)
    first = term.peak_rss_mib
    with terminal.start_kiosk(history, harness.NOW_ISO, harness.python_env()) as term:
        term.started(terminal.HOME_TEXT)
        for step in steps:
            term.press(step.key, step.expect)
    return {"first frame": first, "every screen": term.peak_rss_mib}


def minimal_peak() -> dict[str, float]:
    """MiB of the minimal app after its second screen came and went."""
    with terminal.start_minimal(harness.python_env()) as term:
        term.started(terminal.MINIMAL_TEXT)
        term.press("2", "Toinen")
        term.press("escape", terminal.MINIMAL_TEXT)
    return {"minimal": term.peak_rss_mib}


def run(rounds: int) -> list[harness.Result]:
    """Measure both histories in pairs with the minimal app and return the figures."""
    results, rows = [], []
    for profile, target in TARGETS.items():
        history = harness.scratch_copy(harness.ensure_history(profile))
        try:
            steps = route(an_open_reference(history))
            runs = harness.pair_up(
                lambda history=history, steps=steps: kiosk_peak(history, steps), minimal_peak, rounds, warmup=0
            )
        finally:
            harness.remove_scratch(history)
        first = harness.paired(runs, "first frame", "minimal")
        every = harness.paired(runs, "every screen", "minimal")
        result = every.result("memory", f"kiosk ({profile}, every resident screen) vs minimal app", "MiB", target)
        results.append(result)
        rows.append(
            [
                profile,
                harness.median(first.ours),
                first.ratio,
                result.ours,
                result.ratio,
                result.spread(),
                result.baseline,
                f"<= {target:g}x",
                "" if result.met else "MISSED",
            ]
        )
    harness.print_table(
        f"peak RSS (ru_maxrss of the child) in a pty, {rounds} pairs (ratio = median of pairs)",
        ["history", "first frame MiB", "x", "every screen MiB", "x", "IQR (pairs)", "minimal MiB", "target", ""],
        rows,
    )
    return results


def main() -> int:
    """Run the benchmark from the command line."""
    return harness.command_line(__doc__, run, rounds=5)


if __name__ == "__main__":
    sys.exit(main())
