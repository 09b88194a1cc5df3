"""Parsed data files kept in memory, with a token that tells whether a file has changed.

Data files are only ever replaced by rename, so an inode's content never changes once it has a
name: (inode, mtime, size) identifies it, and one ``stat`` tells whether the cached copy is current.
Each file the cache meets is held open ("pinned") until a newer one replaces it, which stops the
file system from giving its inode number to a later file whose mtime and size could happen to
match. A generation number, new for every file met, makes a token unique even across such reuse.
"""

from __future__ import annotations

import itertools
import os
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kiosk.core import backup
from kiosk.core.backup import DamagedFile, Tables
from kiosk.core.errors import StorageError
from kiosk.core.i18n import N_

__all__ = ["ABSENT", "FileCache", "Token"]

Token = tuple[int, int, int, int]
"""A file's identity as the cache knows it: inode, mtime in ns, size, and the cache's generation."""

ABSENT: Token = (0, 0, 0, 0)
"""The token of a file that does not exist (no real file has inode 0 or generation 0)."""


@dataclass
class _Entry:
    """One file on disk as the cache knows it."""

    key: tuple[int, int, int]
    generation: int
    pin: IO[bytes] | None
    tables: Tables | None = None
    """The parsed content, or None until someone reads it (or after a check that kept nothing)."""
    good: bool = False
    """Whether the content parsed once; a file is never changed in place, so it stays good."""

    @property
    def token(self) -> Token:
        return (*self.key, self.generation)


def _file_key(status: os.stat_result) -> tuple[int, int, int]:
    return status.st_ino, status.st_mtime_ns, status.st_size


def _close_pins(entries: dict[Path, _Entry]) -> None:
    for entry in entries.values():
        if entry.pin is not None:
            entry.pin.close()
    entries.clear()


class FileCache:
    """Parsed data files, parsed again only when the file on disk is another one; thread-safe."""

    def __init__(self) -> None:
        self._entries: dict[Path, _Entry] = {}
        self._lock = threading.RLock()
        self._generations = itertools.count(1)
        self.close = weakref.finalize(self, _close_pins, self._entries)
        """Close the pinned files (also done when the cache is garbage-collected)."""

    def token(self, path: Path) -> Token:
        """The file's token, from one ``stat`` (an ``open`` the first time a file is met); never parses."""
        entry = self._current(path)
        return ABSENT if entry is None else entry.token

    def read(self, path: Path) -> tuple[Token, Tables]:
        """The file's token and tables ({} if it does not exist); shared, so callers must not change them.

        DamagedFile if the file is not JSON in TinyDB's layout.
        """
        entry = self._current(path)
        if entry is None:
            return ABSENT, {}
        tables = entry.tables
        if tables is None:
            with self._lock:
                entry = self._parse(path, entry, keep=True)
                if entry is None:
                    return ABSENT, {}
                tables = entry.tables
                assert tables is not None
        return entry.token, tables

    def tables(self, path: Path) -> Tables:
        """The file's tables ({} if it does not exist); shared, so callers must not change them."""
        return self.read(path)[1]

    def verify(self, path: Path) -> None:
        """DamagedFile unless the file parses; a file that is not kept in memory is parsed and let go."""
        entry = self._current(path)
        if entry is not None and not entry.good:
            with self._lock:
                self._parse(path, entry, keep=False)

    def remember_written(self, path: Path, tables: Tables) -> None:
        """Cache what was just written to ``path``; call under the folder lock, before anyone else writes."""
        try:
            handle = open(path, "rb")  # noqa: SIM115 - kept open as the entry's pin
        except OSError:
            return
        with self._lock:
            key = _file_key(os.fstat(handle.fileno()))
            self._install(path, _Entry(key, next(self._generations), handle, tables, good=True))

    # Internals -----------------------------------------------------------------

    def _current(self, path: Path) -> _Entry | None:
        """The entry of the file now at ``path`` (None if there is none), made when first met."""
        try:
            key = _file_key(os.stat(path))
        except FileNotFoundError:
            self._forget(path)
            return None
        except OSError as error:
            raise StorageError(N_("Could not read {path}"), path=str(path)) from error
        entry = self._entries.get(path)
        if entry is not None and entry.key == key:
            return entry
        with self._lock:
            return self._meet(path)

    def _meet(self, path: Path) -> _Entry | None:
        """Open the file now at ``path`` and give it an entry unless it has one; under the lock."""
        try:
            handle = open(path, "rb")  # noqa: SIM115 - kept open as the entry's pin
        except FileNotFoundError:
            self._forget(path)
            return None
        except OSError as error:
            raise StorageError(N_("Could not read {path}"), path=str(path)) from error
        key = _file_key(os.fstat(handle.fileno()))
        entry = self._entries.get(path)
        if entry is not None and entry.key == key:  # another thread met it meanwhile
            handle.close()
            return entry
        entry = _Entry(key, next(self._generations), handle)
        self._install(path, entry)
        return entry

    def _parse(self, path: Path, entry: _Entry | None, *, keep: bool) -> _Entry | None:
        """The entry with its file parsed (kept if ``keep``); under the lock."""
        while entry is not None:
            if entry.tables is not None or (entry.good and not keep):
                return entry
            if self._entries.get(path) is not entry:  # a newer file took its place (and closed its pin)
                entry = self._meet(path)
                continue
            raw = self._read_bytes(path, entry)
            if raw is None:  # replaced meanwhile, where files cannot be pinned
                entry = self._meet(path)
                continue
            try:
                tables = backup.parse_tables(raw)
            except ValueError as error:
                raise DamagedFile(N_("The file {path} is damaged"), path=str(path)) from error
            entry.good = True
            if keep:
                entry.tables = tables
            return entry
        return None

    @staticmethod
    def _read_bytes(path: Path, entry: _Entry) -> bytes | None:
        """The bytes of the entry's own file; None if that file is no longer at ``path``."""
        try:
            if entry.pin is not None:
                entry.pin.seek(0)
                return entry.pin.read()
            with open(path, "rb") as handle:
                if _file_key(os.fstat(handle.fileno())) != entry.key:
                    return None
                return handle.read()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StorageError(N_("Could not read {path}"), path=str(path)) from error

    def _install(self, path: Path, entry: _Entry) -> None:
        if os.name != "posix" and entry.pin is not None:
            # Windows refuses to rename over an open file, so nothing is pinned there.
            entry.pin.close()
            entry.pin = None
        old = self._entries.get(path)
        self._entries[path] = entry
        if old is not None and old.pin is not None:
            old.pin.close()

    def _forget(self, path: Path) -> None:
        with self._lock:
            old = self._entries.pop(path, None)
        if old is not None and old.pin is not None:
            old.pin.close()
