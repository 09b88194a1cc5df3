"""Crash-safe storage: a data folder of TinyDB JSON files, one file per collection, shared by processes.

A transaction holds the folder's lock file, reads fresh data, and saves every collection it changed
together or nothing (``kiosk.core.backup`` does the durable writing). Reads outside a transaction take
no lock and parse a file only when it has changed on disk (``kiosk.core.filecache``). Opening the
folder parses nothing but its small ``_meta.json``: each collection is checked, and recovered from a
backup if it is damaged, the first time it is read or written (``verify_all`` checks them all).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from filelock import FileLock, Timeout

from kiosk.core import backup
from kiosk.core.backup import AtomicJSONStorage, DamagedFile, Tables, parse_tables
from kiosk.core.clock import HELSINKI, local
from kiosk.core.errors import StorageError
from kiosk.core.filecache import FileCache, Token
from kiosk.core.i18n import N_
from kiosk.core.transaction import COLLECTION_NAME, META, Transaction, check_collection_name, clone

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AtomicJSONStorage",
    "CorruptFileRecovered",
    "DamagedFile",
    "DataFolder",
    "Snapshot",
    "Transaction",
    "check_collection_name",
]

SCHEMA_VERSION = 1
"""The layout version this code reads and writes, kept in the folder's ``_meta.json``."""

_NO_RECORDS: Mapping[str, dict[str, Any]] = MappingProxyType({})


@dataclass(frozen=True)
class CorruptFileRecovered:
    """A damaged file found when first read: where it was set aside, and the backup that replaced it (if any)."""

    collection: str
    moved_to: Path
    restored_from: Path | None


@dataclass(frozen=True)
class Snapshot:
    """A collection as saved, without copying: the records are the read cache's own, so never change them."""

    token: Hashable
    """Changes whenever the collection's file changes (equal tokens, equal records); ``DataFolder.version``."""
    records: Mapping[str, dict[str, Any]]
    """Record id -> record, in file order; a read-only view, and the record dicts must not be changed."""


