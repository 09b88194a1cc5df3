"""Leaving an idea: theme, text, contact, review, thank-you; by keys only and by clicks only."""

from __future__ import annotations

import pytest
from resident_support import SIZE, screen_text, settle, static_text
from textual.widgets import Digits, Input, TextArea

from kiosk.core.contacts import Contact, reveal_contact
from kiosk.core.errors import StorageError
from kiosk.core.ideas import OTHER_THEME
from kiosk.core.model import IDEA_MAX_CHARS, IdeaState
from screens.home import HomeScreen
from screens.idea_contact import IdeaContactScreen
from screens.idea_review import IdeaReviewScreen
from screens.idea_thanks import IdeaThanksScreen
from screens.idea_theme import IdeaThemeScreen
from screens.idea_write import IdeaWriteScreen


async def test_leave_an_idea_by_keys_only(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, IdeaThemeScreen)
        assert "1 Nuorten vapaa-aika" in screen_text(app)
        await pilot.press("2")  # the table's theme
        await pilot.pause()
        assert isinstance(app.screen, IdeaWriteScreen)
        text = screen_text(app)
        assert "Enter Jatka" in text and "Shift+Enter Uusi rivi" in text
        await pilot.press(*"Penkki bussipysäkille", "shift+enter", *"kiitos")
        assert "28 / 1000 merkkiä" in screen_text(app)
        await pilot.press("enter")  # Enter in the box goes on, as its button says
        await pilot.pause()
        assert isinstance(app.screen, IdeaContactScreen)
        assert "Vain asukastuvan työntekijät näkevät yhteystietosi" in screen_text(app)
        await pilot.press(*"Aino", "enter", *"040 123", "enter")
        await pilot.pause()
        assert isinstance(app.screen, IdeaReviewScreen)
        text = screen_text(app)
        assert "Penkki bussipysäkille" in text and "Aihe: Palvelut ikäihmisille" in text
        assert "040 123" not in text and "Aino" not in text
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, IdeaThanksScreen)
        assert len(app.screen_stack) == 2  # home, thanks: the form is gone
        idea = village.idea_by_number(int(app.screen.reference.removeprefix("ID-")))
        assert idea.text == "Penkki bussipysäkille\nkiitos"
        assert (idea.theme, reveal_contact(village, idea)) == ("Palvelut ikäihmisille", Contact("Aino", "040 123"))
        assert idea.state == IdeaState.RECEIVED
        assert app.screen.query_one(Digits).value == app.screen.reference.removeprefix("ID-")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_leave_an_idea_by_clicks_only(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#choice-idea")
        await pilot.pause()
        await pilot.click("#item-3")  # "something else"
        await pilot.pause()
        assert app.screen.draft.theme == OTHER_THEME
        area = app.screen.query_one("#idea-text", TextArea)
        await pilot.click("#idea-text")
        area.insert("Kosketusnäytöltä jätetty idea")  # as an on-screen keyboard would type
        await pilot.pause()
        await pilot.click("#continue")
        await pilot.pause()
        await pilot.click("#continue")  # no contact details
        await pilot.pause()
        assert "Et jättänyt yhteystietoja." in screen_text(app)
        await pilot.click("#send")
        await settle(pilot)
        assert isinstance(app.screen, IdeaThanksScreen)
        idea = village.idea_by_number(int(app.screen.reference.removeprefix("ID-")))
        assert (idea.text, idea.theme, reveal_contact(village, idea)) == (
            "Kosketusnäytöltä jätetty idea",
            OTHER_THEME,
            None,
        )
        await pilot.click("#done")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_enter_in_the_box_continues_and_new_line_is_a_button(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1")
        await pilot.pause()
        await pilot.press("enter")  # nothing written yet: a kind word, no empty line added
        await pilot.pause()
        assert isinstance(app.screen, IdeaWriteScreen)
        assert app.screen.query_one("#idea-text", TextArea).text == ""
        assert "Kirjoita ensin ideasi laatikkoon" in static_text(app, "#message")
        await pilot.press(*"Eka rivi")
        await pilot.click("#new-line")
        await pilot.press(*"toka rivi")
        await pilot.pause()
        assert app.screen.query_one("#idea-text", TextArea).text == "Eka rivi\ntoka rivi"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, IdeaContactScreen)
        assert app.screen.draft.text == "Eka rivi\ntoka rivi"


async def test_empty_and_overlong_text_get_a_friendly_message(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1")
        await pilot.pause()
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, IdeaWriteScreen)
        assert "Kirjoita ensin ideasi laatikkoon" in static_text(app, "#message")
        app.screen.query_one("#idea-text", TextArea).text = "a" * (IDEA_MAX_CHARS + 5)
        await pilot.pause()
        assert app.screen.query_one("#counter").has_class("-over")
        assert "1005 / 1000 merkkiä" in screen_text(app)
        await pilot.click("#continue")
        await pilot.pause()
        assert isinstance(app.screen, IdeaWriteScreen)
        assert "Ideassasi on 1005 merkkiä. Lyhennä se enintään 1000 merkkiin." in static_text(app, "#message")
        assert app.is_running


async def test_storage_error_keeps_every_typed_word(village, make_app, monkeypatch):
    import screens.idea_review as review

    def broken(*args, **kwargs):
        raise StorageError("The disk is full.")

    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1", *"Tärkeä idea", "tab", "enter", *"Aino", "enter", "enter")
        await pilot.pause()
        monkeypatch.setattr(review, "submit_idea", broken)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, IdeaReviewScreen)
        assert "Tekstisi on yhä tallessa" in static_text(app, "#message")
        assert not app.screen.query_one("#send").disabled
        await pilot.press("escape", "escape")  # back to the text: still there
        await pilot.pause()
        assert app.screen.query_one("#idea-text", TextArea).text == "Tärkeä idea"
        monkeypatch.undo()
        assert app.focused.id == "continue"  # focus comes back where it was
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#name", Input).value == "Aino"
        await pilot.press("enter", "enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, IdeaThanksScreen)


async def test_leaving_a_started_form_asks_first(village, make_app):
    from screens.discard_dialog import DiscardDialog

    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1", *"Puolikas", "escape")
        await pilot.pause()
        assert isinstance(app.screen, IdeaThemeScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DiscardDialog)
        await pilot.press("1")  # keep writing
        await pilot.pause()
        assert isinstance(app.screen, IdeaThemeScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#discard-leave")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert village.idea_by_number(5) is None


@pytest.mark.parametrize("large", [False, True])
async def test_thank_you_reference_is_drawn_large(village, make_app, large):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        if large:
            await pilot.press("plus")
        await pilot.press("1", "1", *"Idea", "tab", "enter", "enter", "enter", "enter")
        await settle(pilot)
        assert app.screen.reference == "ID-0005"
        digits = app.screen.query_one("#reference-digits", Digits)
        assert digits.value == "0005" and digits.region.height == 3
        assert static_text(app, "#reference-label") == "ID-"
