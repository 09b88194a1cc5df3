"""The error log: what went wrong unexpectedly, for staff and developers, never on a screen.

Tracebacks are written without local variables (they could hold a resident's contact) to
``logs/errors.log`` in the data folder, a file only the kiosk's user can read.
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path

from kiosk.core.files import PRIVATE_FILE, private_dir

LOG = Path("logs") / "errors.log"
"""Where in the data folder the error log is."""


def log_error(data_dir: Path, error: BaseException, when: datetime | None = None) -> Path | None:
    """Append the error and its traceback to the data folder's error log; returns the log, None if unwritable."""
    path = Path(data_dir) / LOG
    text = "".join(traceback.format_exception(error))
    stamp = (when or datetime.now()).isoformat(timespec="seconds")
    try:
        private_dir(path.parent)
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        with os.fdopen(descriptor, "a", encoding="utf-8") as log:
            log.write(f"--- {stamp}\n{text}\n")
    except OSError:
        return None
    except Exception:
        return None
    return path
