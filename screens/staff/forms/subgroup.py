"""Set up a sub-working group, or change one: its name, task, members from the table and from outside."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, SelectionList, Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS, SubGroup, Table
from kiosk.core.tables import add_subgroup, update_subgroup
from kiosk.core.text import clean_text
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import FormDialog, field, form_buttons


class SubGroupDialog(FormDialog):
    """A group that prepares agreed matters between meetings; it may include a wider group."""

    def __init__(self, table: Table, group: SubGroup | None = None) -> None:
        super().__init__()
        self.table = table
        self.group = group

    def compose(self) -> ComposeResult:
        """The form, filled in when changing a group."""
        group = self.group or SubGroup(name="")
        with Vertical(classes="dialog"):
            title = _("Change the sub-working group") if self.group else _("New sub-working group")
            yield Static(title, classes="dialog-title")
            with VerticalScroll(classes="form"):
                yield from field(_("Name"), Input(group.name, id="name", max_length=NAME_MAX_CHARS))
                yield from field(_("Task"), TextArea(group.task, id="task", soft_wrap=True))
                yield Label(_("Members from the table (Space chooses)"))
                yield SelectionList[str](
                    *((Content(p.display), p.id, p.id in group.member_ids) for p in self.table.participants),
                    id="members",
                )
                yield from field(
                    _("Members from outside the table, separated by commas"),
                    Input(", ".join(group.outside_members), id="outside", max_length=1000),
                )
            yield from form_buttons()
        yield StaffFooter()

    def build(self):
        """The group (the core refuses a nameless one)."""
        group = SubGroup(
            name=self.value("#name"),
            task=self.value("#task"),
            member_ids=list(self.query_one("#members", SelectionList).selected),
            # Cleaned here: the core's add_subgroup cleans the group's text fields but not this list.
            outside_members=[clean_text(m) for m in self.value("#outside").split(",") if clean_text(m)],
        )
        if self.group is None:
            return partial(add_subgroup, self.store, self.table.id, group)
        group.id = self.group.id
        return partial(update_subgroup, self.store, self.table.id, group)
