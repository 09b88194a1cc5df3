"""The staff's call list: residents with a phone whose idea moved on, ticked off when called."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.core import ideas as svc
from kiosk.core.calls import CALLS, Reach, calls_to_make, mark_called, reach_of
from kiosk.core.clock import HELSINKI
from kiosk.core.contacts import apply_retention, erase_contact
from kiosk.core.errors import NotFound
from kiosk.core.model import IdeaState, Table
from kiosk.core.storage import LIVE
from kiosk.core.tables import save_table, schedule_meeting


@pytest.mark.parametrize(
    ("contact", "reach"),
    [
        ("040 123 4567", Reach.PHONE),
        ("+358 40 1234567", Reach.PHONE),
        ("p. 017-123 456", Reach.PHONE),
        ("aino@example.fi", Reach.EMAIL),
        ("aino@example.fi, 040 123 4567", Reach.PHONE),
        ("Kylätie 5", None),
        ("", None),
    ],
)
def test_how_a_resident_is_reached(contact, reach):
    assert reach_of(contact) == reach


def test_a_resident_with_a_phone_is_listed_once_their_idea_moves_on(store, clock):
    idea = svc.submit_idea(store, "Penkki pysäkille", name="Aino Asukas", contact="040 123 4567")
    svc.submit_idea(store, "Ei yhteystietoa")
    assert calls_to_make(store) == []  # only received: nothing to tell yet
    clock.advance(days=1)
    svc.publish_idea(store, idea.id)
    svc.answer_idea(store, idea.id, "Penkki tilataan keväällä.")
    [call] = calls_to_make(store)
    assert (call.reference, call.name, call.contact, call.reach, call.state, call.public_answer) == (
        idea.reference,
        "Aino Asukas",
        "040 123 4567",
        Reach.PHONE,
        IdeaState.PUBLISHED,
        "Penkki tilataan keväällä.",
    )
    assert call.changed == store.now()


def test_ticking_off_removes_the_resident_until_the_next_change(store, clock):
    table = save_table(store, Table(name="Liikennepöytä", theme="Liikenne"))
    meeting = schedule_meeting(store, table.id, datetime(2026, 12, 3, 17, tzinfo=HELSINKI), "Asukastupa")
    idea = svc.submit_idea(store, "Linja-auto takaisin", name="Eino", contact="044 555 6666")
    svc.publish_idea(store, idea.id)
    mark_called(store, idea.id)
    assert calls_to_make(store) == []
    assert store.audit_entries(2026)[-1].what == "resident called"
    assert "044" not in str(store.audit_entries(2026)[-1].details)  # the audit never holds the contact
    svc.forward_idea_to_agenda(store, idea.id, meeting.id, question="Miten vuoro saadaan takaisin?")
    [call] = calls_to_make(store)
    assert (call.state, call.table, call.meeting) == (IdeaState.ON_AGENDA, "Liikennepöytä", meeting.start)
    mark_called(store, idea.id)
    svc.decline_idea(store, idea.id, "Vuoroa ei voida palauttaa.")  # closed: the idea moves to the archive
    [call] = calls_to_make(store)
    assert (call.state, call.public_answer) == (IdeaState.DECLINED, "Vuoroa ei voida palauttaa.")


def test_an_email_only_contact_is_shown_as_such(store):
    idea = svc.submit_idea(store, "Lukupiiri", name="Liisa", contact="liisa@example.fi")
    svc.publish_idea(store, idea.id)
    [call] = calls_to_make(store)
    assert call.reach == Reach.EMAIL


def test_erased_contacts_are_not_listed(store, clock):
    kept = svc.submit_idea(store, "Yksi", name="Aino", contact="040 111 1111")
    erased = svc.submit_idea(store, "Kaksi", name="Eino", contact="040 222 2222")
    expired = svc.submit_idea(store, "Kolme", name="Olli", contact="040 333 3333")
    for idea in (kept, erased, expired):
        svc.publish_idea(store, idea.id)
    svc.complete_idea(store, expired.id, "Tehty.")
    erase_contact(store, erased.id)
    clock.advance(days=400)
    apply_retention(store, 12)
    assert [call.reference for call in calls_to_make(store)] == [kept.reference]


def test_the_list_of_calls_holds_no_contact(store):
    idea = svc.submit_idea(store, "Penkki", name="Aino Asukas", contact="040 123 4567")
    svc.publish_idea(store, idea.id)
    mark_called(store, idea.id)
    saved = (store.path / "kiosk.json").read_bytes()
    assert CALLS.encode() in saved
    assert b"040 123 4567" not in saved and b"Aino" not in saved


def test_calling_about_an_unknown_idea_is_refused(store):
    with pytest.raises(NotFound):
        mark_called(store, "no-such-idea")


def test_a_change_made_while_staff_were_calling_brings_the_resident_back(store, clock):
    table = save_table(store, Table(name="Liikennepöytä", theme="Liikenne"))
    meeting = schedule_meeting(store, table.id, datetime(2026, 12, 3, 17, tzinfo=HELSINKI), "Asukastupa")
    idea = svc.submit_idea(store, "Linja-auto takaisin", name="Eino", contact="044 555 6666")
    svc.publish_idea(store, idea.id)
    [seen] = calls_to_make(store)
    svc.forward_idea_to_agenda(store, idea.id, meeting.id)  # meanwhile, before the tick
    mark_called(store, idea.id, seen.steps)
    [call] = calls_to_make(store)
    assert call.state == IdeaState.ON_AGENDA


def test_notes_of_calls_go_with_the_contact(store):
    kept = svc.submit_idea(store, "Yksi", name="Aino", contact="040 111 1111")
    gone = svc.submit_idea(store, "Kaksi", name="Eino", contact="040 222 2222")
    for idea in (kept, gone):
        svc.publish_idea(store, idea.id)
    mark_called(store, gone.id)
    erase_contact(store, gone.id)
    mark_called(store, kept.id)
    assert [str(doc.doc_id) for doc in store.folder.table(LIVE, CALLS)] == [kept.id]
