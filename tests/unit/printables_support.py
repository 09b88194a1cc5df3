"""Sample meetings for the printables tests, built from model objects (no data folder needed)."""

from __future__ import annotations

from datetime import date, datetime

from kiosk.core.clock import HELSINKI
from kiosk.core.model import (
    Action,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Idea,
    IdeaState,
    Meeting,
    Participant,
    Role,
    Sector,
    Table,
)
from kiosk.core.settings import Settings
from kiosk.core.tables import REVIEW_ITEM_TITLE
from printables.sources import MeetingSheet

POSTER_URL = "https://kuopio.example/karttula-poyta"
"""The centre's short link in the samples."""
MINUTES_URL = "https://kuopio.example/muistiot/karttula-3"
"""The meeting's minutes page in the samples."""
MEETING_ID = "3f2b9c4e-1d2a-4b5c-8e7f-0a1b2c3d4e5f"
"""The sample meeting's id."""
RESIDENT_NAME = "Aino Asukas-Salainen"
"""A resident's name that must never be printed."""
RESIDENT_CONTACT = "040 999 8888 aino@salainen.example"
"""A resident's contact that must never be printed."""


def sample_settings(**changes) -> Settings:
    """The Karttula resident centre's settings."""
    values = {
        "centre_name": "Karttulan asukastupa",
        "centre_contact": "p. 040 123 4567",
        "poster_url": POSTER_URL,
        "minutes_url": "https://kuopio.example/muistiot",
    }
    values.update(changes)
    return Settings(**values)


def sample_table(**changes) -> Table:
    """The Karttula table on services for older people, with all four sectors."""
    values = {
        "name": "Ikäihmisten palvelut Karttulassa",
        "theme": "Palvelut autottomille ikäihmisille",
        "area": "Karttula",
        "goal": "Autoton ikäihminen pääsee asioimaan ja harrastamaan Karttulassa ilman omaa autoa.",
        "ground_rules": ["Kaikki saavat puheenvuoron.", "Sovitut asiat kirjataan muistioon."],
        "participants": [
            Participant("Paula Puheenjohtaja", "Kuopion kaupunginvaltuusto", Sector.PUBLIC, Role.CHAIR, id="p-chair"),
            Participant("Sanna Sihteeri", "Karttulan asukastupa", Sector.PUBLIC, Role.SECRETARY, id="p-sec"),
            Participant("Kaisa Kotihoito", "Kuopion kotihoito", Sector.PUBLIC, id="p-home"),
            Participant("Kari Kuljetus", "Kotipalvelu ja taksi Kuljetus Oy", Sector.BUSINESS, id="p-taxi"),
            Participant("Diakoni Daniel", "Karttulan seurakunta", Sector.THIRD, id="p-deacon"),
            Participant("Eila Eläkeläinen", "Karttulan eläkeläiset ry", Sector.THIRD, id="p-pens"),
            Participant("Väinö Kyläläinen", "", Sector.RESIDENT, id="p-res"),
        ],
        "public_contact": "Sanna Sihteeri, Karttulan asukastupa, p. 040 123 4567",
        "id": "table-karttula",
    }
    values.update(changes)
    return Table(**values)


def sample_idea(**changes) -> Idea:
    """A resident's idea forwarded to the meeting, with private name and contact."""
    values = {
        "text": "Kutsutaksi myös lauantaisin, niin pääsee kauppaan ja kirjastoon.",
        "theme": "Liikkuminen",
        "number": 42,
        # Not a real token: it carries the words, so a printable that printed it would be caught.
        "sealed_contact": f"{RESIDENT_NAME} {RESIDENT_CONTACT}",
        "state": IdeaState.ON_AGENDA,
        "id": "idea-42",
    }
    values.update(changes)
    return Idea(**values)


def sample_meeting(**changes) -> Meeting:
    """The third meeting: four items, 80 minutes of 90, minutes written."""
    values = {
        "table_id": "table-karttula",
        "start": datetime(2026, 12, 3, 17, 0, tzinfo=HELSINKI),
        "place": "Karttulan asukastupa, Koulutie 2",
        "duration_minutes": 90,
        "title": "Miten kyläläinen pääsee asioimaan kirkonkylälle ilman autoa?",
        "agenda": [
            AgendaItem(
                "Tavoitteen kertaus ja kuulumiset",
                minutes_planned=10,
                id="item-1",
                notes="Puheenjohtaja kertasi yhteisen tavoitteen.",
            ),
            AgendaItem(  # as schedule_meeting stores it (test_printables_meeting_life uses the service itself)
                REVIEW_ITEM_TITLE,
                kind=AgendaKind.REVIEW,
                minutes_planned=15,
                action_ids=["action-survey"],
                id="item-2",
                notes="Kysely on lähetetty 400 kotitalouteen; vastauksia on tullut 120.",
            ),
            AgendaItem(
                "Kutsutaksi myös lauantaisin",
                background="Asukkaan idea: lauantaisin ei pääse kauppaan.",
                minutes_planned=30,
                idea_ids=["idea-42"],
                id="item-3",
                notes="Kuljetusyrittäjä selvittää lauantaivuoron hinnan. Kaupunki katsoo, kuuluuko vuoro palveluliikenteeseen.",
            ),
            AgendaItem(
                "Kevään virkistyspäivä",
                background="Viime kerralla osallistujia oli noin 160.",
                minutes_planned=25,
                id="item-4",
                notes="Virkistyspäivä pidetään maaliskuussa.",
            ),
        ],
        "attendee_ids": ["p-chair", "p-sec", "p-taxi", "p-deacon", "p-pens", "p-res"],
        "minutes": "Kahvit tarjosi eläkeläisyhdistys.",
        "minutes_url": MINUTES_URL,
        "held": True,
        "id": MEETING_ID,
    }
    values.update(changes)
    return Meeting(**values)


