"""A meeting's life after it is scheduled: moved, called off, started, closed, its minutes approved.

Each step is a service in the pattern of ``kiosk.core.tables``: load the meeting in a transaction,
change it, validate, store, audit. Scheduling, agendas and minutes stay in ``kiosk.core.tables``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.core.errors import ValidationError
from kiosk.core.i18n import N_
from kiosk.core.meeting_order import refuse_past
from kiosk.core.model import Meeting, MeetingState
from kiosk.core.store import MEETINGS, Store, record_audit
from kiosk.core.tables import load_meeting
from kiosk.core.text import clean_text


def _change_meeting(store: Store, meeting_id: str, what: str, change: Any, actor: str) -> Meeting:
    """Apply ``change(meeting, now)`` to a stored meeting in one audited transaction."""
    now = store.now()
    with store.transaction() as tx:
        meeting = load_meeting(tx, meeting_id)
        change(meeting, now)
        meeting.validate()
        tx.put(MEETINGS, meeting.to_dict())
        record_audit(tx, now, actor, what, meeting=meeting_id)
    return meeting


def _refuse_if_over(meeting: Meeting, now: datetime) -> None:
    """A meeting called off or closed no longer changes its time or starts."""
    state = meeting.state(now)
    if state == MeetingState.CANCELLED:
        raise ValidationError(N_("The meeting was called off."))
    if state == MeetingState.CLOSED:
        raise ValidationError(N_("The meeting is closed."))


def move_meeting(
    store: Store,
    meeting_id: str,
    start: datetime,
    place: str,
    *,
    duration_minutes: int | None = None,
    title: str | None = None,
    allow_past: bool = False,
    actor: str = "staff",
) -> Meeting:
    """Change a meeting's time, place, length or question; residents see it as moved if time or place changed.

    A new start in the past is refused with ``PastMeeting`` unless ``allow_past`` (the caller asked).
    """
    place = clean_text(place)

    def change(meeting: Meeting, now: datetime) -> None:
        if start != meeting.start:
            refuse_past(store, start, allow_past)
        moved = start != meeting.start or place != meeting.place
        if moved:
            _refuse_if_over(meeting, now)
            if meeting.started is not None:
                raise ValidationError(N_("The meeting has started; it can no longer be moved."))
            meeting.moved_from = meeting.moved_from or meeting.start
        meeting.start, meeting.place = start, place
        if duration_minutes is not None:
            meeting.duration_minutes = duration_minutes
        if title is not None:
            meeting.title = clean_text(title)

    return _change_meeting(store, meeting_id, "move meeting", change, actor)


def cancel_meeting(store: Store, meeting_id: str, *, actor: str = "staff") -> Meeting:
    """Call a meeting off; residents see it as cancelled until its time has passed."""

    def change(meeting: Meeting, now: datetime) -> None:
        _refuse_if_over(meeting, now)
        if meeting.started is not None:
            raise ValidationError(N_("The meeting has started; close it instead."))
        meeting.cancelled = now

    return _change_meeting(store, meeting_id, "cancel meeting", change, actor)


def start_meeting(store: Store, meeting_id: str, *, actor: str = "staff") -> Meeting:
    """Staff start the meeting, at its time or earlier or later: from now its minutes can be written."""

    def change(meeting: Meeting, now: datetime) -> None:
        _refuse_if_over(meeting, now)
        if meeting.started is not None:
            raise ValidationError(N_("The meeting has already started."))
        meeting.started = now

    return _change_meeting(store, meeting_id, "start meeting", change, actor)


def close_meeting(store: Store, meeting_id: str, *, actor: str = "staff") -> Meeting:
    """Close a meeting that was started or whose time has come; it then counts as held."""

    def change(meeting: Meeting, now: datetime) -> None:
        _refuse_if_over(meeting, now)
        if meeting.started is None:
            if meeting.start > now:
                raise ValidationError(N_("The meeting has not started yet; start it first."))
            meeting.started = meeting.start
        meeting.closed = now
        meeting.held = True

    return _change_meeting(store, meeting_id, "close meeting", change, actor)


def forwardable_meetings(store: Store) -> list[Meeting]:
    """Meetings of active tables that ideas can still be forwarded to: not closed, not called off.

    The upcoming ones soonest first, then the past ones newest first.
    """
    active = {t.id for t in store.tables(active_only=True)}
    return [
        m
        for m in store.upcoming_meetings() + store.past_meetings()
        if m.table_id in active and m.closed is None and m.cancelled is None
    ]


def approve_minutes(store: Store, meeting_id: str, *, actor: str = "staff") -> Meeting:
    """At this meeting the table approves the previous meeting's minutes; returns the approved meeting."""
    now = store.now()
    with store.transaction() as tx:
        meeting = load_meeting(tx, meeting_id)
        item = meeting.approval_item()
        if item is None:
            raise ValidationError(N_("This meeting has no earlier minutes to approve."))
        if meeting.started is None and now < meeting.start:
            raise ValidationError(N_("The minutes are approved at the meeting; it has not started yet."))
        previous = load_meeting(tx, item.approves_id)
        if previous.minutes_approved_in:
            raise ValidationError(N_("Those minutes are already approved."))
        previous.minutes_approved_in = meeting.id
        previous.minutes_approved = now
        tx.put(MEETINGS, previous.to_dict())
        record_audit(tx, now, actor, "approve minutes", meeting=previous.id, at=meeting.id)
    return previous
