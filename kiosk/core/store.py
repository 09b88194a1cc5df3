"""Typed access to the data folder: model objects in, model objects out.

``Store`` pairs the crash-safe ``DataFolder`` with the injected clock. Services
read through it and write inside ``store.transaction()``, which holds the
cross-process lock and writes each changed collection once, atomically.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.model import Action, Idea, Meeting, Table, TableStatus, Workshop
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

    def tables(self, *, active_only: bool = False) -> list[Table]:
        """Every table, by name; optionally only the active ones."""
        tables = [Table.from_dict(d) for d in self.folder.all(TABLES)]
        if active_only:
            tables = [t for t in tables if t.status == TableStatus.ACTIVE]
        return sorted(tables, key=lambda t: t.name.casefold())

    def table(self, table_id: str) -> Table | None:
        """One table by id."""
        data = self.folder.get(TABLES, table_id)
        return Table.from_dict(data) if data else None

    def meetings(self, table_id: str | None = None) -> list[Meeting]:
        """Meetings, earliest first; optionally one table's."""
        meetings = [Meeting.from_dict(d) for d in self.folder.all(MEETINGS)]
        if table_id is not None:
            meetings = [m for m in meetings if m.table_id == table_id]
        return sorted(meetings, key=lambda m: m.start)

    def meeting(self, meeting_id: str) -> Meeting | None:
        """One meeting by id."""
        data = self.folder.get(MEETINGS, meeting_id)
        return Meeting.from_dict(data) if data else None

    def upcoming_meetings(self, table_id: str | None = None) -> list[Meeting]:
        """Meetings that have not ended yet, soonest first."""
        now = self.now()
        return [m for m in self.meetings(table_id) if m.end > now]

    def past_meetings(self, table_id: str | None = None) -> list[Meeting]:
        """Meetings that have ended, newest first."""
        now = self.now()
        return [m for m in reversed(self.meetings(table_id)) if m.end <= now]

    def actions(self, table_id: str | None = None) -> list[Action]:
        """Agreed actions, by due date; optionally one table's."""
        actions = [Action.from_dict(d) for d in self.folder.all(ACTIONS)]
        if table_id is not None:
            actions = [a for a in actions if a.table_id == table_id]
        return sorted(actions, key=lambda a: (a.due is None, a.due or datetime.min.date()))

    def action(self, action_id: str) -> Action | None:
        """One action by id."""
        data = self.folder.get(ACTIONS, action_id)
        return Action.from_dict(data) if data else None

    def workshops(self, *, open_only: bool = False) -> list[Workshop]:
        """Service workshops, soonest first; optionally only the open ones."""
        workshops = [Workshop.from_dict(d) for d in self.folder.all(WORKSHOPS)]
        if open_only:
            workshops = [w for w in workshops if w.is_open]
        return sorted(workshops, key=lambda w: w.start)

    def workshop(self, workshop_id: str) -> Workshop | None:
        """One workshop by id."""
        data = self.folder.get(WORKSHOPS, workshop_id)
        return Workshop.from_dict(data) if data else None

    def open_ideas(self) -> list[Idea]:
        """Ideas still in progress, newest first."""
        ideas = [Idea.from_dict(d) for d in self.folder.all(IDEAS)]
        return sorted(ideas, key=lambda i: i.number, reverse=True)

    def archive_years(self) -> list[int]:
        """Years that have an archive of closed ideas, newest first."""
        years = []
        for name in self.folder.collections(IDEA_ARCHIVE_PREFIX):
            suffix = name.removeprefix(IDEA_ARCHIVE_PREFIX)
            if suffix.isdigit():
                years.append(int(suffix))
        return sorted(years, reverse=True)

    def archived_ideas(self, year: int) -> list[Idea]:
        """Closed ideas of one year, newest first."""
        ideas = [Idea.from_dict(d) for d in self.folder.all(f"{IDEA_ARCHIVE_PREFIX}{year}")]
        return sorted(ideas, key=lambda i: i.number, reverse=True)

    def all_ideas(self) -> list[Idea]:
        """Every idea, open and archived, newest first (reads the whole history)."""
        ideas = self.open_ideas()
        for year in self.archive_years():
            ideas.extend(self.archived_ideas(year))
        return sorted(ideas, key=lambda i: i.number, reverse=True)

    def idea(self, idea_id: str) -> Idea | None:
        """One idea by id, open or archived."""
        data = self.folder.get(IDEAS, idea_id)
        if data:
            return Idea.from_dict(data)
        for year in self.archive_years():
            data = self.folder.get(f"{IDEA_ARCHIVE_PREFIX}{year}", idea_id)
            if data:
                return Idea.from_dict(data)
        return None

    def idea_by_number(self, number: int) -> Idea | None:
        """The idea with this reference number, open or archived."""
        for data in self.folder.all(IDEAS):
            if data.get("number") == number:
                return Idea.from_dict(data)
        for year in self.archive_years():
            for data in self.folder.all(f"{IDEA_ARCHIVE_PREFIX}{year}"):
                if data.get("number") == number:
                    return Idea.from_dict(data)
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
