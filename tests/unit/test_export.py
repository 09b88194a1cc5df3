"""Exports: ideas as CSV for Finnish spreadsheets, meetings as an .ics calendar."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from icalendar import Calendar

from kiosk.core.clock import HELSINKI
from kiosk.core.export import export_ideas, export_meetings
from kiosk.core.ideas import forward_idea_to_agenda, submit_idea
from kiosk.core.model import Table
from kiosk.core.tables import save_table, schedule_meeting


def _table_with_meeting(store):
    table = save_table(store, Table(name="Karttulan kumppanuuspöytä", theme="Ikäihmisten palvelut", area="Karttula"))
    start = datetime(2026, 12, 3, 17, 0, tzinfo=HELSINKI)
    meeting = schedule_meeting(store, table.id, start, "Karttulan asukastupa", duration_minutes=90)
    return table, meeting


def test_idea_csv_has_no_contact_details_and_no_formulas(store):
    table, meeting = _table_with_meeting(store)
    idea = submit_idea(
        store,
        '=HYPERLINK("http://x")\nKimppakyyti',
        theme="Liikenne",
        name="Aino Asukas",
        contact="040 123 4567",
        source="phone",
    )
    forward_idea_to_agenda(store, idea.id, meeting.id, question="Miten asiaa edistetään?")
    path = export_ideas(store)
    assert path.parent == store.path / "exports" and path.name == "ideas-2026-11-27-1000.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "Aino" not in text and "040 123" not in text
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows[0]["reference"] == "ID-0001" and rows[0]["state"] == "on_agenda"
    assert rows[0]["text"].startswith("'=HYPERLINK")
    assert rows[0]["table"] == table.name and rows[0]["meeting"] == "2026-12-03 17:00"
    assert store.audit_entries(2026)[-1].what == "export ideas"


def test_meetings_ics_is_in_helsinki_time(store, tmp_path):
    table, meeting = _table_with_meeting(store)
    path = export_meetings(store, tmp_path / "usb")
    assert path.parent == tmp_path / "usb" and path.suffix == ".ics"
    calendar = Calendar.from_ical(path.read_bytes())
    zones = list(calendar.walk("VTIMEZONE"))
    assert [str(z["TZID"]) for z in zones] == ["Europe/Helsinki"]
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == meeting.start
    assert event.decoded("dtend") == meeting.end
    assert event["dtstart"].params["TZID"] == "Europe/Helsinki"
    assert str(event["summary"]) == table.name and str(event["location"]) == "Karttulan asukastupa"
    assert str(event["uid"]).startswith(meeting.id)
    assert b"DTSTART;TZID=Europe/Helsinki:20261203T170000" in path.read_bytes()


def test_empty_exports_still_make_valid_files(store):
    assert export_ideas(store).read_bytes().decode("utf-8-sig").startswith("reference;created")
    assert Calendar.from_ical(export_meetings(store).read_bytes()).walk("VEVENT") == []


def test_one_csv_writer_guards_every_cell():
    from kiosk.core.export import csv_bytes

    raw = csv_bytes(["name", "=evil"], [['=HYPERLINK("http://x")', "+1"], ["-2", "@SUM(A1)"], ["\tx", "ok"]])
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows == [["name", "'=evil"], ['\'=HYPERLINK("http://x")', "'+1"], ["'-2", "'@SUM(A1)"], ["'\tx", "ok"]]


def test_a_table_name_that_looks_like_a_formula_stays_text(store):
    from kiosk.core.export import store_ideas_csv

    table = save_table(store, Table(name="=cmd|' /C calc'!A0", theme="Liikenne"))
    meeting = schedule_meeting(store, table.id, datetime(2026, 12, 3, 17, 0, tzinfo=HELSINKI), "Koulu")
    idea = submit_idea(store, "Kyyti")
    forward_idea_to_agenda(store, idea.id, meeting.id, question="Miten asiaa edistetään?")
    (row,) = csv.DictReader(io.StringIO(b"".join(store_ideas_csv(store)).decode("utf-8-sig")), delimiter=";")
    assert row["table"] == "'=cmd|' /C calc'!A0"


def test_the_calendar_of_upcoming_meetings_leaves_out_past_ones(store, clock):
    from kiosk.core.export import store_meetings_ics

    table, ahead = _table_with_meeting(store)
    past = schedule_meeting(store, table.id, datetime(2026, 11, 28, 17, 0, tzinfo=HELSINKI), "Kirjasto")
    clock.advance(days=2)
    every = Calendar.from_ical(store_meetings_ics(store)).walk("VEVENT")
    upcoming = Calendar.from_ical(store_meetings_ics(store, upcoming=True)).walk("VEVENT")
    assert {str(e["uid"]).split("@")[0] for e in every} == {ahead.id, past.id}
    assert [str(e["uid"]).split("@")[0] for e in upcoming] == [ahead.id]
