"""The data folder: TinyDB databases in crash-safe files, shared by threads and processes.

Every file is a TinyDB database (a table per collection, documents keyed by the records'
own ids) read and written through ``FolderStorage``, the one storage class the kiosk
needs. Reads take no lock; a file is parsed again only when another file has taken its
name, and each of its tables is decoded (and checked) the first time TinyDB asks for it,
so a screen pays for the tables it shows. Writes happen inside ``transaction()``: it holds
the folder's lock file, gives the block its own copies of the files it touches, and when
the block ends saves each changed file, the live file last. A file the block only put whole
documents into (``DataFolder.put``: a resident's idea) gets them appended to its log
(``kiosk.core.journal``), so that write does not grow with the file; any other change writes
the file whole (``write_atomic``) and folds its log in. A crash between two files can leave
a record in two files, never in neither (the store moves closed records in a transaction of
their own, so both copies are the same).

A file that does not parse, lost its count line, or holds a document its model refuses
is damage: its bytes are kept in ``damaged/`` and it is rebuilt by ``kiosk.core.repair``;
``recoveries`` and the ``on_recovery`` hooks report it.
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

import msgspec
from tinydb import TinyDB
from tinydb.queries import QueryLike
from tinydb.storages import Storage
from tinydb.table import Document, Table

from kiosk.core import backup, journal
from kiosk.core.errors import StorageError
from kiosk.core.files import fsync_dir, remove_temp_files, storage_error, write_atomic
from kiosk.core.i18n import N_
from kiosk.core.repair import END, Data, Validator, decode_whole, invalid_documents, is_tinydb_shape, repair

LIVE = "kiosk"
"""The live database: everything current. Its write is the commit point of a transaction."""
ARCHIVE = "archive"
"""Folder of the databases of closed records."""
CACHED_ARCHIVES = 2
"""Archive files kept in memory besides the live and keys files (the ones used last)."""
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}(/[a-z0-9][a-z0-9_-]{0,63})?")
_TOP = dict[str, msgspec.Raw]


class RecordTable(Table):
    """A TinyDB table whose document ids are the records' own string ids (TinyDB's hints say int; these say str)."""

    document_id_class = str  # type: ignore[assignment]

    if TYPE_CHECKING:

        def get(self, cond: QueryLike | None = None, doc_id: str | None = None) -> Document | None: ...  # type: ignore[override]

        def contains(self, cond: QueryLike | None = None, doc_id: str | None = None) -> bool: ...  # type: ignore[override]

        def remove(self, cond: QueryLike | None = None, doc_ids: Iterable[str] | None = None) -> list[str]: ...  # type: ignore[override]


def document(value: Mapping[str, Any], doc_id: str) -> Document:
    """A TinyDB document under its record's own string id (see ``RecordTable``)."""
    return Document(value, doc_id=doc_id)  # type: ignore[arg-type]  # str ids, as above


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
    merged_back: int
    unreadable: int
    saved: bool = True
    """False when the folder could not be written: the repair lives in memory only."""


class _Shared(NamedTuple):
    """A table the cached file has decoded, in a transaction's copy that has not read it yet (copied when it does)."""

    documents: dict[str, dict[str, Any]]


