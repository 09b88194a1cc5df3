"""Leaving an idea, durably, with 500, 5,000 and 50,000 ideas of history.

    python bench/idea_submit.py [--rounds N] [--json FILE]

Ours: ``submit_idea`` on a data folder holding a generated history (open ideas
in ``ideas``, closed ones in yearly archives), the store kept open as the kiosk
keeps it. Baseline: TinyDB's default ``JSONStorage`` inserting the same idea
into one file that holds the same ideas. All six cases alternate in every round.

Targets: at 50,000 ideas at most 0.1x the default storage's time, and at most
2x our own time at 500 ideas.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

import harness

sys.path.insert(0, str(harness.ROOT))

from kiosk.core.clock import FixedClock
from kiosk.core.ideas import submit_idea
from kiosk.core.model import Idea, IdeaEvent, IdeaState
from kiosk.core.store import Store

SIZES = (("village", 0.1, 500), ("village", 1.0, 5_000), ("city", 1.0, 50_000))
"""History to generate for each size: profile, scale, ideas."""
TEXT = (
    "Toivoisin, että asiointiliikenne kulkisi kirkonkylälle myös tiistaisin, koska kaikilla ei ole "
    "omaa autoa. Voisin itse olla mukana järjestelyissä."
)
"""The idea left in every run (about 150 characters)."""


def default_tinydb_copy(history: Path, target: Path):
    """A TinyDB file with default storage holding every idea of the history (open and archived)."""
    from tinydb import TinyDB

    store = Store.open(history, clock=FixedClock(datetime.fromisoformat(harness.NOW_ISO)))
    documents = [idea.to_dict() for idea in store.all_ideas()]
    store.folder.close()
    database = TinyDB(target)
    database.insert_multiple(documents)
    return database


def run(rounds: int) -> list[harness.Result]:
    """Measure every size and return the figures."""
    now = datetime.fromisoformat(harness.NOW_ISO)
    cases = []
    scratch = []
    for profile, scale, count in SIZES:
        copy = harness.scratch_copy(harness.ensure_history(profile, scale))
        scratch.append(copy)
        store = Store.open(copy, clock=FixedClock(now))
        database = default_tinydb_copy(copy, copy.parent / "tinydb-default.json")

        def ours(store=store) -> float:
            started = time.perf_counter()
            submit_idea(store, TEXT, theme="Liikennepalvelut", source="kiosk")
            return time.perf_counter() - started

        def default(database=database) -> float:
            started = time.perf_counter()
            idea = Idea(text=TEXT, theme="Liikennepalvelut", created=now, history=[IdeaEvent(IdeaState.RECEIVED, now)])
            database.insert(idea.to_dict())
            return time.perf_counter() - started

        cases += [(f"ours {count}", ours), (f"default {count}", default)]
    try:
        samples = harness.alternate(cases, rounds)
    finally:
        for copy in scratch:
            harness.remove_scratch(copy)
    return _summarise(samples)


def _summarise(samples: dict[str, list[float]]) -> list[harness.Result]:
    rows, results = [], []
    for _, _, count in SIZES:
        ours, default = samples[f"ours {count}"], samples[f"default {count}"]
        rows.append(
            [
                f"{count:,}",
                harness.median(ours) * 1000,
                harness.spread([x * 1000 for x in ours]),
                harness.median(default) * 1000,
                harness.spread([x * 1000 for x in default]),
                harness.median(ours) / harness.median(default),
            ]
        )
    harness.print_table(
        "submit_idea (durable) vs TinyDB default JSONStorage insert, medians of alternating runs",
        ["ideas of history", "ours ms", "ours range", "default ms", "default range", "ours/default"],
        rows,
    )
    small, large = harness.median(samples["ours 500"]), harness.median(samples["ours 50000"])
    large_default = harness.median(samples["default 50000"])
    results.append(
        harness.Result(
            "idea_submit",
            "ours vs default at 50,000",
            large,
            large_default,
            "s",
            "<= 0.1",
            large / large_default <= 0.1,
        )
    )
    results.append(
        harness.Result("idea_submit", "ours at 50,000 vs ours at 500", large, small, "s", "<= 2", large / small <= 2)
    )
    print(f"\nours at 50,000 / ours at 500: {large / small:.3g}")
    return results


def main() -> int:
    """Run the benchmark from the command line."""
    return harness.command_line(__doc__, run, rounds=9)


if __name__ == "__main__":
    sys.exit(main())
