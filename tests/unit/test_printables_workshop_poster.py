"""The service workshop's poster: it invites everyone, says when, where and what about, and its QR scans."""

from __future__ import annotations

from datetime import datetime

import pytest
from printables_support import POSTER_URL, flat, page_count, pdf_text, qr_codes, sample_settings

from kiosk.core.clock import HELSINKI
from kiosk.core.model import Workshop
from printables.workshop_poster import build_workshop_poster


def sample_workshop(**changes) -> Workshop:
    """An open workshop at the Karttula resident centre, with no themes beforehand."""
    values = {
        "title": "Hyvä arki Karttulan kylillä",
        "start": datetime(2026, 12, 10, 13, 0, tzinfo=HELSINKI),
        "place": "Karttulan asukastupa, Koulutie 2",
        "description": "Mietitään yhdessä, miten kylillä voi asua hyvin ilman omaa autoa. Kahvitarjoilu.",
    }
    values.update(changes)
    return Workshop(**values)


def test_the_poster_invites_everyone_and_says_when_where_and_what():
    text = flat(pdf_text(build_workshop_poster(sample_workshop(), sample_settings(), "fi")))
    for expected in (
        "Palvelupaja – Karttulan asukastupa",
        "Hyvä arki Karttulan kylillä",
        "Kaikki ovat tervetulleita!",
        "to 10.12.2026 klo 13.00",
        "Paikka: Karttulan asukastupa, Koulutie 2",
        "Mietitään yhdessä, miten kylillä voi asua hyvin ilman omaa autoa.",
        "ilmoittautumista ei tarvita",
        "Lue koodi puhelimen kameralla",
        "Kuuntele: paina F1",
    ):
        assert expected in text, expected
    assert "Teemat:" not in text  # none beforehand: they come out of the workshop


def test_the_qr_code_scans_to_the_centre_link_on_one_page():
    pdf = build_workshop_poster(sample_workshop(), sample_settings(), "fi")
    assert qr_codes(pdf) == [POSTER_URL]
    assert page_count(pdf) == 1


def test_themes_are_printed_the_outcome_ones_once_recorded():
    workshop = sample_workshop(themes=["Kyydit"], outcome_themes=["Asiointikyyti", "Ystävätoiminta"])
    text = flat(pdf_text(build_workshop_poster(workshop, sample_settings(), "fi")))
    assert "Teemat: Asiointikyyti, Ystävätoiminta" in text and "Kyydit" not in text


def test_without_a_link_it_says_where_to_ask():
    pdf = build_workshop_poster(sample_workshop(), sample_settings(poster_url=""), "fi")
    assert qr_codes(pdf) == []
    text = flat(pdf_text(pdf))
    assert "Kysy lisää asukastuvalta" in text
    assert text.count("040 123 4567") == 1  # said once, in the box


def test_typed_text_is_printed_as_characters():
    workshop = sample_workshop(title='<img src="/etc/passwd"/> & [b]', description="</para><b>x</b>")
    text = flat(pdf_text(build_workshop_poster(workshop, sample_settings(), "fi")))
    assert '<img src="/etc/passwd"/> & [b]' in text and "</para><b>x</b>" in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [("sv", ["Idéverkstad", "Alla är välkomna!", "Plats:"]), ("en", ["Service workshop", "Everyone is welcome!"])],
)
def test_swedish_and_english(language, expected):
    text = flat(pdf_text(build_workshop_poster(sample_workshop(), sample_settings(), language)))
    for phrase in expected:
        assert phrase in text, phrase
