"""Service workshops: create one, open one to record what came out of it; open ones take residents' ideas."""

from __future__ import annotations

from textual.binding import Binding

from kiosk.core.dates import format_when
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import Workshop
from kiosk.core.workshops import set_workshop_open
from screens.staff.base import first_line
from screens.staff.listing import StaffListScreen


class WorkshopsScreen(StaffListScreen[Workshop]):
    """Every service workshop, soonest first, and whether it collects ideas now; Enter opens one."""

    BINDINGS = [
        Binding("n", "new", N_("New workshop"), id="workshops-new"),
        Binding("o", "toggle", N_("Open/close for ideas"), id="workshops-toggle"),
    ]
    HEADING = N_("Service workshops")
    SUBTITLE = N_(
        "Open to everyone. Enter opens a workshop: the themes that came out of it, the tables it led to, its poster."
    )
    EMPTY_HINT = N_("No service workshops yet. Press N to create one.")
    LIST_ID = "workshops"
    COLUMNS = (N_("Workshop"), N_("When"), N_("Place"), N_("Themes"), N_("Ideas"))

    def load(self) -> list[Workshop]:
        """Every workshop, soonest first."""
        return self.store.workshops()

    def cells(self, workshop: Workshop) -> tuple[object, ...]:
        """Title, time, place, themes and whether it takes ideas."""
        return (
            first_line(workshop.title, 26),
            format_when(workshop.start),
            first_line(workshop.place, 18),
            first_line(", ".join(workshop.offered_themes), 24),
            _("open") if workshop.is_open else _("closed"),
        )

    def open_record(self, record_id: str) -> None:
        """Open the workshop's own screen."""
        from screens.staff.workshop_detail import WorkshopScreen

        self.app.push_screen(WorkshopScreen(record_id))

    def new_record_form(self):
        """Create a workshop."""
        from screens.staff.forms.workshop import WorkshopDialog

        return WorkshopDialog()

    def action_toggle(self) -> None:
        """Open the chosen workshop for ideas, or close it."""
        workshop = self.current()
        if workshop is not None:
            self.run_service(
                lambda: set_workshop_open(self.store, workshop.id, not workshop.is_open),
                lambda changed: self.reload(keep=changed.id),
            )
