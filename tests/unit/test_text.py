"""Typed text is cleaned to plain NFC text: no escapes, no control characters."""

from __future__ import annotations

import unicodedata

import pytest

from kiosk.core.text import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b]52;c;ZXZpbA==\x07Hei", "Hei"),  # OSC 52 clipboard write
        ("\x1b[2J\x1b[31mPunainen\x1b[0m", "Punainen"),  # CSI: clear screen, colours
        ("a\x00b\x07c\x7fd", "abcd"),
        ("\u202eevil", "evil"),  # bidi override
        ("\x9b31mX", "X"),  # 8-bit CSI
        ("  kaksi  ", "kaksi"),
    ],
)
def test_escape_sequences_and_controls_are_removed(raw, clean):
    assert clean_text(raw) == clean


def test_markup_and_html_stay_literal():
    hostile = '[@click=app.quit]x[/] <img src="/etc/passwd"/> & [/]'
    assert clean_text(hostile) == hostile


def test_text_is_stored_as_nfc():
    decomposed = "Ka\u0308rttula"  # a + combining diaeresis
    assert clean_text(decomposed) == "Kärttula"
    assert unicodedata.is_normalized("NFC", clean_text(decomposed))


def test_multiline_keeps_lines_and_one_line_fields_do_not():
    raw = "Rivi 1\r\nRivi 2\r\n\n\n\nRivi 3\tsarake"
    assert clean_text(raw, multiline=True) == "Rivi 1\nRivi 2\n\nRivi 3 sarake"
    assert clean_text(raw) == "Rivi 1 Rivi 2 Rivi 3 sarake"


def test_shorten_cuts_after_a_whole_word():
    from kiosk.core.text import shorten

    text = "Kutsutaksi kirkonkylälle ja kyydin sinne myös Mäkelän kautta torstaisin"
    assert shorten(text, 200) == text
    cut = shorten(text, 40)
    assert cut == "Kutsutaksi kirkonkylälle ja kyydin…" and len(cut) <= 40
    assert shorten("Kyyti kylille, torstaisin ja lauantaisin", 16) == "Kyyti kylille…"  # no comma before the dots
    assert shorten("rivi\n  toinen   rivi", 40) == "rivi toinen rivi"  # one line, single spaces


def test_shorten_cuts_inside_only_a_single_overlong_word():
    from kiosk.core.text import shorten

    address = "https://kuopio.example/" + "a" * 100
    assert shorten(address, 30) == address[:29] + "…"


def test_shorten_measures_with_the_given_width():
    from kiosk.core.text import shorten

    def double(part: str) -> float:
        return 2.0 * len(part)

    assert shorten("yksi kaksi kolme neljä", 24, width=double) == "yksi kaksi…"


def test_first_line_is_shortened_after_a_word():
    from kiosk.core.text import first_line

    assert first_line("Ensimmäinen rivi on tämä tässä\ntoinen", 19) == "Ensimmäinen rivi…"


def test_one_shortening_helper_for_the_whole_project():
    """No module cuts text with its own ellipsis: they all call kiosk.core.text.shorten."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    cutting = re.compile(r"\[[^\]]*:[^\]]*\].*(\\u2026|…)|(\\u2026|…).*\[[^\]]*:[^\]]*\]")
    found = [
        f"{path.relative_to(root)}:{number}"
        for folder in ("kiosk", "screens", "printables", "bench")
        for path in sorted((root / folder).rglob("*.py"))
        if path != root / "kiosk" / "core" / "text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if cutting.search(line)
    ]
    assert found == []
