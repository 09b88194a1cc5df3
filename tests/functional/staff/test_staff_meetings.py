"""Meetings: the 90-minute rule shown on the form, and open actions carried to the next agenda."""

from __future__ import annotations

from datetime import date, datetime

from staff_support import SIZE, login, settle, type_into
from textual.widgets import DataTable, Static

from kiosk.core.clock import HELSINKI
from kiosk.core.model import AgendaItem, Participant, Role, Sector, Table
from kiosk.core.tables import add_action, add_agenda_item, save_table, schedule_meeting
from screens.staff.forms.agenda_item import AgendaItemDialog
from screens.staff.forms.meeting import MeetingFormDialog
from screens.staff.meeting_detail import MeetingScreen
from screens.staff.meetings import MeetingsScreen
from screens.staff.minutes import MinutesScreen


def shown(app, selector: str) -> str:
    """The text a Static on the current screen shows."""
    return str(app.screen.query_one(selector, Static).render())


def karttula(store) -> Table:
    """The Karttula table with a chair and a home-service entrepreneur."""
    return save_table(
        store,
        Table(
            name="Karttulan kumppanuuspöytä",
            theme="Ikäihmisten palvelut",
            participants=[
                Participant("Leena Lahtinen", "Kuopion kaupunginvaltuusto", Sector.PUBLIC, Role.CHAIR),
                Participant("Tuomo Taksi", "Kotipalvelu ja taksi Tuomo", Sector.BUSINESS),
            ],
        ),
    )


async def open_meetings(pilot) -> None:
    """Log in and open the meetings."""
    await login(pilot)
    await pilot.press("3")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MeetingsScreen)


async def fill_meeting(pilot, day: str, start: str, length: str) -> None:
    """Type the new meeting's date, start, length and place."""
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, MeetingFormDialog)
    await type_into(pilot, "#day", day)
    pilot.app.screen.query_one("#time").value = ""
    await type_into(pilot, "#time", start)
    pilot.app.screen.query_one("#length").value = ""
    await type_into(pilot, "#length", length)
    await type_into(pilot, "#place", "Karttulan asukastupa")


async def test_a_meeting_of_120_minutes_is_refused_and_nothing_is_saved(staff_store, make_app):
    karttula(staff_store)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meetings(pilot)
        await fill_meeting(pilot, "3.12.2026", "17:00", "120")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingFormDialog)  # the form stays open with the reason
        message = shown(app, "#error")
        assert "90" in message and "120" in message
        assert staff_store.meetings() == []
        assert not [e for e in staff_store.audit_entries(2026) if e.what == "schedule meeting"]


async def test_bad_dates_and_times_are_explained(staff_store, make_app):
    karttula(staff_store)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meetings(pilot)
        await fill_meeting(pilot, "32.12.2026", "17.00", "90")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "32.12.2026" in shown(app, "#error")
        app.screen.query_one("#day").value = "3.12.2026"
        app.screen.query_one("#time").value = "kello viisi"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "17.00" in shown(app, "#error")  # the example of the expected form
        assert staff_store.meetings() == []


async def test_agenda_must_fit_the_meeting(staff_store, make_app):
    table = karttula(staff_store)
    schedule_meeting(
        staff_store, table.id, datetime(2026, 12, 3, 17, tzinfo=HELSINKI), "Asukastupa", duration_minutes=60
    )
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meetings(pilot)
        await pilot.press("o", "a")
        await pilot.pause()
        assert isinstance(app.screen, AgendaItemDialog)
        await type_into(pilot, "#title", "Miten kyytejä kehitetään?")
        app.screen.query_one("#minutes").value = "75"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "75" in shown(app, "#error") and "60" in shown(app, "#error")
        assert staff_store.meetings()[0].agenda == []


async def test_open_actions_are_carried_to_the_next_agenda(staff_store, make_app, clock):
    table = karttula(staff_store)
    first = schedule_meeting(
        staff_store, table.id, datetime(2026, 11, 20, 17, tzinfo=HELSINKI), "Asukastupa", allow_past=True
    )
    action = add_action(
        staff_store, first.id, "Kyytikysely kylille", "", date(2026, 12, 31), responsible_id=table.participants[1].id
    )
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meetings(pilot)
        await fill_meeting(pilot, "3.12.2026", "17.00", "90")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)
        second = staff_store.upcoming_meetings()[0]
        assert second.agenda[0].action_ids == [action.id]
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen) and app.screen.meeting_id == second.id
        review = [str(cell) for cell in app.screen.query_one("#agenda", DataTable).get_row_at(0)]
        assert review[2] == "15" and "1" in review[3]  # 15 minutes to review one action
        await pilot.press("r")  # minutes wait for the meeting to start
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        clock.advance(days=6, hours=8)  # 3.12. at 18.00, during the meeting
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, MinutesScreen)
        assert any("Kyytikysely kylille" in str(s.render()) for s in app.screen.query(Static))


async def test_an_agenda_item_can_be_changed_within_the_meeting_time(staff_store, make_app):
    table = karttula(staff_store)
    meeting = schedule_meeting(staff_store, table.id, at_three_december(), "Asukastupa", duration_minutes=60)
    add_agenda_item(staff_store, meeting.id, AgendaItem("Kyydit", minutes_planned=30))
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meetings(pilot)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("enter")  # the first item
        await pilot.pause()
        assert isinstance(app.screen, AgendaItemDialog)
        app.screen.query_one("#minutes").value = "75"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "75" in shown(app, "#error")
        app.screen.query_one("#minutes").value = "45"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        assert [(i.title, i.minutes_planned) for i in staff_store.meeting(meeting.id).agenda] == [("Kyydit", 45)]


def at_three_december() -> datetime:
    """The Karttula meeting next week."""
    return datetime(2026, 12, 3, 17, tzinfo=HELSINKI)
