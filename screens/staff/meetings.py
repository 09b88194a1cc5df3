"""The list of meetings, upcoming first: schedule a new one, open one to build its agenda."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from kiosk.core.dates import format_span
from kiosk.core.i18n import N_, gettext as _
from kiosk.core.model import Meeting, Table
from screens.staff.base import StaffScreen, first_line, plain


class MeetingsScreen(StaffScreen):
    """Every meeting (or one table's), the upcoming ones first, the soonest at the top."""

    BINDINGS = [
        Binding("n", "new", N_("New meeting"), id="meetings-new"),
        Binding("o", "open", N_("Open"), id="meetings-open"),
    ]

    def __init__(self, table_id: str | None = None) -> None:
        super().__init__()
        self.table_id = table_id
        self.meetings: dict[str, Meeting] = {}

    def compose(self) -> ComposeResult:
        """The list and the footer."""
        yield Static(id="heading", classes="title")
        yield Static(_("Enter or O opens a meeting: agenda, minutes, agreed actions."), classes="subtitle")
        yield Static(id="error")
        yield Static(_("No meetings yet. Press N to schedule one."), id="empty", classes="hint")
        yield DataTable(id="meetings", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the list."""
        self.query_one("#error", Static).display = False
        grid = self.query_one(DataTable)
        grid.add_columns(_("When"), _("Table"), _("Place"), _("Agenda"), _("Minutes"))
        self.reload()
        grid.focus()

    def on_screen_resume(self) -> None:
        """Refresh after a meeting was changed."""
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        """Refill the list: upcoming soonest first, then past ones newest first."""
        table = self.store.table(self.table_id) if self.table_id else None
        heading = _("Meetings") + (f" \u2013 {table.name}" if table else "")
        self.query_one("#heading", Static).update(plain(heading))
        tables: dict[str, Table] = {t.id: t for t in self.store.tables()}
        meetings = self.store.upcoming_meetings(self.table_id) + self.store.past_meetings(self.table_id)
        self.meetings = {m.id: m for m in meetings}
        grid = self.query_one(DataTable)
        keep = keep or self.current_id()
        grid.clear()
        for meeting in meetings:
            name = tables[meeting.table_id].name if meeting.table_id in tables else "?"
            grid.add_row(
                plain(format_span(meeting.start, meeting.end)),
                plain(first_line(name, 28)),
                plain(first_line(meeting.place, 22)),
                plain(f"{meeting.planned_minutes()}/{meeting.duration_minutes} min"),
                plain("\u2713" if meeting.held else ""),
                key=meeting.id,
            )
        self.query_one("#empty", Static).display = not self.meetings
        if keep in self.meetings:
            grid.move_cursor(row=grid.get_row_index(keep))

    def current_id(self) -> str | None:
        """The id of the meeting under the cursor."""
        grid = self.query_one(DataTable)
        if not grid.row_count:
            return None
        return grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter or a click on a row opens the meeting."""
        self.action_open()

    def action_open(self) -> None:
        """Open the meeting under the cursor."""
        from screens.staff.meeting_detail import MeetingScreen

        meeting_id = self.current_id()
        if meeting_id:
            self.app.push_screen(MeetingScreen(meeting_id))

    def action_new(self) -> None:
        """Schedule a meeting (for this screen's table, if it shows one)."""
        from screens.staff.forms.meeting import MeetingFormDialog

        if not self.store.tables(active_only=True):
            self.show_error(_("Create a table first; meetings belong to a table."))
            return

        def created(meeting_id: str | None) -> None:
            if meeting_id:
                self.reload(keep=meeting_id)

        self.app.push_screen(MeetingFormDialog(table_id=self.table_id), callback=created)
