"""What every staff form dialog shares: Ctrl+S saves, Esc cancels, a refusal stays visible."""

from __future__ import annotations

from typing import Any, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from kiosk.core.errors import KioskError, ValidationError
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.ideas import reads_as_question
from screens.staff.base import StaffDialog
from screens.widgets import KioskButton


def field(label: str, widget: Input | TextArea) -> ComposeResult:
    """A labelled field for a form's compose."""
    yield Label(label)
    yield widget


def form_buttons() -> ComposeResult:
    """The error line and the Cancel / Save buttons at the bottom of a form."""
    yield Static(id="error")
    with Horizontal(classes="buttons"):
        yield KioskButton(_("Cancel"), id="cancel")
        yield KioskButton(_("Save"), id="save", variant="primary")


class FormDialog(StaffDialog[str]):
    """A form dialog; answers with the saved record's id, or "" when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), id="form-save"),
        Binding("escape", "cancel", N_("Cancel"), id="form-cancel"),
    ]

    def on_mount(self) -> None:
        """Hide the empty error line and start at the first field to fill in."""
        self.query_one("#error", Static).display = False
        first = self.first_field()
        fields = self.query(first) if first else self.query("Input, TextArea, Select, SelectionList")
        if fields:
            fields.first().focus()

    def first_field(self) -> str | None:
        """The selector of the field to start typing in (None: the first field)."""
        return None

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "cancel":
            self.action_cancel()

    def action_save(self) -> None:
        """Read the form and save it in a worker; a refusal (e.g. a bad date) stays shown here."""
        try:
            call = self.build()
        except KioskError as error:
            self.show_error(error.translated())
            return
        self.run_service(call, self.saved)

    def build(self):
        """Read and check the fields; return the core call that saves them (no arguments)."""
        raise NotImplementedError

    def saved(self, result) -> None:
        """The save succeeded: close with the record's id."""
        self.dismiss(getattr(result, "id", "") or "saved")

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss("")

    def value(self, selector: str) -> str:
        """The text typed in a field."""
        widget = self.query_one(selector)
        return widget.text if isinstance(widget, TextArea) else str(cast(Any, widget).value)

    def chosen(self, selector: str, missing: str) -> str:
        """The value chosen in a Select that must be answered; ``missing`` (a message id) if none is."""
        choice = self.query_one(selector, Select).value
        if choice is Select.NULL:
            raise ValidationError(missing)
        return str(choice)

    def optional_choice(self, selector: str, none: str) -> str:
        """The value chosen in a Select, or "" when its ``none`` option (e.g. "no particular item") is."""
        choice = self.query_one(selector, Select).value
        return "" if choice == none else str(choice)


QUESTION_HINT = N_("For example: \u201cHow could villagers without a car get to the shop?\u201d")
"""An example of an open question, shown where staff write an agenda item."""
NOT_A_QUESTION = N_(
    "The agenda holds open questions, and this does not end with a question mark. "
    "Could it be a question, e.g. \u201cHow could\u2026?\u201d Press Ctrl+S again to save it as it is."
)
"""The gentle check's word when an agenda item reads as a statement or a ready decision."""


class QuestionCheck(FormDialog):
    """A form whose agenda item title should read as an open question: warned once, then saved as typed."""

    warned_title: str | None = None
    """The title staff were warned about; saving it again goes through."""

    def checked_question(self, title: str, before: str = "") -> str:
        """The title, after one gentle warning (a ``ValidationError``) if it does not read as a question.

        A title kept as it was (``before``) is not questioned again.
        """
        if title.strip() and not reads_as_question(title) and title not in (self.warned_title, before):
            self.warned_title = title
            raise ValidationError(NOT_A_QUESTION)
        return title
