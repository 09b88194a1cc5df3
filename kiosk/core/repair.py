"""Reading damaged data files: what the bytes still hold, and the repair built from them and a backup.

Files are written a document a line (``kiosk.core.storage.encode``), so a file cut short or
with a bad line still gives up every other document. A repair starts from the newest
backup copy that is whole and passes every check, then merges back each readable
document of the damaged file, which is by construction newer than any backup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

import msgspec

from kiosk.core import backup

Data = dict[str, dict[str, dict[str, Any]]]
"""One file's content as TinyDB holds it: table name -> document id -> document."""
Validator = Callable[[Mapping[str, Any]], object]
"""Checks one document of a table; raises ValueError when the model refuses it."""

END = "~end"
"""The last table of every file: how many documents it holds, so a cut or edited file is known."""
_HEADER = re.compile(rb'^\{?("(?:[^"\\]|\\.)*"):\{$')


@dataclass(frozen=True)
class Repair:
    """A damaged file's repaired content, and how it was made."""

    data: Data
    backup: Path | None
    restored: int
    """Documents taken from the backup (none of the damaged file's own readable documents replaced them)."""
    merged_back: int
    """Documents of the damaged file that were newer than the backup or missing from it."""
    unreadable: int
    """Documents (or lines) of the damaged file that could not be read."""


def is_tinydb_shape(data: object) -> TypeGuard[Data]:
    """Whether decoded JSON has TinyDB's layout: tables of documents, each a JSON object."""
    return isinstance(data, dict) and all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values()) for table in data.values()
    )


def invalid_documents(data: Data, validators: Mapping[str, Validator]) -> int:
    """How many documents their table's validator refuses."""
    bad = 0
    for table, documents in data.items():
        validate = validators.get(table)
        if validate is None:
            continue
        for document in documents.values():
            try:
                validate(document)
            except (ValueError, TypeError):
                bad += 1
    return bad


def decode_whole(raw: bytes, validators: Mapping[str, Validator]) -> Data | None:
    """A file's tables if it parses, has the TinyDB layout, every document passes and the count holds; else None."""
    try:
        data: object = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        return None
    if not is_tinydb_shape(data):
        return None
    end = data.pop(END, {}).get("~")
    count = end.get("documents") if isinstance(end, dict) else None
    if count != sum(len(table) for table in data.values()) or invalid_documents(data, validators):
        return None
    return data


def _lines(raw: bytes) -> tuple[list[tuple[str, tuple[str, Any]]], int]:
    """(table, (id, document)) for every document line that parses, and how many lines did not."""
    pairs: list[tuple[str, tuple[str, Any]]] = []
    table, previous, unreadable = None, b"},", 0
    for line in raw.splitlines():
        stripped = line.strip()
        # A table starts on the first line, or on the line after one that closed a table.
        header = _HEADER.match(stripped) if previous in (b"},", b"") or line.startswith(b"{") else None
        previous = stripped
        if header:
            table = msgspec.json.decode(header.group(1))
        elif line.startswith(b'"') and table is not None:
            try:
                pairs.extend((table, item) for item in msgspec.json.decode(b"{" + line.rstrip(b",") + b"}").items())
            except msgspec.DecodeError:
                # A cut count line, or its cut header, is no lost document.
                unreadable += table != END and not b'"~end":{'.startswith(stripped)
    return pairs, unreadable


def readable_documents(raw: bytes, validators: Mapping[str, Validator]) -> tuple[Data, int]:
    """Every document of damaged bytes that can still be read and passes its check, and how many could not."""
    try:
        whole = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        whole = None
    if isinstance(whole, dict):
        pairs = [(t, d) for t, docs in whole.items() if isinstance(docs, dict) for d in docs.items()]
        unreadable = sum(1 for docs in whole.values() if not isinstance(docs, dict))
    else:
        pairs, unreadable = _lines(raw)
    ends = [document for name, (_id, document) in pairs if name == END]
    expected = ends[0].get("documents") if ends and isinstance(ends[0], dict) else None
    found: Data = {}
    for table, (doc_id, document) in pairs:
        if table == END:
            continue
        try:
            if not isinstance(document, dict):
                raise TypeError(table)
            if (validate := validators.get(table)) is not None:
                validate(document)
        except (ValueError, TypeError):
            unreadable += 1
            continue
        found.setdefault(table, {})[doc_id] = document
    if isinstance(expected, int):
        unreadable = max(unreadable, expected - sum(len(documents) for documents in found.values()))
    return found, unreadable


def repair(name: str, raw: bytes, backups: Path, validators: Mapping[str, Validator]) -> Repair:
    """The newest good backup copy of a damaged file, with every readable document of the damaged bytes merged back."""
    base: Data = {}
    source: Path | None = None
    for backup_path, copy in backup.copies_of(backups, f"{name}.json"):
        if (candidate := decode_whole(copy, validators)) is not None:
            base, source = candidate, backup_path
            break
    readable, unreadable = readable_documents(raw, validators)
    restored = sum(len(documents) for documents in base.values())
    merged_back = 0
    for table, documents in readable.items():
        target = base.setdefault(table, {})
        for doc_id, document in documents.items():
            if target.get(doc_id) != document:
                merged_back += 1
                restored -= doc_id in target
            target[doc_id] = document
    return Repair(base, source, restored, merged_back, unreadable)
