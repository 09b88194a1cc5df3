"""Turning a story of flowables into PDF bytes: A4 pages, footer with page numbers, metadata.

Every document is built the same way: the embedded typeface, reportlab's
``invariant`` mode (a fixed creation date and document id, so the same input
gives the same bytes), the PDF's title, author, subject and language set, and a
footer "Sivu 1/3" drawn once the number of pages is known.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kiosk.core.i18n import N_, gettext_in
from kiosk.core.text import shorten
from printables.typefaces import BOLD, REGULAR, register_fonts

LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
"""The PDF's language tag for each kiosk language (Swedish as written in Finland)."""
CREATOR = "kumppanuuspoyta-kiosk"
"""The program named in every PDF's metadata."""
PAGE_LABEL = N_("Page {page}/{pages}")
"""The page number in the footer, e.g. "Sivu 1/3"."""


@dataclass(frozen=True)
class Layout:
    """Margins and footer size of one kind of document."""

    side: float = 20 * mm
    """Left and right margin."""
    top: float = 18 * mm
    """Top margin."""
    bottom: float = 22 * mm
    """Bottom margin; the footer sits inside it."""
    footer_size: float = 9
    """Footer text size in points."""
    number_single_page: bool = True
    """Whether a one-page document still says "Sivu 1/1"."""


STANDARD = Layout()
"""Agendas and minutes."""
POSTER = Layout(side=16 * mm, top=14 * mm, bottom=16 * mm, number_single_page=False)
"""The notice-board poster: wider text area, no page number unless it runs over."""
LARGE = Layout(side=25 * mm, top=20 * mm, bottom=28 * mm, footer_size=18)
"""Large-text sheets: narrow lines (under 60 characters), an 18 pt footer."""


@dataclass(frozen=True)
class Meta:
    """What the PDF says about itself."""

    title: str
    """Document title, shown in the viewer's title bar."""
    subject: str
    """One line on what the document is."""
    author: str
    """Who made it: the resident centre."""
    language: str
    """Kiosk language code: fi, sv or en."""


def _fit(text: str, size: float, width: float, font: str = REGULAR) -> str:
    """The text, shortened after a whole word with an ellipsis to fit the width on one line."""
    return shorten(text, width, width=lambda part: stringWidth(part, font, size))


def _numbered_canvas(footer_left: str, layout: Layout, language: str, continued: str = "") -> type[Canvas]:
    """A canvas class that keeps its pages until saving, then writes "Sivu n/N" on each (and a heading after the first)."""

    class NumberedCanvas(Canvas):
        """Defers each page so the footer can know the total number of pages."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            """Keep the finished page; it is written out in ``save``."""
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            """Draw every page's footer, then write the file."""
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                if continued and number > 1:
                    self._draw_continued()
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_continued(self) -> None:
            """The document's heading again at the top of a continuation page, in the margin above the text."""
            _width, height = self._pagesize
            size = layout.footer_size
            self.setFont(BOLD, size)
            self.setFillGray(0)
            room = self._pagesize[0] - 2 * layout.side
            self.drawString(layout.side, height - layout.top / 2 - size / 3, _fit(continued, size, room, BOLD))

        def _draw_footer(self, number: int, total: int) -> None:
            """The centre's name on the left, the page number on the right."""
            width, _height = self._pagesize
            size = layout.footer_size
            baseline = layout.bottom / 2 - size / 3
            self.setFont(REGULAR, size)
            self.setFillGray(0)
            label = ""
            if total > 1 or layout.number_single_page:
                label = gettext_in(language, PAGE_LABEL).format(page=number, pages=total)
                self.drawRightString(width - layout.side, baseline, label)
            room = width - 2 * layout.side - stringWidth(label, REGULAR, size) - 6 * mm
            self.drawString(layout.side, baseline, _fit(footer_left, size, room))

    return NumberedCanvas


FRAME_PADDING = 6
"""reportlab's default padding inside a frame, on each side."""


def frame_size(layout: Layout) -> tuple[float, float]:
    """Width and height that flowables get on a page of this layout."""
    width, height = A4
    return (
        width - 2 * layout.side - 2 * FRAME_PADDING,
        height - layout.top - layout.bottom - 2 * FRAME_PADDING,
    )


def render(
    story: list[Flowable],
    meta: Meta,
    *,
    footer: str,
    layout: Layout = STANDARD,
    continued: str = "",
    pagesize: tuple[float, float] = A4,
) -> bytes:
    """Lay the story out on pages (A4 unless told) and return the PDF's bytes; ``continued`` heads every page after the first."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=layout.side,
        rightMargin=layout.side,
        topMargin=layout.top,
        bottomMargin=layout.bottom,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator=CREATOR,
        lang=LANGUAGE_TAGS[meta.language],
        invariant=1,
        initialFontName=REGULAR,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(footer, layout, meta.language, continued))
    return buffer.getvalue()
