"""The coordinator's report on paper: every centre's active tables, meetings, actions and ideas by state.

Built from ``kiosk.core.municipality``, itself read from the centres' complete bundles.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from kiosk.core.dates import format_day, format_when
from kiosk.core.i18n import N_
from kiosk.core.model import IDEA_STATE_SHORT, IdeaState
from kiosk.core.municipality import CentreSummary
from printables.blocks import translator
from printables.pages import Meta, render
from printables.styles import para, standard


def _centre(summary: CentreSummary, language: str) -> list[Flowable]:
    """One centre: its numbers in a small table, its active tables, and when its bundle arrived."""
    t = translator(language)
    styles = standard()
    rows = [
        [t(N_("Active tables")), str(len(summary.active_tables))],
        [t(N_("Meetings held")), str(summary.meetings_held)],
        [t(N_("Meetings ahead")), str(summary.meetings_ahead)],
        [t(N_("Open actions")), str(summary.open_actions)],
        [t(N_("Overdue actions")), str(summary.overdue_actions)],
        *([t(IDEA_STATE_SHORT[s]) + " (" + t(N_("ideas")) + ")", str(summary.ideas[s])] for s in IdeaState),
    ]
    grid = Table(
        [[para(a, styles.small), para(b, styles.small)] for a, b in rows], colWidths=[120 * mm, 25 * mm], hAlign="LEFT"
    )
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    arrived = format_when(summary.arrived, language) if summary.arrived else "-"
    said = t(N_("Bundle number {sequence}, arrived {when}.")).format(sequence=summary.sequence, when=arrived)
    if summary.incomplete:
        said += " " + t(N_("A newer bundle is still arriving or damaged; these are the numbers of the last whole one."))
    story: list[Flowable] = [para(f"{summary.name} ({summary.code})", styles.heading), para(said, styles.small)]
    if summary.active_tables:
        story.append(
            para(t(N_("Tables at work: {tables}")).format(tables="; ".join(summary.active_tables)), styles.body)
        )
    story.append(grid)
    return story


def municipality_pdf(summaries: list[CentreSummary], now: datetime, language: str, author: str) -> bytes:
    """The report as a PDF."""
    t = translator(language)
    styles = standard()
    title = t(N_("Resident centres of the municipality"))
    story: list[Flowable] = [
        para(title, styles.title),
        para(
            t(N_("As of {day}, from the centres' last complete bundles.")).format(day=format_day(now, language)),
            styles.body,
        ),
    ]
    if not summaries:
        story.append(para(t(N_("No centre's bundle has arrived yet.")), styles.body))
    for summary in summaries:
        story += _centre(summary, language)
    meta = Meta(title=title, subject=t(N_("The coordinator's report")), author=author, language=language)
    return render(story, meta, footer=title)
