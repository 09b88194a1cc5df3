"""Upcoming tables, meetings and service workshops, soonest first.

A meeting leads to its table's page; a service workshop (open to everyone) says when and
where it is and what it is about, and leads to the idea form to leave an idea for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from kiosk.core.dates import format_span, format_when
from kiosk.core.i18n import N_, _, current_language
from kiosk.core.meeting_order import agenda_item_title
from kiosk.core.model import Meeting, Workshop
from kiosk.core.public import UpcomingMeeting, meeting_notice, upcoming_events
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


def workshop_summary(workshop: Workshop, themes: list[Content]) -> Content:
    """Kind, date, title, place, description and themes of a service workshop, and that everyone is welcome."""
    return lines(
        [
            Content.assemble((_("Service workshop, open to everyone"), "bold")),
            Content.assemble((format_when(workshop.start), "bold")),
            Content.assemble((workshop.title, "bold")),
            field_line(_("Place"), plain(workshop.place)),
            plain(workshop.description) if workshop.description else None,
            field_line(_("Themes"), Content(", ").join(themes)) if themes else None,
            Content(_("Everyone is welcome. You can leave an idea for it already now.")) if workshop.is_open else None,
        ]
    )


class UpcomingScreen(PagedScreen):
    """The meetings ahead of the active tables and the service workshops ahead, soonest first."""

    BINDINGS = NUMBER_BINDINGS
    HEADING = N_("Upcoming tables and meetings")
    PAGE_KIND = "upcoming"

    def list_items(self) -> Sequence[UpcomingMeeting | Workshop]:
        """The meetings that have not ended yet and the workshops from today on."""
        return upcoming_events(self.app.store)

    def item_widget(self, item: UpcomingMeeting | Workshop, number: int) -> Widget:
        """A card with the meeting's details and a numbered button to the table's page (or the workshop's)."""
        if isinstance(item, Workshop):
            store = self.app.store
            themes = [theme_text(store, theme) for theme in item.offered_themes]
            widgets: list[Widget] = [Static(workshop_summary(item, themes), classes="text")]
            if item.is_open:
                widgets.append(ChoiceButton(str(number), _("Leave an idea for this workshop"), id=f"item-{number}"))
            return Vertical(*widgets, classes="card workshop")
        return Vertical(
            Static(meeting_summary(item, theme_text(self.app.store, item.table.theme)), classes="text"),
            ChoiceButton(str(number), _("More about this table"), id=f"item-{number}"),
            classes="card",
        )

    def empty_widget(self) -> Widget:
        """No meetings are planned yet."""
        return Static(_("No meetings are planned just now. Ask the staff, or look again later."), classes="notice")

    def item_chosen(self, item: UpcomingMeeting | Workshop) -> None:
        """Open the table's page, starting from this meeting; or the idea form for this workshop."""
        from screens.table_detail import TableDetailScreen

        if isinstance(item, Workshop):
            if item.is_open:
                from screens.idea_draft import IdeaDraft
                from screens.idea_theme import IdeaThemeScreen

                self.app.push_screen(IdeaThemeScreen(IdeaDraft(), workshop_id=item.id))
            return

        self.app.push_screen(TableDetailScreen(item.table.id, item.meeting.id))
