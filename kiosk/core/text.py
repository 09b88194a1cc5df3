"""Cleaning of typed text: what a resident types is data, never markup or escapes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

ELLIPSIS = "\u2026"
"""What ends a shortened text."""

# ESC-introduced sequences (CSI, OSC, DCS, APC, PM, SOS and two-byte escapes),
# removed whole so that no fragment of them reaches the terminal.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC/DCS/SOS/PM/APC ... BEL or ST
    r"|\x1b[@-Z\\-_]"  # two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|[\x90\x9d\x9e\x9f][^\x07\x9c]*[\x07\x9c]?"  # 8-bit DCS/OSC/PM/APC
)


def _is_unwanted(char: str, keep_newlines: bool) -> bool:
    """Tell whether a character is a control or format character to drop."""
    if char == "\n":
        return not keep_newlines
    if char == "\t":
        return False
    category = unicodedata.category(char)
    # Cc: controls; Cs: lone surrogates; Co: private use; Cf: bidi overrides and the like.
    if category in ("Cc", "Cs", "Co"):
        return True
    return category == "Cf" and char not in ("\u200d", "\u00ad")


def clean_text(text: str, *, multiline: bool = False) -> str:
    """Return typed text as safe NFC plain text.

    Escape sequences and control characters are removed, tabs become spaces,
    Windows and old Mac line ends become newlines (or spaces for one-line fields),
    and surrounding white space is trimmed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQUENCE.sub("", text)
    if not multiline:
        text = text.replace("\n", " ")
    if not text.replace("\n", "").replace("\t", "").isprintable():  # else there is none to drop
        text = "".join(c for c in text if not _is_unwanted(c, multiline))
    text = text.replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    if not multiline:
        text = re.sub(r" {2,}", " ", text)
    if multiline:
        lines = [line.rstrip() for line in text.split("\n")]
        text = "\n".join(lines)
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def shorten(text: str, limit: float, *, width: Callable[[str], float] = len) -> str:
    """The text on one line, cut after a whole word with an ellipsis so that it fits ``limit``.

    ``limit`` is in characters, or in whatever ``width`` measures (points on paper, for
    example). Only a single word longer than the limit (a web address) is cut inside.
    """
    text = " ".join(text.split())
    if width(text) <= limit:
        return text
    kept = ""
    for word in text.split(" "):
        longer = f"{kept} {word}" if kept else word
        if width(longer + ELLIPSIS) > limit:
            break
        kept = longer
    if not kept:
        kept = text
        while kept and width(kept + ELLIPSIS) > limit:
            kept = kept[:-1]
    return kept.rstrip(" ,.;:\u2013-") + ELLIPSIS


def first_line(text: str, limit: int = 60) -> str:
    """The first line of a long text, shortened after a whole word with an ellipsis."""
    return shorten(text.split("\n", 1)[0], limit)
