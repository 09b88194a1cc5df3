"""The meeting poster for the notice board: A4 portrait, large type, a QR code to scan.

A table is an invited group of 5-15 people, so its poster says what the table works on
and how a resident can bring an idea to it (a workshop's poster, ``printables.workshop_poster``,
is the one that invites everyone). The link QR points to the table's page or the centre's
short link (staff set them); a second QR can carry the meeting as a calendar event.
Without any link the poster still prints, and says where to ask.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import cm, mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from kiosk.core.dates import format_span
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.public import CANCELLED_NOTICE, meeting_notice
from kiosk.core.spoken import LISTEN_AT_KIOSK, SPEECH_KEY
from kiosk.core.text import shorten
from printables.blocks import translator
from printables.pages import POSTER, Meta, frame_size, render
from printables.qr import EVENT_CORRECTION, LINK_CORRECTION, POSTER_SIZE, QrCode
from printables.sources import MeetingSheet
from printables.styles import labelled, para, poster
from printables.typefaces import REGULAR

PAIR_SIZE = 8.2 * cm
"""Each code's size when the link and the calendar codes stand side by side."""


class _Filler(Flowable):
    """Empty space down to where the reserved height at the page's foot begins."""

    def __init__(self, reserve: float) -> None:
        super().__init__()
        self.reserve = reserve

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take whatever height is left above the reserved part."""
        return available_width, max(0.0, available_height - self.reserve)

    def draw(self) -> None:
        """Nothing to draw."""


ADDRESS_MAX_CHARS = 90
"""The longest web address written out under its code (the code holds it whole)."""
GOAL_MAX_CHARS = 300
"""The longest goal printed in full on a poster (a longer one is shortened after a word)."""


def qr_cell(code: QrCode, heading: str, caption: str) -> list[Flowable]:
    """A QR code with a bold line and a caption under it."""
    styles = poster()
    return [code, Spacer(1, 2 * mm), para(heading, styles["caption-bold"]), para(caption, styles["caption"])]


def _codes(sheet: MeetingSheet, language: str, calendar: bool) -> list[list[Flowable]]:
    """The poster's QR codes, each with its captions: the link, then the calendar event."""
    t = translator(language)
    size = POSTER_SIZE if (sheet.info_url and not calendar) else PAIR_SIZE
    cells = []
    if sheet.info_url:
        code = QrCode(sheet.info_url, size, LINK_CORRECTION)
        cells.append(
            qr_cell(code, t(N_("Scan the code with your phone's camera")), shorten(sheet.info_url, ADDRESS_MAX_CHARS))
        )
    if calendar and sheet.meeting.cancelled is None:
        # icalendar (and dateutil behind it) is loaded only for a poster that carries the event.
        from printables.ics import meeting_vevent

        code = QrCode(meeting_vevent(sheet.meeting, sheet.table), size, EVENT_CORRECTION)
        cells.append(
            qr_cell(code, t(N_("Add to your calendar")), t(N_("The code saves the meeting in your phone's calendar.")))
        )
    return cells


def code_block(cells: list[list[Flowable]], width: float) -> Flowable:
    """The codes side by side in a borderless table."""
    column = width / len(cells)
    grid = Table([cells], colWidths=[column] * len(cells))
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return grid


