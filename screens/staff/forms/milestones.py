"""An action's milestones (e.g. applied, granted, opened): a label and a day, planned or reached.

The fields at the top add a milestone, or change the one opened from the list with Enter;
the list below shows them earliest first. Residents see them with the table's results.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Checkbox, DataTable, Input, Label, Static

from kiosk.core.actions import remove_milestone, save_milestone
from kiosk.core.dates import format_day
from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS, Action, Milestone
from kiosk.core.parsing import day_input, parse_day
from screens.staff.base import StaffDialog, first_line, plain
from screens.staff.footer import StaffFooter
from screens.staff.listing import row_key_under_cursor


class MilestonesDialog(StaffDialog[None]):
    """Add, change and remove an action's milestones; Esc closes."""

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save milestone"), id="milestone-save"),
        Binding("ctrl+r", "remove", N_("Remove milestone"), id="milestone-remove"),
        Binding("escape", "close", N_("Close"), id="milestone-close"),
    ]

    def __init__(self, action: Action) -> None:
        super().__init__()
        self.action = action
        self.editing: str | None = None
        """The id of the milestone opened for changes (None: the fields add a new one)."""

    def compose(self) -> ComposeResult:
        """The action, the fields, and the list of its milestones."""
        with Vertical(classes="dialog"):
            title = _("Milestones of \u201c{what}\u201d").format(what=first_line(self.action.what, 50))
            yield Static(Content(title), classes="dialog-title")
            yield Static(_("Enter on a milestone opens it for changes; Ctrl+S saves."), classes="hint")
            with Horizontal(classes="row"):
                with Vertical():
                    yield Label(_("Milestone (e.g. applied, granted, opened)"))
                    yield Input(id="label", max_length=NAME_MAX_CHARS)
                with Vertical(classes="narrow"):
                    yield Label(_("Day"))
                    yield Input(id="day", classes="day")
            yield Checkbox(_("Reached (not only planned)"), id="reached")
            yield Static(id="error")
            yield DataTable(id="milestones", cursor_type="row", zebra_stripes=True)
        yield StaffFooter()

    def on_mount(self) -> None:
        """List the milestones and start at the label."""
        self.query_one("#error", Static).display = False
        self.query_one(DataTable).add_columns(_("Day"), _("Milestone"), _("Status"))
        self.fill()
        self.query_one("#label", Input).focus()

    def fill(self) -> None:
        """The action's milestones, earliest first."""
        grid = self.query_one(DataTable)
        grid.clear()
        for milestone in self.action.milestones:
            state = _("reached") if milestone.reached else _("planned")
            grid.add_row(plain(format_day(milestone.day)), plain(milestone.label), plain(state), key=milestone.id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a milestone puts it in the fields for changes."""
        found = next((m for m in self.action.milestones if m.id == event.row_key.value), None)
        if found is None:
            return
        self.editing = found.id
        self.query_one("#label", Input).value = found.label
        self.query_one("#day", Input).value = day_input(found.day)
        self.query_one("#reached", Checkbox).value = found.reached
        self.query_one("#label", Input).focus()

    def action_save(self) -> None:
        """Save the milestone in the fields (new, or the one opened), then empty the fields."""
        try:
            day = parse_day(self.query_one("#day", Input).value, today=self.store.now().date())
        except KioskError as error:
            self.show_error(error.translated())
            return
        milestone = Milestone(
            label=self.query_one("#label", Input).value,
            day=day,
            reached=self.query_one("#reached", Checkbox).value,
        )
        if self.editing:
            milestone.id = self.editing
        self.run_service(lambda: save_milestone(self.store, self.action.id, milestone), self.saved)

    def saved(self, action: Action) -> None:
        """Show the saved list and empty the fields for the next milestone."""
        self.action = action
        self.editing = None
        self.query_one("#label", Input).value = ""
        self.query_one("#day", Input).value = ""
        self.query_one("#reached", Checkbox).value = False
        self.fill()
        self.query_one("#label", Input).focus()

    def action_remove(self) -> None:
        """Remove the milestone under the list's cursor."""
        milestone_id = row_key_under_cursor(self.query_one(DataTable))
        if milestone_id is None:
            return
        self.run_service(lambda: remove_milestone(self.store, self.action.id, milestone_id), self.saved)

    def action_close(self) -> None:
        """Back to the meeting."""
        self.dismiss(None)
