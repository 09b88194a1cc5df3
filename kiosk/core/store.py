"""Typed access to the data folder: model objects in, fresh model objects out.

Where things are (each file a TinyDB database, see ``kiosk.core.storage``):

- ``kiosk.json``, the live database: settings, staff PIN, tables, workshops, the
  meetings and actions of working tables, ideas still in progress, this month's
  audit trail, staff notices, counters, and the index of archived ideas.
- ``keys.json``: one key per resident contact (``kiosk.core.contacts``).
- ``archive/ideas-NNNN.json``: closed ideas by reference number, a thousand a file,
  so an old reference leads straight to its file; ``archive/tables-YYYY.json``: the
  meetings and actions of tables closed in a year; ``archive/audit-YYYY.json``.

Closed records move to their archive in a transaction of their own right after the one
that closed them (``_archive_closed``): the archive is written first, so a crash leaves two
equal copies (read once), never none. Every reader returns new model objects: a caller may
change what it gets.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import groupby
from pathlib import Path
from typing import Any, TypeVar, cast

import msgspec
from tinydb import Query
from tinydb.queries import QueryLike
from tinydb.table import Document
from tinydb.table import Table as TinyTable

from kiosk.core.clock import Clock, SystemClock, local, months_before
from kiosk.core.errors import StorageError
from kiosk.core.i18n import N_, gettext
from kiosk.core.model import (
    CLOSED_IDEA_STATES,
    MAX_MEETING_MINUTES,
    Action,
    ActionStatus,
    Idea,
    Meeting,
    Record,
    Table,
    Workshop,
)
from kiosk.core.repair import Validator
from kiosk.core.settings import Settings
from kiosk.core.storage import ARCHIVE, LIVE, DataFolder, RecordTable, Recovery, Tables, document

KEYS = "keys"
"""The keys file and its table of contact keys."""
TABLES, MEETINGS, ACTIONS, WORKSHOPS, IDEAS = "tables", "meetings", "actions", "workshops", "ideas"
SETTINGS, STAFF, META, AUDIT, NOTICES = "settings", "staff", "meta", "audit", "notices"
IDEA_INDEX = "idea_index"
"""Table of the index file ``archive/index``: per archive file of ideas, the ids it holds (one string)."""
INDEX_FILE = "archive/index"
"""The index of archived ideas: written before the live file drops them (a reader tries the live file first)."""
IDEA_COUNTER = "idea"
"""Counter behind the ideas' reference numbers."""
IDEAS_PER_FILE = 250
"""Closed ideas per archive file: an old reference opens one small file."""
KEPT_MONTHS = 25
"""Done actions stay in the live file this long (the results screen shows 24 months)."""
MEETINGS_KEPT_MONTHS = 6
"""Past meetings stay in the live file this long (their minutes are written and approved by then)."""
SCHEMA_VERSION = 2
"""The layout this code reads and writes (1 was a file per collection)."""
LOW_DISK_BYTES = 20 * 1024 * 1024
"""Free disk space below which staff are warned."""
REMEMBERED = 16
"""Read models ``Store.remembered`` keeps (those used last)."""
_OPEN_ACTIONS = [ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value]
_CLOSED_IDEAS = [state.value for state in CLOSED_IDEA_STATES]
Q = Query()
R = TypeVar("R", bound=Record)
T = TypeVar("T")
P = TypeVar("P", bound=msgspec.Struct)


def idea_file(number: int) -> str:
    """The archive file of a closed idea with this reference number."""
    return f"{ARCHIVE}/ideas-{(max(number, 1) - 1) // IDEAS_PER_FILE + 1:04d}"


def archive_file(kind: str, year: int) -> str:
    """The archive file of a year's meetings, actions or audit trail."""
    return f"{ARCHIVE}/{kind}-{year}"


class ActionKey(msgspec.Struct, frozen=True, gc=False):
    """An action as choosing among many needs it (``Store.current_action_keys``).

    Thousands are made for a city's results page: holding no container, they stay out of the
    garbage collector's walks (``gc=False``), as the projections they are made from do.
    """

    id: str
    table_id: str
    done: bool
    at: datetime | None
    """When it was done, or else agreed."""
    due: date | None


class _ActionFields(msgspec.Struct, gc=False):
    """The fields of an action document that its ``ActionKey`` is made of, read as its model reads them."""

    table_id: str = ""
    status: str = ""
    completed: datetime | None = None
    created: datetime | None = None
    due: date | None = None


class _OfTable(msgspec.Struct, gc=False):
    """The table a meeting or action belongs to: enough to find one table's among thousands."""

    table_id: str = ""


class _Listed(msgspec.Struct, gc=False):
    """An entry of the idea index: the ids of the ideas in one archive file, each after a space."""

    ids: str = ""


