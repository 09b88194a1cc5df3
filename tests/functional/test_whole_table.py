"""A whole partnership table's work, by keys alone, from the service workshop to what the resident reads.

Staff announce an open service workshop and record afterwards the themes that came out of it; a
resident leaves an idea for one of those themes at the kiosk; staff publish it, create the table
the workshop led to and link the two, schedule a meeting and move it once (residents see it as
moved), forward the idea to it as an open question, start the meeting, write the minutes with
attendance, agree actions for a participant, a sub-group and an outside party, and close it. The
next meeting approves the minutes; the idea's action gets milestones and is done; the resident
reads it on the results screen and on "what happened to my idea".

Every step is done by keys: typed text through ``type_into`` (which pastes long text), choices in
the Select widgets by focusing them and Enter, arrows, Enter. After each step the test reads
what the screen shows and what the store holds. Time moves only with the ``clock`` fixture.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from functional_support import settle
from resident.resident_support import SIZE, Paste, screen_text, static_text, walk
from staff.staff_support import PIN, login, type_into
from textual.widgets import DataTable, OptionList, Select, SelectionList

from kiosk.core.clock import HELSINKI
from kiosk.core.i18n import _
from kiosk.core.model import (
    ROLE_LABELS,
    SECTOR_LABELS,
    TABLE_KIND_LABELS,
    ActionStatus,
    AgendaKind,
    IdeaState,
    ResponsibleKind,
    Role,
    Sector,
    TableKind,
)
from kiosk.core.pin import set_pin
from screens.home import HomeScreen
from screens.idea_review import IdeaReviewScreen
from screens.idea_status import IdeaStatusScreen
from screens.idea_thanks import IdeaThanksScreen
from screens.idea_theme import IdeaThemeScreen
from screens.results import ResultsScreen
from screens.staff.base import StaffScreen
from screens.staff.dialogs.confirm import ConfirmDialog
from screens.staff.forms.action import ActionDialog
from screens.staff.forms.forward import ForwardDialog
from screens.staff.forms.meeting import MeetingFormDialog
from screens.staff.forms.milestones import MilestonesDialog
from screens.staff.forms.participant import ParticipantDialog
from screens.staff.forms.table import TableFormDialog
from screens.staff.forms.workshop import WorkshopDialog
from screens.staff.forms.workshop_outcome import LinkTableDialog, OutcomeThemesDialog
from screens.staff.meeting_detail import MeetingScreen
from screens.staff.meetings import MeetingsScreen
from screens.staff.minutes import MinutesScreen
from screens.staff.table_detail import TableScreen
from screens.staff.workshop_detail import WorkshopScreen
from screens.staff.workshops import WorkshopsScreen
from screens.table_detail import TableDetailScreen
from screens.upcoming import UpcomingScreen
from screens.widgets import ChoiceButton

WORKSHOP_AT = datetime(2026, 12, 1, 13, 0, tzinfo=HELSINKI)
"""The open service workshop: Tuesday after the tests' clock (Friday 27.11.2026 10.00)."""
FIRST_PLANNED = datetime(2026, 12, 3, 17, 0, tzinfo=HELSINKI)
"""When the table's first meeting is scheduled..."""
FIRST_AT = datetime(2026, 12, 8, 17, 0, tzinfo=HELSINKI)
"""...and where it is moved to."""
SECOND_AT = datetime(2027, 1, 12, 17, 0, tzinfo=HELSINKI)
"""The second meeting, which approves the first one's minutes."""
THEME = "Asiointikyydit kirkonkylälle"
"""The theme that came out of the workshop, and that the table then works on."""
IDEA_TEXT = "Torstaisin yhteinen kyyti kirkonkylälle kauppaan ja apteekkiin, niin ei tarvitse pyytää naapuria."
"""What the resident types."""
QUESTION = "Miten autottomat pääsevät kirkonkylälle asioille?"
"""The open question the idea becomes background to."""
PEOPLE = [
    ("Leena Lahtinen", "Kuopion kaupunginvaltuusto", Sector.PUBLIC, Role.CHAIR),
    ("Sari Savolainen", "Karttulan asukastupa", Sector.PUBLIC, Role.CONVENER),
    ("Kaisa Kettunen", "Karttulan seurakunta", Sector.THIRD, Role.SECRETARY),
    ("Tuomo Taksi", "Kotipalvelu ja taksi Tuomo", Sector.BUSINESS, Role.MEMBER),
    ("Eila Eläkeläinen", "", Sector.RESIDENT, Role.MEMBER),
]
"""The table's people, from all four sectors."""
RIDE = "Asiointikyydin kokeilu torstaisin"
"""The action for a participant (the taxi entrepreneur), from the resident's idea."""
DAY_TRIP = "Kevään virkistyspäivän ohjelma"
"""The action for the sub-group."""
SURVEY = "Kyselylomake kyläläisille kyytitarpeista"
"""The action for a party outside the table."""
VILLAGE_ASSOCIATION = "Karttulan kyläyhdistys"
"""The outside party."""


