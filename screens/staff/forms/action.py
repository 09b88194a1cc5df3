"""Record an agreed action: what, which party at the table is responsible, by when."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Input, Label, Select, Static, TextArea

from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import Meeting, Table
from kiosk.core.parsing import parse_optional_day
from kiosk.core.tables import add_action
from screens.staff.base import first_line
from screens.staff.forms.base import FormDialog, field, form_buttons
from screens.staff.labels import item_title

NO_ITEM = "none"
"""Agenda item choice: the action belongs to no particular item."""


class ActionDialog(FormDialog):
    """What, who (a participant), by when, and the agenda item it came from (linking its ideas)."""

    def __init__(self, meeting: Meeting, table: Table, item_id: str | None = None) -> None:
        super().__init__()
        self.meeting = meeting
        self.table = table
        self.item_id = item_id

    def compose(self) -> ComposeResult:
        """The form."""
        items = [(_("No particular item"), NO_ITEM)] + [
            (Content(first_line(item_title(i), 60)), i.id) for i in self.meeting.agenda
        ]
        people = [(Content(p.display), p.id) for p in self.table.participants]
        item_value = self.item_id if any(i.id == self.item_id for i in self.meeting.agenda) else NO_ITEM
        with Vertical(classes="dialog"):
            yield Static(_("New agreed action"), classes="dialog-title")
            with VerticalScroll(classes="form"):
                yield from field(_("What was agreed"), TextArea(id="what", soft_wrap=True))
                yield Label(_("Responsible party at the table"))
                yield Select(people, prompt=_("Choose"), id="responsible")
                yield from field(_("Due date (e.g. 31.1.2027, may be empty)"), Input(id="due"))
                yield Label(_("Agenda item it came from"))
                yield Select(items, value=item_value, allow_blank=False, id="item")
            yield from form_buttons()
        yield Footer(compact=True)

    def build(self):
        """The action (the core refuses one without a what or a responsible party)."""
        responsible = self.chosen("#responsible", N_("An agreed action needs a responsible party."))
        return partial(
            add_action,
            self.store,
            self.meeting.id,
            self.value("#what"),
            "",
            parse_optional_day(self.value("#due"), today=self.store.now().date()),
            responsible_id=responsible,
            agenda_item_id=self.optional_choice("#item", NO_ITEM),
        )