_PROJECTIONS: dict[type, msgspec.json.Decoder[Any]] = {
    _ActionFields: msgspec.json.Decoder(dict[str, _ActionFields]),
    _OfTable: msgspec.json.Decoder(dict[str, _OfTable]),
    _Listed: msgspec.json.Decoder(dict[str, _Listed]),
}
"""A decoder for each shape ``Store._projected`` reads a table as."""
_DOCUMENTS = msgspec.json.Decoder(dict[str, dict[str, Any]])
_RAW_DOCUMENTS = msgspec.json.Decoder(dict[str, msgspec.Raw])


@dataclass
class AuditEntry(Record):
    """One staff change: who, what, when (never a resident's contact)."""

    at: datetime
    actor: str
    what: str
    details: dict[str, Any] = field(default_factory=dict)
    id: str = ""


@dataclass
class Notice(Record):
    """A damaged file the kiosk repaired, shown to staff until they acknowledge it."""

    at: datetime
    file: str
    kept_as: str
    backup: str
    restored: int
    merged_back: int
    unreadable: int
    acknowledged: datetime | None = None
    id: str = ""

    def describe(self) -> str:
        """What happened, in the current language, for the staff home screen and ``kiosk check``."""
        from kiosk.core.dates import format_when
        from kiosk.core.i18n import gettext as _

        source = _("the backup {backup}").format(backup=self.backup) if self.backup else _("no backup (none had it)")
        return _(
            "{when}: the file {file} was damaged. Its bytes are kept in {kept}. It was restored from {source}: "
            "{restored} records from the backup, {merged} newer records merged back from the damaged file, "
            "{unreadable} could not be read."
        ).format(
            when=format_when(self.at),
            file=f"{self.file}.json",
            kept=self.kept_as or "-",
            source=source,
            restored=self.restored,
            merged=self.merged_back,
            unreadable=self.unreadable,
        )


MODELS: dict[str, type[Record]] = {
    TABLES: Table,
    MEETINGS: Meeting,
    ACTIONS: Action,
    WORKSHOPS: Workshop,
    IDEAS: Idea,
    SETTINGS: Settings,
    AUDIT: AuditEntry,
    NOTICES: Notice,
}
"""The model every document of a table must fit; a document that does not is damage."""
TABLE_OF = {model: table for table, model in MODELS.items()}
"""The table of each model."""


def _validator(cls: type[Record]) -> Validator:
    def validate(document: Mapping[str, Any]) -> None:
        record = cls.from_dict(document)
        check = getattr(record, "validate", None)
        if check is not None:
            try:
                check()
            except Exception as error:
                raise ValueError(str(error)) from error

    return validate


def default_data_dir() -> Path:
    """The data folder: ``KIOSK_DATA`` if set, else the user's data dir for the kiosk."""
    configured = os.environ.get("KIOSK_DATA")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path

    return user_data_path("kumppanuuspoyta-kiosk", appauthor=False)


class Transaction:
    """What a service may do inside ``store.transaction()``: TinyDB tables, and a few shorthands."""

    def __init__(self, store: Store) -> None:
        self.store = store
        """The store this transaction writes to (its readers see the transaction's changes)."""
        self._folder = store.folder

    def table(self, name: str, *, file: str = LIVE) -> RecordTable:
        """A TinyDB table of the live database (or of another file)."""
        return self._folder.table(file, name)

    def get(self, name: str, doc_id: str, *, file: str = LIVE) -> dict[str, Any] | None:
        """One document by id, or None."""
        found = self.table(name, file=file).get(doc_id=doc_id)
        return None if found is None else dict(found)

    def put(self, name: str, record: dict[str, Any], *, file: str = LIVE) -> None:
        """Insert the record, or replace the one with its ``id`` (by the file's log: ``DataFolder.put``)."""
        self._folder.put(file, name, record["id"], record)

    def delete(self, name: str, doc_id: str, *, file: str = LIVE) -> None:
        """Remove the document with this id, if there is one."""
        self._folder.put(file, name, doc_id, None)

    def next_number(self, counter: str) -> int:
        """The next number (1, 2, 3 ...) of a named counter, saved with the transaction."""
        found = self.table(META).get(doc_id=f"counter:{counter}")
        number = (found["value"] if found else 0) + 1
        self._folder.put(LIVE, META, f"counter:{counter}", {"value": number})
        return number


def record_audit(tx: Transaction, when: datetime, actor: str, what: str, /, **details: Any) -> None:
    """Record a staff change in the audit trail, in the same transaction as the change."""
    from kiosk.core.model import new_id

    entry = AuditEntry(at=when, actor=actor, what=what, details=details, id=new_id())
    tx.put(AUDIT, entry.to_dict())


def _newest_first(ideas: list[Idea]) -> list[Idea]:
    return sorted(ideas, key=lambda idea: idea.number, reverse=True)