# Keys ------------------------------------------------------------------------------


async def press(pilot, *keys: str) -> None:
    """Press keys, then wait until workers are done and their messages handled."""
    await pilot.press(*keys)
    await settle(pilot)


async def save(pilot) -> None:
    """Ctrl+S, as every staff form saves."""
    await press(pilot, "ctrl+s")


async def retype(pilot, selector: str, text: str) -> None:
    """Empty a filled-in field by keys (End, Ctrl+U deletes all to the left), then type the new text."""
    pilot.app.screen.query_one(selector).focus()
    await press(pilot, "end", "ctrl+u")
    await type_into(pilot, selector, text)


def _prompt(options: OptionList, index: int | None) -> str:
    """The plain text of an option in a list (an open Select's, or a SelectionList)."""
    assert index is not None
    prompt = options.get_option_at_index(index).prompt
    return getattr(prompt, "plain", str(prompt))


async def choose(pilot, selector: str, label: str) -> None:
    """Choose in a Select by keys: focus it, Enter opens its list, Home, Down to ``label``, Enter."""
    select = pilot.app.screen.query_one(selector, Select)
    select.focus()
    await press(pilot, "enter")
    assert select.expanded, selector
    overlay = select.query_one(OptionList)
    labels = [_prompt(overlay, index) for index in range(overlay.option_count)]
    assert label in labels, (selector, label, labels)
    await press(pilot, "home", *["down"] * labels.index(label))
    assert _prompt(overlay, overlay.highlighted) == label, (selector, label)
    await press(pilot, "enter")
    assert not select.expanded


async def tick(pilot, selector: str, labels: list[str]) -> None:
    """Mark options of a SelectionList by keys: Down through the list, Space on each wanted one."""
    options = pilot.app.screen.query_one(selector, SelectionList)
    options.focus()
    found = [index for index in range(options.option_count) if _prompt(options, index) in labels]
    keys = ["home"]
    for index in range(options.option_count):
        keys += ["space", "down"] if index in found else ["down"]
    await press(pilot, *keys)
    assert len(found) == len(labels) and sorted(options.selected) == sorted(
        options.get_option_at_index(index).value for index in found
    ), (selector, labels)


async def to_row(pilot, selector: str, key: str) -> None:
    """Focus a list and move its cursor by keys (Up or Down) to the row of ``key``."""
    grid = pilot.app.screen.query_one(selector, DataTable)
    grid.focus()
    steps = grid.get_row_index(key) - grid.cursor_row
    await press(pilot, *(["down"] * steps if steps > 0 else ["up"] * -steps))
    assert grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value == key


async def lock(pilot) -> None:
    """Esc back through the staff screens; Esc on the staff home locks it and shows the resident's home."""
    for _step in range(8):
        if not isinstance(pilot.app.screen, StaffScreen):
            break
        await press(pilot, "escape")
    assert isinstance(pilot.app.screen, HomeScreen)


async def confirm(pilot) -> None:
    """Yes in the confirmation dialog: Tab to the yes button, Enter."""
    assert isinstance(pilot.app.screen, ConfirmDialog)
    await press(pilot, "tab", "enter")


# Reading the screen ------------------------------------------------------------------


def rows(app, selector: str) -> list[list[str]]:
    """Every row of a list on the current screen, as plain text cells."""
    grid = app.screen.query_one(selector, DataTable)
    return [[str(cell) for cell in grid.get_row_at(n)] for n in range(grid.row_count)]


def card_texts(app) -> str:
    """The text of every card on a resident's list screen (one line a line of a card)."""
    return "\n".join(str(widget.render()) for widget in app.screen.query(".card .text"))


def result_texts(app) -> str:
    """The lines of the results cards as given, unwrapped (each card is one widget that wraps them), as plain text."""
    return "\n".join(str(card.content) for card in app.screen.query(".result-text"))


# The steps ---------------------------------------------------------------------------


async def announce_workshop(pilot, store) -> str:
    """Staff create the open workshop, without themes: they come out of it."""
    await press(pilot, "4", "n")
    assert isinstance(pilot.app.screen, WorkshopDialog)
    await type_into(pilot, "#title", "Kylien palvelupaja")
    await type_into(pilot, "#day", "1.12.2026")
    await retype(pilot, "#time", "13.00")
    await type_into(pilot, "#place", "Karttulan asukastupa")
    await type_into(pilot, "#description", "Kaikille avoin: mitä kylillä tarvitaan, jotta arki sujuu ilman autoa?")
    await save(pilot)
    assert isinstance(pilot.app.screen, WorkshopsScreen), static_text(pilot.app, "#error")
    [workshop] = store.workshops()
    assert (workshop.title, workshop.start, workshop.themes, workshop.is_open) == (
        "Kylien palvelupaja",
        WORKSHOP_AT,
        [],
        True,
    )
    [row] = rows(pilot.app, "#workshops")
    assert row[0] == "Kylien palvelupaja" and row[1] == "ti 1.12.2026 klo 13.00"
    return workshop.id


