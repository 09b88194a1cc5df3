"""The slip after an idea: the reference at 36 pt and up, body at 18 pt and up, no contact, the chosen paper."""

from __future__ import annotations

import io
from datetime import datetime

import pdfplumber
import pytest
from printables_support import RESIDENT_CONTACT, RESIDENT_NAME, flat, pdf_text, sample_idea, sample_settings
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from kiosk.core.clock import HELSINKI
from printables.slip import build_slip

HOSTILE = '<img src="/etc/passwd"/> [/] </para>'


def words_with_sizes(pdf: bytes) -> list[tuple[str, float]]:
    """Every word on every page with its font size in points."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for word in page.extract_words(extra_attrs=["size"]):
                found.append((word["text"], round(word["size"], 1)))
    return found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [(round(float(p.width), 1), round(float(p.height), 1)) for p in document.pages]


def idea(**changes):
    """The sample idea, left on a known day."""
    return sample_idea(created=datetime(2026, 11, 27, 10, 5, tzinfo=HELSINKI), **changes)


@pytest.mark.parametrize("paper", ["A5", "A4", "80mm"])
def test_slip_has_the_reference_large_the_body_readable_and_no_contact(paper):
    slip = build_slip(idea(), sample_settings(), "fi", paper)
    sizes = words_with_sizes(slip.pdf)
    assert next(size for text, size in sizes if text == "ID-0042") >= 36
    body = [size for text, size in sizes if text in ("Kutsutaksi", "lauantaisin,", "kirjastoon.", "Liikkuminen")]
    assert len(body) == 4 and min(body) >= 18
    text = flat(pdf_text(slip.pdf))
    assert "Ideasi numero:" in text and "pe 27.11.2026" in text and "Liikkuminen" in text
    assert "Mitä ideastani tuli?" in text and "kirjoita ID-0042" in text
    assert "p. 040 123 4567" in text  # the centre's contact
    assert RESIDENT_NAME not in text and "Aino" not in text
    assert RESIDENT_CONTACT not in text and "999" not in text and "salainen" not in text


def test_slip_page_sizes_follow_the_paper():
    assert page_sizes(build_slip(idea(), sample_settings(), "fi", "A5").pdf)[0] == (round(A5[0], 1), round(A5[1], 1))
    assert page_sizes(build_slip(idea(), sample_settings(), "fi", "A4").pdf)[0] == (round(A4[0], 1), round(A4[1], 1))
    roll = build_slip(idea(), sample_settings(), "fi", "80mm")
    ((width, height),) = page_sizes(roll.pdf)
    assert width == round(80 * mm, 1)
    assert roll.media == f"Custom.80x{round(height / mm)}mm"
    assert build_slip(idea(), sample_settings(), "fi", "A5").print_options() == {"media": "A5"}


def test_the_paper_comes_from_the_settings_and_a_long_idea_still_fits_the_roll():
    assert build_slip(idea(), sample_settings(slip_paper="A4"), "fi").media == "A4"
    long_idea = idea(text="Lauantaikyyti kirkonkylälle. " * 34)
    roll = build_slip(long_idea, sample_settings(), "fi", "80mm")
    assert len(page_sizes(roll.pdf)) == 1


@pytest.mark.parametrize(("language", "words"), [("sv", "Din idés nummer:"), ("en", "The number of your idea:")])
def test_slip_in_swedish_and_english(language, words):
    assert words in flat(pdf_text(build_slip(idea(), sample_settings(), language, "A5").pdf))


def test_typed_markup_prints_as_the_characters_it_is():
    text = flat(pdf_text(build_slip(idea(text=HOSTILE, theme="[b]x[/b]"), sample_settings(), "fi", "A5").pdf))
    assert '<img src="/etc/passwd"/> [/] </para>' in text and "[b]x[/b]" in text
