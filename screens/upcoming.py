"""Upcoming tables and meetings: the next meetings first, each with a way to the table's page."""

from __future__ import annotations

from collections.abc import Sequence

from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from kiosk.core.dates import format_span
from kiosk.core.i18n import N_, _, current_language
from kiosk.core.meeting_order import agenda_item_title
from kiosk.core.model import Meeting
from kiosk.core.public import UpcomingMeeting, meeting_notice, upcoming_meetings
from screens.paged import NUMBER_BINDINGS, PagedScreen
from screens.widgets import ChoiceButton, field_line, lines, plain, theme_text


def meeting_when(meeting: Meeting) -> Content:
    """When the meeting is, in bold, after "Moved, new time:" or "Cancelled:" if it was."""
    notice = meeting_notice(meeting)
    when = format_span(meeting.start, meeting.end)
    return Content.assemble(((_(notice) + " " if notice else "") + when, "bold"))


def meeting_summary(entry: UpcomingMeeting, theme: Content) -> Content:
    """Date, table, theme, place, goal, agenda and contact of one upcoming meeting."""
    meeting, table = entry.meeting, entry.table
    language = current_language()
    agenda = ", ".join(agenda_item_title(item, language) for item in meeting.agenda if item.title)
    return lines(
        [
            meeting_when(meeting),
            Content.assemble((_("Table") + ": ", "bold"), (table.name, "bold")),
            field_line(_("Theme"), theme),
            field_line(_("Question"), plain(meeting.title)) if meeting.title else None,
            field_line(_("Place"), plain(meeting.place)),
            field_line(_("Goal"), plain(table.goal)) if table.goal else None,
            field_line(_("Agenda"), plain(agenda)) if agenda else None,
            field_line(_("Contact"), plain(entry.contact)) if entry.contact else None,
        ]
    )


class UpcomingScreen(PagedScreen):
    """The meetings ahead of the active tables, soonest first."""

    BINDINGS = NUMBER_BINDINGS
    HEADING = N_("Upcoming tables and meetings")
    PAGE_KIND = "upcoming"

    def list_items(self) -> Sequence[UpcomingMeeting]:
        """The meetings that have not ended yet."""
        return upcoming_meetings(self.app.store)

    def item_widget(self, item: UpcomingMeeting, number: int) -> Widget:
        """A card with the meeting's details and a numbered button to the table's page."""
        return Vertical(
            Static(meeting_summary(item, theme_text(self.app.store, item.table.theme)), classes="text"),
            ChoiceButton(str(number), _("More about this table"), id=f"item-{number}"),
            classes="card",
        )

    def empty_widget(self) -> Widget:
        """No meetings are planned yet."""
        return Static(_("No meetings are planned just now. Ask the staff, or look again later."), classes="notice")

    def item_chosen(self, item: UpcomingMeeting) -> None:
        """Open the table's page, starting from this meeting."""
        from screens.table_detail import TableDetailScreen

        self.app.push_screen(TableDetailScreen(item.table.id, item.meeting.id))
