"""Small building blocks shared by the resident screens: safe text, numbered choices, page bar."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Button, Static

from kiosk.core.i18n import _, current_language


def plain(text: str) -> Content:
    """Data text (typed by a resident or staff) as plain content: never markup, no control codes."""
    return Content(text or "")


def theme_text(store, theme: str) -> Content:
    """A theme's name in the kiosk's language (staff give the Swedish and English names), as plain text."""
    return plain(store.settings().theme_name(theme, current_language()))


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


INDENTS = (0, 1, 3)
"""Cells before a line's mark at each level: level 2 starts under the text of a level 1 line."""
MARK_CELLS = 2
"""A mark and the space after it."""


class HangingLines(Static):
    """Lines, each at a level with an optional mark, whose wrapped parts line up after the mark.

    A whole card is one widget (a page of cards draws in a few milliseconds); what it shows for
    reading aloud is the lines as given, each with its mark.
    """

    def __init__(
        self, rows: Sequence[tuple[int, str, Content]], *, id: str | None = None, classes: str | None = None
    ) -> None:
        self.rows = list(rows)
        said = (Content.assemble(f"{mark} " if mark else "", text) for _level, mark, text in self.rows)
        super().__init__(Content("\n").join(said), id=id, classes=classes)
        self._wrapped: tuple[int, list[Content]] = (-1, [])

    def wrapped(self, width: int) -> list[Content]:
        """The screen lines at this width: continuation lines indented to the text after the mark.

        Kept for the last width: each layout pass asks for the height, and drawing for the lines.
        """
        if self._wrapped[0] != width:
            self._wrapped = (width, self._wrap(width))
        return self._wrapped[1]

    def _wrap(self, width: int) -> list[Content]:
        shown: list[Content] = []
        for level, mark, text in self.rows:
            indent = INDENTS[min(level, len(INDENTS) - 1)]
            head = " " * indent + (mark.ljust(MARK_CELLS) if mark else "")
            pieces = text.wrap(max(width - len(head), 8)) or [Content("")]
            shown += [Content(head if i == 0 else " " * len(head)) + piece for i, piece in enumerate(pieces)]
        return shown

    def render(self) -> Content:
        """The lines wrapped to the widget's width."""
        return Content("\n").join(self.wrapped(self.content_size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """One cell row a screen line."""
        return len(self.wrapped(width))


class KioskButton(Button):
    """Textual's button in its default look, made with that look's class (``-style-default``) on it.

    ``Button.__init__`` sets ``flat``, whose watcher adds that class, and a class change restyles
    the new, not yet mounted button against the whole stylesheet: about 1 ms a button, and every
    screen has three or more. Made with the class, the watcher changes nothing; mounting styles it.
    (A flat button would change its class twice whatever it is made with: the kiosk has none.)
    """

    def __init__(self, *args: Any, classes: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, classes=f"{classes or ''} -style-default".strip(), **kwargs)


class ChoiceButton(KioskButton):
    """A big button for one choice, labelled with the number key that also chooses it."""

    def __init__(self, key: str, text: str | Content, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(key_label(key, text), id=id, classes=f"choice {classes}".strip())
        self.key = key
        """The key that presses this button."""


class StepButton(KioskButton):
    """A button that leads to another screen: it does not flash when pressed.

    The flash would never be seen (the next screen covers it at once), but taking it off
    0.2 s later would redraw the next screen for nothing.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.active_effect_duration = 0


class PageScroll(VerticalScroll):
    """A screen's scrolling body: PgUp/PgDn scroll it a screenful, and at its ends go on to the screen."""

    class Moved(Message):
        """The body scrolled, or its size or content changed: the page bar may need updating."""

    def on_mount(self) -> None:
        """Tell the screen whenever the position or the amount to scroll changes."""
        self.watch(self, "scroll_y", self._moved, init=False)
        self.watch(self, "virtual_size", self._moved, init=False)

    def on_resize(self) -> None:
        """A taller or shorter body may have more or less left to scroll."""
        self._moved()

    def _moved(self) -> None:
        """Post ``Moved`` for the screen."""
        self.post_message(self.Moved())

    @property
    def at_top(self) -> bool:
        """Whether nothing is hidden above."""
        return self.scroll_y <= 0

    @property
    def at_end(self) -> bool:
        """Whether nothing is hidden below."""
        return self.scroll_y >= self.max_scroll_y

    def page(self, delta: int) -> bool:
        """Scroll one screenful down (+1) or up (-1); False when already at that end."""
        if (delta > 0 and self.at_end) or (delta < 0 and self.at_top):
            return False
        # No animation: the text jumps a screenful, and the next key press sees where it is.
        if delta > 0:
            self.scroll_page_down(animate=False)
        else:
            self.scroll_page_up(animate=False)
        return True

    def action_page_down(self) -> None:
        """PgDn: scroll on, or at the end let the screen turn to the next page."""
        if not self.page(1):
            raise SkipAction()

    def action_page_up(self) -> None:
        """PgUp: scroll back, or at the top let the screen turn to the previous page."""
        if not self.page(-1):
            raise SkipAction()


class PageBar(Horizontal):
    """Previous and next buttons, shown only when there is somewhere to go (the page number is in the heading)."""

    class Turn(Message):
        """The resident asked for the previous (-1) or next (+1) page."""

        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta
            """-1 for the previous page, +1 for the next."""

    def __init__(self, *, id: str = "page-bar", back: bool = False, forward: bool = False) -> None:
        super().__init__(id=id)
        self._first_state = (back, forward)
        self.display = back or forward

    def compose(self) -> ComposeResult:
        """The two buttons, enabled only when they lead somewhere."""
        back, forward = self._first_state
        yield KioskButton(key_label("PgUp", _("Previous")), id="page-previous", classes="nav", disabled=not back)
        yield KioskButton(key_label("PgDn", _("Next")), id="page-next", classes="nav", disabled=not forward)

    def show_state(self, back: bool, forward: bool) -> None:
        """Enable only the buttons that lead somewhere; hide the bar when neither does."""
        self.query_one("#page-previous", Button).disabled = not back
        self.query_one("#page-next", Button).disabled = not forward
        self.display = back or forward

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Turn the page."""
        event.stop()
        self.post_message(self.Turn(-1 if event.button.id == "page-previous" else 1))
