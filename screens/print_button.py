"""A button that prints a large-text summary to the centre's printer, without freezing the screen.

When printing fails the resident reads only plain words ("the printer is not working,
ask the staff"); why it failed and where the PDF was kept go to the staff's audit trail
and the log, never onto the public screen.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from textual import work
from textual.message import Message
from textual.widgets import Button

from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_, _, current_language
from screens.shell import shell_of
from screens.widgets import KioskButton, key_label

PRINTER_NOT_WORKING = N_("The printer is not working just now. Please ask the staff for help.")
"""All a resident is told when printing fails."""
PRINT_FOLDER = "kiosk-prints"
"""Folder under the system's temporary folder where PDFs wait for the printer."""


class PrintButton(KioskButton):
    """ "Print in large text": builds the PDF and sends it to the printer in a worker thread."""

    class Done(Message):
        """Printing finished: ``ok`` tells whether it worked, ``message`` what to tell the resident."""

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
        """What to tell the resident when printing failed: plain words only (the details go to staff)."""
        return _(PRINTER_NOT_WORKING)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Start printing, once at a time."""
        event.stop()
        if self.disabled:
            return
        self.disabled = True
        self.label = key_label("P", _("Printing\u2026"))
        self.refresh(layout=True)
        self.print_summary(shell_of(self).store, current_language())

    @work(thread=True, exclusive=True, group="print")
    def print_summary(self, store, language: str) -> None:
        """Build the PDF and send it to the printer (slow: runs off the screen's thread)."""
        try:
            from printables.printing import print_pdf

            pdf, options = self.make_pdf(store, language)
            folder = Path(tempfile.gettempdir()) / PRINT_FOLDER
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=f"{self.kind}-", suffix=".pdf", delete=False) as handle:
                handle.write(pdf)
                path = Path(handle.name)
            kwargs = {"options": options} if options else {}
            print_pdf(path, store.settings().printer or None, title=_(self.JOB_TITLE), **kwargs)
            path.unlink(missing_ok=True)
        except (KioskError, ImportError, OSError) as error:
            self._tell_staff(store, error)
            self.post_message(self.Done(False, self.failed(error)))
        else:
            self.post_message(self.Done(True, _(self.PRINTED)))

    def _tell_staff(self, store, error: Exception) -> None:
        """Put why printing failed (in the staff's language) into the audit trail and the log."""
        from printables.printing import record_print_failure

        language = store.settings().language
        reason = error.translated(language) if isinstance(error, KioskError) else str(error)
        logging.getLogger(__name__).warning("printing %s failed: %s", self.kind, reason)
        try:
            record_print_failure(store, self.kind, reason)
        except KioskError:
            logging.getLogger(__name__).exception("could not record the failed print")

    def on_print_button_done(self, message: Done) -> None:
        """Let the button be pressed again; the screen shows the message (the message goes on to it)."""
        self.disabled = False
        self.label = self._idle_label()
        self.refresh(layout=True)
