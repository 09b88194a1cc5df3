"""Every printable is a well-formed PDF: embedded font, metadata, same bytes for the same input, no markup."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from printables_support import (
    RESIDENT_CONTACT,
    RESIDENT_NAME,
    fill_store,
    flat,
    page_count,
    pdf_text,
    sample_actions,
    sample_idea,
    sample_meeting,
    sample_settings,
    sample_sheet,
    sample_table,
)
from pypdf import PdfReader

from kiosk.core.errors import KioskError
from printables import KINDS, build_pdf, build_sheet_pdf
from printables.styles import markup

ROOT = Path(__file__).resolve().parents[2]
MEETING_KINDS = ("poster", "agenda", "summary", "large")
HOSTILE = [
    '<img src="/etc/passwd"/>',
    "<img src=/etc/passwd>",
    "Kahvi & pulla",
    "</para>",
    "[/]",
    "[@click=app.quit]x[/]",
    "<b>ei lihavoitu</b>",
    "&amp; &lt;",
]


def fonts_of(pdf: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, has FontFile2) for every font used on any page."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.append((str(font["/BaseFont"]), embedded))
    return found


def test_printables_do_not_import_textual():
    """The printables layer works without the TUI (checked in a fresh interpreter)."""
    code = (
        "import sys, printables, printables.printing, printables.poster, printables.large\n"
        "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if m.startswith('textual'))\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


@pytest.mark.parametrize("kind", MEETING_KINDS)
def test_embedded_truetype_font_only(kind):
    """Only the shipped DejaVu Sans is used, embedded as TrueType (FontFile2); no base-14 fonts."""
    fonts = fonts_of(build_sheet_pdf(kind, sample_sheet(), "fi", calendar=True))
    assert fonts
    for name, embedded in fonts:
        assert "DejaVuSans" in name and embedded, (name, embedded)
        assert "Oblique" not in name and "Italic" not in name


@pytest.mark.parametrize(
    ("kind", "language", "title_start", "subject"),
    [
        (
            "poster",
            "fi",
            "Ikäihmisten palvelut Karttulassa – to 3.12.2026 klo 17.00",
            "Kumppanuuspöydän tapaamisen juliste",
        ),
        ("agenda", "fi", "Asialista: Ikäihmisten palvelut Karttulassa", "Kumppanuuspöydän tapaamisen asialista"),
        ("summary", "fi", "Muistio: Ikäihmisten palvelut Karttulassa", "Kumppanuuspöydän tapaamisen muistio"),
        (
            "large",
            "sv",
            "Sammanfattning med stor text: Ikäihmisten",
            "Minnesanteckningar från partnerskapsbordets möte",
        ),
    ],
)
def test_metadata(kind, language, title_start, subject):
    """Title, author, subject, language tag and a fixed creation date are set."""
    reader = PdfReader(io.BytesIO(build_sheet_pdf(kind, sample_sheet(), language)))
    info = reader.metadata
    assert info.title.startswith(title_start)
    assert info.author == "Karttulan asukastupa"
    assert info.subject == subject
    assert info["/Creator"] == "kumppanuuspoyta-kiosk"
    assert info["/CreationDate"].startswith("D:2000")
    assert reader.trailer["/Root"]["/Lang"] == {"fi": "fi-FI", "sv": "sv-FI"}[language]


@pytest.mark.parametrize("kind", MEETING_KINDS)
def test_same_input_same_bytes(kind):
    """Building twice gives byte-identical PDFs."""
    first = build_sheet_pdf(kind, sample_sheet(), "fi", calendar=True)
    second = build_sheet_pdf(kind, sample_sheet(), "fi", calendar=True)
    assert first == second


def test_markup_escapes_typed_text():
    """Typed text reaches reportlab escaped, with line breaks kept and controls dropped."""
    assert markup('<img src="/etc/passwd"/>') == '&lt;img src="/etc/passwd"/&gt;'
    assert markup("a & b\nc\x1b[31m") == "a &amp; b<br/>c"


def hostile_sheet():
    """A meeting where every typed field holds markup, brackets or an ampersand."""
    text = " ".join(HOSTILE)
    table = sample_table(name="Pöytä " + HOSTILE[0], theme=text, goal=text, public_contact=HOSTILE[2])
    table.participants[0].name = HOSTILE[1]
    meeting = sample_meeting(title=text, place="Tupa " + HOSTILE[3], minutes=text)
    for item in meeting.agenda:
        item.title = item.title + " " + HOSTILE[4]
        item.background = text
        item.notes = text
    actions = sample_actions(meeting.id)
    for action in actions:
        action.what = text
        action.responsible = HOSTILE[6]
    return sample_sheet(meeting=meeting, table=table, actions=actions)


@pytest.mark.parametrize("kind", MEETING_KINDS)
def test_hostile_text_prints_literally(kind):
    """Tags, ampersands and brackets print as the characters typed; nothing is opened or lost."""
    text = flat(pdf_text(build_sheet_pdf(kind, hostile_sheet(), "fi")))
    for sample in HOSTILE:
        assert sample in text, sample


@pytest.mark.parametrize("kind", MEETING_KINDS)
def test_very_long_text_flows_onto_more_pages(kind):
    """A 5,000-character text (and a 5,000-character word) prints whole, with page numbers."""
    long_text = ("Pitkä kirjaus kyläläisten toiveista ja niiden käsittelystä. " * 90)[:5000]
    word = "x" * 5000
    meeting = sample_meeting(title=long_text if kind == "poster" else "Kysymys", minutes=long_text)
    meeting.agenda[0].background = meeting.agenda[0].notes = word
    meeting.agenda[1].background = meeting.agenda[1].notes = long_text
    pdf = build_sheet_pdf(kind, sample_sheet(meeting=meeting), "fi")
    text = "".join(pdf_text(pdf).split())
    # The footer ("Sivu 2/3" and the centre) stands between a page's last line and the next page's first.
    text = re.sub(r"Sivu\d+/\d+(Karttulanasukastupa(–IkäihmistenpalvelutKarttulassa)?)?", "", text)
    assert "".join(long_text.split()) in text
    if kind != "poster":
        assert word in text
        pages = page_count(pdf)
        assert pages >= 2
        assert f"Sivu 1/{pages}" in pdf_text(pdf) and f"Sivu {pages}/{pages}" in pdf_text(pdf)


@pytest.mark.parametrize("kind", MEETING_KINDS)
def test_resident_name_and_contact_never_printed(kind):
    """A forwarded idea appears by reference; the resident's name and contact never do."""
    text = flat(pdf_text(build_sheet_pdf(kind, sample_sheet(), "fi", calendar=True)))
    assert RESIDENT_NAME not in text and "Salainen" not in text
    assert RESIDENT_CONTACT not in text and "999 8888" not in text


