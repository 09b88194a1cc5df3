"""The order of a table's meetings: which one comes before, which approves whose minutes, what is past.

The automatic agenda items (the review of open actions, the approval of the previous minutes)
carry a kind and a message id, never words of one language: they are translated when shown.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.core.dates import format_when
from kiosk.core.errors import ValidationError
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.model import AgendaItem, AgendaKind, Meeting
from kiosk.core.store import MEETINGS, Q, Store, Transaction

REVIEW_ITEM_TITLE = N_("Review of agreed actions")
"""Title of the agenda item that carries open actions to the next meeting (translated when shown)."""
APPROVAL_ITEM_TITLE = N_("Approval of the previous meeting's minutes")
"""Title of the first agenda item of a meeting that approves the previous meeting's minutes."""
AUTOMATIC_TITLES = {AgendaKind.REVIEW: REVIEW_ITEM_TITLE, AgendaKind.APPROVAL: APPROVAL_ITEM_TITLE}
"""The message id each automatic agenda item is shown with."""
APPROVAL_MINUTES = 5
"""Minutes the approval item takes (less if the agenda has no more room)."""
PAST_QUESTION = N_("{when} is in the past. Save the meeting there anyway?")
"""Why a meeting in the past is refused unasked: the screens ask staff these words first."""
LIFE_FIELDS = (
    "start",
    "place",
    "moved_from",
    "started",
    "closed",
    "cancelled",
    "minutes_approved_in",
    "minutes_approved",
)
"""A meeting's fields that only its own steps change (move, start, close, cancel, approve)."""


class PastMeeting(ValidationError):
    """The meeting would start in the past: the caller asks, then tries again with ``allow_past``."""


def agenda_item_title(item: AgendaItem, language: str) -> str:
    """An agenda item's title in a language: automatic items are translated, questions kept as written."""
    automatic = item.automatic
    return gettext_in(language, AUTOMATIC_TITLES[automatic]) if automatic else item.title


def refuse_past(store: Store, start: datetime, allow_past: bool) -> None:
    """A meeting put in the past is refused unless the caller confirmed it."""
    if start < store.now() and not allow_past:
        raise PastMeeting(PAST_QUESTION, when=format_when(start))


def previous_meeting(tx: Transaction, meeting: Meeting) -> Meeting | None:
    """The table's latest meeting before this one that was not called off."""
    earlier = [
        Meeting.from_dict(d)
        for d in tx.table(MEETINGS).search(Q.table_id == meeting.table_id)
        if d.get("cancelled") is None and d["id"] != meeting.id
    ]
    earlier = [m for m in earlier if m.start.timestamp() < meeting.start.timestamp()]
    return max(earlier, key=lambda m: m.start.timestamp()) if earlier else None


def next_meeting(tx: Transaction, meeting: Meeting) -> Meeting | None:
    """The table's first meeting after this one that is neither called off nor closed."""
    later = [
        Meeting.from_dict(d)
        for d in tx.table(MEETINGS).search(Q.table_id == meeting.table_id)
        if d.get("cancelled") is None and d.get("closed") is None and d["id"] != meeting.id
    ]
    later = [m for m in later if m.start.timestamp() > meeting.start.timestamp()]
    return min(later, key=lambda m: m.start.timestamp()) if later else None


def add_approval_item(meeting: Meeting, previous: Meeting) -> bool:
    """Put "approval of the previous meeting's minutes" first on the agenda, if there is room; True if added."""
    if not previous.has_minutes or previous.minutes_approved_in or meeting.approval_item() is not None:
        return False
    free = meeting.duration_minutes - meeting.planned_minutes()
    if free < 1:
        return False
    item = AgendaItem(
        title=APPROVAL_ITEM_TITLE,
        kind=AgendaKind.APPROVAL,
        approves_id=previous.id,
        minutes_planned=min(APPROVAL_MINUTES, free),
    )
    meeting.agenda.insert(0, item)
    return True
