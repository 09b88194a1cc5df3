"""The staff area's front page: where to go, what waits, lock, and closing the program."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from kiosk.core.calls import calls_to_make
from kiosk.core.contacts import apply_retention
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import IdeaState
from screens.staff.base import StaffScreen
from screens.staff.dialogs.confirm import ConfirmDialog
from screens.staff.footer import StaffFooter
from screens.widgets import KioskButton

MENU = (
    ("ideas", "1", N_("Ideas")),
    ("tables", "2", N_("Tables")),
    ("meetings", "3", N_("Meetings and minutes")),
    ("workshops", "4", N_("Service workshops")),
    ("print", "5", N_("Print and export")),
    ("audit", "6", N_("Audit trail")),
    ("settings", "7", N_("Settings")),
)
"""The staff area's parts: button id, key, label."""
CENTRES_ITEM = N_("Ideas from other centres")
"""The part shown only when this kiosk shares with other centres (``kiosk sync``)."""


class StaffHomeScreen(StaffScreen):
    """Where staff land after the PIN; contact details past retention are erased on arrival."""

    BINDINGS = [
        Binding("1", "open('ideas')", N_("Ideas"), id="staff-ideas"),
        Binding("2", "open('tables')", N_("Tables"), id="staff-tables"),
        Binding("3", "open('meetings')", N_("Meetings"), id="staff-meetings"),
        Binding("4", "open('workshops')", N_("Workshops"), id="staff-workshops"),
        Binding("5", "open('print')", N_("Print"), id="staff-print"),
        Binding("6", "open('audit')", N_("Audit"), id="staff-audit"),
        Binding("7", "open('settings')", N_("Settings"), id="staff-settings"),
        Binding("8", "open('calls')", N_("Calls"), id="staff-calls"),
        Binding("9", "open('centres')", N_("Other centres"), id="staff-centres"),
        Binding("k", "acknowledge", N_("Acknowledge notices"), id="staff-acknowledge"),
        Binding("escape", "lock", N_("Lock"), id="staff-lock"),
    ]

    erased: int | None = None
    """How many ideas' contact details were erased at this login (None until the worker answers)."""

    def compose(self) -> ComposeResult:
        """A title, the summary of what waits, the menu and the footer."""
        yield Static(_("Staff area"), classes="title")
        yield Static(id="summary", classes="subtitle")
        yield Static(id="notices", classes="warning")
        with Horizontal():
            with Vertical(classes="menu"):
                for button_id, key, label in MENU:
                    yield KioskButton(f"{key}  {_(label)}", id=button_id)
                if self.shares_with_centres():
                    yield KioskButton(f"9  {_(CENTRES_ITEM)}", id="centres")
                yield KioskButton(_("Lock the staff area"), id="lock", variant="primary")
                yield KioskButton(_("Close the program"), id="quit", variant="error")
            with Vertical(classes="side"):
                yield KioskButton(id="calls")  # residents to call: beside the menu, which fills the height
                yield Static(id="retention", classes="hint")
        yield StaffFooter()

    def on_mount(self) -> None:
        """Count what waits, and apply the contact retention period (at every staff login)."""
        self.refresh_summary()
        months = self.store.settings().retention_months
        self.run_service(lambda: apply_retention(self.store, months), self._retention_done)

    def on_screen_resume(self) -> None:
        """Recount after coming back from another staff screen (the retention period may have changed)."""
        self.refresh_summary()
        self.show_retention()

    def refresh_summary(self) -> None:
        """New ideas and upcoming meetings at a glance, and anything staff must know about the data."""
        new = sum(1 for idea in self.store.open_ideas() if idea.state == IdeaState.RECEIVED)
        upcoming = len(self.store.upcoming_meetings())
        self.query_one("#summary", Static).update(
            _("New ideas waiting: {new}. Upcoming meetings: {upcoming}.").format(new=new, upcoming=upcoming)
        )
        lines = [notice.describe() for notice in self.store.notices()]
        if lines:
            lines.append(_("Check that nothing recent is missing, then press K to acknowledge."))
        if problem := self.store.saving_problem():
            lines.insert(0, _("Saving is not possible right now: {reason}").format(reason=problem))
        calls = len(calls_to_make(self.store))
        self.query_one("#calls", Button).label = Content(f"8  {_('Residents to call')}: {calls}")
        notices = self.query_one("#notices", Static)
        notices.update(Content("\n".join(lines)))
        notices.display = bool(lines)
        self.refresh_bindings()

    def shares_with_centres(self) -> bool:
        """Whether other centres' bundles reach this kiosk."""
        from kiosk.core.received import has_other_centres

        return has_other_centres(self.store)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer acknowledging only while there is a notice, and other centres only when there are some."""
        if action == "acknowledge":
            return bool(self.store.notices())
        if action == "open" and parameters == ("centres",):
            return self.shares_with_centres()
        return True

    def action_acknowledge(self) -> None:
        """Staff have read the notices about repaired files: they leave this screen (the audit keeps them)."""

        def acknowledge_all() -> None:
            for notice in self.store.notices():
                self.store.acknowledge_notice(notice.id)

        self.run_service(acknowledge_all, lambda _result: self.refresh_summary())

    def _retention_done(self, erased: int) -> None:
        """Say what the retention period did."""
        self.erased = erased
        self.show_retention()

    def show_retention(self) -> None:
        """The retention period in force, and what it erased at this login."""
        erased = self.erased
        if erased is None:
            return
        months = self.store.settings().retention_months
        lines = [
            _("Contact details of residents are erased {months} months after their idea is closed.").format(
                months=months
            )
        ]
        if erased:
            lines.append(_("Erased now from {count} ideas.").format(count=erased))
        self.query_one("#retention", Static).update(Content("\n".join(lines)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Open a part, lock, or close the program."""
        if event.button.id == "lock":
            self.action_lock()
        elif event.button.id == "quit":
            self.action_quit_program()
        elif event.button.id:
            self.action_open(event.button.id)

    def action_open(self, part: str) -> None:
        """Open one part of the staff area."""
        from screens.staff.audit import AuditScreen
        from screens.staff.calls import CallsScreen
        from screens.staff.centres import CentresInboxScreen
        from screens.staff.ideas import IdeasScreen
        from screens.staff.meetings import MeetingsScreen
        from screens.staff.print_export import PrintExportScreen
        from screens.staff.settings import SettingsScreen
        from screens.staff.tables import TablesScreen
        from screens.staff.workshops import WorkshopsScreen

        screens = {
            "ideas": IdeasScreen,
            "tables": TablesScreen,
            "meetings": MeetingsScreen,
            "workshops": WorkshopsScreen,
            "print": PrintExportScreen,
            "audit": AuditScreen,
            "settings": SettingsScreen,
            "calls": CallsScreen,
            "centres": CentresInboxScreen,
        }
        self.app.push_screen(screens[part]())

    def action_lock(self) -> None:
        """Leave the staff area: back to the resident's home screen, locked."""
        self.app.lock_staff()  # type: ignore[attr-defined]

    def action_quit_program(self) -> None:
        """Close the kiosk program after asking (only staff can)."""

        def answer(yes: bool | None) -> None:
            if yes and self.app.staff_unlocked:  # type: ignore[attr-defined]
                self.app.exit(0)

        self.app.push_screen(
            ConfirmDialog(
                _("Close the kiosk program? Residents cannot use the kiosk until it is started again."),
                _("Close the program"),
            ),
            callback=answer,
        )
