"""Add an open question to a meeting's agenda, or change one, with the minutes it may take."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.model import AgendaItem, Meeting
from kiosk.core.parsing import parse_minutes
from kiosk.core.tables import add_agenda_item, update_meeting
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import QUESTION_HINT, QuestionCheck, field, form_buttons
from screens.staff.labels import item_title


class AgendaItemDialog(QuestionCheck):
    """An item is an open question with background, never a ready decision proposal."""

    def __init__(self, meeting: Meeting, item: AgendaItem | None = None) -> None:
        super().__init__()
        self.meeting = meeting
        self.item = item

    def compose(self) -> ComposeResult:
        """The form, with the minutes still free."""
        item = self.item
        free = self.meeting.duration_minutes - self.meeting.planned_minutes() + (item.minutes_planned if item else 0)
        minutes = item.minutes_planned if item else min(10, max(free, 1))
        with Vertical(classes="dialog"):
            yield Static(_("Change the agenda item") if item else _("New agenda item"), classes="dialog-title")
            yield Static(
                _("Write it as an open question, not as a ready decision. {free} minutes are still free.").format(
                    free=free
                ),
                classes="hint",
            )
            yield Static(_(QUESTION_HINT), classes="hint")
            automatic = item is not None and item.automatic is not None
            with VerticalScroll(classes="form"):
                yield from field(
                    _("Question"),
                    Input(item_title(item) if item else "", id="title", max_length=200, disabled=automatic),
                )
                yield from field(
                    _("Background"), TextArea(item.background if item else "", id="background", soft_wrap=True)
                )
                yield from field(
                    _("Time in minutes"), Input(str(minutes), id="minutes", restrict=r"[0-9]*", max_length=3)
                )
            yield from form_buttons()
        yield StaffFooter()

    def build(self):
        """The item (the core refuses it if the agenda would not fit the meeting)."""
        background = self.value("#background")
        minutes = parse_minutes(self.value("#minutes"))
        if self.item is not None and self.item.automatic is not None:
            # The automatic items keep their language-independent title; only time and background change.
            changed = replace(self.item, background=background, minutes_planned=minutes)
        else:
            title = self.checked_question(self.value("#title"), self.item.title if self.item else "")
            if self.item is None:
                item = AgendaItem(title=title, background=background, minutes_planned=minutes)
                return partial(add_agenda_item, self.store, self.meeting.id, item)
            changed = replace(self.item, title=title, background=background, minutes_planned=minutes)
        agenda = [changed if i.id == changed.id else i for i in self.meeting.agenda]
        return partial(update_meeting, self.store, replace(self.meeting, agenda=agenda))
