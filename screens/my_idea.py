"""What happened to my idea: type the idea's number (``KAR-0042``, ``ID-0042``, ``id 42`` or ``42``)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.widgets import Button, Input, Static

from kiosk.core.i18n import N_, _
from kiosk.core.ideas import find_idea
from kiosk.core.model import format_reference, parse_reference
from screens.base import KioskScreen
from screens.widgets import KioskButton, StepButton, key_label, plain

KEYPAD = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0")
"""Digits on the on-screen keypad, for a touch screen without a keyboard."""


class MyIdeaScreen(KioskScreen):
    """A field for the number, an on-screen keypad, and a kind word when nothing is found."""

    CSS_PATH = "my_idea.tcss"
    # Focused as the screen is composed, so its first frame is already the settled one.
    AUTO_FOCUS = "#reference"
    HEADING = N_("What happened to my idea?")

    @property
    def example(self) -> str:
        """An example reference as this centre gives them (``KAR-0042``, or ``ID-0042`` without a centre code)."""
        return format_reference(42, self.store.settings().centre_code)

    def compose_body(self) -> ComposeResult:
        """The field, the keypad and the Show button."""
        with VerticalScroll(classes="body"):
            yield Static(
                _("Type the number you got when you left the idea, for example {example} or just 42.").format(
                    example=self.example
                ),
                classes="text instruction",
            )
            with Horizontal(id="lookup"):
                yield Input(placeholder=self.example, id="reference", max_length=20)
                yield StepButton(key_label("Enter", _("Show")), id="show")
            with Grid(id="keypad"):
                for digit in KEYPAD:
                    yield KioskButton(digit, id=f"digit-{digit}", classes="digit")
                yield KioskButton("\u232b", id="digit-erase", classes="digit")
            yield Static("", id="message", classes="notice -hidden")

    @on(Button.Pressed, ".digit")
    def _keypad(self, event: Button.Pressed) -> None:
        """Type a digit, or erase the last character, with the on-screen keypad."""
        event.stop()
        field = self.query_one("#reference", Input)
        key = (event.button.id or "").removeprefix("digit-")
        field.value = field.value[:-1] if key == "erase" else field.value + key
        field.cursor_position = len(field.value)

    @on(Input.Submitted, "#reference")
    @on(Button.Pressed, "#show")
    def _show(self, event: Input.Submitted | Button.Pressed) -> None:
        """Look the idea up and open its page, or say kindly that it was not found."""
        event.stop()
        typed = self.query_one("#reference", Input).value
        if parse_reference(typed) is None:
            self._say(
                _("Please type the number of your idea, for example {example} or 42.").format(example=self.example)
            )
            return
        idea = find_idea(self.store, typed)
        if idea is None:
            self._say(
                _("No idea was found with the number {reference}. Please check the number, or ask the staff.").format(
                    reference=typed.strip()
                )
            )
            return
        self._say("")
        from screens.idea_status import IdeaStatusScreen

        self.app.push_screen(IdeaStatusScreen(idea.id))

    def _say(self, text: str) -> None:
        """Show a message under the field, or hide it when empty."""
        message = self.query_one("#message", Static)
        message.update(plain(text))
        message.set_class(not text, "-hidden")
        if text:
            self.speak(text)
