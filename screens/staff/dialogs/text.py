"""Ask staff for one text: a public answer, a reason for declining, an action's result."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static, TextArea

from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from screens.staff.base import StaffDialog
from screens.staff.footer import StaffFooter
from screens.widgets import KioskButton


class TextDialog(StaffDialog[str]):
    """A question and a text box; answers with the cleaned text, or "" when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), id="text-save"),
        Binding("escape", "cancel", N_("Cancel"), id="text-cancel"),
    ]

    def __init__(self, question: str, text: str = "", *, required: bool = True, hint: str = "") -> None:
        super().__init__()
        self.question = question
        self.initial = text
        self.required = required
        self.hint = hint

    def compose(self) -> ComposeResult:
        """The question, an optional hint, the text box and the buttons."""
        with Vertical(classes="dialog"):
            yield Static(Content(self.question), classes="dialog-title")
            if self.hint:
                yield Static(Content(self.hint), classes="hint")
            yield TextArea(self.initial, id="text", soft_wrap=True, show_line_numbers=False)
            yield Static(id="error")
            with Horizontal(classes="buttons"):
                yield KioskButton(_("Cancel"), id="cancel")
                yield KioskButton(_("Save"), id="save", variant="primary")
        yield StaffFooter()

    def on_mount(self) -> None:
        """Start typing at once."""
        self.query_one("#error", Static).display = False
        self.query_one(TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        """Answer with the text, unless it must not be empty."""
        text = self.query_one(TextArea).text.strip()
        if self.required and not text:
            self.show_error(_("Please write something first."))
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        """Answer with nothing."""
        self.dismiss("")
