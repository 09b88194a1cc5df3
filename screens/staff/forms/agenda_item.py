"""Add an open question to a meeting's agenda, with the minutes it may take."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, Input, Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.model import AgendaItem, Meeting
from kiosk.core.parsing import parse_minutes
from kiosk.core.tables import add_agenda_item
from screens.staff.forms.base import FormDialog, field, form_buttons


class AgendaItemDialog(FormDialog):
    """An item is an open question with background, never a ready decision proposal."""

    def __init__(self, meeting: Meeting) -> None:
        super().__init__()
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        """The form, with the minutes still free."""
        free = self.meeting.duration_minutes - self.meeting.planned_minutes()
        with Vertical(classes="dialog"):
            yield Static(_("New agenda item"), classes="dialog-title")
            yield Static(
                _("Write it as an open question, not as a ready decision. {free} minutes are still free.").format(free=free),
                classes="hint",
            )
            with VerticalScroll(classes="form"):
                yield from field(_("Question"), Input(id="title", max_length=200))
                yield from field(_("Background"), TextArea(id="background", soft_wrap=True))
                yield from field(_("Time in minutes"), Input(str(min(10, max(free, 1))), id="minutes", restrict=r"[0-9]*", max_length=3))
            yield from form_buttons()
        yield Footer(compact=True)

    def build(self):
        """The item (the core refuses it if the agenda would not fit the meeting)."""
        item = AgendaItem(
            title=self.value("#title"),
            background=self.value("#background"),
            minutes_planned=parse_minutes(self.value("#minutes")),
        )
        return partial(add_agenda_item, self.store, self.meeting.id, item)
