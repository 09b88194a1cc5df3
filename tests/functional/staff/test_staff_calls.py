"""The call list by keys: whom to call and what to tell them, ticked off when called; staff eyes only."""

from __future__ import annotations

from datetime import datetime

import pytest
from staff_support import SIZE, login, settle
from textual.widgets import Button, DataTable, Static

from kiosk.core import ideas as svc
from kiosk.core.clock import HELSINKI
from kiosk.core.model import Table
from kiosk.core.tables import save_table, schedule_meeting
from printables.printing import PrintError, PrintResult
from screens.staff.calls import CallsScreen
from screens.staff.home import StaffHomeScreen

PHONE = "040 765 4321"


@pytest.fixture
def waiting(staff_store, clock):
    """Aino left a phone number and her idea was published with an answer; Eino left none; Liisa only e-mail."""
    store = staff_store
    table = save_table(store, Table(name="Liikennepöytä", theme="Liikenne"))
    meeting = schedule_meeting(store, table.id, datetime(2026, 12, 3, 17, tzinfo=HELSINKI), "Asukastupa")
    aino = svc.submit_idea(store, "Penkki bussipysäkille", name="Aino Asukas", contact=PHONE)
    eino = svc.submit_idea(store, "Kirjasto auki iltaisin")
    liisa = svc.submit_idea(store, "Lukupiiri", name="Liisa", contact="liisa@example.fi")
    clock.advance(hours=2)
    for idea in (aino, eino, liisa):
        svc.publish_idea(store, idea.id)
    svc.answer_idea(store, aino.id, "Penkki tilataan keväällä.")
    return store, aino, meeting


def rows(app) -> list[list[str]]:
    """The call list's rows as plain text."""
    grid = app.screen.query_one("#calls", DataTable)
    return [[str(cell) for cell in grid.get_row_at(n)] for n in range(grid.row_count)]


async def test_the_call_list_by_keys_tick_off_and_back_again(waiting, make_app, clock):
    store, aino, meeting = waiting
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        assert "Soitettavat asukkaat: 2" in str(app.screen.query_one("#calls", Button).label)
        await pilot.press("8")
        await settle(pilot)
        assert isinstance(app.screen, CallsScreen)
        listed = rows(app)
        assert [row[0] for row in listed] == [aino.reference, "ID-0003"]
        assert listed[0][1:4] == ["Aino Asukas", PHONE, "Julkaistu"]
        assert listed[1][2] == "liisa@example.fi (Vain sähköposti)"
        tell = str(app.screen.query_one("#tell", Static).render())
        assert tell.splitlines() == [
            "Kerro asukkaalle Aino Asukas:",
            f"{aino.reference}: Työntekijä on lukenut idean, ja se näkyy asukastuvan kioskilla",
            "Vastaus: Penkki tilataan keväällä.",
        ]
        await pilot.press("k")  # Aino was called
        await settle(pilot)
        assert [row[0] for row in rows(app)] == ["ID-0003"]
        assert store.audit_entries(2026)[-1].what == "resident called"

        clock.advance(hours=1)
        svc.forward_idea_to_agenda(
            store, aino.id, meeting.id, question="Minne penkki sijoitetaan?"
        )  # her idea moves on: she is to be called again
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, StaffHomeScreen)
        await pilot.press("8")
        await settle(pilot)
        assert [row[0] for row in rows(app)] == ["ID-0003", aino.reference]  # waiting longest first
        assert rows(app)[1][3] == "Asialistalla"
        await pilot.press("down")
        await pilot.pause()
        tell = str(app.screen.query_one("#tell", Static).render()).splitlines()
        assert tell[2:4] == ["Pöytä: Liikennepöytä", "Tapaaminen: to 3.12.2026 klo 17.00"], tell


async def test_residents_cannot_reach_the_call_list(waiting, make_app, monotonic):
    from kiosk.app import KioskApp

    store, _aino, _meeting = waiting
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        for key in ("8", "k", "p", "c"):  # keys of the staff area mean nothing on the resident side
            await pilot.press(key)
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
        assert not any(isinstance(screen, CallsScreen) for screen in app.screen_stack)
        await login(pilot)
        await pilot.press("8")
        await settle(pilot)
        assert isinstance(app.screen, CallsScreen)
        monotonic.advance(app.staff_idle_seconds + 1)  # staff walk away: the area locks, the list goes
        app.check_idle_timeout()
        await settle(pilot)
        monotonic.advance(60)
        app.check_idle_timeout()
        await settle(pilot)
        assert not app.staff_unlocked
        assert not any(isinstance(screen, CallsScreen) for screen in app.screen_stack)
        shown = "\n".join(str(widget.render()) for widget in app.screen.query(Static))
        assert PHONE not in shown and "Aino" not in shown
    assert isinstance(app, KioskApp)


async def test_the_call_list_prints_from_a_file_that_is_gone_after(waiting, make_app, monkeypatch):
    store, _aino, _meeting = waiting
    sent = []

    def fake_print(path, printer=None, *, title=""):
        sent.append((path, path.read_bytes()))
        return PrintResult(job_id="kiosk-9", printer="Asukastupa")

    monkeypatch.setattr("printables.printing.print_pdf", fake_print)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("8")
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
    ((path, pdf),) = sent
    assert pdf.startswith(b"%PDF") and not path.exists()  # the contacts are not left on disk
    assert not list(store.path.rglob("*.pdf"))
    assert store.audit_entries(2026)[-1].what == "print call list"


async def test_a_call_list_the_printer_refused_is_not_kept(waiting, make_app, monkeypatch):
    store, _aino, _meeting = waiting
    kept = []

    def broken_print(path, printer=None, *, title=""):
        kept.append(path)
        raise PrintError(
            "The print service (CUPS) is not running on this computer. The PDF is kept at {path}.", path=str(path)
        )

    monkeypatch.setattr("printables.printing.print_pdf", broken_print)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("8")
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        error = str(app.screen.query_one("#error", Static).render())
    assert error.startswith("Soitettavien listaa ei tulostettu") and str(kept[0]) not in error
    assert not kept[0].exists()
