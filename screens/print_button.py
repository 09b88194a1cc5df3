"""A button that prints a large-text summary to the centre's printer, without freezing the screen."""

from __future__ import annotations

import tempfile
from pathlib import Path

from textual import work
from textual.message import Message
from textual.widgets import Button

from kiosk.core.errors import KioskError
from kiosk.core.i18n import _, current_language
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

    def __init__(self, kind: str, meeting_id: str | None = None, *, id: str = "print") -> None:
        super().__init__(self._idle_label(), id=id, classes="print")
        self.kind = kind
        """Which printable: ``large`` (a meeting) or ``results``."""
        self.meeting_id = meeting_id
        """The meeting printed, or None for results."""

    @staticmethod
    def _idle_label():
        """The button's label while nothing is printing."""
        return key_label("P", _("Print in large text"))

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
            import printables
            from printables.printing import print_pdf

            pdf = printables.build_pdf(self.kind, store, self.meeting_id, language)
            folder = Path(tempfile.gettempdir()) / PRINT_FOLDER
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                dir=folder, prefix=f"{self.kind}-", suffix=".pdf", delete=False
            ) as handle:
                handle.write(pdf)
                path = Path(handle.name)
            print_pdf(path, store.settings().printer or None, title=_("Large-text summary"))
            path.unlink(missing_ok=True)
        except KioskError as error:
            self.post_message(self.Done(False, error.translated()))
        except (ImportError, OSError):
            self.post_message(self.Done(False, _("Printing does not work just now. Please ask the staff.")))
        else:
            self.post_message(self.Done(True, _("Printed. Please fetch your paper from the printer.")))

    def on_print_button_done(self, message: Done) -> None:
        """Say how printing went, and let the button be pressed again."""
        self.disabled = False
        self.label = self._idle_label()
        self.refresh(layout=True)
        self.notify(message.message, severity="information" if message.ok else "error", timeout=12, markup=False)