def sample_actions(meeting_id: str = MEETING_ID) -> list[Action]:
    """One earlier action under way, and two agreed at the meeting."""
    return [
        Action(
            "table-karttula",
            "Palvelutarvekysely kotitalouksiin",
            "Kuopion hyvinvointipalvelut",
            due=date(2026, 12, 15),
            status=ActionStatus.IN_PROGRESS,
            meeting_id="earlier",
            id="action-survey",
        ),
        Action(
            "table-karttula",
            "Selvitetään kutsutaksin lauantaivuoro ja sen hinta",
            "Kotipalvelu ja taksi Kuljetus Oy",
            due=date(2027, 1, 15),
            meeting_id=meeting_id,
            idea_ids=["idea-42"],
            id="action-taxi",
        ),
        Action(
            "table-karttula",
            "Järjestetään kevään virkistyspäivä",
            "Karttulan eläkeläiset ry",
            due=date(2027, 3, 20),
            meeting_id=meeting_id,
            id="action-day",
        ),
    ]


def sample_sheet(**changes) -> MeetingSheet:
    """The whole sample: meeting, table, settings, idea, actions and the next meeting."""
    meeting = changes.pop("meeting", None) or sample_meeting()
    values = {
        "meeting": meeting,
        "table": sample_table(),
        "settings": sample_settings(),
        "ideas": {"idea-42": sample_idea()},
        "actions": sample_actions(meeting.id),
        "next_meeting": Meeting(
            table_id="table-karttula",
            start=datetime(2027, 1, 21, 17, 0, tzinfo=HELSINKI),
            place="Karttulan kirjasto",
            id="next-meeting",
        ),
    }
    values.update(changes)
    return MeetingSheet(**values)


def pdf_text(pdf: bytes) -> str:
    """Every page's text, pages joined by form feeds."""
    import io

    from pypdf import PdfReader

    return "\f".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """Text with every run of white space made one space (lines wrap where the layout wants)."""
    return " ".join(text.split())


def qr_codes(pdf: bytes, page: int = 0, dpi: int = 150) -> list[str]:
    """The QR codes' texts on a rendered page, read with zxing-cpp (left to right, then top to bottom)."""
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    found.sort(key=lambda code: (code.position.top_left.x // 50, code.position.top_left.y))
    return [code.text for code in found]


def qr_widths_cm(pdf: bytes, page: int = 0, dpi: int = 150) -> list[float]:
    """Each QR symbol's width on paper in centimetres (without the quiet zone)."""
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    widths = []
    for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        pixels = code.position.top_right.x - code.position.top_left.x
        widths.append(pixels / dpi * 2.54)
    return widths


def page_count(pdf: bytes) -> int:
    """How many pages the PDF has."""
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def fill_store(store, *, settings: Settings | None = None, done: bool = True) -> MeetingSheet:
    """Put the sample table, meetings, idea, actions and settings into a data folder."""
    from kiosk.core.store import ACTIONS, IDEAS, MEETINGS, SETTINGS, TABLES

    sheet = sample_sheet()
    actions = sample_actions(sheet.meeting.id)
    if done:
        actions[1].status = ActionStatus.DONE
        actions[1].result = "Lauantaivuoro ajetaan tammikuusta alkaen klo 10 ja 14."
        actions[1].completed = datetime(2026, 11, 20, 12, 0, tzinfo=HELSINKI)
    with store.transaction() as tx:
        tx.put(TABLES, sheet.table.to_dict())
        tx.put(MEETINGS, sheet.meeting.to_dict())
        tx.put(MEETINGS, sheet.next_meeting.to_dict())
        tx.put(IDEAS, sample_idea().to_dict())
        for action in actions:
            tx.put(ACTIONS, action.to_dict())
        tx.put(SETTINGS, (settings or sample_settings()).to_dict())
    return sheet
