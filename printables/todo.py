"""To-do sheets after a meeting: one page per responsible party, with its open actions, due dates and milestones.

Responsibility between meetings goes to participants, sub-groups and parties outside the
table; each gets a sheet of its own to take away. Actions that are done are left out:
the sheet lists only what is still to do.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from kiosk.core.actions import todo_by_party
from kiosk.core.dates import format_day
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.model import RESPONSIBLE_KIND_LABELS, Action, ActionStatus
from printables.blocks import translator
from printables.pages import STANDARD, Meta, render
from printables.sources import MeetingSheet
from printables.styles import Styles, labelled, para, standard


def _due_line(action: Action, language: str, today: date | None) -> str:
    """By when, and "overdue" when the day has passed."""
    t = translator(language)
    if action.due is None:
        return t(N_("No due date agreed"))
    due = format_day(action.due, language)
    if today is not None and action.is_overdue(today):
        return t(N_("{day} \u2013 overdue")).format(day=due)
    return due


def _milestone_lines(action: Action, styles: Styles, language: str) -> list[Flowable]:
    """Each milestone on a line of its own: the day, the step, and whether it is reached or planned."""
    t = translator(language)
    lines: list[Flowable] = []
    for milestone in action.milestones:
        state = t(N_("reached")) if milestone.reached else t(N_("planned"))
        lines.append(para(f"\u2022 {format_day(milestone.day, language)} {milestone.label} ({state})", styles.body))
    return lines


def _action_block(action: Action, sheet: MeetingSheet, styles: Styles, language: str, today: date | None) -> Flowable:
    """One action: what, by when, where it stands, its milestones."""
    t = translator(language)
    lines: list[Flowable] = [para(f"\u2610 {action.what}", styles.subheading)]
    lines.append(labelled(t(N_("Due:")), _due_line(action, language, today), styles.body))
    if action.status == ActionStatus.IN_PROGRESS:
        lines.append(labelled(t(N_("Status:")), t(N_("Under way")), styles.body))
    if action.meeting_id == sheet.meeting.id:
        lines.append(para(t(N_("Agreed at this meeting.")), styles.body))
    if action.milestones:
        lines.append(para(t(N_("Milestones:")), styles.label))
        lines += _milestone_lines(action, styles, language)
    return KeepTogether(lines)


def todo_story(sheet: MeetingSheet, language: str, today: date | None = None) -> list[Flowable]:
    """A page per responsible party (or one page saying there is nothing left to do)."""
    t = translator(language)
    styles = standard()
    when = format_day(sheet.meeting.start, language)
    parties = todo_by_party(sheet.actions)
    story: list[Flowable] = []
    for number, party in enumerate(parties):
        if number:
            story.append(PageBreak())
        story += [
            para(t(N_("To-do list")), styles.title),
            para(party.name, styles.heading),
            para(
                f"{t(RESPONSIBLE_KIND_LABELS[party.kind])} \u00b7 {sheet.table.name} \u00b7 "
                + t(N_("after the meeting on {day}")).format(day=when),
                styles.body,
            ),
        ]
        story += [_action_block(action, sheet, styles, language, today) for action in party.actions]
        story.append(labelled(t(N_("Ask more:")), sheet.contact, styles.body))
    if not parties:
        story += [
            para(t(N_("To-do list")), styles.title),
            para(sheet.table.name, styles.heading),
            para(t(N_("The table has no open actions.")), styles.body),
        ]
    return story


def build_todo(sheet: MeetingSheet, language: str = "fi", *, today: date | None = None) -> bytes:
    """The to-do sheets as PDF bytes; ``today`` marks the actions past their due date."""
    heading = gettext_in(language, N_("To-do list"))
    meta = Meta(
        title=f"{heading}: {sheet.table.name} \u2013 {format_day(sheet.meeting.start, language)}",
        subject=gettext_in(language, N_("Open actions of a partnership table, one page per responsible party")),
        author=sheet.settings.centre_name,
        language=language,
    )
    return render(
        todo_story(sheet, language, today),
        meta,
        footer=f"{sheet.settings.centre_name} \u2013 {sheet.table.name}",
        layout=STANDARD,
    )
