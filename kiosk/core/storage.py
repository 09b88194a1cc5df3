"""Crash-safe storage: a data folder of TinyDB JSON files, one file per collection, shared by processes.

A transaction holds the folder's lock file, reads fresh data, and saves every collection it changed
together or nothing (``kiosk.core.backup`` does the durable writing). Reads outside a transaction take
no lock and parse a file only when it has changed on disk.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from kiosk.core import backup
from kiosk.core.backup import AtomicJSONStorage, DamagedFile, Tables, parse_tables
from kiosk.core.clock import HELSINKI, local
from kiosk.core.errors import StorageError
from kiosk.core.i18n import N_

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AtomicJSONStorage",
    "CorruptFileRecovered",
    "DamagedFile",
    "DataFolder",
    "Transaction",
    "check_collection_name",
]

SCHEMA_VERSION = 1
"""The layout version this code reads and writes, kept in the folder's ``_meta.json``."""

META = "_meta"
"""File stem of the folder's own data (schema version, counters); no collection can have this name."""

_COLLECTION_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_JSON_OPTIONS: dict[str, Any] = {"ensure_ascii": False, "allow_nan": False}


@dataclass(frozen=True)
class CorruptFileRecovered:
    """A damaged file found at start-up: where it was set aside, and the backup that replaced it (if any)."""

    collection: str
    moved_to: Path
    restored_from: Path | None


def check_collection_name(name: str) -> str:
    """``name`` if it is a valid collection name (it becomes a file name), else ValueError."""
    if not isinstance(name, str) or not _COLLECTION_NAME.fullmatch(name):
        raise ValueError(f"Invalid collection name {name!r}: use lowercase letters, digits, '-' and '_'")
    return name


def _clone(value: Any) -> Any:
    # A pickle round trip is the quickest deep copy of JSON-shaped data (about 4x copy.deepcopy).
    return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def _schema_version_of(meta: Mapping[str, dict]) -> int | None:
    record = meta.get("meta", {}).get("schema_version")
    if record is None:
        return None
    value = record.get("value")
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"bad schema version {value!r}")
    return value


class _TransactionStorage(Storage):
    """One file as a transaction sees it: loaded once under the lock, changed in memory until commit."""

    def __init__(self, tables: Mapping[str, dict]) -> None:
        super().__init__()
        # Two levels suffice: records are replaced whole, never changed in place, so the folder's
        # cached copy stays as it was on disk.
        self.tables: Tables = {name: dict(table) for name, table in tables.items()}
        self.changed = False

    def read(self) -> Tables:
        """The tables with this transaction's changes."""
        return self.tables

    def write(self, data: Tables) -> None:
        """Keep TinyDB's change in memory until the transaction commits."""
        self.tables = data
        self.changed = True


class _RecordTable(Table):
    """A TinyDB table keyed by each record's own ``id`` string instead of TinyDB's counter."""

    document_id_class = str

    def put(self, record: dict[str, Any]) -> None:
        """Insert the record or replace it whole, keeping its place in the file."""

        def replace(table: dict) -> None:
            table[record["id"]] = record

        self._update_table(replace)


class _CollectionDatabase(TinyDB):
    """A TinyDB over one file whose tables are keyed by record id."""

    table_class = _RecordTable


