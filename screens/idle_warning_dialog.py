"""The warning before the idle reset: "Are you still there?", with the seconds left, for slow hands."""

from __future__ import annotations

import math
from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from kiosk.core.i18n import N_, _
from screens.narration import SpokenScreen

WARNING_SECONDS = 30.0
"""How long the warning stands before the kiosk forgets the visit (WCAG 2.2.1 asks for at least 20 s)."""
COUNTDOWN = N_("In {seconds} seconds the kiosk goes back to the start and forgets what you wrote and chose.")
"""The line that counts down."""


class IdleWarningDialog(SpokenScreen, ModalScreen[None]):
    """Any key or touch closes it and gives the full idle time again (the app sees to that)."""

    CSS_PATH = "dialog.tcss"

    def __init__(self, seconds_left: Callable[[], float]) -> None:
        super().__init__()
        self._seconds_left = seconds_left

    def compose(self) -> ComposeResult:
        """The question, the countdown and what to do."""
        with Vertical(id="dialog"):
            yield Static(_("Are you still there?"), id="dialog-title")
            yield Static(self._countdown(), id="countdown", classes="text instruction")
            yield Static(_("Press any key or touch the screen to go on where you were."), classes="text instruction")

    def on_mount(self) -> None:
        """Count down once a second."""
        self.set_interval(1.0, self.refresh_countdown)

    def _countdown(self) -> str:
        """The countdown line for the seconds left now."""
        return _(COUNTDOWN).format(seconds=max(0, math.ceil(self._seconds_left())))

    def refresh_countdown(self) -> None:
        """Show the seconds left (once the dialog is drawn)."""
        for line in self.query("#countdown").results(Static):
            line.update(self._countdown())
