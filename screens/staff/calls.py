"""Residents to call: those who left a phone number (or e-mail) and whose idea moved on since the last call.

K ticks the chosen resident off as called (they leave the list until their idea moves
on again); P prints the list. The list is printed from a private temporary file that is
removed at once: residents' contacts are never left on disk in plain text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import DataTable, Static

from kiosk.core.calls import REACH_LABELS, Call, calls_to_make, mark_called, note_call_list_printed, what_to_say
from kiosk.core.dates import format_when
from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_, current_language
from kiosk.core.i18n import gettext as _
from kiosk.core.store import Store
from screens.staff.base import first_line
from screens.staff.labels import idea_state
from screens.staff.listing import StaffListScreen

NOT_PRINTED = N_(
    "The call list was not printed: the printer did not take it (the audit trail says why). "
    "It was not saved either, since it holds residents' contact details."
)
"""Said when the printer did not take the call list."""


def print_call_list(store: Store, language: str) -> int:
    """Print the call list through a temporary file removed straight after; returns how many are on it."""
    from printables.calls import build_call_list
    from printables.printing import PrintError, print_pdf, record_print_failure

    calls = calls_to_make(store)
    pdf = build_call_list(calls, store.settings(), store.now().date(), language)
    with tempfile.TemporaryDirectory(prefix="kiosk-calls-") as folder:
        path = Path(folder) / "call-list.pdf"
        path.write_bytes(pdf)
        try:
            print_pdf(path, store.settings().printer or None, title=_("Residents to call"))
        except PrintError as error:
            record_print_failure(store, "calls", error.translated())
            raise KioskError(NOT_PRINTED) from error
    note_call_list_printed(store, len(calls))
    return len(calls)


class CallsScreen(StaffListScreen[Call]):
    """Whom to call and what to tell them, waiting longest first."""

    BINDINGS = [
        Binding("k", "called", N_("Called"), id="calls-called"),
        Binding("p", "print", N_("Print the list"), id="calls-print"),
    ]
    HEADING = N_("Residents to call")
    SUBTITLE = N_("Their idea moved on since they were last called. K: called (ticks them off). P: print the list.")
    EMPTY_HINT = N_("Nobody to call just now.")
    LIST_ID = "calls"
    COLUMNS = (N_("Idea"), N_("Name"), N_("Phone or e-mail"), N_("Status now"), N_("Changed"))

    def compose(self) -> ComposeResult:
        """The list, and under it what to tell the resident on the chosen row."""
        yield from super().compose()
        yield Static(id="tell", classes="detail")

    def cells(self, call: Call) -> tuple[object, ...]:
        """Reference, name, contact (e-mail-only shown as such), new status and when it changed."""
        contact = first_line(call.contact, 24)
        if call.reach != "phone":
            contact = f"{contact} ({_(REACH_LABELS[call.reach])})"
        return (call.reference, first_line(call.name, 20), contact, idea_state(call.state), format_when(call.changed))

    def load(self) -> list[Call]:
        """Everyone to call now."""
        return calls_to_make(self.store)

    def reload(self, keep: str | None = None) -> None:
        """Refill the list and the text under it."""
        super().reload(keep)
        self.show_call(self.current())
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ticking off and printing need someone on the list."""
        if action in ("called", "print"):
            return bool(self.records)
        return True

    def show_call(self, call: Call | None) -> None:
        """What to tell the resident on the chosen row."""
        tell = self.query_one("#tell", Static)
        tell.display = call is not None
        if call is not None:
            lines = [_("Tell {name}:").format(name=call.name or call.reference), *what_to_say(call, current_language())]
            tell.update(Content("\n".join(lines)))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Moving in the list shows what to tell that resident."""
        self.show_call(self.records.get(event.row_key.value or ""))

    def action_called(self) -> None:
        """Tick the chosen resident off: they leave the list until their idea moves on again."""
        call = self.current()
        if call is None:
            return
        self.run_service(lambda: mark_called(self.store, call.id, call.steps), lambda _result: self.ticked(call))

    def ticked(self, call: Call) -> None:
        """Say who was ticked off, and show the list without them."""
        self.show_done(_("{reference} ticked off as called.").format(reference=call.reference))
        self.reload()

    def action_print(self) -> None:
        """Print the call list to the centre's printer."""
        language = current_language()
        self.run_service(lambda: print_call_list(self.store, language), self.printed)

    def printed(self, count: int) -> None:
        """Say that the list went to the printer."""
        self.show_done(_("The call list went to the printer ({count} residents).").format(count=count))
