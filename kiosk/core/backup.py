"""The disk layer under ``kiosk.core.storage``: durable files, commits, zip backups.

A file is never edited in place: it is written to a synced temp file beside it that is renamed
over it, so a reader or a power cut never meets half a file. Several files are committed together
through a journal whose rename is the commit point. Backups are zips of the data files, named by
the time they were taken. Nothing here takes the folder lock; storage does that (and
``kiosk.core.filecache`` keeps the parsed files).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from kiosk.core.errors import StorageError
from kiosk.core.i18n import N_

Tables = dict[str, dict[str, dict[str, Any]]]
"""One file's content in TinyDB's layout: table name -> record id -> record."""

JOURNAL = ".journal"
"""Name of the commit journal in a data folder; present only while a commit is being finished."""

STAMP_FORMAT = "%Y%m%dT%H%M%S"
"""How a moment is written in backup and set-aside file names, e.g. ``20261127T201500``."""

_BACKUP_NAME = re.compile(r"backup-(\d{8}T\d{6})(?:-(\d+))?\.zip")
_JSON_OPTIONS: dict[str, Any] = {"ensure_ascii": False, "allow_nan": False, "separators": (",", ":")}
# A damaged zip fails in any of these ways, depending on where the damage is.
_UNREADABLE = (OSError, EOFError, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error)


class DamagedFile(StorageError):
    """A data file that is not JSON in TinyDB's layout (cut short, overwritten, edited by hand)."""


def parse_tables(raw: bytes) -> Tables:
    """A data file's tables; ValueError unless it is UTF-8 JSON in TinyDB's layout.

    orjson is strict JSON: NaN, Infinity and lone surrogates, which the kiosk has never written,
    make a file damaged rather than data that could not be written back.
    """
    data = orjson.loads(raw)  # its JSONDecodeError is a ValueError
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(record, dict) for record in table.values())
        for table in data.values()
    ):
        raise ValueError("not a TinyDB file")
    return data


def dump_tables(tables: Tables) -> bytes:
    """A data file's bytes: compact UTF-8 JSON in the tables' own key order, letters like ä and € as they are.

    The tables must hold no NaN or Infinity, which orjson would write as null: ``Transaction.put``
    and ``parse_tables`` refuse them, and ``AtomicJSONStorage.write`` checks what TinyDB gives it.
    """
    try:
        return orjson.dumps(tables)
    except orjson.JSONEncodeError as error:  # a TypeError; put refuses such records, so it is a bug
        raise ValueError(f"cannot be saved as JSON: {error}") from error


def stamp(moment: datetime) -> str:
    """The moment as it appears in file names, e.g. ``20261127T201500``."""
    return moment.strftime(STAMP_FORMAT)


# Durable files ---------------------------------------------------------------


def discard(path: Path) -> None:
    """Remove a file if it is there, ignoring failure (for temp files nobody needs)."""
    with suppress(OSError):
        path.unlink(missing_ok=True)


