"""Helpers for the staff area's Pilot tests: the PIN, the terminal size, waiting, typing."""

from __future__ import annotations

from functional_support import settle
from textual.widgets import TextArea

PIN = "246810"
"""The staff PIN every staff test logs in with."""
SIZE = (100, 30)
"""The terminal size of every staff test and snapshot."""


async def login(pilot, pin: str = PIN) -> None:
    """Open the staff area with the PIN, as staff do: F9, the digits, Enter."""
    await pilot.press("f9")
    await pilot.pause()
    await pilot.press(*pin, "enter")
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
