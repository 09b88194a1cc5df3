"""Printouts of a meeting's life, read back: automatic items in the document's language, a moved or
called-off meeting's poster, absentees and the draft or approved state of the minutes."""

from __future__ import annotations

from datetime import datetime

import pytest
from printables_support import flat, pdf_text, qr_codes

from kiosk.core.clock import HELSINKI
from kiosk.core.ideas import forward_idea_to_agenda, publish_idea, submit_idea
from kiosk.core.meetings import approve_minutes, cancel_meeting, move_meeting, start_meeting
from kiosk.core.tables import add_action, record_minutes, schedule_meeting
from printables.agenda import build_agenda
from printables.poster import build_poster
from printables.sources import meeting_sheet
from printables.summary import build_summary


def at(day: int, month: int = 12, hour: int = 17) -> datetime:
    """A Helsinki time in late 2026."""
    return datetime(2026, month, day, hour, tzinfo=HELSINKI)


@pytest.fixture
def second(store, table, clock):
    """The table's second meeting, scheduled by the service after the first one's minutes and an open action."""
    first = schedule_meeting(store, table.id, at(28, 11), "Asukastupa")
    clock.advance(days=1, hours=8)
    add_action(store, first.id, "Kyytikysely kylille", "", None, responsible_id="p-taxi")
    record_minutes(store, first.id, attendee_ids=["p-chair", "p-taxi"], general="Sovittiin kyselystä.")
    return schedule_meeting(store, table.id, at(10), "Asukastupa")


@pytest.mark.parametrize(
    ("language", "review", "approval"),
    [
        ("fi", "Sovittujen toimenpiteiden läpikäynti", "Edellisen tapaamisen muistion hyväksyminen"),
        ("sv", "Genomgång av överenskomna åtgärder", "Godkännande av föregående mötes minnesanteckningar"),
        ("en", "Review of agreed actions", "Approval of the previous meeting's minutes"),
    ],
)
def test_the_automatic_items_print_in_the_agendas_language(store, second, language, review, approval):
    text = flat(pdf_text(build_agenda(meeting_sheet(store, second.id), language)))
    assert f"1. {approval}" in text and f"2. {review}" in text
    if language != "fi":
        assert "läpikäynti" not in text and "hyväksyminen" not in text


def test_the_agenda_shows_a_forwarded_idea_as_background_by_reference(store, table):
    meeting = schedule_meeting(store, table.id, at(3), "Asukastupa")
    idea = publish_idea(store, submit_idea(store, "Kaupungin pitäisi palauttaa linja-autovuoro.").id)
    forward_idea_to_agenda(store, idea.id, meeting.id, question="Miten joukkoliikennettä parannetaan?")
    text = flat(pdf_text(build_agenda(meeting_sheet(store, meeting.id), "fi")))
    assert "1. Miten joukkoliikennettä parannetaan?" in text
    assert "ID-0001: Kaupungin pitäisi palauttaa linja-autovuoro." in text


def test_a_reprinted_poster_says_the_meeting_was_moved_with_its_new_time(store, table):
    meeting = schedule_meeting(store, table.id, at(3), "Asukastupa")
    move_meeting(store, meeting.id, at(8), "Karttulan kirjasto")
    text = flat(pdf_text(build_poster(meeting_sheet(store, meeting.id), "fi")))
    assert "Siirretty, uusi aika: ti 8.12.2026 klo 17.00–18.30" in text
    assert "Paikka: Karttulan kirjasto" in text
    assert "3.12.2026" not in text
    swedish = flat(pdf_text(build_poster(meeting_sheet(store, meeting.id), "sv")))
    assert "Flyttat, ny tid:" in swedish


def test_a_reprinted_poster_says_the_meeting_is_called_off_and_offers_no_calendar_event(store, table):
    meeting = schedule_meeting(store, table.id, at(3), "Asukastupa")
    cancel_meeting(store, meeting.id)
    pdf = build_poster(meeting_sheet(store, meeting.id), "fi", calendar=True)
    text = flat(pdf_text(pdf))
    assert "Tämä tapaaminen on peruttu" in text
    assert "Peruttu: to 3.12.2026 klo 17.00–18.30" in text
    assert "Pöytä kokoontuu" not in text
    assert not any(code.startswith("BEGIN:VEVENT") for code in qr_codes(pdf))


def test_the_summary_lists_the_absent_and_says_the_minutes_are_a_draft(store, table, second, clock):
    first_id = second.agenda[0].approves_id
    text = flat(pdf_text(build_summary(meeting_sheet(store, first_id), "fi")))
    assert "Poissa Eila Eläkeläinen (Eläkeläiset ry)" in text
    assert "Luonnos: muistio hyväksytään seuraavassa tapaamisessa." in text
    clock.advance(days=11)
    start_meeting(store, second.id)
    approve_minutes(store, second.id)
    text = flat(pdf_text(build_summary(meeting_sheet(store, first_id), "fi")))
    assert "Hyväksytty seuraavassa tapaamisessa to 10.12.2026." in text
    assert "Luonnos" not in text


def test_the_large_sheet_of_a_called_off_meeting_says_so_and_the_next_meeting_skips_it(store, table):
    from printables.large import build_large

    first = schedule_meeting(store, table.id, at(3), "Asukastupa")
    off = schedule_meeting(store, table.id, at(10), "Asukastupa")
    schedule_meeting(store, table.id, at(17), "Karttulan kirjasto")
    cancel_meeting(store, off.id)
    text = flat(pdf_text(build_large(meeting_sheet(store, off.id), "fi")))
    assert "Aika: Peruttu: to 10.12.2026 klo 17.00–18.30" in text
    assert "Mistä puhumme" not in text
    following = meeting_sheet(store, first.id).next_meeting
    assert following is not None and following.start == at(17)


def test_the_approving_meetings_minutes_say_the_previous_minutes_were_approved(store, second, clock):
    clock.advance(days=12)  # 10.12. at 18.00, during the second meeting
    record_minutes(store, second.id, attendee_ids=["p-chair"], general="Kokoonnuttiin.")
    text = flat(pdf_text(build_summary(meeting_sheet(store, second.id), "fi")))
    assert "1. Edellisen tapaamisen muistion hyväksyminen Ei vielä hyväksytty." in text
    approve_minutes(store, second.id)
    text = flat(pdf_text(build_summary(meeting_sheet(store, second.id), "fi")))
    assert "1. Edellisen tapaamisen muistion hyväksyminen Edellinen muistio hyväksyttiin." in text
