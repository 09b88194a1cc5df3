"""A transaction on the data folder: TinyDB tables over the files as read under the folder lock.

``kiosk.core.storage`` opens it and commits its changes; here are the reads and changes it allows.
Changes happen in the transaction's own copy of each table it touches (a dict by record id), in
place, so many puts in one transaction cost one dict assignment each, not a copy of the table.
"""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from kiosk.core.backup import Tables

if TYPE_CHECKING:
    from kiosk.core.storage import DataFolder

__all__ = ["META", "Transaction", "check_collection_name"]

META = "_meta"
"""File stem of the folder's own data (schema version, counters); no collection can have this name."""

COLLECTION_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
"""What a collection name may look like (it becomes a file name)."""

_JSON_OPTIONS: dict[str, Any] = {"ensure_ascii": False, "allow_nan": False}


def check_collection_name(name: str) -> str:
    """``name`` if it is a valid collection name (it becomes a file name), else ValueError."""
    if not isinstance(name, str) or not COLLECTION_NAME.fullmatch(name):
        raise ValueError(f"Invalid collection name {name!r}: use lowercase letters, digits, '-' and '_'")
    return name


def clone(value: Any) -> Any:
    """A deep copy of JSON-shaped data, for handing records to callers who may change them."""
    # A pickle round trip is the quickest deep copy of JSON-shaped data (about 4x copy.deepcopy).
    return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def savable(record: dict[str, Any]) -> dict[str, Any]:
    """A detached copy of ``record`` as it will read back from the file; ValueError if it cannot be saved."""
    try:
        # The json round trip refuses NaN and Infinity (which orjson would silently save as null)
        # and anything that is not JSON, and detaches the record from the caller's dict.
        stored = json.loads(json.dumps(record, **_JSON_OPTIONS))
        # orjson writes the files: it refuses lone surrogates (not UTF-8) and integers beyond
        # 64 bits (which it would read back as floats), so refuse them here rather than at commit.
        orjson.dumps(stored)
    except (TypeError, ValueError) as error:
        raise ValueError(f"Record {record.get('id')!r} cannot be saved as JSON: {error}") from error
    return stored


class _TransactionStorage(Storage):
    """One file as a transaction sees it: loaded once under the lock, changed in memory until commit."""

    def __init__(self, tables: Mapping[str, dict]) -> None:
        super().__init__()
        # Two levels suffice: records are replaced whole, never changed in place, so the folder's
        # cached copy stays as it was on disk while the tables here are changed in place.
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
        # TinyDB's own updates copy the whole table twice per change; this changes it in place.
        tables = self._storage.read() or {}
        tables.setdefault(self.name, {})[record["id"]] = record
        self._storage.write(tables)
        self.clear_cache()

    def discard(self, record_id: str) -> None:
        """Remove the record with this id, if there is one."""
        tables = self._storage.read() or {}
        if tables.get(self.name, {}).pop(record_id, None) is not None:
            self._storage.write(tables)
            self.clear_cache()

    def raw(self, record_id: str) -> dict[str, Any] | None:
        """The stored record itself (not a copy), or None; callers must not change it."""
        return self._read_table().get(record_id)


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
        return clone(list(table._read_table().values()))

    def get(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """One record by id (seeing this transaction's changes), or None."""
        record = self._table(check_collection_name(collection)).raw(record_id)
        return None if record is None else clone(record)

    def put(self, collection: str, record: dict[str, Any]) -> None:
        """Insert the record, or replace the one with the same ``id``."""
        table = self._table(check_collection_name(collection))
        record_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(record_id, str) or not record_id:
            raise ValueError("A record must be a dict with a non-empty string 'id'")
        stored = savable(record)
        if table.raw(record_id) != stored:
            table.put(stored)

    def delete(self, collection: str, record_id: str) -> None:
        """Remove the record with this id; nothing happens if there is none."""
        self._table(check_collection_name(collection)).discard(record_id)

    def next_number(self, counter: str) -> int:
        """The next number (1, 2, 3, ...) of a named counter kept in the small ``_meta.json``."""
        if not isinstance(counter, str) or not counter:
            raise ValueError("A counter needs a non-empty name")
        counters = self._table(META, "counters")
        current = counters.raw(counter)
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
            storage = _TransactionStorage(self._folder._tables(stem))
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
