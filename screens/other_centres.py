"""Other villages' tables: the upcoming meetings and results of the other centres, each marked with its centre.

Read from each centre's last complete bundle (``kiosk.core.received``): a bundle still arriving, or
damaged on the way, is not shown until it is whole, and the one before it is shown instead.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from kiosk.core.centres import OtherMeeting, OtherResults, other_meetings, other_results
from kiosk.core.i18n import N_, _
from screens.scrolling import ScrollingDetailScreen
from screens.upcoming import meeting_when
from screens.widgets import PageBar, PageScroll, bullets, field_line, lines, plain


def meeting_card(entry: OtherMeeting) -> Content:
    """The centre, the date, the table and the place of one upcoming meeting."""
    meeting, table = entry.meeting, entry.table
    return lines(
        [
            Content.assemble((entry.centre, "bold reverse"), " ", meeting_when(meeting)),
            field_line(_("Table"), plain(table.name)),
            field_line(_("Question"), plain(meeting.title)) if meeting.title else None,
            field_line(_("Place"), plain(meeting.place)),
            field_line(_("Goal"), plain(table.goal)) if table.goal else None,
        ]
    )


def results_card(entry: OtherResults) -> Content:
    """The centre and the table, and what it achieved."""
    return lines(
        [
            Content.assemble((entry.centre, "bold reverse"), " ", (entry.table.name, "bold")),
            bullets([*entry.results, *entry.done]),
        ]
    )


class OtherCentresScreen(ScrollingDetailScreen):
    """What the other resident centres of the municipality are doing, from their last complete bundles."""

    CSS_PATH = "idea_status.tcss"
    HEADING = N_("Other villages' tables")

    def compose_body(self) -> ComposeResult:
        """Upcoming meetings first, then results; a kind word when nothing has arrived."""
        store = self.app.store
        meetings, results = other_meetings(store), other_results(store)
        with PageScroll(id="detail", classes="body"):
            if not meetings and not results:
                yield Static(_("Nothing has arrived from the other villages' tables yet."), classes="notice")
                return
            yield Static(_("Upcoming meetings"), classes="section-title")
            if not meetings:
                yield Static(_("No meetings are planned just now."), classes="hint")
            for number, entry in enumerate(meetings, 1):
                yield Static(meeting_card(entry), id=f"meeting-{number}", classes="text card")
            if results:
                yield Static(_("Results"), classes="section-title")
            for number, entry in enumerate(results, 1):
                yield Static(results_card(entry), id=f"results-{number}", classes="text card")
        yield PageBar(id="scroll-bar")