async def record_outcome(pilot, store, workshop_id: str) -> None:
    """After the workshop, staff record the themes that came out of it."""
    await press(pilot, "enter")
    assert isinstance(pilot.app.screen, WorkshopScreen)
    assert "Pajasta nousseet teemat" in static_text(pilot.app, "#facts")
    await press(pilot, "r")
    assert isinstance(pilot.app.screen, OutcomeThemesDialog)
    await type_into(pilot, "#outcome", f"{THEME}\nYksinäisyys talvella")
    await save(pilot)
    assert isinstance(pilot.app.screen, WorkshopScreen)
    assert f"Pajasta nousseet teemat: {THEME}; Yksinäisyys talvella" in static_text(pilot.app, "#facts")
    assert store.workshop(workshop_id).outcome_themes == [THEME, "Yksinäisyys talvella"]


async def leave_idea(pilot, store, workshop_id: str) -> str:
    """A resident at the kiosk leaves an idea for a theme that came out of the workshop; returns its reference."""
    await press(pilot, "1")
    assert isinstance(pilot.app.screen, IdeaThemeScreen)
    shown = screen_text(pilot.app)
    assert f"1 {THEME}" in shown and "2 Yksinäisyys talvella" in shown, shown
    await press(pilot, "1")
    await walk(pilot, [Paste(IDEA_TEXT), "enter", *"Aino", "enter", *"040 765 4321", "enter"])
    await settle(pilot)
    assert isinstance(pilot.app.screen, IdeaReviewScreen)
    review = screen_text(pilot.app)
    assert f"Aihe: {THEME}" in review and "Torstaisin yhteinen kyyti" in review and "040 765" not in review
    await press(pilot, "enter")
    assert isinstance(pilot.app.screen, IdeaThanksScreen)
    reference = pilot.app.screen.reference
    idea = store.idea_by_number(int(reference.removeprefix("ID-")))
    assert (idea.text, idea.theme, idea.workshop_id, idea.state) == (
        IDEA_TEXT,
        THEME,
        workshop_id,
        IdeaState.RECEIVED,
    )
    await press(pilot, "enter")
    assert isinstance(pilot.app.screen, HomeScreen)
    return reference


async def create_table(pilot, store) -> str:
    """Tables, N, the table's facts (its kind chosen by keys); the new table opens."""
    await press(pilot, "2", "n")
    assert isinstance(pilot.app.screen, TableFormDialog)
    await type_into(pilot, "#name", "Karttulan kyläkyydit")
    await choose(pilot, "#kind", _(TABLE_KIND_LABELS[TableKind.BOTH]))
    await type_into(pilot, "#theme", THEME)
    await type_into(pilot, "#area", "Karttula")
    await type_into(pilot, "#goal", "Autottomat kyläläiset pääsevät asioille kirkonkylälle.")
    await save(pilot)
    assert isinstance(pilot.app.screen, TableScreen)
    [table] = store.tables()
    assert (table.name, table.kind, table.theme) == ("Karttulan kyläkyydit", TableKind.BOTH, THEME)
    assert static_text(pilot.app, "#name") == "Karttulan kyläkyydit"
    assert f"{THEME} \u00b7 Karttula \u00b7 {_(TABLE_KIND_LABELS[TableKind.BOTH])}" in static_text(pilot.app, "#facts")
    return table.id


