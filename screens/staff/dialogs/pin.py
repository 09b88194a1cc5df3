"""The PIN dialog in front of the staff area: locks itself after too many wrong tries."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, Static

from kiosk.core.dates import format_time
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.pin import MAX_PIN_DIGITS, SET_PIN_HELP, PinCheck, PinOutcome, check_pin, pin_is_set, pin_lock
from screens.narration import SpokenScreen
from screens.staff.base import StaffDialog
from screens.staff.footer import StaffFooter
from screens.widgets import KioskButton

LOCK_CHECK_SECONDS = 1.0
"""How often a locked dialog looks whether its lock has passed."""


class PinChecked(Message):
    """A PIN try came back from the worker."""

    def __init__(self, check: PinCheck) -> None:
        super().__init__()
        self.check = check


class PinDialog(SpokenScreen, StaffDialog[bool]):
    """Ask for the staff PIN; answers True only for the right one.

    It opens from the resident side, so in speech mode it is announced like a resident screen
    (the typed digits are never said: the field hides them)."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="pin-cancel")]

    def compose(self) -> ComposeResult:
        """The prompt, the hidden PIN field and the buttons."""
        with Vertical(classes="dialog", id="pin-dialog"):
            yield Static(_("Staff area"), classes="dialog-title")
            yield Static(_("Type the staff PIN and press Enter."), id="prompt", classes="instruction")
            yield Input(password=True, restrict=r"[0-9]*", max_length=MAX_PIN_DIGITS, id="pin")
            yield Static(id="error")
            with Horizontal(classes="buttons"):
                yield KioskButton(_("Cancel"), id="cancel")
                yield KioskButton(_("Open"), id="open", variant="primary")
        yield StaffFooter()

    def on_mount(self) -> None:
        """Show whether a PIN is set and whether the dialog is locked."""
        self.query_one("#error", Static).display = False
        if not pin_is_set(self.store):
            self._show_not_set()
            return
        self._check_lock()
        self.set_interval(LOCK_CHECK_SECONDS, self._check_lock)
        self.query_one("#pin", Input).focus()

    def _show_not_set(self) -> None:
        """No PIN yet: say how to set one, and let nobody in."""
        self.query_one("#prompt", Static).update(
            Content("\n".join([_("No staff PIN has been set yet."), _(SET_PIN_HELP)]))
        )
        self.query_one("#pin", Input).display = False
        self.query_one("#open", Button).display = False
        self.query_one("#cancel", Button).focus()

    def _check_lock(self) -> None:
        """Lock or unlock the field as the stored lock says."""
        lock = pin_lock(self.store)
        locked = lock.is_locked(self.store.now())
        field = self.query_one("#pin", Input)
        if locked and lock.locked_until is not None:
            self._show_locked(lock.locked_until)
        elif field.disabled:
            field.disabled = False
            self.query_one("#open", Button).disabled = False
            self.show_error("")
            field.focus()

    def _show_locked(self, until) -> None:
        """Too many wrong tries: disable the field and say until when."""
        self.query_one("#pin", Input).disabled = True
        self.query_one("#open", Button).disabled = True
        self.show_error(_("Too many wrong tries. The PIN is locked until {time}.").format(time=format_time(until)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the PIN field tries it."""
        self._try(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Open or cancel."""
        if event.button.id == "open":
            self._try(self.query_one("#pin", Input).value)
        else:
            self.action_cancel()

    def _try(self, pin: str) -> None:
        """Check the PIN in a worker (the slow hash must not freeze the screen)."""
        field = self.query_one("#pin", Input)
        if not pin or field.disabled:
            return
        field.value = ""
        self._check_worker(pin)

    @work(thread=True, exclusive=True, group="pin")
    def _check_worker(self, pin: str) -> None:
        """The slow, counted PIN check."""
        self.post_message(PinChecked(check_pin(self.store, pin)))

    def on_pin_checked(self, message: PinChecked) -> None:
        """Let staff in, or say how many tries are left, or that the dialog is locked."""
        check = message.check
        if check.outcome == PinOutcome.ACCEPTED:
            self.dismiss(True)
        elif check.outcome == PinOutcome.WRONG:
            self.show_error(_("Wrong PIN. Tries left: {count}.").format(count=check.tries_left))
        elif check.outcome == PinOutcome.LOCKED and check.locked_until is not None:
            self._show_locked(check.locked_until)
        else:
            self._show_not_set()

    def action_cancel(self) -> None:
        """Back to the resident's screen."""
        self.dismiss(False)
