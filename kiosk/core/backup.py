"""Backups of the data folder: a folder per backup, copying only the files that changed.

A backup is ``backups/<YYYYMMDDTHHMMSS>/`` with a copy of every data file and a
``MANIFEST.json`` (each file's size, SHA-256 and the identity of the file it was copied
from). A file unchanged since the previous backup is hard-linked to that backup's copy
instead of copied, so archives that rarely change cost nothing. Data files are only ever
replaced whole, never changed in place, so copying needs no lock: the live file is copied
first, and the archives after it can only hold more, never less. Damaged bytes are kept in
``damaged/`` under a name of their own, never overwritten.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import msgspec

from kiosk.core.errors import StorageError
from kiosk.core.files import fsync_dir, private_dir, storage_error, write_atomic
from kiosk.core.i18n import N_

BACKUPS = "backups"
"""The folder of the kiosk's own rotated backups, inside the data folder."""
DAMAGED = "damaged"
"""The folder where the bytes of damaged files are kept."""
MANIFEST = "MANIFEST.json"
"""What a backup holds; a backup without one is incomplete and ignored."""
STAMP = "%Y%m%dT%H%M%S"
"""How a moment is written in backup and set-aside names, e.g. ``20261127T201500``."""
_BACKUP_NAME = re.compile(r"(\d{8}T\d{6})(?:-(\d+))?")


def stamp(moment: datetime) -> str:
    """The moment as in backup names."""
    return moment.strftime(STAMP)


def _free_name(folder: Path, base: str, suffix: str = "") -> Path:
    """``folder/base+suffix``, or with -2, -3 ... so two in the same second never overwrite each other."""
    candidate, sequence = folder / f"{base}{suffix}", 2
    while candidate.exists():
        candidate, sequence = folder / f"{base}-{sequence}{suffix}", sequence + 1
    return candidate


def list_backups(root: Path) -> list[Path]:
    """Complete backups in ``root``, newest first."""
    try:
        found = [p for p in root.iterdir() if _BACKUP_NAME.fullmatch(p.name) and (p / MANIFEST).is_file()]
    except FileNotFoundError:
        return []
    except OSError as error:
        raise storage_error(error, root) from error

    def order(path: Path) -> tuple[str, int]:
        match = _BACKUP_NAME.fullmatch(path.name)
        assert match is not None
        return match.group(1), int(match.group(2) or 1)

    return sorted(found, key=order, reverse=True)


def backup_date(path: Path) -> date | None:
    """The day a backup was taken, from its name."""
    match = _BACKUP_NAME.fullmatch(path.name)
    return datetime.strptime(match.group(1), STAMP).date() if match else None


def read_manifest(backup: Path) -> dict[str, Any]:
    """A backup's manifest; StorageError if it cannot be read."""
    try:
        manifest = msgspec.json.decode((backup / MANIFEST).read_bytes())
    except (OSError, msgspec.DecodeError) as error:
        raise StorageError(N_("The backup {path} is damaged"), path=str(backup)) from error
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise StorageError(N_("The backup {path} is damaged"), path=str(backup))
    return manifest


def _copy(source: BinaryIO, target: Path, durable: bool) -> str:
    digest = hashlib.sha256()

    def chunks() -> Iterator[bytes]:
        while chunk := source.read(1 << 20):
            digest.update(chunk)
            yield chunk

    write_atomic(target, chunks(), durable=durable)
    return digest.hexdigest()


def _link(earlier: Path, target: Path) -> bool:
    """Hard-link an earlier backup's copy; False where links are not possible (a FAT stick)."""
    try:
        private_dir(target.parent)
        os.link(earlier, target)
    except OSError:
        return False
    return True


def take_backup(
    data_dir: Path,
    names: list[str],
    root: Path,
    moment: datetime,
    *,
    check: Callable[[str], object],
    keep: int | None,
    durable: bool = True,
) -> Path:
    """Back up the files ``names`` (the live one first) into a new folder in ``root``; returns it.

    ``check(name)`` reads and checks a file that changed since the last backup (repairing it if
    damaged), so a damaged copy never pushes the last good one out of the rotation.
    """
    private_dir(root)
    previous = next(iter(list_backups(root)), None)
    earlier = read_manifest(previous)["files"] if previous is not None else {}
    target = _free_name(root, stamp(moment))
    work = root / f".{target.name}.partial"
    shutil.rmtree(work, ignore_errors=True)
    private_dir(work)
    files: dict[str, dict[str, Any]] = {}
    try:
        for name in names:
            relative = f"{name}.json"
            try:
                status = os.stat(data_dir / relative)
            except FileNotFoundError:
                continue
            identity = [status.st_ino, status.st_size, status.st_mtime_ns]
            before = earlier.get(name)
            if previous and before and before.get("from") == identity and _link(previous / relative, work / relative):
                files[name] = before
                continue
            check(name)
            with open(data_dir / relative, "rb") as source:
                status = os.fstat(source.fileno())
                digest = _copy(source, work / relative, durable)
            files[name] = {"from": [status.st_ino, status.st_size, status.st_mtime_ns], "sha256": digest}
        write_atomic(
            work / MANIFEST, msgspec.json.encode({"taken": moment.isoformat(), "files": files}), durable=durable
        )
        os.rename(work, target)
        if durable:
            fsync_dir(root)
    except BaseException as error:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(error, OSError):
            raise storage_error(error, root) from error
        raise
    if keep is not None:
        for old in list_backups(root)[keep:]:
            shutil.rmtree(old, ignore_errors=True)
    return target


def verified_files(backup: Path) -> dict[str, bytes]:
    """Every data file of a backup by name, each checked against the manifest; StorageError if any differs."""
    contents = {}
    for name, entry in read_manifest(backup)["files"].items():
        try:
            raw = (backup / f"{name}.json").read_bytes()
        except OSError as error:
            raise StorageError(N_("The backup {path} is damaged"), path=str(backup)) from error
        if hashlib.sha256(raw).hexdigest() != entry.get("sha256"):
            raise StorageError(N_("The backup {path} is damaged"), path=str(backup))
        contents[name] = raw
    return contents


def copies_of(root: Path, relative: str) -> Iterator[tuple[Path, bytes]]:
    """(backup, bytes) of one data file in every backup that has it, newest first."""
    try:
        backups = list_backups(root)
    except StorageError:
        return
    for backup in backups:
        try:
            yield backup, (backup / relative).read_bytes()
        except OSError:
            continue


def rewrite_in_backups(root: Path, name: str, change: Callable[[bytes], bytes | None], *, durable: bool) -> int:
    """Replace one data file in every backup by ``change(old bytes)`` (None: leave it); returns how many changed."""
    changed = 0
    for backup, raw in list(copies_of(root, f"{name}.json")):
        new = change(raw)
        if new is None or new == raw:
            continue
        manifest = read_manifest(backup)
        write_atomic(backup / f"{name}.json", new, durable=durable)
        manifest["files"][name] = {**manifest["files"].get(name, {}), "sha256": hashlib.sha256(new).hexdigest()}
        write_atomic(backup / MANIFEST, msgspec.json.encode(manifest), durable=durable)
        changed += 1
    return changed


def set_aside(data_dir: Path, name: str, raw: bytes, moment: datetime, *, durable: bool) -> Path:
    """Keep a damaged file's bytes as ``damaged/<name>.<stamp>.json``, never overwriting earlier ones."""
    folder = private_dir(data_dir / DAMAGED)
    target = _free_name(folder, f"{name.replace('/', '-')}.{stamp(moment)}", ".json")
    write_atomic(target, raw, durable=durable)
    return target