async def add_people(pilot, store, table_id: str) -> None:
    """Each participant through the participant form, sector and role chosen by keys; then a sub-group."""
    for name, organisation, sector, role in PEOPLE:
        await press(pilot, "a")
        assert isinstance(pilot.app.screen, ParticipantDialog)
        await type_into(pilot, "#name", name)
        if organisation:
            await type_into(pilot, "#organisation", organisation)
        await choose(pilot, "#sector", _(SECTOR_LABELS[sector]))
        await choose(pilot, "#role", _(ROLE_LABELS[role]))
        await save(pilot)
        assert isinstance(pilot.app.screen, TableScreen), static_text(pilot.app, "#error")
    table = store.table(table_id)
    assert [(p.name, p.sector, p.role) for p in table.participants] == [(n, s, r) for n, _o, s, r in PEOPLE]
    assert table.missing_sectors() == [] and table.size_warning() is None
    assert [row[0] for row in rows(pilot.app, "#participants")] == [name for name, *_rest in PEOPLE]

    await press(pilot, "g")
    await type_into(pilot, "#name", "Virkistyspäivä")
    await type_into(pilot, "#task", "Valmistelee kevään virkistyspäivän.")
    await tick(pilot, "#members", ["Kaisa Kettunen (Karttulan seurakunta)", "Eila Eläkeläinen"])
    await type_into(pilot, "#outside", "Eläkeliiton Karttulan yhdistys")
    await save(pilot)
    assert isinstance(pilot.app.screen, TableScreen)
    table = store.table(table_id)
    [group] = table.subgroups
    assert group.member_ids == [table.participants[2].id, table.participants[4].id]
    assert group.outside_members == ["Eläkeliiton Karttulan yhdistys"]
    assert "Virkistyspäivä: Kaisa Kettunen, Eila Eläkeläinen, Eläkeliiton Karttulan yhdistys" in static_text(
        pilot.app, "#subgroups"
    )


async def link_workshop(pilot, store, workshop_id: str, table_id: str) -> None:
    """From the workshop's screen, link the table it led to; the table's screen then names the workshop."""
    await lock(pilot)
    await login(pilot)
    await press(pilot, "4", "enter")
    assert isinstance(pilot.app.screen, WorkshopScreen)
    await press(pilot, "l")
    assert isinstance(pilot.app.screen, LinkTableDialog)
    await choose(pilot, "#table", "Karttulan kyläkyydit")
    await save(pilot)
    assert isinstance(pilot.app.screen, WorkshopScreen)
    assert rows(pilot.app, "#led-to") == [["Karttulan kyläkyydit", "Karttula", "Toiminnassa"]]
    assert store.workshop(workshop_id).table_ids == [table_id]
    await press(pilot, "escape", "escape", "2", "enter")
    assert isinstance(pilot.app.screen, TableScreen)
    assert "Syntyi palvelupajasta: Kylien palvelupaja (ti 1.12.2026)" in static_text(pilot.app, "#facts")


async def schedule_and_move(pilot, store, table_id: str) -> str:
    """The table's meetings, N: the first meeting on 3.12.; then opened and moved once, to 8.12."""
    await press(pilot, "m")
    assert isinstance(pilot.app.screen, MeetingsScreen)
    await press(pilot, "n")
    assert isinstance(pilot.app.screen, MeetingFormDialog)
    await type_into(pilot, "#day", "3.12.2026")
    await type_into(pilot, "#place", "Karttulan asukastupa")
    await save(pilot)
    assert isinstance(pilot.app.screen, MeetingsScreen), static_text(pilot.app, "#error")
    [meeting] = store.meetings(table_id)
    assert (meeting.start, meeting.duration_minutes, meeting.moved_from) == (FIRST_PLANNED, 90, None)
    [row] = rows(pilot.app, "#meetings")
    assert (row[0], row[1], row[4]) == ("to 3.12.2026 klo 17.00\u201318.30", "Karttulan kyläkyydit", "Tulossa")

    await press(pilot, "o")
    assert isinstance(pilot.app.screen, MeetingScreen)
    await press(pilot, "e")
    assert isinstance(pilot.app.screen, MeetingFormDialog)
    await retype(pilot, "#day", "8.12.2026")
    await save(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen), static_text(pilot.app, "#error")
    moved = store.meeting(meeting.id)
    assert (moved.start, moved.moved_from) == (FIRST_AT, FIRST_PLANNED)
    assert "Siirretty" in static_text(pilot.app, "#facts")
    assert "ti 8.12.2026 klo 17.00" in static_text(pilot.app, "#heading")
    return meeting.id


async def see_it_moved(pilot) -> None:
    """On the resident side, the upcoming screen says the meeting was moved, with the new time only."""
    await lock(pilot)
    await press(pilot, "2")
    assert isinstance(pilot.app.screen, UpcomingScreen)
    cards = card_texts(pilot.app)
    assert "Siirretty, uusi aika: ti 8.12.2026 klo 17.00\u201318.30" in cards, cards
    assert "Pöytä: Karttulan kyläkyydit" in cards and "3.12.2026" not in cards, cards
    # The meeting card's number opens the table's page: moved there too, and born from the workshop.
    [number] = [
        button.id.removeprefix("item-")
        for card in pilot.app.screen.query(".card")
        if "Karttulan kyläkyydit" in "".join(str(text.render()) for text in card.query(".text"))
        for button in card.query(ChoiceButton)
    ]
    await press(pilot, number)
    assert isinstance(pilot.app.screen, TableDetailScreen)
    assert static_text(pilot.app, "#origin") == "Syntyi palvelupajasta Kylien palvelupaja (ti 1.12.2026)"
    page = "\n".join(str(text.render()) for text in pilot.app.screen.query(".text"))
    assert "Siirretty, uusi aika: ti 8.12.2026 klo 17.00\u201318.30, Karttulan asukastupa" in page, page
    await press(pilot, "escape", "escape")
    assert isinstance(pilot.app.screen, HomeScreen)


