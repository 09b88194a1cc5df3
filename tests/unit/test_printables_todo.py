"""To-do sheets (a page per responsible party) and the staff's call list, read back from the PDF."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pdfplumber
from printables_support import (
    MEETING_ID,
    RESIDENT_CONTACT,
    RESIDENT_NAME,
    fill_store,
    flat,
    page_count,
    sample_sheet,
)

from kiosk.core.calls import Call, Reach
from kiosk.core.clock import HELSINKI
from kiosk.core.model import ActionStatus, IdeaState, Milestone, ResponsibleKind
from printables import build_pdf
from printables.calls import build_call_list
from printables.todo import build_todo


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text, white space made single spaces."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [flat(page.extract_text() or "") for page in document.pages]


def sizes_of(pdf: bytes) -> set[float]:
    """The font sizes of every printed character."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return {round(c["size"], 1) for page in document.pages for c in page.chars if c["text"].strip()}


def todo_sheet():
    """The sample meeting's actions, one of them with milestones and one for a sub-group, one done."""
    sheet = sample_sheet()
    survey, taxi, day = sheet.actions
    taxi = replace(
        taxi,
        milestones=[
            Milestone("Tarjous pyydetty", date(2026, 11, 25), reached=True),
            Milestone("Hinta sovittu", date(2027, 1, 10)),
        ],
    )
    day = replace(day, responsible="Virkistysryhmä", responsible_kind=ResponsibleKind.SUBGROUP, responsible_id="g1")
    done = replace(day, what="Jo tehty asia", status=ActionStatus.DONE, id="action-done")
    return replace(sheet, actions=[survey, taxi, day, done])


def test_a_page_per_responsible_party_with_due_dates_and_milestones():
    pdf = build_todo(todo_sheet(), "fi", today=date(2026, 12, 20))
    pages = pages_of(pdf)
    assert len(pages) == 3
    survey, taxi, group = pages
    assert "Tehtävälista Kuopion hyvinvointipalvelut" in survey
    assert "Palvelutarvekysely kotitalouksiin" in survey and "15.12.2026 – myöhässä" in survey
    assert "Tilanne: Työn alla" in survey and "Sovittiin tässä tapaamisessa." not in survey
    assert "Tehtävälista Kotipalvelu ja taksi Kuljetus Oy" in taxi
    assert "Selvitetään kutsutaksin lauantaivuoro" in taxi and "Sovittiin tässä tapaamisessa." in taxi
    assert (
        "Välivaiheet: • ke 25.11.2026 Tarjous pyydetty (toteutunut) • su 10.1.2027 Hinta sovittu (suunniteltu)" in taxi
    )
    assert "Tehtävälista Virkistysryhmä Alatyöryhmä" in group and "Järjestetään kevään virkistyspäivä" in group
    assert all("Jo tehty asia" not in page for page in pages)  # done work is no longer to do
    assert all(RESIDENT_NAME not in page and RESIDENT_CONTACT not in page for page in pages)
    assert sizes_of(pdf) >= {22.0, 15.0, 11.0} and min(sizes_of(pdf)) >= 9


def test_a_to_do_sheet_in_swedish_and_with_nothing_to_do():
    sheet = todo_sheet()
    swedish = pages_of(build_todo(sheet, "sv"))
    assert swedish[0].startswith("Uppgiftslista Kuopion hyvinvointipalvelut")
    empty = pages_of(build_todo(replace(sheet, actions=[]), "fi"))
    assert len(empty) == 1 and "Pöydällä ei ole avoimia toimenpiteitä." in empty[0]


def test_the_to_do_kind_from_the_store_marks_overdue_by_today(store, clock):
    fill_store(store)
    clock.advance(days=30)  # 27.12.2026: the survey (due 15.12.) is late
    pdf = build_pdf("todo", store, MEETING_ID, "fi")
    assert page_count(pdf) == 2  # the taxi action is done in the stored sample
    assert "15.12.2026 – myöhässä" in pages_of(pdf)[0]


def test_the_call_list_says_whom_to_call_and_what_to_tell_them():
    from kiosk.core.settings import Settings

    calls = [
        Call(
            id="i1",
            reference="ID-0042",
            name="Aino Asukas",
            contact="040 765 4321",
            reach=Reach.PHONE,
            state=IdeaState.ON_AGENDA,
            changed=datetime(2026, 11, 26, 14, tzinfo=HELSINKI),
            public_answer="Asia käsitellään joulukuussa.",
            table="Liikennepöytä",
            meeting=datetime(2026, 12, 3, 17, tzinfo=HELSINKI),
        ),
        Call(
            id="i2",
            reference="ID-0043",
            name="",
            contact="liisa@example.fi",
            reach=Reach.EMAIL,
            state=IdeaState.DECLINED,
            changed=datetime(2026, 11, 27, 9, tzinfo=HELSINKI),
            public_answer="<b>Ei</b> resursseja [red]",
        ),
    ]
    pdf = build_call_list(calls, Settings(centre_name="Karttulan asukastupa"), date(2026, 11, 27), "fi")
    (page,) = pages_of(pdf)
    assert page.startswith("Soitettavat asukkaat Tulostettu pe 27.11.2026. Vain työntekijöille")
    assert "☐ Aino Asukas · 040 765 4321 (Puhelin)" in page
    assert "Tilanne muuttui to 26.11.2026 klo 14.00 Kerro: ID-0042: Kumppanuuspöydän tapaamisen asialistalla" in page
    assert "Pöytä: Liikennepöytä Tapaaminen: to 3.12.2026 klo 17.00 Vastaus: Asia käsitellään joulukuussa." in page
    assert "☐ (ei nimeä) · liisa@example.fi (Vain sähköposti)" in page
    assert "Vastaus: <b>Ei</b> resursseja [red]" in page  # typed text printed as it is, never as markup
    assert min(sizes_of(pdf)) >= 9 and 11.0 in sizes_of(pdf)
    empty = pages_of(build_call_list([], Settings(), date(2026, 11, 27), "fi"))
    assert "Nyt ei ole ketään, jolle soittaa." in empty[0]


def test_kiosk_print_todo_writes_the_sheets(kiosk_main, data, tmp_path, capsys):
    out = tmp_path / "todo.pdf"
    assert kiosk_main(["print", "todo", MEETING_ID[:8], "--out", str(out), "--data", data, "--no-print"]) == 0
    pages = pages_of(out.read_bytes())
    assert [page.split(" ")[0] for page in pages] == ["Tehtävälista", "Tehtävälista"]
    assert str(out) in capsys.readouterr().out
