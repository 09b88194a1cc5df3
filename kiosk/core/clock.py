"""Time for the kiosk: aware datetimes in Europe/Helsinki, from a clock tests can fix."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")
"""The time zone every time in the kiosk is shown in."""


class Clock(Protocol):
    """Anything that tells the current time."""

    def now(self) -> datetime:
        """The current time, timezone-aware, in Europe/Helsinki."""


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current time in Helsinki."""
        return datetime.now(HELSINKI)


@dataclass
class FixedClock:
    """A clock that stands still until moved; for tests and snapshots."""

    current: datetime

    def now(self) -> datetime:
        """The fixed time."""
        return self.current

    def advance(self, **delta: float) -> None:
        """Move the clock forward, e.g. ``advance(minutes=3)``."""
        self.current = self.current + timedelta(**delta)


def local(moment: datetime) -> datetime:
    """The same moment in Helsinki time (naive datetimes are taken as Helsinki time)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=HELSINKI)
    return moment.astimezone(HELSINKI)


def today(clock: Clock) -> date:
    """Today's date in Helsinki."""
    return clock.now().date()


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` months earlier (the month's last day if it is shorter)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)
