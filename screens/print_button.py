"""A button that prints a large-text summary to the centre's printer, without freezing the screen."""

from __future__ import annotations

import tempfile
from pathlib import Path

from textual import work
from textual.message import Message
from textual.widgets import Button

from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_, _, current_language
from screens.widgets import key_label

PRINT_FOLDER = "kiosk-prints"
"""Folder under the system's temporary folder where PDFs wait for the printer."""


class PrintButton(Button):
    """"Print in large text": builds the PDF and sends it to the printer in a worker thread."""

    class Done(Message):
        """Printing finished: ``ok`` tells whether it worked, ``message`` what to say."""

        def __init__(self, ok: bool, message: str) -> None:
            super().__init__()
            self.ok = ok
            """Whether the printer took the job."""
            self.message = message
            """What to tell the resident."""

    LABEL = N_("Print in large text")
    """What the button says while nothing is printing."""
    JOB_TITLE = N_("Large-text summary")
    """The print job's name in the printer's queue."""
    PRINTED = N_("Printed. Please fetch your paper from the printer.")
    """Said when the printer took the job."""
    NOTIFY = True
    """Whether the outcome pops up as a notification (a screen may show it in its own words instead)."""

    def __init__(self, kind: str, meeting_id: str | None = None, *, id: str = "print") -> None:
        super().__init__(self._idle_label(), id=id, classes="print")
        self.kind = kind
        """Which printable: ``large`` (a meeting) or ``results``."""
        self.meeting_id = meeting_id
        """The meeting printed, or None for results."""

    def _idle_label(self):
        """The button's label while nothing is printing."""
        return key_label("P", _(self.LABEL))

    def make_pdf(self, store, language: str) -> tuple[bytes, dict[str, str]]:
        """The PDF to print and its CUPS job options (runs in the worker thread)."""
        import printables

        return printables.build_pdf(self.kind, store, self.meeting_id, language), {}

    def failed(self, error: Exception) -> str:
        """What to tell the resident when printing failed."""
        if isinstance(error, KioskError):
            return error.translated()
        return _("Printing does not work just now. Please ask the staff.")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Start printing, once at a time."""
        event.stop()
        if self.disabled:
            return
        self.disabled = True
        self.label = key_label("P", _("Printing\u2026"))
        self.refresh(layout=True)
        self.print_summary(self.app.store, current_language())

    @work(thread=True, exclusive=True, group="print")
    def print_summary(self, store, language: str) -> None:
        """Build the PDF and send it to the printer (slow: runs off the screen's thread)."""
        try:
            from printables.printing import print_pdf

            pdf, options = self.make_pdf(store, language)
            folder = Path(tempfile.gettempdir()) / PRINT_FOLDER
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                dir=folder, prefix=f"{self.kind}-", suffix=".pdf", delete=False
            ) as handle:
                handle.write(pdf)
                path = Path(handle.name)
            kwargs = {"options": options} if options else {}
            print_pdf(path, store.settings().printer or None, title=_(self.JOB_TITLE), **kwargs)
            path.unlink(missing_ok=True)
        except (KioskError, ImportError, OSError) as error:
            self.post_message(self.Done(False, self.failed(error)))
        else:
            self.post_message(self.Done(True, _(self.PRINTED)))

    def on_print_button_done(self, message: Done) -> None:
        """Say how printing went, and let the button be pressed again."""
        self.disabled = False
        self.label = self._idle_label()
        self.refresh(layout=True)
        if self.NOTIFY:
            self.notify(
                message.message, severity="information" if message.ok else "error", timeout=12, markup=False
            )
