"""A dialog that asks before throwing away an idea the resident has started to write."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from kiosk.core.i18n import _
from screens.narration import SpokenScreen
from screens.widgets import ChoiceButton


class DiscardDialog(SpokenScreen, ModalScreen[bool]):
    """ "Leave without sending?" — 1 keeps writing, 2 throws the text away."""

    CSS_PATH = "dialog.tcss"
    BINDINGS = [
        Binding("1", "answer(False)", "Keep writing", show=False, id="discard-keep"),
        Binding("escape", "answer(False)", "Keep writing", show=False, id="discard-escape"),
        Binding("2", "answer(True)", "Leave without sending", show=False, id="discard-leave"),
    ]

    def compose(self) -> ComposeResult:
        """The question and the two answers."""
        with Vertical(id="dialog"):
            yield Static(_("Leave without sending your idea?"), id="dialog-title")
            yield Static(_("What you wrote will be lost."), classes="text instruction")
            yield ChoiceButton("1", _("No, keep writing"), id="discard-keep")
            yield ChoiceButton("2", _("Yes, leave without sending"), id="discard-leave")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Answer with the button pressed."""
        event.stop()
        self.dismiss(event.button.id == "discard-leave")

    def action_answer(self, discard: bool) -> None:
        """Answer by key."""
        self.dismiss(discard)
