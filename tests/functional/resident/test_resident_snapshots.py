"""SVG snapshots of every resident screen, in everyday and large text, and home in three languages.

Deterministic: the demo data on a fixed clock under tmp_path, 100x30, no blinking cursor,
workers awaited. Update with ``pytest tests/functional/resident --snapshot-update`` and
look at the changed SVGs before committing.
"""

from __future__ import annotations

import pytest
from resident_support import SIZE, Paste, settle, walk
from textual.widgets import Input, TextArea

IDEA_TEXT = Paste("Asiointikyyti kyliltä kirkonkylälle torstaisin, myös talvella.")
"""A plain idea for the form's screens (pasted: typing it key by key is tested elsewhere)."""

SCREENS = {
    "home": [],
    "idea_theme": ["1"],
    "idea_write": ["1", "1", IDEA_TEXT],
    "idea_contact": ["1", "1", IDEA_TEXT, "enter", Paste("Aino Asukas")],
    "idea_review": ["1", "1", IDEA_TEXT, "enter", *"Aino", "enter", Paste("040 123 4567"), "enter"],
    "idea_thanks": ["1", "1", IDEA_TEXT, "enter", "enter", "enter", "enter"],
    "idea_discard": ["1", "1", IDEA_TEXT, "escape", "escape"],
    "upcoming": ["2"],
    "table_detail": ["2", "1"],
    "results": ["3"],
    "my_idea_not_found": ["4", *"999", "enter"],
    "idea_status": ["4", *"ID-0015", "enter"],
}
"""Each screen and the keys that lead to it from home."""


def _arrive(keys: list[str], *, large: bool = False, language: str = "fi"):
    """A run_before that sets language and text size, walks to a screen, and stills the cursor."""

    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        if language != "fi":
            await pilot.press({"sv": "6", "en": "7"}[language])
            await settle(pilot)
        if large:
            await pilot.press("plus")
            await settle(pilot)
        await walk(pilot, keys)
        await settle(pilot)
        for widget in app.screen.query("Input, TextArea"):
            if isinstance(widget, (Input, TextArea)):
                widget.cursor_blink = False
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("large", [False, True], ids=["everyday", "large"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_resident_screen(snap_compare, demo_store, screen, large):
    from kiosk.app import KioskApp

    app = KioskApp(demo_store)
    assert snap_compare(app, terminal_size=SIZE, run_before=_arrive(SCREENS[screen], large=large))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_home_in_other_languages(snap_compare, demo_store, language):
    from kiosk.app import KioskApp

    app = KioskApp(demo_store)
    assert snap_compare(app, terminal_size=SIZE, run_before=_arrive([], language=language))
