"""Write a synthetic ten-year history of a resident centre into a new data folder.

    python bench/make_history.py --profile village|city --out DIR [--seed N] [--scale F]

``village``: 5,000 ideas, 40 tables, 400 meetings, 2,000 actions; ``city``: 50,000
ideas, 300 tables, 3,000 meetings, 15,000 actions; both over 2017-2026, relative
to a fixed "now" (2026-11-27 10:00, Helsinki; ``--now`` to change it). ``--scale``
multiplies every count (0.02 makes a village of 100 ideas for tests).

Open ideas stay in ``ideas`` (a few hundred); closed ones go to the archive of
the year they closed in, placed there by ``kiosk.core.ideas.save_idea`` itself.
Records are written through ``DataFolder``, one transaction per collection, and
the idea counter continues after the last reference. A backup of the finished
folder is taken, as a kiosk in use would have one.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [p for p in (str(BENCH.parent), str(BENCH)) if p not in sys.path]

import history_phrases as P  # noqa: E402
from history_build import History, HistoryBuilder  # noqa: E402

from kiosk.core.clock import HELSINKI  # noqa: E402
from kiosk.core.ideas import save_idea  # noqa: E402
from kiosk.core.model import Idea  # noqa: E402
from kiosk.core.settings import Settings  # noqa: E402
from kiosk.core.storage import DataFolder  # noqa: E402
from kiosk.core.store import (  # noqa: E402
    ACTIONS, IDEA_ARCHIVE_PREFIX, IDEA_COUNTER, IDEAS, MEETINGS, SETTINGS, TABLES, WORKSHOPS,
)

DEFAULT_NOW = datetime(2026, 11, 27, 10, 0, tzinfo=HELSINKI)
"""The fixed "now" the ten years lead up to (the same moment the tests' clock stands at)."""
DEFAULT_SEED = 2026
"""The seed used unless ``--seed`` is given."""


@dataclass(frozen=True)
class Profile:
    """How big a centre's ten years are."""

    ideas: int
    tables: int
    meetings: int
    actions: int
    workshops: int
    open_ideas: int
    """Ideas still in progress at "now": a few hundred."""
    areas: tuple[str, ...]
    centre: str
    """The resident centre's name in the settings."""


PROFILES = {
    "village": Profile(5_000, 40, 400, 2_000, 20, 250, P.VILLAGES, "Karttulan asukastupa"),
    "city": Profile(50_000, 300, 3_000, 15_000, 150, 600, P.DISTRICTS, "Petosen asukastupa"),
}
"""The two histories the benchmarks use."""


def scaled(profile: Profile, scale: float) -> Profile:
    """The profile with every count multiplied by ``scale`` (at least one of each)."""
    if scale == 1:
        return profile

    def times(n: int, least: int = 1) -> int:
        return max(least, round(n * scale))

    return replace(
        profile,
        ideas=times(profile.ideas, 8),
        tables=times(profile.tables, 2),
        meetings=times(profile.meetings, 4),
        actions=times(profile.actions),
        workshops=times(profile.workshops, 2),
        open_ideas=times(profile.open_ideas, 4),
    )


def build_history(profile: Profile, seed: int, now: datetime = DEFAULT_NOW) -> History:
    """Make the whole history in memory."""
    builder = HistoryBuilder(random.Random(seed), now, profile.areas)
    builder.build_tables(profile.tables)
    builder.build_meetings(profile.meetings)
    builder.build_workshops(profile.workshops)
    builder.build_ideas(profile.ideas, profile.open_ideas)
    builder.build_actions(profile.actions)
    return builder.history


def _put_all(folder: DataFolder, collection: str, records: Iterable[dict]) -> int:
    """Write records into one collection in one transaction; returns how many."""
    count = 0
    with folder.transaction() as tx:
        for record in records:
            tx.put(collection, record)
            count += 1
    return count


def _save_ideas(folder: DataFolder, ideas: list[Idea]) -> dict[str, int]:
    """Place each idea where ``save_idea`` does (open ones in ``ideas``, closed in their year's archive)."""
    groups: dict[str, list[Idea]] = {}
    for idea in ideas:
        year = idea.closed.year if idea.closed else None
        groups.setdefault(f"{IDEA_ARCHIVE_PREFIX}{year}" if year else IDEAS, []).append(idea)
    counts = {}
    for collection, members in sorted(groups.items()):
        with folder.transaction() as tx:
            for idea in members:
                save_idea(tx, idea)
        counts[collection] = len(members)
    return counts


def _continue_counter(folder: DataFolder, last_number: int) -> None:
    """Set the idea counter to the last reference (storage has no setter: count up in one transaction)."""
    with folder.transaction() as tx:
        number = 0
        for _ in range(last_number):
            number = tx.next_number(IDEA_COUNTER)
    if number != last_number:
        raise SystemExit(f"the idea counter was not empty: it is now at {number}, not {last_number}")


def write_history(history: History, out: Path, centre: str) -> dict[str, int]:
    """Write the history into a new data folder; returns the number of records per collection."""
    folder = DataFolder(out, now=lambda: history.now)
    if folder.collections():
        raise SystemExit(f"{out} already has data; give an empty or new folder")
    settings = Settings(
        centre_name=centre,
        centre_contact="p. 040 123 4567",
        poster_url="https://kumppanuuspoyta.example.fi",
        minutes_url="https://kumppanuuspoyta.example.fi/muistiot",
    )
    settings.validate()
    counts = {
        SETTINGS: _put_all(folder, SETTINGS, [settings.to_dict()]),
        TABLES: _put_all(folder, TABLES, (t.to_dict() for t in history.tables)),
        MEETINGS: _put_all(folder, MEETINGS, (m.to_dict() for m in history.meetings)),
        ACTIONS: _put_all(folder, ACTIONS, (a.to_dict() for a in history.actions)),
        WORKSHOPS: _put_all(folder, WORKSHOPS, (w.to_dict() for w in history.workshops)),
    }
    counts.update(_save_ideas(folder, history.ideas))
    _continue_counter(folder, max((i.number for i in history.ideas), default=0))
    folder.backup_now()
    folder.close()
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """Build and write a history; print what was written and how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", choices=sorted(PROFILES), required=True)
    parser.add_argument("--out", required=True, type=Path, help="a new or empty data folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every count (e.g. 0.02)")
    parser.add_argument("--now", type=datetime.fromisoformat, default=DEFAULT_NOW,
                        help="the moment the history leads up to (ISO, Helsinki time if no offset)")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.scale <= 0:
        parser.error("--scale must be positive")
    now = args.now if args.now.tzinfo else args.now.replace(tzinfo=HELSINKI)
    profile = scaled(PROFILES[args.profile], args.scale)
    started = time.perf_counter()
    history = build_history(profile, args.seed, now)
    built = time.perf_counter()
    counts = write_history(history, args.out, profile.centre)
    done = time.perf_counter()
    if not args.quiet:
        for collection, count in counts.items():
            print(f"{collection:<22} {count:>7}")
        print(f"built in {built - started:.1f} s, written in {done - built:.1f} s to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
