"""Files the kiosk writes: whole or not at all, readable by the kiosk's own user only.

``write_atomic`` is the one way the kiosk writes a file (data, backups, exports, PDFs):
a temp file beside the target, synced, renamed over it, and the folder synced, so a
reader or a power cut never meets half a file. ``storage_error`` turns an ``OSError``
into a message that names the reason and the place in the user's language.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from kiosk.core.errors import StorageError
from kiosk.core.i18n import N_

PRIVATE_FILE = 0o600
"""Mode of every file the kiosk writes: residents' ideas are nobody else's business."""
PRIVATE_DIR = 0o700
"""Mode of every folder the kiosk makes."""

_REASONS = {
    errno.EROFS: N_("{path} is on a disk that can only be read."),
    errno.EACCES: N_("The kiosk is not allowed to write to {path}."),
    errno.EPERM: N_("The kiosk is not allowed to write to {path}."),
    errno.ENOSPC: N_("The disk is full: {path} could not be saved."),
    errno.EDQUOT: N_("The disk is full: {path} could not be saved."),
    errno.ENOTDIR: N_("{path} should be a folder, but it is a file."),
    errno.EEXIST: N_("{path} should be a folder, but it is a file."),
    errno.EISDIR: N_("{path} should be a file, but it is a folder."),
}


def storage_error(error: OSError, path: Path | str) -> StorageError:
    """A StorageError whose message says why ``path`` could not be used, in plain words."""
    message = _REASONS.get(error.errno or 0, N_("Could not save {path}: {reason}"))
    failure = StorageError(message, path=str(path), reason=error.strerror or str(error))
    failure.errno = error.errno
    return failure


def private_dir(path: Path) -> Path:
    """Make the folder (and missing parents) if needed, readable by the kiosk's user only."""
    try:
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        if path.stat().st_mode & 0o777 != PRIVATE_DIR:
            path.chmod(PRIVATE_DIR)
    except FileExistsError as error:  # a file where the folder should be
        raise storage_error(OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), path) from error
    except OSError as error:
        raise storage_error(error, path) from error
    return path


def fsync_dir(directory: Path) -> None:
    """Make renames in ``directory`` survive a power cut."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomic(
    path: Path, content: bytes | Iterable[bytes], *, durable: bool = True, sync_folder: bool = True
) -> None:
    """Replace ``path`` with ``content`` (bytes, or chunks streamed one by one), all or nothing.

    The file is 0600 whatever the umask. ``durable=False`` skips the fsyncs (tests only):
    a killed process still never leaves half a file, only a power cut could. ``sync_folder=False``
    leaves the folder's fsync to a caller that writes several files into it.
    """
    path = Path(path)
    private_dir(path.parent)
    try:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise storage_error(error, path) from error
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in [content] if isinstance(content, bytes | bytearray) else content:
                out.write(chunk)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(temp, path)
        if durable and sync_folder:
            fsync_dir(path.parent)
    except BaseException as error:
        Path(temp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise storage_error(error, path) from error
        raise


def remove_temp_files(directory: Path) -> None:
    """Delete temp files a killed writer left in ``directory`` (call under the folder lock)."""
    try:
        leftovers = list(directory.glob(".*.tmp"))
    except OSError:
        return
    for temp in leftovers:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
