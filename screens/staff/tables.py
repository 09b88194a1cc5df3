"""The list of partnership tables: create one, open one to run it."""

from __future__ import annotations

from collections import Counter

from textual.binding import Binding

from kiosk.core.actions import overdue
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import TABLE_KIND_LABELS, Table, TableStatus
from screens.staff.balance import warnings
from screens.staff.base import first_line
from screens.staff.listing import StaffListScreen


class TablesScreen(StaffListScreen[Table]):
    """Every table, active ones first, with its size and warnings."""

    BINDINGS = [
        Binding("n", "new", N_("New table"), id="tables-new"),
        Binding("o", "open", N_("Open"), id="tables-open"),
    ]
    HEADING = N_("Tables")
    SUBTITLE = N_("Enter or O opens a table: participants, sub-groups, closing.")
    EMPTY_HINT = N_("No tables yet. Press N to create the first one.")
    LIST_ID = "tables"
    COLUMNS = (N_("Table"), N_("Area"), N_("Kind"), N_("State"), N_("People"), N_("Check"))
    OPENS_NEW_RECORDS = True

    late: dict[str, int] = {}
    """How many actions of each table are open past their due date (by table id)."""

    def load(self) -> list[Table]:
        """Active tables first (and how many actions each has overdue)."""
        self.late = Counter(a.table_id for a in overdue(self.store.actions(), self.store.now().date()))
        return sorted(self.store.tables(), key=lambda t: t.status != TableStatus.ACTIVE)

    def cells(self, table: Table) -> tuple[object, ...]:
        """Name, area, kind, state, size and (for an active table) its balance warnings."""
        active = table.status == TableStatus.ACTIVE
        return (
            first_line(table.name, 34),
            first_line(table.area, 14),
            _(TABLE_KIND_LABELS[table.kind]),
            _("Active") if active else _("Closed"),
            len(table.participants),
            first_line(" ".join(self.checks(table)), 30) if active else "",
        )

    def open_record(self, record_id: str) -> None:
        """Open the table's own screen."""
        from screens.staff.table_detail import TableScreen

        self.app.push_screen(TableScreen(record_id))

    def new_record_form(self):
        """Create a table; it opens once saved."""
        from screens.staff.forms.table import TableFormDialog

        return TableFormDialog()

    def checks(self, table: Table) -> list[str]:
        """What to look at: overdue actions first, then the table's balance warnings."""
        late = self.late.get(table.id, 0)
        return ([_("Actions overdue: {count}.").format(count=late)] if late else []) + warnings(table)
