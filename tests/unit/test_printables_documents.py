"""The agenda and the meeting summary (muistio): content, order, privacy and the minutes QR code."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from printables_support import (
    MINUTES_URL,
    flat,
    page_count,
    pdf_text,
    qr_codes,
    sample_actions,
    sample_meeting,
    sample_settings,
    sample_sheet,
)

from kiosk.core.clock import HELSINKI
from kiosk.core.errors import KioskError
from kiosk.core.model import Action, ActionStatus
from printables.agenda import build_agenda
from printables.large import build_large
from printables.summary import build_summary


def test_agenda_restates_the_goal_before_the_items():
    """The shared goal comes first, then the numbered items."""
    text = flat(pdf_text(build_agenda(sample_sheet(), "fi")))
    assert text.startswith("Asialista Ikäihmisten palvelut Karttulassa")
    goal = text.index("Yhteinen tavoitteemme Autoton ikäihminen pääsee asioimaan")
    assert goal < text.index("Käsiteltävät asiat") < text.index("1. Tavoitteen kertaus ja kuulumiset")


def test_agenda_items_have_clock_times_adding_up_to_the_meeting():
    """Each item's times follow from the start; the total is compared with the 90 minutes."""
    text = flat(pdf_text(build_agenda(sample_sheet(), "fi")))
    for expected in (
        "17.00–17.10 (10 min)",
        "2. Sovittujen toimenpiteiden läpikäynti 17.10–17.25 (15 min)",
        "3. Kutsutaksi myös lauantaisin 17.25–17.55 (30 min)",
        "17.55–18.20 (25 min)",
        "Yhteensä 80 min; tapaaminen kestää 90 min.",
    ):
        assert expected in text, expected
    assert "Asiat vievät enemmän aikaa" not in text


def test_agenda_warns_when_items_do_not_fit():
    """An agenda longer than the meeting (the model refuses it, but a draft may be printed) says so."""
    meeting = sample_meeting(duration_minutes=60)
    text = flat(pdf_text(build_agenda(sample_sheet(meeting=meeting), "fi")))
    assert "Yhteensä 80 min; tapaaminen kestää 60 min." in text
    assert "Asiat vievät enemmän aikaa kuin tapaamiseen on varattu." in text


def test_agenda_lists_ideas_by_reference_and_actions_to_review():
    """Forwarded ideas appear as ID-0042; open actions come with who, when and status."""
    actions = [
        *sample_actions(),
        Action(
            "table-karttula", "Kirjaston omatoimiaukiolo", "Kuopion kirjasto", due=date(2027, 2, 1), meeting_id="old"
        ),
    ]
    text = flat(pdf_text(build_agenda(sample_sheet(actions=actions), "fi")))
    assert "Asukkaiden ideat: ID-0042" in text
    assert "Toimenpide Vastuutaho Määräaika Tilanne" in text
    assert "Palvelutarvekysely kotitalouksiin" in text and "Työn alla" in text
    assert "Muut avoimet toimenpiteet läpikäytäväksi" in text
    assert "Kirjaston omatoimiaukiolo Kuopion kirjasto ma 1.2.2027 Sovittu" in text
    # Actions agreed at this very meeting are not "to review" yet.
    assert "Järjestetään kevään virkistyspäivä" not in text


def test_summary_has_every_part_in_finnish():
    """Goal, attendees by sector, items, agreed actions table, next meeting."""
    text = flat(pdf_text(build_summary(sample_sheet(), "fi")))
    for expected in (
        "Muistio Ikäihmisten palvelut Karttulassa",
        "Yhteinen tavoitteemme",
        "Läsnä",
        "Julkinen sektori: Paula Puheenjohtaja (Kuopion kaupunginvaltuusto), puheenjohtaja; Sanna Sihteeri",
        "Yritykset: Kari Kuljetus (Kotipalvelu ja taksi Kuljetus Oy)",
        "Järjestöt ja seurakunnat: Diakoni Daniel",
        "Asukkaat ja palvelujen käyttäjät: Väinö Kyläläinen",
        "Käsitellyt asiat",
        "3. Kutsutaksi myös lauantaisin Kuljetusyrittäjä selvittää lauantaivuoron hinnan.",
        "Muut muistiinpanot Kahvit tarjosi eläkeläisyhdistys.",
        "Sovitut toimenpiteet Toimenpide Vastuutaho Määräaika Tilanne",
        "Järjestetään kevään virkistyspäivä Karttulan eläkeläiset ry la 20.3.2027 Sovittu",
        "Seuraava tapaaminen to 21.1.2027 klo 17.00–18.30, Karttulan kirjasto",
        "Koko muistio verkossa: " + MINUTES_URL,
    ):
        assert expected in text, expected
    # Kaisa Kotihoito is at the table but did not come.
    assert "Kaisa Kotihoito" not in text


def test_summary_qr_leads_to_the_meetings_minutes_page():
    """The meeting's own minutes address wins; the code is read back from the rendered page."""
    assert qr_codes(build_summary(sample_sheet(), "fi")) == [MINUTES_URL]


def test_summary_falls_back_to_the_centres_minutes_page():
    """Without the meeting's own page, the centre's minutes address is used."""
    sheet = sample_sheet(meeting=sample_meeting(minutes_url=""))
    assert qr_codes(build_summary(sheet, "fi")) == ["https://kuopio.example/muistiot"]


