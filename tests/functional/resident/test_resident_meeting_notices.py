"""A moved or called-off meeting, as residents see it: on the upcoming list and the table's page."""

from __future__ import annotations

from datetime import datetime

from resident_support import SIZE, screen_text, settle

from kiosk.core.clock import HELSINKI
from kiosk.core.meetings import cancel_meeting, move_meeting
from screens.upcoming import UpcomingScreen


def moved_and_called_off(village) -> None:
    """The village's first meeting moved to 8.12., its second one called off."""
    first, second = village.upcoming_meetings()[:2]
    move_meeting(village, first.id, datetime(2026, 12, 8, 17, tzinfo=HELSINKI), "Karttulan kirjasto")
    cancel_meeting(village, second.id)


async def test_the_upcoming_list_says_moved_with_the_new_time_and_called_off(village, make_app):
    moved_and_called_off(village)
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        assert isinstance(app.screen, UpcomingScreen)
        text = screen_text(app)
        assert "Siirretty, uusi aika: ti 8.12.2026 klo 17.00–18.30" in text
        assert "Peruttu: to 14.1.2027 klo 17.00–18.30" in text
        await pilot.press("1")  # the moved meeting's table
        await settle(pilot)
        assert "Siirretty, uusi aika: ti 8.12.2026" in screen_text(app)


async def test_the_notices_are_in_the_residents_language(village, make_app):
    moved_and_called_off(village)
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")  # svenska
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        text = screen_text(app)
        assert "Flyttat, ny tid:" in text and "Inställt:" in text


def test_upcoming_with_a_moved_and_a_called_off_meeting(snap_compare, village, make_app):
    moved_and_called_off(village)

    async def arrive(pilot) -> None:
        await pilot.press("2")
        await settle(pilot)

    assert snap_compare(make_app(village), terminal_size=SIZE, run_before=arrive)


async def test_my_idea_says_its_meeting_was_moved_or_called_off(village, make_app):
    idea = village.idea_by_number(1)  # forwarded to the village's first meeting
    meeting_id = idea.meeting_id
    move_meeting(village, meeting_id, datetime(2026, 12, 8, 17, tzinfo=HELSINKI), "Karttulan kirjasto")
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press(*idea.reference, "enter")
        await settle(pilot)
        assert (
            "ti 8.12.2026 klo 17.00, Karttulan kirjasto. Tapaaminen on siirretty tähän uuteen aikaan."
            in screen_text(app).replace("\n", " ")
        )
        cancel_meeting(village, meeting_id)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "Tapaaminen on peruttu. Kysy työntekijältä" in screen_text(app).replace("\n", " ")
