"""Typed access to the data folder: model objects in, model objects out.

``Store`` pairs the crash-safe ``DataFolder`` with the injected clock. Services
read through it and write inside ``store.transaction()``, which holds the
cross-process lock and writes each changed collection once, atomically.

Readers are cheap to call again. Per collection the store keeps what it derived
from the file last read (sort orders, indexes by number, model objects built so
far), and drops all of it when the file's token changes. A reader filters the
raw records first and builds model objects only for what it returns.

Model objects that list readers return (``meetings()``, ``actions()``,
``open_ideas()`` ...) are shared between calls: read them, never change them.
To change a record, take it from a single-record reader (``meeting(id)``,
``table(id)``, ``idea(id)`` ...), which returns a fresh copy of its own, or
``dataclasses.replace`` a shared one (it copies only the top level, so give it new
lists rather than changing the shared ones), and save it through a service in
``kiosk.core``.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from kiosk.core.clock import HELSINKI, Clock, SystemClock
from kiosk.core.model import Action, ActionStatus, Idea, Meeting, Record, Table, TableStatus, Workshop
from kiosk.core.settings import Settings
from kiosk.core.storage import DataFolder, Transaction

TABLES = "tables"
"""Collection of partnership tables."""
MEETINGS = "meetings"
"""Collection of meetings with their agendas and minutes."""
ACTIONS = "actions"
"""Collection of agreed actions."""
WORKSHOPS = "workshops"
"""Collection of service workshops."""
IDEAS = "ideas"
"""Collection of ideas still in progress; closed ones move to a yearly archive."""
IDEA_ARCHIVE_PREFIX = "ideas-archive-"
"""Closed ideas of year Y live in ``ideas-archive-Y``, so history never slows a new idea."""
AUDIT_PREFIX = "audit-"
"""Staff changes of year Y are recorded in ``audit-Y``."""
SETTINGS = "settings"
"""Collection holding the centre's settings as one record."""
IDEA_COUNTER = "idea"
"""Counter behind the ideas' short references."""

_MEETING_MINUTES = {f.name: f.default for f in dataclasses.fields(Meeting)}["duration_minutes"]
"""A meeting's length when its record does not say (the model's default)."""
_OPEN_ACTION_STATES = frozenset({ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value})
"""Raw ``status`` values of actions still waiting to be done."""

R = TypeVar("R", bound=Record)


def _detached(record: Mapping[str, Any]) -> dict[str, Any]:
    """A deep copy of a stored record, so the model built from it shares no list with the storage."""
    # A pickle round trip is the quickest deep copy of JSON-shaped data.
    return pickle.loads(pickle.dumps(record, pickle.HIGHEST_PROTOCOL))


def _fresh(cls: type[R], record: Mapping[str, Any] | None) -> R | None:
    """A model object of the caller's own (free to change), or None."""
    return None if record is None else cls.from_dict(_detached(record))


class _View:
    """One collection as last read: its records, and what was derived from them so far.

    Everything here belongs to the file version ``token``; the store makes a new view when the
    token changes. ``records`` is the storage's read-only snapshot and is never changed.
    """

    __slots__ = ("token", "records", "_models", "_derived")

    def __init__(self, token: Hashable, records: Mapping[str, dict[str, Any]]) -> None:
        self.token = token
        self.records = records
        self._models: dict[str, Record] = {}
        self._derived: dict[str, Any] = {}

    def model(self, cls: type[R], record_id: str) -> R | None:
        """The shared model object of one record, built on first use; None if there is none."""
        built = self._models.get(record_id)
        if built is None:
            record = self.records.get(record_id)
            if record is None:
                return None
            # Shared and read-only, so built straight from the stored record (lists stay shared with it).
            built = self._models[record_id] = cls.from_dict(record)
        return built  # type: ignore[return-value]

    def models(self, cls: type[R], record_ids: Iterable[str]) -> list[R]:
        """The shared model objects of these records, in this order (a new list)."""
        return [self.model(cls, record_id) for record_id in record_ids]  # type: ignore[misc]

    def derived(self, name: str, build: Callable[[Mapping[str, dict[str, Any]]], Any]) -> Any:
        """A value computed once per file version from the raw records (an order, an index)."""
        try:
            return self._derived[name]
        except KeyError:
            value = self._derived[name] = build(self.records)
            return value


