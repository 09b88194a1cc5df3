"""Record an agreed action: what, who takes it (a participant, a sub-group or an outside party), by when."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, RadioButton, RadioSet, Select, Static, TextArea

from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS, RESPONSIBLE_KIND_LABELS, Meeting, ResponsibleKind, Table
from kiosk.core.parsing import parse_optional_day
from kiosk.core.tables import add_action
from screens.staff.base import first_line
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import FormDialog, field, form_buttons
from screens.staff.labels import item_title

NO_ITEM = "none"
"""Agenda item choice: the action belongs to no particular item."""
PARTY_LABELS = {
    ResponsibleKind.PARTICIPANT: N_("Which participant"),
    ResponsibleKind.SUBGROUP: N_("Which sub-group"),
    ResponsibleKind.OUTSIDE: N_("Who outside the table (e.g. an association, a firm, a city office)"),
}
"""The label over the field that names the party, for each kind of party."""
PARTY_FIELDS = {
    ResponsibleKind.PARTICIPANT: "participant",
    ResponsibleKind.SUBGROUP: "subgroup",
    ResponsibleKind.OUTSIDE: "outside",
}
"""The id of the field that names the party, for each kind of party."""


class ActionDialog(FormDialog):
    """What, who takes it, by when, and the agenda item it came from (linking its ideas)."""

    def __init__(self, meeting: Meeting, table: Table, item_id: str | None = None) -> None:
        super().__init__()
        self.meeting = meeting
        self.table = table
        self.item_id = item_id

    def compose(self) -> ComposeResult:
        """The form; the party's field follows the kind of party chosen."""
        items = [(_("No particular item"), NO_ITEM)] + [
            (Content(first_line(item_title(i), 60)), i.id) for i in self.meeting.agenda
        ]
        people = [(Content(p.display), p.id) for p in self.table.participants]
        groups = [(Content(g.name), g.id) for g in self.table.subgroups]
        item_value = self.item_id if any(i.id == self.item_id for i in self.meeting.agenda) else NO_ITEM
        with Vertical(classes="dialog"):
            yield Static(_("New agreed action"), classes="dialog-title")
            with VerticalScroll(classes="form"):
                yield from field(_("What was agreed"), TextArea(id="what", soft_wrap=True))
                yield Label(_("Who takes it (arrow keys and Enter choose)"))
                with RadioSet(id="kind", classes="choices"):
                    for kind, label in RESPONSIBLE_KIND_LABELS.items():
                        empty = kind == ResponsibleKind.SUBGROUP and not groups
                        yield RadioButton(
                            _(label), value=kind == ResponsibleKind.PARTICIPANT, id=f"kind-{kind}", disabled=empty
                        )
                yield Label(_(PARTY_LABELS[ResponsibleKind.PARTICIPANT]), id="party-label")
                yield Select(people, prompt=_("Choose"), id="participant")
                yield Select(groups, prompt=_("Choose"), id="subgroup")
                yield Input(id="outside", max_length=NAME_MAX_CHARS)
                yield from field(_("Due date (e.g. 31.1.2027, may be empty)"), Input(id="due"))
                yield Label(_("Agenda item it came from"))
                yield Select(items, value=item_value, allow_blank=False, id="item")
            yield from form_buttons()
        yield StaffFooter()

    def on_mount(self) -> None:
        """Show the participant's field first."""
        super().on_mount()
        self.show_party_field(ResponsibleKind.PARTICIPANT)

    def kind(self) -> ResponsibleKind:
        """The kind of party chosen."""
        pressed = self.query_one("#kind", RadioSet).pressed_button
        return ResponsibleKind((pressed.id or "").removeprefix("kind-")) if pressed else ResponsibleKind.PARTICIPANT

    def show_party_field(self, kind: ResponsibleKind) -> None:
        """Show the one field that names a party of this kind, under its label."""
        self.query_one("#party-label", Label).update(_(PARTY_LABELS[kind]))
        for each, field_id in PARTY_FIELDS.items():
            self.query_one(f"#{field_id}").display = each == kind

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Another kind of party was chosen."""
        self.show_party_field(self.kind())

    def build(self):
        """The action (the core checks that the party is at the table, or named)."""
        kind = self.kind()
        party_id, text = "", ""
        if kind == ResponsibleKind.PARTICIPANT:
            party_id = self.chosen("#participant", N_("Choose the participant who takes the action."))
        elif kind == ResponsibleKind.SUBGROUP:
            party_id = self.chosen("#subgroup", N_("Choose the sub-group that takes the action."))
        else:
            text = self.value("#outside")
        return partial(
            add_action,
            self.store,
            self.meeting.id,
            self.value("#what"),
            text,
            parse_optional_day(self.value("#due"), today=self.store.now().date()),
            responsible_id=party_id,
            responsible_kind=kind,
            agenda_item_id=self.optional_choice("#item", NO_ITEM),
        )
