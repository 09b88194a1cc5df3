"""Memory: peak resident set size of the kiosk with village data against a minimal Textual app.

    python bench/memory.py [--rounds N] [--json FILE]

Each run is a fresh process (``bench/startup_probe.py``); its peak RSS is the
``ru_maxrss`` that ``os.wait4`` reports for that one child. Cases, alternating:
the minimal app at its first frame; the kiosk at its first frame; the kiosk
after a visitor has opened every resident screen (what it holds during a day).
The city history is measured once more for information.

Target: the kiosk after every screen at most 2x the minimal app.
"""

from __future__ import annotations

import os
import subprocess
import sys

import harness

PROBE = harness.BENCH / "startup_probe.py"
"""The script each run starts."""
TARGET = 2.0
"""The kiosk may hold at most this many times the minimal app's peak memory."""
VISIT = "1,escape,2,1,escape,escape,3,pagedown,escape,4,escape"
"""Keys that open every resident screen from home and come back."""


def _run_and_measure(*args: str) -> float:
    """Start the probe, wait for it with ``os.wait4`` and return its own peak RSS in MiB."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen([sys.executable, str(PROBE), *args], stdout=write_end,
                               stderr=subprocess.DEVNULL, env=harness.python_env())
    os.close(write_end)
    with os.fdopen(read_end, "rb") as output:
        text = output.read().decode()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or "FRAME" not in text:
        raise RuntimeError(f"probe {args} failed with {process.returncode}: {text}")
    return usage.ru_maxrss / 1024


def run(rounds: int) -> list[harness.Result]:
    """Measure the cases alternately and return the figures."""
    village = str(harness.ensure_history("village"))
    city = str(harness.ensure_history("city"))
    cases = [
        ("minimal Textual app", lambda: _run_and_measure("minimal")),
        ("kiosk, village, first frame", lambda: _run_and_measure("kiosk", village)),
        ("kiosk, village, after every screen", lambda: _run_and_measure("kiosk", village, "--visit", VISIT)),
    ]
    samples = harness.alternate(cases, rounds, warmup=0)
    samples.update(harness.alternate(
        [("kiosk, city, first frame", lambda: _run_and_measure("kiosk", city)),
         ("kiosk, city, after every screen", lambda: _run_and_measure("kiosk", city, "--visit", VISIT))],
        1, warmup=0))
    minimal = harness.median(samples["minimal Textual app"])
    harness.print_table(
        f"peak RSS (ru_maxrss of the child), medians of {rounds} alternating runs (city: one run)",
        ["process", "median MiB", "range MiB", "x minimal"],
        [[name, harness.median(v), harness.spread(v), harness.median(v) / minimal] for name, v in samples.items()],
    )
    kiosk = harness.median(samples["kiosk, village, after every screen"])
    return [harness.Result("memory", "kiosk (village, every screen) vs minimal app", kiosk, minimal, "MiB",
                           f"<= {TARGET:g}", kiosk / minimal <= TARGET)]


def main() -> int:
    """Run the benchmark from the command line."""
    return harness.command_line(__doc__, run, rounds=5)


if __name__ == "__main__":
    sys.exit(main())
