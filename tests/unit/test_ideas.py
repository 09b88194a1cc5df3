"""Every step of an idea's life, through the services and a real data folder."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.core import ideas as svc
from kiosk.core.contacts import Contact, apply_retention, erase_contact, reveal_contact
from kiosk.core.errors import InvalidTransition, NotFound, ValidationError
from kiosk.core.meetings import close_meeting
from kiosk.core.model import IdeaState, Participant, Sector, Table
from kiosk.core.tables import add_action, record_minutes, save_table, schedule_meeting


@pytest.fixture
def table(store):
    """A table with one participant."""
    return save_table(
        store,
        Table(
            name="Karttulan palvelut",
            theme="Ikäihmiset",
            participants=[Participant(name="Kirjasto", sector=Sector.PUBLIC)],
        ),
    )


@pytest.fixture
def meeting(store, table, clock):
    """An upcoming meeting of the table."""
    return schedule_meeting(store, table.id, clock.now() + timedelta(days=6), "Asukastupa", duration_minutes=90)


def test_submit_gives_sequential_references_and_stores_clean_text(store):
    first = svc.submit_idea(store, "Kimppakyyti\x1b[2J kirkonkylälle", name="Aino", contact="040 000 0000")
    second = svc.submit_idea(store, "Lukupiiri")
    assert (first.reference, second.reference) == ("ID-0001", "ID-0002")
    stored = store.idea(first.id)
    assert stored.text == "Kimppakyyti kirkonkylälle"
    assert stored.state == IdeaState.RECEIVED and reveal_contact(store, stored) == Contact("Aino", "040 000 0000")
    assert "040 000 0000" not in stored.sealed_contact and reveal_contact(store, store.idea(second.id)) is None


def test_invalid_idea_is_not_stored_and_uses_no_number(store):
    with pytest.raises(ValidationError):
        svc.submit_idea(store, " ")
    assert store.open_ideas() == []
    assert svc.submit_idea(store, "ok").number == 1


def test_publish_then_decline_archives_with_public_reason(store, clock):
    idea = svc.submit_idea(store, "Uimahalli kylälle")
    svc.publish_idea(store, idea.id)
    clock.advance(days=2)
    svc.decline_idea(store, idea.id, "Kunnalla ei ole rahoitusta uimahalliin.")
    assert store.open_ideas() == []
    archived = list(store.ideas_newest_first())
    assert [i.id for i in archived] == [idea.id]
    assert archived[0].public_answer == "Kunnalla ei ole rahoitusta uimahalliin."
    assert [e.state for e in archived[0].history] == [IdeaState.RECEIVED, IdeaState.PUBLISHED, IdeaState.DECLINED]
    assert svc.find_idea(store, "ID-0001").state == IdeaState.DECLINED


def test_decline_needs_a_reason(store):
    idea = svc.submit_idea(store, "x")
    with pytest.raises(ValidationError):
        svc.decline_idea(store, idea.id, "  ")
    assert store.idea(idea.id).state == IdeaState.RECEIVED


def test_forward_discuss_act_done(store, meeting, clock):
    idea = svc.submit_idea(store, "Kimppakyyti kirkonkylälle torstaisin")
    item = svc.forward_idea_to_agenda(store, idea.id, meeting.id, question="Miten kimppakyyti järjestyy?", minutes=15)
    on_agenda = store.idea(idea.id)
    assert on_agenda.state == IdeaState.ON_AGENDA
    assert (on_agenda.meeting_id, on_agenda.agenda_item_id) == (meeting.id, item.id)
    assert store.meeting(meeting.id).agenda[-1].idea_ids == [idea.id]

    clock.advance(days=7)
    record_minutes(store, meeting.id, item_notes={item.id: "Sovittiin kokeilusta keväällä."})
    assert store.idea(idea.id).state == IdeaState.DISCUSSED
    action = add_action(store, meeting.id, "Kimppakyytikokeilu", "Kyläyhdistys", None, agenda_item_id=item.id)
    assert store.idea(idea.id).action_ids == [action.id]
    assert action.idea_ids == [idea.id]

    svc.complete_idea(store, idea.id, "Kokeilu alkoi maaliskuussa.")
    done = svc.find_idea(store, "id 1")
    assert done.state == IdeaState.DONE and done.closed == clock.now()
    status = svc.public_status(done)
    assert status.public_answer == "Kokeilu alkoi maaliskuussa."
    assert status.steps[2][2] == "Sovittiin kokeilusta keväällä."


def test_forward_to_a_closed_meeting_is_refused(store, meeting, clock):
    idea = svc.submit_idea(store, "x")
    clock.advance(days=30)
    close_meeting(store, meeting.id)
    with pytest.raises(ValidationError):
        svc.forward_idea_to_agenda(store, idea.id, meeting.id, question="Mitä tehdään?")
    assert store.idea(idea.id).state == IdeaState.RECEIVED


def test_forward_that_overfills_the_agenda_is_refused(store, meeting):
    idea = svc.submit_idea(store, "x")
    with pytest.raises(ValidationError):
        svc.forward_idea_to_agenda(store, idea.id, meeting.id, question="Mitä tehdään?", minutes=91)
    assert store.meeting(meeting.id).agenda == []


def test_merge_points_the_duplicate_at_the_other_idea(store):
    first = svc.submit_idea(store, "Kyläkauppa auki sunnuntaisin")
    duplicate = svc.submit_idea(store, "Kauppa sunnuntaiksi auki")
    svc.merge_ideas(store, duplicate.id, first.id)
    merged = svc.find_idea(store, duplicate.reference)
    assert merged.state == IdeaState.MERGED and merged.merged_into == first.id
    assert svc.public_status(merged).merged_into_reference == "ID-0001"
    with pytest.raises(ValidationError):
        svc.merge_ideas(store, first.id, first.id)


def test_closed_ideas_cannot_change(store):
    idea = svc.submit_idea(store, "x")
    svc.decline_idea(store, idea.id, "Ei")
    with pytest.raises(NotFound):
        svc.publish_idea(store, idea.id)


def test_an_unread_idea_cannot_be_marked_done(store):
    idea = svc.submit_idea(store, "x")
    with pytest.raises(InvalidTransition):
        svc.complete_idea(store, idea.id, "Tehty")
    assert store.idea(idea.id).state == IdeaState.RECEIVED


def test_public_status_hides_unpublished_text_and_never_has_contact(store):
    idea = svc.submit_idea(store, "Salainen ajatus", name="Aino", contact="aino@example.fi")
    status = svc.public_status(store.idea(idea.id))
    assert status.text == "" and status.state == IdeaState.RECEIVED
    assert "aino" not in repr(status).lower()
    svc.publish_idea(store, idea.id)
    assert svc.public_status(store.idea(idea.id)).text == "Salainen ajatus"


def test_unknown_reference_is_none(store):
    assert svc.find_idea(store, "ID-9999") is None
    assert svc.find_idea(store, "hello") is None


def test_erase_contact_and_retention(store, clock):
    kept = svc.submit_idea(store, "a", name="Aino", contact="040 1")
    old = svc.submit_idea(store, "b", name="Eino", contact="040 2")
    svc.decline_idea(store, old.id, "Ei nyt")
    recent = svc.submit_idea(store, "c", name="Sanni", contact="040 3")
    clock.advance(days=400)
    svc.decline_idea(store, recent.id, "Ei nyt")
    assert apply_retention(store, 12) == 1
    assert reveal_contact(store, store.idea(old.id)) is None
    assert reveal_contact(store, store.idea(recent.id)) == Contact("Sanni", "040 3")
    erase_contact(store, kept.id)
    assert reveal_contact(store, store.idea(kept.id)) is None and store.idea(kept.id).text == "a"
    assert any(e.what == "retention" for e in store.audit_entries(clock.now().year))


def test_forwarding_again_moves_the_idea_off_the_earlier_agenda(store, table, meeting, clock):
    later = schedule_meeting(store, table.id, clock.now() + timedelta(days=20), "Kirjasto", duration_minutes=60)
    idea = svc.submit_idea(store, "Lukupiiri")
    svc.forward_idea_to_agenda(store, idea.id, meeting.id, question="Perustetaanko lukupiiri?")
    svc.forward_idea_to_agenda(store, idea.id, later.id, question="Perustetaanko lukupiiri?")
    assert all(idea.id not in item.idea_ids for item in store.meeting(meeting.id).agenda)
    assert store.meeting(later.id).agenda[-1].idea_ids == [idea.id]
    assert store.idea(idea.id).meeting_id == later.id


def test_a_duplicate_can_join_an_idea_that_is_already_done(store):
    done = svc.submit_idea(store, "Penkki")
    svc.publish_idea(store, done.id)
    svc.complete_idea(store, done.id, "Penkki tuli")
    duplicate = svc.submit_idea(store, "Penkki pysäkille")
    assert svc.merge_ideas(store, duplicate.id, done.id).merged_into == done.id


def test_minutes_wait_for_the_meeting_and_closed_tables_take_no_actions(store, table, meeting, clock):
    from kiosk.core.tables import close_table

    with pytest.raises(ValidationError):
        record_minutes(store, meeting.id, general="Liian aikaisin")
    assert not store.meeting(meeting.id).held
    clock.advance(days=7)
    record_minutes(store, meeting.id, general="Pidetty")
    close_table(store, table.id, "Hyvä yhteistyö", ["Kysely tehtiin"])
    with pytest.raises(ValidationError):
        add_action(store, meeting.id, "Uusi asia", "Kirjasto", None)


def test_settings_are_validated_saved_and_audited(store):
    from kiosk.core.configure import save_settings
    from kiosk.core.settings import Settings

    with pytest.raises(ValidationError):
        save_settings(store, Settings(poster_url="javascript:alert(1)"))
    save_settings(store, Settings(centre_name="Sukevan asukastupa", printer="asukastupa"))
    assert store.settings().centre_name == "Sukevan asukastupa"
    entry = store.audit_entries(store.now().year)[-1]
    assert entry.what == "settings" and entry.details["printer"] == "asukastupa"


def test_an_idea_declined_without_being_published_keeps_its_text_private(store):
    idea = svc.submit_idea(store, "Yksityinen teksti")
    svc.decline_idea(store, idea.id, "Ei kuulu pöydille")
    status = svc.public_status(svc.find_idea(store, idea.reference))
    assert status.state == IdeaState.DECLINED and status.text == ""
    assert status.public_answer == "Ei kuulu pöydille"
