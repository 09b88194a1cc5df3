"""Ideas from other centres: what their staff forwarded to this centre's tables, accepted here once."""

from __future__ import annotations

from textual.binding import Binding

from kiosk.core.centres import IncomingIdea, accept_forwarded_idea, inbox
from kiosk.core.dates import format_day
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from screens.staff.base import first_line
from screens.staff.listing import StaffListScreen


class CentresInboxScreen(StaffListScreen[IncomingIdea]):
    """The ideas other centres forwarded here and not yet accepted; Enter or A accepts one."""

    BINDINGS = [Binding("a", "open", N_("Accept"), id="centres-accept")]
    HEADING = N_("Ideas from other centres")
    SUBTITLE = N_("Other centres forwarded these ideas to your tables. Press A to accept one: it joins your ideas.")
    EMPTY_HINT = N_("No ideas from other centres wait here.")
    LIST_ID = "incoming"
    COLUMNS = (N_("From"), N_("Ref."), N_("Sent"), N_("Table"), N_("Idea"))

    def load(self) -> list[IncomingIdea]:
        """What waits, oldest first."""
        return inbox(self.store)

    def cells(self, record: IncomingIdea) -> tuple[object, ...]:
        """Centre, its reference, when it was sent, the table here, and the idea's first line."""
        return (
            first_line(record.centre_name, 24),
            record.idea.reference,
            format_day(record.idea.sent) if record.idea.sent else "",
            first_line(record.table.name, 24) if record.table else "-",
            first_line(record.idea.text, 50),
        )

    def open_record(self, record_id: str) -> None:
        """Accept the idea: it becomes one of this centre's ideas, on the table it was forwarded to."""
        record = self.records.get(record_id)
        if record is None:
            return

        def accepted(idea) -> None:
            self.reload()
            self.show_done(_("{ref} accepted as {own}.").format(ref=record.idea.reference, own=idea.reference))

        self.run_service(lambda: accept_forwarded_idea(self.store, record.centre_code, record.id), accepted)
