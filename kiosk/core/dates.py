"""Dates and times as people in the village read them, through Babel.

Finnish: ``to 3.12.2026 klo 17.00``; Swedish: ``to 3.12.2026 kl. 17.00``;
English: ``Thu 3 Dec 2026 at 17:00``. Babel's default Finnish pattern has no
"klo", hence the explicit patterns.

The home screen's long date comes from a small table of weekday and month names
instead: Babel and its locale data (about 40 ms and 4.5 MiB) load only when a
screen first shows a meeting's time, not before the kiosk's first frame. A unit
test keeps the table equal to Babel's names.
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk.core.clock import local
from kiosk.core.i18n import current_language

_DATETIME = {
    "fi": "EEEEEE d.M.yyyy 'klo' H.mm",
    "sv": "EEEEEE d.M.yyyy 'kl.' H.mm",
    "en": "EEE d MMM yyyy 'at' HH:mm",
}
_DATE = {"fi": "EEEEEE d.M.yyyy", "sv": "EEEEEE d.M.yyyy", "en": "EEE d MMM yyyy"}
_TIME = {"fi": "H.mm", "sv": "H.mm", "en": "HH:mm"}
WEEKDAYS = {
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
"""Weekday names, Monday first, as Babel writes them in the long date (Finnish: stand-alone)."""
MONTHS = {
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
"""Month names, January first, in the form a date takes (Finnish: partitive, ``3. joulukuuta``)."""
_LONG_DAY = {"fi": "{weekday} {day}. {month} {year}", "sv": "{weekday} {day} {month} {year}",
             "en": "{weekday} {day} {month} {year}"}


def _babel_date(day: date, pattern: str, locale: str) -> str:
    from babel.dates import format_date

    return format_date(day, pattern, locale=locale)


def _babel_datetime(moment: datetime, pattern: str, locale: str) -> str:
    from babel.dates import format_datetime

    return format_datetime(moment, pattern, locale=locale)


def _lang(language: str | None) -> str:
    """The language asked for, or the current one."""
    return language or current_language()


def format_when(moment: datetime, language: str | None = None) -> str:
    """A day, date and time, e.g. ``to 3.12.2026 klo 17.00``."""
    lang = _lang(language)
    return _babel_datetime(local(moment), _DATETIME[lang], locale=lang)


def format_time(moment: datetime, language: str | None = None) -> str:
    """A time of day, e.g. ``17.00``."""
    lang = _lang(language)
    return _babel_datetime(local(moment), _TIME[lang], locale=lang)


def format_span(start: datetime, end: datetime, language: str | None = None) -> str:
    """A meeting's time, e.g. ``to 3.12.2026 klo 17.00–18.30``."""
    return f"{format_when(start, language)}\u2013{format_time(end, language)}"


def format_day(day: date | datetime, language: str | None = None) -> str:
    """A date with its weekday, e.g. ``to 3.12.2026``."""
    lang = _lang(language)
    if isinstance(day, datetime):
        day = local(day).date()
    return _babel_date(day, _DATE[lang], locale=lang)


def format_long_day(day: date | datetime, language: str | None = None) -> str:
    """A date written out, e.g. ``torstai 3. joulukuuta 2026``, for the home screen."""
    lang = _lang(language)
    if isinstance(day, datetime):
        day = local(day).date()
    return _LONG_DAY[lang].format(weekday=WEEKDAYS[lang][day.weekday()], day=day.day,
                                  month=MONTHS[lang][day.month - 1], year=day.year)
