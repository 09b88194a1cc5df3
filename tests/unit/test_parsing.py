"""Dates, times and minutes as Finnish staff type them."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.errors import ValidationError
from kiosk.core.parsing import (
    day_input,
    parse_day,
    parse_minutes,
    parse_moment,
    parse_optional_day,
    parse_time,
    time_input,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3.12.2026", date(2026, 12, 3)),
        (" 03.12.2026 ", date(2026, 12, 3)),
        ("3.12.26", date(2026, 12, 3)),
        ("2026-12-03", date(2026, 12, 3)),
        ("3.12.", date(2026, 12, 3)),
    ],
)
def test_days(text, expected):
    assert parse_day(text, today=date(2026, 11, 27)) == expected


@pytest.mark.parametrize("text", ["", "3/12/2026", "huomenna", "31.2.2026", "3.12"])
def test_bad_days_say_the_expected_form(text):
    with pytest.raises(ValidationError) as caught:
        parse_day(text, today=date(2026, 11, 27))
    assert caught.value.translated()


@pytest.mark.parametrize(
    "text, expected", [("17.00", time(17)), ("17:00", time(17)), ("9.30", time(9, 30)), ("17", time(17))]
)
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "24.00", "17.60", "5 pm", "17.0"])
def test_bad_times(text):
    with pytest.raises(ValidationError):
        parse_time(text)


def test_moment_is_helsinki_time_and_round_trips_through_the_form():
    moment = parse_moment("3.12.2026", "17.00")
    assert moment == datetime(2026, 12, 3, 17, 0, tzinfo=HELSINKI)
    assert (day_input(moment), time_input(moment)) == ("3.12.2026", "17.00")


def test_minutes_and_optional_day():
    assert parse_minutes("90") == 90 and parse_minutes("60 min") == 60
    with pytest.raises(ValidationError):
        parse_minutes("puolitoista tuntia")
    assert parse_optional_day("  ") is None
