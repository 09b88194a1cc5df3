"""Printing a meeting's documents and exporting from the staff area, into a folder staff choose."""

from __future__ import annotations

from datetime import datetime

import pytest
from staff_support import SIZE, login, settle
from textual.widgets import Input, Static

from kiosk.core.clock import HELSINKI
from kiosk.core.ideas import submit_idea
from kiosk.core.model import Table
from kiosk.core.tables import record_minutes, save_table, schedule_meeting
from printables.printing import PrintError, PrintResult
from screens.staff.print_export import PrintExportScreen


@pytest.fixture
def meeting_store(staff_store):
    """A table with one upcoming meeting and an idea with contact details."""
    table = save_table(staff_store, Table(name="Karttulan kumppanuuspöytä", theme="Ikäihmisten palvelut"))
    schedule_meeting(staff_store, table.id, datetime(2026, 12, 3, 17, tzinfo=HELSINKI), "Karttulan asukastupa")
    submit_idea(staff_store, "Asiointikyyti torstaisin", name="Aino Asukas", contact="040 123 4567")
    return staff_store


async def open_print(pilot, folder) -> PrintExportScreen:
    """Log in, open Print and export, and choose the folder."""
    await login(pilot)
    await pilot.press("5")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, PrintExportScreen)
    screen.query_one("#folder", Input).value = str(folder)
    return screen


def status(app) -> str:
    """The result line."""
    return str(app.screen.query_one("#status", Static).render())


@pytest.mark.parametrize(
    "key, kind", [("p", "poster"), ("g", "agenda"), ("s", "summary"), ("l", "large"), ("t", "todo")]
)
async def test_print_saves_the_pdf_then_sends_it(meeting_store, make_app, tmp_path, monkeypatch, clock, key, kind):
    sent = []
    if kind == "summary":  # minutes exist only once the meeting has been held
        clock.advance(days=7)
        record_minutes(meeting_store, meeting_store.meetings()[0].id, general="Sovittiin kyydeistä.")

    def fake_print(path, printer=None, *, title=""):
        sent.append((path, printer))
        return PrintResult(job_id="kiosk-7", printer="Asukastupa")

    monkeypatch.setattr("printables.printing.print_pdf", fake_print)
    app = make_app(meeting_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_print(pilot, tmp_path / "usb")
        await pilot.press(key)
        await settle(pilot)
        (path, printer) = sent[0]
        assert path.parent == tmp_path / "usb" and path.name.startswith(f"{kind}-2026-12-03-")
        assert path.read_bytes().startswith(b"%PDF") and printer is None  # the CUPS default printer
        assert "kiosk-7" in status(app) and str(path) in status(app)


async def test_no_minutes_for_a_meeting_not_held_yet(meeting_store, make_app, tmp_path, monkeypatch):
    sent = []
    monkeypatch.setattr("printables.printing.print_pdf", lambda path, printer=None, *, title="": sent.append(path))
    app = make_app(meeting_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_print(pilot, tmp_path)
        await pilot.press("s")
        await settle(pilot)
        error = str(app.screen.query_one("#error", Static).render())
        assert error == (
            "Tapaamista ei ole vielä pidetty, joten siitä ei ole muistiota tulostettavaksi. Tulosta sen asialista."
        )
        assert sent == [] and list(tmp_path.glob("*.pdf")) == []


async def test_a_printing_failure_says_where_the_pdf_is(meeting_store, make_app, tmp_path, monkeypatch):
    def broken_print(path, printer=None, *, title=""):
        raise PrintError(
            "The print service (CUPS) is not running on this computer. The PDF is kept at {path}.", path=str(path)
        )

    monkeypatch.setattr("printables.printing.print_pdf", broken_print)
    app = make_app(meeting_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_print(pilot, tmp_path)
        await pilot.press("p")
        await settle(pilot)
        error = str(app.screen.query_one("#error", Static).render())
        (pdf,) = tmp_path.glob("poster-*.pdf")
        assert str(pdf) in error and status(app) == ""


async def test_exports_go_to_the_chosen_folder_without_contact_details(meeting_store, make_app, tmp_path):
    app = make_app(meeting_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_print(pilot, tmp_path / "usb")
        await pilot.press("i")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
    (csv_file,) = (tmp_path / "usb").glob("ideas-*.csv")
    (ics_file,) = (tmp_path / "usb").glob("meetings-*.ics")
    assert "Asiointikyyti" in csv_file.read_text(encoding="utf-8-sig")
    assert "040 123" not in csv_file.read_text(encoding="utf-8-sig")
    assert b"TZID=Europe/Helsinki" in ics_file.read_bytes()


async def test_exports_default_to_the_data_folder(meeting_store, make_app):
    app = make_app(meeting_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("5")
        await settle(pilot)
        assert app.screen.query_one("#folder", Input).value == str(meeting_store.path / "exports")
        await pilot.press("i")
        await settle(pilot)
    assert list((meeting_store.path / "exports").glob("ideas-*.csv"))


async def test_the_staff_csv_is_the_command_lines_csv(meeting_store, make_app, tmp_path):
    import subprocess
    import sys

    submit_idea(meeting_store, '=HYPERLINK("http://evil.example";"Klikkaa")', theme="Liikenne")
    app = make_app(meeting_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_print(pilot, tmp_path / "usb")
        await pilot.press("i")
        await settle(pilot)
    (csv_file,) = (tmp_path / "usb").glob("ideas-*.csv")
    cli = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "export", "--format", "csv", "--data", str(meeting_store.path)],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert cli.stdout == csv_file.read_bytes()
    assert b"'=HYPERLINK" in cli.stdout
