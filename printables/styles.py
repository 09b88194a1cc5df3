"""Paragraph styles for the printables, and the one way resident-typed text enters a paragraph.

Two families: ``standard`` for posters, agendas and minutes, and ``large`` for
older readers (body 18 pt with 1.5 line spacing, headings 24 pt and up,
sans-serif, left-aligned, black on white, no italics or capitals).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from kiosk.core.text import clean_text
from printables.typefaces import BOLD, REGULAR, register_fonts

LARGE_BODY_SIZE = 18
"""Body text size of the large-text sheets, in points."""
LARGE_HEADING_SIZE = 24
"""Smallest heading size of the large-text sheets, in points."""


def markup(text: str) -> str:
    """Typed text made safe for a reportlab paragraph: cleaned, escaped, new lines kept.

    Escaping ``&``, ``<`` and ``>`` means ``<img src=...>`` or ``</para>`` print as
    the characters they are; reportlab never reads them as tags.
    """
    cleaned = clean_text(text or "", multiline=True)
    return escape(cleaned).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (typed or translated) text."""
    return Paragraph(markup(text), style)


def labelled(label: str, text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph ``Label: text`` with the label in bold; both are escaped."""
    return Paragraph(f"<b>{markup(label)}</b> {markup(text)}", style)


@dataclass(frozen=True)
class Styles:
    """One family of paragraph styles."""

    title: ParagraphStyle
    """The document's main heading."""
    heading: ParagraphStyle
    """A section heading."""
    subheading: ParagraphStyle
    """A heading inside a section (an agenda item, a table's name)."""
    body: ParagraphStyle
    """Running text."""
    small: ParagraphStyle
    """Secondary text: captions, table cells, the footer."""
    bold: ParagraphStyle
    """Running text in bold, for labels."""
    label: ParagraphStyle
    """A bold label that stays on the same page as the text it introduces."""


def _style(name: str, size: float, leading: float, *, bold: bool = False, **extra) -> ParagraphStyle:
    """A black, left-aligned style in the embedded typeface."""
    register_fonts()
    return ParagraphStyle(
        name,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        leading=leading,
        textColor=colors.black,
        alignment=extra.pop("alignment", TA_LEFT),
        **extra,
    )


@cache
def standard() -> Styles:
    """Styles for posters, agendas and minutes (body 11 pt)."""
    return Styles(
        title=_style("title", 22, 27, bold=True, spaceAfter=4),
        heading=_style("heading", 15, 19, bold=True, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        subheading=_style("subheading", 12, 15, bold=True, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        body=_style("body", 11, 15, spaceAfter=4),
        small=_style("small", 9, 11.5),
        bold=_style("bold", 11, 15, bold=True),
        label=_style("label", 11, 15, bold=True, keepWithNext=1),
    )


@cache
def large() -> Styles:
    """Styles for older readers: 18 pt body at 1.5 spacing, 24 pt headings and up."""
    body = LARGE_BODY_SIZE
    return Styles(
        title=_style("large-title", 30, 38, bold=True, spaceAfter=10),
        heading=_style(
            "large-heading", LARGE_HEADING_SIZE, 32, bold=True, spaceBefore=18, spaceAfter=8, keepWithNext=1
        ),
        subheading=_style("large-subheading", body, body * 1.5, bold=True, spaceBefore=8, keepWithNext=1),
        body=_style("large-body", body, body * 1.5, spaceAfter=8),
        small=_style("large-small", body, body * 1.5),
        bold=_style("large-bold", body, body * 1.5, bold=True),
        label=_style("large-label", body, body * 1.5, bold=True, keepWithNext=1),
    )


@cache
def big_number(size: float) -> ParagraphStyle:
    """A bold line in a given large size, for a number a reader must not miss (a slip's reference)."""
    return _style(f"big-number-{size}", size, size * 1.2, bold=True, spaceBefore=4, spaceAfter=10)


@cache
def poster() -> dict[str, ParagraphStyle]:
    """Styles for the notice-board poster, readable from a few steps away."""
    return {
        "kicker": _style("poster-kicker", 16, 20),
        "table": _style("poster-table", 30, 36, bold=True, spaceAfter=4),
        "theme": _style("poster-theme", 17, 22, spaceAfter=14),
        "question": _style("poster-question", 24, 30, bold=True, spaceAfter=14),
        "welcome": _style("poster-welcome", 32, 38, bold=True, spaceAfter=10),
        "when": _style("poster-when", 22, 28, bold=True, spaceAfter=4),
        "place": _style("poster-place", 18, 23, spaceAfter=10),
        "body": _style("poster-body", 15, 20, spaceAfter=4),
        "caption": _style("poster-caption", 12, 15, alignment=TA_CENTER),
        "caption-bold": _style("poster-caption-bold", 13, 16, bold=True, alignment=TA_CENTER),
        "listen": _style("poster-listen", 15, 20, bold=True, spaceBefore=6),
    }
