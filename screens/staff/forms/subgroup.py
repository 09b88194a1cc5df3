"""Set up a sub-working group: its name, task, members from the table and from outside."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Input, Label, SelectionList, Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS, SubGroup, Table
from kiosk.core.tables import add_subgroup
from screens.staff.forms.base import FormDialog, field, form_buttons


class SubGroupDialog(FormDialog):
    """A group that prepares agreed matters between meetings; it may include a wider group."""

    def __init__(self, table: Table) -> None:
        super().__init__()
        self.table = table

    def compose(self) -> ComposeResult:
        """The form."""
        with Vertical(classes="dialog"):
            yield Static(_("New sub-working group"), classes="dialog-title")
            with VerticalScroll(classes="form"):
                yield from field(_("Name"), Input(id="name", max_length=NAME_MAX_CHARS))
                yield from field(_("Task"), TextArea(id="task", soft_wrap=True))
                yield Label(_("Members from the table (Space chooses)"))
                yield SelectionList[str](
                    *((Content(p.display), p.id) for p in self.table.participants), id="members"
                )
                yield from field(
                    _("Members from outside the table, separated by commas"), Input(id="outside", max_length=1000)
                )
            yield from form_buttons()
        yield Footer(compact=True)

    def build(self):
        """The group (the core refuses a nameless one)."""
        group = SubGroup(
            name=self.value("#name"),
            task=self.value("#task"),
            member_ids=list(self.query_one("#members", SelectionList).selected),
            outside_members=[m.strip() for m in self.value("#outside").split(",") if m.strip()],
        )
        return partial(add_subgroup, self.store, self.table.id, group)
