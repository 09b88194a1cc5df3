"""Dates and times as people in the village read them, through Babel.

Finnish: ``to 3.12.2026 klo 17.00``; Swedish: ``to 3.12.2026 kl. 17.00``;
English: ``Thu 3 Dec 2026 at 17:00``. Babel's default Finnish pattern has no
"klo", hence the explicit patterns.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime

from kiosk.core.clock import local
from kiosk.core.i18n import current_language

_DATETIME = {
    "fi": "EEEEEE d.M.yyyy 'klo' H.mm",
    "sv": "EEEEEE d.M.yyyy 'kl.' H.mm",
    "en": "EEE d MMM yyyy 'at' HH:mm",
}
_DATE = {"fi": "EEEEEE d.M.yyyy", "sv": "EEEEEE d.M.yyyy", "en": "EEE d MMM yyyy"}
_LONG_DATE = {"fi": "cccc d. MMMM yyyy", "sv": "EEEE d MMMM yyyy", "en": "EEEE d MMMM yyyy"}
_TIME = {"fi": "H.mm", "sv": "H.mm", "en": "HH:mm"}


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
    return _babel_date(day, _LONG_DATE[lang], locale=lang)
