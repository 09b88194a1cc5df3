"""Helpers for the staff area's Pilot tests: the PIN, the terminal size, waiting, typing."""

from __future__ import annotations

from functional_support import settle
from textual.widgets import Input, TextArea

PIN = "246810"
"""The staff PIN every staff test logs in with."""
SIZE = (100, 30)
"""The terminal size of every staff test and snapshot."""


async def login(pilot, pin: str = PIN) -> None:
    """Open the staff area with the PIN: F9, the digits as a paste into the PIN field, Enter.

    The digits arrive as one paste (what pasting into the field does), not six key presses: each
    simulated key waits for the app to be idle twice, and nearly every staff test logs in. Typing
    the PIN key by key is what ``test_staff_pin_entry.py`` tests.
    """
    await pilot.press("f9")
    await pilot.pause()
    pilot.app.screen.query_one("#pin", Input).insert_text_at_cursor(pin)
    await pilot.pause()
    await pilot.press("enter")
    await settle(pilot)


TYPED_KEY_BY_KEY = 12
"""Texts up to this long are typed key by key; longer ones arrive as a terminal paste (faster)."""


async def type_into(pilot, selector: str, text: str) -> None:
    """Focus a field on the current screen and type (or paste) text into it as a user would."""
    widget = pilot.app.screen.query_one(selector)
    widget.focus()
    await pilot.pause()
    if len(text) <= TYPED_KEY_BY_KEY:
        await pilot.press(*["enter" if ch == "\n" else ch for ch in text])
    elif isinstance(widget, TextArea):
        widget.insert(text)  # what a paste into the text box does
    else:
        widget.insert_text_at_cursor(text)  # what a paste into the field does
    await pilot.pause()
