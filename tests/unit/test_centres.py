"""Centres working together through their bundles: forwarding an idea, the inbox, accepting once, its state back."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.core.centres import (
    accept_forwarded_idea,
    forward_idea_to_centre,
    inbox,
    other_meetings,
    other_results,
    remote_state,
)
from kiosk.core.errors import NotFound
from kiosk.core.ideas import answer_idea, decline_idea
from kiosk.core.model import IdeaState
from kiosk.core.tables import close_table, schedule_meeting
from tests.unit.centres_support import exchange, make_centre


@pytest.fixture
def pair(tmp_path, clock):
    """Karttula and Sukeva, each holding the other's current bundle."""
    kar = make_centre(tmp_path / "kar", clock, "KAR", "Karttulan asukastupa")
    suk = make_centre(tmp_path / "suk", clock, "SUK", "Sukevan asukastupa", village="Sukeva")
    exchange(kar, suk)
    return kar, suk


def test_forwarding_publishes_the_idea_and_addresses_it_to_the_other_centre(pair):
    kar, suk = pair
    idea = forward_idea_to_centre(kar.store, kar.private.id, "SUK", suk.table.id)
    assert idea.state == IdeaState.PUBLISHED and idea.forwarded_to == "SUK"
    exchange(kar, suk)
    [waiting] = inbox(suk.store)
    assert waiting.idea.text == kar.private.text and waiting.idea.reference == "KAR-0002"
    assert waiting.table.id == suk.table.id and waiting.centre_name == "Karttulan asukastupa"
    assert inbox(kar.store) == []  # addressed to Sukeva only


def test_forwarding_to_an_unknown_centre_or_table_is_refused(pair):
    kar, suk = pair
    with pytest.raises(NotFound):
        forward_idea_to_centre(kar.store, kar.published.id, "RAU", suk.table.id)
    with pytest.raises(NotFound):
        forward_idea_to_centre(kar.store, kar.published.id, "SUK", kar.table.id)
    decline_idea(kar.store, kar.published.id, "Ei nyt")
    with pytest.raises(NotFound):  # a closed idea cannot move
        forward_idea_to_centre(kar.store, kar.published.id, "SUK", suk.table.id)


def test_accepting_twice_makes_one_idea_and_empties_the_inbox(pair):
    kar, suk = pair
    forward_idea_to_centre(kar.store, kar.published.id, "SUK", suk.table.id)
    exchange(kar, suk)
    first = accept_forwarded_idea(suk.store, "KAR", kar.published.id)
    again = accept_forwarded_idea(suk.store, "KAR", kar.published.id)
    assert first.id == again.id == kar.published.id and first.number == again.number == 3
    assert first.reference == "SUK-0003" and first.origin_reference == "KAR-0001"
    assert first.sealed_contact == "" and first.table_id == suk.table.id
    assert inbox(suk.store) == []
    assert sum(1 for i in suk.store.open_ideas() if i.id == kar.published.id) == 1
    with pytest.raises(NotFound):
        accept_forwarded_idea(suk.store, "KAR", kar.private.id)  # never forwarded


def test_the_resident_sees_the_other_centres_state_and_answer(pair):
    kar, suk = pair
    idea = forward_idea_to_centre(kar.store, kar.published.id, "SUK", suk.table.id)
    assert remote_state(kar.store, kar.private) is None  # not forwarded
    assert remote_state(kar.store, idea).idea is None  # not taken up yet
    exchange(kar, suk)
    accept_forwarded_idea(suk.store, "KAR", idea.id)
    answer_idea(suk.store, idea.id, "Otetaan asialistalle")
    exchange(kar, suk)
    there = remote_state(kar.store, kar.store.idea(idea.id))
    assert there.centre_name == "Sukevan asukastupa" and there.table_name == suk.table.name
    assert there.idea.public_answer == "Otetaan asialistalle" and there.idea.state == IdeaState.PUBLISHED


def test_other_meetings_are_upcoming_ones_of_working_tables_marked_with_their_centre(pair, clock):
    kar, suk = pair
    schedule_meeting(kar.store, kar.table.id, clock.now() + timedelta(days=2), "Koulu")
    clock.advance(days=1)
    exchange(kar, suk)
    found = other_meetings(suk.store)
    assert [(m.centre, m.meeting.place) for m in found] == [
        ("Karttulan asukastupa", "Koulu"),
        ("Karttulan asukastupa", "Karttulan kylätalo"),
    ]
    assert other_meetings(suk.store, clock.now() + timedelta(days=30)) == []
    close_table(kar.store, kar.table.id, "Valmis", ["Kirjastoauto kulkee"])
    exchange(kar, suk)
    assert other_meetings(suk.store) == []
    [results] = other_results(suk.store)
    assert results.centre == "Karttulan asukastupa" and results.results == ("Kirjastoauto kulkee",)
