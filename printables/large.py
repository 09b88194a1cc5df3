"""The large-text summary for older readers: the minutes in plain words and big type.

Before the meeting is held the same sheet says what the meeting will talk about (its
agenda) instead: a resident prints it from the table's page to remember the meeting.

Body text 18 pt with 1.5 line spacing, headings 24 pt and up, sans-serif,
left-aligned, black on white, no italics or capitals, and lines well under 60
characters (the large layout's margins make the line short).
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kiosk.core.dates import format_day, format_span
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.model import SECTOR_LABELS, Meeting
from kiosk.core.public import meeting_notice
from printables.blocks import item_title, status_text, translator
from printables.pages import LARGE, render
from printables.qr import LINK_CORRECTION, QrCode
from printables.sources import MeetingSheet
from printables.styles import large, para
from printables.summary import next_meeting_text, person, summary_meta

LARGE_QR_SIZE = 5 * cm
"""The QR code to the full minutes on a large-text sheet."""


def _talked_about(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """What was talked about, item by item, in plain words."""
    t = translator(language)
    styles = large()
    story: list[Flowable] = [para(t(N_("What we talked about")), styles.heading)]
    for item in sheet.meeting.agenda:
        story.append(para(item_title(item, language), styles.subheading))
        if item.notes:
            story.append(para(item.notes, styles.body))
    if sheet.meeting.minutes:
        story.append(para(sheet.meeting.minutes, styles.body))
    return story


def _will_talk_about(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """A meeting ahead: the questions on its agenda."""
    t = translator(language)
    styles = large()
    story: list[Flowable] = [para(t(N_("What we will talk about")), styles.heading)]
    story += [para(f"\u2022 {item_title(item, language)}", styles.body) for item in sheet.meeting.agenda]
    if not sheet.meeting.agenda:
        story.append(para(t(N_("The agenda is not ready yet.")), styles.body))
    return story


def _agreed(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """Each agreed action in short lines: what, who, by when, how far it has come and what came of it."""
    t = translator(language)
    styles = large()
    story: list[Flowable] = [para(t(N_("What we agreed")), styles.heading)]
    for action in sheet.agreed_actions():
        lines = [
            para(action.what, styles.subheading),
            para(t(N_("Who does it: {who}")).format(who=action.responsible), styles.body),
        ]
        if action.due:
            lines.append(para(t(N_("Done by: {date}")).format(date=format_day(action.due, language)), styles.body))
        lines.append(para(t(N_("Status: {status}")).format(status=status_text(action, language)), styles.body))
        if action.result:
            lines.append(para(t(N_("Result: {result}")).format(result=action.result), styles.body))
        story.append(KeepTogether(lines))
    if not sheet.agreed_actions():
        story.append(para(t(N_("Nothing new was agreed this time.")), styles.body))
    return story


def _who_was_there(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """Who came, sector by sector."""
    t = translator(language)
    styles = large()
    groups = sheet.attendees_by_sector()
    if not groups:
        return []
    story: list[Flowable] = [para(t(N_("Who was there")), styles.heading)]
    for sector, people in groups.items():
        story.append(para(t(SECTOR_LABELS[sector]), styles.subheading))
        story += [para(person(p, language), styles.body) for p in people]
    return story


def _when(meeting: Meeting, language: str) -> str:
    """When the meeting is, after "Moved, new time:" or "Cancelled:" if it was."""
    notice = meeting_notice(meeting)
    when = format_span(meeting.start, meeting.end, language)
    return f"{gettext_in(language, notice)} {when}" if notice else when


def large_story(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """The large-text summary's flowables."""
    t = translator(language)
    styles = large()
    meeting = sheet.meeting
    story: list[Flowable] = [
        para(sheet.table.name, styles.title),
        para(t(N_("Large-text summary")), styles.body),
        para(t(N_("When: {when}")).format(when=_when(meeting, language)), styles.body),
        para(t(N_("Where: {place}")).format(place=meeting.place), styles.body),
    ]
    if meeting.title:
        story += [para(t(N_("The question")), styles.heading), para(meeting.title, styles.body)]
    if sheet.table.goal:
        story += [para(t(N_("Our shared goal")), styles.heading), para(sheet.table.goal, styles.body)]
    if sheet.held:
        story += _talked_about(sheet, language)
        story += _agreed(sheet, language)
        story += _who_was_there(sheet, language)
    elif meeting.cancelled is None:
        story += _will_talk_about(sheet, language)
    story += [para(t(N_("Next meeting")), styles.heading), para(next_meeting_text(sheet, language), styles.body)]
    story += [para(t(N_("Ask more")), styles.heading), para(sheet.contact or sheet.centre_contact, styles.body)]
    if sheet.held and sheet.minutes_url:
        story.append(
            KeepTogether(
                [
                    para(t(N_("The full minutes are online:")), styles.body),
                    para(sheet.minutes_url, styles.body),
                    Spacer(1, 6),
                    QrCode(sheet.minutes_url, LARGE_QR_SIZE, LINK_CORRECTION),
                ]
            )
        )
    return story


def build_large(sheet: MeetingSheet, language: str = "fi") -> bytes:
    """The large-text summary as PDF bytes."""
    heading = gettext_in(language, N_("Large-text summary"))
    meta = summary_meta(sheet, language, heading)
    return render(large_story(sheet, language), meta, footer=sheet.settings.centre_name, layout=LARGE)
