"""What happened to my idea: by reference, with state, steps, answer; never contact details."""

from __future__ import annotations

import pytest
from resident_support import SIZE, screen_text, static_text
from textual.widgets import Input

from kiosk.core.i18n import _
from kiosk.core.ideas import answer_idea, find_idea
from kiosk.core.model import IDEA_STATE_LABELS, IdeaState
from screens.idea_status import IdeaStatusScreen
from screens.my_idea import MyIdeaScreen


@pytest.mark.parametrize("typed", ["ID-0001", "id 1", "1", " Id-1 "])
async def test_reference_forms_are_accepted(village, make_app, typed):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", *typed, "enter")
        await pilot.pause()
        assert isinstance(app.screen, IdeaStatusScreen)
        assert "Idea ID-0001" in screen_text(app)


async def test_idea_on_an_agenda_says_which_table_and_meeting(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", *village.ids["on_agenda"], "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Kauppakyyti kerran viikossa." in text
        assert static_text(app, "#agenda") == (
            "Ideasi on kumppanuuspöydän ”Ikäihmisten palvelut Karttulassa” asialistalla "
            "tapaamisessa to 3.12.2026 klo 17.00, Karttulan asukastupa."
        )
        assert "Kauppakyyti kokeiluun" in static_text(app, "#actions")
        steps = static_text(app, "#steps")
        assert steps.count("pe 27.11.2026") == 3
        assert "Matti" not in text and "040 999" not in text


async def test_merged_idea_names_the_idea_it_joined(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", *village.ids["merged"], "enter")
        await pilot.pause()
        assert village.ids["published"] in static_text(app, "#merged")
        text = screen_text(app)
        assert "Salainen Nimi" not in text
        # merged straight from "received": staff never published its text
        assert "Kirjasto auki iltaisin" not in text


async def test_unpublished_idea_shows_state_but_not_text(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", *village.ids["received"], "enter")
        await pilot.pause()
        text = screen_text(app)
        assert _(IDEA_STATE_LABELS[IdeaState.RECEIVED]) in text
        assert "Vielä lukematon idea" not in text and "unread@example.fi" not in text
        assert "kun työntekijä on lukenut sen" in text


async def test_public_answer_is_shown(village, make_app):
    idea = find_idea(village, village.ids["published"])
    answer_idea(village, idea.id, "Kirjasto selvittää iltaaukioloa keväällä.")
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", *village.ids["published"], "enter")
        await pilot.pause()
        assert static_text(app, "#answer") == "Kirjasto selvittää iltaaukioloa keväällä."
        assert "secret@example.fi" not in screen_text(app)


@pytest.mark.parametrize("typed", ["99", "ID-0099", "abc", ""])
async def test_unknown_reference_gets_a_kind_message(village, make_app, typed):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", *typed, "enter")
        await pilot.pause()
        assert isinstance(app.screen, MyIdeaScreen)
        message = static_text(app, "#message")
        assert "Tarkista numero" in message or "esimerkiksi ID-0042" in message
        assert app.is_running


async def test_keypad_by_clicks_only(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#choice-my_idea")
        await pilot.pause()
        for button in ("#digit-2", "#digit-1", "#digit-erase"):
            await pilot.click(button)
        assert app.screen.query_one("#reference", Input).value == "2"
        await pilot.click("#show")
        await pilot.pause()
        assert isinstance(app.screen, IdeaStatusScreen)
        await pilot.click("#back-button")
        await pilot.pause()
        assert isinstance(app.screen, MyIdeaScreen)
        await pilot.click("#back-button")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HomeScreen"
