"""Create or edit a table: name, kind, theme, area, shared goal, ground rules, public contact."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS, TABLE_KIND_LABELS, Table, TableKind
from kiosk.core.tables import save_table
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import FormDialog, field, form_buttons


class TableFormDialog(FormDialog):
    """The table's own facts; participants and sub-groups are added on the table's screen."""

    def __init__(self, table: Table | None = None) -> None:
        super().__init__()
        self.table = table

    def compose(self) -> ComposeResult:
        """The form, filled in when editing."""
        table = self.table or Table(name="", theme="")
        title = _("Edit table") if self.table else _("New table")
        with Vertical(classes="dialog"):
            yield Static(title, classes="dialog-title")
            with VerticalScroll(classes="form"):
                yield from field(_("Name"), Input(table.name, id="name", max_length=NAME_MAX_CHARS))
                yield Label(_("Kind"))
                yield Select(
                    [(_(label), kind.value) for kind, label in TABLE_KIND_LABELS.items()],
                    value=table.kind.value,
                    allow_blank=False,
                    id="kind",
                )
                yield from field(_("Theme"), Input(table.theme, id="theme", max_length=NAME_MAX_CHARS))
                yield from field(_("Area (village)"), Input(table.area, id="area", max_length=NAME_MAX_CHARS))
                yield from field(_("Shared goal"), TextArea(table.goal, id="goal", soft_wrap=True))
                yield from field(
                    _("Ground rules, one per line"), TextArea("\n".join(table.ground_rules), id="rules", soft_wrap=True)
                )
                yield from field(
                    _("Public contact (shown to residents)"),
                    Input(table.public_contact, id="public-contact", max_length=NAME_MAX_CHARS),
                )
            yield from form_buttons()
        yield StaffFooter()

    def build(self):
        """The table with the typed facts (the core refuses a missing name or theme)."""
        table = replace(self.table) if self.table else Table(name="", theme="")
        table.name = self.value("#name")
        table.kind = TableKind(self.query_one("#kind", Select).value)
        table.theme = self.value("#theme")
        table.area = self.value("#area")
        table.goal = self.value("#goal")
        table.ground_rules = self.value("#rules").splitlines()
        table.public_contact = self.value("#public-contact")
        return partial(save_table, self.store, table)