async def publish_and_forward(pilot, store, reference: str, meeting_id: str) -> None:
    """Staff publish the idea (P) and forward it (F) to the moved meeting as background to an open question."""
    await login(pilot)
    await press(pilot, "1")
    assert rows(pilot.app, "#ideas")[0][0] == reference
    await press(pilot, "p")
    idea = store.idea_by_number(int(reference.removeprefix("ID-")))
    assert idea.state == IdeaState.PUBLISHED
    await press(pilot, "f")
    assert isinstance(pilot.app.screen, ForwardDialog)
    assert pilot.app.screen.query_one("#meeting", Select).value == meeting_id  # the only meeting open for items
    await retype(pilot, "#question", QUESTION)
    await save(pilot)
    assert not isinstance(pilot.app.screen, ForwardDialog), static_text(pilot.app, "#error")
    [item] = store.meeting(meeting_id).agenda
    assert (item.title, item.idea_ids) == (QUESTION, [idea.id])
    assert store.idea(idea.id).state == IdeaState.ON_AGENDA
    assert rows(pilot.app, "#ideas")[0][2] == "Asialistalla"


async def open_meeting(pilot, meeting_id: str) -> None:
    """Staff home, Meetings (3), Down to the meeting's row, Enter."""
    await lock(pilot)
    await login(pilot)
    await press(pilot, "3")
    assert isinstance(pilot.app.screen, MeetingsScreen)
    await to_row(pilot, "#meetings", meeting_id)
    await press(pilot, "enter")
    assert isinstance(pilot.app.screen, MeetingScreen) and pilot.app.screen.meeting_id == meeting_id


async def start_and_write_minutes(pilot, store, table_id: str, meeting_id: str, idea_id: str) -> None:
    """S starts the meeting at its time; R: who came (Space marks), the notes, Ctrl+S."""
    await press(pilot, "s")
    assert store.meeting(meeting_id).started == FIRST_AT
    assert "Käynnissä" in static_text(pilot.app, "#facts")
    await press(pilot, "r")
    assert isinstance(pilot.app.screen, MinutesScreen)
    table = store.table(table_id)
    present = [p.display for p in table.participants[:4]]  # the resident member could not come
    await tick(pilot, "#present", present)
    await type_into(pilot, "#notes-1", "Kokeillaan torstain asiointikyytiä; tarve kartoitetaan kyselyllä.")
    await type_into(pilot, "#general", "Virkistyspäivän valmistelu annettiin alatyöryhmälle.")
    await save(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen), static_text(pilot.app, "#error")
    held = store.meeting(meeting_id)
    assert held.held and held.attendee_ids == [p.id for p in table.participants[:4]]
    assert held.absent_ids == [table.participants[4].id]
    assert held.agenda[0].notes.startswith("Kokeillaan torstain")
    assert store.idea(idea_id).state == IdeaState.DISCUSSED
    facts = static_text(pilot.app, "#facts")
    assert "muistio kirjattu, läsnä 4" in facts and "luonnos, kunnes seuraava tapaaminen hyväksyy sen" in facts
    assert rows(pilot.app, "#agenda")[0][4] == "\u2713"