@pytest.mark.parametrize("kind", KINDS)
def test_build_pdf_from_store(store, kind):
    """The public API builds every kind from a data folder, in every language."""
    sheet = fill_store(store)
    for language in ("fi", "sv", "en"):
        pdf = build_pdf(kind, store, None if kind == "results" else sheet.meeting.id, language)
        assert pdf.startswith(b"%PDF-") and page_count(pdf) >= 1
    assert sample_idea().reference in pdf_text(build_pdf("results", store, None, "fi"))


@pytest.mark.parametrize("kind", MEETING_KINDS)
def test_absurdly_long_fields_still_build(kind):
    """Names, places, contacts and addresses far past the model's limits still give a PDF."""
    sheet = sample_sheet(
        table=sample_table(name="Pöytä " * 800, theme="Teema " * 800),
        meeting=sample_meeting(title="Kysymys " * 600, place="Paikka " * 600),
        settings=sample_settings(
            poster_url="https://kuopio.example/" + "a" * 1500,
            centre_name="Tupa " * 300,
            centre_contact="p. 040 " * 300,
            minutes_url="https://kuopio.example/" + "m" * 1000,
        ),
    )
    assert build_sheet_pdf(kind, sheet, "fi", calendar=True).startswith(b"%PDF-")


def test_address_too_long_for_a_qr_code():
    """More than a QR code holds: a plain message, not a traceback from the qrcode library."""
    sheet = sample_sheet(settings=sample_settings(poster_url="https://kuopio.example/" + "a" * 5000))
    with pytest.raises(KioskError) as caught:
        build_sheet_pdf("poster", sheet, "fi")
    assert "liian pitkä QR-koodiin (5023 merkkiä)" in str(caught.value)
