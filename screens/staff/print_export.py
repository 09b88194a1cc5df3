"""Print a meeting's poster, agenda, summary, large-text summary or to-do sheets; export ideas and meetings.

Every document is first written as a file into the chosen folder (atomically), so a
printing failure never loses it; building, writing and printing run in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Select, Static

from kiosk.core.errors import ValidationError
from kiosk.core.export import default_export_folder, export_ideas, export_meetings
from kiosk.core.files import write_atomic
from kiosk.core.i18n import LANGUAGE_NAMES, LANGUAGES, N_
from kiosk.core.i18n import gettext as _
from kiosk.core.store import Store
from screens.staff.base import StaffScreen
from screens.staff.footer import StaffFooter
from screens.staff.labels import meeting_label
from screens.widgets import KioskButton

PRINTABLES = (
    ("poster", N_("Poster")),
    ("agenda", N_("Agenda")),
    ("summary", N_("Minutes")),
    ("large", N_("Large-text summary")),
    ("todo", N_("To-do sheets")),
)
"""What can be printed of a meeting: printables kind, button label."""


@dataclass(frozen=True)
class Printed:
    """Where a printable was saved, and the print job if the printer took it."""

    path: Path
    job: str = ""
    printer: str = ""


def print_meeting(store: Store, kind: str, meeting_id: str, language: str, folder: Path) -> Printed:
    """Build a meeting's printable, save it in the folder and send it to the centre's printer."""
    from printables import build_pdf
    from printables.printing import print_pdf

    meeting = store.meeting(meeting_id)
    if meeting is None:
        raise ValidationError(N_("Choose a meeting first."))
    pdf = build_pdf(kind, store, meeting_id, language)
    path = folder / f"{kind}-{meeting.start:%Y-%m-%d}-{meeting.id[:8]}-{language}.pdf"
    write_atomic(path, pdf)
    result = print_pdf(path, store.settings().printer or None, title=path.name)
    return Printed(path, result.job_id, result.printer)


class PrintExportScreen(StaffScreen):
    """Choose a meeting and a language, then print; or export to the chosen folder."""

    BINDINGS = [
        Binding("p", "print('poster')", N_("Poster"), id="print-poster"),
        Binding("g", "print('agenda')", N_("Agenda"), id="print-agenda"),
        Binding("s", "print('summary')", N_("Minutes"), id="print-summary"),
        Binding("l", "print('large')", N_("Large-text summary"), id="print-large"),
        Binding("t", "print('todo')", N_("To-do sheets"), id="print-todo"),
        Binding("i", "export('ideas')", N_("Ideas CSV"), id="export-ideas"),
        Binding("c", "export('meetings')", N_("Calendar .ics"), id="export-meetings"),
    ]

    def compose(self) -> ComposeResult:
        """Meeting, language and print buttons; folder and export buttons; the result line."""
        tables = {t.id: t for t in self.store.tables()}
        meetings = self.store.upcoming_meetings() + self.store.past_meetings()
        choices = [(Content(meeting_label(m, tables)), m.id) for m in meetings]
        yield Static(_("Print and export"), classes="title")
        with Vertical(classes="form"):
            yield Label(_("Meeting"))
            yield Select(
                choices, value=choices[0][1] if choices else Select.NULL, prompt=_("No meetings"), id="meeting"
            )
            yield Label(_("Language of the document"))
            language = self.store.settings().language
            yield Select(
                [(LANGUAGE_NAMES[code], code) for code in LANGUAGES], value=language, allow_blank=False, id="language"
            )
            with Horizontal(classes="buttons"):
                for kind, label in PRINTABLES:
                    yield KioskButton(_(label), id=f"print-{kind}")
            yield Label(_("Folder for files (e.g. a USB stick)"))
            yield Input(str(default_export_folder(self.store)), id="folder")
            with Horizontal(classes="buttons"):
                yield KioskButton(_("Ideas as CSV"), id="export-ideas")
                yield KioskButton(_("Meetings as .ics"), id="export-meetings")
            yield Static(id="error")
            yield Static(id="status", classes="hint")
        yield StaffFooter()

    def on_mount(self) -> None:
        """Hide the empty error line."""
        self.query_one("#error", Static).display = False

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Print or export."""
        button = event.button.id or ""
        if button.startswith("print-"):
            self.action_print(button.removeprefix("print-"))
        elif button.startswith("export-"):
            self.action_export(button.removeprefix("export-"))

    def _folder(self) -> Path:
        """The chosen folder (the data folder's exports when left empty)."""
        typed = self.query_one("#folder", Input).value.strip()
        return Path(typed).expanduser() if typed else default_export_folder(self.store)

    def action_print(self, kind: str) -> None:
        """Build and print a printable of the chosen meeting."""
        meeting_id = self.query_one("#meeting", Select).value
        if meeting_id is Select.NULL:
            self.show_error(_("Choose a meeting first."))
            return
        language = str(self.query_one("#language", Select).value)
        folder = self._folder()
        self._status(_("Making the document\u2026"))
        self.run_service(lambda: print_meeting(self.store, kind, str(meeting_id), language, folder), self._printed)

    def _printed(self, printed: Printed) -> None:
        """Say where the file is and which printer took it."""
        self._status(
            _("Saved to {path}. Sent to printer {printer} (job {job}).").format(
                path=printed.path, printer=printed.printer, job=printed.job
            )
        )

    def action_export(self, what: str) -> None:
        """Export ideas as CSV or meetings as .ics into the chosen folder."""
        folder = self._folder()
        export = export_ideas if what == "ideas" else export_meetings
        self.run_service(lambda: export(self.store, folder), self._exported)

    def _exported(self, path: Path) -> None:
        """Say where the export went."""
        self._status(_("Saved to {path}.").format(path=path))

    def show_error(self, text: str) -> None:
        """A failure replaces the progress line (a failed print says where its PDF is)."""
        if text:
            self._status("")
        super().show_error(text)

    def _status(self, text: str) -> None:
        """The progress or result line."""
        self.query_one("#status", Static).update(Content(text))
