"""The printers CUPS knows (``lpstat -e``), for choosing the centre's printer in the settings.

Runs in a worker (the settings screen calls it through ``run_service``); it never raises:
a missing or silent CUPS comes back as a message id to show beside the printer field.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass

from kiosk.core.i18n import N_

LPSTAT = ("lpstat", "-e")
"""The CUPS command that lists destinations, one name a line (read at call time, so tests can swap it)."""
LPSTAT_TIMEOUT_SECONDS = 10
"""How long to wait for CUPS to answer."""
NO_CUPS = N_("CUPS is not in use.")
"""Said when the lpstat command is missing: printing is not installed on this computer."""


@dataclass(frozen=True)
class PrinterList:
    """The printers found, or why none could be listed."""

    names: tuple[str, ...] = ()
    """CUPS destination names, in CUPS's order."""
    problem: str = ""
    """A message id saying why CUPS could not be asked ("" when it answered)."""
    detail: str = ""
    """What CUPS said, for the ``{reason}`` of the problem."""


def list_printers() -> PrinterList:
    """Ask CUPS for its printers in the C locale (so its answers can be read)."""
    environment = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        done = subprocess.run(
            list(LPSTAT), capture_output=True, text=True, env=environment, timeout=LPSTAT_TIMEOUT_SECONDS, check=False
        )
    except FileNotFoundError:
        return PrinterList(problem=NO_CUPS)
    except subprocess.TimeoutExpired:
        return PrinterList(problem=N_("The print service did not answer."))
    names = tuple(line.strip() for line in done.stdout.splitlines() if line.strip())
    said = (done.stderr or "").strip()
    if done.returncode != 0 and not names and "no destinations" not in said.lower():
        return PrinterList(problem=N_("The print service (CUPS) did not list its printers: {reason}"), detail=said)
    return PrinterList(names=names)
