"""Write a synthetic ten-year history of a resident centre into a new data folder.

    python bench/make_history.py --profile village|city --out DIR [--seed N] [--scale F]

``village``: 5,000 ideas, 40 tables, 400 meetings, 2,000 actions; ``city``: 50,000
ideas, 300 tables, 3,000 meetings, 15,000 actions; both over 2017-2026, relative
to a fixed "now" (2026-11-27 10:00, Helsinki; ``--now`` to change it). ``--scale``
multiplies every count (0.02 makes a village of 100 ideas for tests).

Everything is written through the ``Store`` in one transaction; the store then moves
closed ideas (to ``archive/ideas-NNNN``), closed tables' meetings and actions and old
audit entries to their archives as it always does. The idea counter continues after the
last reference. A backup of the finished folder is taken, as a kiosk in use would have one.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [p for p in (str(BENCH.parent), str(BENCH)) if p not in sys.path]

import history_phrases as P  # noqa: E402
from history_build import History, HistoryBuilder  # noqa: E402
from tinydb.table import Document  # noqa: E402

from kiosk.core.clock import HELSINKI, FixedClock  # noqa: E402
from kiosk.core.contacts import seal_contacts  # noqa: E402
from kiosk.core.safety import take_backup  # noqa: E402
from kiosk.core.settings import Settings  # noqa: E402
from kiosk.core.store import ACTIONS, IDEA_COUNTER, IDEAS, MEETINGS, META, SETTINGS, TABLES, WORKSHOPS, Store  # noqa: E402

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


def write_history(history: History, out: Path, centre: str) -> dict[str, int]:
    """Write the history into a new data folder in one transaction; returns the number of records per kind.

    The store then moves closed ideas, closed tables' meetings and actions and old audit entries
    to their archive files, as it does after any transaction, and a backup is taken.
    """
    store = Store.open(out, clock=FixedClock(history.now))
    if store.folder.all_files():
        raise SystemExit(f"{out} already has data; give an empty or new folder")
    settings = Settings(
        centre_name=centre,
        centre_contact="p. 040 123 4567",
        poster_url="https://kumppanuuspoyta.example.fi",
        minutes_url="https://kumppanuuspoyta.example.fi/muistiot",
    )
    settings.validate()
    kinds = {TABLES: history.tables, MEETINGS: history.meetings, ACTIONS: history.actions, WORKSHOPS: history.workshops}
    with store.transaction() as tx:
        tx.put(SETTINGS, settings.to_dict())
        for kind, records in kinds.items():
            tx.table(kind).insert_multiple(Document(r.to_dict(), doc_id=r.id) for r in records)
        tokens = seal_contacts(tx, [(idea_id, *contact) for idea_id, contact in history.contacts.items()])
        for idea in history.ideas:
            idea.sealed_contact = tokens.get(idea.id, "")
        tx.table(IDEAS).insert_multiple(Document(i.to_dict(), doc_id=i.id) for i in history.ideas)
        tx.put(META, {"id": f"counter:{IDEA_COUNTER}", "value": max((i.number for i in history.ideas), default=0)})
    take_backup(store)
    store.folder.close()
    counts = {kind: len(records) for kind, records in kinds.items()}
    counts[IDEAS] = len(history.ideas)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """Build and write a history; print what was written and how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", choices=sorted(PROFILES), required=True)
    parser.add_argument("--out", required=True, type=Path, help="a new or empty data folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every count (e.g. 0.02)")
    parser.add_argument(
        "--now",
        type=datetime.fromisoformat,
        default=DEFAULT_NOW,
        help="the moment the history leads up to (ISO, Helsinki time if no offset)",
    )
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
