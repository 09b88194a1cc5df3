"""What the staff area's list screens share: one DataTable of records, refilled in place.

A list screen (tables, meetings, workshops) names its heading, its columns and its
records; this base composes the screen, keeps the cursor on the same record when
the list is refilled, shows a hint while the list is empty, and turns Enter on a
row into "open" and N into the screen's "new" form.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from kiosk.core.i18n import gettext as _
from screens.staff.base import StaffDialog, StaffScreen, plain
from screens.staff.footer import StaffFooter


class Keyed(Protocol):
    """A record a list shows: its id is the row's key."""

    @property
    def id(self) -> str:
        """The row's key."""


RecordT = TypeVar("RecordT", bound=Keyed)
"""The kind of record a list screen shows."""


def row_key_under_cursor(grid: DataTable) -> str | None:
    """The key of the row under a list's cursor (None: the list is empty)."""
    if not grid.row_count:
        return None
    return grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value


class StaffListScreen(StaffScreen, Generic[RecordT]):
    """A staff screen around one list of records; subclasses say what the list holds."""

    HEADING: ClassVar[str]
    """The screen's title (a message id, translated when shown)."""
    SUBTITLE: ClassVar[str]
    """The line under the title: what the list is for and which keys work on it."""
    EMPTY_HINT: ClassVar[str]
    """What to do while the list is empty."""
    LIST_ID: ClassVar[str]
    """The DataTable's id."""
    COLUMNS: ClassVar[tuple[str, ...]]
    """The column headings (message ids)."""
    RELOAD_ON_RESUME: ClassVar[bool] = True
    """Whether the list is refilled when a screen pushed over it closes."""
    OPENS_NEW_RECORDS: ClassVar[bool] = False
    """Whether a record just created with the "new" form is opened at once."""

    def __init__(self) -> None:
        super().__init__()
        self.records: dict[str, RecordT] = {}

    def compose(self) -> ComposeResult:
        """The list and the footer."""
        yield self.compose_heading()
        yield Static(_(self.SUBTITLE), classes="subtitle")
        yield Static(id="error")
        yield Static(_(self.EMPTY_HINT), id="empty", classes="hint")
        yield DataTable(id=self.LIST_ID, cursor_type="row", zebra_stripes=True)
        yield StaffFooter()

    def compose_heading(self) -> Static:
        """The screen's title line."""
        return Static(_(self.HEADING), classes="title")

    def on_mount(self) -> None:
        """Fill the list."""
        self.query_one("#error", Static).display = False
        grid = self.query_one(DataTable)
        grid.add_columns(*(_(column) for column in self.COLUMNS))
        self.reload()
        grid.focus()

    def on_screen_resume(self) -> None:
        """Refresh after a record was changed on a screen pushed over this one."""
        if self.RELOAD_ON_RESUME:
            self.reload()

    def load(self) -> list[RecordT]:
        """The records to list, in the order they are shown."""
        raise NotImplementedError

    def cells(self, record: RecordT) -> Iterable[Any]:
        """One record's row; every cell is shown as plain text, never as markup."""
        raise NotImplementedError

    def reload(self, keep: str | None = None) -> None:
        """Refill the list, keeping the cursor on ``keep`` or on the record it was on."""
        grid = self.query_one(DataTable)
        keep = keep or self.current_id()
        records = self.load()
        self.records = {record.id: record for record in records}
        grid.clear()
        for record in records:
            grid.add_row(*(plain(cell) for cell in self.cells(record)), key=record.id)
        self.query_one("#empty", Static).display = not self.records
        if keep in self.records:
            grid.move_cursor(row=grid.get_row_index(keep))

    def current_id(self) -> str | None:
        """The id of the record under the cursor."""
        return row_key_under_cursor(self.query_one(DataTable))

    def current(self) -> RecordT | None:
        """The record under the cursor."""
        return self.records.get(self.current_id() or "")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter or a click on a row opens the record."""
        self.action_open()

    def action_open(self) -> None:
        """Open the record under the cursor."""
        record_id = self.current_id()
        if record_id:
            self.open_record(record_id)

    def open_record(self, record_id: str) -> None:
        """Show one record on its own screen; a list whose rows do not open leaves this empty."""

    def action_new(self) -> None:
        """Create a record with the screen's form; the list then shows it under the cursor."""

        def created(record_id: str | None) -> None:
            if record_id:
                self.reload(keep=record_id)
                if self.OPENS_NEW_RECORDS:
                    self.open_record(record_id)

        self.app.push_screen(self.new_record_form(), callback=created)

    def new_record_form(self) -> StaffDialog[str]:
        """The form dialog that creates a record and answers with its id."""
        raise NotImplementedError