def fsync_directory(directory: Path) -> None:
    """Make renames and deletions in ``directory`` survive a power cut."""
    if os.name != "posix":  # Windows cannot open a directory to sync it
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_temp(target: Path, payload: bytes) -> Path:
    """Write ``payload`` to a synced temp file beside ``target`` and return the temp file."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(temp, "xb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        discard(temp)
        raise StorageError(N_("Could not save to {path}"), path=str(target)) from error
    return temp


def publish(temp: Path, target: Path) -> None:
    """Rename a synced temp file over ``target`` durably; if that fails, the old ``target`` stays."""
    try:
        os.replace(temp, target)
        fsync_directory(target.parent)
    except OSError as error:
        discard(temp)
        raise StorageError(N_("Could not save to {path}"), path=str(target)) from error


class AtomicJSONStorage(Storage):
    """A TinyDB storage for one JSON file that is replaced whole and atomically, never edited in place."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = Path(path)

    def read(self) -> Tables | None:
        """The file's tables, or None while the file does not exist."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StorageError(N_("Could not read {path}"), path=str(self.path)) from error
        try:
            return parse_tables(raw)
        except ValueError as error:
            raise DamagedFile(N_("The file {path} is damaged"), path=str(self.path)) from error

    def write(self, data: Tables) -> None:
        """Replace the file with ``data``: temp file, fsync, rename, fsync of the folder."""
        # Plain TinyDB callers skip Transaction.put's checks: refuse NaN here, as json.dumps did.
        json.dumps(data, **_JSON_OPTIONS)
        publish(self.prepare(data), self.path)

    def prepare(self, data: Tables) -> Path:
        """Write ``data`` to a synced temp file beside the file, to be renamed over it later."""
        return write_temp(self.path, dump_tables(data))


# All-or-nothing commits ------------------------------------------------------


def commit_files(folder: Path, changes: Mapping[str, Tables], deletions: Iterable[str] = ()) -> None:
    """Write the files named in ``changes`` and delete those in ``deletions``, all or nothing."""
    deletions = list(deletions)
    if len(changes) == 1 and not deletions:
        ((name, tables),) = changes.items()
        publish(AtomicJSONStorage(folder / name).prepare(tables), folder / name)
        return
    if not changes and not deletions:
        return
    journal = folder / JOURNAL
    temps: list[Path] = []
    try:
        for name, tables in changes.items():
            temps.append(AtomicJSONStorage(folder / name).prepare(tables))
        entries = {"replace": [[t.name, name] for t, name in zip(temps, changes)], "delete": deletions}
        temps.append(write_temp(journal, json.dumps(entries).encode("utf-8")))
        # The journal's rename is the commit point: after it, a crash is finished by the next start.
        publish(temps[-1], journal)
    except BaseException:
        # The journal goes first: a journal naming temp files that are half gone would commit half.
        discard(journal)
        for temp in temps:
            discard(temp)
        with suppress(OSError):
            fsync_directory(folder)
        raise
    _apply_journal(folder, entries)


def finish_interrupted_commit(folder: Path) -> None:
    """Complete a commit that a crash cut short after its commit point; call under the folder lock."""
    journal = folder / JOURNAL
    try:
        raw = journal.read_bytes()
    except FileNotFoundError:
        return
    except OSError as error:
        raise StorageError(N_("Could not read {path}"), path=str(journal)) from error
    try:
        loaded = json.loads(raw.decode("utf-8"))
        entries = {
            "replace": [[_plain_name(temp), _plain_name(target)] for temp, target in loaded["replace"]],
            "delete": [_plain_name(name) for name in loaded["delete"]],
        }
    except (ValueError, TypeError, KeyError):
        # It is written atomically, so an unreadable journal was damaged later and never committed.
        discard(journal)
        return
    _apply_journal(folder, entries)


def _apply_journal(folder: Path, entries: dict[str, list]) -> None:
    try:
        for temp_name, target_name in entries["replace"]:
            temp = folder / temp_name
            # A temp file that is gone was renamed already, before a crash cut the commit short.
            if temp.exists():
                os.replace(temp, folder / target_name)
        for name in entries["delete"]:
            (folder / name).unlink(missing_ok=True)
        fsync_directory(folder)
        (folder / JOURNAL).unlink()
    except OSError as error:
        raise StorageError(N_("Could not save to {path}"), path=str(folder)) from error


def _plain_name(name: Any) -> str:
    if not isinstance(name, str) or name in ("", ".", "..") or Path(name).name != name or "\\" in name:
        raise ValueError(f"not a plain file name: {name!r}")
    return name


def remove_temp_files(directory: Path) -> None:
    """Delete temp files left in ``directory`` by a crash; call under the folder lock."""
    for temp in directory.glob(".*.tmp"):
        discard(temp)


# Backups -----------------------------------------------------------------------


def take_backup(files: Iterable[Path], dest_dir: Path, moment: datetime) -> Path:
    """Zip ``files`` (under their bare names) into a new durable backup in ``dest_dir``; returns it."""
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        target = _free_name(dest_dir / f"backup-{stamp(moment)}", ".zip")
        temp = dest_dir / f".{target.name}.{secrets.token_hex(6)}.tmp"
        try:
            with open(temp, "xb") as handle:
                with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                    for file in files:
                        archive.write(file, arcname=file.name)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            discard(temp)
            raise
    except OSError as error:
        raise StorageError(N_("Could not write a backup to {path}"), path=str(dest_dir)) from error
    publish(temp, target)
    return target


def _free_name(base: Path, suffix: str) -> Path:
    # Two files from the same second (a restore right after a backup) must not overwrite each other.
    candidate, sequence = base.with_name(base.name + suffix), 2
    while candidate.exists():
        candidate, sequence = base.with_name(f"{base.name}-{sequence}{suffix}"), sequence + 1
    return candidate


def _sort_key(path: Path) -> tuple[str, int]:
    match = _BACKUP_NAME.fullmatch(path.name)
    assert match is not None
    return match.group(1), int(match.group(2) or 1)


def list_backups(dest_dir: Path) -> list[Path]:
    """The backups in ``dest_dir``, newest first; other files are ignored."""
    try:
        found = [p for p in dest_dir.iterdir() if _BACKUP_NAME.fullmatch(p.name) and p.is_file()]
    except FileNotFoundError:
        return []
    except OSError as error:
        raise StorageError(N_("Could not read the backups in {path}"), path=str(dest_dir)) from error
    return sorted(found, key=_sort_key, reverse=True)


def prune_backups(dest_dir: Path, keep: int) -> None:
    """Delete all but the ``keep`` newest backups in ``dest_dir``."""
    for old in list_backups(dest_dir)[keep:]:
        discard(old)


def backup_date(path: Path) -> date | None:
    """The date a backup was taken, from its name; None for a file that is not a backup."""
    match = _BACKUP_NAME.fullmatch(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), STAMP_FORMAT).date()


def read_backup(path: Path) -> dict[str, bytes]:
    """Every file in a backup, by name; StorageError if the zip cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            return {info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()}
    except _UNREADABLE as error:
        raise StorageError(N_("Could not read the backup {path}"), path=str(path)) from error


