"""The ideas inbox: triage, forwarding to an agenda (seen by the resident), privacy and retention."""

from __future__ import annotations

from datetime import datetime

from staff_support import SIZE, login, settle, type_into
from textual.widgets import DataTable, Input, Select, Static

from kiosk.core.clock import HELSINKI
from kiosk.core.contacts import reveal_contact
from kiosk.core.ideas import complete_idea, find_idea, public_status, publish_idea, submit_idea
from kiosk.core.model import IdeaState, Table
from kiosk.core.tables import save_table, schedule_meeting
from screens.staff.dialogs.choice import ChoiceDialog
from screens.staff.forms.forward import ForwardDialog
from screens.staff.home import StaffHomeScreen
from screens.staff.ideas import IdeasScreen
from screens.staff.meeting_detail import MeetingScreen


def shown(app, selector: str) -> str:
    """The text a Static on the current screen shows."""
    return str(app.screen.query_one(selector, Static).render())


def karttula_meeting(store):
    """The Karttula table with a meeting next week."""
    table = save_table(store, Table(name="Karttulan kumppanuuspöytä", theme="Ikäihmisten palvelut", area="Karttula"))
    start = datetime(2026, 12, 3, 17, 0, tzinfo=HELSINKI)
    return table, schedule_meeting(store, table.id, start, "Karttulan asukastupa", duration_minutes=90)


async def open_ideas(pilot) -> IdeasScreen:
    """Log in and open the ideas inbox."""
    await login(pilot)
    await pilot.press("1")
    await settle(pilot)
    assert isinstance(pilot.app.screen, IdeasScreen)
    return pilot.app.screen


async def test_forwarded_idea_is_on_the_agenda_and_in_the_residents_view(staff_store, make_app):
    _table, meeting = karttula_meeting(staff_store)
    idea = submit_idea(staff_store, "Asiointikyyti kirkonkylälle torstaisin", theme="Liikenne")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_ideas(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ForwardDialog)
        assert app.screen.query_one("#meeting", Select).value == meeting.id  # the soonest meeting
        app.screen.query_one("#question", Input).value = ""
        await type_into(pilot, "#question", "Miten asiointikyyti järjestyy?")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, IdeasScreen)
        assert "Karttulan kumppanuuspöytä" in shown(app, "#detail")

        # The meeting's agenda shows the question, with the idea behind it by reference.
        await pilot.press("escape", "3")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        agenda = app.screen.query_one("#agenda", DataTable)
        assert [str(cell) for cell in agenda.get_row_at(0)][1:4] == [
            "Miten asiointikyyti järjestyy?",
            "10",
            "ID-0001",
        ]

        # The resident, by the reference: "on the agenda of the table ... at its meeting on ...".
        await pilot.press("escape", "escape", "escape")  # meeting, meetings, staff area (locks)
        await settle(pilot)
        assert not app.staff_unlocked
        status = public_status(find_idea(staff_store, "ID-0001"))
        assert status.state == IdeaState.ON_AGENDA and status.meeting_id == meeting.id
        await pilot.press("4")
        await pilot.pause()
        await type_into(pilot, "#reference", "1")
        await pilot.press("enter")
        await settle(pilot)
        assert "Karttulan kumppanuuspöytä" in shown(app, "#agenda")
        assert idea.text in shown(app, "#idea-text")


async def test_publish_answer_decline_and_merge(staff_store, make_app):
    first = submit_idea(staff_store, "Lukupiiri kirjastoon", theme="Kirjasto")
    second = submit_idea(staff_store, "Lukupiiri kirjastoon kerran kuussa", theme="Kirjasto")
    third = submit_idea(staff_store, "Ilmainen sauna joka päivä", theme="Liikunta")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ideas(pilot)
        grid = screen.query_one(DataTable)
        assert grid.row_count == 3 and screen.current_id() == third.id  # the newest first

        await pilot.press("d")  # decline the sauna with a public reason
        await pilot.pause()
        await type_into(pilot, "#text", "Kunnalla ei ole saunaa.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert staff_store.idea(third.id).state == IdeaState.DECLINED
        assert grid.row_count == 2  # only open ideas are listed

        grid.move_cursor(row=grid.get_row_index(first.id))
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        await type_into(pilot, "#text", "Kirjasto selvittää.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        answered = staff_store.idea(first.id)
        assert answered.state == IdeaState.PUBLISHED and answered.public_answer == "Kirjasto selvittää."
        assert grid.get_row_index(second.id) == 0  # the still unread idea stays at the top

        grid.move_cursor(row=grid.get_row_index(second.id))
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")  # the only other open idea
        await settle(pilot)
        merged = staff_store.idea(second.id)
        assert merged.state == IdeaState.MERGED and merged.merged_into == first.id

        # The state filter shows the closed ones too.
        screen.query_one("#state", Select).value = "all"
        await settle(pilot)
        assert grid.row_count == 3


async def test_idea_on_paper_with_contact_visible_to_staff_only(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_ideas(pilot)
        await pilot.press("n")
        await pilot.pause()
        await type_into(pilot, "#text", "Penkki bussipysäkille [b]heti[/b]")
        await type_into(pilot, "#theme", "Liikenne")
        app.screen.query_one("#source", Select).value = "phone"
        await type_into(pilot, "#name", "Aino Asukas")
        await type_into(pilot, "#contact", "040 123 4567")
        await pilot.press("ctrl+s")
        await settle(pilot)
        (idea,) = staff_store.open_ideas()
        assert (idea.source, reveal_contact(staff_store, idea).contact, idea.reference) == (
            "phone",
            "040 123 4567",
            "ID-0001",
        )
        detail = shown(app, "#detail")
        assert "040 123 4567" in detail and "[b]heti[/b]" in detail  # typed text is shown, never read as markup

        await pilot.press("x")  # the resident asked to be forgotten
        await pilot.pause()
        await pilot.click("#yes")
        await settle(pilot)
        erased = staff_store.idea(idea.id)
        assert reveal_contact(staff_store, erased) is None
        assert "040" not in shown(app, "#detail")


async def test_retention_erases_old_contact_details_at_staff_login(staff_store, make_app, clock):
    old = submit_idea(staff_store, "Kyläkauppa auki sunnuntaisin", name="Aino", contact="040 1")
    publish_idea(staff_store, old.id)
    complete_idea(staff_store, old.id, "Kauppa on auki sunnuntaisin.")
    recent = submit_idea(staff_store, "Lisää penkkejä", name="Eino", contact="040 2")
    clock.advance(days=400)  # more than the 12 months of retention after the first was closed
    publish_idea(staff_store, recent.id)
    complete_idea(staff_store, recent.id)  # closed just now: kept
    still_open = submit_idea(staff_store, "Kirjastoauto kylään", name="Veikko", contact="040 3")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        assert isinstance(app.screen, StaffHomeScreen)
        assert "1" in shown(app, "#retention").split("\n")[-1]  # "erased now from 1 ideas"
    assert reveal_contact(staff_store, staff_store.idea(old.id)) is None
    assert reveal_contact(staff_store, staff_store.idea(recent.id)).contact == "040 2"
    assert reveal_contact(staff_store, staff_store.idea(still_open.id)).contact == "040 3"
    assert "retention" in [e.what for e in staff_store.audit_entries(clock.now().year)]