def _when(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """When the table meets; a moved meeting's new time or a called-off meeting said in large type."""
    t = translator(language)
    styles = poster()
    meeting = sheet.meeting
    notice = meeting_notice(meeting)
    when = format_span(meeting.start, meeting.end, language)
    headline = N_("This meeting is called off") if notice == CANCELLED_NOTICE else N_("The table meets")
    return [
        para(t(headline), styles["welcome"]),
        para(f"{t(notice)} {when}" if notice else when, styles["when"]),
    ]


def _text(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """The poster's words: who meets, the question, when and where, who is welcome, whom to ask."""
    t = translator(language)
    styles = poster()
    meeting, table = sheet.meeting, sheet.table
    kicker = t(N_("Partnership table")) + " \u2013 " + sheet.settings.centre_name
    story: list[Flowable] = [
        para(kicker, styles["kicker"]),
        Spacer(1, 3 * mm),
        para(table.name, styles["table"]),
        labelled(t(N_("Theme:")), sheet.settings.theme_name(table.theme, language), styles["theme"]),
    ]
    if meeting.title:
        story.append(para(meeting.title, styles["question"]))
    story += [
        *_when(sheet, language),
        labelled(t(N_("Place:")), meeting.place, styles["place"]),
    ]
    if table.goal:
        story.append(labelled(t(N_("What the table works on:")), shorten(table.goal, GOAL_MAX_CHARS), styles["body"]))
    story += [
        para(
            t(
                N_(
                    "A partnership table is an invited group of 5 to 15 people from the municipality, "
                    "businesses, associations and residents, working together towards one goal."
                )
            ),
            styles["body"],
        ),
        para(
            t(
                N_(
                    "Have an idea for the table? Leave it at the resident centre's kiosk or tell the contact "
                    "person below: the table takes ideas up at its meetings."
                )
            ),
            styles["body"],
        ),
    ]
    if sheet.contact:
        story.append(labelled(t(N_("More information:")), sheet.contact, styles["body"]))
    story.append(para(t(LISTEN_AT_KIOSK).format(key=SPEECH_KEY), styles["listen"]))
    return story


def ask_box(centre_contact: str, language: str, width: float) -> Flowable:
    """Where to ask, in a framed box, for a poster without a link to scan."""
    styles = poster()
    words = [
        para(gettext_in(language, N_("Ask at the resident centre")), styles["when"]),
        para(centre_contact, styles["place"]),
    ]
    box = Table([[words]], colWidths=[width], splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BOX", (0, 0), (-1, -1), 2, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _bottom(sheet: MeetingSheet, language: str, calendar: bool, width: float) -> list[Flowable]:
    """What stands at the page's foot: where to ask (without a link), then the QR codes."""
    bottom: list[Flowable] = []
    if not sheet.info_url:
        bottom.append(ask_box(sheet.centre_contact, language, width))
    cells = _codes(sheet, language, calendar)
    if cells:
        bottom += [Spacer(1, 6 * mm), code_block(cells, width)]
    return bottom


def one_page(words: list[Flowable], bottom: list[Flowable], *, at_foot: bool) -> list[Flowable]:
    """One page: the words at the top (shrunk if they would not fit), ``bottom`` under them.

    ``at_foot`` pins the bottom part (QR codes) to the page's foot; else it follows the words.
    """
    width, height = frame_size(POSTER)
    reserved = sum(flowable.wrap(width, height)[1] for flowable in bottom) + 6 * mm
    if reserved > height * 0.7:
        # Only an absurdly long contact text gets here: let the poster run on rather than fail.
        return [*words, Spacer(1, 8 * mm), *bottom]
    text = KeepInFrame(width, height - reserved, words, mode="shrink")
    if at_foot:
        return [text, _Filler(reserved), *bottom]
    return [text, Spacer(1, 8 * mm), *bottom]


def poster_story(sheet: MeetingSheet, language: str, *, calendar: bool = False) -> list[Flowable]:
    """One page: the words at the top (shrunk if they would not fit), the QR codes at the foot."""
    width, _height = frame_size(POSTER)
    bottom = _bottom(sheet, language, calendar, width)
    return one_page(_text(sheet, language), bottom, at_foot=bool(sheet.info_url or calendar))


def build_poster(sheet: MeetingSheet, language: str = "fi", *, calendar: bool = False) -> bytes:
    """The poster as PDF bytes; ``calendar`` adds the calendar-event QR code."""
    meta = Meta(
        title=f"{sheet.table.name} \u2013 {format_span(sheet.meeting.start, sheet.meeting.end, language)}",
        subject=gettext_in(language, N_("Poster for a partnership table meeting")),
        author=sheet.settings.centre_name,
        language=language,
    )
    story = poster_story(sheet, language, calendar=calendar)
    return render(story, meta, footer=sheet.settings.centre_name, layout=POSTER)