def _read_member(path: Path, name: str) -> bytes | None:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read(name)
    except (KeyError, *_UNREADABLE):
        return None


# Damaged files -------------------------------------------------------------------


def recover_damaged(path: Path, moment: datetime, backups: Iterable[Path]) -> tuple[Path, Path | None]:
    """Keep a damaged file as ``<name>.corrupt-<stamp>`` and put the first good backup copy in its place.

    Returns where the damaged bytes are kept and the backup used (None: no backup had the file). Readers without the lock never find the file missing in between: the damaged file is replaced
    by the good copy in one rename. Without a good copy the file is moved aside (the collection is empty).
    """
    found = good_copy(path.name, backups)
    if found is None:
        return set_aside(path, moment), None
    source, raw = found
    kept = _free_name(path.with_name(f"{path.name}.corrupt-{stamp(moment)}"), "")
    try:
        try:
            os.link(path, kept)  # the damaged file itself, under a second name
        except OSError:  # a file system without hard links
            publish(write_temp(kept, path.read_bytes()), kept)
        fsync_directory(path.parent)
    except OSError as error:
        raise StorageError(N_("Could not move the damaged file {path} aside"), path=str(path)) from error
    publish(write_temp(path, raw), path)
    return kept, source


def set_aside(path: Path, moment: datetime) -> Path:
    """Rename a damaged file to ``<name>.corrupt-<stamp>`` (never delete it); returns the new path."""
    moved_to = _free_name(path.with_name(f"{path.name}.corrupt-{stamp(moment)}"), "")
    try:
        os.replace(path, moved_to)
        fsync_directory(path.parent)
    except OSError as error:
        raise StorageError(N_("Could not move the damaged file {path} aside"), path=str(path)) from error
    return moved_to


def good_copy(name: str, backups: Iterable[Path]) -> tuple[Path, bytes] | None:
    """The first backup holding a good copy of the data file ``name``, and that copy's bytes; or None."""
    for candidate in backups:
        raw = _read_member(candidate, name)
        if raw is None:
            continue
        try:
            parse_tables(raw)
        except ValueError:
            continue
        return candidate, raw
    return None
