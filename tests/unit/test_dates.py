"""Dates read as people in the village read them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kiosk.core.clock import HELSINKI, FixedClock, local
from kiosk.core.dates import format_day, format_long_day, format_span, format_when
from kiosk.core.i18n import set_language

THURSDAY = datetime(2026, 12, 3, 17, 0, tzinfo=HELSINKI)


def test_finnish_pattern_has_klo():
    assert format_when(THURSDAY, "fi") == "to 3.12.2026 klo 17.00"


def test_swedish_and_english():
    assert format_when(THURSDAY, "sv") == "to 3.12.2026 kl. 17.00"
    assert format_when(THURSDAY, "en") == "Thu 3 Dec 2026 at 17:00"


def test_current_language_is_used_by_default():
    set_language("sv")
    assert format_day(THURSDAY) == "to 3.12.2026"
    set_language("fi")
    assert format_long_day(date(2026, 12, 3)) == "torstai 3. joulukuuta 2026"


def test_span_of_a_meeting():
    assert format_span(THURSDAY, THURSDAY + timedelta(minutes=90), "fi") == "to 3.12.2026 klo 17.00\u201318.30"


def test_utc_times_are_shown_in_helsinki_time_across_daylight_saving():
    summer_utc = datetime(2026, 7, 2, 14, 0, tzinfo=UTC)
    winter_utc = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    assert format_when(summer_utc, "fi") == "to 2.7.2026 klo 17.00"
    assert format_when(winter_utc, "fi") == "to 3.12.2026 klo 17.00"


def test_naive_times_are_taken_as_helsinki_time():
    assert local(datetime(2026, 12, 3, 17, 0)) == THURSDAY


def test_fixed_clock_advances():
    clock = FixedClock(THURSDAY)
    clock.advance(minutes=90)
    assert clock.now() == THURSDAY + timedelta(minutes=90)


LONG_DAY_PATTERNS = {"fi": "cccc d. MMMM yyyy", "sv": "EEEE d MMMM yyyy", "en": "EEEE d MMMM yyyy"}
"""Babel's patterns for the long date, which the home screen's table must match."""


def test_long_day_is_babels_long_date_every_day_of_a_leap_year():
    from babel.dates import format_date

    day = date(2028, 1, 1)
    while day.year == 2028:
        for language, pattern in LONG_DAY_PATTERNS.items():
            assert format_long_day(day, language) == format_date(day, pattern, locale=language)
        day += timedelta(days=1)


def test_long_day_loads_no_babel():
    import subprocess
    import sys

    code = (
        "import sys\nfrom datetime import date\nfrom kiosk.core.dates import format_long_day\n"
        "print(format_long_day(date(2026, 12, 3), 'sv'), 'babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["torsdag", "3", "december", "2026", "False"]


BABEL_PATTERNS = {
    "fi": "EEEEEE d.M.yyyy 'klo' H.mm",
    "sv": "EEEEEE d.M.yyyy 'kl.' H.mm",
    "en": "EEE d MMM yyyy 'at' HH:mm",
}
"""Babel's patterns for a meeting's day and time, which the kiosk's own formatting must match."""


def test_day_and_time_are_babels_every_day_of_a_leap_year_and_every_minute_of_a_day():
    from babel.dates import format_datetime

    from kiosk.core.clock import HELSINKI
    from kiosk.core.dates import format_when

    moment = datetime(2028, 1, 1, 0, 0, tzinfo=HELSINKI)
    while moment.year == 2028:
        for language, pattern in BABEL_PATTERNS.items():
            assert format_when(moment, language) == format_datetime(moment, pattern, locale=language)
        moment += timedelta(days=1, minutes=7)  # every minute of the day comes round over the year


def test_meeting_times_load_no_babel():
    import subprocess
    import sys

    code = (
        "import sys\nfrom datetime import datetime\nfrom kiosk.core.clock import HELSINKI\n"
        "from kiosk.core.dates import format_span\n"
        "print(format_span(datetime(2026, 12, 3, 17, tzinfo=HELSINKI), datetime(2026, 12, 3, 18, 30, tzinfo=HELSINKI), 'fi'),"
        " 'babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["to", "3.12.2026", "klo", "17.00–18.30", "False"]
