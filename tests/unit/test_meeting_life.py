"""A meeting's life in the core: started, closed, moved, cancelled, minutes written and approved."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.errors import ValidationError
from kiosk.core.i18n import gettext_in
from kiosk.core.ideas import forward_idea_to_agenda, publish_idea, submit_idea
from kiosk.core.meeting_order import REVIEW_ITEM_TITLE, PastMeeting, agenda_item_title
from kiosk.core.meetings import (
    approve_minutes,
    cancel_meeting,
    close_meeting,
    forwardable_meetings,
    move_meeting,
    start_meeting,
)
from kiosk.core.model import AgendaKind, MeetingState
from kiosk.core.public import upcoming_meetings
from kiosk.core.settings import Settings
from kiosk.core.store import SETTINGS
from kiosk.core.tables import add_action, record_minutes, schedule_meeting


def at(day: int, hour: int = 17, month: int = 12) -> datetime:
    """A moment in Helsinki in late 2026."""
    return datetime(2026, month, day, hour, tzinfo=HELSINKI)


def test_a_meeting_starts_early_and_closes_and_is_then_held(store, table, clock):
    meeting = schedule_meeting(store, table.id, at(3), "Asukastupa")
    assert meeting.state(store.now()) == MeetingState.UPCOMING
    started = start_meeting(store, meeting.id)  # a week early: staff may start whenever they meet
    assert started.started == store.now()
    assert started.state(store.now()) == MeetingState.UNDER_WAY
    with pytest.raises(ValidationError):
        start_meeting(store, meeting.id)
    clock.advance(hours=1)
    closed = close_meeting(store, meeting.id)
    assert closed.closed == store.now() and closed.held
    assert closed.state(store.now()) == MeetingState.CLOSED
    with pytest.raises(ValidationError):
        close_meeting(store, meeting.id)


def test_a_past_meeting_can_be_closed_without_being_started_but_a_future_one_cannot(store, table, clock):
    ahead = schedule_meeting(store, table.id, at(3), "Asukastupa")
    with pytest.raises(ValidationError, match="alkanut"):
        close_meeting(store, ahead.id)
    clock.advance(days=7)
    closed = close_meeting(store, ahead.id)  # held on paper, written up afterwards
    assert closed.started == ahead.start and closed.held


def test_minutes_are_written_once_started_early_or_after_the_meeting(store, table, clock):
    meeting = schedule_meeting(store, table.id, at(3), "Asukastupa")
    with pytest.raises(ValidationError):
        record_minutes(store, meeting.id, general="Liian aikaisin")
    start_meeting(store, meeting.id)
    written = record_minutes(store, meeting.id, attendee_ids=["p-chair", "p-taxi"], general="Aloitettiin")
    assert written.attendee_ids == ["p-chair", "p-taxi"]
    assert written.absent_ids == ["p-pens"]


def test_creating_a_meeting_in_the_past_needs_a_confirmation(store, table):
    with pytest.raises(PastMeeting):
        schedule_meeting(store, table.id, at(20, month=11), "Asukastupa")
    assert store.meetings() == []
    meeting = schedule_meeting(store, table.id, at(20, month=11), "Asukastupa", allow_past=True)
    assert store.meeting(meeting.id) is not None


def test_moving_a_meeting_keeps_where_it_was_and_the_past_needs_a_confirmation(store, table):
    meeting = schedule_meeting(store, table.id, at(3), "Asukastupa")
    moved = move_meeting(store, meeting.id, at(8), "Kirjasto")
    assert moved.moved_from == at(3) and moved.start == at(8) and moved.place == "Kirjasto"
    assert moved.state(store.now()) == MeetingState.MOVED
    again = move_meeting(store, meeting.id, at(10), "Kirjasto")
    assert again.moved_from == at(3)  # the time the notice board first announced
    with pytest.raises(PastMeeting):
        move_meeting(store, meeting.id, at(20, month=11), "Kirjasto")
    assert store.meeting(meeting.id).start == at(10)
    assert move_meeting(store, meeting.id, at(20, month=11), "Kirjasto", allow_past=True).start == at(20, month=11)
    with pytest.raises(ValidationError, match="90"):
        move_meeting(store, meeting.id, at(10), "Kirjasto", duration_minutes=120)


def test_a_cancelled_meeting_stays_on_the_upcoming_list_as_cancelled_and_cannot_start(store, table):
    meeting = schedule_meeting(store, table.id, at(3), "Asukastupa")
    cancelled = cancel_meeting(store, meeting.id)
    assert cancelled.state(store.now()) == MeetingState.CANCELLED
    [entry] = upcoming_meetings(store)
    assert entry.meeting.cancelled is not None
    for change in (start_meeting, cancel_meeting):
        with pytest.raises(ValidationError):
            change(store, meeting.id)
    with pytest.raises(ValidationError):
        move_meeting(store, meeting.id, at(8), "Asukastupa")


def test_forwarding_offers_every_meeting_not_closed_or_cancelled(store, table, clock):
    past = schedule_meeting(store, table.id, at(20, month=11), "Asukastupa", allow_past=True)
    ahead = schedule_meeting(store, table.id, at(3), "Asukastupa")
    done = schedule_meeting(store, table.id, at(10), "Asukastupa")
    start_meeting(store, done.id)
    close_meeting(store, done.id)
    off = schedule_meeting(store, table.id, at(17), "Asukastupa")
    cancel_meeting(store, off.id)
    assert [m.id for m in forwardable_meetings(store)] == [ahead.id, past.id]
    idea = publish_idea(store, submit_idea(store, "Linja-autovuoro takaisin").id)
    item = forward_idea_to_agenda(store, idea.id, past.id, question="Miten kylälle saadaan vuoro?")
    assert item.title == "Miten kylälle saadaan vuoro?" and item.idea_ids == [idea.id]
    with pytest.raises(ValidationError):
        forward_idea_to_agenda(store, idea.id, done.id, question="Miten?")


def test_forwarding_a_new_item_needs_the_question_and_keeps_the_idea_as_background(store, table):
    meeting = schedule_meeting(store, table.id, at(3), "Asukastupa")
    text = "Kaupungin pitäisi palauttaa linja-autovuoro Karttulaan."
    idea = publish_idea(store, submit_idea(store, text).id)
    with pytest.raises(ValidationError, match="kysymys"):
        forward_idea_to_agenda(store, idea.id, meeting.id, question="  ")
    item = forward_idea_to_agenda(store, idea.id, meeting.id, question="Miten Karttulan joukkoliikennettä parannetaan?")
    stored = store.meeting(meeting.id).agenda[-1]
    assert stored.title == "Miten Karttulan joukkoliikennettä parannetaan?"
    assert text not in stored.title and stored.idea_ids == [idea.id] and item.id == stored.id


def test_the_next_meeting_gets_an_approval_item_first_and_approves_the_minutes(store, table, clock):
    first = schedule_meeting(store, table.id, at(28, month=11), "Asukastupa")
    second = schedule_meeting(store, table.id, at(10), "Asukastupa")
    clock.advance(days=1, hours=8)  # 28.11. at 18.00
    add_action(store, first.id, "Kyytikysely", "", None, responsible_id="p-taxi")
    record_minutes(store, first.id, attendee_ids=["p-chair"], general="Muistio")
    agenda = store.meeting(second.id).agenda
    assert agenda[0].kind == AgendaKind.APPROVAL and agenda[0].approves_id == first.id
    assert store.meeting(first.id).minutes_approved_in == ""
    # A third meeting scheduled later gets the review item but no approval item: the second approves.
    third = schedule_meeting(store, table.id, at(17), "Asukastupa")
    assert [i.kind for i in store.meeting(third.id).agenda] == [AgendaKind.REVIEW]
    with pytest.raises(ValidationError):
        approve_minutes(store, second.id)  # not started yet
    clock.advance(days=12)
    approved = approve_minutes(store, second.id)
    assert approved.id == first.id and approved.minutes_approved_in == second.id
    assert approved.minutes_approved == store.now()
    with pytest.raises(ValidationError, match="hyväksytty"):
        record_minutes(store, first.id, general="Muutettu jälkikäteen")


def test_scheduling_after_unapproved_minutes_puts_the_approval_first(store, table, clock):
    first = schedule_meeting(store, table.id, at(28, month=11), "Asukastupa")
    clock.advance(days=1, hours=8)
    add_action(store, first.id, "Kyytikysely", "", None, responsible_id="p-taxi")
    record_minutes(store, first.id, general="Muistio")
    second = schedule_meeting(store, table.id, at(10), "Asukastupa")
    assert [i.kind for i in second.agenda] == [AgendaKind.APPROVAL, AgendaKind.REVIEW]
    assert second.agenda[0].approves_id == first.id


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_review_item_is_stored_without_a_language_and_shown_in_any(store, table, clock, language):
    with store.transaction() as tx:
        tx.put(SETTINGS, Settings(language="sv").to_dict())
    first = schedule_meeting(store, table.id, at(28, month=11), "Asukastupa")
    add_action(store, first.id, "Kyytikysely", "", None, responsible_id="p-taxi")
    [review] = schedule_meeting(store, table.id, at(10), "Asukastupa").agenda
    assert review.kind == AgendaKind.REVIEW
    assert agenda_item_title(review, language) == gettext_in(language, REVIEW_ITEM_TITLE)
    assert agenda_item_title(review, "fi") == "Sovittujen toimenpiteiden läpikäynti"


def test_a_called_off_meeting_is_cancelled_in_the_calendar_export(store, table):
    from icalendar import Calendar

    from kiosk.core.export import store_meetings_ics

    kept = schedule_meeting(store, table.id, at(3), "Asukastupa")
    off = schedule_meeting(store, table.id, at(10), "Asukastupa")
    cancel_meeting(store, off.id)
    events = {str(e["uid"]).split("@")[0]: e for e in Calendar.from_ical(store_meetings_ics(store)).walk("VEVENT")}
    assert str(events[off.id]["status"]) == "CANCELLED"
    assert "status" not in events[kept.id]


def test_calling_off_the_approving_meeting_passes_the_approval_to_the_next(store, table, clock):
    first = schedule_meeting(store, table.id, at(28, month=11), "Asukastupa")
    second = schedule_meeting(store, table.id, at(10), "Asukastupa")
    third = schedule_meeting(store, table.id, at(17), "Asukastupa")
    clock.advance(days=1, hours=8)
    record_minutes(store, first.id, attendee_ids=["p-chair"], general="Muistio")
    assert store.meeting(third.id).approval_item() is None
    cancel_meeting(store, second.id)
    assert store.meeting(second.id).approval_item() is None
    assert store.meeting(third.id).agenda[0].approves_id == first.id
