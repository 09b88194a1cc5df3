"""The kiosk application: the shell that wires screens, printables and the core together.

It is locked down for a public computer: no quit keys, no command palette, no
markup actions for residents; an idle timer clears half-filled forms and returns
home; the staff area opens only with the PIN.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual import events
from textual.app import App
from textual.binding import Binding

from kiosk.core.clock import Clock
from kiosk.core.i18n import DEFAULT_LANGUAGE, set_language
from kiosk.core.store import Store

IDLE_CHECK_SECONDS = 5.0
"""How often the idle timer looks at the last activity."""
ALLOWED_ACTIONS_FOR_RESIDENTS = frozenset(
    {"back", "focus_next", "focus_previous", "staff", "blocked", "language", "large_text", "home"}
)
"""App actions that a key, a click or a link may run while no staff member is logged in."""


class KioskApp(App[int]):
    """The resident centre's kiosk."""

    TITLE = "Kumppanuuspöytä"
    CSS_PATH = "kiosk.tcss"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q", "blocked", show=False, priority=True, id="block-ctrl-q"),
        Binding("ctrl+c", "blocked", show=False, priority=True, id="block-ctrl-c"),
        Binding("ctrl+z", "blocked", show=False, priority=True, id="block-ctrl-z"),
        Binding("ctrl+backslash", "blocked", show=False, priority=True, id="block-ctrl-backslash"),
        Binding("f9", "staff", show=False, priority=True, id="staff"),
    ]

    def __init__(
        self,
        store: Store,
        *,
        idle_seconds: float | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.store = store
        self.clock: Clock = store.clock
        settings = store.settings()
        self.idle_seconds = idle_seconds if idle_seconds is not None else settings.idle_seconds
        self.centre_name = settings.centre_name
        self._monotonic = monotonic
        self.last_activity = monotonic()
        self.staff_unlocked = False
        self.large_text = False

    # Lock-down ---------------------------------------------------------------

    def action_blocked(self) -> None:
        """A quit or suspend key: does nothing on the public kiosk."""

    async def action_quit(self) -> None:
        """Leave the program: only a logged-in staff member may."""
        if self.staff_unlocked:
            self.exit(0)

    def action_suspend_process(self) -> None:
        """Suspending to a shell is never allowed."""

    async def run_action(self, action, default_namespace=None) -> bool:  # type: ignore[override]
        """Run an action, refusing app-level actions a resident must not reach."""
        if not self.staff_unlocked and isinstance(action, str):
            target = action.split("(", 1)[0]
            if target.startswith("app.") and target[4:] not in ALLOWED_ACTIONS_FOR_RESIDENTS:
                return False
        return await super().run_action(action, default_namespace)

    # Idle reset ---------------------------------------------------------------

    def on_mount(self) -> None:
        """Show the home screen and start the idle timer."""
        from screens.home import HomeScreen

        self.push_screen(HomeScreen())
        self.set_interval(IDLE_CHECK_SECONDS, self.check_idle)

    async def on_event(self, event: events.Event) -> None:
        """Note every key, click and scroll as activity before handling it."""
        if isinstance(event, (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)):
            self.last_activity = self._monotonic()
        await super().on_event(event)

    def check_idle(self) -> None:
        """Reset to a fresh home screen after the idle time, locking the staff area."""
        if self._monotonic() - self.last_activity >= self.idle_seconds:
            self.last_activity = self._monotonic()
            self.reset_to_home()

    def reset_to_home(self) -> None:
        """Forget everything of the last visitor: forms, language, large text, staff login."""
        from screens.home import HomeScreen

        self.staff_unlocked = False
        self.large_text = False
        self.remove_class("-large")
        set_language(DEFAULT_LANGUAGE)
        while len(self.screen_stack) > 2:
            self.pop_screen()
        self.switch_screen(HomeScreen())

    # Staff ----------------------------------------------------------------------

    def action_staff(self) -> None:
        """Open the PIN dialog, and the staff area behind it."""
        from screens.staff import open_staff_area

        open_staff_area(self)

    def lock_staff(self) -> None:
        """Leave the staff area and go back to the resident's home screen."""
        self.reset_to_home()
