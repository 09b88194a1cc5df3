"""The meeting summary (muistio): goal, who attended, what was discussed, agreed actions, next meeting.

Documentation is the heart of the partnership-table model: the summary goes to
those who could not come, and a QR code leads to the full minutes online when
staff have given their address.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from kiosk.core.dates import format_day, format_span
from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.model import ROLE_LABELS, SECTOR_LABELS, AgendaItem, AgendaKind, Participant, Role
from printables.blocks import action_table, goal_block, item_title, meeting_header, translator, with_qr_beside
from printables.pages import STANDARD, Meta, frame_size, render
from printables.sources import MeetingSheet
from printables.styles import Styles, labelled, para, standard


def person(participant: Participant, language: str) -> str:
    """A participant as listed among attendees, with the role if it is not a plain member."""
    if participant.role == Role.MEMBER:
        return participant.display
    return f"{participant.display}, {gettext_in(language, ROLE_LABELS[participant.role]).lower()}"


def attendees(sheet: MeetingSheet, styles: Styles, language: str) -> list[Flowable]:
    """Who attended, sector by sector."""
    t = translator(language)
    story: list[Flowable] = [para(t(N_("Present")), styles.heading)]
    groups = sheet.attendees_by_sector()
    for sector, people in groups.items():
        names = "; ".join(person(p, language) for p in people)
        story.append(labelled(t(SECTOR_LABELS[sector]) + ":", names, styles.body))
    if not groups:
        story.append(para(t(N_("Attendance was not recorded.")), styles.body))
    absent = [p for p in sheet.table.participants if p.id in sheet.meeting.absent_ids]
    if absent:
        story += [
            para(t(N_("Absent")), styles.heading),
            para("; ".join(person(p, language) for p in absent), styles.body),
        ]
    return story


def approval_text(sheet: MeetingSheet, language: str) -> str:
    """Whether the minutes are still a draft, or when the next meeting approved them."""
    approved = sheet.meeting.minutes_approved
    if approved is None:
        return gettext_in(language, N_("Draft: the minutes are approved at the next meeting."))
    following = sheet.next_meeting
    day = following.start if following and following.id == sheet.meeting.minutes_approved_in else approved
    return gettext_in(language, N_("Approved at the next meeting on {day}.")).format(day=format_day(day, language))


def _unwritten(sheet: MeetingSheet, item: AgendaItem) -> str:
    """What an item without notes says: the approval item says whether the minutes were approved."""
    if item.kind == AgendaKind.APPROVAL:
        return N_("The previous minutes were approved.") if sheet.approved_previous else N_("Not approved yet.")
    return N_("Nothing was written down on this item.")


def discussed(sheet: MeetingSheet, styles: Styles, language: str) -> list[Flowable]:
    """What was said on each agenda item, with the ideas behind it by reference."""
    t = translator(language)
    story: list[Flowable] = [para(t(N_("What was discussed")), styles.heading)]
    for number, item in enumerate(sheet.meeting.agenda, 1):
        block: list[Flowable] = [para(f"{number}. {item_title(item, language)}", styles.subheading)]
        block.append(para(item.notes or t(_unwritten(sheet, item)), styles.body))
        ideas = sheet.item_ideas(item.idea_ids)
        if ideas:
            references = ", ".join(idea.reference for idea in ideas)
            block.append(labelled(t(N_("Residents' ideas:")), references, styles.body))
        story.append(KeepTogether(block[:2]))
        story += block[2:]
    if sheet.meeting.minutes:
        story += [para(t(N_("Other notes")), styles.subheading), para(sheet.meeting.minutes, styles.body)]
    return story


def next_meeting_text(sheet: MeetingSheet, language: str) -> str:
    """When and where the table meets next, or that it is not agreed yet."""
    upcoming = sheet.next_meeting
    if upcoming is None:
        return gettext_in(language, N_("Not agreed yet."))
    return f"{format_span(upcoming.start, upcoming.end, language)}, {upcoming.place}"


def summary_story(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """The summary's flowables."""
    t = translator(language)
    styles = standard()
    width = frame_size(STANDARD)[0]
    story = meeting_header(sheet, t(N_("Minutes")), styles, language)
    story.append(para(approval_text(sheet, language), styles.bold))
    if sheet.minutes_url:
        story.append(labelled(t(N_("The full minutes online:")), sheet.minutes_url, styles.body))
        story = [with_qr_beside(story, sheet.minutes_url, width)]
    story += goal_block(sheet, styles, language)
    story += attendees(sheet, styles, language)
    story += discussed(sheet, styles, language)
    story.append(para(t(N_("Agreed actions")), styles.heading))
    agreed = sheet.agreed_actions()
    if agreed:
        story.append(action_table(agreed, styles, language, width, with_status=True))
    else:
        story.append(para(t(N_("No actions were agreed.")), styles.body))
    story += [para(t(N_("Next meeting")), styles.heading), para(next_meeting_text(sheet, language), styles.body)]
    return story


def summary_meta(sheet: MeetingSheet, language: str, heading: str) -> Meta:
    """Title, subject, author and language of a summary."""
    when = format_span(sheet.meeting.start, sheet.meeting.end, language)
    return Meta(
        title=f"{heading}: {sheet.table.name} \u2013 {when}",
        subject=gettext_in(language, N_("Minutes of a partnership table meeting")),
        author=sheet.settings.centre_name,
        language=language,
    )


NOT_HELD = N_("The meeting has not been held yet, so it has no minutes to print. Print its agenda instead.")
"""Why a summary of a meeting ahead is refused."""


def build_summary(sheet: MeetingSheet, language: str = "fi") -> bytes:
    """The summary as PDF bytes; refused (``KioskError``) for a meeting not held yet."""
    if not sheet.held:
        raise KioskError(NOT_HELD)
    meta = summary_meta(sheet, language, gettext_in(language, N_("Minutes")))
    return render(
        summary_story(sheet, language), meta, footer=f"{sheet.settings.centre_name} \u2013 {sheet.table.name}"
    )
