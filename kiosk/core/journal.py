"""The log beside a data file: small changes saved by appending a line, not by writing the file again.

A transaction that only puts or removes whole documents (a resident's idea and its reference
counter) appends one line to ``kiosk.journal`` and syncs it, instead of rewriting the live file:
leaving an idea then costs the same with ten years of records beside it as with none. The log's
first line names the token of the file it belongs to (the token in that file's count line); each
other line is one transaction's changes with a CRC-32, so a line cut by a power cut, or damaged,
is skipped and never half applied. A whole write of the file gives it a new token and removes its
log, so a log a crash left behind names another token and is ignored.
"""

from __future__ import annotations

import contextlib
import os
import re
import zlib
from collections.abc import Iterable
from pathlib import Path

import msgspec

from kiosk.core.files import PRIVATE_FILE, fsync_dir, storage_error

LIMIT = 512 * 1024
"""A log longer than this is folded into its file by the next write (reading it would cost more)."""
Change = tuple[str, str, msgspec.Raw | None]
"""One change: the table, the document's id, and the document's JSON (None: the document is removed)."""
_CHANGES = msgspec.json.Decoder(list[tuple[str, str, msgspec.Raw]])
_TOKEN = re.compile(rb'"journal":"([0-9a-f]{1,64})"')


def path_of(data_file: Path) -> Path:
    """Where a data file's log is (``kiosk.json`` -> ``kiosk.journal``)."""
    return data_file.with_suffix(".journal")


def new_token() -> str:
    """A token for a file written whole: no log of an earlier version names it."""
    return os.urandom(8).hex()


def token_of(raw: bytes) -> str | None:
    """The token in a data file's count line (its last line), or None (written before logs, or damaged)."""
    found = _TOKEN.search(raw, max(0, len(raw) - 160))
    return found.group(1).decode("ascii") if found else None


def named(raw: bytes) -> str | None:
    """The token a log's first line names."""
    header = raw.split(b"\n", 1)[0]
    return header[8:].decode("ascii", "replace") if header.startswith(b"journal ") else None


def line(changes: Iterable[Change]) -> bytes:
    """One transaction's changes as a line of the log."""
    dump = msgspec.json.encode
    body = (
        b"[" + b",".join(b"[%b,%b,%b]" % (dump(t), dump(i), b"null" if d is None else d) for t, i, d in changes) + b"]"
    )
    return b"%08x %b\n" % (zlib.crc32(body), body)


def read(raw: bytes, token: str | None) -> tuple[list[Change], int]:
    """The changes of a log that belongs to the file with ``token``, in order, and where its whole lines end.

    A log of another token gives no changes (and ends at 0: the next append starts it anew).
    """
    lines = raw.split(b"\n")
    if token is None or lines[0] != b"journal " + token.encode("ascii"):
        return [], 0
    changes: list[Change] = []
    for entry in lines[1:-1]:  # the last piece has no newline: empty, or cut
        crc, _, body = entry.partition(b" ")
        try:
            if int(crc, 16) == zlib.crc32(body):
                changes.extend((t, i, None if bytes(d) == b"null" else d) for t, i, d in _CHANGES.decode(body))
        except (ValueError, msgspec.DecodeError):
            continue  # a damaged line: the others still count
    return changes, len(raw) - len(lines[-1])


def append(path: Path, token: str, entry: bytes, end: int, *, durable: bool) -> os.stat_result:
    """Add a line to the log of the file with ``token`` (whose whole lines end at ``end``); the log's new status.

    A log that is missing, cut, or of another token (``end`` 0) is started anew with its header.
    """
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    except OSError as error:
        raise storage_error(error, path) from error
    try:
        created = os.fstat(descriptor).st_size == 0
        if not end:
            entry, end = b"journal " + token.encode("ascii") + b"\n" + entry, 0
        os.ftruncate(descriptor, end)
        rest, at = memoryview(entry), end
        while rest:  # a full disk writes part of a line, then refuses the rest
            written = os.pwrite(descriptor, rest, at)
            rest, at = rest[written:], at + written
        if durable:
            os.fdatasync(descriptor)
            if created:
                fsync_dir(path.parent)
        return os.fstat(descriptor)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.ftruncate(descriptor, end)  # no part of the line stays (a reader would skip it anyway)
        raise storage_error(error, path) from error
    finally:
        os.close(descriptor)
