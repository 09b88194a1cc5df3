"""Dates and times as people in the village read them, in Babel's words.

Finnish: ``to 3.12.2026 klo 17.00``; Swedish: ``to 3.12.2026 kl. 17.00``;
English: ``Thu 3 Dec 2026 at 17:00``. The kiosk needs only these few patterns, so they
are written out from small tables of weekday and month names instead of loading Babel
and its locale data (about 40 ms and 4.5 MiB) into the kiosk; unit tests keep every
name and pattern equal to Babel's, day by day through a leap year.
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk.core.clock import local
from kiosk.core.i18n import current_language

SHORT_WEEKDAYS = {
    "fi": ("ma", "ti", "ke", "to", "pe", "la", "su"),
    "sv": ("må", "ti", "on", "to", "fr", "lö", "sö"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
"""Weekdays as dates and times abbreviate them, Monday first (Babel's ``EEEEEE``, English ``EEE``)."""
SHORT_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""English months in a date (Babel's ``MMM``)."""
_AT = {"fi": "klo", "sv": "kl.", "en": "at"}
WEEKDAYS = {
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
"""Weekday names, Monday first, as Babel writes them in the long date (Finnish: stand-alone)."""
MONTHS = {
    "fi": (
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
"""Month names, January first, in the form a date takes (Finnish: partitive, ``3. joulukuuta``)."""
_LONG_DAY = {
    "fi": "{weekday} {day}. {month} {year}",
    "sv": "{weekday} {day} {month} {year}",
    "en": "{weekday} {day} {month} {year}",
}


def _lang(language: str | None) -> str:
    """The language asked for, or the current one."""
    return language or current_language()


def format_time(moment: datetime, language: str | None = None) -> str:
    """A time of day, e.g. ``17.00`` (English ``17:00``)."""
    moment = local(moment)
    return f"{moment.hour:02d}:{moment.minute:02d}" if _lang(language) == "en" else f"{moment.hour}.{moment.minute:02d}"


def format_day(day: date | datetime, language: str | None = None) -> str:
    """A date with its weekday, e.g. ``to 3.12.2026`` (English ``Thu 3 Dec 2026``)."""
    lang = _lang(language)
    if isinstance(day, datetime):
        day = local(day).date()
    weekday = SHORT_WEEKDAYS[lang][day.weekday()]
    if lang == "en":
        return f"{weekday} {day.day} {SHORT_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{weekday} {day.day}.{day.month}.{day.year}"


def format_when(moment: datetime, language: str | None = None) -> str:
    """A day, date and time, e.g. ``to 3.12.2026 klo 17.00``."""
    lang = _lang(language)
    return f"{format_day(moment, lang)} {_AT[lang]} {format_time(moment, lang)}"


def format_span(start: datetime, end: datetime, language: str | None = None) -> str:
    """A meeting's time, e.g. ``to 3.12.2026 klo 17.00–18.30``."""
    return f"{format_when(start, language)}\u2013{format_time(end, language)}"


def format_long_day(day: date | datetime, language: str | None = None) -> str:
    """A date written out, e.g. ``torstai 3. joulukuuta 2026``, for the home screen."""
    lang = _lang(language)
    if isinstance(day, datetime):
        day = local(day).date()
    return _LONG_DAY[lang].format(
        weekday=WEEKDAYS[lang][day.weekday()], day=day.day, month=MONTHS[lang][day.month - 1], year=day.year
    )
