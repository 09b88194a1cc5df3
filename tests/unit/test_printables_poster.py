"""The meeting poster: what it says, in which language, and QR codes that scan to the exact text."""

from __future__ import annotations

from datetime import datetime

import pytest
from printables_support import (
    POSTER_URL,
    flat,
    page_count,
    pdf_text,
    qr_codes,
    qr_widths_cm,
    sample_meeting,
    sample_settings,
    sample_sheet,
    sample_table,
)

from kiosk.core.clock import HELSINKI
from printables.ics import meeting_vevent
from printables.poster import PAIR_SIZE, build_poster
from printables.qr import LINK_CORRECTION, POSTER_SIZE, QUIET_ZONE, qr_matrix

EXPECTED_EVENT = (
    "BEGIN:VEVENT\r\n"
    "SUMMARY:Ikäihmisten palvelut Karttulassa: Miten kyläläinen pääsee asioimaan kirkonkylälle ilman autoa?\r\n"
    "DTSTART:20261203T150000Z\r\n"
    "DTEND:20261203T163000Z\r\n"
    "LOCATION:Karttulan asukastupa\\, Koulutie 2\r\n"
    "END:VEVENT\r\n"
)


def test_finnish_poster_says_who_when_where_and_whom_to_ask():
    """Table, theme, question, Finnish date and time, place, who is welcome and contact are all there."""
    text = flat(pdf_text(build_poster(sample_sheet(), "fi")))
    for expected in (
        "Kumppanuuspöytä – Karttulan asukastupa",
        "Ikäihmisten palvelut Karttulassa",
        "Teema: Palvelut autottomille ikäihmisille",
        "Miten kyläläinen pääsee asioimaan kirkonkylälle ilman autoa?",
        "Pöytä kokoontuu",
        "to 3.12.2026 klo 17.00–18.30",
        "Paikka: Karttulan asukastupa, Koulutie 2",
        "Mitä pöytä tekee: Autoton ikäihminen pääsee asioimaan",
        "kutsuttu 5–15 hengen ryhmä",
        "Onko sinulla idea pöydälle? Jätä se asukastuvan koneella",
        "Lisätietoja: Sanna Sihteeri, Karttulan asukastupa, p. 040 123 4567",
        "Lue koodi puhelimen kameralla",
        POSTER_URL,
    ):
        assert expected in text, expected


def test_table_poster_does_not_invite_everyone_to_sit_at_the_table():
    """A table is an invited group of 5-15; only a workshop's poster invites everyone."""
    text = flat(pdf_text(build_poster(sample_sheet(), "fi")))
    assert "Kaikki kyläläiset ovat tervetulleita" not in text
    assert "tervetulleita mukaan keskustelemaan" not in text


def test_poster_fits_one_page():
    """The poster is one sheet for the notice board, even with both codes."""
    assert page_count(build_poster(sample_sheet(), "fi", calendar=True)) == 1


def test_link_qr_scans_to_the_centre_link():
    """By default the only code is the centre's short link, read back exactly from the rendered page."""
    assert qr_codes(build_poster(sample_sheet(), "fi")) == [POSTER_URL]


def test_table_info_url_wins_over_the_centre_link():
    """A table with its own page gets that address in the code."""
    sheet = sample_sheet(table=sample_table(info_url="https://kuopio.example/t/ikaihmiset"))
    assert qr_codes(build_poster(sheet, "fi")) == ["https://kuopio.example/t/ikaihmiset"]


def test_calendar_qr_is_a_bare_utc_vevent():
    """The second code is a bare VEVENT in UTC, without VCALENDAR or VTIMEZONE."""
    assert meeting_vevent(sample_meeting(), sample_table()) == EXPECTED_EVENT
    assert qr_codes(build_poster(sample_sheet(), "fi", calendar=True)) == [POSTER_URL, EXPECTED_EVENT]


def test_calendar_event_escapes_and_never_folds():
    """Commas and semicolons are escaped, new lines become spaces; long lines are not folded in the code."""
    meeting = sample_meeting(title="Kahvi, pulla; ja\nkeskustelu " + "pitkä " * 30, place="Sali; 2. krs")
    event = meeting_vevent(meeting, sample_table())
    assert "Kahvi\\, pulla\\; ja keskustelu" in event
    assert "LOCATION:Sali\\; 2. krs\r\n" in event
    assert "\r\n " not in event
    assert "VTIMEZONE" not in event and "VCALENDAR" not in event


def test_long_titles_are_shortened_in_the_event():
    """A 300-character question and a long place are cut after a whole word, so the code stays scannable."""
    meeting = sample_meeting(title="Kysymys " * 40, place="Kylätalo " * 20)
    event = meeting_vevent(meeting, sample_table())
    summary = next(line for line in event.split("\r\n") if line.startswith("SUMMARY:"))
    location = next(line for line in event.split("\r\n") if line.startswith("LOCATION:"))
    assert len(summary) <= len("SUMMARY:") + 100 and summary.endswith(" Kysymys\u2026")
    assert len(location) <= len("LOCATION:") + 80


def test_summer_time_is_converted_to_utc():
    """A meeting in Finnish summer time (UTC+3) is written in UTC."""
    meeting = sample_meeting(start=datetime(2027, 6, 10, 18, 0, tzinfo=HELSINKI))
    assert "DTSTART:20270610T150000Z\r\n" in meeting_vevent(meeting, sample_table())


def test_codes_are_large_enough_to_scan_from_a_metre():
    """About 8–10 cm with the quiet zone: the symbol read back from the page has the expected size."""
    assert 8 * 28.35 <= PAIR_SIZE <= POSTER_SIZE <= 10 * 28.35
    modules = len(qr_matrix(POSTER_URL, LINK_CORRECTION))
    symbol = modules - 2 * QUIET_ZONE
    (width,) = qr_widths_cm(build_poster(sample_sheet(), "fi"))
    assert width * modules / symbol == pytest.approx(POSTER_SIZE / 28.3465, abs=0.2)


def test_without_any_link_the_poster_says_where_to_ask():
    """No link configured: the poster still prints, with no code, and names the resident centre."""
    sheet = sample_sheet(settings=sample_settings(poster_url=""))
    pdf = build_poster(sheet, "fi")
    assert qr_codes(pdf) == []
    assert "Kysy lisää asukastuvalta Karttulan asukastupa, p. 040 123 4567" in flat(pdf_text(pdf))


def test_without_a_link_the_calendar_code_stands_alone():
    """No link but a calendar code asked for: just the event."""
    sheet = sample_sheet(settings=sample_settings(poster_url=""))
    pdf = build_poster(sheet, "fi", calendar=True)
    assert qr_codes(pdf) == [EXPECTED_EVENT]
    assert page_count(pdf) == 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "sv",
            [
                "Partnerskapsbord",
                "Bordet träffas",
                "to 3.12.2026 kl. 17.00–18.30",
                "Plats:",
                "Läs koden med telefonens kamera",
            ],
        ),
        ("en", ["Partnership table", "The table meets", "Thu 3 Dec 2026 at 17:00–18:30", "Place:", "Scan the code"]),
    ],
)
def test_poster_in_swedish_and_english(language, expected):
    """The same poster in the other two languages, dates included."""
    text = flat(pdf_text(build_poster(sample_sheet(), language)))
    for phrase in expected:
        assert phrase in text, phrase
    assert "Tervetuloa" not in text
