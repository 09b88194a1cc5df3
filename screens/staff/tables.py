"""The list of partnership tables: create one, open one to run it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from kiosk.core.i18n import N_, gettext as _
from kiosk.core.model import TABLE_KIND_LABELS, Table, TableStatus
from screens.staff.balance import warnings
from screens.staff.base import StaffScreen, first_line, plain


class TablesScreen(StaffScreen):
    """Every table, active ones first, with its size and warnings."""

    BINDINGS = [
        Binding("n", "new", N_("New table"), id="tables-new"),
        Binding("o", "open", N_("Open"), id="tables-open"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, Table] = {}

    def compose(self) -> ComposeResult:
        """The list and the footer."""
        yield Static(_("Tables"), classes="title")
        yield Static(_("Enter or O opens a table: participants, sub-groups, closing."), classes="subtitle")
        yield Static(_("No tables yet. Press N to create the first one."), id="empty", classes="hint")
        yield DataTable(id="tables", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the list."""
        table = self.query_one(DataTable)
        table.add_columns(_("Table"), _("Area"), _("Kind"), _("State"), _("People"), _("Check"))
        self.reload()
        table.focus()

    def on_screen_resume(self) -> None:
        """Refresh after a table was changed."""
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        """Refill the list, keeping the cursor on ``keep`` or the current table."""
        grid = self.query_one(DataTable)
        keep = keep or self.current_id()
        tables = sorted(self.store.tables(), key=lambda t: t.status != TableStatus.ACTIVE)
        self.tables = {t.id: t for t in tables}
        grid.clear()
        for table in tables:
            state = _("Active") if table.status == TableStatus.ACTIVE else _("Closed")
            grid.add_row(
                plain(first_line(table.name, 34)),
                plain(first_line(table.area, 14)),
                plain(_(TABLE_KIND_LABELS[table.kind])),
                plain(state),
                plain(len(table.participants)),
                plain(first_line(" ".join(warnings(table)), 30) if table.status == TableStatus.ACTIVE else ""),
                key=table.id,
            )
        self.query_one("#empty", Static).display = not self.tables
        if keep in self.tables:
            grid.move_cursor(row=grid.get_row_index(keep))

    def current_id(self) -> str | None:
        """The id of the table under the cursor."""
        grid = self.query_one(DataTable)
        if not grid.row_count:
            return None
        return grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter or a click on a row opens the table."""
        self.action_open()

    def action_open(self) -> None:
        """Open the table under the cursor."""
        from screens.staff.table_detail import TableScreen

        table_id = self.current_id()
        if table_id:
            self.app.push_screen(TableScreen(table_id))

    def action_new(self) -> None:
        """Create a table."""
        from screens.staff.forms.table import TableFormDialog
        from screens.staff.table_detail import TableScreen

        def created(table_id: str | None) -> None:
            if table_id:
                self.reload(keep=table_id)
                self.app.push_screen(TableScreen(table_id))

        self.app.push_screen(TableFormDialog(), callback=created)
