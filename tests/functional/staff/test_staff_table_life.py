"""A whole table's life through the staff screens alone, as a new coordinator would go through it.

From creating the Karttula table, its participants and a sub-group, through two meetings
with an agenda, a resident's idea, minutes and an agreed action, to closing it with an
evaluation. Fields are typed key by key; choices are made in the Select widgets.
"""

from __future__ import annotations

import pytest
from staff_support import SIZE, login, settle, type_into
from textual.widgets import DataTable, Select, SelectionList, Static

from kiosk.core.ideas import find_idea, public_status, submit_idea
from kiosk.core.model import ActionStatus, IdeaState, Role, Sector, TableKind, TableStatus
from screens.staff.forms.action import ActionDialog
from screens.staff.forms.meeting import MeetingFormDialog
from screens.staff.forms.participant import ParticipantDialog
from screens.staff.forms.table import TableFormDialog
from screens.staff.meeting_detail import MeetingScreen
from screens.staff.meetings import MeetingsScreen
from screens.staff.minutes import MinutesScreen
from screens.staff.table_detail import TableScreen
from screens.staff.tables import TablesScreen

PEOPLE = [
    ("Leena Lahtinen", "Kuopion kaupunginvaltuusto", Sector.PUBLIC, Role.CHAIR),
    ("Sari Savolainen", "Karttulan asukastupa", Sector.PUBLIC, Role.CONVENER),
    ("Pekka Pitkänen", "Kuopion kaupunki, kotihoito", Sector.PUBLIC, Role.SECRETARY),
    ("Kaisa Kettunen", "Karttulan seurakunta", Sector.THIRD, Role.MEMBER),
    ("Tuomo Taksi", "Kotipalvelu ja taksi Tuomo", Sector.BUSINESS, Role.MEMBER),
    ("Eila Eläkeläinen", "", Sector.RESIDENT, Role.MEMBER),
]
"""The Karttula table's people, from all four sectors."""


def text_of(app, selector: str) -> str:
    """The plain text a Static on the current screen shows."""
    return str(app.screen.query_one(selector, Static).render())


async def save(pilot) -> None:
    """Ctrl+S, then wait for the worker to save."""
    await pilot.press("ctrl+s")
    await settle(pilot)


async def create_table(pilot) -> None:
    """Tables, New table, and the table's own facts."""
    await pilot.press("2", "n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, TableFormDialog)
    await type_into(pilot, "#name", "Karttulan kumppanuuspöytä")
    pilot.app.screen.query_one("#kind", Select).value = TableKind.BOTH.value
    await type_into(pilot, "#theme", "Ikäihmisten palvelut")
    await type_into(pilot, "#area", "Karttula")
    await type_into(pilot, "#goal", "Autottomat ikäihmiset pääsevät palveluihin.")
    await type_into(pilot, "#rules", "Kaikki ääneen\nPuhutaan asioista")
    await save(pilot)


async def add_people(pilot) -> None:
    """Add the participants one by one through the participant form."""
    for name, organisation, sector, role in PEOPLE:
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ParticipantDialog)
        await type_into(pilot, "#name", name)
        if organisation:
            await type_into(pilot, "#organisation", organisation)
        pilot.app.screen.query_one("#sector", Select).value = sector.value
        pilot.app.screen.query_one("#role", Select).value = role.value
        await save(pilot)
        assert isinstance(pilot.app.screen, TableScreen)


async def schedule(pilot, day: str, length: str) -> None:
    """New meeting on the table's meeting list."""
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, MeetingFormDialog)
    await type_into(pilot, "#day", day)
    field = pilot.app.screen.query_one("#length")
    field.value = ""
    await type_into(pilot, "#length", length)
    await type_into(pilot, "#place", "Karttulan asukastupa")
    await save(pilot)