class Transaction:
    """Reads and changes under the folder lock: saved together when the block ends, dropped if it raises."""

    def __init__(self, folder: DataFolder) -> None:
        self._folder = folder
        self._files: dict[str, _TransactionStorage] = {}
        self._databases: dict[str, TinyDB] = {}
        self._open = True

    def all(self, collection: str) -> list[dict[str, Any]]:
        """Every record of the collection, including this transaction's own changes."""
        table = self._table(check_collection_name(collection))
        return _clone([dict(record) for record in table.all()])

    def get(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """One record by id (seeing this transaction's changes), or None."""
        record = self._table(check_collection_name(collection)).get(doc_id=record_id)
        return None if record is None else _clone(dict(record))

    def put(self, collection: str, record: dict[str, Any]) -> None:
        """Insert the record, or replace the one with the same ``id``."""
        table = self._table(check_collection_name(collection))
        record_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(record_id, str) or not record_id:
            raise ValueError("A record must be a dict with a non-empty string 'id'")
        try:
            # The round trip proves the record can be saved, and detaches it from the caller's dict.
            stored = json.loads(json.dumps(record, **_JSON_OPTIONS))
        except (TypeError, ValueError) as error:
            raise ValueError(f"Record {record_id!r} cannot be saved as JSON: {error}") from error
        if table.get(doc_id=record_id) != stored:
            table.put(stored)

    def delete(self, collection: str, record_id: str) -> None:
        """Remove the record with this id; nothing happens if there is none."""
        table = self._table(check_collection_name(collection))
        if table.contains(doc_id=record_id):
            table.remove(doc_ids=[record_id])

    def next_number(self, counter: str) -> int:
        """The next number (1, 2, 3, ...) of a named counter kept in the small ``_meta.json``."""
        if not isinstance(counter, str) or not counter:
            raise ValueError("A counter needs a non-empty name")
        counters = self._table(META, "counters")
        current = counters.get(doc_id=counter)
        number = (current["value"] if current else 0) + 1
        counters.put({"id": counter, "value": number})
        return number

    def _set_schema_version(self, version: int) -> None:
        self._table(META, "meta").put({"id": "schema_version", "value": version})

    def _table(self, stem: str, table_name: str | None = None) -> _RecordTable:
        if not self._open:
            raise RuntimeError("This transaction has already ended")
        database = self._databases.get(stem)
        if database is None:
            # Fresh TinyDB objects per transaction, so no TinyDB cache outlives the lock.
            storage = _TransactionStorage(self._folder._snapshot(stem))
            self._files[stem] = storage
            database = self._databases[stem] = _CollectionDatabase(storage=lambda: storage)
        return database.table(table_name or stem, cache_size=0)

    def _changes(self) -> dict[str, Tables]:
        return {stem: storage.tables for stem, storage in self._files.items() if storage.changed}

    def _savepoint(self) -> dict[str, tuple[Tables, bool]]:
        return {
            stem: ({name: dict(table) for name, table in storage.tables.items()}, storage.changed)
            for stem, storage in self._files.items()
        }

    def _rollback_to(self, savepoint: dict[str, tuple[Tables, bool]]) -> None:
        for stem in list(self._files):
            if stem in savepoint:
                self._files[stem].tables, self._files[stem].changed = savepoint[stem]
            else:
                del self._files[stem], self._databases[stem]

    def _close(self) -> None:
        self._open = False
        self._files.clear()
        self._databases.clear()


def _adopt_unversioned_folder(folder: DataFolder) -> None:
    """Version 0 -> 1: folders from before versioning already have the version-1 layout."""


MIGRATIONS: dict[int, Callable[[DataFolder], None]] = {0: _adopt_unversioned_folder}
"""Upgrade steps by the version they start from. Each runs in a transaction with the version bump;
inside it ``folder.transaction()`` joins that transaction, so a step is saved whole or not at all."""


def _helsinki_now() -> datetime:
    return datetime.now(HELSINKI)


class DataFolder:
    """The kiosk's data folder: collections of records, safe against crashes and concurrent processes."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        now: Callable[[], datetime] | None = None,
        backup_keep: int = 14,
        lock_timeout: float = 30.0,
    ) -> None:
        if backup_keep < 1:
            raise ValueError("backup_keep must be at least 1")
        self.path = Path(path)
        """Where the collection files live."""
        self.warnings: list[CorruptFileRecovered] = []
        """Damaged files that were set aside and restored when the folder was opened."""
        self.backup_keep = backup_keep
        """How many backups rotation keeps in the default backup folder."""
        self._now = now or _helsinki_now
        self._cache = backup.FileCache()
        self._local = threading.local()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(N_("Could not create the data folder {path}"), path=str(self.path)) from error
        # A short poll keeps a waiting process from being starved by one that commits in a loop.
        self._lock = FileLock(self.path / ".lock", timeout=lock_timeout, poll_interval=0.002)
        with self._locked():
            backup.finish_interrupted_commit(self.path)
            # Under the lock, every temp file is a crash's leftover: live writers hold the lock.
            backup.remove_temp_files(self.path)
            backup.remove_temp_files(self._backup_dir)
            self._recover_damaged_files()
            self._migrate()
            self.daily_backup()

    # Reading, without the lock ---------------------------------------------

    def all(self, collection: str) -> list[dict[str, Any]]:
        """Every record of a collection as saved (not a running transaction's changes); [] if none."""
        table = self._snapshot(check_collection_name(collection)).get(collection, {})
        return _clone(list(table.values()))

    def get(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """One saved record by id, or None."""
        record = self._snapshot(check_collection_name(collection)).get(collection, {}).get(record_id)
        return None if record is None else _clone(record)

    def collections(self, prefix: str = "") -> list[str]:
        """Names of the collections that exist, sorted, optionally only those starting with ``prefix``."""
        try:
            stems = [entry.name[: -len(".json")] for entry in self.path.iterdir() if entry.name.endswith(".json")]
        except OSError as error:
            raise StorageError(N_("Could not read {path}"), path=str(self.path)) from error
        return sorted(s for s in stems if _COLLECTION_NAME.fullmatch(s) and s.startswith(prefix))

    # Writing, under the lock -------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Lock the folder, read fresh data, and save the changed collections when the block ends cleanly."""
        outer: Transaction | None = getattr(self._local, "transaction", None)
        if outer is not None:
            # A nested block joins the open transaction; if it raises, only its own changes are undone.
            savepoint = outer._savepoint()
            try:
                yield outer
            except BaseException:
                outer._rollback_to(savepoint)
                raise
            return
        with self._locked():
            backup.finish_interrupted_commit(self.path)
            transaction = Transaction(self)
            self._local.transaction = transaction
            try:
                yield transaction
                self._commit(transaction._changes())
            finally:
                self._local.transaction = None
                transaction._close()

    # Backups ---------------------------------------------------------------

    def backup_now(self, dest_dir: Path | None = None) -> Path:
        """Zip every data file into ``dest_dir`` (default: the rotated ``backups`` folder); returns the zip."""
        with self._locked():
            backup.finish_interrupted_commit(self.path)
            files = [self._file_of(stem) for stem in self._data_stems()]
            if dest_dir is not None:
                # An export (a USB stick, say) is the user's folder: nothing is rotated away there.
                return backup.take_backup(files, Path(dest_dir), local(self._now()))
            taken = backup.take_backup(files, self._backup_dir, local(self._now()))
            backup.prune_backups(self._backup_dir, self.backup_keep)
            return taken

    def daily_backup(self) -> Path | None:
        """Take a backup unless one was already taken today; returns it, or None."""
        with self._locked():
            today = local(self._now()).date()
            if any(backup.backup_date(path) == today for path in self.list_backups()):
                return None
            return self.backup_now()

    def list_backups(self) -> list[Path]:
        """The backups in the default backup folder, newest first."""
        return backup.list_backups(self._backup_dir)

    def restore(self, backup_path: Path) -> None:
        """Replace every collection with the backup's, after backing up the current state."""
        if getattr(self._local, "transaction", None) is not None:
            raise RuntimeError("restore() cannot run inside a transaction")
        contents = self._read_backup_contents(Path(backup_path))
        with self._locked():
            backup.finish_interrupted_commit(self.path)
            self.backup_now()
            obsolete = set(self._data_stems()) - set(contents)
            self._commit(contents, deletions=sorted(obsolete))
            self._migrate()

    def close(self) -> None:
        """Let go of the open files that keep the read cache honest."""
        self._cache.close()

    def __enter__(self) -> DataFolder:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Internals -------------------------------------------------------------

    @property
    def _backup_dir(self) -> Path:
        return self.path / "backups"

    def _file_of(self, stem: str) -> Path:
        return self.path / f"{stem}.json"

    def _data_stems(self) -> list[str]:
        return ([META] if self._file_of(META).exists() else []) + self.collections()

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self._lock.acquire()
        except Timeout as error:
            raise StorageError(N_("The data folder {path} is busy; try again"), path=str(self.path)) from error
        try:
            yield
        finally:
            self._lock.release()

    def _snapshot(self, stem: str) -> Tables:
        """The file's tables as saved; shared with the cache, so never to be changed."""
        return self._cache.tables(self._file_of(stem))

    def _commit(self, changes: dict[str, Tables], deletions: list[str] | None = None) -> None:
        files = {self._file_of(stem).name: tables for stem, tables in changes.items()}
        backup.commit_files(self.path, files, [self._file_of(stem).name for stem in deletions or []])
        for stem, tables in changes.items():
            self._cache.remember_written(self._file_of(stem), tables)

    def _recover_damaged_files(self) -> None:
        for stem in self._data_stems():
            try:
                self._snapshot(stem)
            except DamagedFile:
                self.warnings.append(self._recover(stem))

    def _recover(self, stem: str) -> CorruptFileRecovered:
        path = self._file_of(stem)
        moved_to = backup.set_aside(path, local(self._now()))
        return CorruptFileRecovered(stem, moved_to, backup.restore_good_copy(path, self.list_backups()))

    def _read_backup_contents(self, path: Path) -> dict[str, Tables]:
        contents: dict[str, Tables] = {}
        for name, raw in backup.read_backup(path).items():
            stem = name.removesuffix(".json")
            try:
                if stem == name or not (stem == META or _COLLECTION_NAME.fullmatch(stem)):
                    raise ValueError(f"unexpected file {name!r}")
                contents[stem] = parse_tables(raw)
                version = _schema_version_of(contents[stem]) if stem == META else None
            except ValueError as error:
                raise StorageError(N_("The backup {path} is damaged"), path=str(path)) from error
            if version is not None and version > SCHEMA_VERSION:
                raise StorageError(N_("The backup {path} was made by a newer version of the kiosk"), path=str(path))
        return contents

    def _migrate(self) -> None:
        """Bring the folder to SCHEMA_VERSION, one MIGRATIONS step (and one transaction) at a time."""
        try:
            version = _schema_version_of(self._snapshot(META))
        except ValueError as error:
            raise DamagedFile(N_("The file {path} is damaged"), path=str(self._file_of(META))) from error
        if version is None:
            # No version means a new folder, or one from before versions were recorded.
            version = 0 if self.collections() else SCHEMA_VERSION
            if version == SCHEMA_VERSION:
                with self.transaction() as transaction:
                    transaction._set_schema_version(version)
        if version > SCHEMA_VERSION:
            raise StorageError(
                N_("The data folder {path} was written by a newer version of the kiosk"), path=str(self.path)
            )
        if version < SCHEMA_VERSION:
            self.backup_now()
        while version < SCHEMA_VERSION:
            self._run_migration(version)
            version += 1

    def _run_migration(self, version: int) -> None:
        step = MIGRATIONS.get(version)
        try:
            if step is None:
                raise LookupError(f"no migration from version {version}")
            with self.transaction() as transaction:
                step(self)
                transaction._set_schema_version(version + 1)
        except StorageError:
            raise
        except Exception as error:
            raise StorageError(
                N_("Could not upgrade the data folder {path} from version {version}"),
                path=str(self.path),
                version=version,
            ) from error