async def agree_actions(pilot, store, table_id: str, meeting_id: str) -> dict[str, str]:
    """T three times: for a participant (from the idea's item), a sub-group and an outside party."""
    table = store.table(table_id)
    taxi = table.participants[3]

    async def action_form(what: str, kind_steps: int) -> None:
        await press(pilot, "t")
        assert isinstance(pilot.app.screen, ActionDialog)
        await type_into(pilot, "#what", what)
        await press(pilot, "tab", *["right"] * kind_steps, "enter")  # "who takes it": arrows and Enter

    [item] = store.meeting(meeting_id).agenda
    await to_row(pilot, "#agenda", item.id)
    await action_form(RIDE, 0)
    await choose(pilot, "#participant", taxi.display)
    await type_into(pilot, "#due", "31.3.2027")
    await save(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen), static_text(pilot.app, "#error")

    await action_form(DAY_TRIP, 1)
    assert pilot.app.screen.query_one("#subgroup").display and not pilot.app.screen.query_one("#participant").display
    await choose(pilot, "#subgroup", "Virkistyspäivä")
    await type_into(pilot, "#due", "30.4.2027")
    await choose(pilot, "#item", "Ei tiettyä kohtaa")
    await save(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen), static_text(pilot.app, "#error")

    await action_form(SURVEY, 2)
    assert pilot.app.screen.query_one("#outside").display
    await type_into(pilot, "#outside", VILLAGE_ASSOCIATION)
    await type_into(pilot, "#due", "31.1.2027")
    await choose(pilot, "#item", "Ei tiettyä kohtaa")
    await save(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen), static_text(pilot.app, "#error")

    actions = {a.what: a for a in store.actions(table_id)}
    assert {what: (a.responsible_kind, a.responsible, a.due) for what, a in actions.items()} == {
        RIDE: (ResponsibleKind.PARTICIPANT, "Kotipalvelu ja taksi Tuomo", date(2027, 3, 31)),
        DAY_TRIP: (ResponsibleKind.SUBGROUP, "Virkistyspäivä", date(2027, 4, 30)),
        SURVEY: (ResponsibleKind.OUTSIDE, VILLAGE_ASSOCIATION, date(2027, 1, 31)),
    }
    assert actions[RIDE].idea_ids == item.idea_ids and actions[DAY_TRIP].idea_ids == actions[SURVEY].idea_ids == []
    shown = {row[0]: (row[1], row[3]) for row in rows(pilot.app, "#actions")}
    assert shown == {
        RIDE: ("Kotipalvelu ja taksi\u2026", "Sovittu"),  # the list shortens at a word
        DAY_TRIP: ("Virkistyspäivä", "Sovittu"),
        SURVEY: (VILLAGE_ASSOCIATION, "Sovittu"),
    }
    return {what: a.id for what, a in actions.items()}


async def close_meeting(pilot, store, meeting_id: str) -> None:
    """C, and yes: the meeting is over."""
    await press(pilot, "c")
    await confirm(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen)
    closed = store.meeting(meeting_id)
    assert closed.closed == FIRST_AT and closed.held
    assert "Päättynyt" in static_text(pilot.app, "#facts")


async def schedule_next(pilot, store, table_id: str, first_id: str, action_ids: list[str]) -> str:
    """Back on the table's meetings, N: the next meeting opens with the approval and the review of the actions."""
    await press(pilot, "escape")
    assert isinstance(pilot.app.screen, MeetingsScreen)
    await press(pilot, "n")
    await type_into(pilot, "#day", "12.1.2027")
    await type_into(pilot, "#place", "Karttulan kirjasto")
    await save(pilot)
    assert isinstance(pilot.app.screen, MeetingsScreen), static_text(pilot.app, "#error")
    [second] = [m for m in store.meetings(table_id) if m.id != first_id]
    assert second.start == SECOND_AT
    assert [item.kind for item in second.agenda] == [AgendaKind.APPROVAL, AgendaKind.REVIEW]
    assert second.agenda[0].approves_id == first_id
    assert sorted(second.agenda[1].action_ids) == sorted(action_ids)
    assert "ti 12.1.2027 klo 17.00\u201318.30" in [row[0] for row in rows(pilot.app, "#meetings")]
    return second.id


async def approve_at_next(pilot, store, first_id: str, second_id: str) -> None:
    """At the next meeting: S starts it, H approves the previous minutes."""
    await press(pilot, "s")
    row = rows(pilot.app, "#agenda")[0]
    assert row[1] == "Edellisen tapaamisen muistion hyväksyminen" and row[4] == ""
    await press(pilot, "h")
    first = store.meeting(first_id)
    assert (first.minutes_approved_in, first.minutes_approved) == (second_id, SECOND_AT)
    assert rows(pilot.app, "#agenda")[0][4] == "\u2713"
    # The first meeting's own screen says its minutes are approved (no longer a draft).
    await press(pilot, "escape")
    await to_row(pilot, "#meetings", first_id)
    await press(pilot, "enter")
    facts = static_text(pilot.app, "#facts")
    assert "hyväksytty ti 12.1.2027" in facts and "luonnos" not in facts, facts
    await press(pilot, "escape")
    await to_row(pilot, "#meetings", second_id)
    await press(pilot, "enter")
    assert pilot.app.screen.meeting_id == second_id


