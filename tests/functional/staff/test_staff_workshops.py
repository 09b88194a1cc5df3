"""A service workshop through the staff screens by keys: announced without themes, the themes that
came out of it recorded afterwards and offered to residents, and the table it led to linked both ways."""

from __future__ import annotations

from datetime import datetime

import pytest
from staff_support import SIZE, login, settle, type_into
from textual.widgets import DataTable, Select, Static

from kiosk.core.clock import HELSINKI
from kiosk.core.model import Table
from kiosk.core.tables import save_table
from kiosk.core.workshops import create_workshop
from screens.idea_theme import IdeaThemeScreen
from screens.staff.forms.workshop import WorkshopDialog
from screens.staff.forms.workshop_outcome import LinkTableDialog, OutcomeThemesDialog
from screens.staff.table_detail import TableScreen
from screens.staff.workshop_detail import WorkshopScreen
from screens.table_detail import TableDetailScreen

HELD = datetime(2026, 11, 20, 13, 0, tzinfo=HELSINKI)
"""A week before the tests' clock (2026-11-27 10.00): the workshop has been held."""


def text_of(app, selector: str) -> str:
    """The plain text a Static on the current screen shows."""
    return str(app.screen.query_one(selector, Static).render())


def screen_text(app) -> str:
    """Everything on the current screen as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def open_first_workshop(pilot) -> None:
    """Staff home, Workshops, Enter on the first row."""
    await pilot.press("4")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, WorkshopScreen)


async def test_a_workshop_without_themes_can_be_created(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("4", "n")
        await settle(pilot)
        assert isinstance(app.screen, WorkshopDialog)
        await type_into(pilot, "#title", "Kylien palvelupaja")
        await type_into(pilot, "#day", "10.12.2026")
        await type_into(pilot, "#place", "Karttulan asukastupa")
        await type_into(pilot, "#description", "Mietitään yhdessä, mitä kylillä tarvitaan.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, WorkshopDialog), text_of(app, "#error")
    [workshop] = staff_store.workshops()
    assert workshop.title == "Kylien palvelupaja" and workshop.themes == [] and workshop.is_open


async def test_themes_that_came_out_are_recorded_afterwards_and_offered_to_residents(staff_store, make_app):
    create_workshop(staff_store, "Kylien palvelupaja", HELD, "Karttulan asukastupa", description="Kaikille avoin.")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await open_first_workshop(pilot)
        assert "not recorded yet" in text_of(app, "#facts") or "ei ole vielä kirjattu" in text_of(app, "#facts")
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, OutcomeThemesDialog)
        await type_into(pilot, "#outcome", "Kyydit kirkonkylälle\nYksinäisyys talvella")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WorkshopScreen)
        assert "Kyydit kirkonkylälle; Yksinäisyys talvella" in text_of(app, "#facts")
    assert staff_store.workshops()[0].outcome_themes == ["Kyydit kirkonkylälle", "Yksinäisyys talvella"]

    resident = make_app(staff_store)
    async with resident.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await settle(pilot)
        assert isinstance(resident.screen, IdeaThemeScreen)
        shown = screen_text(resident)
        assert "Kyydit kirkonkylälle" in shown and "Yksinäisyys talvella" in shown
        await pilot.press("1")
        await settle(pilot)
        assert resident.screen.draft.theme == "Kyydit kirkonkylälle"
        assert resident.screen.draft.workshop_id == staff_store.workshops()[0].id


async def test_the_workshop_and_the_table_it_led_to_show_each_other(staff_store, make_app):
    workshop = create_workshop(staff_store, "Kylien palvelupaja", HELD, "Karttulan asukastupa")
    save_table(staff_store, Table(name="Karttulan kyläkyydit", theme="Kyydit", area="Karttula"))
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await open_first_workshop(pilot)
        assert app.screen.query_one("#no-tables").display
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LinkTableDialog)
        select = app.screen.query_one("#table", Select)
        select.focus()
        await pilot.press("enter", "down", "enter")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WorkshopScreen)
        grid = app.screen.query_one("#led-to", DataTable)
        assert grid.row_count == 1 and "Karttulan kyläkyydit" in str(grid.get_row_at(0)[0])
        # The table's own screen names the workshop it was born from.
        await pilot.press("escape", "escape", "2")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TableScreen)
        assert "Kylien palvelupaja (pe 20.11.2026)" in text_of(app, "#facts")
    assert staff_store.workshop(workshop.id).table_ids == [staff_store.tables()[0].id]

    resident = make_app(staff_store)
    async with resident.run_test(size=SIZE) as pilot:
        resident.push_screen(TableDetailScreen(staff_store.tables()[0].id))
        await settle(pilot)
        assert "Syntyi palvelupajasta Kylien palvelupaja (pe 20.11.2026)" in text_of(resident, "#origin")


async def test_themes_cannot_be_recorded_before_the_workshop(staff_store, make_app):
    create_workshop(staff_store, "Tuleva palvelupaja", datetime(2026, 12, 10, 13, tzinfo=HELSINKI), "Asukastupa")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await open_first_workshop(pilot)
        await pilot.press("r")
        await settle(pilot)
        await type_into(pilot, "#outcome", "Kyydit")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, OutcomeThemesDialog)
        assert "kun se on alkanut" in text_of(app, "#error")
    assert staff_store.workshops()[0].outcome_themes == []


# Snapshots -------------------------------------------------------------------------


def _held_workshop_with_outcome(store) -> None:
    """A held workshop with the themes that came out of it, an idea left for it, and the table it led to."""
    from kiosk.core.ideas import submit_idea
    from kiosk.core.workshops import link_table, record_outcome_themes

    workshop = create_workshop(
        store,
        "Kylien palvelupaja",
        HELD,
        "Karttulan asukastupa",
        description="Kaikille avoin palvelupaja: mikä tekee arjesta hyvää kylillä?",
    )
    submit_idea(store, "Kyytirinki kirkonkylälle", theme=workshop.title, workshop_id=workshop.id, source="workshop")
    record_outcome_themes(store, workshop.id, ["Kyydit kirkonkylälle", "Yksinäisyys talvella"])
    table = save_table(store, Table(name="Karttulan kyläkyydit", theme="Kyydit kirkonkylälle", area="Karttula"))
    link_table(store, workshop.id, table.id)
    save_table(store, Table(name="Karttulan kirjaston illat", theme="Kirjasto", area="Karttula"))


def _snapshot(snap_compare, make_app, store, *keys):
    """Log in, open the workshop, press the keys, compare the screen."""

    async def run_before(pilot) -> None:
        await login(pilot)
        await open_first_workshop(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        await pilot.pause()

    return snap_compare(make_app(store), terminal_size=SIZE, run_before=run_before)


def test_workshop_screen(snap_compare, make_app, staff_store):
    _held_workshop_with_outcome(staff_store)
    assert _snapshot(snap_compare, make_app, staff_store)


def test_outcome_themes_dialog(snap_compare, make_app, staff_store):
    _held_workshop_with_outcome(staff_store)
    assert _snapshot(snap_compare, make_app, staff_store, "r")


def test_link_table_dialog(snap_compare, make_app, staff_store):
    _held_workshop_with_outcome(staff_store)
    assert _snapshot(snap_compare, make_app, staff_store, "l")


async def test_a_workshops_place_and_description_can_be_changed(staff_store, make_app):
    create_workshop(staff_store, "Kylien palvelupaja", HELD, "Asukastupa", ["Kyydit"])
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await open_first_workshop(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, WorkshopDialog)
        app.screen.query_one("#place").value = ""
        await type_into(pilot, "#place", "Karttulan kirjasto")
        await type_into(pilot, "#description", "Kahvitarjoilu.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WorkshopScreen)
        assert "Karttulan kirjasto" in text_of(app, "#facts")
    [workshop] = staff_store.workshops()
    assert (workshop.place, workshop.description, workshop.themes) == (
        "Karttulan kirjasto",
        "Kahvitarjoilu.",
        ["Kyydit"],
    )
    assert workshop.start == HELD


async def test_an_idea_collected_at_the_workshop_is_entered_for_it(staff_store, make_app):
    from screens.staff.forms.idea import NewIdeaDialog

    workshop = create_workshop(staff_store, "Kylien palvelupaja", HELD, "Asukastupa")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await open_first_workshop(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, NewIdeaDialog)
        await type_into(pilot, "#text", "Lumityörinki vapaaehtoisista")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WorkshopScreen)
        assert "Palvelupajaan jätettyjä ideoita: 1" in text_of(app, "#facts")
    [idea] = staff_store.all_ideas()
    assert (idea.workshop_id, idea.source, idea.theme) == (workshop.id, "workshop", "Kylien palvelupaja")


async def test_the_ideas_list_says_which_workshop_an_idea_was_left_for(staff_store, make_app):
    from kiosk.core.ideas import submit_idea

    workshop = create_workshop(staff_store, "Kylien palvelupaja", HELD, "Asukastupa")
    submit_idea(staff_store, "Kyytirinki", theme=workshop.title, workshop_id=workshop.id)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("1")
        await settle(pilot)
        assert "Jätetty palvelupajaan Kylien palvelupaja (pe 20.11.2026)." in text_of(app, "#detail")


@pytest.mark.long
async def test_from_an_open_workshop_through_residents_ideas_to_the_table_it_led_to(staff_store, clock, make_app):
    """The palvelupaja's whole way by keys: announced, an idea left for it, held, its themes recorded,
    a table set up on one of them and linked, and residents see both ends."""
    from textual.widgets import TextArea

    from screens.idea_thanks import IdeaThanksScreen
    from screens.staff.forms.table import TableFormDialog

    staff = make_app(staff_store)
    async with staff.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("4", "n")
        await settle(pilot)
        await type_into(pilot, "#title", "Kylien palvelupaja")
        await type_into(pilot, "#day", "3.12.2026")
        await type_into(pilot, "#place", "Karttulan asukastupa")
        await type_into(pilot, "#description", "Kaikille avoin: mitä kylillä tarvitaan?")
        await pilot.press("ctrl+s")
        await settle(pilot)
    resident = make_app(staff_store)
    async with resident.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        assert "Kylien palvelupaja" in screen_text(resident) and "to 3.12.2026 klo 17.00" in screen_text(resident)
        await pilot.press("1", "1")
        await settle(pilot)
        resident.screen.query_one(TextArea).insert("Kyytirinki kirkonkylälle torstaisin.")  # as a paste would
        await pilot.press("enter", "enter", "enter", "enter")
        await settle(pilot)
        assert isinstance(resident.screen, IdeaThanksScreen)
    [workshop] = staff_store.workshops()
    assert staff_store.all_ideas()[0].workshop_id == workshop.id

    clock.advance(days=7)  # the workshop has been held
    staff = make_app(staff_store)
    async with staff.run_test(size=SIZE) as pilot:
        await login(pilot)
        await open_first_workshop(pilot)
        assert "Palvelupajaan jätettyjä ideoita: 1" in text_of(staff, "#facts")
        await pilot.press("r")
        await settle(pilot)
        await type_into(pilot, "#outcome", "Kyydit kirkonkylälle\nYksinäisyys talvella")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("escape", "escape", "2", "n")
        await settle(pilot)
        assert isinstance(staff.screen, TableFormDialog)
        await type_into(pilot, "#name", "Karttulan kyläkyydit")
        await type_into(pilot, "#theme", "Kyydit kirkonkylälle")
        await type_into(pilot, "#area", "Karttula")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("escape", "escape", "4")  # the new table, the tables, the staff home
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        staff.screen.query_one("#table", Select).focus()
        await pilot.press("enter", "down", "enter", "ctrl+s")
        await settle(pilot)
        assert isinstance(staff.screen, WorkshopScreen)
        assert staff.screen.query_one("#led-to", DataTable).row_count == 1
    [table] = staff_store.tables()
    assert staff_store.workshop(workshop.id).table_ids == [table.id]

    resident = make_app(staff_store)
    async with resident.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await settle(pilot)
        shown = screen_text(resident)
        assert "Kyydit kirkonkylälle" in shown and "Yksinäisyys talvella" in shown
        await pilot.press("escape", "2")
        await settle(pilot)
        assert "Kylien palvelupaja" not in screen_text(resident)  # held: no longer upcoming
        resident.push_screen(TableDetailScreen(table.id))
        await settle(pilot)
        assert "Syntyi palvelupajasta Kylien palvelupaja (to 3.12.2026)" in text_of(resident, "#origin")
