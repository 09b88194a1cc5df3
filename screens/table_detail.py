"""One table's page: goal, ground rules, who is at the table by sector, sub-groups, meetings."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from kiosk.core.dates import format_day
from kiosk.core.i18n import _, current_language
from kiosk.core.meeting_order import agenda_item_title
from kiosk.core.model import SECTOR_LABELS, TABLE_KIND_LABELS, Meeting, Table, TableStatus, Workshop
from kiosk.core.public import workshops_of_table
from screens.print_button import PrintButton
from screens.scrolling import ScrollingDetailScreen
from screens.upcoming import meeting_when
from screens.widgets import PageBar, PageScroll, bullets, field_line, lines, plain, theme_text


def table_facts(table: Table, theme: Content) -> Content:
    """Theme, area, kind and goal."""
    return lines(
        [
            field_line(_("Theme"), theme),
            field_line(_("Area"), plain(table.area)) if table.area else None,
            field_line(_("Kind"), _(TABLE_KIND_LABELS[table.kind])),
            field_line(_("Status"), _("Closed") if table.status == TableStatus.CLOSED else _("Active")),
            field_line(_("Goal"), plain(table.goal)) if table.goal else None,
            field_line(_("Contact"), plain(table.public_contact)) if table.public_contact else None,
        ]
    )


def origin_lines(workshops: list[Workshop]) -> Content:
    """Which open service workshops the table was born from, e.g. "Born from the service workshop X (day)"."""
    return lines(
        Content.assemble(
            _("Born from the service workshop") + " ", (workshop.title, "bold"), f" ({format_day(workshop.start)})"
        )
        for workshop in workshops
    )


def sector_lines(table: Table) -> Content:
    """How many people come from each sector: counts only, never names or contacts."""
    return lines(
        Content.assemble(" \u2022 ", _(SECTOR_LABELS[sector]), ": ", (str(count), "bold"))
        for sector, count in table.sector_counts().items()
    )


def subgroup_lines(table: Table) -> Content:
    """Each sub-group with its task."""
    return lines(
        Content.assemble(" \u2022 ", (group.name, "bold"), (f" \u2013 {group.task}" if group.task else ""))
        for group in table.subgroups
    )


def meeting_lines(meetings: list[Meeting], *, with_agenda: bool) -> Content:
    """Meetings with date, place and question (and agenda for the ones ahead)."""
    parts: list[Content | None] = []
    for meeting in meetings:
        parts.append(Content.assemble(" \u2022 ", meeting_when(meeting), ", ", meeting.place))
        if meeting.title:
            parts.append(Content.assemble("   ", meeting.title))
        if with_agenda:
            for item in meeting.agenda:
                parts.append(Content.assemble("   \u2013 ", agenda_item_title(item, current_language())))
    return lines(parts)


class TableDetailScreen(ScrollingDetailScreen):
    """Everything public about one table; PgUp/PgDn scroll; a large-print summary on paper."""

    CSS_PATH = "table_detail.tcss"
    BINDINGS = [
        Binding("p", "print", "Print in large text", show=False, id="table-print"),
    ]

    def __init__(self, table_id: str, meeting_id: str = "") -> None:
        super().__init__()
        self.table_id = table_id
        """The table shown."""
        self.meeting_id = meeting_id
        """The meeting the resident came from (printed on paper), if any."""
        self.table: Table | None = None
        self._upcoming: list[Meeting] = []
        self._past: list[Meeting] = []

    def heading(self) -> Content:
        """The table's name."""
        self.table = self.store.table(self.table_id)
        return plain(self.table.name if self.table else _("Table not found"))

    def _read_meetings(self) -> None:
        """The table's meetings, read once: those ahead soonest first, the earlier ones newest first."""
        store = self.store
        now = store.now()
        meetings = store.meetings(self.table_id) if self.table else []
        self._upcoming = [m for m in meetings if m.end > now]
        self._past = [m for m in reversed(meetings) if m.end <= now]

    def compose_body(self) -> ComposeResult:
        """The table's sections, one after another, in a scrolling area."""
        table = self.table
        self._read_meetings()
        with PageScroll(id="detail", classes="body"):
            if table is None:
                yield Static(_("This table is no longer available."), classes="notice")
                return
            yield Static(table_facts(table, theme_text(self.store, table.theme)), classes="text")
            origins = workshops_of_table(self.store, table.id)
            if origins:
                yield Static(origin_lines(origins), id="origin", classes="text")
            if table.ground_rules:
                yield Static(_("Ground rules"), classes="section-title")
                yield Static(bullets(table.ground_rules), classes="text")
            yield Static(_("Who is at the table"), classes="section-title")
            yield Static(sector_lines(table), classes="text")
            if table.subgroups:
                yield Static(_("Sub-groups"), classes="section-title")
                yield Static(subgroup_lines(table), classes="text")
            upcoming, past = self._upcoming, self._past
            yield Static(_("Next meetings"), classes="section-title")
            if upcoming:
                yield Static(meeting_lines(upcoming, with_agenda=True), classes="text")
            else:
                yield Static(_("No meetings are planned just now."), classes="text")
            if past:
                yield Static(_("Earlier meetings"), classes="section-title")
                yield Static(meeting_lines(past, with_agenda=False), classes="text")
            if table.results:
                yield Static(_("What the table has achieved"), classes="section-title")
                yield Static(bullets(table.results), classes="text")
        with Horizontal(id="page-bar"):
            # A table's page is nearly always taller than the screen: its bar is there from the
            # first frame (at the top: Next only), so the text never shrinks under the reader once
            # shown. A page that fits hides it once laid out (``update_page_bar``).
            yield PageBar(id="scroll-bar", forward=True)
            if self._print_meeting_id():
                yield PrintButton("large", self._print_meeting_id())

    def _print_meeting_id(self) -> str:
        """The meeting whose large-print summary the print button makes."""
        if self.meeting_id:
            return self.meeting_id
        return self._upcoming[0].id if self._upcoming else ""

    def action_print(self) -> None:
        """Print the large-text summary (the P key)."""
        for button in self.query(PrintButton):
            button.press()
