"""One service workshop: its facts, the themes that came out of it, the ideas left for it, the tables it led to.

A workshop is an open event; staff record afterwards the themes that came out of it
(residents are then offered them in the idea form), link it to the tables it led to,
and print its poster, which invites everyone.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import DataTable, Static

from kiosk.core.dates import format_when
from kiosk.core.export import default_export_folder
from kiosk.core.files import write_atomic
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import TableStatus, Workshop
from kiosk.core.store import Store
from kiosk.core.workshops import set_workshop_open
from screens.staff.base import StaffScreen, first_line, plain
from screens.staff.footer import StaffFooter
from screens.staff.print_export import Printed


def print_workshop_poster(store: Store, workshop_id: str, language: str, folder: Path) -> Printed:
    """Build a workshop's poster, save it in the folder and send it to the centre's printer."""
    from printables.printing import print_pdf
    from printables.workshop_poster import build_workshop_poster

    workshop = store.workshop(workshop_id)
    if workshop is None:
        from kiosk.core.errors import NotFound

        raise NotFound(N_("No such service workshop."))
    pdf = build_workshop_poster(workshop, store.settings(), language)
    path = folder / f"workshop-poster-{workshop.start:%Y-%m-%d}-{workshop.id[:8]}-{language}.pdf"
    write_atomic(path, pdf)
    result = print_pdf(path, store.settings().printer or None, title=path.name)
    return Printed(path, result.job_id, result.printer)


def workshop_lines(workshop: Workshop, ideas: int) -> list[str]:
    """When, where, whether it takes ideas, its description, themes before and after, and the ideas left for it."""
    taking = _("open for ideas") if workshop.is_open else _("closed for ideas")
    lines = [f"{format_when(workshop.start)} \u00b7 {workshop.place} \u00b7 {taking}"]
    if workshop.description:
        lines.append(first_line(workshop.description, 96))
    if workshop.themes:
        lines.append(_("Themes suggested beforehand: {themes}").format(themes="; ".join(workshop.themes)))
    else:
        lines.append(_("No themes beforehand: the themes come out of the workshop."))
    if workshop.outcome_themes:
        lines.append(_("Themes that came out of it: {themes}").format(themes="; ".join(workshop.outcome_themes)))
    else:
        lines.append(_("Themes that came out of it: not recorded yet (press R after the workshop)."))
    lines.append(_("Ideas left for the workshop: {count}").format(count=ideas))
    return lines


class WorkshopScreen(StaffScreen):
    """Run one workshop: record the themes that came out of it, link the tables it led to, print its poster."""

    BINDINGS = [
        Binding("e", "edit", N_("Change"), id="workshop-edit"),
        Binding("i", "idea", N_("Idea"), id="workshop-idea"),
        Binding("r", "outcome", N_("Themes"), id="workshop-outcome"),
        Binding("l", "link", N_("Link a table"), id="workshop-link"),
        Binding("x", "unlink", N_("Unlink"), id="workshop-unlink"),
        Binding("o", "open_for_ideas", N_("Ideas on/off"), id="workshop-toggle"),
        Binding("p", "poster", N_("Poster"), id="workshop-poster"),
    ]

    def __init__(self, workshop_id: str) -> None:
        super().__init__()
        self.workshop_id = workshop_id
        self.workshop: Workshop | None = None

    def compose(self) -> ComposeResult:
        """Facts, the tables it led to, the footer."""
        yield Static(id="name", classes="title")
        yield Static(id="facts", classes="subtitle")
        yield Static(id="error")
        yield Static(_("Tables this workshop led to"), classes="hint")
        yield DataTable(id="led-to", cursor_type="row", zebra_stripes=True)
        yield Static(_("No table yet. Press L to link the table the workshop led to."), id="no-tables", classes="hint")
        yield Static(id="status", classes="hint")
        yield StaffFooter()

    def on_mount(self) -> None:
        """Fill in the workshop."""
        self.query_one("#error", Static).display = False
        grid = self.query_one("#led-to", DataTable)
        grid.add_columns(_("Table"), _("Area"), _("State"))
        self.reload()
        grid.focus()

    def reload(self, *_ignored) -> None:
        """Read the workshop again and show it."""
        self.workshop = self.store.workshop(self.workshop_id)
        if self.workshop is None:
            self.dismiss(None)
            return
        workshop = self.workshop
        ideas = sum(1 for idea in self.store.all_ideas() if idea.workshop_id == workshop.id)
        self.query_one("#name", Static).update(plain(workshop.title))
        self.query_one("#facts", Static).update(Content("\n".join(workshop_lines(workshop, ideas))))
        grid = self.query_one("#led-to", DataTable)
        grid.clear()
        for table_id in workshop.table_ids:
            table = self.store.table(table_id)
            if table is not None:
                state = _("Active") if table.status == TableStatus.ACTIVE else _("Closed")
                grid.add_row(plain(first_line(table.name, 40)), plain(first_line(table.area, 20)), state, key=table.id)
        self.query_one("#no-tables", Static).display = not grid.row_count

    def action_edit(self) -> None:
        """Change the workshop's title, time, place, description or themes beforehand."""
        from screens.staff.forms.workshop import WorkshopDialog

        if self.workshop is not None:
            self.app.push_screen(WorkshopDialog(self.workshop), callback=self.reload)

    def action_idea(self) -> None:
        """Enter an idea collected for the workshop, before or at it (on paper, say)."""
        from screens.staff.forms.idea import NewIdeaDialog

        if self.workshop is not None:
            self.app.push_screen(NewIdeaDialog(self.workshop), callback=self.reload)

    def action_outcome(self) -> None:
        """Record the themes that came out of the workshop."""
        from screens.staff.forms.workshop_outcome import OutcomeThemesDialog

        if self.workshop is not None:
            self.app.push_screen(OutcomeThemesDialog(self.workshop), callback=self.reload)

    def action_link(self) -> None:
        """Link the workshop to a table it led to."""
        from screens.staff.forms.workshop_outcome import LinkTableDialog

        if self.workshop is not None:
            self.app.push_screen(LinkTableDialog(self.workshop), callback=self.reload)

    def action_unlink(self) -> None:
        """Take back the link to the table under the cursor."""
        from kiosk.core.workshops import unlink_table
        from screens.staff.listing import row_key_under_cursor

        table_id = row_key_under_cursor(self.query_one("#led-to", DataTable))
        if table_id:
            self.run_service(lambda: unlink_table(self.store, self.workshop_id, table_id), self.reload)

    def action_open_for_ideas(self) -> None:
        """Open the workshop for ideas, or close it."""
        workshop = self.workshop
        if workshop is not None:
            self.run_service(lambda: set_workshop_open(self.store, workshop.id, not workshop.is_open), self.reload)

    def action_poster(self) -> None:
        """Print the workshop's poster in the centre's language (saved in the export folder first)."""
        language = self.store.settings().language
        folder = default_export_folder(self.store)
        self.query_one("#status", Static).update(_("Making the document\u2026"))
        self.run_service(lambda: print_workshop_poster(self.store, self.workshop_id, language, folder), self._printed)

    def _printed(self, printed: Printed) -> None:
        """Say where the file is and which printer took it."""
        self.query_one("#status", Static).update(
            Content(
                _("Saved to {path}. Sent to printer {printer} (job {job}).").format(
                    path=printed.path, printer=printed.printer, job=printed.job
                )
            )
        )

    def show_error(self, text: str) -> None:
        """A failure replaces the progress line (a failed print says where its PDF is)."""
        if text:
            self.query_one("#status", Static).update("")
        super().show_error(text)
