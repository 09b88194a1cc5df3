"""Printing a poster: ``kiosk print poster MEETING --out FILE`` as a whole process, village data.

    python bench/poster.py [--rounds N] [--json FILE]

Ours: ``python -m kiosk.cli print poster <meeting id> --out FILE --no-print`` (what
the ``kiosk`` script runs, without a version manager's shim in front) on a copy
of the village history, for the next upcoming meeting. Baseline:
``bench/bare_poster.py``, which draws the same poster with reportlab and qrcode
alone from the words written out beforehand. Both are timed from launch to
exit, alternating; each pair gives one ratio.

Target: at most 2x the bare script.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import harness

sys.path.insert(0, str(harness.ROOT))

TARGET = 2.0
"""The kiosk's poster command may take at most this many times the bare script."""


def poster_spec(data: Path) -> tuple[str, dict[str, object]]:
    """The meeting to print and the poster's words as the kiosk would print them in Finnish."""
    from kiosk.core.clock import FixedClock
    from kiosk.core.dates import format_span
    from kiosk.core.i18n import gettext_in
    from kiosk.core.store import Store
    from printables.sources import meeting_sheet

    store = Store.open(data, clock=FixedClock(datetime.fromisoformat(harness.NOW_ISO)))
    meeting = store.upcoming_meetings()[0]
    sheet = meeting_sheet(store, meeting.id)
    store.folder.close()
    fi = lambda message: gettext_in("fi", message)  # noqa: E731
    when = format_span(meeting.start, meeting.end, "fi")
    return meeting.id, {
        "kicker": f"{fi('Partnership table')} \u2013 {sheet.settings.centre_name}",
        "table": sheet.table.name,
        "theme_label": fi("Theme:"),
        "theme": sheet.table.theme,
        "question": meeting.title,
        "welcome": fi("Welcome!"),
        "when": when,
        "place_label": fi("Place:"),
        "place": meeting.place,
        "body": [
            fi("Everyone in the village is welcome to join the discussion."),
            fi("Residents, the municipality, businesses and associations look for solutions together."),
            f"{fi('More information:')} {sheet.contact}",
        ],
        "url": sheet.info_url,
        "scan": fi("Scan the code with your phone's camera"),
        "footer": sheet.settings.centre_name,
        "title": f"{sheet.table.name} \u2013 {when}",
    }


def timed(command: list[str], out: Path) -> float:
    """Run a command to completion; seconds from launch to exit. The PDF it writes must be a PDF."""
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=harness.python_env(), timeout=300)
    took = time.perf_counter() - started
    if done.returncode != 0 or not out.read_bytes().startswith(b"%PDF-"):
        raise RuntimeError(f"{command} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return took


def run(rounds: int) -> list[harness.Result]:
    """Measure both alternately and return the figure."""
    data = harness.scratch_copy(harness.ensure_history("village"))
    try:
        meeting_id, spec = poster_spec(data)
        spec_path = data.parent / "poster-spec.json"
        spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        ours_pdf, bare_pdf = data.parent / "kiosk-poster.pdf", data.parent / "bare-poster.pdf"
        kiosk = [
            sys.executable,
            "-m",
            "kiosk.cli",
            "print",
            "poster",
            meeting_id,
            "--out",
            str(ours_pdf),
            "--no-print",
            "--data",
            str(data),
        ]
        bare = [sys.executable, str(harness.BENCH / "bare_poster.py"), str(spec_path), str(bare_pdf)]
        runs = harness.pair_up(lambda: {"s": timed(kiosk, ours_pdf)}, lambda: {"s": timed(bare, bare_pdf)}, rounds)
    finally:
        harness.remove_scratch(data)
    figure = harness.paired(runs, "s", "s")
    result = figure.result("poster", "kiosk print poster vs bare reportlab + qrcode", "s", TARGET)
    harness.print_table(
        f"poster as a whole process, village data, {rounds} pairs (ratio = median of pairs)",
        ["command", "median ms", "x bare", "IQR (pairs)"],
        [
            ["kiosk print poster", result.ours * 1000, result.ratio, result.spread()],
            ["bare reportlab + qrcode", result.baseline * 1000, 1.0, ""],
        ],
    )
    return [result]


def main() -> int:
    """Run the benchmark from the command line."""
    return harness.command_line(__doc__, run, rounds=9)


if __name__ == "__main__":
    sys.exit(main())
