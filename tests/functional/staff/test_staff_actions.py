"""Agreed actions by keys: for a participant, a sub-group or an outside party; milestones; overdue; to-do sheets."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from staff_support import SIZE, login, settle, type_into
from textual.widgets import DataTable, Static

from kiosk.core.clock import HELSINKI
from kiosk.core.model import Participant, ResponsibleKind, Role, Sector, SubGroup, Table
from kiosk.core.tables import add_action, add_subgroup, record_minutes, save_table, schedule_meeting
from screens.staff.forms.action import ActionDialog
from screens.staff.meeting_detail import MeetingScreen


@pytest.fixture
def held(staff_store):
    """A table with two participants and a sub-group, and a meeting held a week ago."""
    table = save_table(
        staff_store,
        Table(
            name="Varpaisjärven kumppanuuspöytä",
            theme="Kunnantalo",
            participants=[
                Participant("Ville Virtanen", "Lapinlahden kunta", Sector.PUBLIC, Role.CHAIR, id="p0"),
                Participant("Maija Mäkinen", "", Sector.RESIDENT, id="p1"),
            ],
        ),
    )
    add_subgroup(staff_store, table.id, SubGroup("Alatyöryhmä A", "Kesätorit", ["p1"], id="g0"))
    meeting = schedule_meeting(
        staff_store, table.id, datetime(2026, 11, 20, 17, tzinfo=HELSINKI), "Kunnantalo", allow_past=True
    )
    record_minutes(staff_store, meeting.id, attendee_ids=["p0", "p1"], general="Kesätorit sovittiin.")
    return staff_store, meeting


async def open_meeting(pilot) -> None:
    """Log in, Meetings, open the (only) meeting."""
    await login(pilot)
    await pilot.press("3")
    await pilot.pause()
    await pilot.press("o")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen)


async def new_action(pilot, what: str, kind_steps: int) -> None:
    """T opens the form; type what was agreed, then move right ``kind_steps`` times in "who takes it" and choose."""
    await pilot.press("t")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ActionDialog)
    await type_into(pilot, "#what", what)
    await pilot.press("tab")  # from the text box to "who takes it"
    await pilot.press(*["right"] * kind_steps, "enter")
    await pilot.pause()


async def test_an_action_for_a_sub_group_is_saved_by_keys(held, make_app):
    store, _meeting = held
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await new_action(pilot, "Kesätorien ohjelma", 1)
        assert app.screen.query_one("#subgroup").display and not app.screen.query_one("#participant").display
        await pilot.press("tab", "enter")  # open the sub-group list
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await type_into(pilot, "#due", "31.1.2027")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
    (action,) = store.actions()
    assert (action.what, action.responsible_kind, action.responsible_id, action.responsible, action.due) == (
        "Kesätorien ohjelma",
        ResponsibleKind.SUBGROUP,
        "g0",
        "Alatyöryhmä A",
        date(2027, 1, 31),
    )


async def test_an_action_for_an_outside_party_is_saved_by_keys(held, make_app):
    store, _meeting = held
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await new_action(pilot, "Torikojut lainaan", 2)
        assert app.screen.query_one("#outside").display and not app.screen.query_one("#subgroup").display
        await pilot.press("ctrl+s")  # no name yet: refused in plain words, nothing lost
        await settle(pilot)
        assert isinstance(app.screen, ActionDialog)
        error = str(app.screen.query_one("#error", Static).render())
        assert "Kirjoita" in error, error
        await type_into(pilot, "#outside", "Varpaisjärven yhdistykset")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        row = app.screen.query_one("#actions", DataTable).get_row_at(0)
        assert str(row[1]).startswith("Varpaisjärven")
    (action,) = store.actions()
    assert (action.responsible_kind, action.responsible_id, action.responsible) == (
        ResponsibleKind.OUTSIDE,
        "",
        "Varpaisjärven yhdistykset",
    )


async def test_a_participant_is_still_the_first_choice(held, make_app):
    store, _meeting = held
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await new_action(pilot, "Sali varataan", 0)
        await pilot.press("tab", "enter")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
    (action,) = store.actions()
    assert (action.responsible_as, action.responsible_id, action.responsible) == (
        ResponsibleKind.PARTICIPANT,
        "p0",
        "Lapinlahden kunta",
    )


def result_texts(app) -> str:
    """The lines of the results cards on the resident's results screen, as plain text."""
    return "\n".join(str(card.content) for card in app.screen.query(".result-text"))


