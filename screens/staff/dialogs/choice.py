"""Pick one thing from a list: the idea to join a duplicate into, a table, a meeting."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from screens.staff.base import StaffDialog
from screens.staff.footer import StaffFooter
from screens.widgets import KioskButton


class ChoiceDialog(StaffDialog[str]):
    """A list of (id, label) choices; answers with the chosen id, or "" when cancelled."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="choice-cancel")]

    def __init__(self, question: str, choices: list[tuple[str, str]], *, empty: str = "") -> None:
        super().__init__()
        self.question = question
        self.choices = choices
        self.empty = empty

    def compose(self) -> ComposeResult:
        """The question and the list (or a note that there is nothing to choose)."""
        with Vertical(classes="dialog"):
            yield Static(Content(self.question), classes="dialog-title")
            if self.choices:
                yield OptionList(*(Option(Content(label), id=key) for key, label in self.choices), id="choices")
            else:
                yield Static(Content(self.empty), classes="hint")
            with Horizontal(classes="buttons"):
                yield KioskButton(_("Cancel"), id="cancel")
        yield StaffFooter()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Answer with the chosen id."""
        self.dismiss(event.option.id or "")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Cancel."""
        self.action_cancel()

    def action_cancel(self) -> None:
        """Answer with nothing."""
        self.dismiss("")