def _schema_version_of(meta: Mapping[str, dict]) -> int | None:
    record = meta.get("meta", {}).get("schema_version")
    if record is None:
        return None
    value = record.get("value")
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"bad schema version {value!r}")
    return value


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
        backup_on_open: bool = True,
    ) -> None:
        if backup_keep < 1:
            raise ValueError("backup_keep must be at least 1")
        self.path = Path(path)
        """Where the collection files live."""
        self.warnings: list[CorruptFileRecovered] = []
        """Damaged files set aside and restored so far: each collection is checked when it is first read
        or written (``verify_all`` checks every one), so this grows as the folder is used."""
        self.backup_keep = backup_keep
        """How many backups rotation keeps in the default backup folder."""
        self._now = now or _helsinki_now
        self._cache = FileCache()
        self._local = threading.local()
        # Collections seen whole (or recovered) by this folder: damage found later is an error, not a recovery.
        self._checked: set[str] = set()
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
            self._migrate()  # reads only the small _meta.json (checking it like any first read)
        if backup_on_open:
            self.daily_backup()

    # Reading, without the lock ---------------------------------------------

    def all(self, collection: str) -> list[dict[str, Any]]:
        """Every record of a collection as saved (not a running transaction's changes); [] if none."""
        return clone(list(self.snapshot(collection).records.values()))

    def get(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """One saved record by id (a dict lookup once the file is parsed), or None."""
        record = self.snapshot(collection).records.get(record_id)
        return None if record is None else clone(record)

    def snapshot(self, collection: str) -> Snapshot:
        """The collection as saved, without copying a record: callers must never change what they get.

        A missing collection has no records and a token that stays the same until its file appears.
        """
        token, tables = self._read(check_collection_name(collection))
        table = tables.get(collection)
        return Snapshot(token, _NO_RECORDS if table is None else MappingProxyType(table))

    def version(self, collection: str) -> Hashable:
        """The token ``snapshot(collection)`` would have now, from one ``stat`` (nothing is parsed)."""
        return self._cache.token(self._file_of(check_collection_name(collection)))

    def collections(self, prefix: str = "") -> list[str]:
        """Names of the collections that exist, sorted, optionally only those starting with ``prefix``."""
        try:
            stems = [entry.name[: -len(".json")] for entry in self.path.iterdir() if entry.name.endswith(".json")]
        except OSError as error:
            raise StorageError(N_("Could not read {path}"), path=str(self.path)) from error
        return sorted(s for s in stems if COLLECTION_NAME.fullmatch(s) and s.startswith(prefix))

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
        """Zip every data file into ``dest_dir`` (default: the rotated ``backups`` folder); returns the zip.

        Every file is checked first (``verify_all``), so a damaged file is recovered, not backed up: once
        rotation has dropped the older backups, a damaged copy would be no copy at all.
        """
        self.verify_all()
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
        """Take a backup unless one was already taken today; returns it, or None.

        With ``backup_on_open=False`` the app calls this itself, in a background thread after its first frame.
        """
        if self._backed_up_today():
            return None
        self.verify_all()  # before the lock, so writers wait only for the zip
        with self._locked():
            return None if self._backed_up_today() else self.backup_now()

    def verify_all(self) -> list[CorruptFileRecovered]:
        """Check every data file now, recovering a damaged one as its first read would; returns ``warnings``.

        Files already in memory are not parsed again; the others are parsed one at a time and let go.
        """
        for stem in self._data_stems():
            try:
                self._cache.verify(self._file_of(stem))
            except DamagedFile:
                self._recover_if_damaged(stem)
            self._checked.add(stem)
        return list(self.warnings)

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

    def _tables(self, stem: str) -> Tables:
        """The file's tables as saved; shared with the cache, so never to be changed."""
        return self._read(stem)[1]

    def _read(self, stem: str) -> tuple[Token, Tables]:
        """The file's token and tables as saved; shared with the cache, so never to be changed.

        The first time this folder reads a collection, a damaged file is set aside and restored from
        a backup (in ``warnings``); once a collection was read whole, later damage raises DamagedFile.
        """
        path = self._file_of(stem)
        try:
            found = self._cache.read(path)
        except DamagedFile:
            if stem in self._checked:
                raise
            self._recover_if_damaged(stem)
            found = self._cache.read(path)
        self._checked.add(stem)
        return found

    def _commit(self, changes: dict[str, Tables], deletions: list[str] | None = None) -> None:
        files = {self._file_of(stem).name: tables for stem, tables in changes.items()}
        backup.commit_files(self.path, files, [self._file_of(stem).name for stem in deletions or []])
        for stem, tables in changes.items():
            self._cache.remember_written(self._file_of(stem), tables)

    def _backed_up_today(self) -> bool:
        today = local(self._now()).date()
        return any(backup.backup_date(path) == today for path in self.list_backups())

    def _recover_if_damaged(self, stem: str) -> None:
        """Set the file aside and restore it from a backup if it is still damaged under the lock."""
        with self._locked():
            backup.finish_interrupted_commit(self.path)
            try:
                # Another thread or process may have recovered it while this one waited for the lock.
                self._cache.verify(self._file_of(stem))
            except DamagedFile:
                self.warnings.append(self._recover(stem))
            self._checked.add(stem)

    def _recover(self, stem: str) -> CorruptFileRecovered:
        moved_to, source = backup.recover_damaged(self._file_of(stem), local(self._now()), self.list_backups())
        return CorruptFileRecovered(stem, moved_to, source)

    def _read_backup_contents(self, path: Path) -> dict[str, Tables]:
        contents: dict[str, Tables] = {}
        for name, raw in backup.read_backup(path).items():
            stem = name.removesuffix(".json")
            try:
                if stem == name or not (stem == META or COLLECTION_NAME.fullmatch(stem)):
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
            version = _schema_version_of(self._tables(META))
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
