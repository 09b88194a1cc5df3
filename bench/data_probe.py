"""One read of the data layer in a fresh process, as a screen's first open would do it; prints JSON.

    python bench/data_probe.py DATA SCENARIO

Imports everything first, then times from opening the data folder to the screen's data in
hand (a cold read: the files are parsed in this process), and reports the peak memory the
read added over the process after its imports (``ru_maxrss``). Scenarios are the reads behind
each resident screen and the staff inbox.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import datetime
from itertools import islice
from pathlib import Path

from kiosk.core import public
from kiosk.core.clock import HELSINKI, FixedClock
from kiosk.core.ideas import find_idea, public_status
from kiosk.core.store import Store

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=HELSINKI)


def _home(store: Store) -> object:
    return store.settings()


def _idea_themes(store: Store) -> object:
    return public.idea_themes(store)


def _upcoming(store: Store) -> object:
    return public.upcoming_meetings(store)


def _table_page(store: Store) -> object:
    first = public.upcoming_meetings(store)[0]
    return store.table(first.table.id), store.meetings(first.table.id), store.actions(first.table.id)


def _results(store: Store) -> object:
    entries = public.table_results(store, per_table=public.RESULTS_CARD_ACTIONS)
    return [e.read(store) for e in entries[:2]]  # the first page's cards


def _my_idea_oldest(store: Store) -> object:
    idea = find_idea(store, "ID-0001")
    status = public_status(idea)
    return (
        status,
        store.meeting(status.meeting_id) if status.meeting_id else None,
        [store.action(i) for i in status.action_ids],
    )


def _inbox_open(store: Store) -> object:
    return store.open_ideas()


def _inbox_all(store: Store) -> object:
    return list(islice(store.ideas_newest_first(), 200))


SCENARIOS = {
    "home": _home,
    "idea themes": _idea_themes,
    "upcoming": _upcoming,
    "table page": _table_page,
    "results": _results,
    "my idea, oldest reference": _my_idea_oldest,
    "staff inbox, open": _inbox_open,
    "staff inbox, all": _inbox_all,
}
"""Each resident screen's (and the staff inbox's) reads, as the screen makes them."""


def backups_twice(data: str) -> dict[str, float]:
    """Time ``kiosk backup``'s work into a new folder, and again with nothing changed since."""
    import tempfile

    from kiosk.core.safety import take_backup

    store = Store.open(data, clock=FixedClock(NOW))
    dest = Path(tempfile.mkdtemp())
    times = {}
    for name in ("first", "second"):
        started = time.perf_counter()
        take_backup(store, dest, keep=None)
        times[name] = time.perf_counter() - started
        store.clock.advance(seconds=1)
    return times


def main() -> int:
    """Run one scenario and print its time and the memory it added."""
    data, scenario = sys.argv[1], sys.argv[2]
    if scenario == "backups":
        print(json.dumps(backups_twice(data)))
        return 0
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    store = Store.open(data, clock=FixedClock(NOW))
    SCENARIOS[scenario](store)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "added_mib": (peak - before) / 1024, "peak_mib": peak / 1024}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
