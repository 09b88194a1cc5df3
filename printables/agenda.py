"""The agenda (asialista): the goal first, then open questions with their times, ideas by reference.

Items are open questions, never ready decisions. Ideas forwarded by residents
appear only by their reference (``ID-0042``): a resident's name or contact never
reaches the agenda. Open actions from earlier meetings are listed for review.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kiosk.core.dates import format_span
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.model import MAX_MEETING_MINUTES
from printables.blocks import action_table, goal_block, item_times, item_title, meeting_header, translator
from printables.pages import STANDARD, Meta, frame_size, render
from printables.sources import MeetingSheet
from printables.styles import labelled, para, standard


def _items(sheet: MeetingSheet, language: str, width: float) -> list[Flowable]:
    """Each item: number, title, clock time and minutes, background, ideas, actions to review."""
    t = translator(language)
    styles = standard()
    actions = {a.id: a for a in sheet.actions}
    story: list[Flowable] = [para(t(N_("Items")), styles.heading)]
    for number, (item, times) in enumerate(
        zip(sheet.meeting.agenda, item_times(sheet.meeting, language), strict=True), 1
    ):
        minutes = t(N_("{minutes} min")).format(minutes=item.minutes_planned)
        block: list[Flowable] = [
            para(f"{number}. {item_title(item, language)}", styles.subheading),
            para(f"{times} ({minutes})", styles.small),
        ]
        if item.background:
            block.append(para(item.background, styles.body))
        ideas = sheet.item_ideas(item.idea_ids)
        if ideas:
            references = ", ".join(idea.reference for idea in ideas)
            block.append(labelled(t(N_("Residents' ideas:")), references, styles.body))
            # The ideas are the question's background, by reference (their text is public once forwarded).
            block += [labelled(f"{idea.reference}:", idea.text, styles.small) for idea in ideas if idea.is_public]
        linked = [actions[i] for i in item.action_ids if i in actions]
        story.append(KeepTogether(block))
        if linked:
            story.append(action_table(linked, styles, language, width, with_status=True))
    if not sheet.meeting.agenda:
        story.append(para(t(N_("No items yet.")), styles.body))
    return story


def _timing(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """How the items' minutes add up against the meeting's length (at most 90 minutes)."""
    t = translator(language)
    styles = standard()
    planned, length = sheet.meeting.planned_minutes(), sheet.meeting.duration_minutes
    story = [
        Spacer(1, 2 * mm),
        para(
            t(N_("Together {planned} min; the meeting lasts {minutes} min.")).format(planned=planned, minutes=length),
            styles.bold,
        ),
    ]
    if planned > min(length, MAX_MEETING_MINUTES):
        story.append(para(t(N_("The items take longer than the meeting has time for.")), styles.bold))
    return story


def agenda_story(sheet: MeetingSheet, language: str) -> list[Flowable]:
    """The agenda's flowables."""
    t = translator(language)
    styles = standard()
    width = frame_size(STANDARD)[0]
    story = meeting_header(sheet, t(N_("Agenda")), styles, language)
    story += goal_block(sheet, styles, language)
    story += _items(sheet, language, width)
    story += _timing(sheet, language)
    linked = {i for item in sheet.meeting.agenda for i in item.action_ids}
    others = [a for a in sheet.actions_to_review() if a.id not in linked]
    if others:
        story.append(para(t(N_("Other open actions to review")), styles.heading))
        story.append(action_table(others, styles, language, width, with_status=True))
    if sheet.table.ground_rules:
        story.append(para(t(N_("Ground rules")), styles.heading))
        story += [para(f"\u2022 {rule}", styles.body) for rule in sheet.table.ground_rules]
    return story


def build_agenda(sheet: MeetingSheet, language: str = "fi") -> bytes:
    """The agenda as PDF bytes."""
    when = format_span(sheet.meeting.start, sheet.meeting.end, language)
    heading = gettext_in(language, N_("Agenda"))
    meta = Meta(
        title=f"{heading}: {sheet.table.name} \u2013 {when}",
        subject=gettext_in(language, N_("Agenda of a partnership table meeting")),
        author=sheet.settings.centre_name,
        language=language,
    )
    return render(agenda_story(sheet, language), meta, footer=f"{sheet.settings.centre_name} \u2013 {sheet.table.name}")
