"""After a service workshop: the themes that came out of it, and the tables it led to."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Label, Select, Static, TextArea

from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import Workshop
from kiosk.core.workshops import link_table, record_outcome_themes
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import FormDialog, field, form_buttons


class OutcomeThemesDialog(FormDialog):
    """The development themes that came out of the workshop, one per line; residents are offered them."""

    def __init__(self, workshop: Workshop) -> None:
        super().__init__()
        self.workshop = workshop

    def compose(self) -> ComposeResult:
        """The themes recorded so far, to change."""
        themes = "\n".join(self.workshop.outcome_themes)
        with Vertical(classes="dialog"):
            yield Static(_("Themes that came out of the workshop"), classes="dialog-title")
            yield Static(
                _("Residents are offered these themes for new ideas while the workshop is open for ideas."),
                classes="hint",
            )
            with VerticalScroll(classes="form"):
                yield from field(_("Themes, one per line"), TextArea(themes, id="outcome", soft_wrap=True))
            yield from form_buttons()
        yield StaffFooter()

    def build(self):
        """The recording (the core refuses it before the workshop has begun)."""
        return partial(record_outcome_themes, self.store, self.workshop.id, self.value("#outcome").splitlines())


class LinkTableDialog(FormDialog):
    """Choose the table the workshop led to."""

    def __init__(self, workshop: Workshop) -> None:
        super().__init__()
        self.workshop = workshop

    def compose(self) -> ComposeResult:
        """The tables not linked yet."""
        tables = [t for t in self.store.tables() if t.id not in self.workshop.table_ids]
        with Vertical(classes="dialog"):
            yield Static(_("A table this workshop led to"), classes="dialog-title")
            yield Static(_("The table's page then says it was born from this workshop."), classes="hint")
            with VerticalScroll(classes="form"):
                yield Label(_("Table"))
                yield Select([(Content(t.name), t.id) for t in tables], prompt=_("Choose"), id="table")
            yield from form_buttons()
        yield StaffFooter()

    def build(self):
        """The link (a table must be chosen)."""
        table_id = self.chosen("#table", N_("Choose a table first."))
        return partial(link_table, self.store, self.workshop.id, table_id)
