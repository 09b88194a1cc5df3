"""Dates, times and minutes as Finnish staff type them: ``3.12.2026``, ``17.00``, ``90``.

Each parser returns the value or raises ``ValidationError`` with a message that
shows the expected form, so a form can show it next to the field.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from kiosk.core.clock import HELSINKI
from kiosk.core.errors import ValidationError
from kiosk.core.i18n import N_

_DAY = re.compile(r"^\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{2}|\d{4})?\s*$")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[.:]\s*(\d{2}))?\s*$")

BAD_DAY = N_("Write the date as day.month.year, for example 3.12.2026.")
"""Shown when a date cannot be read."""
BAD_TIME = N_("Write the time as hours.minutes, for example 17.00.")
"""Shown when a time cannot be read."""


def parse_day(text: str, *, today: date | None = None) -> date:
    """A date typed as ``3.12.2026``, ``3.12.26``, ``3.12.`` (this year) or ``2026-12-03``."""
    match = _DAY.match(text)
    if match:
        day, month, year_text = match.groups()
        if year_text is None:
            if today is None:
                raise ValidationError(BAD_DAY)
            year = today.year
        else:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    else:
        match = _ISO_DAY.match(text)
        if not match:
            raise ValidationError(BAD_DAY)
        year_text, month, day = match.groups()
        year = int(year_text)
    try:
        return date(year, int(month), int(day))
    except ValueError as error:
        raise ValidationError(N_("There is no such date: {text}."), text=text.strip()) from error


def parse_time(text: str) -> time:
    """A time of day typed as ``17.00``, ``17:00``, ``9.30`` or ``17``."""
    match = _TIME.match(text)
    if not match:
        raise ValidationError(BAD_TIME)
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        raise ValidationError(N_("There is no such time: {text}."), text=text.strip())
    return time(hours, minutes)


def parse_moment(day_text: str, time_text: str, *, today: date | None = None) -> datetime:
    """A Helsinki date and time from the two typed fields."""
    return datetime.combine(parse_day(day_text, today=today), parse_time(time_text), tzinfo=HELSINKI)


def parse_minutes(text: str) -> int:
    """A length in whole minutes, e.g. ``90``."""
    cleaned = text.strip().removesuffix("min").strip()
    if not cleaned.isdigit():
        raise ValidationError(N_("Write the length in whole minutes, for example 90."))
    return int(cleaned)


def parse_optional_day(text: str, *, today: date | None = None) -> date | None:
    """A date, or None when the field was left empty."""
    return parse_day(text, today=today) if text.strip() else None


def day_input(day: date | datetime | None) -> str:
    """A date as staff type it, to fill a form: ``3.12.2026``."""
    if day is None:
        return ""
    return f"{day.day}.{day.month}.{day.year}"


def time_input(moment: datetime | time | None) -> str:
    """A time as staff type it, to fill a form: ``17.00``."""
    if moment is None:
        return ""
    return f"{moment.hour}.{moment.minute:02d}"
