"""The layers hold: the core imports no UI or PDF library; printables import no Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE_MODULES = sorted(
    f"kiosk.core.{p.stem}" for p in (ROOT / "kiosk" / "core").glob("*.py") if p.stem not in ("__init__", "catalogs")
)
PRINTABLES_MODULES = sorted(f"printables.{p.stem}" for p in (ROOT / "printables").glob("*.py") if p.stem != "__init__")
PDF_LIBRARIES = ["reportlab", "qrcode", "PIL", "icalendar", "dateutil"]
"""Loaded only when a PDF is built: the kiosk and the ``kiosk`` command start without them."""


def imported_after(statement: str) -> set[str]:
    """The top-level packages in sys.modules after running an import in a fresh interpreter."""
    code = f"{statement}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_core_modules_are_found():
    assert "kiosk.core.model" in CORE_MODULES and "kiosk.core.storage" in CORE_MODULES


@pytest.mark.parametrize("forbidden", ["textual", "reportlab", "qrcode", "screens", "printables"])
def test_core_imports_no_ui_or_pdf_library(forbidden):
    modules = imported_after("\n".join(f"import {m}" for m in CORE_MODULES))
    assert forbidden not in modules


def test_printables_import_no_textual():
    modules = imported_after("\n".join(f"import {m}" for m in ["printables", *PRINTABLES_MODULES]))
    assert "textual" not in modules and "screens" not in modules
    assert "reportlab" in modules  # the builders were really imported


@pytest.mark.parametrize("forbidden", PDF_LIBRARIES)
def test_starting_the_kiosk_loads_no_pdf_library(forbidden):
    modules = imported_after("import kiosk.app\nimport kiosk.cli\nkiosk.cli.build_parser()")
    assert forbidden not in modules


@pytest.mark.parametrize("forbidden", PDF_LIBRARIES)
def test_importing_printables_loads_no_pdf_library(forbidden):
    assert forbidden not in imported_after("import printables")


def test_the_check_itself_can_fail():
    assert "textual" in imported_after("import textual.app")
