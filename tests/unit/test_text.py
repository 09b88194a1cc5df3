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