@dataclass
class Store:
    """The data folder and the clock, with typed readers for everything a screen shows.

    ``Store.open`` also hooks the archiving of closed records and the notices of repaired
    files into the folder; other stores over the same folder (another clock) share them.
    """

    folder: DataFolder
    clock: Clock = field(default_factory=SystemClock)
    _remembered: OrderedDict[Hashable, tuple[tuple[Any, ...], Any, float | None]] = field(
        default_factory=OrderedDict, init=False, repr=False, compare=False
    )
    _remembered_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)
    _writing: threading.local = field(default_factory=threading.local, init=False, repr=False, compare=False)
    _looking: threading.local = field(default_factory=threading.local, init=False, repr=False, compare=False)
    _swept: date | None = field(default=None, init=False, repr=False, compare=False)
    """The day this store last looked through every live table for records to archive."""

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, clock: Clock | None = None, *, durable: bool = True
    ) -> Store:
        """Open (creating if needed) the data folder at ``path`` or the default one; nothing is written."""
        clock = clock or SystemClock()
        validators = {name: _validator(model) for name, model in MODELS.items()}
        folder = DataFolder(
            Path(path) if path else default_data_dir(), validators=validators, now=clock.now, durable=durable
        )
        store = cls(folder=folder, clock=clock)
        folder.after_commit.append(store._archive_closed)
        folder.on_recovery.append(store._notice_recovery)
        schema = store._live(META).get(doc_id="schema")
        if schema is not None and schema.get("version", 0) > SCHEMA_VERSION:
            raise StorageError(
                N_("The data folder {path} was written by a newer version of the kiosk"), path=str(store.path)
            )
        return store

    @property
    def path(self) -> Path:
        """Where the data lives."""
        return self.folder.path

    def now(self) -> datetime:
        """The current time from the injected clock."""
        return self.clock.now()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A locked read-modify-write: saved whole when the block ends, not at all if it raises."""
        self._writing.depth = getattr(self._writing, "depth", 0) + 1
        try:
            with self.folder.transaction():
                yield Transaction(self)
        finally:
            self._writing.depth -= 1

    def files_state(self) -> tuple[tuple[str, int, int, int], ...]:
        """Every data file and log as it is on disk (path, inode, size, time written): a save, here or elsewhere, changes it."""
        state, folder = [], os.fspath(self.folder.path)
        for name in self.folder.all_files():
            # As ``DataFolder.file_path`` and ``log_path`` have them, without a Path each.
            for path in (f"{folder}/{name}.json", *(() if "/" in name else (f"{folder}/{name}.journal",))):
                with suppress(FileNotFoundError):  # gone since the listing: left out, as the next listing will
                    status = os.stat(path)
                    state.append((path, status.st_ino, status.st_size, status.st_mtime_ns))
        return tuple(state)

    @contextmanager
    def one_look(self) -> Iterator[None]:
        """Read models remembered in this block look at the data files once, as the block starts.

        For a screen being composed, which asks for several (a results page: the list and each card).
        A save during the block is seen by the next look: a value computed meanwhile is remembered
        under the earlier state, so it is computed again then. A table decoded without TinyDB
        (``_undecoded``) is decoded once in the block, while its file's bytes are the same.
        """
        outer = getattr(self._looking, "state", None)
        if outer is not None:
            yield
            return
        self._looking.state, self._looking.decoded = self.files_state(), {}
        try:
            yield
        finally:
            self._looking.state = self._looking.decoded = None

    def remembered(
        self, key: Hashable, compute: Callable[[], T], until: Callable[[T], float | None] | None = None
    ) -> T:
        """What ``compute()`` returns, computed again only once a data file or the day has changed.

        For the resident screens' read models, which visitors open again and again while nothing
        changes (a city's results take 50 ms to choose and read). ``until`` gives the moment (a
        timestamp) the value goes out of date by itself, if it does: when a listed meeting ends.
        The value is shared: read it, never change it. In a transaction it is always computed,
        from what the transaction sees.
        """
        if getattr(self._writing, "depth", 0):
            return compute()
        now = self.now()
        state = (now.date(), getattr(self._looking, "state", None) or self.files_state())
        with self._remembered_lock:
            kept = self._remembered.get(key)
            if kept is not None and kept[0] == state and (kept[2] is None or now.timestamp() < kept[2]):
                self._remembered.move_to_end(key)
                return cast(T, kept[1])  # stored by this method, for this key
        value = compute()  # a save meanwhile changes the state: the next call computes again
        with self._remembered_lock:
            self._remembered[key] = (state, value, until(value) if until else None)
            self._remembered.move_to_end(key)
            while len(self._remembered) > REMEMBERED:
                self._remembered.popitem(last=False)
        return value

    def _live(self, name: str) -> RecordTable:
        return self.folder.table(LIVE, name)

    def _model(self, cls: type[R], document: Mapping[str, Any] | None) -> R | None:
        """The record a document holds; a document its model refuses is reported as damage and skipped."""
        if document is None:
            return None
        try:
            return cls.from_dict(document)
        except ValueError:
            doc_id = getattr(document, "doc_id", None) or document.get("id")
            self.folder.repair_holding(TABLE_OF[cls], str(doc_id))
            return None

    def _models(self, cls: type[R], documents: Iterable[Mapping[str, Any]]) -> list[R]:
        """The records these documents hold, skipping (and reporting) any the model refuses."""
        return [record for document in documents if (record := self._model(cls, document)) is not None]

    def _projected(self, name: str, kind: str, shape: type[P]) -> dict[str, P]:
        """Every document of a file's table as ``shape``, a few of its fields (``_PROJECTIONS``), by id.

        A table no TinyDB read has decoded is decoded straight into these and stays undecoded
        (city-size actions: 2 ms and 2.5 MB instead of 15 ms and 8.8 MB). A document that does
        not fit (the shape asks less than the model) is damage, reported and left out.
        """
        with suppress(msgspec.DecodeError):  # damaged: found below, one document at a time
            one = lambda doc: msgspec.json.decode(doc, type=shape)  # noqa: E731
            if (decoded := self._undecoded(name, kind, _PROJECTIONS[shape].decode, one)) is not None:
                return decoded
        found = {}
        for doc in self.folder.table(name, kind):
            try:
                found[str(doc.doc_id)] = msgspec.convert(doc, shape)
            except msgspec.ValidationError:
                self.folder.repair_holding(kind, str(doc.doc_id))
        return found

    def _undecoded(
        self, name: str, kind: str, whole: Callable[[bytes], dict[str, T]], one: Callable[[msgspec.Raw], T]
    ) -> dict[str, T] | None:
        """A table no TinyDB read has decoded, decoded by ``whole`` (and each document put since by ``one``); else None.

        In a look (``one_look``) the result is shared by the look's readers: read it, never change it.
        """
        found = self.folder.undecoded(name, kind)
        if found is None:
            return None
        raw, changes = found
        decoded = getattr(self._looking, "decoded", None)
        kept = decoded.get((name, kind, whole)) if decoded is not None else None
        if kept is not None and kept[0] is raw and kept[1] == changes:
            return cast(dict[str, T], kept[2])  # decoded by ``whole`` from these very bytes and changes, in this look
        documents = whole(raw)
        for doc_id, doc in changes.items():
            if doc is None:
                documents.pop(doc_id, None)
            else:
                documents[doc_id] = one(doc)
        if decoded is not None:
            decoded[(name, kind, whole)] = (raw, dict(changes), documents)
        return documents

    def _all_documents(self, name: str, kind: str) -> list[Document]:
        """Every document of a file's table; an undecoded table is decoded for this call and stays undecoded."""
        with suppress(msgspec.DecodeError):  # damaged: TinyDB's read below has the file repaired
            if (each := self._undecoded(name, kind, _DOCUMENTS.decode, msgspec.json.decode)) is not None:
                return [document(doc, doc_id) for doc_id, doc in each.items()]
        return list(self.folder.table(name, kind))

    def _documents(self, name: str, kind: str, doc_ids: Collection[str]) -> dict[str, Document]:
        """A file's documents of a table with these ids (those there are); of an undecoded table only these are decoded."""
        with suppress(msgspec.DecodeError):  # damaged: TinyDB's read below has the file repaired
            if (each := self._undecoded(name, kind, _RAW_DOCUMENTS.decode, lambda doc: doc)) is not None:
                return {i: document(msgspec.json.decode(each[i], type=dict[str, Any]), i) for i in doc_ids if i in each}
        table: TinyTable = self.folder.table(name, kind)  # TinyDB's own signature, for get(doc_ids=...)
        return {str(doc.doc_id): doc for doc in table.get(doc_ids=list(doc_ids))}

    # Settings and tables -------------------------------------------------------

    def settings(self) -> Settings:
        """The centre's settings (defaults until staff change them)."""
        found = self._live(SETTINGS).get(doc_id=Settings.RECORD_ID)
        return self._model(Settings, found) or Settings()

    def staff_record(self, record_id: str) -> dict[str, Any] | None:
        """A record of the staff table (the PIN hash, the wrong-try counter), as saved."""
        found = self._live(STAFF).get(doc_id=record_id)
        return dict(found) if found else None

    def tables(self, *, active_only: bool = False) -> list[Table]:
        """Tables by name; optionally only the active ones."""
        table = self._live(TABLES)
        found = self._models(Table, table.search(Q.status == "active") if active_only else table)
        return sorted(found, key=lambda t: t.name.casefold())

    def table(self, table_id: str) -> Table | None:
        """One table by id."""
        found = self._live(TABLES).get(doc_id=table_id)
        return self._model(Table, found)

    def workshops(self, *, open_only: bool = False) -> list[Workshop]:
        """Service workshops, soonest first; optionally only those open for ideas."""
        table = self._live(WORKSHOPS)
        found = self._models(Workshop, table.search(Q.is_open == True) if open_only else table)  # noqa: E712
        return sorted(found, key=lambda w: w.start)

    def workshop(self, workshop_id: str) -> Workshop | None:
        """One workshop by id."""
        found = self._live(WORKSHOPS).get(doc_id=workshop_id)
        return self._model(Workshop, found)

    # Meetings and actions --------------------------------------------------------

    def _archived_years(self, kind: str, table_id: str | None = None) -> list[int]:
        """Years of the archive files of meetings or actions (of one table: of the years it worked), newest first."""
        prefix = f"{ARCHIVE}/{kind}-"
        years = sorted(
            (int(n.removeprefix(prefix)) for n in self.folder.files(ARCHIVE) if n.startswith(prefix)), reverse=True
        )
        table = self._live(TABLES).get(doc_id=table_id) if table_id else None
        if table is not None and table.get("created"):
            years = [y for y in years if y >= _year(table["created"])]
        return years

    def _work_files(self, kind: str, table_id: str | None, years: Collection[int] = ()) -> list[str]:
        """The files that hold meetings or actions: the live one, and the archives of a table's years (or of ``years``)."""
        if not (table_id or years):
            return [LIVE]
        return [LIVE] + [archive_file(kind, y) for y in self._archived_years(kind, table_id) if not years or y in years]

    def _work(self, kind: str, table_id: str | None, years: Collection[int] = ()) -> Iterator[Document]:
        """Meetings or actions from the live file, and of a table (or of ``years``) from the archives too.

        One document at a time (TinyDB's table iteration), so a caller that keeps few holds few; of
        one table, from a file no reader has decoded, only that table's documents are decoded.
        """
        seen = set()
        for name in self._work_files(kind, table_id, years):
            table = self.folder.table(name, kind)
            if not table_id:
                docs: Iterable[Document] = table
            elif self.folder.undecoded(name, kind) is None:
                docs = table.search(Q.table_id == table_id)
            else:  # an undecoded file (an archive, at first the live one): decode only this table's
                mine = [i for i, doc in self._projected(name, kind, _OfTable).items() if doc.table_id == table_id]
                docs = self._documents(name, kind, mine).values()
            for doc in docs:
                if doc.doc_id not in seen:
                    seen.add(doc.doc_id)
                    yield doc

    def meetings(self, table_id: str | None = None) -> list[Meeting]:
        """Meetings, earliest first: all of one table, or those of the last year or so (still in the live file)."""
        # As instants: two times in the Helsinki zone compare by wall clock, wrong in the night summer time ends.
        return sorted(self._models(Meeting, self._work(MEETINGS, table_id)), key=lambda m: m.start.timestamp())

    def upcoming_meetings(self, table_id: str | None = None) -> list[Meeting]:
        """Meetings that have not ended yet, soonest first (only those are built; they are all in the live file)."""
        now = self.now().timestamp()
        longest = timedelta(minutes=MAX_MEETING_MINUTES).total_seconds()
        query = (Q.table_id == table_id) if table_id else Q.noop()
        soon = query & Q.start.test(lambda start: datetime.fromisoformat(start).timestamp() + longest > now)
        found = self._models(Meeting, self._live(MEETINGS).search(soon))
        return sorted((m for m in found if m.end.timestamp() > now), key=lambda m: m.start.timestamp())

    def past_meetings(self, table_id: str | None = None) -> list[Meeting]:
        """Meetings that have ended, newest first."""
        now = self.now().timestamp()
        return [m for m in self.meetings(table_id) if m.end.timestamp() <= now][::-1]

    def meeting_ids(self) -> list[str]:
        """Ids of the meetings in the live file (the year or so around now)."""
        return [str(doc.doc_id) for doc in self._live(MEETINGS)]

    def _one(self, kind: str, cls: type[R], record_id: str) -> R | None:
        """One meeting or action by id: the live file's, else the newest archive file's that has it."""
        for name in [LIVE, *(archive_file(kind, year) for year in self._archived_years(kind))]:
            if found := self._documents(name, kind, [record_id]).get(record_id):
                return self._model(cls, found)
        return None

    def meeting(self, meeting_id: str) -> Meeting | None:
        """One meeting by id, also an archived one."""
        return self._one(MEETINGS, Meeting, meeting_id)

    def actions(self, table_id: str | None = None) -> list[Action]:
        """Agreed actions by due date (those without one last): all of one table, or those in the live file."""
        found = self._models(Action, self._work(ACTIONS, table_id))
        return sorted(found, key=lambda a: (a.due is None, a.due or datetime.min.date()))

    def current_action_keys(self, since: datetime) -> list[ActionKey]:
        """Actions still open and those done since ``since`` (the archives too if ``since`` is older), as keys.

        What choosing among them needs, read without building them: a table can have thousands
        of open actions where a screen shows five, and the chooser builds only those
        (``actions_by_id``), so a screen pays for the actions it shows. Only the fields a key
        needs are decoded (``_projected``). A document whose dates do not read is
        reported as damage and left out, as a model that refuses it would be.
        """
        kept_since = months_before(self.now(), KEPT_MONTHS)
        years = range(local(since).year, local(kept_since).year + 1) if since < kept_since else ()
        keys: list[ActionKey] = []
        seen: set[str] = set()
        done_status, open_statuses = ActionStatus.DONE.value, frozenset(_OPEN_ACTIONS)
        for name in self._work_files(ACTIONS, None, years):
            projected = self._projected(name, ACTIONS, _ActionFields)
            for doc_id, doc in projected.items():
                if seen and doc_id in seen:  # a record in two files (a crash while archiving): the first
                    continue
                if doc.status in open_statuses:
                    keys.append(ActionKey(doc_id, doc.table_id, False, doc.completed or doc.created, doc.due))
                elif doc.status == done_status and doc.completed and doc.completed >= since:
                    keys.append(ActionKey(doc_id, doc.table_id, True, doc.completed, doc.due))
            seen.update(projected)
        return keys

    def actions_by_id(self, action_ids: Collection[str]) -> dict[str, Action]:
        """These actions by id: the live file's in one read, an archived one on its own (only these are decoded)."""
        found = self._documents(LIVE, ACTIONS, action_ids)
        actions = {}
        for action_id in action_ids:
            action = self._model(Action, found[action_id]) if action_id in found else self.action(action_id)
            if action is not None:
                actions[action_id] = action
        return actions

    def action(self, action_id: str) -> Action | None:
        """One action by id, also an archived one."""
        return self._one(ACTIONS, Action, action_id)

    def _every(self, kind: str) -> Iterator[Document]:
        """Every meeting or action, the live file's then each archive file's, one file at a time."""
        seen = set()
        for name in [LIVE, *(archive_file(kind, y) for y in self._archived_years(kind))]:
            for doc in self.folder.table(name, kind):
                if doc.doc_id not in seen:
                    seen.add(doc.doc_id)
                    yield doc

    def every_meeting(self) -> Iterator[Meeting]:
        """Every meeting there has ever been (for exports and checks)."""
        return (m for doc in self._every(MEETINGS) if (m := self._model(Meeting, doc)) is not None)

    def every_action(self) -> Iterator[Action]:
        """Every agreed action there has ever been (for exports and checks)."""
        return (a for doc in self._every(ACTIONS) if (a := self._model(Action, doc)) is not None)

    def meeting_starts(self) -> dict[str, datetime]:
        """When each meeting there has ever been started, by id (small: for linking ideas to meetings)."""
        return {str(doc.doc_id): datetime.fromisoformat(doc["start"]) for doc in self._every(MEETINGS)}

    # Ideas -----------------------------------------------------------------------

    def open_ideas(self) -> list[Idea]:
        """Ideas still in progress, newest first."""
        return _newest_first(self._models(Idea, self._live(IDEAS)))

    def _archives_holding(self, idea_ids: Collection[str]) -> Iterator[tuple[str, set[str]]]:
        """The archive files holding some of these closed ideas, with which, from the idea index: the newest first."""
        wanted = set(idea_ids)
        index = self._projected(INDEX_FILE, IDEA_INDEX, _Listed) if wanted else {}
        for name in sorted(index, reverse=True):
            listed = index[name].ids + " "  # each id after a space: " a b c "
            if here := {idea_id for idea_id in wanted if f" {idea_id} " in listed}:
                yield name, here
                wanted -= here
                if not wanted:
                    return

    def idea(self, idea_id: str) -> Idea | None:
        """One idea by id, open or archived."""
        found = self._live(IDEAS).get(doc_id=idea_id)
        if found is None and (archive := next(self._archives_holding([idea_id]), None)) is not None:
            found = self.folder.table(archive[0], IDEAS).get(doc_id=idea_id)
        return self._model(Idea, found)

    def ideas_by_id(self, idea_ids: Collection[str]) -> dict[str, Idea]:
        """The ideas with these ids that exist, open or archived (each archive file read once, only these decoded)."""
        found = self._ideas_in(LIVE, idea_ids)
        for name, here in self._archives_holding(set(idea_ids) - set(found)):
            found.update(self._ideas_in(name, here))
        return found

    def _ideas_in(self, name: str, idea_ids: Collection[str]) -> dict[str, Idea]:
        """The ideas with these ids in one file: an archive file the index names is only looked into (``peek``)."""
        with suppress(ValueError):  # a document its model refuses: read the file as usual, which reports it
            if name != LIVE and (peeked := self.folder.peek(name, IDEAS, idea_ids)) is not None:
                return {i: Idea.from_dict(doc) for i, doc in peeked.items()}
        documents = self._documents(name, IDEAS, idea_ids)
        return {i: idea for i, doc in documents.items() if (idea := self._model(Idea, doc)) is not None}

    def idea_by_number(self, number: int) -> Idea | None:
        """The idea with this reference number: the live file, else the one archive file it belongs in."""
        found = self._live(IDEAS).search(Q.number == number) or self.folder.table(idea_file(number), IDEAS).search(
            Q.number == number
        )
        return self._model(Idea, found[0]) if found else None

    def idea_archives(self) -> list[str]:
        """Archive files of closed ideas, newest references first."""
        return sorted((n for n in self.folder.files(ARCHIVE) if n.startswith(f"{ARCHIVE}/ideas-")), reverse=True)

    def ideas_newest_first(self, *, closed_too: bool = True) -> Iterator[Idea]:
        """Every idea, highest reference first, reading one archive file at a time (for lists and exports)."""
        seen = set()
        for idea in self.open_ideas():
            seen.add(idea.id)
            yield idea
        for archive in self.idea_archives() if closed_too else []:
            documents = [doc for doc in self.folder.table(archive, IDEAS) if str(doc.doc_id) not in seen]
            yield from _newest_first(self._models(Idea, documents))

    def all_ideas(self) -> list[Idea]:
        """Every idea, open and archived, newest first."""
        return _newest_first(list(self.ideas_newest_first()))

    # Audit and notices -------------------------------------------------------------

    def audit_entries(self, year: int) -> list[AuditEntry]:
        """Staff changes of a year, oldest first."""
        documents = self.folder.table(archive_file(AUDIT, year), AUDIT).all() + self._live(AUDIT).all()
        entries = {e.id: e for e in self._models(AuditEntry, documents) if e.at.year == year}
        return sorted(entries.values(), key=lambda e: e.at)

    def audit_years(self) -> list[int]:
        """Years that have an audit trail, newest first."""
        years = {int(n.rsplit("-", 1)[1]) for n in self.folder.files(ARCHIVE) if n.startswith(f"{ARCHIVE}/audit-")}
        years |= {local(e.at).year for e in self._models(AuditEntry, self._live(AUDIT).all())}
        return sorted(years, reverse=True)

    def saving_problem(self) -> str:
        """Why the kiosk cannot save right now, in the user's language; '' when it can."""
        import shutil

        try:
            with self.folder.locked():
                pass
            if shutil.disk_usage(self.path).free < LOW_DISK_BYTES:
                return gettext("The disk is almost full: ideas may soon no longer be saved.")
        except StorageError as error:
            return error.translated()
        except OSError as error:
            return str(error)
        return ""

    def notices(self, *, unacknowledged_only: bool = True) -> list[Notice]:
        """Repairs of damaged files that staff should know of, newest first."""
        found = self._models(Notice, self._live(NOTICES).all())
        return sorted(
            (n for n in found if not (unacknowledged_only and n.acknowledged)), key=lambda n: n.at, reverse=True
        )

    def _notice_recovery(self, recovery: Recovery) -> None:
        """Write a repaired file's notice and audit entry, and mend what depends on the live file."""
        from kiosk.core.model import new_id

        notice = Notice(
            at=recovery.at,
            file=recovery.file,
            kept_as=str(recovery.kept_as or ""),
            backup=str(recovery.backup or ""),
            restored=recovery.restored,
            merged_back=recovery.merged_back,
            unreadable=recovery.unreadable,
            id=new_id(),
        )
        try:
            with self.transaction() as tx:
                tx.put(NOTICES, notice.to_dict())
                record_audit(
                    tx,
                    recovery.at,
                    "kiosk",
                    "repaired damaged file",
                    file=recovery.file,
                    restored=recovery.restored,
                    merged_back=recovery.merged_back,
                    unreadable=recovery.unreadable,
                )
                if recovery.file == LIVE:
                    self.mend(tx)
        except Exception:
            pass

    def highest_number(self, counter: str) -> int:
        """The last number a counter handed out."""
        found = self._live(META).get(doc_id=f"counter:{counter}")
        return found["value"] if found else 0

    def mend(self, tx: Transaction, *, at_least: int = 0) -> None:
        """After the live file came back from a backup: rebuild the archive index, never reuse a number.

        The idea counter becomes at least ``at_least`` and at least the highest reference kept anywhere.
        """
        index = tx.table(IDEA_INDEX, file=INDEX_FILE)
        highest = max((doc.get("number", 0) for doc in tx.table(IDEAS).all()), default=at_least)
        highest = max(highest, at_least)
        live_ids = tx.table(IDEAS)
        for archive in self.idea_archives():
            documents = self.folder.table(archive, IDEAS).all()
            index.upsert(document({"ids": "".join(f" {doc.doc_id}" for doc in documents)}, archive))
            live_ids.remove(doc_ids=[str(doc.doc_id) for doc in documents])  # archived copies win
            highest = max([highest, *(doc.get("number", 0) for doc in documents)])
        counter = tx.table(META).get(doc_id=f"counter:{IDEA_COUNTER}")
        if counter is None or counter["value"] < highest:
            tx.table(META).upsert(document({"value": highest}, f"counter:{IDEA_COUNTER}"))

    def acknowledge_notice(self, notice_id: str, *, actor: str = "staff") -> None:
        """Staff have read a repair notice: it leaves the staff home screen (the audit keeps it)."""
        with self.transaction() as tx:
            found = tx.get(NOTICES, notice_id)
            if found is not None:
                found["acknowledged"] = self.now().isoformat()
                tx.put(NOTICES, found)
                record_audit(tx, self.now(), actor, "acknowledge notice", file=found.get("file", ""))

    # Archiving ----------------------------------------------------------------------

    def _archive_closed(self, written: Mapping[str, Any]) -> None:
        """After a transaction that closed records: copy them to their archives, then drop them from the live file.

        This runs as a transaction of its own, after the one that closed them, so a crash leaves two
        equal copies, and a reader may take either. Only the tables the transaction touched are looked
        through, and every table on the day's first write: records that age into their archive
        (a meeting held six months ago) go by the next day, however quiet their table is.
        """
        if LIVE not in written:
            return
        today = self.now().date()
        moves = self._closed_records(None if self._swept != today else written[LIVE])
        self._swept = today
        if not moves and self._live(META).get(doc_id="schema"):
            return
        with self.transaction() as tx:
            tx.put(META, {"id": "schema", "version": SCHEMA_VERSION})
            for kind, archive, documents in moves:
                _put_all(tx.table(kind, file=archive), documents)
                tx.table(kind).remove(doc_ids=[str(doc.doc_id) for doc in documents])
                if kind == IDEAS:
                    self._index_archived(tx, archive, documents)

    def _closed_records(self, among: Mapping[str, Any] | None = None) -> list[tuple[str, str, list[Document]]]:
        """(live table, archive file, documents) of every closed record in the live file (or ``among`` the tables written)."""
        now = self.now()

        def rule(kind: str) -> tuple[QueryLike, Callable[[Document], str]]:
            """Which of a table's records are closed, and the archive file of each (only for the tables looked at)."""
            if kind == IDEAS:
                return Q.state.one_of(_CLOSED_IDEAS), lambda doc: idea_file(doc.get("number", 0))
            if kind == MEETINGS:
                held_long_ago = months_before(now, MEETINGS_KEPT_MONTHS)
                return (
                    Q.start.test(lambda at: datetime.fromisoformat(at) < held_long_ago),
                    lambda doc: archive_file(MEETINGS, _year(doc["start"])),
                )
            if kind == ACTIONS:
                kept = months_before(now, KEPT_MONTHS)
                old = lambda at: at is not None and datetime.fromisoformat(at) < kept  # noqa: E731
                return (
                    ~Q.status.one_of(_OPEN_ACTIONS)
                    & (Q.completed.test(old) | ((Q.completed == None) & Q.created.test(old))),  # noqa: E711 - a TinyDB query, not a comparison
                    lambda doc: archive_file(ACTIONS, _year(doc["completed"] or doc["created"])),
                )
            month = local(now).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
            return Q.at.test(lambda at: datetime.fromisoformat(at) < month), lambda doc: archive_file(
                AUDIT, _year(doc["at"])
            )

        kinds = (IDEAS, MEETINGS, ACTIONS, AUDIT)
        sources: Mapping[str, Iterable[Document]] = (
            {kind: self._all_documents(LIVE, kind) for kind in kinds}
            if among is None
            else {k: [document(d, i) for i, d in among[k].items()] for k in _touched_tables(among) if k in kinds}
        )
        rules = {kind: rule(kind) for kind in sources}
        groups = [
            (kind, rules[kind][1](doc), doc)
            for kind, documents in sources.items()
            for doc in documents
            if rules[kind][0](doc)
        ]
        key = lambda group: group[:2]  # noqa: E731
        return [
            (kind, archive, [g[2] for g in same]) for (kind, archive), same in groupby(sorted(groups, key=key), key=key)
        ]

    def _index_archived(self, tx: Transaction, archive: str, documents: list[Document]) -> None:
        """Note archived ideas in the live index (so an id leads to its file), and date their contact keys."""
        index = tx.table(IDEA_INDEX, file=INDEX_FILE)
        known = (index.get(doc_id=archive) or {"ids": ""})["ids"]
        added = "".join(f" {doc.doc_id}" for doc in documents if f" {doc.doc_id} " not in known + " ")
        index.upsert(document({"ids": known + added}, archive))
        closed = {doc.doc_id: doc.get("closed") for doc in documents if doc.get("sealed_contact")}
        if closed:  # the retention period of a contact counts from when its idea closed
            tx.table(KEYS, file=KEYS).update(lambda key: key.update(closed=closed[key["id"]]), doc_ids=list(closed))


def _touched_tables(data: Mapping[str, Any]) -> set[str]:
    """The tables of a written file that its transaction may have changed: those decoded or put into (the rest are as read)."""
    return data.changed() if isinstance(data, Tables) else set(data)


def _year(moment: str) -> int:
    return local(datetime.fromisoformat(moment)).year


def _put_all(table: RecordTable, documents: list[Document]) -> None:
    """Insert or replace these documents in one table write."""
    table.remove(doc_ids=[str(doc.doc_id) for doc in documents])
    table.insert_multiple(document(dict(doc), str(doc.doc_id)) for doc in documents)