async def add_milestones(pilot, store, action_id: str) -> None:
    """V on the idea's action: two milestones reached, one planned (Tab, Space ticks "reached")."""
    await to_row(pilot, "#actions", action_id)
    await press(pilot, "v")
    assert isinstance(pilot.app.screen, MilestonesDialog)
    for label, day, reached in (
        ("Kyytitarve kartoitettu", "18.12.2026", True),
        ("Ensimmäinen kyyti", "21.1.2027", False),
        ("Kuljetusavustus haettu", "8.1.2027", True),
    ):
        await type_into(pilot, "#label", label)
        await type_into(pilot, "#day", day)
        if reached:
            await press(pilot, "tab", "space")
        await save(pilot)
        assert not pilot.app.screen.query_one("#error").display, static_text(pilot.app, "#error")
    assert rows(pilot.app, "#milestones") == [
        ["pe 18.12.2026", "Kyytitarve kartoitettu", "toteutunut"],
        ["pe 8.1.2027", "Kuljetusavustus haettu", "toteutunut"],
        ["to 21.1.2027", "Ensimmäinen kyyti", "suunniteltu"],
    ]
    await press(pilot, "escape")
    assert isinstance(pilot.app.screen, MeetingScreen)
    assert [(m.label, m.day, m.reached) for m in store.action(action_id).milestones] == [
        ("Kyytitarve kartoitettu", date(2026, 12, 18), True),
        ("Kuljetusavustus haettu", date(2027, 1, 8), True),
        ("Ensimmäinen kyyti", date(2027, 1, 21), False),
    ]


async def see_milestones(pilot) -> None:
    """The resident's results show the action under way with its milestones."""
    await lock(pilot)
    await press(pilot, "3")
    assert isinstance(pilot.app.screen, ResultsScreen)
    text = result_texts(pilot.app)
    for expected in (
        "Karttulan kyläkyydit",
        f"Työn alla: {RIDE}",
        "Vastuutaho: Kotipalvelu ja taksi Tuomo, viimeistään ke 31.3.2027",
        "Kyytitarve kartoitettu pe 18.12.2026",
        "Kuljetusavustus haettu pe 8.1.2027",
        "Ensimmäinen kyyti: odotetaan to 21.1.2027 mennessä",
        f"Te sanoitte: {IDEA_TEXT}",
        f"Työn alla: {SURVEY}",
        f"Vastuutaho: {VILLAGE_ASSOCIATION}",
        f"Työn alla: {DAY_TRIP}",
        "Vastuutaho: Virkistyspäivä",
    ):
        assert expected in text, (expected, text)
    await press(pilot, "escape")


async def first_ride_and_done(pilot, store, action_id: str) -> None:
    """Ten days later: Enter on the planned milestone, tick it reached; then D: the action is done, with its result."""
    await to_row(pilot, "#actions", action_id)
    await press(pilot, "v")
    assert isinstance(pilot.app.screen, MilestonesDialog)
    await to_row(pilot, "#milestones", store.action(action_id).milestones[2].id)
    await press(pilot, "enter")
    assert pilot.app.screen.query_one("#label").value == "Ensimmäinen kyyti"
    await press(pilot, "tab", "tab", "space")  # label, day, "reached"
    await save(pilot)
    assert all(m.reached for m in store.action(action_id).milestones)
    await press(pilot, "escape")
    assert isinstance(pilot.app.screen, MeetingScreen)
    await press(pilot, "d")
    await type_into(pilot, "#text", "Kyyti kulki ensimmäisen kerran 21.1.; kyydissä oli kahdeksan kyläläistä.")
    await save(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen)
    done = store.action(action_id)
    assert done.status == ActionStatus.DONE and done.completed == store.now()
    assert done.result == "Kyyti kulki ensimmäisen kerran 21.1.; kyydissä oli kahdeksan kyläläistä."
    shown = {row[0]: row[3] for row in rows(pilot.app, "#actions")}
    assert shown[RIDE] == "Tehty"


async def resident_reads_it(pilot, reference: str) -> None:
    """The resident reads the done action on results, and the whole story on "my idea" by the reference."""
    await lock(pilot)
    await press(pilot, "3")
    text = result_texts(pilot.app)
    for expected in (
        f"Tehty pe 22.1.2027: {RIDE}",
        "Tulos: Kyyti kulki ensimmäisen kerran 21.1.; kyydissä oli kahdeksan kyläläistä.",
        f"Te sanoitte: {IDEA_TEXT} ({reference})",
        f"Työn alla: {SURVEY}",
    ):
        assert expected in text, (expected, text)
    assert f"Työn alla: {RIDE}" not in text
    await press(pilot, "escape", "4", *reference.removeprefix("ID-").lstrip("0"), "enter")
    assert isinstance(pilot.app.screen, IdeaStatusScreen)
    assert static_text(pilot.app, "#state") == "Tilanne nyt: Käsitelty kumppanuuspöydässä"
    assert static_text(pilot.app, "#idea-text") == IDEA_TEXT
    assert static_text(pilot.app, "#agenda") == (
        "Kumppanuuspöytä ”Karttulan kyläkyydit” käsitteli ideaasi tapaamisessa "
        "ti 8.12.2026 klo 17.00, Karttulan asukastupa."
    )
    assert [line.strip() for line in static_text(pilot.app, "#actions").splitlines()] == [
        f"Tehty: {RIDE}",
        "\u2713 Kyytitarve kartoitettu pe 18.12.2026",
        "\u2713 Kuljetusavustus haettu pe 8.1.2027",
        "\u2713 Ensimmäinen kyyti to 21.1.2027",
    ]
    steps = static_text(pilot.app, "#steps")
    assert "Kokeillaan torstain asiointikyytiä" in steps, steps
    assert "Aino" not in screen_text(pilot.app) and "040 765" not in screen_text(pilot.app)


