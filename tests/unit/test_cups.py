"""Printing through a real CUPS server to the virtual cups-pdf printer, and a real "no such printer".

Needs Debian's ``cups`` and ``printer-driver-cups-pdf``. The session fixture starts
``cupsd`` when it is not running (as root, like CI) and adds the printer. This
test is never skipped: without CUPS, or without root to start it, it fails and
says what is missing.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from filelock import FileLock
from printables_support import (
    MEETING_ID,
    MINUTES_URL,
    flat,
    page_count,
    pdf_text,
    qr_codes,
)

PRINTER = "kiosk-pdf"
"""The virtual printer the test adds."""
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
"""cups-pdf's settings; ``Out`` says where printed PDFs go."""
C_LOCALE = {**os.environ, "LC_ALL": "C", "LANG": "C"}
SBIN_PATH = f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    """Run a CUPS tool in the C locale, with sbin on PATH."""
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, check=False, env={**C_LOCALE, "PATH": SBIN_PATH}
    )


def _scheduler_running() -> bool:
    """Whether the CUPS scheduler answers."""
    return "scheduler is running" in _run("lpstat", "-r").stdout


def _start_cupsd() -> None:
    """Start cupsd (root only) and wait until it answers."""
    if os.geteuid() != 0:
        pytest.fail(
            "The CUPS scheduler is not running, and starting cupsd needs root. Run the tests as root (as CI does) or start CUPS first."
        )
    _run("cupsd")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if _scheduler_running():
            return
        time.sleep(0.3)
    pytest.fail("cupsd was started but the CUPS scheduler does not answer (lpstat -r); see /var/log/cups/error_log.")


def _cups_pdf_driver() -> str:
    """The cups-pdf PPD's name as CUPS lists it, e.g. ``lsb/usr/cups-pdf/CUPS-PDF_opt.ppd``."""
    names = [line.split()[0] for line in _run("lpinfo", "-m").stdout.splitlines() if "CUPS-PDF" in line]
    if not names:
        pytest.fail("The cups-pdf driver is missing: apt-get install printer-driver-cups-pdf")
    return next((name for name in names if name.endswith("_opt.ppd")), names[0])


def _output_dir() -> Path:
    """Where cups-pdf writes the current user's jobs (its ``Out`` setting, ${HOME} and ${USER} filled in)."""
    out = "/var/spool/cups-pdf/${USER}"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            if re.match(r"^\s*Out\s+", line):
                out = line.split(None, 1)[1].strip()
    user = pwd.getpwuid(os.getuid())
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


@pytest.fixture(scope="session")
def cups_pdf_printer() -> tuple[str, Path]:
    """The virtual PDF printer on a running CUPS, and the folder its output lands in."""
    missing = [
        tool for tool in ("cupsd", "lpstat", "lpadmin", "lpinfo", "lp") if not shutil.which(tool, path=SBIN_PATH)
    ]
    if missing:
        pytest.fail(
            f"CUPS is not installed ({', '.join(missing)} missing): apt-get install cups printer-driver-cups-pdf"
        )
    # Test workers run in parallel: one starts cupsd and adds the printer while the others wait.
    with FileLock(Path(tempfile.gettempdir()) / "kiosk-cups-test.lock", timeout=120):
        if not _scheduler_running():
            _start_cupsd()
        added = _run("lpadmin", "-p", PRINTER, "-E", "-v", "cups-pdf:/", "-m", _cups_pdf_driver())
    if added.returncode != 0:
        pytest.fail(f"Could not add the {PRINTER} printer: {added.stderr.strip()}")
    return PRINTER, _output_dir()


def _wait_for_new_pdf(folder: Path, before: set[Path], seconds: float = 90) -> Path:
    """The first PDF that appears in the folder and is complete."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        new = sorted(set(folder.glob("*.pdf")) - before) if folder.exists() else []
        for path in new:
            if path.read_bytes().rstrip().endswith(b"%%EOF"):
                return path
        time.sleep(0.5)
    log = _run("lpstat", "-W", "all", "-o").stdout
    pytest.fail(f"No printed PDF appeared in {folder} within {seconds} s. Jobs: {log}")


def test_summary_printed_through_cups(cups_pdf_printer, kiosk_main, data, tmp_path, capsys):
    """``kiosk print summary --printer kiosk-pdf``: CUPS takes the job and cups-pdf writes our minutes."""
    printer, folder = cups_pdf_printer
    before = set(folder.glob("*.pdf")) if folder.exists() else set()
    out = tmp_path / "muistio.pdf"
    assert (
        kiosk_main(["print", "summary", MEETING_ID[:8], "--out", str(out), "--printer", printer, "--data", data]) == 0
    )
    said = capsys.readouterr().out
    job = re.search(rf"Lähetetty tulostimelle {printer} \(työ ({printer}-\d+)\)\.", said)
    assert job, said
    printed = _wait_for_new_pdf(folder, before).read_bytes()
    # cups-pdf re-encodes the fonts through Ghostscript, which drops the text layer's
    # mapping of ä and ö (the glyphs print fine), so only plain-ASCII words are compared.
    text = flat(pdf_text(printed))
    assert "Muistio" in text and "Sovitut toimenpiteet" in text and "Karttulassa" in text
    assert page_count(printed) == page_count(out.read_bytes())
    assert qr_codes(printed) == [MINUTES_URL]


def test_no_such_printer_keeps_the_pdf(cups_pdf_printer, kiosk_main, data, tmp_path, capsys):
    """A printer CUPS does not know: a plain message naming it, exit 1, and the PDF still there."""
    out = tmp_path / "juliste.pdf"
    argv = ["print", "poster", MEETING_ID, "--out", str(out), "--printer", "ei-tulostinta", "--data", data]
    assert kiosk_main(argv) == 1
    err = capsys.readouterr().err
    assert f"Tulostinta ei-tulostinta ei ole. PDF-tiedosto on tallessa: {out}" in err
    assert "Traceback" not in err
    assert "Pöytä kokoontuu" in pdf_text(out.read_bytes())


@pytest.mark.parametrize(("paper", "points"), [("A5", (420, 595)), ("80mm", (227, None))])
def test_slip_printed_through_cups_on_the_chosen_paper(cups_pdf_printer, paper, points, tmp_path):
    """The resident's slip goes through lp with its media option; cups-pdf prints it on that page size."""
    import io
    from datetime import datetime

    from printables_support import sample_idea, sample_settings
    from pypdf import PdfReader

    from kiosk.core.clock import HELSINKI
    from printables.printing import print_pdf
    from printables.slip import build_slip

    printer, folder = cups_pdf_printer
    before = set(folder.glob("*.pdf")) if folder.exists() else set()
    slip = build_slip(sample_idea(created=datetime(2026, 11, 27, 10, tzinfo=HELSINKI)), sample_settings(), "fi", paper)
    path = tmp_path / "kuitti.pdf"
    path.write_bytes(slip.pdf)
    job = print_pdf(path, printer, title="Kuitti", options=slip.print_options())
    assert job.job_id.startswith(f"{printer}-")
    printed = _wait_for_new_pdf(folder, before).read_bytes()
    assert "ID-0042" in flat(pdf_text(printed))
    box = PdfReader(io.BytesIO(printed)).pages[0].mediabox
    width, height = round(float(box.width)), round(float(box.height))
    assert abs(width - points[0]) <= 1
    if points[1] is not None:
        assert abs(height - points[1]) <= 1
    else:
        assert abs(height - float(slip.media.split("x")[1].removesuffix("mm")) * 72 / 25.4) <= 2
