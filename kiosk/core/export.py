"""Exports from the staff area: ideas as CSV for a spreadsheet, meetings as an .ics calendar.

Neither export carries a resident's name or contact details: an exported file
leaves the kiosk (on a USB stick, by e-mail) where the retention period cannot
reach it, so contact details stay on the staff screens only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path

import msgspec
from icalendar import Calendar, Event, Timezone

from kiosk.core.clock import local
from kiosk.core.files import write_atomic
from kiosk.core.i18n import gettext as _
from kiosk.core.model import Idea, Meeting, Table
from kiosk.core.store import Store, record_audit

EXPORTS_FOLDER = "exports"
"""The default folder for exports, inside the data folder."""
IDEA_COLUMNS = (
    "reference",
    "created",
    "state",
    "theme",
    "text",
    "public_answer",
    "source",
    "table",
    "meeting",
)
"""Columns of the idea CSV, in order; names stay English so scripts can rely on them."""
PRODID = "-//Kumppanuuspoyta kiosk//FI"
"""Who made the calendar, as .ics files say it."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula."""

# Europe/Helsinki as RFC 5545 rules (EU summer time), so every calendar program can
# read the meeting times even where it knows no time zone database.
_HELSINKI_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Helsinki
BEGIN:DAYLIGHT
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
TZNAME:EEST
DTSTART:19700329T030000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
TZNAME:EET
DTSTART:19701025T040000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def default_export_folder(store: Store) -> Path:
    """Where exports go unless staff choose another folder."""
    return store.path / EXPORTS_FOLDER


def _cell(value: object) -> str:
    """A spreadsheet-safe cell: text that looks like a formula (``=HYPERLINK(...)``) stays text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_chunks(header: Iterable[str], rows: Iterable[Iterable[object]]) -> Iterator[bytes]:
    """The one CSV writer: UTF-8 with BOM, semicolons and CRLF for Finnish spreadsheets, every cell formula-safe.

    Row by row, so that years of ideas stream to a file without being held in memory at once.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_cell(name) for name in header])
    yield out.getvalue().encode("utf-8-sig")
    for row in rows:
        out.seek(0)
        out.truncate()
        writer.writerow([_cell(value) for value in row])
        yield out.getvalue().encode("utf-8")


def csv_bytes(header: Iterable[str], rows: Iterable[Iterable[object]]) -> bytes:
    """``csv_chunks`` as one piece."""
    return b"".join(csv_chunks(header, rows))


def idea_rows(
    ideas: Iterable[Idea], tables: dict[str, Table], meeting_starts: Mapping[str, datetime]
) -> Iterator[list[object]]:
    """Each idea as a CSV row, without names or contact details."""
    for idea in ideas:
        table = tables.get(idea.table_id)
        start = meeting_starts.get(idea.meeting_id)
        yield [
            idea.reference,
            local(idea.created).strftime("%Y-%m-%d %H:%M") if idea.created else "",
            idea.state.value,
            idea.theme,
            idea.text,
            idea.public_answer,
            idea.source,
            table.name if table else "",
            local(start).strftime("%Y-%m-%d %H:%M") if start else "",
        ]


def ideas_csv(ideas: Iterable[Idea], tables: dict[str, Table], meeting_starts: Mapping[str, datetime]) -> bytes:
    """Ideas as CSV for a spreadsheet (see ``csv_chunks``)."""
    return csv_bytes(IDEA_COLUMNS, idea_rows(ideas, tables, meeting_starts))


def store_ideas_csv(store: Store) -> Iterator[bytes]:
    """Every idea of the data folder (open and closed) as CSV: what the staff area and ``kiosk export`` write."""
    tables = {t.id: t for t in store.tables()}
    return csv_chunks(IDEA_COLUMNS, idea_rows(store.ideas_newest_first(), tables, store.meeting_starts()))


