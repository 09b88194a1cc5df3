"""The "you said, we did" sheet read back page by page: full pages, its heading on each, one contact line."""

from __future__ import annotations

import io
from datetime import date, datetime

import pdfplumber
from printables_support import flat, sample_settings
from reportlab.lib.pagesizes import A4

from kiosk.core.clock import HELSINKI
from kiosk.core.model import Action, ActionStatus, Idea, IdeaState, Table
from kiosk.core.public import TableResults
from printables.pages import LARGE
from printables.results import build_results

AS_OF = date(2026, 11, 27)
"""The day the sheet is printed."""
MIN_FILL = 0.8
"""How full every page but the last must be: only a table's name and first lines move on together."""


def _entry(number: int) -> TableResults:
    """A table with three done actions with their results and two under way.

    At odd-numbered tables each done action came of a resident's idea; at the others none did
    (such work used to be held together as one block, and left half pages empty).
    """
    table = Table(
        name=f"Kyläpöytä {number}: liikkuminen, asiointi ja yhdessä tekeminen",
        theme="Liikkuminen",
        results=[f"Kylään {number} saatiin oma asiointikyyti kerran viikossa."],
        id=f"table-{number}",
    )
    done, ideas = [], {}
    for n in range(3):
        action = Action(
            table.id,
            f"Kokeillaan kyytiä {n + 1} kyliltä kirkonkylälle torstaisin",
            "Taksi Oy",
            status=ActionStatus.DONE,
            result="Kyyti kulki koko syksyn, ja sillä oli 12 käyttäjää.",
            completed=datetime(2026, 10, 1 + n, 12, tzinfo=HELSINKI),
            id=f"a-{number}-{n}",
        )
        done.append(action)
        ideas[action.id] = [
            Idea(
                text="Kauppaan pitäisi päästä ilman omaa autoa, bussi ei kulje enää.",
                number=number * 10 + n,
                state=IdeaState.DONE,
                id=f"i-{number}-{n}",
            )
        ]
    under_way = [
        Action(table.id, f"Selvitetään lauantaivuoro {n + 1}", "Kaupunki", id=f"u-{number}-{n}") for n in range(2)
    ]
    return TableResults(table, done, under_way, ideas if number % 2 else {})


def _sheet(tables: int = 7, **settings) -> bytes:
    """The sheet for this many tables."""
    return build_results([_entry(n) for n in range(1, tables + 1)], sample_settings(**settings), AS_OF, "fi")


def _pages(pdf: bytes) -> list[pdfplumber.page.Page]:
    """The pages' text lines, with their characters."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text_lines() for page in document.pages]


def _body_fill(lines: list[dict]) -> float:
    """How much of the text area the page's body uses, from its top to its lowest line (footer left out)."""
    height = A4[1] - LARGE.top - LARGE.bottom
    body = [line for line in lines if line["bottom"] < A4[1] - LARGE.bottom]
    return (max(line["bottom"] for line in body) - LARGE.top) / height


def test_pages_are_filled():
    pages = _pages(_sheet())
    assert len(pages) >= 4
    fills = [_body_fill(lines) for lines in pages[:-1]]
    assert min(fills) >= MIN_FILL, [f"{fill:.0%}" for fill in fills]


def test_every_page_carries_the_heading():
    pages = _pages(_sheet())
    first = pages[0][0]
    assert first["text"] == "Te sanoitte, me teimme" and first["chars"][0]["size"] >= 24
    for number, lines in enumerate(pages[1:], 2):
        top = lines[0]
        assert top["text"] == "Te sanoitte, me teimme (jatkuu)", number
        assert min(char["size"] for char in top["chars"]) >= 18 and "Bold" in top["chars"][0]["fontname"]


def test_the_contact_is_said_once():
    pdf = _sheet(
        tables=1,
        centre_name="Karttulan asukastupa",
        centre_contact="Karttulan asukastupa, avoinna ma–pe klo 9–15, puh. 040 123 4567",
    )
    text = flat("\n".join(line["text"] for lines in _pages(pdf) for line in lines))
    ask = text[text.index("Kysy lisää") :]
    assert ask.startswith("Kysy lisää Karttulan asukastupa, avoinna ma–pe klo 9–15, puh. 040 123 4567")
    assert ask.count("Karttulan asukastupa") == 2  # the contact line, and the footer
    pdf = _sheet(tables=1, centre_name="Karttulan asukastupa", centre_contact="puh. 040 123 4567")
    text = flat("\n".join(line["text"] for lines in _pages(pdf) for line in lines))
    assert "Kysy lisää Karttulan asukastupa, puh. 040 123 4567" in text


def test_done_work_reads_as_done():
    text = flat("\n".join(line["text"] for lines in _pages(_sheet(tables=1)) for line in lines))
    assert "Me teimme: • Tehty to 1.10.2026: Kokeillaan kyytiä 1 kyliltä kirkonkylälle torstaisin" in text


def test_a_long_name_in_the_footer_is_shortened_after_a_word():
    from printables_support import sample_sheet, sample_table

    from printables.summary import build_summary

    name = "Karttulan, Kurolanlahden ja Syvänniemen ikäihmisten palvelujen ja kyytien kumppanuuspöytä"
    pdf = build_summary(sample_sheet(table=sample_table(name=name)), "fi")
    for lines in _pages(pdf):
        footer = lines[-1]["text"]
        left = footer.rsplit(" Sivu ", 1)[0]
        assert left.endswith("…") and left.removesuffix("…").split()[-1] in name.split(), footer
