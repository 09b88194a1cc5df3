"""A meeting's life by keys: started (early), closed, moved, called off, minutes, approval at the next meeting."""

from __future__ import annotations

from datetime import datetime

from staff_support import SIZE, login, settle, type_into
from textual.widgets import DataTable, Input, Static

from kiosk.core.clock import HELSINKI
from kiosk.core.ideas import publish_idea, submit_idea
from kiosk.core.model import AgendaKind, Participant, Role, Sector, Table
from kiosk.core.tables import add_action, record_minutes, save_table, schedule_meeting
from screens.staff.dialogs.confirm import ConfirmDialog
from screens.staff.forms.agenda_item import AgendaItemDialog
from screens.staff.forms.forward import ForwardDialog
from screens.staff.forms.meeting import MeetingFormDialog
from screens.staff.meeting_detail import MeetingScreen
from screens.staff.meetings import MeetingsScreen
from screens.staff.minutes import MinutesScreen


def at(day: int, month: int = 12, hour: int = 17) -> datetime:
    """A Helsinki time in late 2026."""
    return datetime(2026, month, day, hour, tzinfo=HELSINKI)


def shown(app, selector: str) -> str:
    """The text a Static on the current screen shows."""
    return str(app.screen.query_one(selector, Static).render())


def karttula(store) -> Table:
    """The Karttula table of three."""
    return save_table(
        store,
        Table(
            name="Karttulan kumppanuuspöytä",
            theme="Ikäihmisten palvelut",
            participants=[
                Participant("Leena Lahtinen", "Kaupunginvaltuusto", Sector.PUBLIC, Role.CHAIR, id="p-chair"),
                Participant("Tuomo Taksi", "Taksi Tuomo", Sector.BUSINESS, id="p-taxi"),
                Participant("Eila Eläkeläinen", "Eläkeläiset ry", Sector.THIRD, id="p-pens"),
            ],
        ),
    )


async def open_first_meeting(pilot) -> None:
    """Log in, open the meetings and the first one in the list."""
    await login(pilot)
    await pilot.press("3")
    await settle(pilot)
    await pilot.press("o")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen)


async def confirm(pilot) -> None:
    """Answer yes in the confirmation dialog by keys (Tab to the yes button, Enter)."""
    assert isinstance(pilot.app.screen, ConfirmDialog)
    await pilot.press("tab", "enter")
    await settle(pilot)


async def test_minutes_before_the_start_say_why_and_an_early_start_opens_them(staff_store, make_app):
    table = karttula(staff_store)
    meeting = schedule_meeting(staff_store, table.id, at(3), "Asukastupa")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_meeting(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        assert "S" in shown(app, "#error") and "alka" in shown(app, "#error")  # says what to do
        await pilot.press("s")  # a week early: the table met sooner
        await settle(pilot)
        assert staff_store.meeting(meeting.id).started == staff_store.now()
        assert "käynnissä" in shown(app, "#facts").lower()
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, MinutesScreen)


async def test_an_open_meeting_screen_notices_the_start_time_passing(staff_store, make_app, clock):
    table = karttula(staff_store)
    schedule_meeting(staff_store, table.id, at(27, 11, 11), "Asukastupa")  # today at 11.00
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_meeting(pilot)
        clock.advance(hours=1, minutes=5)  # 11.05: nothing on the screen was touched meanwhile
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, MinutesScreen)


async def test_a_meeting_is_started_and_closed_by_keys(staff_store, make_app, clock):
    table = karttula(staff_store)
    meeting = schedule_meeting(staff_store, table.id, at(27, 11, 11), "Asukastupa")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_meeting(pilot)
        clock.advance(hours=1, minutes=20)  # late: 11.20
        await pilot.press("s")
        await settle(pilot)
        assert staff_store.meeting(meeting.id).started == at(27, 11, 11).replace(minute=20)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("escape")  # cancelled: still open
        await settle(pilot)
        assert staff_store.meeting(meeting.id).closed is None
        await pilot.press("c")
        await settle(pilot)
        await confirm(pilot)
        closed = staff_store.meeting(meeting.id)
        assert closed.closed is not None and closed.held
        assert "päättynyt" in shown(app, "#facts").lower()


async def move_to(pilot, day: str) -> None:
    """E on the meeting's screen, a new day in the form, Ctrl+S."""
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MeetingFormDialog)
    pilot.app.screen.query_one("#day", Input).value = ""
    await type_into(pilot, "#day", day)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_a_meeting_is_moved_by_keys(staff_store, make_app):
    table = karttula(staff_store)
    meeting = schedule_meeting(staff_store, table.id, at(3), "Asukastupa")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_meeting(pilot)
        await move_to(pilot, "8.12.2026")
        assert isinstance(app.screen, MeetingScreen)
        moved = staff_store.meeting(meeting.id)
        assert moved.start == at(8) and moved.moved_from == at(3)
        assert "siirretty" in shown(app, "#facts").lower()