class Tables(Data):
    """A file's tables as TinyDB reads them, each decoded the first time it is asked for.

    Decoding checks only TinyDB's layout; each document is checked against its model when a
    reader builds it (``DataFolder.repair_holding``), so a screen pays for the documents it shows.
    """

    def __init__(self, folder: DataFolder, name: str, tables: Mapping[str, Any], token: str | None) -> None:
        # Held as msgspec.Raw (or _Shared) until first asked for: to its readers it is Data.
        super().__init__(tables)
        self._folder, self._name = folder, name
        self.token = token
        """The token in the file's count line, which its log names (``kiosk.core.journal``)."""
        self.pending: dict[str, dict[str, msgspec.Raw | None]] = {}
        """Per table not decoded yet, the documents put (None: removed) since the file was written."""

    def __getitem__(self, table: str) -> dict[str, dict[str, Any]]:
        value = super().__getitem__(table)
        if type(value) is dict and table not in self.pending:
            return value
        if isinstance(value, msgspec.Raw):
            value = msgspec.json.decode(value)
            if not is_tinydb_shape({table: value}):
                self.repair()
                return self[table] if table in self else {}  # noqa: SIM401 - dict.get would not decode
        elif isinstance(value, _Shared):
            value = msgspec.json.decode(msgspec.json.encode(value.documents))
        for doc_id, doc in self.pending.pop(table, {}).items():
            if doc is None:
                value.pop(doc_id, None)
            else:
                value[doc_id] = msgspec.json.decode(doc)
        super().__setitem__(table, value)
        return value

    def stage(self, table: str, doc_id: str, doc: msgspec.Raw | None) -> None:
        """Put a document (None: remove it), into the table if decoded, else to apply when it is."""
        if table not in self:
            super().__setitem__(table, msgspec.Raw(b"{}"))  # type: ignore[assignment]  # bytes until read, as all
        value = super().__getitem__(table)
        if type(value) is not dict or table in self.pending:
            self.pending.setdefault(table, {})[doc_id] = doc
        elif doc is None:
            value.pop(doc_id, None)
        else:
            value[doc_id] = msgspec.json.decode(doc)

    def fork(self) -> Tables:
        """A copy for a transaction: undecoded tables shared (bytes do not change), decoded ones copied when read."""
        tables = {name: _Shared(v) if type(v) is dict else v for name, v in dict.items(self)}
        copy = Tables(self._folder, self._name, tables, self.token)
        copy.pending = {name: dict(changes) for name, changes in self.pending.items()}
        return copy

    def settle(self) -> None:
        """A transaction's copy becomes the saved file: its shared tables are its own again."""
        for name, value in list(dict.items(self)):
            if isinstance(value, _Shared):
                super().__setitem__(name, value.documents)

    def changed(self) -> set[str]:
        """The tables this copy decoded or put documents into (the others are as read)."""
        return {name for name, value in dict.items(self) if type(value) is dict} | set(self.pending)

    def holds(self, table: str, doc_id: str) -> bool:
        """Whether this file's table has this document (an undecoded table is decoded to look: damage is rare)."""
        return table in self and doc_id in self[table]

    def complete(self) -> None:
        """Check every document of every table, and the count line; repair the file if anything is wrong."""
        tables = [name for name in list(self) if name != END]
        found = sum(len(self[name]) for name in tables if name in self)
        data = {name: self[name] for name in tables if name in self}
        if self.get(END) is not None and (
            self[END].get("~", {}).get("documents") != found or invalid_documents(data, self._folder.validators)
        ):
            self.repair()

    def repair(self) -> None:
        """Rebuild the damaged file (see ``DataFolder._recover``) and hold its repaired tables."""
        raw = self._folder.file_path(self._name).read_bytes()
        whole = decode_whole(raw, self._folder.validators)
        if whole is not None:  # another process has already written a good file in its place
            self._folder._merge_log(self._name, whole, raw)
            self.clear()
            self.update(whole)
            return
        data, recovery = self._folder._recover(self._name, raw)
        self.clear()
        self.update(data)
        self._folder._announce(recovery)


class FolderStorage(Storage):
    """A TinyDB storage for one file of a DataFolder: cached reads, writes staged in a transaction."""

    def __init__(self, folder: DataFolder, name: str) -> None:
        super().__init__()
        self._folder, self._name = folder, name

    def read(self) -> Data:
        """The file's tables: this thread's transaction copy, else the file as saved."""
        return self._folder._data_for(self._name)

    def write(self, data: Data) -> None:
        """Keep TinyDB's change until the transaction ends (writing outside one is refused)."""
        self._folder._stage(self._name, data)


