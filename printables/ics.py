"""A meeting as a bare calendar event (``BEGIN:VEVENT``) for a poster's QR code.

Phone scanners turn a bare VEVENT into "add to calendar". The event is built
with the ``icalendar`` library (which escapes commas, semicolons and new lines
in the text), then unfolded: a QR code has no use for 75-octet line folding, and
some scanners do not unfold. Times are in UTC, so no VTIMEZONE is needed. UID
and DTSTAMP are left out on purpose: scanners do not need them and every
character makes the code denser; for the same reason long titles and places
are shortened.
"""

from __future__ import annotations

from datetime import UTC

from icalendar import Event

from kiosk.core.model import Meeting, Table
from kiosk.core.text import shorten

SUMMARY_MAX_CHARS = 100
"""The longest event title put in a code; a phone's calendar shows less anyway."""
LOCATION_MAX_CHARS = 80
"""The longest place put in a code."""


def event_summary(meeting: Meeting, table: Table) -> str:
    """The event's title in the calendar: the table, and the meeting's question if any."""
    if meeting.title:
        return f"{table.name}: {meeting.title}"
    return table.name


def meeting_vevent(meeting: Meeting, table: Table) -> str:
    """The meeting as a bare VEVENT with UTC times and CRLF line ends."""
    event = Event()
    event.add("summary", shorten(event_summary(meeting, table), SUMMARY_MAX_CHARS))
    event.add("dtstart", meeting.start.astimezone(UTC))
    event.add("dtend", meeting.end.astimezone(UTC))
    event.add("location", shorten(meeting.place, LOCATION_MAX_CHARS))
    text = event.to_ical().decode("utf-8")
    return text.replace("\r\n ", "")
