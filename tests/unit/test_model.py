"""The domain model refuses bad input with a reason and round-trips through dicts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.errors import ValidationError
from kiosk.core.i18n import set_language
from kiosk.core.model import (
    Action,
    AgendaItem,
    Idea,
    IdeaEvent,
    IdeaState,
    Meeting,
    Participant,
    Role,
    Sector,
    SubGroup,
    Table,
    Workshop,
    format_reference,
    parse_reference,
)

START = datetime(2026, 12, 3, 17, 0, tzinfo=HELSINKI)


def meeting(**changes) -> Meeting:
    """A valid meeting, changed as asked."""
    values = {"table_id": "t", "start": START, "place": "Asukastupa", "duration_minutes": 90}
    values.update(changes)
    return Meeting(**values)


def test_meeting_of_two_hours_is_refused_with_the_limit_in_the_message():
    with pytest.raises(ValidationError) as caught:
        meeting(duration_minutes=120).validate()
    assert caught.value.params == {"limit": 90, "minutes": 120}
    assert "90" in str(caught.value) and "120" in str(caught.value)


def test_meeting_of_ninety_minutes_is_accepted():
    meeting(duration_minutes=90).validate()


def test_agenda_that_does_not_fit_the_meeting_is_refused():
    items = [AgendaItem(title="Kuljetukset", minutes_planned=50), AgendaItem(title="Kirjasto", minutes_planned=45)]
    with pytest.raises(ValidationError) as caught:
        meeting(agenda=items).validate()
    assert caught.value.params == {"planned": 95, "minutes": 90}


def test_meeting_needs_an_aware_start_and_a_place():
    with pytest.raises(ValidationError):
        meeting(start=START.replace(tzinfo=None)).validate()
    with pytest.raises(ValidationError):
        meeting(place="  ").validate()


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_empty_idea_is_refused(text):
    with pytest.raises(ValidationError) as caught:
        Idea(text=text).validate()
    assert caught.value.msgid == "Please write your idea first."


def test_fifty_thousand_character_idea_is_refused_with_its_length():
    with pytest.raises(ValidationError) as caught:
        Idea(text="a" * 50_000).validate()
    assert caught.value.params == {"length": 50_000, "limit": 1000}


def test_action_without_responsible_party_is_refused():
    with pytest.raises(ValidationError) as caught:
        Action(table_id="t", what="Kysely palvelutarpeista", responsible=" ").validate()
    assert caught.value.msgid == "An agreed action needs a responsible party."


def test_validation_messages_are_translated_to_the_current_language():
    error = ValidationError("An agreed action needs a responsible party.")
    set_language("en")
    english = str(error)
    set_language("fi")
    finnish = str(error)
    assert english == "An agreed action needs a responsible party."
    assert finnish != english and finnish


def test_table_knows_missing_sectors_and_size():
    table = Table(
        name="Ikäihmisten palvelut",
        theme="Ikäihmiset",
        participants=[
            Participant(name="A", sector=Sector.PUBLIC, role=Role.CHAIR),
            Participant(name="B", sector=Sector.THIRD),
        ],
    )
    assert table.missing_sectors() == [Sector.BUSINESS, Sector.RESIDENT]
    assert table.size_warning() == "Fewer than {low} people at the table."
    assert table.with_role(Role.CHAIR)[0].name == "A"


def test_every_record_round_trips_through_a_dict():
    table = Table(
        name="Karttulan ikäihmisten pöytä",
        theme="Ikäihmisten palvelut",
        participants=[Participant(name="Liisa", organisation="Kotihoito", sector=Sector.PUBLIC)],
        subgroups=[SubGroup(name="Virkistyspäivä", member_ids=["x"])],
        created=START,
    )
    item = AgendaItem(title="Kimppakyydit", idea_ids=["i1"])
    records = [
        table,
        meeting(agenda=[item], attendee_ids=["p1"]),
        Action(table_id="t", what="Kysely", responsible="Kirjasto", due=date(2027, 1, 31), created=START),
        Workshop(title="Palvelupaja", start=START, place="Koulu", themes=["Liikenne"]),
        Idea(text="Äänikirjoja €", number=42, history=[IdeaEvent(IdeaState.RECEIVED, START)], created=START),
    ]
    for record in records:
        assert type(record).from_dict(record.to_dict()) == record


def test_from_dict_ignores_fields_from_newer_versions():
    data = Idea(text="x", number=1).to_dict() | {"future_field": 1}
    assert Idea.from_dict(data).text == "x"


def test_times_are_stored_with_their_offset_and_read_back_in_helsinki():
    summer = datetime(2026, 7, 3, 17, 0, tzinfo=HELSINKI)
    data = meeting(start=summer).to_dict()
    assert data["start"] == "2026-07-03T17:00:00+03:00"
    assert Meeting.from_dict(data).end == summer + timedelta(minutes=90)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("ID-0042", 42),
        ("id 42", 42),
        ("42", 42),
        (" id-0007 ", 7),
        ("", None),
        ("ID-", None),
        ("x42", None),
        ("0", None),
        ("KAR-0024", 24),
        ("kar 24", 24),
        ("ABCDEF-1", None),
    ],
)
def test_parse_reference(typed, number):
    assert parse_reference(typed) == number


def test_reference_format():
    assert format_reference(42) == "ID-0042"
    assert format_reference(12345) == "ID-12345"
    assert Idea(text="x", number=3).reference == "ID-0003"


def test_saved_table_keeps_enum_fields(tmp_path):
    from kiosk.core.store import Store
    from kiosk.core.tables import save_table

    saved = save_table(
        Store.open(tmp_path), Table(name="A", theme="B", participants=[Participant(name="P", role=Role.CHAIR)])
    )
    assert saved.kind.value == "thematic" and saved.participants[0].role is Role.CHAIR


def test_typed_lists_are_cleaned_too(tmp_path):
    from kiosk.core.store import Store
    from kiosk.core.tables import add_subgroup, save_table

    store = Store.open(tmp_path)
    table = save_table(store, Table(name="A", theme="B", ground_rules=["\x1b[2JKuunnellaan", " "]))
    assert table.ground_rules == ["Kuunnellaan"]
    table = add_subgroup(store, table.id, SubGroup(name="Ryhmä", outside_members=["\x1b]52;c;eA==\x07Liisa", ""]))
    assert store.table(table.id).subgroups[0].outside_members == ["Liisa"]
