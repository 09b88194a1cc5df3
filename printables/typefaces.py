"""The embedded typeface: DejaVu Sans, shipped in ``printables/fonts/`` so every machine prints alike.

The TrueType files are embedded (subset) in each PDF, so ä, ö, å and € print the
same whatever fonts the kiosk computer or the printer has. The licence is in
``fonts/LICENSE.txt``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).with_name("fonts")
"""Where the shipped font files and their licence are."""
REGULAR = "KioskSans"
"""Name of the regular weight inside reportlab."""
BOLD = "KioskSans-Bold"
"""Name of the bold weight inside reportlab."""
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
"""Which file each registered name comes from."""
EMBEDDED_NAME = "DejaVuSans"
"""The font's own name, as it appears (after a subset prefix) in the PDF."""


@cache
def register_fonts() -> str:
    """Register the typeface with reportlab once; returns the regular font's name.

    Bold and regular are mapped as one family, so ``<b>`` in a paragraph picks the
    bold file. No italic is registered on purpose: printables never use italics.
    """
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    for italic in (0, 1):
        addMapping(REGULAR, 0, italic, REGULAR)
        addMapping(REGULAR, 1, italic, BOLD)
    return REGULAR
