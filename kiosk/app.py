"""The kiosk application: the shell that wires screens, printables and the core together.

It is locked down for a public computer: no quit keys, no command palette, no
markup actions for residents; an idle timer clears half-filled forms and returns
home; the staff area opens only with the PIN.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError
from kiosk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, set_language
from kiosk.core.store import Store
from screens.home import HOME_CSS, HomeScreen
from screens.themes import (
    EVERYDAY_THEME,
    EVERYDAY_THEME_NAME,
    HIGH_CONTRAST_THEME,
    HIGH_CONTRAST_THEME_NAME,
)

BACKUP_CHECK_SECONDS = 3600.0
"""How often a running kiosk checks that today's backup exists."""
IDLE_CHECK_SECONDS = 5.0
"""How often the idle timer looks at the last activity."""
ALLOWED_ACTIONS_FOR_RESIDENTS = frozenset(
    {"back", "focus_next", "focus_previous", "staff", "blocked", "language", "large_text", "home"}
)
"""App actions that a key, a click or a link may run while no staff member is logged in."""
ACTIVITY_EVENTS = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp, events.Paste)
"""Events that show someone is using the kiosk."""


class KioskApp(App[int]):
    """The resident centre's kiosk."""

    TITLE = "Kumppanuuspöytä"
    # The home screen's styles are read with the app's, so that the first frame needs one parse.
    CSS_PATH = ["kiosk.tcss", HOME_CSS]
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q", "blocked", show=False, priority=True, id="block-ctrl-q"),
        Binding("ctrl+c", "blocked", show=False, priority=True, id="block-ctrl-c"),
        Binding("ctrl+z", "blocked", show=False, priority=True, id="block-ctrl-z"),
        Binding("ctrl+backslash", "blocked", show=False, priority=True, id="block-ctrl-backslash"),
        Binding("f9", "staff", show=False, priority=True, id="staff"),
        Binding("plus", "large_text", "Larger text", show=False, id="large-text"),
    ]

    def __init__(
        self,
        store: Store,
        *,
        idle_seconds: float | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        # Set before App.__init__, which already refreshes (and so calls check_idle).
        self._monotonic = monotonic
        self.last_activity = monotonic()
        self.idle_seconds = float(idle_seconds) if idle_seconds is not None else 120.0
        self.staff_idle_seconds = self.idle_seconds
        self.staff_unlocked = False
        self.backup_problem = ""
        super().__init__()
        self.store = store
        self.clock: Clock = store.clock
        settings = store.settings()
        if idle_seconds is None:
            self.idle_seconds = float(settings.idle_seconds)
        # Staff writing minutes pause longer than a resident; a longer limit keeps their text.
        self.staff_idle_seconds = max(self.idle_seconds, float(settings.staff_idle_seconds))
        self.centre_name = settings.centre_name
        self.staff_unlocked = False
        self.large_text = False
        self.register_theme(EVERYDAY_THEME)
        self.register_theme(HIGH_CONTRAST_THEME)
        self._start_in_theme(EVERYDAY_THEME_NAME)

    def _start_in_theme(self, name: str) -> None:
        """Start in a theme without the stylesheet refresh that setting ``self.theme`` schedules.

        Textual answers a theme change by parsing the whole stylesheet again; before the first
        frame nothing is parsed yet, so giving the stylesheet the theme's variables (and the app
        the class that ``App.theme``'s watcher would add) is all a first theme needs.
        """
        self.set_reactive(App.theme, name)
        self.stylesheet.set_variables(self.get_css_variables())
        self.set_class(True, f"-theme-{name}", update=False)

    # Lock-down ---------------------------------------------------------------

    def action_blocked(self) -> None:
        """A quit or suspend key: does nothing on the public kiosk."""

    async def action_quit(self) -> None:
        """Leave the program: only a logged-in staff member may."""
        if self.staff_unlocked:
            self.exit(0)

    def action_suspend_process(self) -> None:
        """Suspending to a shell is never allowed."""

    async def run_action(  # type: ignore[override]
        self,
        action,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Run an action, refusing app actions a resident must not reach (from keys, clicks or links)."""
        if not self.staff_unlocked:
            try:
                target, name, _params = self._parse_action(
                    action, self if default_namespace is None else default_namespace, namespaces
                )
            except Exception:  # noqa: BLE001 - an unparsable action is simply not run
                return False
            if target is self and name not in ALLOWED_ACTIONS_FOR_RESIDENTS:
                return False
        return await super().run_action(action, default_namespace, namespaces)

    # Idle reset ---------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        """The home screen is the bottom of the stack: the first frame is drawn straight from it."""
        return HomeScreen()

    def on_mount(self) -> None:
        """Start the idle timer and the daily backup."""
        self.set_interval(IDLE_CHECK_SECONDS, self.check_idle_timeout)
        # The day's backup waits until the first frame is drawn, and is retried hourly
        # so that a kiosk left running for weeks still backs up every day.
        self.call_after_refresh(self.take_daily_backup)
        self.set_interval(BACKUP_CHECK_SECONDS, self.take_daily_backup)

    @work(thread=True, exclusive=True, group="backup", exit_on_error=False)
    def take_daily_backup(self) -> None:
        """Back up the data folder once a day, off the screen's thread."""
        try:
            self.store.folder.daily_backup()
        except (KioskError, OSError) as error:
            self.backup_problem = str(error)
            self.log.error(f"daily backup failed: {error}")
        else:
            self.backup_problem = ""

    async def on_event(self, event: events.Event) -> None:
        """Note every key, click, scroll and paste as activity before handling it."""
        if isinstance(event, ACTIVITY_EVENTS):
            self.last_activity = self._monotonic()
        await super().on_event(event)

    def check_idle(self) -> None:
        """Textual's own idle prompt (same name, do not drop it), then the kiosk's idle timeout."""
        super().check_idle()
        self.check_idle_timeout()

    def check_idle_timeout(self) -> bool:
        """After the idle time, schedule a reset to a fresh home screen; True if it did."""
        limit = self.staff_idle_seconds if self.staff_unlocked else self.idle_seconds
        if self._monotonic() - self.last_activity < limit:
            return False
        self.last_activity = self._monotonic()
        if self.is_running:
            self.call_later(self.reset_to_home)
        return True

    def reset_to_home(self) -> None:
        """Forget everything of the last visitor: forms, language, large text, staff login."""
        self.staff_unlocked = False
        self.set_large_text(False)
        set_language(DEFAULT_LANGUAGE)
        self.clear_notifications()
        self.go_home()
        home = self.screen_stack[0]
        if isinstance(home, HomeScreen):
            home.start_over()

    def go_home(self) -> None:
        """Close every screen above the home screen (keeping language and text size)."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    # Text size and language ------------------------------------------------------

    def action_large_text(self) -> None:
        """Switch between everyday and large text (large text comes with high contrast)."""
        self.set_large_text(not self.large_text)

    def set_large_text(self, large: bool) -> None:
        """Turn the large-text, high-contrast mode on or off and tell the open screens."""
        self.large_text = large
        self.set_class(large, "-large")
        self.theme = HIGH_CONTRAST_THEME_NAME if large else EVERYDAY_THEME_NAME
        for screen in self.screen_stack:
            changed = getattr(screen, "large_text_changed", None)
            if changed is not None and screen.is_mounted:
                changed()

    def action_language(self, language: str) -> None:
        """Switch the language and redraw the screen in it."""
        if language not in LANGUAGES:
            return
        set_language(language)
        redraw = getattr(self.screen, "language_changed", None)
        if redraw is not None:
            redraw()

    # Staff ----------------------------------------------------------------------

    def action_staff(self) -> None:
        """Open the PIN dialog, and the staff area behind it."""
        from screens.staff import open_staff_area

        open_staff_area(self)

    def lock_staff(self) -> None:
        """Leave the staff area and go back to the resident's home screen."""
        self.reset_to_home()
