"""Untrusted text: what a resident typed round-trips literally, as plain text, never as markup."""

from __future__ import annotations

import pytest
from resident_support import HOSTILE_TEXTS, SIZE, screen_text, settle, static_text
from textual import events
from textual.widgets import TextArea

from kiosk.core.contacts import Contact, reveal_contact
from kiosk.core.ideas import publish_idea
from kiosk.core.text import clean_text
from screens.idea_status import IdeaStatusScreen
from screens.idea_thanks import IdeaThanksScreen


async def _submit_through_the_form(app, pilot, text: str) -> str:
    """Leave an idea with this text (pasted, as control codes only arrive by paste) and a name."""
    await pilot.press("1", "1")
    await pilot.pause()
    area = app.screen.query_one("#idea-text", TextArea)
    app.post_message(events.Paste(text))  # as the terminal delivers a paste
    await pilot.pause()
    assert area.text == text
    await pilot.press("tab", "enter", *"[b]Nimi[/b]", "enter", *"[red]040[/]", "enter")
    await pilot.pause()
    review = screen_text(app)
    assert "[red]040[/]" not in review and "Nimi" not in review
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, IdeaThanksScreen)
    return app.screen.reference


@pytest.mark.parametrize("text", HOSTILE_TEXTS, ids=["close-tag", "click-quit", "html", "osc52"])
async def test_hostile_text_round_trips_literally(village, make_app, text):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        reference = await _submit_through_the_form(app, pilot, f"Alku {text} loppu")
        stored = village.idea_by_number(int(reference.removeprefix("ID-")))
        expected = clean_text(f"Alku {text} loppu", multiline=True)
        assert stored.text == expected
        assert "\x1b" not in stored.text and "\x07" not in stored.text
        assert reveal_contact(village, stored) == Contact("[b]Nimi[/b]", "[red]040[/]")
        publish_idea(village, stored.id)

        await pilot.press("enter", "4", *reference, "enter")
        await pilot.pause()
        assert isinstance(app.screen, IdeaStatusScreen)
        assert static_text(app, "#idea-text") == expected
        shown = screen_text(app)
        assert "Nimi" not in shown and "040" not in shown
        await pilot.click("#idea-text")  # a click on would-be link text runs nothing
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, IdeaStatusScreen)


async def test_hostile_text_typed_key_by_key(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1", *"[@click=app.quit]x[/] <b>", "tab", "enter", "enter", "enter")
        await pilot.pause()
        assert static_text(app, "#review-text") == "[@click=app.quit]x[/] <b>"
        await pilot.click("#review-text")
        await pilot.click("#send")
        await settle(pilot)
        stored = village.idea_by_number(5)
        assert stored.text == "[@click=app.quit]x[/] <b>"
        assert app.is_running


async def test_hostile_staff_text_is_plain_on_public_screens(store, make_app):
    """Table names, places and results typed by staff are data too."""
    from datetime import datetime

    from kiosk.core import tables
    from kiosk.core.clock import HELSINKI
    from kiosk.core.model import Table

    table = tables.save_table(
        store, Table(name="[@click=app.quit]Pöytä[/]", theme="[/]", goal="<i>x</i>", results=["[b]tulos[/b]"])
    )
    tables.schedule_meeting(store, table.id, datetime(2026, 12, 1, 17, tzinfo=HELSINKI), "[red]Sali[/]")
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        text = screen_text(app)
        assert "[@click=app.quit]Pöytä[/]" in text and "[red]Sali[/]" in text
        await pilot.press("1")
        await pilot.pause()
        assert "[@click=app.quit]Pöytä[/]" in screen_text(app)
        await pilot.click("#heading")
        await pilot.press("escape", "escape", "3")
        await pilot.pause()
        assert "[b]tulos[/b]" in screen_text(app)
        assert app.is_running
