"""Reads that do not grow with history: city (50,000 ideas) against village (5,000), paired in one run.

    python bench/data_scale.py [--rounds N] [--json FILE]

For every resident screen's reads, the staff inbox (open and all) and "my idea" with the
oldest reference, a fresh process reads the data cold (``bench/data_probe.py``): the time
from opening the data folder to the data in hand, and the peak memory that added. Village
and city run as pairs (the order alternating), and each figure is the median of the
pairs' city/village ratios, with the spread and the number of pairs. Then whole commands:
``kiosk check`` (time), ``kiosk export`` (peak memory of the process), and a second backup
with nothing changed against the first. Last, the fsyncs of loading the demo.

Targets (issue 9): every screen and "my idea" at most 1.5x; ``kiosk check`` at most 2x;
export peak memory at most 2x; a second backup at most 0.2x the first; the demo at most 20 fsyncs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import harness

PROBE = harness.BENCH / "data_probe.py"
SCREEN_TARGET = 1.5
CHECK_TARGET = 2.0
EXPORT_TARGET = 2.0
BACKUP_TARGET = 0.2
FSYNC_TARGET = 20


def _probe(data: Path, scenario: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(PROBE), str(data), scenario],
        capture_output=True,
        text=True,
        env=harness.python_env(),
        timeout=600,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"{scenario} on {data}: {done.stderr}")
    return json.loads(done.stdout)


def _timed(*args: str) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one ``kiosk`` command in its own process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**harness.python_env(), "KIOSK_DATA": ""},
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"kiosk {' '.join(args)} failed")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def _paired(rounds: int, measure) -> tuple[list[float], list[float], list[float]]:
    """(village values, city values, city/village ratios), the two profiles alternating first."""
    village, city, ratios = [], [], []
    for number in range(rounds):
        order = ("village", "city") if number % 2 == 0 else ("city", "village")
        got = {profile: measure(profile) for profile in order}
        village.append(got["village"])
        city.append(got["city"])
        ratios.append(got["city"] / got["village"] if got["village"] else float("inf"))
    return village, city, ratios


def _spread(ratios: list[float]) -> str:
    if len(ratios) < 4:
        return f"{min(ratios):.2f}-{max(ratios):.2f}"
    quartiles = statistics.quantiles(ratios, n=4)
    return f"{quartiles[0]:.2f}-{quartiles[2]:.2f}"


def _fsyncs_of_the_demo() -> int:
    code = (
        "import os, sys, datetime\n"
        "calls = []\nreal = os.fsync\nos.fsync = lambda fd: (calls.append(fd), real(fd))[1]\n"
        "from kiosk.core.clock import FixedClock, HELSINKI\nfrom kiosk.core.demo import load_demo\n"
        "from kiosk.core.store import Store\n"
        "load_demo(Store.open(sys.argv[1], clock=FixedClock(datetime.datetime(2026, 11, 27, 10, tzinfo=HELSINKI))))\n"
        "print(len(calls))\n"
    )
    with tempfile.TemporaryDirectory() as temp:
        done = subprocess.run(
            [sys.executable, "-c", code, f"{temp}/data"],
            capture_output=True,
            text=True,
            env=harness.python_env(),
            check=True,
        )
    return int(done.stdout)


def run(rounds: int) -> list[harness.Result]:
    """Every figure, as results the harness prints."""
    folders = {profile: harness.ensure_history(profile) for profile in ("village", "city")}
    scratch = {profile: harness.scratch_copy(folder) for profile, folder in folders.items()}
    results = []
    try:
        from data_probe import SCENARIOS

        for scenario in SCENARIOS:
            for what, key, unit in (("time", "seconds", "s"), ("added memory", "added_mib", "MiB")):

                def measure(profile: str, scenario=scenario, key=key) -> float:
                    return _probe(scratch[profile], scenario)[key]

                village, city, ratios = _paired(rounds, measure)
                ratio = statistics.median(ratios)
                results.append(
                    harness.Result(
                        "data_scale",
                        f"{scenario}: {what} (city/village, pairs {len(ratios)}, spread {_spread(ratios)})",
                        statistics.median(city),
                        statistics.median(village),
                        unit,
                        f"<= {SCREEN_TARGET}x",
                        ratio <= SCREEN_TARGET,
                    )
                )
        _village, _city, ratios = _paired(max(1, rounds // 2), lambda p: _timed("check", "--data", str(scratch[p]))[0])
        results.append(
            harness.Result(
                "data_scale",
                f"kiosk check: time (pairs {len(ratios)})",
                statistics.median(_city),
                statistics.median(_village),
                "s",
                f"<= {CHECK_TARGET}x",
                statistics.median(ratios) <= CHECK_TARGET,
            )
        )
        out = Path(tempfile.mkdtemp()) / "export.json"
        _village, _city, ratios = _paired(
            rounds, lambda p: _timed("export", "--format", "json", "--out", str(out), "--data", str(scratch[p]))[1]
        )
        results.append(
            harness.Result(
                "data_scale",
                f"kiosk export: peak memory (pairs {len(ratios)})",
                statistics.median(_city),
                statistics.median(_village),
                "MiB",
                f"<= {EXPORT_TARGET}x",
                statistics.median(ratios) <= EXPORT_TARGET,
            )
        )
        for profile in ("village", "city"):
            times = [_probe(scratch[profile], "backups") for _ in range(max(1, rounds // 2))]
            first = statistics.median(t["first"] for t in times)
            second = statistics.median(t["second"] for t in times)
            results.append(
                harness.Result(
                    "data_scale",
                    f"kiosk backup, {profile}: second (nothing changed) / first",
                    second,
                    first,
                    "s",
                    f"<= {BACKUP_TARGET}x",
                    second / first <= BACKUP_TARGET,
                )
            )
        count = _fsyncs_of_the_demo()
        results.append(
            harness.Result(
                "data_scale",
                "loading the demo: fsyncs",
                count,
                FSYNC_TARGET,
                "fsyncs",
                f"<= {FSYNC_TARGET}",
                count <= FSYNC_TARGET,
            )
        )
    finally:
        for folder in scratch.values():
            harness.remove_scratch(folder)
    return results


if __name__ == "__main__":
    sys.exit(harness.command_line(__doc__, run, rounds=5))
