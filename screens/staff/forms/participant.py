"""Add a participant to a table, or change one: name, organisation, sector, role, title, contact."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static

from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS, ROLE_LABELS, SECTOR_LABELS, Participant, Role, Sector
from kiosk.core.tables import add_participant, update_participant
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import FormDialog, field, form_buttons


class ParticipantDialog(FormDialog):
    """A person or organisation at the table, from one of the four sectors."""

    def __init__(self, table_id: str, participant: Participant | None = None) -> None:
        super().__init__()
        self.table_id = table_id
        self.participant = participant

    def compose(self) -> ComposeResult:
        """The form, filled in when changing a participant."""
        person = self.participant
        with Vertical(classes="dialog"):
            yield Static(_("Change a participant") if person else _("Add a participant"), classes="dialog-title")
            with VerticalScroll(classes="form"):
                yield from field(_("Name"), Input(person.name if person else "", id="name", max_length=NAME_MAX_CHARS))
                yield from field(
                    _("Organisation"),
                    Input(person.organisation if person else "", id="organisation", max_length=NAME_MAX_CHARS),
                )
                yield Label(_("Sector"))
                yield Select(
                    [(_(label), s.value) for s, label in SECTOR_LABELS.items()],
                    value=person.sector.value if person else Select.NULL,
                    prompt=_("Choose"),
                    id="sector",
                )
                yield Label(_("Role at the table"))
                yield Select(
                    [(_(label), r.value) for r, label in ROLE_LABELS.items()],
                    value=(person.role if person else Role.MEMBER).value,
                    allow_blank=False,
                    id="role",
                )
                yield from field(
                    _("Title (e.g. deacon, vice-chair of the council)"),
                    Input(person.title if person else "", id="title", max_length=NAME_MAX_CHARS),
                )
                yield from field(
                    _("Phone or e-mail (staff only)"),
                    Input(person.contact if person else "", id="contact", max_length=NAME_MAX_CHARS),
                )
            yield from form_buttons()
        yield StaffFooter()

    def build(self):
        """The participant (the core refuses one with neither name nor organisation)."""
        sector = self.chosen("#sector", N_("Choose the participant's sector."))
        participant = Participant(
            name=self.value("#name"),
            organisation=self.value("#organisation"),
            sector=Sector(sector),
            role=Role(self.query_one("#role", Select).value),
            title=self.value("#title"),
            contact=self.value("#contact"),
        )
        if self.participant is None:
            return partial(add_participant, self.store, self.table_id, participant)
        participant.id = self.participant.id
        return partial(update_participant, self.store, self.table_id, participant)
