"""Screen switches: from a key press to the next screen settled, in a real terminal, village and city.

    python bench/screen_switch.py [--rounds N] [--json FILE]

Each round starts the kiosk afresh on a pty at 100x30 (``bench/terminal.py``) and
walks a resident's way through every resident screen twice: the first visit
(the screen's module, styles and first read are new to the process) and the
repeated one. A switch is timed from the key sent to the last output before
300 ms without output, once the new screen's words have appeared. Typing and
the keys that only lead to the next timed step are not timed.

Baseline: a minimal Textual app pushing a screen with a Header, a Label and a
Footer (key 2), first and repeated push, in a fresh process of its own. Kiosk
and baseline alternate; every switch of a round is divided by the baseline's
push of that round (first visit by first push, repeated by repeated).

Target: every switch at most 1.5x the minimal push, first visits included.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import harness
import terminal

TARGET = 1.5
"""A switch may take at most this many times the minimal app's screen push."""
PROFILES = ("village", "city")
"""The histories measured."""
TEXT = "Kirjasto voisi olla auki myös iltaisin"
"""The idea typed into the form (it is never sent)."""


@dataclass(frozen=True)
class Step:
    """One key on the way: timed (a switch, with its name) or not, and words that show its screen."""

    key: str
    expect: str
    name: str = ""


def route(reference: str) -> list[Step]:
    """Every resident screen from home and back, the idea form's four steps and the idea's page included."""
    return [
        Step("1", "vaihe 1/4", "home -> leave an idea (1)"),
        Step("1", "vaihe 2/4", "theme -> write the idea (1)"),
        Step(TEXT, TEXT),
        Step("tab", ""),
        Step("enter", "vaihe 3/4", "write -> contact details (Enter)"),
        Step("enter", ""),
        Step("enter", "vaihe 4/4", "contact -> check and send (Enter)"),
        Step("escape", "vaihe 3/4"),
        Step("escape", "vaihe 2/4"),
        Step("escape", "vaihe 1/4"),
        Step("escape", "lähettämättä"),  # "leave without sending?"
        Step("2", terminal.HOME_TEXT),
        Step("2", "Pöytä:", "home -> upcoming meetings (2)"),
        Step("1", "Pelisäännöt", "upcoming -> table page (1)"),
        Step("escape", "Pöytä:", "table page -> upcoming (Esc)"),
        Step("escape", terminal.HOME_TEXT, "upcoming -> home (Esc)"),
        Step("3", "te sanoitte, me teimme", "home -> results (3)"),
        Step("escape", terminal.HOME_TEXT, "results -> home (Esc)"),
        Step("4", "Kirjoita numero, jonka sait", "home -> my idea (4)"),
        Step(reference, reference),
        Step("enter", f"Idea {reference}", "my idea -> idea page (Enter)"),
        Step("escape", "Kirjoita numero, jonka sait"),
        Step("escape", terminal.HOME_TEXT),
    ]


def an_open_reference(history: Path) -> str:
    """The reference of one open idea, asked from the ``kiosk`` command (any storage layout will do)."""
    listing = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--data", str(history), "idea", "list", "--json"],
        capture_output=True,
        text=True,
        check=True,
        env=harness.python_env(),
    ).stdout
    return json.loads(listing)[0]["reference"]


def kiosk_round(history: Path, steps: list[Step]) -> dict[str, float]:
    """One fresh kiosk walking the route twice; seconds per switch, keyed "first: …" and "again: …"."""
    times = {}
    with terminal.start_kiosk(history, harness.NOW_ISO, harness.python_env()) as term:
        term.started(terminal.HOME_TEXT)
        for visit in ("first", "again"):
            for step in steps:
                drawn = term.press(step.key, step.expect)
                if step.name:
                    times[f"{visit}: {step.name}"] = drawn.settled
    return times


def minimal_round() -> dict[str, float]:
    """One fresh minimal app: its first and its repeated screen push."""
    with terminal.start_minimal(harness.python_env()) as term:
        term.started(terminal.MINIMAL_TEXT)
        first = term.press("2", "Toinen").settled
        term.press("escape", terminal.MINIMAL_TEXT)
        again = term.press("2", "Toinen").settled
    return {"first": first, "again": again}


def run(rounds: int) -> list[harness.Result]:
    """Measure both histories and return one figure per switch and visit."""
    results, rows = [], []
    for profile in PROFILES:
        history = harness.scratch_copy(harness.ensure_history(profile))  # the kiosk writes its logs there
        try:
            steps = route(an_open_reference(history))
            runs = harness.pair_up(
                lambda history=history, steps=steps: kiosk_round(history, steps), minimal_round, rounds
            )
        finally:
            harness.remove_scratch(history)
        for visit in ("first", "again"):
            base = harness.Paired([b[visit] for _, b in runs], [b[visit] for _, b in runs])
            rows.append(
                [profile, f"{visit}: minimal app, push a screen (2)", harness.median(base.ours) * 1000, "", "", ""]
            )
            for step in steps:
                if not step.name:
                    continue
                figure = harness.paired(runs, f"{visit}: {step.name}", visit)
                result = figure.result("screen_switch", f"{profile}, {visit}: {step.name}", "ms", TARGET, 1000)
                results.append(result)
                rows.append(
                    [
                        profile,
                        f"{visit}: {step.name}",
                        result.ours,
                        result.ratio,
                        result.spread(),
                        "" if result.met else "MISSED",
                    ]
                )
    harness.print_table(
        f"key press to the settled screen in a pty, {rounds} rounds (ratio = median of pairs with the minimal push)",
        ["history", "switch", "ms", "x push", "IQR (pairs)", ""],
        rows,
    )
    return results


def main() -> int:
    """Run the benchmark from the command line."""
    return harness.command_line(__doc__, run, rounds=9)


if __name__ == "__main__":
    sys.exit(main())
