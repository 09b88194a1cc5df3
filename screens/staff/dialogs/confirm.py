"""A yes/no question before a change that cannot be undone."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from screens.staff.base import StaffDialog
from screens.staff.footer import StaffFooter
from screens.widgets import KioskButton


class ConfirmDialog(StaffDialog[bool]):
    """Ask before acting; answers True for yes."""

    BINDINGS = [Binding("escape", "no", N_("Cancel"), id="confirm-no")]

    def __init__(self, question: str, yes_label: str) -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes_label

    def compose(self) -> ComposeResult:
        """The question and two buttons, "no" focused so Enter is the safe answer."""
        with Vertical(classes="dialog"):
            yield Static(Content(self.question), classes="dialog-title")
            with Horizontal(classes="buttons"):
                yield KioskButton(_("Cancel"), id="no")
                yield KioskButton(self.yes_label, id="yes", variant="warning")
        yield StaffFooter()

    def on_mount(self) -> None:
        """Focus the safe answer."""
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Answer with the button pressed."""
        self.dismiss(event.button.id == "yes")

    def action_no(self) -> None:
        """Esc: the answer is no."""
        self.dismiss(False)