async def test_milestones_added_by_keys_are_shown_to_residents_on_results(held, make_app):
    from screens.results import ResultsScreen
    from screens.staff.forms.milestones import MilestonesDialog

    store, meeting = held
    action = add_action(store, meeting.id, "Kunnantalon kahvio", "Varpaisjärven yhdistykset", date(2027, 5, 31))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        app.screen.query_one("#actions", DataTable).focus()
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, MilestonesDialog)
        await type_into(pilot, "#label", "Avustus haettu")
        await type_into(pilot, "#day", "25.11.2026")
        await pilot.press("tab", "space")  # to "reached", and tick it
        await pilot.press("ctrl+s")
        await settle(pilot)
        await type_into(pilot, "#label", "Kahvio avattu")
        await type_into(pilot, "#day", "1.3.2027")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await type_into(pilot, "#label", "Avustus myönnetty")
        await type_into(pilot, "#day", "15.1.2027")
        await pilot.press("ctrl+s")
        await settle(pilot)
        grid = app.screen.query_one("#milestones", DataTable)
        assert [str(grid.get_row_at(n)[1]) for n in range(grid.row_count)] == [
            "Avustus haettu",
            "Avustus myönnetty",
            "Kahvio avattu",
        ]
        await type_into(pilot, "#day", "31.2.2027")  # a day that does not exist: refused, fields kept
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen.query_one("#error", Static).display
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press("escape", "escape", "escape")  # meetings, staff home, lock
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert isinstance(app.screen, ResultsScreen)
        text = result_texts(app)
    saved = store.action(action.id)
    assert [(m.label, m.reached) for m in saved.milestones] == [
        ("Avustus haettu", True),
        ("Avustus myönnetty", False),
        ("Kahvio avattu", False),
    ]
    assert "Avustus haettu ke 25.11.2026" in text, text
    assert "Avustus myönnetty: odotetaan pe 15.1.2027 mennessä" in text, text
    assert text.index("Avustus haettu") < text.index("Kahvio avattu")


async def test_overdue_actions_are_flagged_in_the_staff_lists(held, make_app):
    store, meeting = held
    add_action(store, meeting.id, "Myöhässä oleva", "Kyläyhdistys", date(2026, 11, 25))
    add_action(store, meeting.id, "Ajallaan oleva", "Kyläyhdistys", date(2026, 12, 31))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        grid = app.screen.query_one("#actions", DataTable)
        states = {str(grid.get_row_at(n)[0]): str(grid.get_row_at(n)[3]) for n in range(grid.row_count)}
        assert states == {"Myöhässä oleva": "Sovittu, myöhässä", "Ajallaan oleva": "Sovittu"}
        await pilot.press("escape", "escape", "2")
        await settle(pilot)
        tables = app.screen.query_one(DataTable)
        assert str(tables.get_row_at(0)[5]).startswith("Toimenpiteitä myöhässä: 1")


async def test_to_do_sheets_print_from_the_meeting_screen(held, make_app, monkeypatch):
    import pdfplumber

    from printables.printing import PrintResult

    store, meeting = held
    add_action(
        store,
        meeting.id,
        "Kesätorien ohjelma",
        "",
        date(2027, 1, 31),
        responsible_id="g0",
        responsible_kind=ResponsibleKind.SUBGROUP,
    )
    add_action(store, meeting.id, "Torikojut lainaan", "Varpaisjärven yhdistykset", None)
    sent = []

    def fake_print(path, printer=None, *, title=""):
        sent.append(path)
        return PrintResult(job_id="kiosk-3", printer="Asukastupa")

    monkeypatch.setattr("printables.printing.print_pdf", fake_print)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await pilot.press("l")
        await settle(pilot)
    (path,) = sent
    assert path.name.startswith("todo-2026-11-20-")
    with pdfplumber.open(path) as pdf:
        pages = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    assert len(pages) == 2
    assert pages[0].startswith("Tehtävälista Alatyöryhmä A Alatyöryhmä · Varpaisjärven kumppanuuspöytä"), pages[0]
    assert pages[1].startswith("Tehtävälista Varpaisjärven yhdistykset Ulkopuolinen taho ·"), pages[1]


async def test_a_milestone_is_changed_and_removed_by_keys(held, make_app):
    from kiosk.core.actions import save_milestone
    from kiosk.core.model import Milestone
    from screens.staff.forms.milestones import MilestonesDialog

    store, meeting = held
    action = add_action(store, meeting.id, "Kunnantalon kahvio", "Varpaisjärven yhdistykset", None)
    save_milestone(store, action.id, Milestone("Avustus haettu", date(2026, 11, 25), id="m1"))
    save_milestone(store, action.id, Milestone("Kahvio avattu", date(2027, 3, 1), id="m2"))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        app.screen.query_one("#actions", DataTable).focus()
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, MilestonesDialog)
        app.screen.query_one("#milestones", DataTable).focus()
        await pilot.press("enter")  # the first milestone into the fields
        await pilot.pause()
        assert app.screen.query_one("#day").value == "25.11.2026"
        await pilot.press("tab", "tab", "space", "ctrl+s")  # now reached
        await settle(pilot)
        app.screen.query_one("#milestones", DataTable).focus()
        await pilot.press("down", "ctrl+r")  # remove the second
        await settle(pilot)
        assert app.screen.query_one("#milestones", DataTable).row_count == 1
    saved = store.action(action.id)
    assert [(m.id, m.label, m.reached) for m in saved.milestones] == [("m1", "Avustus haettu", True)]
