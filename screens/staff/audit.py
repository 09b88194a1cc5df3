"""The audit trail: every staff change with its time, who (the role) and what changed."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable, Select, Static

from kiosk.core.clock import local
from kiosk.core.dates import format_when
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from screens.staff.base import StaffScreen, first_line, plain
from screens.staff.footer import StaffFooter

YEARS_SHOWN = 5
"""How many years back the year filter offers."""

WHAT_LABELS = {
    "publish idea": N_("Idea published"),
    "answer idea": N_("Idea answered"),
    "decline idea": N_("Idea declined"),
    "complete idea": N_("Idea done"),
    "merge ideas": N_("Ideas merged"),
    "forward idea": N_("Idea forwarded to an agenda"),
    "erase contact": N_("Contact details erased"),
    "retention": N_("Contact details erased after the retention period"),
    "save table": N_("Table saved"),
    "add participant": N_("Participant added"),
    "remove participant": N_("Participant removed"),
    "add sub-group": N_("Sub-group added"),
    "close table": N_("Table closed"),
    "schedule meeting": N_("Meeting scheduled"),
    "update meeting": N_("Meeting changed"),
    "add agenda item": N_("Agenda item added"),
    "record minutes": N_("Minutes recorded"),
    "add action": N_("Action agreed"),
    "action status": N_("Action status changed"),
    "create workshop": N_("Service workshop created"),
    "workshop open": N_("Service workshop opened"),
    "workshop closed": N_("Service workshop closed"),
    "update workshop": N_("Service workshop changed"),
    "workshop themes": N_("Themes that came out of a workshop recorded"),
    "workshop led to table": N_("Workshop linked to the table it led to"),
    "workshop unlinked from table": N_("Workshop's link to a table removed"),
    "set staff PIN": N_("Staff PIN set"),
    "staff login": N_("Staff logged in"),
    "staff PIN locked": N_("PIN locked after wrong tries"),
    "export ideas": N_("Ideas exported"),
    "export meetings": N_("Meetings exported"),
    "print failed": N_("Printing failed on the resident screen"),
}
"""What each recorded change is called on screen (unknown ones are shown as recorded)."""


ACTOR_LABELS = {
    "staff": N_("staff"),
    "admin": N_("command line"),
    "kiosk": N_("kiosk"),
    "retention": N_("retention period"),
}
"""Who made a change, as the services record it."""


def readable_value(store, key: str, value: object) -> str:
    """A detail's value for people: a meeting by its table and time, a moment in local time."""
    if key == "meeting" and isinstance(value, str):
        meeting = store.meeting(value)
        if meeting is not None:
            table = store.table(meeting.table_id)
            return f"{table.name if table else '?'} {format_when(meeting.start)}"
    if key in ("start", "until") and isinstance(value, str):
        try:
            return format_when(datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def describe_details(store, details: dict) -> str:
    """An entry's details as one readable line."""
    return ", ".join(readable_value(store, key, value) for key, value in details.items())


class AuditScreen(StaffScreen):
    """The year's audit trail, newest first."""

    def compose(self) -> ComposeResult:
        """The year filter and the list."""
        year = self.store.now().year
        yield Static(_("Audit trail"), classes="title")
        yield Static(_("Every change made in the staff area, newest first."), classes="subtitle")
        with Horizontal(classes="filters"):
            years = [(str(y), y) for y in range(year, year - YEARS_SHOWN, -1)]
            yield Select(years, value=year, allow_blank=False, id="year")
        yield DataTable(id="audit", cursor_type="row", zebra_stripes=True)
        yield StaffFooter()

    def on_mount(self) -> None:
        """Fill the list."""
        table = self.query_one(DataTable)
        table.add_columns(_("Time"), _("Who"), _("What"), _("Details"))
        self.reload()
        table.focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        """Another year."""
        self.reload()

    def reload(self) -> None:
        """The chosen year's entries, newest first."""
        year = self.query_one("#year", Select).value
        table = self.query_one(DataTable)
        table.clear()
        for entry in reversed(self.store.audit_entries(int(str(year)))):
            at = local(entry.at).strftime("%d.%m.%Y %H.%M")
            what, actor = entry.what, entry.actor
            table.add_row(
                plain(at),
                plain(_(ACTOR_LABELS[actor]) if actor in ACTOR_LABELS else actor),
                plain(_(WHAT_LABELS[what]) if what in WHAT_LABELS else what),
                plain(first_line(describe_details(self.store, entry.details), 64)),
            )
