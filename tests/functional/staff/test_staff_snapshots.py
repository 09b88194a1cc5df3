"""Snapshots of every staff screen and dialog, on fixed data at a fixed time (100x30).

Create or update with ``pytest tests/functional/staff --snapshot-update`` and look
at the report before committing a changed picture.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from staff_support import PIN, SIZE, login, settle, type_into
from textual.widgets import DataTable, Input

from kiosk.core.clock import HELSINKI
from kiosk.core.ideas import answer_idea, forward_idea_to_agenda, publish_idea, submit_idea
from kiosk.core.model import AgendaItem, Participant, Role, Sector, SubGroup, Table, TableKind
from kiosk.core.pin import MAX_TRIES, check_pin, set_pin
from kiosk.core.tables import (
    add_action,
    add_agenda_item,
    add_subgroup,
    close_table,
    record_minutes,
    save_table,
    schedule_meeting,
)
from kiosk.core.workshops import create_workshop

KARTTULA_PEOPLE = [
    Participant("Leena Lahtinen", "Kuopion kaupunginvaltuusto", Sector.PUBLIC, Role.CHAIR),
    Participant("Sari Savolainen", "Karttulan asukastupa", Sector.PUBLIC, Role.CONVENER),
    Participant("Pekka Pitkänen", "Kuopion kaupunki, kotihoito", Sector.PUBLIC, Role.SECRETARY),
    Participant("Kaisa Kettunen", "Karttulan seurakunta", Sector.THIRD),
    Participant("Tuomo Taksi", "Kotipalvelu ja taksi Tuomo", Sector.BUSINESS),
    Participant("Eila Eläkeläinen", "Karttulan eläkeläiset", Sector.THIRD),
]


def at(day: int, month: int = 11, hour: int = 17) -> datetime:
    """A Helsinki time in late 2026."""
    return datetime(2026, month, day, hour, tzinfo=HELSINKI)


@pytest.fixture
def data(store, clock):
    """Two tables, meetings before and after today, ideas in several states, a workshop."""
    set_pin(store, PIN)
    karttula = save_table(
        store,
        Table(
            name="Karttulan kumppanuuspöytä",
            theme="Ikäihmisten palvelut",
            area="Karttula",
            kind=TableKind.BOTH,
            goal="Autottomat ikäihmiset pääsevät palveluihin.",
            ground_rules=["Kaikki ääneen", "Puhutaan asioista"],
            participants=[replace(p, id=f"p{n}") for n, p in enumerate(KARTTULA_PEOPLE)],
        ),
    )
    add_subgroup(store, karttula.id, SubGroup("Virkistyspäivä", "Valmistelee kevään virkistyspäivän.", ["p3", "p5"]))
    sukeva = save_table(store, Table(name="Sukevan kyläpöytä", theme="Kylän palvelut", area="Sukeva"))
    close_table(store, sukeva.id, "Tavoitteet saavutettiin.", ["Pankkiautomaatti palasi Sukevalle"])
    past = schedule_meeting(store, karttula.id, at(20), "Karttulan asukastupa", allow_past=True)
    add_agenda_item(store, past.id, AgendaItem("Mitä palveluja kylällä tarvitaan?", minutes_planned=30))
    record_minutes(
        store,
        past.id,
        item_notes={store.meeting(past.id).agenda[0].id: "Kysely tehdään."},
        attendee_ids=["p0", "p1", "p2", "p4"],
    )
    add_action(store, past.id, "Palvelutarvekysely kylille", "", date(2026, 12, 31), responsible_id="p1")
    upcoming = schedule_meeting(
        store, karttula.id, at(3, 12), "Karttulan asukastupa", title="Miten kyydit järjestetään?"
    )
    ride = submit_idea(store, "Asiointikyyti kirkonkylälle torstaisin", theme="Ikäihmisten palvelut")
    forward_idea_to_agenda(store, ride.id, upcoming.id, question="Miten asiointikyyti järjestyy?", minutes=20)
    reading = submit_idea(store, "Lukupiiri kirjastoon kerran kuussa", theme="Kirjasto")
    publish_idea(store, reading.id)
    answer_idea(store, reading.id, "Kirjasto selvittää lukupiirin vetäjän.")
    submit_idea(
        store,
        "Penkki bussipysäkille [b]heti[/b] \x1b[31m",
        theme="Liikenne",
        name="Aino Asukas",
        contact="040 123 4567",
        source="phone",
    )
    create_workshop(store, "Nuorten palvelupaja", at(10, 12, 12), "Rautavaaran koulu", ["Harrastukset", "Kirjasto"])
    return store


def frozen(app) -> None:
    """No blinking cursors: the same picture every time."""
    for widget in app.screen.query("Input, TextArea"):
        widget.cursor_blink = False


def snapshot(snap_compare, make_app, store, *steps):
    """Log in, run the steps (keys, or async callables taking the pilot), and compare the screen."""

    async def run_before(pilot) -> None:
        await login(pilot)
        for step in steps:
            if callable(step):
                await step(pilot)
            else:
                await pilot.press(step)
            await settle(pilot)
        frozen(pilot.app)
        await pilot.pause()

    return snap_compare(make_app(store), terminal_size=SIZE, run_before=run_before)


# Entry ------------------------------------------------------------------------------


def test_pin_dialog(snap_compare, make_app, data):
    async def run_before(pilot):
        await pilot.press("f9", *"12")
        frozen(pilot.app)

    assert snap_compare(make_app(data), terminal_size=SIZE, run_before=run_before)


def test_pin_dialog_locked(snap_compare, make_app, data):
    for _ in range(MAX_TRIES):
        check_pin(data, "000000")

    async def run_before(pilot):
        await pilot.press("f9")
        frozen(pilot.app)

    assert snap_compare(make_app(data), terminal_size=SIZE, run_before=run_before)


def test_pin_dialog_without_a_pin(snap_compare, make_app, store):
    assert snap_compare(make_app(store), terminal_size=SIZE, press=["f9"])


def test_staff_home(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data)


def test_close_program_question(snap_compare, make_app, data):
    async def ask(pilot):
        await pilot.click("#quit")

    assert snapshot(snap_compare, make_app, data, ask)


# Ideas ------------------------------------------------------------------------------


def test_ideas(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "1")


def test_new_idea_dialog(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "1", "n")


def test_forward_dialog(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "1", "f")


def test_merge_choice(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "1", "m")


def test_decline_reason(snap_compare, make_app, data):
    async def reason(pilot):
        await type_into(pilot, "#text", "Pysäkki on ELY-keskuksen.")

    assert snapshot(snap_compare, make_app, data, "1", "d", reason)


# Tables -----------------------------------------------------------------------------


def test_tables(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "2")


def test_table_form(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "2", "n")


def test_table_detail(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "2", "o")


def test_participant_dialog(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "2", "o", "a")


def test_subgroup_dialog(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "2", "o", "g")


def test_close_table_dialog(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "2", "o", "c")


def test_closed_table(snap_compare, make_app, data):
    async def second_row(pilot):
        pilot.app.screen.query_one(DataTable).move_cursor(row=1)

    assert snapshot(snap_compare, make_app, data, "2", second_row, "o")


# Meetings ---------------------------------------------------------------------------


def test_meetings(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "3")


def test_meeting_form_refuses_120_minutes(snap_compare, make_app, data):
    async def fill(pilot):
        await type_into(pilot, "#day", "10.12.2026")
        pilot.app.screen.query_one("#length", Input).value = "120"
        await type_into(pilot, "#place", "Karttulan asukastupa")

    assert snapshot(snap_compare, make_app, data, "3", "n", fill, "ctrl+s")


def test_meeting_detail(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "3", "o")


def test_agenda_item_dialog(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "3", "o", "a")


def test_agenda_item_that_is_not_a_question(snap_compare, make_app, data):
    async def statement(pilot):
        await type_into(pilot, "#title", "Kyydit kuntoon")

    assert snapshot(snap_compare, make_app, data, "3", "o", "a", statement, "ctrl+s")


def test_meeting_under_way(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "3", "o", "s")


def test_meeting_close_question(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "3", "o", "s", "c")


def test_meeting_call_off_question(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "3", "o", "p")


def test_meeting_moved_into_the_past_question(snap_compare, make_app, data):
    async def past_day(pilot):
        pilot.app.screen.query_one("#day", Input).value = "20.11.2026"

    assert snapshot(snap_compare, make_app, data, "3", "o", "e", past_day, "ctrl+s")


def test_past_meeting_with_actions(snap_compare, make_app, data):
    async def past_row(pilot):
        pilot.app.screen.query_one(DataTable).move_cursor(row=1)

    assert snapshot(snap_compare, make_app, data, "3", past_row, "o")


def test_action_dialog(snap_compare, make_app, data):
    async def past_row(pilot):
        pilot.app.screen.query_one(DataTable).move_cursor(row=1)

    assert snapshot(snap_compare, make_app, data, "3", past_row, "o", "t")


def test_minutes(snap_compare, make_app, data):
    async def past_row(pilot):
        pilot.app.screen.query_one(DataTable).move_cursor(row=1)

    assert snapshot(snap_compare, make_app, data, "3", past_row, "o", "r")


# Workshops, printing, audit ---------------------------------------------------------


def test_workshops(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "4")


def test_workshop_dialog(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "4", "n")


def test_print_and_export(snap_compare, make_app, data):
    async def usb(pilot):
        pilot.app.screen.query_one("#folder", Input).value = "/media/usb"

    assert snapshot(snap_compare, make_app, data, "5", usb)


def test_audit_trail(snap_compare, make_app, data):
    assert snapshot(snap_compare, make_app, data, "6")


def test_settings(snap_compare, make_app, data, espeak_ng, tmp_path, monkeypatch):
    # The line on speech depends on the computer: pin it to "works" (espeak-ng, speech to a folder).
    monkeypatch.setenv("KIOSK_SPEECH_DIR", str(tmp_path / "speech"))
    assert snapshot(snap_compare, make_app, data, "7")


def test_theme_names(snap_compare, make_app, data):
    from kiosk.core.configure import save_settings

    names = {"Ikäihmisten palvelut": {"sv": "Tjänster för äldre", "en": "Services for older people"}}
    save_settings(data, replace(data.settings(), theme_names=names))
    assert snapshot(snap_compare, make_app, data, "7", "ctrl+t")
