"""The data folder: TinyDB databases in crash-safe files, shared by threads and processes.

Every file is a TinyDB database (a table per collection, documents keyed by the records'
own ids) read and written through ``FolderStorage``, the one storage class the kiosk
needs. Reads take no lock and parse a file again only when another file has taken its
name. Writes happen inside ``transaction()``: it holds the folder's lock file, gives the
block fresh copies of the files it touches, and when the block ends writes each changed
file whole (``write_atomic``), the live file last. So a crash between two files can
leave a record in two files, but never in neither: no journal is needed (the store moves
closed records in a transaction of their own, so both copies are the same).

A file that does not parse, or holds a record its model refuses, is damage. The first
read of it sets the bytes aside in ``damaged/`` (never overwritten), starts again from
the newest backup that has a good copy, and merges back every record of the damaged file
that can still be read; ``recoveries`` and the ``on_recovery`` hooks report it.
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import msgspec
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from kiosk.core import backup
from kiosk.core.errors import StorageError
from kiosk.core.files import private_dir, remove_temp_files, storage_error, write_atomic
from kiosk.core.i18n import N_

Data = dict[str, dict[str, dict[str, Any]]]
"""One file's content as TinyDB holds it: table name -> document id -> document."""
Validator = Callable[[Mapping[str, Any]], object]
"""Checks one document of a table; raises ValueError when the model refuses it."""

LIVE = "kiosk"
"""The live database: everything current. Its write is the commit point of a transaction."""
ARCHIVE = "archive"
"""Folder of the databases of closed records."""
CACHED_ARCHIVES = 2
"""Archive files kept parsed in memory besides the live and keys files (the newest used)."""
END = "~end"
"""The last table of every file: how many documents it holds, so a cut or edited file is known."""
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}(/[a-z0-9][a-z0-9_-]{0,63})?")
_HEADER = re.compile(rb'^\{?("(?:[^"\\]|\\.)*"):\{$')


class RecordTable(Table):
    """A TinyDB table whose document ids are the records' own string ids."""

    document_id_class = str


class Database(TinyDB):
    """A TinyDB database over one file of the data folder."""

    table_class = RecordTable


@dataclass(frozen=True)
class Recovery:
    """What happened to one damaged file: where its bytes went and how many records came back."""

    file: str
    at: datetime
    kept_as: Path | None
    backup: Path | None
    restored: int
    """Records taken from the backup (none of the damaged file's own readable records replaced them)."""
    merged_back: int
    """Records of the damaged file that were newer than the backup or missing from it."""
    unreadable: int
    """Records (or lines) of the damaged file that could not be read."""
    saved: bool = True
    """False when the folder could not be written: the repair lives in memory only."""


class FolderStorage(Storage):
    """A TinyDB storage for one file of a DataFolder: cached reads, writes staged in a transaction."""

    def __init__(self, folder: DataFolder, name: str) -> None:
        super().__init__()
        self._folder = folder
        self._name = name

    def read(self) -> Data:
        """The file's tables: this thread's transaction copy, else the file as saved."""
        return self._folder._data_for(self._name)

    def write(self, data: Data) -> None:
        """Keep TinyDB's change until the transaction ends (writing outside one is refused)."""
        self._folder._stage(self._name, data)


@dataclass
class _Cached:
    """A parsed file, and the open file that keeps its inode from being reused while cached."""

    key: tuple[int, int, int]
    pin: IO[bytes]
    data: Data


@dataclass
class _Transaction:
    """One thread's open transaction: the files it read (its own copies) and those it changed."""

    files: dict[str, Data] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    depth: int = 0
    failed: bool = False


def _file_key(status: os.stat_result) -> tuple[int, int, int]:
    return status.st_ino, status.st_size, status.st_mtime_ns


def encode(data: Data) -> Iterator[bytes]:
    """A file's bytes: one document a line (a cut file loses a line), the meta table first, the count last."""
    dump = msgspec.json.encode
    tables = sorted(((name, table) for name, table in data.items() if name != END), key=lambda item: item[0] != "meta")
    yield b"{"
    for name, table in tables:
        yield dump(name) + b":{"
        yield b",".join(b"\n" + dump(doc_id) + b":" + dump(doc) for doc_id, doc in table.items())
        yield b"\n},\n"
    count = sum(len(table) for _name, table in tables)
    yield dump(END) + b":{\n" + dump({"~": {"documents": count}})[1:-1] + b"\n}}\n"


def decode_whole(raw: bytes) -> Data | None:
    """A file's tables if it parses, has the TinyDB layout and holds the count it ends with; else None."""
    try:
        data = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        return None
    if not _is_tinydb_shape(data):
        return None
    end = data.pop(END, None)
    if end != {"~": {"documents": sum(len(table) for table in data.values())}}:
        return None
    return data


