"""The store's readers and the public read models: cached per file version, filtered before building."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.core import ideas as svc
from kiosk.core.clock import HELSINKI
from kiosk.core.model import Meeting
from kiosk.core.store import MEETINGS

FIXED_NOW = datetime(2026, 11, 27, 10, 0, tzinfo=HELSINKI)
"""The test clock's moment (conftest's ``clock`` fixture)."""


def put(store, collection: str, *records) -> None:
    """Save model objects as they are, in one transaction."""
    with store.transaction() as tx:
        for record in records:
            tx.put(collection, record.to_dict())


def test_list_readers_give_new_lists_and_see_every_write(store):
    first = Meeting(table_id="t1", start=FIXED_NOW + timedelta(days=1), place="Kylätalo")
    put(store, MEETINGS, first)
    one, again = store.meetings(), store.meetings()
    assert one == again and one is not again
    assert one[0] is again[0]  # built once while the file is unchanged
    one.clear()  # the caller's own list
    assert [m.id for m in store.meetings()] == [first.id]
    second = Meeting(table_id="t2", start=FIXED_NOW + timedelta(hours=2), place="Koulu")
    put(store, MEETINGS, second)
    assert [m.id for m in store.meetings()] == [second.id, first.id]
    assert [m.id for m in store.meetings("t1")] == [first.id]


def test_single_record_readers_give_a_copy_of_ones_own(store):
    meeting = Meeting(table_id="t1", start=FIXED_NOW + timedelta(days=1), place="Kylätalo")
    put(store, MEETINGS, meeting)
    store.meetings()  # the shared objects are built first
    mine = store.meeting(meeting.id)
    mine.attendee_ids.append("someone")
    mine.place = "Muualla"
    assert store.meeting(meeting.id).attendee_ids == [] and store.meetings()[0].attendee_ids == []
    assert store.meetings()[0].place == "Kylätalo"
    assert store.folder.get(MEETINGS, meeting.id)["attendee_ids"] == []


def test_meetings_keep_time_order_across_the_change_to_winter_time(store, clock):
    # On the night summer time ends, 03:30+03:00 comes before 03:10+02:00, though it sorts later as
    # text, and later as a wall-clock time in the Helsinki zone.
    summer = Meeting(table_id="t1", start=datetime.fromisoformat("2026-10-25T03:30:00+03:00"), place="A",
                     duration_minutes=15)
    winter = Meeting(table_id="t1", start=datetime.fromisoformat("2026-10-25T03:10:00+02:00"), place="B",
                     duration_minutes=15)
    put(store, MEETINGS, winter, summer)
    assert store.folder.get(MEETINGS, summer.id)["start"] == "2026-10-25T03:30:00+03:00"
    assert [m.place for m in store.meetings()] == ["A", "B"]
    assert [m.place for m in store.past_meetings("t1")] == ["B", "A"]
    clock.current = datetime.fromisoformat("2026-10-25T03:00:00+02:00").astimezone(HELSINKI)  # A has ended
    assert [m.place for m in store.upcoming_meetings()] == ["B"]
    assert [m.place for m in store.past_meetings()] == ["A"]


def test_ideas_are_found_by_id_and_number_open_or_archived(store):
    kept = svc.submit_idea(store, "Penkki bussipysäkille")
    closed = svc.submit_idea(store, "Katuvalo koulutielle")
    svc.publish_idea(store, closed.id)
    svc.decline_idea(store, closed.id, "Kunta hoitaa jo")
    assert store.archive_years() == [FIXED_NOW.year]
    assert store.idea(closed.id).state.value == "declined"
    assert store.idea_by_number(closed.number).id == closed.id
    assert store.idea_by_number(kept.number).id == kept.id
    assert store.idea_by_number(999) is None and store.idea("missing") is None
    found = store.ideas_by_id({kept.id, closed.id, "missing"})
    assert set(found) == {kept.id, closed.id}
    svc.publish_idea(store, kept.id)
    svc.decline_idea(store, kept.id, "Ei tilaa")  # the archive changes: its index is made again
    assert store.idea_by_number(kept.number).state.value == "declined"