async def close_the_idea(pilot, store, reference: str) -> None:
    """Staff close the idea as done (C in the ideas, with what was done); "my idea" then says done."""
    await login(pilot)
    await press(pilot, "1")
    await to_row(pilot, "#ideas", store.idea_by_number(int(reference.removeprefix("ID-"))).id)
    await press(pilot, "c")
    await type_into(pilot, "#text", "Asiointikyyti kulkee nyt torstaisin kirkonkylälle.")
    await save(pilot)
    idea = store.idea_by_number(int(reference.removeprefix("ID-")))
    assert idea.state == IdeaState.DONE
    await lock(pilot)
    await press(pilot, "4", *reference.removeprefix("ID-").lstrip("0"), "enter")
    assert isinstance(pilot.app.screen, IdeaStatusScreen)
    assert static_text(pilot.app, "#state") == "Tilanne nyt: Tehty"
    assert [line.strip() for line in static_text(pilot.app, "#actions").splitlines()] == [
        f"Tehty: {RIDE}",
        "\u2713 Kyytitarve kartoitettu pe 18.12.2026",
        "\u2713 Kuljetusavustus haettu pe 8.1.2027",
        "\u2713 Ensimmäinen kyyti to 21.1.2027",
    ]
    steps = static_text(pilot.app, "#steps")
    assert "pe 22.1.2027  Tehty" in steps and "Asiointikyyti kulkee nyt torstaisin" in steps, steps
    await press(pilot, "escape", "escape", "3")
    assert f"Te sanoitte: {IDEA_TEXT} ({reference})" in result_texts(pilot.app)  # a done idea is still quoted


@pytest.mark.long
async def test_a_whole_table_by_keys_from_the_workshop_to_what_the_resident_reads(store, make_app, clock):
    set_pin(store, PIN)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        # 1. The open service workshop, and afterwards the themes that came out of it.
        await login(pilot)
        workshop_id = await announce_workshop(pilot, store)
        clock.advance(days=4, hours=6)  # Tuesday 1.12. at 16.00: the workshop was held
        await record_outcome(pilot, store, workshop_id)

        # 2. A resident's idea for a theme that came out of the workshop.
        await lock(pilot)
        reference = await leave_idea(pilot, store, workshop_id)
        idea_id = store.idea_by_number(int(reference.removeprefix("ID-"))).id

        # 3. The table the workshop led to, its people and a sub-group, linked to the workshop.
        await login(pilot)
        table_id = await create_table(pilot, store)
        await add_people(pilot, store, table_id)
        await link_workshop(pilot, store, workshop_id, table_id)

        # 4. The first meeting, moved once; residents see it as moved.
        first_id = await schedule_and_move(pilot, store, table_id)
        await see_it_moved(pilot)

        # 5. The idea published and forwarded to the meeting as background to an open question.
        await publish_and_forward(pilot, store, reference, first_id)

        # 6. The meeting day: started, minutes, three actions, closed.
        clock.advance(days=7, hours=1)  # Tuesday 8.12. at 17.00
        await open_meeting(pilot, first_id)
        await start_and_write_minutes(pilot, store, table_id, first_id, idea_id)
        action_ids = await agree_actions(pilot, store, table_id, first_id)
        await close_meeting(pilot, store, first_id)

        # 7. The next meeting approves the minutes; the idea's action gets its milestones.
        second_id = await schedule_next(pilot, store, table_id, first_id, list(action_ids.values()))
        clock.advance(days=35)  # Tuesday 12.1.2027 at 17.00
        await open_meeting(pilot, second_id)
        await approve_at_next(pilot, store, first_id, second_id)
        await add_milestones(pilot, store, action_ids[RIDE])
        await see_milestones(pilot)

        # 8. The first ride went; the action is done, and the resident reads it.
        clock.advance(days=10)  # Friday 22.1.2027
        await open_meeting(pilot, second_id)
        await first_ride_and_done(pilot, store, action_ids[RIDE])
        await resident_reads_it(pilot, reference)
        await close_the_idea(pilot, store, reference)

    whats = [entry.what for entry in store.audit_entries(2026) + store.audit_entries(2027)]
    for step in (
        "schedule meeting",
        "move meeting",
        "forward idea",
        "start meeting",
        "record minutes",
        "add action",
        "close meeting",
        "approve minutes",
        "action status",
    ):
        assert step in whats, step