def _moment(text: str) -> datetime:
    """A stored time as it was written, offset and all (a time without one is Helsinki time, as in the model)."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=HELSINKI)


def _meeting_times(records: Mapping[str, dict[str, Any]]) -> list[tuple[datetime, datetime, str, str]]:
    """(start, end, table id, id) of every meeting, earliest first; only ``start`` is parsed.

    ISO strings with different offsets (summer and winter time) do not sort as text, and
    datetimes in the same zone compare by wall clock; so each start keeps its own offset and
    starts, ends and "now" compare as instants, also in the night summer time ends.
    """
    rows = []
    for record_id, record in records.items():
        start = _moment(record["start"])
        end = start + timedelta(minutes=record.get("duration_minutes", _MEETING_MINUTES))
        rows.append((start, end, record.get("table_id", ""), record_id))
    rows.sort(key=lambda row: row[0])
    return rows


def _table_order(records: Mapping[str, dict[str, Any]]) -> list[str]:
    """Table ids by name, as people read them (case ignored)."""
    return sorted(records, key=lambda i: records[i].get("name", "").casefold())


def _action_order(records: Mapping[str, dict[str, Any]]) -> list[str]:
    """Action ids by due date, those without one last (ISO dates sort as text)."""
    return sorted(records, key=lambda i: (records[i].get("due") is None, records[i].get("due") or ""))


def _current_action_rows(records: Mapping[str, dict[str, Any]]) -> list[tuple[str, bool, datetime | None]]:
    """(id, still open, when done) of the open and done actions, by due date; only dates of done ones are parsed."""
    rows = []
    for record_id in _action_order(records):
        record = records[record_id]
        status = record.get("status", ActionStatus.OPEN.value)
        if status in _OPEN_ACTION_STATES:
            rows.append((record_id, True, None))
        elif status == ActionStatus.DONE.value:
            text = record.get("completed") or record.get("created")
            rows.append((record_id, False, _moment(text) if text else None))
    return rows


def _newest_number_first(records: Mapping[str, dict[str, Any]]) -> list[str]:
    """Idea ids by reference number, the highest first."""
    return sorted(records, key=lambda i: records[i].get("number", 0), reverse=True)


def _id_by_number(records: Mapping[str, dict[str, Any]]) -> dict[int, str]:
    """Idea id by reference number (the first record wins, as a search from the top would)."""
    index: dict[int, str] = {}
    for record_id, record in records.items():
        number = record.get("number")
        if number is not None:
            index.setdefault(number, record_id)
    return index


def default_data_dir() -> Path:
    """The data folder: ``KIOSK_DATA`` if set, else the user's data dir for the kiosk."""
    configured = os.environ.get("KIOSK_DATA")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path

    return user_data_path("kumppanuuspoyta-kiosk", appauthor=False)


