"""Large-text sheets for older readers: sizes, spacing, line length, colour and plain words, read back from the PDF."""

from __future__ import annotations

import io
import itertools
from datetime import date

import pdfplumber
import pytest
from printables_support import (
    MINUTES_URL,
    RESIDENT_CONTACT,
    RESIDENT_NAME,
    fill_store,
    flat,
    page_count,
    pdf_text,
    qr_codes,
    sample_meeting,
    sample_sheet,
)

from printables.large import build_large
from printables.results import build_results

LARGE_HEADINGS = ("Mistä puhuimme", "Mitä sovimme", "Keitä oli paikalla", "Seuraava tapaaminen", "Kysy lisää")


def lines_of(pdf: bytes) -> list[dict]:
    """Every text line on every page, with its characters (pdfplumber)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [line for page in document.pages for line in page.extract_text_lines()]


def chars_of(pdf: bytes) -> list[dict]:
    """Every character on every page (pdfplumber)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [char for page in document.pages for char in page.chars]


def results_pdf(store) -> bytes:
    """The "you said, we did" sheet from a data folder with one done action that came of an idea."""
    from kiosk.core.public import table_results

    fill_store(store)
    return build_results([e.read(store) for e in table_results(store)], store.settings(), date(2026, 11, 27), "fi")


@pytest.fixture(params=["summary", "results"])
def large_pdf(request, store) -> bytes:
    """Each large-text sheet in turn."""
    if request.param == "summary":
        return build_large(sample_sheet(), "fi")
    return results_pdf(store)


def test_every_character_is_at_least_18_pt(large_pdf):
    """Body, labels and footer: nothing smaller than 18 pt."""
    sizes = {round(char["size"], 1) for char in chars_of(large_pdf) if char["text"].strip()}
    assert sizes and min(sizes) >= 18


def test_headings_are_at_least_24_pt():
    """Each section heading is set in 24 pt or more."""
    lines = {line["text"]: line for line in lines_of(build_large(sample_sheet(), "fi"))}
    for heading in LARGE_HEADINGS:
        assert min(round(char["size"], 1) for char in lines[heading]["chars"]) >= 24, heading
    title = lines_of(build_large(sample_sheet(), "fi"))[0]
    assert min(round(char["size"], 1) for char in title["chars"]) >= 24


def test_lines_are_short_and_left_aligned(large_pdf):
    """At most about 60 characters a line, all starting at the same left margin."""
    lines = [line for line in lines_of(large_pdf) if not line["text"].startswith(("Sivu ", "Karttulan asukastupa"))]
    assert max(len(line["text"]) for line in lines) <= 60
    lefts = {round(line["x0"]) for line in lines if not line["text"].startswith("\u2022")}
    assert len(lefts) <= 2, lefts  # the margin, and bullets' text


def test_body_lines_are_one_and_a_half_spaced():
    """Consecutive 18 pt lines of one paragraph sit 27 pt apart (1.5 × 18)."""
    lines = [line for line in lines_of(build_large(sample_sheet(), "fi")) if round(line["chars"][0]["size"], 1) == 18]
    gaps = [round(b["top"] - a["top"], 1) for a, b in itertools.pairwise(lines) if 0 < b["top"] - a["top"] < 40]
    assert gaps and min(gaps) >= 27 * 0.99


def test_black_on_white_sans_serif_without_italics(large_pdf):
    """Every character is black DejaVu Sans, regular or bold, never oblique; no heading in capitals."""
    for char in chars_of(large_pdf):
        assert tuple(char["non_stroking_color"]) in {(0,), (0, 0, 0), (0.0,), (0.0, 0.0, 0.0)}
        assert "DejaVuSans" in char["fontname"] and "Oblique" not in char["fontname"]
    for line in lines_of(large_pdf):
        letters = [c for c in line["text"] if c.isalpha()]
        assert len(letters) < 4 or not line["text"].isupper(), line["text"]


def test_large_summary_in_plain_words():
    """What was talked about, what was agreed (who, by when), who came, next meeting, whom to ask."""
    text = flat(pdf_text(build_large(sample_sheet(), "fi")))
    for expected in (
        "Yhteenveto isolla tekstillä",
        "Aika: to 3.12.2026 klo 17.00–18.30",
        "Kysymys Miten kyläläinen pääsee asioimaan",
        "Mistä puhuimme",
        "Mitä sovimme Selvitetään kutsutaksin lauantaivuoro ja sen hinta Kuka tekee: Kotipalvelu ja taksi Kuljetus Oy",
        "Valmis viimeistään: pe 15.1.2027",
        "Keitä oli paikalla Julkinen sektori",
        "Seuraava tapaaminen to 21.1.2027 klo 17.00–18.30, Karttulan kirjasto",
        "Kysy lisää Sanna Sihteeri",
    ):
        assert expected in text, expected
    pdf = build_large(sample_sheet(), "fi")
    last = len(pdf_text(pdf).split("\f")) - 1
    assert MINUTES_URL in qr_codes(pdf, page=last)


def test_large_summary_without_agreed_actions():
    """No new actions: said plainly."""
    text = flat(pdf_text(build_large(sample_sheet(actions=[], meeting=sample_meeting()), "fi")))
    assert "Tällä kertaa ei sovittu uusista asioista." in text


def test_you_said_we_did_sheet(store):
    """The idea by reference and text, then what was done and its result; work under way listed."""
    pdf = results_pdf(store)
    assert page_count(pdf) == 1  # nothing pushes the first table needlessly onto page 2
    text = flat(pdf_text(pdf))
    assert text.startswith("Te sanoitte, me teimme")
    assert "Tilanne pe 27.11.2026." in text
    assert "Te sanoitte (ID-0042): Kutsutaksi myös lauantaisin, niin pääsee kauppaan ja kirjastoon." in text
    assert "Me teimme: • Tehty pe 20.11.2026: Selvitetään kutsutaksin lauantaivuoro ja sen hinta" in text
    assert "Lauantaivuoro ajetaan tammikuusta alkaen klo 10 ja 14." in text
    assert "Työn alla" in text and "Palvelutarvekysely kotitalouksiin" in text
    assert RESIDENT_NAME not in text and RESIDENT_CONTACT not in text


def test_empty_results_sheet(store):
    """No tables with results yet: the sheet says so instead of being blank."""
    from kiosk.core.public import table_results

    text = flat(pdf_text(build_results(table_results(store), store.settings(), date(2026, 11, 27), "fi")))
    assert "Pöydillä ei ole vielä tuloksia näytettäväksi." in text
