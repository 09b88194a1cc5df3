"""Small building blocks shared by the resident screens: safe text, numbered choices, page bar."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Static

from kiosk.core.i18n import _


def plain(text: str) -> Content:
    """Data text (typed by a resident or staff) as plain content: never markup, no control codes."""
    return Content(text or "")


def key_label(key: str, text: str | Content) -> Content:
    """A button label with its key shown first as a badge, e.g. `` 1  Leave an idea``."""
    return Content.assemble((f" {key} ", "reverse"), " ", text)


def field_line(label: str, value: str | Content) -> Content:
    """A bold label and a plain value, e.g. ``Place: village hall``."""
    return Content.assemble((f"{label}: ", "bold"), value)


def lines(parts: Iterable[Content | str | None]) -> Content:
    """Join the given lines (skipping empty ones) into one piece of content."""
    kept = [part if isinstance(part, Content) else Content(part) for part in parts if part]
    return Content("\n").join(kept)


def bullets(items: Iterable[str], mark: str = "\u2022") -> Content:
    """A bulleted list of data texts."""
    return lines(Content.assemble(f" {mark} ", plain(item)) for item in items)


class ChoiceButton(Button):
    """A big button for one choice, labelled with the number key that also chooses it."""

    def __init__(self, key: str, text: str | Content, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(key_label(key, text), id=id, classes=f"choice {classes}".strip())
        self.key = key
        """The key that presses this button."""


class StepButton(Button):
    """A button that leads to another screen: it does not flash when pressed.

    The flash would never be seen (the next screen covers it at once), but taking it off
    0.2 s later would redraw the next screen for nothing.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.active_effect_duration = 0


class PageBar(Horizontal):
    """Previous and next buttons, for long lists and long texts (the page number is in the heading)."""

    class Turn(Message):
        """The resident asked for the previous (-1) or next (+1) page."""

        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta
            """-1 for the previous page, +1 for the next."""

    def __init__(self, *, id: str = "page-bar", page: int | None = None, pages: int | None = None) -> None:
        super().__init__(id=id)
        self._first_page = (page, pages) if page is not None and pages is not None else None
        if self._first_page is not None:
            self.display = pages > 1

    def compose(self) -> ComposeResult:
        """The two buttons (already enabled or not when the first page is known)."""
        first = self._first_page
        yield Button(
            key_label("PgUp", _("Previous")), id="page-previous", classes="nav", disabled=bool(first and first[0] <= 0)
        )
        yield Button(
            key_label("PgDn", _("Next")), id="page-next", classes="nav", disabled=bool(first and first[0] >= first[1] - 1)
        )

    def show_page(self, page: int, pages: int) -> None:
        """Enable only the buttons that lead somewhere; hide the bar when there is one page."""
        self.query_one("#page-previous", Button).disabled = page <= 0
        self.query_one("#page-next", Button).disabled = page >= pages - 1
        self.display = pages > 1

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Turn the page."""
        event.stop()
        self.post_message(self.Turn(-1 if event.button.id == "page-previous" else 1))
