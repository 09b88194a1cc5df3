"""Start-up: from launch to the settled home screen in a real terminal, village and city history.

    python bench/startup.py [--rounds N] [--json FILE]

Each run starts a fresh process on a pty at 100x30 (``bench/terminal.py``), the
way ``kiosk run --data DIR`` starts, on a fresh copy of the history and on the
morning after it, so the day's backup is due and runs as it does every morning.
The time is from launch to the last output before 300 ms without output, once
the home screen's words have appeared. Baseline: a minimal Textual app (Header,
Label, Footer) started and measured the same way. Kiosk and baseline alternate;
each pair gives one ratio. The frames drawn are counted (synchronized output) and
printed beside the times; the warm-up run checks that the backup was written.

Target: the kiosk at most 1.3x the minimal app, village and city.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import harness
import terminal

TARGET = 1.3
"""The kiosk's start-up may take at most this many times the minimal app's."""
PROFILES = ("village", "city")
"""The histories measured."""


def _backups(data: Path) -> set[str]:
    return {p.name for p in (data / "backups").glob("*")} if (data / "backups").exists() else set()


def kiosk_once(history: Path, *, check_backup: bool = False) -> dict[str, float]:
    """One start-up of the kiosk on a fresh copy of ``history`` with the day's backup due."""
    data = harness.scratch_copy(history)
    before = _backups(data)
    try:
        with terminal.start_kiosk(data, harness.BACKUP_DUE_ISO, harness.python_env()) as term:
            drawn = term.started(terminal.HOME_TEXT)
            if check_backup:
                _wait_for_backup(data, before)
        return {"settled": drawn.settled, "first": drawn.first, "frames": drawn.frames}
    finally:
        harness.remove_scratch(data)


def _wait_for_backup(data: Path, before: set[str], timeout: float = 120.0) -> None:
    """Make sure the run really had the day's backup to take: a new backup appears."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _backups(data) - before:
            return
        time.sleep(0.2)
    raise RuntimeError(f"no backup was written in {data / 'backups'}: the clock is not on a day without one")


def minimal_once() -> dict[str, float]:
    """One start-up of the minimal app."""
    with terminal.start_minimal(harness.python_env()) as term:
        drawn = term.started(terminal.MINIMAL_TEXT)
    return {"settled": drawn.settled, "first": drawn.first, "frames": drawn.frames}


def run(rounds: int) -> list[harness.Result]:
    """Measure each history in pairs with the minimal app and return the figures."""
    results, rows = [], []
    for profile in PROFILES:
        history = harness.ensure_history(profile)
        kiosk_once(history, check_backup=True)  # warm-up, and the proof that the backup was due
        runs = harness.pair_up(lambda history=history: kiosk_once(history), minimal_once, rounds, warmup=0)
        figure = harness.paired(runs, "settled", "settled")
        result = figure.result("startup", f"kiosk ({profile}) vs minimal Textual app, settled frame", "s", TARGET)
        results.append(result)
        frames = harness.paired(runs, "frames", "frames")
        first = harness.paired(runs, "first", "first")
        rows.append(
            [
                profile,
                result.ours * 1000,
                result.baseline * 1000,
                result.ratio,
                result.spread(),
                harness.median(first.ours) * 1000,
                harness.median(first.baseline) * 1000,
                f"{harness.median(frames.ours):g} / {harness.median(frames.baseline):g}",
            ]
        )
    harness.print_table(
        f"launch to the settled first frame in a pty, backup due, {rounds} pairs (ratio = median of pairs)",
        [
            "history",
            "kiosk ms",
            "minimal ms",
            "ratio",
            "IQR (pairs)",
            "kiosk 1st output",
            "minimal 1st output",
            "frames kiosk / minimal",
        ],
        rows,
    )
    return results


def main() -> int:
    """Run the benchmark from the command line."""
    return harness.command_line(__doc__, run, rounds=15)


if __name__ == "__main__":
    sys.exit(main())
