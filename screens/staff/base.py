"""What every staff screen and dialog shares: translated key help, core calls in workers, errors.

Screens never touch the data folder themselves: they call ``kiosk.core`` services
with ``self.app.store`` inside ``run_service``, which runs the call in a thread
worker and brings the result back as a message, so the screen never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar, cast

from rich.text import Text
from textual import work
from textual.binding import ActiveBinding, Binding
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.store import Store
from kiosk.core.text import first_line  # noqa: F401 (the staff screens import it from here)
from screens.shell import shell_of

ResultType = TypeVar("ResultType")
"""What a staff dialog answers with (a bool for yes/no and forms, a str for text)."""
TEXTUAL_KEY_HELP = (N_("Dismiss menu"),)
"""Key help that Textual's own widgets put in the footer, listed here so it gets translated."""
STAFF_CSS = Path(__file__).with_name("staff.tcss")
"""The staff area's stylesheet, shared by its screens and dialogs."""


def plain(value: Any) -> Text:
    """Typed text for a table cell or a list: never read as markup."""
    return Text(str(value) if value is not None else "")


class ServiceDone(Message):
    """A core call finished; ``then`` gets its result on the screen's thread."""

    def __init__(self, then: Callable[[Any], None] | None, result: Any) -> None:
        super().__init__()
        self.then = then
        self.result = result


class ServiceFailed(Message):
    """A core call refused the change; ``text`` says why, in the staff member's language."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class StaffMixin:
    """Shared behaviour of staff screens and dialogs (mixed into a Screen or ModalScreen)."""

    @property
    def store(self) -> Store:
        """The data folder, through the app (screens never open it themselves)."""
        return shell_of(cast("Screen[Any]", self)).store

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The active key bindings, with descriptions in the current language for the footer."""
        bindings = super().active_bindings  # type: ignore[misc]
        return {
            key: active._replace(binding=replace(active.binding, description=_(active.binding.description)))
            if active.binding.description
            else active
            for key, active in bindings.items()
        }

    def run_service(self, call: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        """Run a core call in a worker; ``then(result)`` runs here when it succeeds."""
        if not getattr(self.app, "staff_unlocked", False):  # type: ignore[attr-defined]
            self.show_error(_("The staff area is locked."))
            return
        self.show_error("")
        self._service_worker(call, then)

    @work(thread=True, group="staff-service")
    def _service_worker(self, call: Callable[[], Any], then: Callable[[Any], None] | None) -> None:
        """The worker behind ``run_service``: report the result or the refusal as a message."""
        try:
            result = call()
        except KioskError as error:
            self.post_message(ServiceFailed(error.translated()))  # type: ignore[attr-defined]
        else:
            self.post_message(ServiceDone(then, result))  # type: ignore[attr-defined]

    def on_service_done(self, message: ServiceDone) -> None:
        """Hand a finished call's result to its follow-up."""
        message.stop()
        if message.then is not None:
            message.then(message.result)

    def on_service_failed(self, message: ServiceFailed) -> None:
        """Show why the core refused, next to the form if it has a message line."""
        message.stop()
        self.show_error(message.text)

    def show_error(self, text: str) -> None:
        """Show a message in the screen's ``#error`` line, or as a notification."""
        lines = self.query("#error")  # type: ignore[attr-defined]
        if lines:
            line = lines.first(Static)
            line.update(Content(text))
            line.display = bool(text)
        elif text:
            self.notify(text, severity="error", markup=False)  # type: ignore[attr-defined]

    def show_done(self, text: str) -> None:
        """Tell staff that a change was saved."""
        self.notify(text, markup=False, timeout=4)  # type: ignore[attr-defined]


class StaffScreen(StaffMixin, Screen[Any]):
    """A full staff screen: Esc goes back one step."""

    CSS_PATH = STAFF_CSS
    BINDINGS = [Binding("escape", "back", N_("Back"), id="staff-back")]

    def action_back(self) -> None:
        """Go back to the previous staff screen."""
        self.dismiss(None)


class StaffDialog(StaffMixin, ModalScreen[ResultType]):
    """A staff dialog over the current screen, answering with a ``ResultType``."""

    CSS_PATH = STAFF_CSS
