"""The list of meetings, upcoming first: schedule a new one, open one to build its agenda."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Static

from kiosk.core.dates import format_span
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import MEETING_STATE_LABELS, Meeting
from screens.staff.base import first_line, plain
from screens.staff.listing import StaffListScreen


class MeetingsScreen(StaffListScreen[Meeting]):
    """Every meeting (or one table's), the upcoming ones first, the soonest at the top."""

    BINDINGS = [
        Binding("n", "new", N_("New meeting"), id="meetings-new"),
        Binding("o", "open", N_("Open"), id="meetings-open"),
    ]
    HEADING = N_("Meetings")
    SUBTITLE = N_("Enter or O opens a meeting: agenda, minutes, agreed actions.")
    EMPTY_HINT = N_("No meetings yet. Press N to schedule one.")
    LIST_ID = "meetings"
    COLUMNS = (N_("When"), N_("Table"), N_("Place"), N_("Agenda"), N_("State"))

    def __init__(self, table_id: str | None = None) -> None:
        super().__init__()
        self.table_id = table_id
        self.table_names: dict[str, str] = {}

    def compose_heading(self) -> Static:
        """The title, filled in on every reload (it names the table, if the screen shows one)."""
        return Static(id="heading", classes="title")

    def reload(self, keep: str | None = None) -> None:
        """Refill the list: upcoming soonest first, then past ones newest first."""
        table = self.store.table(self.table_id) if self.table_id else None
        heading = _(self.HEADING) + (f" \u2013 {table.name}" if table else "")
        self.query_one("#heading", Static).update(plain(heading))
        self.table_names = {t.id: t.name for t in self.store.tables()}
        super().reload(keep)

    def load(self) -> list[Meeting]:
        """Upcoming meetings soonest first, then past ones newest first."""
        return self.store.upcoming_meetings(self.table_id) + self.store.past_meetings(self.table_id)

    def cells(self, meeting: Meeting) -> tuple[object, ...]:
        """Time, table, place, how full the agenda is, and where the meeting is (a tick: minutes written)."""
        state = _(MEETING_STATE_LABELS[meeting.state(self.store.now())])
        return (
            format_span(meeting.start, meeting.end),
            first_line(self.table_names.get(meeting.table_id, "?"), 28),
            first_line(meeting.place, 22),
            f"{meeting.planned_minutes()}/{meeting.duration_minutes} min",
            f"{state} \u2713" if meeting.held else state,
        )

    def open_record(self, record_id: str) -> None:
        """Open the meeting: agenda, minutes, actions."""
        from screens.staff.meeting_detail import MeetingScreen

        self.app.push_screen(MeetingScreen(record_id))

    def action_new(self) -> None:
        """Schedule a meeting (for this screen's table, if it shows one)."""
        if not self.store.tables(active_only=True):
            self.show_error(_("Create a table first; meetings belong to a table."))
            return
        super().action_new()

    def new_record_form(self):
        """Schedule a meeting, for this screen's table if it shows one."""
        from screens.staff.forms.meeting import MeetingFormDialog

        return MeetingFormDialog(table_id=self.table_id)
