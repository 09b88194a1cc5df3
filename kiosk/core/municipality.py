"""The coordinator's view of the municipality: every centre's tables, meetings, actions and ideas.

Read from every complete bundle this kiosk holds (the other centres' last complete ones and its own),
so a coordinator at any kiosk, or at the municipality's own Syncthing device with a kiosk beside it,
sees all the centres at once. Only what the bundles carry: never a contact detail.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.core.bundle import PUBLISHED
from kiosk.core.clock import local
from kiosk.core.export import csv_chunks
from kiosk.core.model import IdeaState, TableStatus
from kiosk.core.received import BundleProblem, CentreBundle, centre_states, load_bundle
from kiosk.core.store import Store

CSV_COLUMNS = (
    "centre",
    "name",
    "bundle",
    "arrived",
    "incomplete",
    "active_tables",
    "meetings_held",
    "meetings_ahead",
    "open_actions",
    "overdue_actions",
    *(f"ideas_{state.value}" for state in IdeaState),
)
"""Columns of the CSV report, in order; names stay English so scripts can rely on them."""


@dataclass(frozen=True)
class CentreSummary:
    """One centre's work in numbers, from its last complete bundle."""

    code: str
    name: str
    sequence: int
    arrived: datetime | None
    """When its bundle was found complete here (for this kiosk's own: when it was written)."""
    incomplete: bool
    """Whether a newer bundle is still arriving (or damaged): the numbers are those of the last whole one."""
    active_tables: tuple[str, ...]
    meetings_held: int
    meetings_ahead: int
    open_actions: int
    overdue_actions: int
    ideas: dict[IdeaState, int]


def summarise(bundle: CentreBundle, now: datetime, *, arrived: datetime | None, incomplete: bool) -> CentreSummary:
    """The numbers of one bundle as of ``now``."""
    today: date = local(now).date()
    moment = now.timestamp()
    open_actions = [a for a in bundle.actions if a.is_open]
    ideas = dict.fromkeys(IdeaState, 0)
    for idea in bundle.ideas:
        ideas[idea.state] += 1
    return CentreSummary(
        code=bundle.code,
        name=bundle.name,
        sequence=bundle.sequence,
        arrived=arrived,
        incomplete=incomplete,
        active_tables=tuple(t.name for t in bundle.tables if t.status == TableStatus.ACTIVE),
        meetings_held=sum(1 for m in bundle.meetings if m.held or m.end.timestamp() <= moment),
        meetings_ahead=sum(1 for m in bundle.meetings if not m.held and m.end.timestamp() > moment),
        open_actions=len(open_actions),
        overdue_actions=sum(1 for a in open_actions if a.due is not None and a.due < today),
        ideas=ideas,
    )


def municipality_summary(store: Store) -> list[CentreSummary]:
    """This centre and every other whose bundle arrived whole, by name."""
    now = store.now()
    found = []
    try:
        own = load_bundle(store.path / PUBLISHED)
    except BundleProblem:
        own = None
    if own is not None:
        found.append(summarise(own, now, arrived=own.written, incomplete=False))
    for state in centre_states(store):
        if state.bundle is not None and (own is None or state.bundle.code != own.code):
            found.append(summarise(state.bundle, now, arrived=state.arrived, incomplete=state.incomplete))
    return sorted(found, key=lambda s: s.name.casefold())


def summary_rows(summaries: list[CentreSummary]) -> Iterator[list[object]]:
    """Each centre as a CSV row."""
    for s in summaries:
        yield [
            s.code,
            s.name,
            s.sequence,
            local(s.arrived).strftime("%Y-%m-%d %H:%M") if s.arrived else "",
            "yes" if s.incomplete else "no",
            len(s.active_tables),
            s.meetings_held,
            s.meetings_ahead,
            s.open_actions,
            s.overdue_actions,
            *(s.ideas[state] for state in IdeaState),
        ]


def summary_csv(summaries: list[CentreSummary]) -> Iterator[bytes]:
    """The report as CSV through the kiosk's one CSV writer (formula-safe cells)."""
    return csv_chunks(CSV_COLUMNS, summary_rows(summaries))