def store_everything_json(store: Store, idea_row: Callable[[Idea], dict[str, object]]) -> Iterator[bytes]:
    """Tables, meetings, actions, workshops and ideas as JSON, a record a line, one archive file at a time.

    Participants' contact details and residents' contacts are left out.
    """

    def records(name: str, items: Iterable[dict[str, object]], last: bool = False) -> Iterator[bytes]:
        yield f'"{name}": [\n'.encode()
        for number, item in enumerate(items):
            yield (b",\n" if number else b"") + msgspec.json.encode(item)
        yield b"\n]\n" if last else b"\n],\n"

    def table_without_contacts(table: Table) -> dict[str, object]:
        data = table.to_dict()
        for participant in data["participants"]:
            participant.pop("contact", None)
        return data

    yield b"{\n"
    yield from records("tables", (table_without_contacts(t) for t in store.tables()))
    yield from records("meetings", (m.to_dict() for m in store.every_meeting()))
    yield from records("actions", (a.to_dict() for a in store.every_action()))
    yield from records("workshops", (w.to_dict() for w in store.workshops()))
    yield from records("ideas", (idea_row(i) for i in store.ideas_newest_first()), last=True)
    yield b"}\n"


def store_meetings_ics(store: Store, *, upcoming: bool = False) -> bytes:
    """Every meeting (or those not ended yet) of the data folder as an .ics calendar."""
    tables = {t.id: t for t in store.tables()}
    meetings = (
        store.upcoming_meetings() if upcoming else sorted(store.every_meeting(), key=lambda m: m.start.timestamp())
    )
    return meetings_ics(meetings, tables, now=store.now())


def _event_description(meeting: Meeting) -> str:
    """The event's text: the question of the meeting and its agenda with times."""
    lines = [meeting.title] if meeting.title else []
    if meeting.agenda:
        lines.append(_("Agenda:"))
        lines.extend(f"{n}. {item.title} ({item.minutes_planned} min)" for n, item in enumerate(meeting.agenda, 1))
    return "\n".join(lines)


def meetings_ics(meetings: Iterable[Meeting], tables: dict[str, Table], *, now: datetime) -> bytes:
    """Meetings as an iCalendar file with the Europe/Helsinki time zone."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("Partnership table meetings"))
    calendar.add("x-wr-timezone", "Europe/Helsinki")
    calendar.add_component(Timezone.from_ical(_HELSINKI_VTIMEZONE))
    for meeting in meetings:
        table = tables.get(meeting.table_id)
        event = Event()
        event.add("uid", f"{meeting.id}@kumppanuuspoyta-kiosk")
        event.add("dtstamp", now.astimezone(UTC).replace(microsecond=0))
        event.add("dtstart", local(meeting.start))
        event.add("dtend", local(meeting.end))
        event.add("summary", table.name if table else _("Partnership table"))
        event.add("location", meeting.place)
        if meeting.cancelled is not None:
            event.add("status", "CANCELLED")  # calendars that imported the meeting show it as called off
        description = _event_description(meeting)
        if description:
            event.add("description", description)
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


def export_file_name(kind: str, now: datetime, suffix: str) -> str:
    """A file name that sorts by time, e.g. ``ideas-2026-11-27-1000.csv``."""
    return f"{kind}-{local(now).strftime('%Y-%m-%d-%H%M')}.{suffix}"


def audit_export(store: Store, what: str, destination: Path | str, actor: str) -> None:
    """Record in the audit trail that data left the kiosk, and where to (a file, or the screen)."""
    with store.transaction() as tx:
        record_audit(tx, store.now(), actor, what, file=str(destination))


def export_ideas(store: Store, folder: Path | None = None, *, actor: str = "staff") -> Path:
    """Write every idea (open and closed) as CSV into the folder; returns the file."""
    content = store_ideas_csv(store)
    path = Path(folder or default_export_folder(store)) / export_file_name("ideas", store.now(), "csv")
    write_atomic(path, content)
    audit_export(store, "export ideas", path, actor)
    return path


def export_meetings(store: Store, folder: Path | None = None, *, actor: str = "staff") -> Path:
    """Write every meeting as an .ics calendar into the folder; returns the file."""
    content = store_meetings_ics(store)
    path = Path(folder or default_export_folder(store)) / export_file_name("meetings", store.now(), "ics")
    write_atomic(path, content)
    audit_export(store, "export meetings", path, actor)
    return path
