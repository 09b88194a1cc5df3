"""The poster benchmark's baseline: the same A4 poster drawn with nothing but reportlab and qrcode.

    python bench/bare_poster.py SPEC.json OUT.pdf

SPEC.json holds the poster's words, already formatted (the benchmark writes it
from the meeting it prints, before timing starts): no data folder, no kiosk
code, no translations. Layout, type sizes, the embedded DejaVu Sans and the QR
code drawn as vector rectangles follow ``printables/poster.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import qrcode
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, SimpleDocTemplate, Spacer

FONTS = Path(__file__).resolve().parents[1] / "printables" / "fonts"
"""The same font files the kiosk embeds."""
QR_SIZE = 9 * cm
"""The code's size, quiet zone included."""


class Code(Flowable):
    """A QR code drawn as one filled path of rectangles."""

    def __init__(self, data: str) -> None:
        super().__init__()
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=4, box_size=1)
        code.add_data(data.encode("utf-8"))
        code.make(fit=True)
        self.matrix = code.get_matrix()
        self.width = self.height = QR_SIZE

    def wrap(self, *_available: float) -> tuple[float, float]:
        return QR_SIZE, QR_SIZE

    def draw(self) -> None:
        module = QR_SIZE / len(self.matrix)
        path = self.canv.beginPath()
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    path.rect(x * module, QR_SIZE - (y + 1) * module, module, module)
        self.canv.drawPath(path, stroke=0, fill=1)


def style(name: str, size: float, leading: float, bold: bool = False, **extra) -> ParagraphStyle:
    """A paragraph style in the embedded typeface."""
    return ParagraphStyle(name, fontName="Bold" if bold else "Regular", fontSize=size, leading=leading, **extra)


def main(spec_path: str, out: str) -> int:
    """Draw the poster described in the spec into ``out``."""
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    pdfmetrics.registerFont(TTFont("Regular", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    words = [
        Paragraph(escape(spec["kicker"]), style("kicker", 16, 20)),
        Spacer(1, 3 * mm),
        Paragraph(escape(spec["table"]), style("table", 30, 36, True, spaceAfter=4)),
        Paragraph(
            f"<b>{escape(spec['theme_label'])}</b> {escape(spec['theme'])}", style("theme", 17, 22, spaceAfter=14)
        ),
        Paragraph(escape(spec["question"]), style("question", 24, 30, True, spaceAfter=14)),
        Paragraph(escape(spec["welcome"]), style("welcome", 32, 38, True, spaceAfter=10)),
        Paragraph(escape(spec["when"]), style("when", 22, 28, True, spaceAfter=4)),
        Paragraph(
            f"<b>{escape(spec['place_label'])}</b> {escape(spec['place'])}", style("place", 18, 23, spaceAfter=10)
        ),
        *[Paragraph(escape(line), style("body", 15, 20, spaceAfter=4)) for line in spec["body"]],
    ]
    width, height = A4[0] - 32 * mm, A4[1] - 30 * mm
    story = [
        KeepInFrame(width, height - QR_SIZE - 50 * mm, words, mode="shrink"),
        Spacer(1, 8 * mm),
        Code(spec["url"]),
        Paragraph(f"<b>{escape(spec['scan'])}</b>", style("caption-bold", 13, 16, alignment=TA_CENTER)),
        Paragraph(escape(spec["url"]), style("caption", 12, 15, alignment=TA_CENTER)),
    ]

    def footer(canvas, _doc) -> None:
        canvas.setFont("Regular", 9)
        canvas.drawString(16 * mm, 6 * mm, spec["footer"])

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=spec["title"],
        author=spec["footer"],
        invariant=1,
    )
    doc.build(story, onFirstPage=footer)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