@dataclass
class _Cached:
    """A file's tables, and the open file whose inode (held open, so never reused) they came from."""

    key: tuple[tuple[int, int, int], tuple[int, int, int] | None]
    """The file's and its log's (inode, size, time written)."""
    pin: IO[bytes]
    data: Data
    log_end: int = 0
    """Where the whole lines of the file's log end (0: it has none of this file's)."""


@dataclass
class _Transaction:
    """One thread's open transaction: the files it read (its own copies) and those it changed."""

    files: dict[str, Data] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    """Files TinyDB wrote: saved whole."""
    changes: dict[str, dict[tuple[str, str], msgspec.Raw | None]] = field(default_factory=dict)
    """Per file, the documents ``DataFolder.put`` put (table, id -> JSON; None: removed)."""
    depth: int = 0
    failed: bool = False


def _file_key(status: os.stat_result) -> tuple[int, int, int]:
    return status.st_ino, status.st_size, status.st_mtime_ns


def _log_key(log: Path | None) -> tuple[int, int, int] | None:
    try:
        return None if log is None else _file_key(os.stat(log))
    except FileNotFoundError:
        return None


def encode(data: Mapping[str, Any], token: str | None = None) -> Iterator[bytes]:
    """A file's bytes: one document a line (a cut file loses a line), the meta table first, the count last.

    A table TinyDB never asked for is still the raw bytes it was read as, and is written as it was.
    The count line carries the ``token`` its log must name.
    """
    dump = msgspec.json.encode
    count = 0
    yield b"{"
    for name in sorted((n for n in data if n != END), key=lambda n: n != "meta"):
        table = dict.__getitem__(data, name) if isinstance(data, Tables) and name not in data.pending else data[name]
        if isinstance(table, _Shared):
            table = table.documents
        if isinstance(table, msgspec.Raw):
            count += bytes(table).count(b"\n") - 1
            yield dump(name) + b":" + bytes(table) + b",\n"
            continue
        count += len(table)
        yield dump(name) + b":{" + b",".join(b"\n" + dump(i) + b":" + dump(d) for i, d in table.items()) + b"\n},\n"
    end = {"documents": count, "journal": token} if token else {"documents": count}
    yield dump(END) + b":{\n" + dump({"~": end})[1:-1] + b"\n}}\n"


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
        self.validators: dict[str, Validator] = dict(validators or {})
        """Per table, the check every document must pass (the store's models)."""
        self.recoveries: list[Recovery] = []
        """Damaged files repaired by this process so far."""
        self.after_commit: list[Callable[[Mapping[str, Data]], None]] = []
        """Called with the files written (name -> content), after a transaction, still under the lock."""
        self.on_recovery: list[Callable[[Recovery], None]] = []
        """Called after a damaged file was repaired (the store's notice for staff)."""
        self._now, self._lock_timeout = now, lock_timeout
        self._lock: Any = None
        self._cleaned = False
        self._cache: OrderedDict[str, _Cached] = OrderedDict()
        self._cache_lock = threading.RLock()
        self._local = threading.local()
        self._databases: dict[str, Database] = {}

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

    def undecoded(self, name: str, table: str) -> tuple[msgspec.Raw, Mapping[str, msgspec.Raw | None]] | None:
        """A table's bytes as read from its file and the documents put since (None: removed), if not decoded yet."""
        data = self._data_for(name)
        value = dict.get(data, table) if isinstance(data, Tables) else None
        return (value, data.pending.get(table, {})) if isinstance(value, msgspec.Raw) else None

    def peek(self, name: str, table: str, doc_ids: Collection[str]) -> dict[str, dict[str, Any]] | None:
        """These documents of an archive file not read yet, found in its lines and only they decoded.

        A file holds one document a line (``encode``): a city's results quote a few ideas from each of ten
        files. Nothing is cached. None when one is not found or does not decode, in a transaction, or if the
        file is cached: read it as usual then (which finds and reports damage)."""
        with self._cache_lock:
            if name in self._cache or getattr(self._local, "tx", None) or self.log_path(name):
                return None
        try:
            raw = self.file_path(name).read_bytes()
        except OSError:
            return None  # the usual read says what is wrong
        dump, found = msgspec.json.encode, {}
        header = dump(table) + b":{"  # a table starts a line (the first one after the file's "{")
        start = len(header) + (1 if raw.startswith(b"{" + header) else raw.find(b"\n" + header) + 1)
        end = raw.find(b"\n", start - 1)  # its closing line, the first to start with "}" (never a document's)
        while end >= 0 and raw[end + 1 : end + 2] != b"}":  # line by line: memchr is 3x a find of b"\n}"
            end = raw.find(b"\n", end + 1)
        if start == len(header) or end < 0:
            return None
        for doc_id in doc_ids:
            at = raw.find(key := b"\n" + dump(doc_id) + b":", start, end)
            try:
                line = raw[at + len(key) : raw.find(b"\n", at + 1)] if at >= 0 else b""
                found[doc_id] = msgspec.json.decode(line.removesuffix(b","), type=dict[str, Any])
            except msgspec.DecodeError:  # not found (b"" does not decode), or damaged
                return None
        return found

    def put(self, name: str, table: str, doc_id: str, doc: Mapping[str, Any] | None) -> None:
        """In a transaction: save this document whole (None: remove it), by the file's log if nothing else changes it."""
        transaction: _Transaction | None = getattr(self._local, "tx", None)
        if transaction is None:
            raise RuntimeError("writes to the data folder happen inside folder.transaction()")
        data, raw = self._data_for(name), None if doc is None else msgspec.Raw(msgspec.json.encode(doc))
        if isinstance(data, Tables):
            data.stage(table, doc_id, raw)
        else:  # no file yet (or an unsaved repair): written whole
            data.setdefault(table, {}).pop(doc_id, None)
            if doc is not None:
                data[table][doc_id] = dict(doc)
            transaction.dirty.add(name)
        transaction.changes.setdefault(name, {})[(table, doc_id)] = raw

    def file_path(self, name: str) -> Path:
        """Where a data file is on disk."""
        return self.path / f"{name}.json"

    def log_path(self, name: str) -> Path | None:
        """Where a data file's log is: the top-level files (the live and keys files) have one."""
        return None if "/" in name else journal.path_of(self.file_path(name))

    def files(self, under: str = "") -> list[str]:
        """Names of the data files that exist (``under="archive"``: the archive's), sorted."""
        folder = self.path / under if under else self.path
        try:
            stems = sorted(entry.name[:-5] for entry in folder.iterdir() if entry.name.endswith(".json"))
        except FileNotFoundError:
            return []
        except OSError as error:
            raise storage_error(error, folder) from error
        return [name for name in (f"{under}/{stem}" if under else stem for stem in stems) if _NAME.fullmatch(name)]

    def all_files(self) -> list[str]:
        """Every data file, the live one first (the order backups copy them in)."""
        return sorted(self.files(), key=lambda name: name != LIVE) + self.files(ARCHIVE)

    # Transactions ------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Lock the folder; TinyDB reads in the block see fresh data and its writes are saved at the end.

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
                written = self._commit(transaction)
            finally:
                self._local.tx = None
            for hook in self.after_commit:
                hook(written)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the folder's lock file (reentrant in one thread); StorageError saying why if it cannot."""
        from filelock import FileLock, Timeout  # the write path only

        if self._lock is None:
            self._lock = FileLock(self.path / ".lock", timeout=self._lock_timeout, mode=0o600)
        try:
            if not self.path.is_dir():
                from kiosk.core.files import private_dir

                private_dir(self.path)
            self._lock.acquire(poll_interval=0.005)
        except Timeout as error:
            raise StorageError(N_("The data folder {path} is busy; try again"), path=str(self.path)) from error
        except OSError as error:
            raise storage_error(error, self.path / ".lock") from error
        try:
            if not self._cleaned:  # under the lock every temp file is a killed writer's
                remove_temp_files(self.path)
                remove_temp_files(self.path / ARCHIVE)
                self._cleaned = True
            yield
        finally:
            self._lock.release()

    def _commit(self, transaction: _Transaction) -> dict[str, Data]:
        """Save a transaction, the live file last: by the log what only ``put`` changed, the rest whole.

        Returns what each file got: the documents put, or the whole file."""
        lines = {
            name: journal.line((table, doc_id, doc) for (table, doc_id), doc in changes.items())
            for name, changes in transaction.changes.items()
            if name not in transaction.dirty
        }
        logged = {name: line for name, line in lines.items() if self._log_takes(name, transaction.files[name], line)}
        whole = {name: transaction.files[name] for name in transaction.dirty | set(lines) if name not in logged}
        self._write_all({name: data for name, data in whole.items() if name != LIVE})
        for name in sorted(logged, key=lambda name: name == LIVE):
            self._append(name, transaction.files[name], logged[name])
        self._write_all({name: data for name, data in whole.items() if name == LIVE})
        put: dict[str, Data] = {name: {} for name in logged}
        for name in logged:
            for (table, doc_id), doc in transaction.changes[name].items():
                if doc is not None:
                    put[name].setdefault(table, {})[doc_id] = msgspec.json.decode(doc)
        return whole | put

    def _log_takes(self, name: str, data: Data, line: bytes) -> bool:
        """Whether a file's log can take this line: the log is this file's as cached, and not too long."""
        log = self.log_path(name)
        with self._cache_lock:
            cached = self._cache.get(name)
        if log is None or cached is None or not isinstance(data, Tables) or data.token is None:
            return False
        same = isinstance(cached.data, Tables) and cached.data.token == data.token and cached.key[1] == _log_key(log)
        return same and cached.log_end + len(line) <= journal.LIMIT

    def _append(self, name: str, data: Data, line: bytes) -> None:
        """Append a transaction's line to a file's log; its copy becomes the cached file."""
        log, cached = self.log_path(name), self._cache[name]
        assert log is not None and isinstance(data, Tables) and data.token is not None  # as _log_takes found
        status = journal.append(log, data.token, line, cached.log_end, durable=self.durable)
        data.settle()
        with self._cache_lock:
            self._cache[name] = _Cached((cached.key[0], _file_key(status)), cached.pin, data, status.st_size)

    def _write_all(self, contents: Mapping[str, Data]) -> None:
        """Write files whole, folding in their logs: the others first (each folder synced once), the live file last."""
        others = sorted(name for name in contents if name != LIVE)
        for name in others:
            self._write_whole(name, contents[name], sync_folder=False)
        if self.durable:
            for folder in {self.file_path(name).parent for name in others}:
                fsync_dir(folder)
        if LIVE in contents:
            self._write_whole(LIVE, contents[LIVE])
        for name in contents:
            self._remember(name, contents[name])

    def _write_whole(self, name: str, data: Data, *, sync_folder: bool = True) -> None:
        """Write a file whole under a new token, and remove its log (one a crash left names the old token)."""
        path, log = self.file_path(name), self.log_path(name)
        write_atomic(path, encode(data, journal.new_token()), durable=self.durable, sync_folder=sync_folder)
        if log is not None:
            try:
                log.unlink(missing_ok=True)
            except OSError as error:
                raise storage_error(error, log) from error

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
                transaction.files[name] = saved.fork() if isinstance(saved, Tables) else _copy(saved)
        return transaction.files[name]

    def _saved(self, name: str, *, keep: bool = True, repaired: bool = False) -> Data:
        """The file as saved; read again only when another file has taken its name."""
        path, log = self.file_path(name), self.log_path(name)
        try:
            key = (_file_key(os.stat(path)), _log_key(log))
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
        # Reading (and any repair, which takes the folder lock) runs outside the cache lock, and the
        # file read is the one pinned, so the cache never holds one file's data under another's key.
        # The log is read first: a log that names another token than the file is one folded into it.
        log_raw, log_key = self._read_log(log)
        try:
            handle = open(path, "rb")  # noqa: SIM115 - kept open as the cache's pin
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise storage_error(error, path) from error
        try:
            key, raw = (_file_key(os.fstat(handle.fileno())), log_key), handle.read()
            tables, log_end = self._parse(name, raw), 0
            if tables is not None:
                changes, log_end = journal.read(log_raw, tables.token)
                for table, doc_id, doc in changes:
                    tables.stage(table, doc_id, doc)
                data: Data = tables
            else:  # damaged: repaired, and the repair (with its notice) read from disk if saved
                if repaired:
                    raise StorageError(N_("The file {path} is damaged"), path=str(path))
                data, recovery = self._recover(name, raw)
                self._announce(recovery)
                if recovery.saved:
                    handle.close()
                    return self._saved(name, keep=keep, repaired=True)
        except BaseException:
            handle.close()
            raise
        if not keep:
            handle.close()
            return data
        with self._cache_lock:
            self._forget(name)
            self._cache[name] = _Cached(key, handle, data, log_end)
            for old in [n for n in self._cache if n.startswith(ARCHIVE + "/")][:-CACHED_ARCHIVES]:
                self._forget(old)
        return data

    def _read_log(self, log: Path | None) -> tuple[bytes, tuple[int, int, int] | None]:
        """A log's bytes and its key (the size: of what was read, as a writer may be appending)."""
        if log is None:
            return b"", None
        try:
            with open(log, "rb") as handle:
                raw, status = handle.read(), os.fstat(handle.fileno())
        except FileNotFoundError:
            return b"", None
        except OSError as error:
            raise storage_error(error, log) from error
        return raw, (status.st_ino, len(raw), status.st_mtime_ns)

    def _merge_log(self, name: str, data: Data, raw: bytes) -> int:
        """Apply to ``data`` the changes of the log of the damaged file ``raw`` that their models accept; how many.

        A file cut short lost its token: its log is taken as its own (only a crash between a whole write
        and the removal of the log it folded in leaves one of an earlier token).
        """
        log = self._read_log(self.log_path(name))[0]
        changes, _ = journal.read(log, journal.token_of(raw) or journal.named(log))
        merged = 0
        for table, doc_id, doc in changes:
            value = None if doc is None else msgspec.json.decode(doc)
            if value is None:
                data.get(table, {}).pop(doc_id, None)
            elif isinstance(value, dict) and not invalid_documents({table: {doc_id: value}}, self.validators):
                data.setdefault(table, {})[doc_id] = value
                merged += 1
        return merged

    def _parse(self, name: str, raw: bytes) -> Tables | None:
        """The file's tables, still undecoded; None if it does not parse or lost its count line."""
        try:
            top = msgspec.json.decode(raw, type=_TOP)
        except msgspec.DecodeError:
            return None
        # Each table's bytes of their own, so that a decoded table lets go of them (the file's bytes are not kept).
        tables = {table: msgspec.Raw(bytes(value)) for table, value in top.items()}
        return Tables(self, name, tables, journal.token_of(raw)) if END in top else None

    def repair_holding(self, table: str, doc_id: str) -> None:
        """A reader found a document its model refuses: repair the file it came from (it is being read, so cached)."""
        for cached in list(self._cache.values()):
            if isinstance(cached.data, Tables) and cached.data.holds(table, doc_id):
                cached.data.repair()
                return

    def _file_alone(self, name: str, saved: Data) -> Data:
        """The saved file without its log, read again from its bytes (its count line counts only these)."""
        with self._cache_lock:
            cached = self._cache.get(name)
            if cached is not None and cached.data is saved:
                cached.pin.seek(0)
                copy = self._parse(name, cached.pin.read())
                if copy is not None:
                    return copy
        return _copy(saved)  # a repair that could not be saved

    def _remember(self, name: str, data: Data) -> None:
        """Cache the file this process just wrote (under the folder lock, so it is the file at the path).

        It is read back from disk (lazily, like any file), so the cache holds what its pinned file holds.
        """
        try:
            pin = open(self.file_path(name), "rb")  # noqa: SIM115 - held open while cached
            tables = self._parse(name, pin.read())
        except OSError:
            self._forget(name)
            return
        with self._cache_lock:
            self._forget(name)
            if tables is not None:  # its log was removed
                self._cache[name] = _Cached((_file_key(os.fstat(pin.fileno())), None), pin, tables)
            else:
                pin.close()

    def _forget(self, name: str) -> None:
        with self._cache_lock:
            cached = self._cache.pop(name, None)
        if cached is not None:
            cached.pin.close()

    def close(self) -> None:
        """Let go of the files the read cache holds open."""
        for name in list(self._cache):
            self._forget(name)

    def verify_all(self) -> list[Recovery]:
        """Read and check every document of every file (archives one at a time); returns ``recoveries``."""
        for name in self.all_files():
            self._check(name)
        return list(self.recoveries)

    def _check(self, name: str) -> None:
        """Check (and if need be repair) every document of a file; only the top-level files stay cached (undecoded)."""
        saved = self._saved(name, keep=(kept := self.log_path(name) is not None))
        data = self._file_alone(name, saved) if kept else saved
        if isinstance(data, Tables):
            data.complete()

    # Damage ------------------------------------------------------------------

    def _recover(self, name: str, raw: bytes) -> tuple[Data, Recovery]:
        """Keep the damaged bytes and rebuild the file from a backup and what it still holds (``_announce`` tells)."""
        at = self._now()
        fixed = repair(name, raw, self.path / backup.BACKUPS, self.validators)
        logged = self._merge_log(name, fixed.data, raw)  # newer still than what the file holds
        kept_as, saved = None, True
        try:
            with self.locked():
                if self.file_path(name).read_bytes() != raw:  # another process repaired it meanwhile
                    return fixed.data, Recovery(name, at, None, None, 0, 0, 0)
                kept_as = backup.set_aside(self.path, name, raw, at, durable=self.durable)
                self._write_whole(name, fixed.data)
        except (StorageError, OSError):
            saved = False  # a read-only folder: the repair is read from memory, and reported
        merged = fixed.merged_back + logged
        return fixed.data, Recovery(name, at, kept_as, fixed.backup, fixed.restored, merged, fixed.unreadable, saved)

    def _announce(self, recovery: Recovery) -> None:
        if recovery.kept_as is None and recovery.saved:
            return  # another process repaired it, and tells
        self.recoveries.append(recovery)
        for hook in self.on_recovery:
            hook(recovery)

    # Whole files -------------------------------------------------------------

    def replace_files(self, contents: Mapping[str, Data]) -> None:
        """Make the folder hold exactly these files (a restore): archives first, the live file last."""
        with self.locked():
            extra = sorted(set(self.all_files()) - set(contents))
            self._write_all(contents)
            for name in extra:
                for path in (self.file_path(name), self.log_path(name)):
                    if path is not None:
                        path.unlink(missing_ok=True)
                self._forget(name)

    def fold_logs(self) -> None:
        """Write each file that has a log whole, so that the file alone holds everything (backups copy files)."""
        if any(_log_key(self.log_path(name)) for name in self.files()):
            with self.locked():
                self._write_all({name: self._saved(name) for name in self.files() if _log_key(self.log_path(name))})

    def backup_now(self, dest: Path | None = None, *, keep: int | None = 14) -> Path:
        """Back up every data file into ``dest`` (default: ``backups/``), copying only changed ones."""
        self.fold_logs()
        root = Path(dest) if dest is not None else self.path / backup.BACKUPS
        return backup.take_backup(
            self.path, self.all_files(), root, self._now(), check=self._check, keep=keep, durable=self.durable
        )

    def list_backups(self, dest: Path | None = None) -> list[Path]:
        """Backups in ``dest`` (default: ``backups/``), newest first."""
        return backup.list_backups(Path(dest) if dest is not None else self.path / backup.BACKUPS)


def _copy(data: Data) -> Data:
    copy: Data = msgspec.json.decode(b"".join(encode(data)))
    return copy
