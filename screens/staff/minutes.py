"""The secretary's minutes: who came, what was said on each item, and general notes.

Notes on an item with residents' ideas make those ideas 'discussed', and the
resident reads the notes by the idea's reference, so they are written for the public.
"""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Label, SelectionList, Static, TextArea

from kiosk.core.dates import format_span
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import Meeting
from kiosk.core.tables import record_minutes
from screens.staff.base import StaffScreen, first_line
from screens.staff.footer import StaffFooter
from screens.staff.labels import item_title


class MinutesScreen(StaffScreen):
    """Attendance, notes per agenda item and general notes; Ctrl+S saves."""

    BINDINGS = [Binding("ctrl+s", "save", N_("Save minutes"), id="minutes-save")]

    def __init__(self, meeting_id: str) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.meeting: Meeting | None = None

    def compose(self) -> ComposeResult:
        """The whole form, in agenda order."""
        meeting = self.meeting = self.store.meeting(self.meeting_id)
        table = self.store.table(meeting.table_id) if meeting else None
        yield Static(_("Minutes"), classes="title")
        if meeting is None or table is None:
            yield Static(_("The meeting no longer exists."), id="error")
            yield StaffFooter()
            return
        yield Static(Content(f"{table.name} \u2013 {format_span(meeting.start, meeting.end)}"), classes="subtitle")
        yield Static(id="error")
        with VerticalScroll(classes="form"):
            yield Label(_("Present (Space marks; the others are recorded as absent)"))
            yield SelectionList[str](
                *((Content(p.display), p.id, p.id in meeting.attendee_ids) for p in table.participants), id="present"
            )
            for number, item in enumerate(meeting.agenda, 1):
                yield Label(Content(f"{number}. {item_title(item)} ({item.minutes_planned} min)"))
                if item.background:
                    yield Static(Content(first_line(item.background, 90)), classes="hint")
                for action_id in item.action_ids:
                    action = self.store.action(action_id)
                    if action is not None:
                        yield Static(
                            Content(f"\u2022 {first_line(action.what, 60)} \u2013 {action.responsible}"), classes="hint"
                        )
                yield TextArea(item.notes, id=f"notes-{number}", soft_wrap=True)
            yield Label(_("General notes"))
            yield TextArea(meeting.minutes, id="general", soft_wrap=True)
        yield StaffFooter()

    def on_mount(self) -> None:
        """Hide the empty error line and start at the attendance list."""
        for line in self.query("#error").results(Static):
            line.display = self.meeting is None
        for present in self.query("#present").results(SelectionList):
            present.focus()

    def action_save(self) -> None:
        """Save the minutes in a worker, then go back to the meeting."""
        meeting = self.meeting
        if meeting is None:
            return
        notes = {
            item.id: self.query_one(f"#notes-{number}", TextArea).text for number, item in enumerate(meeting.agenda, 1)
        }
        present = list(self.query_one("#present", SelectionList).selected)
        general = self.query_one("#general", TextArea).text
        call = partial(record_minutes, self.store, meeting.id, item_notes=notes, attendee_ids=present, general=general)
        self.run_service(call, self._saved)

    def _saved(self, meeting: Meeting) -> None:
        """Tell that the minutes were saved and return to the meeting."""
        self.show_done(_("The minutes are saved."))
        self.dismiss(meeting.id)
