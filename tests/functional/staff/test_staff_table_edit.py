"""Changing a participant and a sub-group from the table's screen: Enter or E opens the filled-in form."""

from __future__ import annotations

from dataclasses import replace

from staff_support import SIZE, login, settle, type_into
from textual.widgets import DataTable, Input, Select, SelectionList, Static, TextArea

from kiosk.core.model import Participant, Role, Sector, SubGroup, Table
from kiosk.core.tables import add_subgroup, save_table
from screens.staff.forms.participant import ParticipantDialog
from screens.staff.forms.subgroup import SubGroupDialog
from screens.staff.table_detail import TableScreen

PEOPLE = [
    Participant("Leena Lahtinen", "Kuopion kaupunginvaltuusto", Sector.PUBLIC, Role.CHAIR, id="p0"),
    Participant("Kaisa Kettunen", "Karttulan seurakunta", Sector.THIRD, title="diakoni", contact="040 1", id="p1"),
    Participant("Tuomo Taksi", "Kotipalvelu ja taksi Tuomo", Sector.BUSINESS, id="p2"),
]


def karttula(store) -> Table:
    """A table with three participants and a sub-group."""
    table = save_table(
        store,
        Table(
            name="Karttulan kumppanuuspöytä", theme="Ikäihmisten palvelut", participants=[replace(p) for p in PEOPLE]
        ),
    )
    add_subgroup(store, table.id, SubGroup("Virkistyspäivä", "Valmistelee.", ["p1"], ["Eläkeliitto"], id="g0"))
    add_subgroup(store, table.id, SubGroup("Kysely", id="g1"))
    return store.table(table.id)


async def open_table(pilot) -> None:
    """Log in, Tables, open the only table."""
    await login(pilot)
    await pilot.press("2")
    await settle(pilot)
    await pilot.press("o")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TableScreen)


async def test_enter_on_a_participant_opens_the_filled_in_form_and_saves_changes(staff_store, make_app):
    table = karttula(staff_store)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_table(pilot)
        app.screen.query_one("#participants", DataTable).move_cursor(row=1)
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ParticipantDialog)
        assert dialog.query_one("#name", Input).value == "Kaisa Kettunen"
        assert dialog.query_one("#title", Input).value == "diakoni"
        assert dialog.query_one("#sector", Select).value == Sector.THIRD.value
        dialog.query_one("#name", Input).value = ""
        await type_into(pilot, "#name", "Kaisa Kari")
        dialog.query_one("#role", Select).value = Role.SECRETARY.value
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TableScreen)
        cells = app.screen.query_one("#participants", DataTable).get_row("p1")
        assert str(cells[0]) == "Kaisa Kari"

    saved = staff_store.table(table.id)
    assert len(saved.participants) == 3
    person = saved.participant("p1")
    assert (person.name, person.role, person.title, person.contact) == (
        "Kaisa Kari",
        Role.SECRETARY,
        "diakoni",
        "040 1",
    )
    assert saved.subgroups[0].member_ids == ["p1"]
    whats = [e.what for e in staff_store.audit_entries(staff_store.now().year)]
    assert "update participant" in whats


async def test_e_on_a_participant_and_a_refusal_keeps_the_form(staff_store, make_app):
    table = karttula(staff_store)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_table(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ParticipantDialog)
        app.screen.query_one("#name", Input).value = ""
        app.screen.query_one("#organisation", Input).value = ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ParticipantDialog)
        assert app.screen.query_one("#error", Static).display
        await pilot.press("escape")
        await settle(pilot)
    assert staff_store.table(table.id).participant("p0").name == "Leena Lahtinen"


async def test_e_on_a_sub_group_opens_it_with_its_members_chosen(staff_store, make_app):
    table = karttula(staff_store)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_table(pilot)
        await pilot.press("tab")  # from the participants to the sub-groups
        await pilot.pause()
        groups = app.screen.query_one("#groups", DataTable)
        assert groups.has_focus and groups.row_count == 2
        assert "Eläkeliitto" in str(app.screen.query_one("#subgroups", Static).render())
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, SubGroupDialog)
        assert dialog.query_one("#name", Input).value == "Virkistyspäivä"
        assert dialog.query_one("#task", TextArea).text == "Valmistelee."
        assert dialog.query_one("#outside", Input).value == "Eläkeliitto"
        members = dialog.query_one("#members", SelectionList)
        assert members.selected == ["p1"]
        members.select("p2")
        dialog.query_one("#name", Input).value = "Virkistyspäivät"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TableScreen)
        assert "Tuomo Taksi" in str(app.screen.query_one("#subgroups", Static).render())

        # Enter on the second group opens that one.
        groups.move_cursor(row=1)
        groups.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SubGroupDialog) and app.screen.query_one("#name", Input).value == "Kysely"

    group = staff_store.table(table.id).subgroups[0]
    assert (group.id, group.name, group.member_ids) == ("g0", "Virkistyspäivät", ["p1", "p2"])


async def test_typed_text_in_sub_groups_is_shown_literally(staff_store, make_app):
    nasty = '[/] [@click=app.quit]x[/] <img src="/etc/passwd"/> \x1b[2J'
    table = save_table(staff_store, Table(name="Pöytä", theme="Teema", participants=[Participant(nasty, id="p0")]))
    add_subgroup(staff_store, table.id, SubGroup(nasty, nasty, ["p0"], [nasty]))
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_table(pilot)
        shown = '[/] [@click=app.quit]x[/] <img src="/etc/passwd"/>'
        assert str(app.screen.query_one("#groups", DataTable).get_row_at(0)[0]).startswith("[/] [@click=app.quit]x[/]")
        detail = str(app.screen.query_one("#subgroups", Static).render())
        assert detail.count(shown) == 4 and "\x1b" not in detail  # name, member, outside member, task
        await pilot.press("tab", "e")
        await settle(pilot)
        assert isinstance(app.screen, SubGroupDialog)
        assert app.screen.query_one("#name", Input).value.startswith(shown)
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running and app.staff_unlocked
