"""Start-up: from process start to the first rendered home screen, village data, headless 100x30.

    python bench/startup.py [--rounds N] [--json FILE]

Each run is a fresh process (``bench/startup_probe.py``) started the way
``kiosk run --data DIR`` starts; it prints ``time.monotonic()`` at its first
frame and the parent subtracts the moment it launched the process. Baseline:
a minimal Textual app with a Header, a Label and a Footer, measured the same
way. A third, informative case starts the kiosk with ``kiosk.cli.printing``
left unregistered, to show what that module's imports cost at start-up.

Target: the kiosk at most 1.3x the minimal app.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import harness

PROBE = harness.BENCH / "startup_probe.py"
"""The script each run starts."""
TARGET = 1.3
"""The kiosk's start-up may take at most this many times the minimal app's."""


def time_to_first_frame(*args: str) -> float:
    """Start the probe with ``args`` and return seconds from launch to its first frame."""
    launched = time.monotonic()
    done = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True,
                          env=harness.python_env(), timeout=120)
    frames = [line for line in done.stdout.splitlines() if line.startswith("FRAME ")]
    if done.returncode != 0 or not frames:
        raise RuntimeError(f"probe {args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return float(frames[0].split()[1]) - launched


def run(rounds: int) -> list[harness.Result]:
    """Measure the three cases alternately and return the figure with its target."""
    data = str(harness.ensure_history("village"))
    cases = [
        ("kiosk", lambda: time_to_first_frame("kiosk", data)),
        ("minimal", lambda: time_to_first_frame("minimal")),
        ("kiosk without kiosk.cli.printing", lambda: time_to_first_frame("kiosk", data, "kiosk.cli.printing")),
    ]
    samples = harness.alternate(cases, rounds, warmup=2)
    minimal = harness.median(samples["minimal"])
    harness.print_table(
        f"time to first frame, fresh process each run, medians of {rounds} alternating runs",
        ["app", "median ms", "range ms", "x minimal"],
        [[name, harness.median(values) * 1000, harness.spread([v * 1000 for v in values]),
          harness.median(values) / minimal] for name, values in samples.items()],
    )
    kiosk = harness.median(samples["kiosk"])
    return [harness.Result("startup", "kiosk vs minimal Textual app", kiosk, minimal, "s",
                           f"<= {TARGET}", kiosk / minimal <= TARGET)]


def main() -> int:
    """Run the benchmark from the command line."""
    return harness.command_line(__doc__, run, rounds=15)


if __name__ == "__main__":
    sys.exit(main())