def test_summary_without_any_minutes_page_has_no_code():
    """No address anywhere: no code and no empty caption."""
    sheet = sample_sheet(meeting=sample_meeting(minutes_url=""), settings=sample_settings(minutes_url=""))
    pdf = build_summary(sheet, "fi")
    assert qr_codes(pdf) == []
    assert "verkossa" not in pdf_text(pdf)


def test_summary_without_next_meeting_or_actions():
    """Missing parts are said plainly instead of left blank."""
    sheet = sample_sheet(next_meeting=None, actions=[])
    text = flat(pdf_text(build_summary(sheet, "fi")))
    assert "Toimenpiteistä ei sovittu." in text
    assert "Seuraava tapaaminen Ei vielä sovittu." in text


def test_long_minutes_run_onto_numbered_pages():
    """Long minutes flow onto more pages, each numbered "Sivu n/N"."""
    meeting = sample_meeting()
    for item in meeting.agenda:
        item.notes = "Keskusteltiin pitkään ja monelta kannalta. " * 60
    pdf = build_summary(sample_sheet(meeting=meeting), "fi")
    pages = page_count(pdf)
    assert pages >= 3
    for number in range(1, pages + 1):
        assert f"Sivu {number}/{pages}" in pdf_text(pdf).split("\f")[number - 1]


def test_swedish_summary():
    """The same summary in Swedish."""
    text = flat(pdf_text(build_summary(sample_sheet(), "sv")))
    for expected in (
        "Minnesanteckningar",
        "Närvarande",
        "Överenskomna åtgärder",
        "Ansvarig",
        "Tidsfrist",
        "Nästa möte",
    ):
        assert expected in text, expected


def _actions_under_way_and_done() -> list[Action]:
    """The sample's actions: the taxi one done with a result, the recreation day under way."""
    actions = sample_actions()
    actions[1].status = ActionStatus.DONE
    actions[1].result = "Lauantaivuoro ajetaan tammikuusta alkaen klo 10 ja 14."
    actions[1].completed = datetime(2026, 11, 20, 12, 0, tzinfo=HELSINKI)
    actions[2].status = ActionStatus.IN_PROGRESS
    return actions


def _action_rows(pdf: bytes) -> list[list[str]]:
    """The agreed actions' table rows as read back from the PDF, each cell's text on one line."""
    import io

    import pdfplumber

    rows = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for table in page.extract_tables():
                rows += [[flat(cell or "") for cell in row] for row in table]
    return [row for row in rows if row and row[0] != "Toimenpide"]


def test_summary_shows_each_actions_state_and_result():
    """Those who were not there read how far each agreed action has come, and what came of it."""
    pdf = build_summary(sample_sheet(actions=_actions_under_way_and_done()), "fi")
    assert _action_rows(pdf) == [
        [
            "Selvitetään kutsutaksin lauantaivuoro ja sen hinta Tulos: Lauantaivuoro ajetaan tammikuusta alkaen klo 10 ja 14.",
            "Kotipalvelu ja taksi Kuljetus Oy",
            "pe 15.1.2027",
            "Tehty pe 20.11.2026",
        ],
        ["Järjestetään kevään virkistyspäivä", "Karttulan eläkeläiset ry", "la 20.3.2027", "Työn alla"],
    ]


def test_large_summary_shows_each_actions_state_and_result():
    """The large-text sheet says the same in short lines."""
    text = flat(pdf_text(build_large(sample_sheet(actions=_actions_under_way_and_done()), "fi")))
    assert (
        "Selvitetään kutsutaksin lauantaivuoro ja sen hinta Kuka tekee: Kotipalvelu ja taksi Kuljetus Oy "
        "Valmis viimeistään: pe 15.1.2027 Tilanne: Tehty pe 20.11.2026 "
        "Tulos: Lauantaivuoro ajetaan tammikuusta alkaen klo 10 ja 14."
    ) in text
    assert "Järjestetään kevään virkistyspäivä Kuka tekee: Karttulan eläkeläiset ry " in text
    assert "Valmis viimeistään: la 20.3.2027 Tilanne: Työn alla" in text


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_summary_of_a_meeting_not_held(language):
    """A meeting ahead has no minutes: the summary is refused with a plain reason, not printed empty."""
    sheet = sample_sheet(meeting=sample_meeting(held=False))
    with pytest.raises(KioskError) as refused:
        build_summary(sheet, language)
    assert refused.value.translated("fi") == (
        "Tapaamista ei ole vielä pidetty, joten siitä ei ole muistiota tulostettavaksi. Tulosta sen asialista."
    )


def test_large_sheet_of_a_meeting_ahead_lists_its_agenda():
    """Before the meeting the large-text sheet says what will be talked about, and nothing as if it had been."""
    text = flat(pdf_text(build_large(sample_sheet(meeting=sample_meeting(held=False)), "fi")))
    assert "Mistä puhumme • Tavoitteen kertaus ja kuulumiset • Sovittujen toimenpiteiden läpikäynti" in text
    for said_afterwards in (
        "Tästä asiasta ei kirjattu mitään",
        "Mistä puhuimme",
        "Mitä sovimme",
        "Keitä oli paikalla",
        "Koko muistio",
    ):
        assert said_afterwards not in text
