"""Writing files so that nobody ever finds a half-written one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kiosk.core.backup import fsync_directory
from kiosk.core.errors import StorageError
from kiosk.core.i18n import N_


def write_atomic(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` through a synced temp file and an atomic rename."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
            fsync_directory(path.parent)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise StorageError(N_("Could not write {path}: {reason}"), path=str(path), reason=error.strerror or str(error)) from error
