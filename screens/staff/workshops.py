"""Service workshops: create one; while it is open its themes are offered in the idea form."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Static

from kiosk.core.dates import format_when
from kiosk.core.i18n import N_, gettext as _
from kiosk.core.model import Workshop
from kiosk.core.workshops import set_workshop_open
from screens.staff.base import StaffScreen, first_line, plain


class WorkshopsScreen(StaffScreen):
    """Every service workshop, soonest first, and whether it collects ideas now."""

    BINDINGS = [
        Binding("n", "new", N_("New workshop"), id="workshops-new"),
        Binding("o", "toggle", N_("Open/close for ideas"), id="workshops-toggle"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.workshops: dict[str, Workshop] = {}

    def compose(self) -> ComposeResult:
        """The list and the footer."""
        yield Static(_("Service workshops"), classes="title")
        yield Static(_("While a workshop is open, residents can leave ideas on its themes."), classes="subtitle")
        yield Static(id="error")
        yield Static(_("No service workshops yet. Press N to create one."), id="empty", classes="hint")
        yield DataTable(id="workshops", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill the list."""
        self.query_one("#error", Static).display = False
        grid = self.query_one(DataTable)
        grid.add_columns(_("Workshop"), _("When"), _("Place"), _("Themes"), _("Ideas"))
        self.reload()
        grid.focus()

    def reload(self, keep: str | None = None) -> None:
        """Refill the list."""
        grid = self.query_one(DataTable)
        keep = keep or self.current_id()
        workshops = self.store.workshops()
        self.workshops = {w.id: w for w in workshops}
        grid.clear()
        for workshop in workshops:
            grid.add_row(
                plain(first_line(workshop.title, 26)),
                plain(format_when(workshop.start)),
                plain(first_line(workshop.place, 18)),
                plain(first_line(", ".join(workshop.themes), 24)),
                plain(_("open") if workshop.is_open else _("closed")),
                key=workshop.id,
            )
        self.query_one("#empty", Static).display = not self.workshops
        if keep in self.workshops:
            grid.move_cursor(row=grid.get_row_index(keep))

    def current_id(self) -> str | None:
        """The id of the workshop under the cursor."""
        grid = self.query_one(DataTable)
        if not grid.row_count:
            return None
        return grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value

    def action_new(self) -> None:
        """Create a workshop."""
        from screens.staff.forms.workshop import WorkshopDialog

        def created(workshop_id: str | None) -> None:
            if workshop_id:
                self.reload(keep=workshop_id)

        self.app.push_screen(WorkshopDialog(), callback=created)

    def action_toggle(self) -> None:
        """Open the chosen workshop for ideas, or close it."""
        workshop = self.workshops.get(self.current_id() or "")
        if workshop is not None:
            self.run_service(
                lambda: set_workshop_open(self.store, workshop.id, not workshop.is_open),
                lambda changed: self.reload(keep=changed.id),
            )