@pytest.mark.long
async def test_karttula_table_from_creation_to_closing(staff_store, make_app, clock):
    store = staff_store
    idea = submit_idea(store, "Asiointikyyti kirkonkylälle torstaisin", theme="Liikenne", name="Aino", contact="040 1")
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)

        # 1. The table and its people --------------------------------------------------
        await create_table(pilot)
        assert isinstance(app.screen, TableScreen)
        (table,) = store.tables()
        assert (table.kind, table.area, table.ground_rules) == (
            TableKind.BOTH,
            "Karttula",
            ["Kaikki ääneen", "Puhutaan asioista"],
        )
        assert "\u26a0" in text_of(app, "#balance")  # missing sectors, too few people
        await add_people(pilot)
        table = store.table(table.id)
        assert [p.role for p in table.participants][:3] == [Role.CHAIR, Role.CONVENER, Role.SECRETARY]
        assert table.missing_sectors() == [] and table.size_warning() is None
        assert "\u26a0" not in text_of(app, "#balance")  # no warnings left
        assert app.screen.query_one(DataTable).row_count == 6

        # A sub-group prepares the recreation day between meetings.
        await pilot.press("g")
        await pilot.pause()
        await type_into(pilot, "#name", "Virkistyspäivä")
        await type_into(pilot, "#task", "Valmistelee kevään virkistyspäivän.")
        members = app.screen.query_one("#members", SelectionList)
        members.select(table.participants[3].id)
        members.select(table.participants[5].id)
        await type_into(pilot, "#outside", "Eläkeliiton Karttulan yhdistys")
        await save(pilot)
        (group,) = store.table(table.id).subgroups
        assert len(group.member_ids) == 2 and group.outside_members == ["Eläkeliiton Karttulan yhdistys"]
        assert "Virkistyspäivä" in text_of(app, "#subgroups")

        # 2. The first meeting: too long is refused, 90 minutes is fine ----------------------
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        await schedule(pilot, "3.12.2026", "120")
        assert isinstance(app.screen, MeetingFormDialog)
        assert "90" in text_of(app, "#error") and store.meetings() == []
        app.screen.query_one("#length").value = ""
        await type_into(pilot, "#length", "90")
        await save(pilot)
        assert isinstance(app.screen, MeetingsScreen)
        (meeting,) = store.meetings()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)

        # The agenda: an open question, and the resident's idea forwarded from the inbox.
        await pilot.press("a")
        await pilot.pause()
        await type_into(pilot, "#title", "Miten autottomat pääsevät asioille?")
        await save(pilot)
        assert store.meeting(meeting.id).planned_minutes() == 10
        await pilot.press("escape", "escape", "escape", "escape")  # meeting, meetings, table, tables
        await pilot.pause()
        await pilot.press("1")  # the ideas inbox
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        await save(pilot)
        agenda = store.meeting(meeting.id).agenda
        assert agenda[-1].idea_ids == [idea.id]
        status = public_status(find_idea(store, idea.reference))
        assert status.state == IdeaState.ON_AGENDA and status.meeting_id == meeting.id

        # 3. After the meeting: minutes and an agreed action -----------------------------------
        clock.advance(days=7)
        await pilot.press("escape", "3")  # back to the staff home, then meetings
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, MinutesScreen)
        present = app.screen.query_one("#present", SelectionList)
        for person in table.participants[:5]:
            present.select(person.id)
        await type_into(pilot, "#notes-1", "Kartoitetaan kyytitarve kyselyllä.")
        await type_into(pilot, "#notes-2", "Kokeillaan asiointikyytiä keväällä.")
        await save(pilot)
        assert isinstance(app.screen, MeetingScreen)
        held = store.meeting(meeting.id)
        assert held.held and len(held.attendee_ids) == 5
        assert public_status(store.idea(idea.id)).state == IdeaState.DISCUSSED

        app.screen.query_one("#agenda", DataTable).move_cursor(row=1)  # the idea's item
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, ActionDialog)
        await type_into(pilot, "#what", "Asiointikyydin kokeilu keväällä")
        app.screen.query_one("#participant", Select).value = table.participants[4].id
        await type_into(pilot, "#due", "31.3.2027")
        await save(pilot)
        (action,) = store.actions(table.id)
        assert action.responsible == "Kotipalvelu ja taksi Tuomo" and action.idea_ids == [idea.id]

        # 4. The next meeting approves these minutes first, then reviews the open action -----
        await pilot.press("escape")
        await pilot.pause()
        await schedule(pilot, "14.1.2027", "90")
        second = store.meetings(table.id)[-1]
        assert second.agenda[0].approves_id == meeting.id
        assert second.agenda[1].action_ids == [action.id]

        # The action is done, with its result.
        await pilot.press("o")  # cursor is on the first (now past) meeting's row or the new one
        await pilot.pause()
        actions = app.screen.query_one("#actions", DataTable)
        actions.focus()
        await pilot.press("d")
        await pilot.pause()
        await type_into(pilot, "#text", "Kyyti kulkee torstaisin.")
        await save(pilot)
        assert store.action(action.id).status == ActionStatus.DONE

        # 5. Closing with the evaluation ---------------------------------------------------------
        await pilot.press("escape", "escape")  # meeting, meetings
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, TablesScreen)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await type_into(pilot, "#evaluation", "Yhteistyö toimi; kyyti jää pysyväksi.")
        await type_into(pilot, "#results", "Asiointikyyti torstaisin\nKaksi virkistyspäivää")
        await save(pilot)
        closed = store.table(table.id)
        assert closed.status == TableStatus.CLOSED
        assert closed.results == ["Asiointikyyti torstaisin", "Kaksi virkistyspäivää"]
        assert "Asiointikyyti" in text_of(app, "#subgroups")

    whats = [entry.what for entry in store.audit_entries(2026) + store.audit_entries(2027)]
    for step in (
        "save table",
        "add participant",
        "add sub-group",
        "schedule meeting",
        "forward idea",
        "record minutes",
        "add action",
        "action status",
        "close table",
    ):
        assert step in whats
