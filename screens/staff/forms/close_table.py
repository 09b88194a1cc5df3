"""Close a table with its joint evaluation and the results it achieved."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.tables import close_table
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import FormDialog, field, form_buttons


class CloseTableDialog(FormDialog):
    """The evaluation the table made together, and its results, one per line."""

    def __init__(self, table_id: str) -> None:
        super().__init__()
        self.table_id = table_id

    def compose(self) -> ComposeResult:
        """The form, with the table's results so far."""
        table = self.store.table(self.table_id)
        results = "\n".join(table.results) if table else ""
        with Vertical(classes="dialog"):
            yield Static(_("Close the table"), classes="dialog-title")
            yield Static(_("A closed table has no more meetings; its results stay on the kiosk."), classes="hint")
            with VerticalScroll(classes="form"):
                yield from field(_("Joint evaluation"), TextArea(id="evaluation", soft_wrap=True))
                yield from field(_("Results, one per line"), TextArea(results, id="results", soft_wrap=True))
            yield from form_buttons()
        yield StaffFooter()

    def build(self):
        """The closing (the core refuses it without an evaluation)."""
        return partial(
            close_table, self.store, self.table_id, self.value("#evaluation"), self.value("#results").splitlines()
        )