@dataclass
class Store:
    """The data folder and the clock, with typed readers for every collection."""

    folder: DataFolder
    clock: Clock = field(default_factory=SystemClock)
    _views: dict[str, _View] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, clock: Clock | None = None, *, backup_on_open: bool = True
    ) -> Store:
        """Open (creating if needed) the data folder at ``path`` or the default one.

        With ``backup_on_open=False`` the day's backup is left to the caller (``folder.daily_backup()``).
        """
        clock = clock or SystemClock()
        folder = DataFolder(Path(path) if path else default_data_dir(), now=clock.now, backup_on_open=backup_on_open)
        return cls(folder=folder, clock=clock)

    @property
    def path(self) -> Path:
        """Where the data lives."""
        return self.folder.path

    def now(self) -> datetime:
        """The current time from the injected clock."""
        return self.clock.now()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A locked read-modify-write; nothing is written if the block raises."""
        with self.folder.transaction() as tx:
            yield tx

    # Readers -------------------------------------------------------------

    def _view(self, collection: str) -> _View:
        """The collection as saved now: the last view while the file is unchanged (one ``stat``)."""
        view = self._views.get(collection)
        if view is None or view.token != self.folder.version(collection):
            snapshot = self.folder.snapshot(collection)
            view = self._views[collection] = _View(snapshot.token, snapshot.records)
        return view

    def tables(self, *, active_only: bool = False) -> list[Table]:
        """Every table, by name; optionally only the active ones (shared objects: do not change)."""
        view = self._view(TABLES)
        order = view.derived("by_name", _table_order)
        tables = view.models(Table, order)
        if active_only:
            tables = [t for t in tables if t.status == TableStatus.ACTIVE]
        return tables

    def table(self, table_id: str) -> Table | None:
        """One table by id (a fresh copy)."""
        return _fresh(Table, self._view(TABLES).records.get(table_id))

    def _meetings_where(self, table_id: str | None, keep: Callable[[datetime], bool]) -> list[Meeting]:
        """Meetings whose end passes ``keep``, earliest first; optionally one table's."""
        view = self._view(MEETINGS)
        rows = view.derived("times", _meeting_times)
        ids = [i for _start, end, table, i in rows if (table_id is None or table == table_id) and keep(end)]
        return view.models(Meeting, ids)

    def meetings(self, table_id: str | None = None) -> list[Meeting]:
        """Meetings, earliest first; optionally one table's (shared objects: do not change)."""
        return self._meetings_where(table_id, lambda _end: True)

    def meeting_ids(self) -> list[str]:
        """The id of every meeting, without reading the meetings."""
        return list(self._view(MEETINGS).records)

    def meeting(self, meeting_id: str) -> Meeting | None:
        """One meeting by id (a fresh copy)."""
        return _fresh(Meeting, self._view(MEETINGS).records.get(meeting_id))

    def upcoming_meetings(self, table_id: str | None = None) -> list[Meeting]:
        """Meetings that have not ended yet, soonest first (shared objects: do not change)."""
        now = self.now()
        return self._meetings_where(table_id, lambda end: end > now)

    def past_meetings(self, table_id: str | None = None) -> list[Meeting]:
        """Meetings that have ended, newest first (shared objects: do not change)."""
        now = self.now()
        return self._meetings_where(table_id, lambda end: end <= now)[::-1]

    def actions(self, table_id: str | None = None) -> list[Action]:
        """Agreed actions, by due date; optionally one table's (shared objects: do not change)."""
        view = self._view(ACTIONS)
        order = view.derived("by_due", _action_order)
        if table_id is not None:
            order = [i for i in order if view.records[i].get("table_id") == table_id]
        return view.models(Action, order)

    def current_actions(self, since: datetime) -> list[Action]:
        """Actions still open, and those done since ``since``, by due date (shared objects: do not change)."""
        view = self._view(ACTIONS)
        rows = view.derived("current", _current_action_rows)
        wanted = [i for i, still_open, done in rows if still_open or (done is not None and done >= since)]
        return view.models(Action, wanted)

    def action(self, action_id: str) -> Action | None:
        """One action by id (a fresh copy)."""
        return _fresh(Action, self._view(ACTIONS).records.get(action_id))

    def workshops(self, *, open_only: bool = False) -> list[Workshop]:
        """Service workshops, soonest first; optionally only the open ones (shared objects: do not change)."""
        view = self._view(WORKSHOPS)
        order = view.derived(
            "by_start", lambda records: [w.id for w in sorted(view.models(Workshop, records), key=lambda w: w.start)]
        )
        workshops = view.models(Workshop, order)
        if open_only:
            workshops = [w for w in workshops if w.is_open]
        return workshops

    def workshop(self, workshop_id: str) -> Workshop | None:
        """One workshop by id (a fresh copy)."""
        return _fresh(Workshop, self._view(WORKSHOPS).records.get(workshop_id))

    def _ideas_in(self, collection: str) -> list[Idea]:
        """One idea collection's ideas, newest first (shared objects: do not change)."""
        view = self._view(collection)
        return view.models(Idea, view.derived("by_number", _newest_number_first))

    def open_ideas(self) -> list[Idea]:
        """Ideas still in progress, newest first (shared objects: do not change)."""
        return self._ideas_in(IDEAS)

    def archive_years(self) -> list[int]:
        """Years that have an archive of closed ideas, newest first."""
        years = []
        for name in self.folder.collections(IDEA_ARCHIVE_PREFIX):
            suffix = name.removeprefix(IDEA_ARCHIVE_PREFIX)
            if suffix.isdigit():
                years.append(int(suffix))
        return sorted(years, reverse=True)

    def archived_ideas(self, year: int) -> list[Idea]:
        """Closed ideas of one year, newest first (shared objects: do not change)."""
        return self._ideas_in(f"{IDEA_ARCHIVE_PREFIX}{year}")

    def all_ideas(self) -> list[Idea]:
        """Every idea, open and archived, newest first (reads the whole history; shared objects)."""
        ideas = self.open_ideas()
        for year in self.archive_years():
            ideas.extend(self.archived_ideas(year))
        return sorted(ideas, key=lambda i: i.number, reverse=True)

    def _idea_views(self) -> Iterator[_View]:
        """The open ideas, then each year's archive, newest year first."""
        yield self._view(IDEAS)
        for year in self.archive_years():
            yield self._view(f"{IDEA_ARCHIVE_PREFIX}{year}")

    def idea(self, idea_id: str) -> Idea | None:
        """One idea by id, open or archived (a fresh copy)."""
        for view in self._idea_views():
            record = view.records.get(idea_id)
            if record is not None:
                return _fresh(Idea, record)
        return None

    def ideas_by_id(self, idea_ids: Collection[str]) -> dict[str, Idea]:
        """The ideas with these ids that exist, open or archived, in one pass (shared objects: do not change)."""
        found: dict[str, Idea] = {}
        wanted = set(idea_ids)
        for view in self._idea_views():
            if not wanted:
                break
            for idea_id in [i for i in wanted if i in view.records]:
                found[idea_id] = view.model(Idea, idea_id)  # type: ignore[assignment]
                wanted.discard(idea_id)
        return found

    def idea_by_number(self, number: int) -> Idea | None:
        """The idea with this reference number, open or archived (a fresh copy)."""
        for view in self._idea_views():
            idea_id = view.derived("id_by_number", _id_by_number).get(number)
            if idea_id is not None:
                return _fresh(Idea, view.records[idea_id])
        return None

    def settings(self) -> Settings:
        """The centre's settings (defaults until staff change them)."""
        data = self.folder.get(SETTINGS, Settings.RECORD_ID)
        return Settings.from_dict(data) if data else Settings()

    def audit_entries(self, year: int) -> list[dict[str, Any]]:
        """Staff changes recorded in a year, oldest first."""
        return sorted(self.folder.all(f"{AUDIT_PREFIX}{year}"), key=lambda e: e.get("at", ""))


def record_audit(tx: Transaction, when: datetime, actor: str, what: str, /, **details: Any) -> None:
    """Record a staff change in the year's audit trail (inside the same transaction)."""
    from kiosk.core.model import new_id

    entry = {"id": new_id(), "at": when.isoformat(), "actor": actor, "what": what, "details": details}
    tx.put(f"{AUDIT_PREFIX}{when.year}", entry)