async def test_moving_a_meeting_into_the_past_asks_first(staff_store, make_app):
    table = karttula(staff_store)
    meeting = schedule_meeting(staff_store, table.id, at(3), "Asukastupa")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_meeting(pilot)
        await move_to(pilot, "20.11.2026")
        assert isinstance(app.screen, ConfirmDialog)
        assert "20.11.2026" in str(app.screen.query_one(".dialog-title", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MeetingFormDialog)  # back in the form, nothing saved
        assert staff_store.meeting(meeting.id).start == at(3)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await confirm(pilot)
        assert isinstance(app.screen, MeetingScreen)
        assert staff_store.meeting(meeting.id).start == at(20, 11)


async def test_creating_a_meeting_in_the_past_asks_first(staff_store, make_app):
    karttula(staff_store)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_into(pilot, "#day", "20.11.2026")
        await type_into(pilot, "#place", "Asukastupa")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert staff_store.meetings() == []
        await confirm(pilot)
        assert isinstance(app.screen, MeetingsScreen)
        assert [m.start for m in staff_store.meetings()] == [at(20, 11)]


async def test_a_meeting_is_called_off_by_keys(staff_store, make_app):
    table = karttula(staff_store)
    meeting = schedule_meeting(staff_store, table.id, at(3), "Asukastupa")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_meeting(pilot)
        await pilot.press("p")
        await settle(pilot)
        await confirm(pilot)
        assert staff_store.meeting(meeting.id).cancelled is not None
        assert "peruttu" in shown(app, "#facts").lower()
        await pilot.press("escape")
        await settle(pilot)
        row = [str(cell) for cell in app.screen.query_one("#meetings", DataTable).get_row_at(0)]
        assert "Peruttu" in row


async def test_an_idea_can_be_forwarded_to_a_past_meeting_not_closed_with_a_question(staff_store, make_app):
    table = karttula(staff_store)
    past = schedule_meeting(staff_store, table.id, at(20, 11), "Asukastupa", allow_past=True)
    text = "Kaupungin pitäisi palauttaa linja-autovuoro Karttulaan."
    idea = publish_idea(staff_store, submit_idea(staff_store, text).id)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("1")
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, ForwardDialog)
        question = app.screen.query_one("#question", Input)
        assert question.value.endswith("?") and text not in question.value and idea.reference in question.value
        question.value = ""
        await type_into(pilot, "#question", "Miten Karttulan joukkoliikennettä voisi parantaa?")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ForwardDialog)
    [item] = staff_store.meeting(past.id).agenda
    assert item.title == "Miten Karttulan joukkoliikennettä voisi parantaa?" and item.idea_ids == [idea.id]
    assert staff_store.idea(idea.id).meeting_id == past.id


async def test_forwarding_warns_once_when_the_item_is_not_a_question(staff_store, make_app):
    table = karttula(staff_store)
    meeting = schedule_meeting(staff_store, table.id, at(3), "Asukastupa")
    idea = publish_idea(staff_store, submit_idea(staff_store, "Linja-autovuoro takaisin").id)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("1")
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        app.screen.query_one("#question", Input).value = ""
        await type_into(pilot, "#question", "Vuoro palautetaan")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ForwardDialog)
        assert "?" in shown(app, "#error") and "kysymys" in shown(app, "#error").lower()
        assert staff_store.meeting(meeting.id).agenda == []
        await pilot.press("ctrl+s")  # staff know what they want: the second time it is saved
        await settle(pilot)
        assert not isinstance(app.screen, ForwardDialog)
    assert staff_store.meeting(meeting.id).agenda[0].idea_ids == [idea.id]


async def test_the_agenda_dialog_helps_phrase_a_question(staff_store, make_app):
    table = karttula(staff_store)
    meeting = schedule_meeting(staff_store, table.id, at(3), "Asukastupa")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_meeting(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AgendaItemDialog)
        hints = " ".join(str(s.render()) for s in app.screen.query(".hint").results(Static))
        assert "Miten" in hints  # an example of an open question
        await type_into(pilot, "#title", "Kyydit kuntoon")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, AgendaItemDialog)
        assert "kysymys" in shown(app, "#error").lower()
        assert staff_store.meeting(meeting.id).agenda == []
        app.screen.query_one("#title", Input).value = "Miten kyydit saadaan kuntoon?"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
    assert staff_store.meeting(meeting.id).agenda[0].title == "Miten kyydit saadaan kuntoon?"


async def test_minutes_are_approved_at_the_next_meeting_by_keys(staff_store, make_app, clock):
    table = karttula(staff_store)
    first = schedule_meeting(staff_store, table.id, at(20, 11), "Asukastupa", allow_past=True)
    add_action(staff_store, first.id, "Kyytikysely", "", None, responsible_id="p-taxi")
    record_minutes(staff_store, first.id, attendee_ids=["p-chair", "p-taxi"], general="Sovittiin kyselystä.")
    second = schedule_meeting(staff_store, table.id, at(27, 11, 11), "Asukastupa")
    assert [i.kind for i in second.agenda] == [AgendaKind.APPROVAL, AgendaKind.REVIEW]
    clock.advance(hours=1, minutes=5)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_meeting(pilot)
        assert app.screen.meeting_id == second.id
        first_row = [str(cell) for cell in app.screen.query_one("#agenda", DataTable).get_row_at(0)]
        assert "Edellisen tapaamisen muistion hyväksyminen" in first_row[1]
        await pilot.press("h")
        await settle(pilot)
        approved = staff_store.meeting(first.id)
        assert approved.minutes_approved_in == second.id
        first_row = [str(cell) for cell in app.screen.query_one("#agenda", DataTable).get_row_at(0)]
        assert "\u2713" in first_row[4]