def _is_tinydb_shape(data: object) -> bool:
    return isinstance(data, dict) and all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values()) for table in data.values()
    )


class DataFolder:
    """The kiosk's data folder: TinyDB databases that survive crashes, damage and concurrent writers."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        validators: Mapping[str, Validator] | None = None,
        now: Callable[[], datetime],
        durable: bool = True,
        lock_timeout: float = 30.0,
    ) -> None:
        self.path = Path(path)
        """Where the files live."""
        self.durable = durable
        """Whether writes are synced to disk (tests of other things may turn it off)."""
        self.recoveries: list[Recovery] = []
        """Damaged files repaired by this process so far."""
        self.after_commit: list[Callable[[set[str]], None]] = []
        """Called with the files written, after a transaction, still under the lock (the store's archiving)."""
        self.on_recovery: list[Callable[[Recovery], None]] = []
        """Called after a damaged file was repaired (the store's notice for staff)."""
        self._validators = dict(validators or {})
        self._now = now
        self._lock_timeout = lock_timeout
        self._lock: Any = None
        self._cleaned = False
        self._cache: OrderedDict[str, _Cached] = OrderedDict()
        self._cache_lock = threading.RLock()
        self._local = threading.local()
        self._databases: dict[str, Database] = {}
        if not self.path.is_dir():
            private_dir(self.path)

    # Databases ---------------------------------------------------------------

    def database(self, name: str) -> Database:
        """The TinyDB database of a file (``kiosk``, ``keys``, ``archive/ideas-0001`` ...)."""
        found = self._databases.get(name)
        if found is None:
            if not _NAME.fullmatch(name):
                raise ValueError(f"not a data file name: {name!r}")
            found = self._databases.setdefault(name, Database(storage=lambda: FolderStorage(self, name)))
        return found

    def table(self, name: str, table: str) -> RecordTable:
        """One TinyDB table of a file, without TinyDB's query cache (other processes write too)."""
        return self.database(name).table(table, cache_size=0)  # type: ignore[return-value]

    def file_path(self, name: str) -> Path:
        """Where a data file is on disk."""
        return self.path / f"{name}.json"

    def files(self, under: str = "") -> list[str]:
        """Names of the data files that exist (``under="archive"``: the archive's, sorted)."""
        folder = self.path / under if under else self.path
        try:
            stems = sorted(entry.name[:-5] for entry in folder.iterdir() if entry.name.endswith(".json"))
        except FileNotFoundError:
            return []
        except OSError as error:
            raise storage_error(error, folder) from error
        names = [f"{under}/{stem}" if under else stem for stem in stems]
        return [name for name in names if _NAME.fullmatch(name)]

    def all_files(self) -> list[str]:
        """Every data file, the live one first (the order backups copy them in)."""
        names = self.files()
        return sorted(names, key=lambda name: name != LIVE) + self.files(ARCHIVE)

    # Transactions ------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Lock the folder; TinyDB reads in the block see fresh data and writes are saved at its end.

        A nested block joins the open one. If any block raises, nothing at all is saved.
        """
        open_one: _Transaction | None = getattr(self._local, "tx", None)
        if open_one is not None:
            open_one.depth += 1
            try:
                yield
            except BaseException:
                open_one.failed = True
                raise
            finally:
                open_one.depth -= 1
            return
        with self.locked():
            transaction = self._local.tx = _Transaction()
            try:
                yield
                if transaction.failed:
                    raise RuntimeError("a nested transaction failed, so nothing was saved")
                self._commit(transaction)
            finally:
                self._local.tx = None
            for hook in self.after_commit:
                hook(transaction.dirty)

    def in_transaction(self) -> bool:
        """Whether this thread is inside a transaction."""
        return getattr(self._local, "tx", None) is not None


    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the folder's lock file (reentrant in one thread); StorageError saying why if it cannot."""
        from filelock import FileLock, Timeout

        if self._lock is None:
            self._lock = FileLock(self.path / ".lock", timeout=self._lock_timeout, mode=0o600, poll_interval=0.005)
        try:
            self._lock.acquire()
        except Timeout as error:
            raise StorageError(N_("The data folder {path} is busy; try again"), path=str(self.path)) from error
        except OSError as error:
            raise storage_error(error, self.path / ".lock") from error
        try:
            if not self._cleaned:
                remove_temp_files(self.path)
                remove_temp_files(self.path / ARCHIVE)
                self._cleaned = True
            yield
        finally:
            self._lock.release()

    def _commit(self, transaction: _Transaction) -> None:
        for name in sorted(transaction.dirty, key=lambda name: name == LIVE):
            data = transaction.files[name]
            write_atomic(self.file_path(name), encode(data), durable=self.durable)
            self._remember(name, data)

    def _stage(self, name: str, data: Data) -> None:
        transaction: _Transaction | None = getattr(self._local, "tx", None)
        if transaction is None:
            raise RuntimeError("TinyDB writes to the data folder happen inside folder.transaction()")
        transaction.files[name] = data
        transaction.dirty.add(name)

    # Reading -----------------------------------------------------------------

    def _data_for(self, name: str) -> Data:
        transaction: _Transaction | None = getattr(self._local, "tx", None)
        if transaction is None:
            return self._saved(name)
        if name not in transaction.files:
            saved = self._saved(name)  # checks (and if need be repairs) the file first
            # A repair's notice may have joined this transaction and staged the file meanwhile.
            if name not in transaction.files:
                transaction.files[name] = self._fresh_copy(name, saved)
        return transaction.files[name]

    def _saved(self, name: str, *, keep: bool = True, repaired: bool = False) -> Data:
        """The file as saved, checked; parsed again only when another file has taken its name."""
        path = self.file_path(name)
        try:
            key = _file_key(os.stat(path))
        except FileNotFoundError:
            self._forget(name)
            return {}
        except OSError as error:
            raise storage_error(error, path) from error
        with self._cache_lock:
            cached = self._cache.get(name)
            if cached is not None and cached.key == key:
                self._cache.move_to_end(name)
                return cached.data
        # Parsing (and any repair, which takes the folder lock) runs outside the cache lock, and
        # the file read is the file pinned, so the cache can never hold one file's data under another's key.
        try:
            handle = open(path, "rb")  # noqa: SIM115 - kept open as the cache's pin
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise storage_error(error, path) from error
        try:
            key, raw = _file_key(os.fstat(handle.fileno())), handle.read()
            data, replaced = self._check(name, raw, repaired=repaired)
        except BaseException:
            handle.close()
            raise
        if replaced:  # the repaired file (with its notice) is on disk now: read that
            handle.close()
            return self._saved(name, keep=keep, repaired=True)
        if not keep:
            handle.close()
            return data
        with self._cache_lock:
            self._forget(name)
            self._cache[name] = _Cached(key, handle, data)
            self._trim()
        return data

    def _fresh_copy(self, name: str, saved: Data) -> Data:
        """A copy of the saved file for a transaction to change, parsed again from the file's bytes."""
        with self._cache_lock:
            cached = self._cache.get(name)
            if cached is not None and cached.data is saved:
                cached.pin.seek(0)
                copy = decode_whole(cached.pin.read())
                if copy is not None:
                    return copy
                # else a repair that could not be saved: copy it from memory
        return msgspec.json.decode(msgspec.json.encode(saved))

    def _remember(self, name: str, data: Data) -> None:
        """Cache what this process just wrote (under the folder lock, so it is the file at the path)."""
        try:
            pin = open(self.file_path(name), "rb")  # noqa: SIM115 - held open while cached
        except OSError:
            self._forget(name)
            return
        with self._cache_lock:
            self._forget(name)
            self._cache[name] = _Cached(_file_key(os.fstat(pin.fileno())), pin, data)
            self._trim()

    def _trim(self) -> None:
        archives = [name for name in self._cache if name.startswith(ARCHIVE + "/")]
        for old in archives[:-CACHED_ARCHIVES] if CACHED_ARCHIVES else archives:
            self._forget(old)

    def _forget(self, name: str) -> None:
        with self._cache_lock:
            cached = self._cache.pop(name, None)
        if cached is not None:
            cached.pin.close()

    def close(self) -> None:
        """Let go of the files the read cache holds open."""
        for name in list(self._cache):
            self._forget(name)

    def __enter__(self) -> DataFolder:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def verify_all(self) -> list[Recovery]:
        """Read and check every data file (one at a time, archives not kept); returns ``recoveries``."""
        for name in self.all_files():
            self._saved(name, keep=name in (LIVE, "keys"))
        return list(self.recoveries)

    # Damage ------------------------------------------------------------------

    def _check(self, name: str, raw: bytes, *, repaired: bool = False) -> tuple[Data, bool]:
        """The file's tables if whole and every document passes its check; else the repair, and whether it is on disk."""
        data = decode_whole(raw)
        if data is not None and not self._invalid_documents(data):
            return data, False
        if repaired:  # a repair that does not pass its own check: never loop
            raise StorageError(N_("The file {path} is damaged"), path=str(self.file_path(name)))
        recovery = self._recover(name, raw)
        return recovery[0], recovery[1].saved

    def _invalid_documents(self, data: Data) -> int:
        bad = 0
        for table, documents in data.items():
            validate = self._validators.get(table)
            if validate is None:
                continue
            for document in documents.values():
                try:
                    validate(document)
                except (ValueError, TypeError):
                    bad += 1
        return bad

    def readable_documents(self, raw: bytes) -> tuple[Data, int]:
        """Every document of damaged bytes that can still be read and passes its check, and how many could not."""
        try:
            whole = msgspec.json.decode(raw)
        except msgspec.DecodeError:
            whole = None
        found: Data = {}
        unreadable = 0
        expected = None
        if isinstance(whole, dict) and isinstance(whole.get(END), dict):
            expected = whole.pop(END).get("~", {}).get("documents")
        if isinstance(whole, dict):
            pairs = [(t, d) for t, docs in whole.items() if isinstance(docs, dict) for d in docs.items()]
            unreadable += sum(1 for docs in whole.values() if not isinstance(docs, dict))
        else:
            pairs, table, previous = [], None, b"},"
            for line in raw.splitlines():
                # A table starts on the first line, or on the line after one that closed a table.
                header = _HEADER.match(line.strip()) if previous in (b"},", b"") or line.startswith(b"{") else None
                previous = line.strip()
                if header:
                    table = msgspec.json.decode(header.group(1))
                elif line.startswith(b'"') and table is not None:
                    try:
                        pairs.extend((table, item) for item in msgspec.json.decode(b"{" + line.rstrip(b",") + b"}").items())
                    except msgspec.DecodeError:
                        # A cut count line, or its cut header, is no lost document.
                        unreadable += table != END and not b'"~end":{'.startswith(line.strip())
            ends = [document for name, (_id, document) in pairs if name == END]
            pairs = [pair for pair in pairs if pair[0] != END]
            expected = ends[0].get("documents") if ends and isinstance(ends[0], dict) else None
        for table, (doc_id, document) in pairs:
            validate = self._validators.get(table)
            try:
                if not isinstance(document, dict):
                    raise TypeError(table)
                if validate is not None:
                    validate(document)
            except (ValueError, TypeError):
                unreadable += 1
                continue
            found.setdefault(table, {})[doc_id] = document
        if isinstance(expected, int):
            unreadable = max(unreadable, expected - sum(len(documents) for documents in found.values()))
        return found, unreadable

    def _recover(self, name: str, raw: bytes) -> tuple[Data, Recovery]:
        """Set the damaged bytes aside, start from the newest good backup copy, merge back what can be read."""
        at = self._now()
        base: Data = {}
        source: Path | None = None
        for backup_path, copy in backup.copies_of(self.path / backup.BACKUPS, f"{name}.json"):
            candidate = decode_whole(copy)
            if candidate is not None and not self._invalid_documents(candidate):
                base, source = candidate, backup_path
                break
        readable, unreadable = self.readable_documents(raw)
        restored = sum(len(documents) for documents in base.values())
        merged_back = 0
        for table, documents in readable.items():
            target = base.setdefault(table, {})
            for doc_id, document in documents.items():
                if target.get(doc_id) != document:
                    merged_back += 1
                    restored -= doc_id in target
                target[doc_id] = document
        kept_as, saved = None, True
        try:
            with self.locked():
                path = self.file_path(name)
                if path.read_bytes() != raw:  # another process repaired it meanwhile
                    return base, Recovery(name, at, None, None, 0, 0, 0, saved=True)
                kept_as = backup.set_aside(self.path, name, raw, at, durable=self.durable)
                write_atomic(path, encode(base), durable=self.durable)
        except (StorageError, OSError):
            saved = False  # a read-only folder: read the repair from memory, report it
        recovery = Recovery(name, at, kept_as, source, restored, merged_back, unreadable, saved)
        self.recoveries.append(recovery)
        for hook in self.on_recovery:
            hook(recovery)
        return base, recovery

    def replace_files(self, contents: Mapping[str, Data]) -> None:
        """Make the folder hold exactly these files (a restore): archives first, the live file last."""
        with self.locked():
            extra = sorted(set(self.all_files()) - set(contents))
            for name in sorted(contents, key=lambda name: name == LIVE):
                write_atomic(self.file_path(name), encode(contents[name]), durable=self.durable)
                self._remember(name, contents[name])
            for name in extra:
                self.file_path(name).unlink(missing_ok=True)
                self._forget(name)

    # Backups -----------------------------------------------------------------

    def backup_now(self, dest: Path | None = None, *, keep: int | None = 14) -> Path:
        """Back up every data file into ``dest`` (default: ``backups/``), copying only changed ones."""
        root = Path(dest) if dest is not None else self.path / backup.BACKUPS
        return backup.take_backup(
            self.path,
            self.all_files(),
            root,
            self._now(),
            check=lambda name: self._saved(name, keep=name in (LIVE, "keys")),
            keep=keep,
            durable=self.durable,
        )

    def list_backups(self, dest: Path | None = None) -> list[Path]:
        """Backups in ``dest`` (default: ``backups/``), newest first."""
        return backup.list_backups(Path(dest) if dest is not None else self.path / backup.BACKUPS)
