"""Pieces shared by the agenda and the minutes: header lines, action tables, a small QR block."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from reportlab.lib import colors
from reportlab.lib.units import cm, mm
from reportlab.platypus import Flowable, Table, TableStyle

from kiosk.core.dates import format_day, format_span, format_time
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.meeting_order import agenda_item_title
from kiosk.core.model import ACTION_STATUS_LABELS, Action, ActionStatus, AgendaItem, Meeting
from printables.qr import LINK_CORRECTION, QrCode
from printables.sources import MeetingSheet
from printables.styles import Styles, labelled, para
from printables.typefaces import REGULAR

DOCUMENT_QR_SIZE = 4 * cm
"""A QR code on a hand-held sheet: read from arm's length."""


def translator(language: str) -> Callable[[str], str]:
    """A one-argument translate function for a document's language."""
    return lambda message: gettext_in(language, message)


def item_title(item: AgendaItem, language: str) -> str:
    """An agenda item's title; the automatic items (review, approval) are translated."""
    return agenda_item_title(item, language)


def item_times(meeting: Meeting, language: str) -> list[str]:
    """Each item's planned clock times, e.g. ``17.10–17.25``, one after another from the start."""
    times, start = [], meeting.start
    for item in meeting.agenda:
        end = start + timedelta(minutes=item.minutes_planned)
        times.append(f"{format_time(start, language)}\u2013{format_time(end, language)}")
        start = end
    return times


def meeting_header(sheet: MeetingSheet, heading: str, styles: Styles, language: str) -> list[Flowable]:
    """The document title, the table, the question, and when and where."""
    t = translator(language)
    meeting = sheet.meeting
    story: list[Flowable] = [para(heading, styles.title), para(sheet.table.name, styles.subheading)]
    if meeting.title:
        story.append(labelled(t(N_("Question:")), meeting.title, styles.body))
    story += [
        labelled(t(N_("Time:")), format_span(meeting.start, meeting.end, language), styles.body),
        labelled(t(N_("Place:")), meeting.place, styles.body),
    ]
    return story


def with_qr_beside(story: list[Flowable], url: str, width: float) -> Flowable:
    """Header flowables on the left, the QR code of a link on the right."""
    size = DOCUMENT_QR_SIZE
    grid = Table(
        [[story, QrCode(url, size, LINK_CORRECTION)]], colWidths=[width - size - 4 * mm, size + 4 * mm], splitInRow=1
    )
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return grid


def goal_block(sheet: MeetingSheet, styles: Styles, language: str) -> list[Flowable]:
    """The shared goal, restated at the start of every meeting."""
    t = translator(language)
    goal = sheet.table.goal or t(N_("The table has not written down its goal yet."))
    return [para(t(N_("Our shared goal")), styles.heading), para(goal, styles.body)]


def due_text(action: Action, language: str) -> str:
    """An action's deadline, or a dash when none was agreed."""
    return format_day(action.due, language) if action.due else "\u2013"


def status_text(action: Action, language: str) -> str:
    """How far an action has come, with the day it was done, e.g. "Tehty pe 20.11.2026"."""
    label = gettext_in(language, ACTION_STATUS_LABELS[action.status])
    if action.status == ActionStatus.DONE and action.completed:
        return f"{label} {format_day(action.completed, language)}"
    return label


def action_table(
    actions: list[Action], styles: Styles, language: str, width: float, *, with_status: bool = False
) -> Flowable:
    """Actions as a ruled table: what, who is responsible, by when (and how far it has come, and its result)."""
    t = translator(language)
    header = [t(N_("Action")), t(N_("Responsible party")), t(N_("Deadline"))]
    fractions = [0.5, 0.3, 0.2]
    if with_status:
        header.append(t(N_("Status")))
        fractions = [0.38, 0.26, 0.19, 0.17]
    rows: list[list[object]] = [[para(text, styles.bold) for text in header]]
    for action in actions:
        what: list[Flowable] = [para(action.what, styles.body)]
        if with_status and action.result:
            what.append(labelled(t(N_("Result:")), action.result, styles.body))
        row: list[object] = [what, para(action.responsible, styles.body), para(due_text(action, language), styles.body)]
        if with_status:
            row.append(para(status_text(action, language), styles.body))
        rows.append(row)
    grid = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1, splitInRow=1)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return grid
