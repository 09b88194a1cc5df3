"""Exports from the staff area: ideas as CSV for a spreadsheet, meetings as an .ics calendar.

Neither export carries a resident's name or contact details: an exported file
leaves the kiosk (on a USB stick, by e-mail) where the retention period cannot
reach it, so contact details stay on the staff screens only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from icalendar import Calendar, Event, Timezone

from kiosk.core.clock import local
from kiosk.core.files import write_atomic
from kiosk.core.i18n import gettext as _
from kiosk.core.model import Idea, Meeting, Table
from kiosk.core.store import Store, record_audit

EXPORTS_FOLDER = "exports"
"""The default folder for exports, inside the data folder."""
IDEA_COLUMNS = (
    "reference", "created", "state", "theme", "text", "public_answer", "source", "table", "meeting",
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


def csv_bytes(header: Iterable[str], rows: Iterable[Iterable[object]]) -> bytes:
    """The one CSV writer: UTF-8 with BOM, semicolons and CRLF for Finnish spreadsheets, every cell formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_cell(name) for name in header])
    writer.writerows([_cell(value) for value in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def ideas_csv(ideas: Iterable[Idea], tables: dict[str, Table], meetings: dict[str, Meeting]) -> bytes:
    """Ideas as CSV for a spreadsheet (see ``csv_bytes``), without names or contact details."""
    rows = []
    for idea in ideas:
        table = tables.get(idea.table_id)
        meeting = meetings.get(idea.meeting_id)
        rows.append(
            [
                idea.reference,
                local(idea.created).strftime("%Y-%m-%d %H:%M") if idea.created else "",
                idea.state.value,
                idea.theme,
                idea.text,
                idea.public_answer,
                idea.source,
                table.name if table else "",
                local(meeting.start).strftime("%Y-%m-%d %H:%M") if meeting else "",
            ]
        )
    return csv_bytes(IDEA_COLUMNS, rows)


def store_ideas_csv(store: Store) -> bytes:
    """Every idea of the data folder (open and closed) as CSV: what the staff area and ``kiosk export`` write."""
    tables = {t.id: t for t in store.tables()}
    meetings = {m.id: m for m in store.meetings()}
    return ideas_csv(store.all_ideas(), tables, meetings)


def store_meetings_ics(store: Store, *, upcoming: bool = False) -> bytes:
    """Every meeting (or those not ended yet) of the data folder as an .ics calendar."""
    tables = {t.id: t for t in store.tables()}
    meetings = store.upcoming_meetings() if upcoming else store.meetings()
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
        event.add("dtstamp", now.astimezone(timezone.utc).replace(microsecond=0))
        event.add("dtstart", local(meeting.start))
        event.add("dtend", local(meeting.end))
        event.add("summary", table.name if table else _("Partnership table"))
        event.add("location", meeting.place)
        description = _event_description(meeting)
        if description:
            event.add("description", description)
        calendar.add_component(event)
    return calendar.to_ical()


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
