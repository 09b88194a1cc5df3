"""Sending a PDF to a printer through CUPS (``lp``), with a clear message when it cannot.

A failure never loses the document: the PDF stays where it was written, and the
message says so. ``lp`` runs with the C locale so its answers can be read.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_

if TYPE_CHECKING:
    from kiosk.core.store import Store

LP_TIMEOUT_SECONDS = 30
"""How long to wait for the print service to take the job."""
SAVED = N_("Saved the PDF to {path}.")
"""Said after the PDF was written."""
SENT = N_("Sent to printer {printer} (job {job}).")
"""Said after the print service took the job."""

_JOB_ID = re.compile(r"request id is (\S+)")


class PrintError(KioskError):
    """The PDF could not be printed; the message says why and where the PDF is."""


@dataclass(frozen=True)
class PrintResult:
    """A print job the print service accepted."""

    job_id: str
    """CUPS's job id, e.g. ``kiosk-pdf-3``."""
    printer: str
    """The printer that took the job."""


def _failure(stderr: str, printer: str | None, path: Path) -> PrintError:
    """The user's message for what ``lp`` said on failure."""
    said = stderr.lower()
    if "does not exist" in said or "unknown printer" in said:
        return PrintError(
            N_("There is no printer called {printer}. The PDF is kept at {path}."),
            printer=printer or "",
            path=str(path),
        )
    if "no default destination" in said:
        return PrintError(
            N_("No printer was chosen and this computer has no default printer. The PDF is kept at {path}."),
            path=str(path),
        )
    if "scheduler" in said or "connect" in said or "not responding" in said:
        return PrintError(
            N_("The print service (CUPS) is not running on this computer. The PDF is kept at {path}."), path=str(path)
        )
    if "not accepting" in said:
        return PrintError(
            N_("The printer {printer} is not taking jobs now. The PDF is kept at {path}."),
            printer=printer or "",
            path=str(path),
        )
    return PrintError(N_("Printing failed: {reason} The PDF is kept at {path}."), reason=stderr.strip(), path=str(path))


def print_pdf(
    path: str | os.PathLike[str],
    printer: str | None = None,
    *,
    title: str = "",
    options: Mapping[str, str] | None = None,
) -> PrintResult:
    """Send a PDF to a printer (or CUPS's default printer when None); return the job.

    ``options`` are CUPS job options (``lp -o name=value``), e.g. ``{"media": "A5"}``.

    Raises ``PrintError`` when CUPS is missing or not running, the printer does
    not exist, or the job is refused. The file is never removed.
    """
    path = Path(path)
    command = ["lp"]
    if printer:
        command += ["-d", printer]
    for name, value in (options or {}).items():
        command += ["-o", f"{name}={value}"]
    command += ["-t", title or path.name, "--", str(path)]
    environment = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, env=environment, timeout=LP_TIMEOUT_SECONDS, check=False
        )
    except FileNotFoundError as error:
        raise PrintError(
            N_(
                "Printing is not installed on this computer (the CUPS command lp is missing). The PDF is kept at {path}."
            ),
            path=str(path),
        ) from error
    except subprocess.TimeoutExpired as error:
        raise PrintError(N_("The print service did not answer. The PDF is kept at {path}."), path=str(path)) from error
    match = _JOB_ID.search(done.stdout)
    if done.returncode != 0 or match is None:
        raise _failure(done.stderr or done.stdout, printer, path)
    job_id = match.group(1)
    return PrintResult(job_id=job_id, printer=printer or job_id.rsplit("-", 1)[0])


def record_print_failure(store: Store, kind: str, reason: str) -> None:
    """Note in the audit trail that printing from the resident screens failed, and why (for staff)."""
    from kiosk.core.store import record_audit

    with store.transaction() as tx:
        record_audit(tx, store.now(), "kiosk", "print failed", printable=kind, reason=reason)
