"""The kiosk application: the shell that wires screens, printables and the core together.

It is locked down for a public computer: no quit keys, no command palette, no
markup actions for residents; an idle timer clears half-filled forms and returns
home; the staff area opens only with the PIN.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, TextArea

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError
from kiosk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, _, current_language, set_language
from kiosk.core.store import Store
from kiosk.speech import SpeechEngine, find_support
from screens import RESIDENT_CSS
from screens.home import HomeScreen
from screens.idle_warning_dialog import WARNING_SECONDS, IdleWarningDialog
from screens.narration import READ_PAGE_KEY, REPEAT_KEY, SPEECH_KEY, ScreenReader
from screens.themes import (
    EVERYDAY_THEME,
    EVERYDAY_THEME_NAME,
    HIGH_CONTRAST_THEME,
    HIGH_CONTRAST_THEME_NAME,
)

BACKUP_CHECK_SECONDS = 3600.0
"""How often a running kiosk checks that today's backup exists."""
BACKUP_DELAY_SECONDS = 3.0
"""The day's backup starts this long after the first frame, once start-up has settled (it reads what changed)."""
REST_SECONDS = 2.0
"""Without a key or a touch for this long the kiosk is at rest: full garbage collections wait for it."""
FULL_COLLECTION_THRESHOLD = 1000
"""Young-generation collections before Python considers a full one by itself (its default is 10).

A full collection walks every object, the data read for the screens included (60-80 ms with a city's
history), so the kiosk runs it at rest instead of in the middle of a screen change. What survives a
collection is frozen (``gc.freeze``), so the one after a closed screen walks only what is new since
the last: 3-10 ms instead of 45-70 ms. The one at rest unfreezes everything first, and so also frees
what became garbage while frozen (a screen that was open during a collection, then closed)."""
COLLECT_AFTER_SECONDS = 0.5
"""How long the screen below a closed one is shown before the closed screen's widgets are collected."""
IDLE_CHECK_SECONDS = 5.0
"""How often the idle timer looks at the last activity."""
ALLOWED_ACTIONS_FOR_RESIDENTS = frozenset(
    {
        "back",
        "focus_next",
        "focus_previous",
        "staff",
        "blocked",
        "language",
        "large_text",
        "home",
        "speech",
        "repeat_speech",
        "read_page",
    }
)
"""App actions that a key, a click or a link may run while no staff member is logged in."""
ACTIVITY_EVENTS = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp, events.Paste)
"""Events that show someone is using the kiosk."""
ERRORS_BEFORE_RESTART = 5
"""Unexpected errors within ``ERROR_WINDOW_SECONDS`` after which the kiosk stops (its service starts it again)."""
ERROR_WINDOW_SECONDS = 60.0
"""The window in which repeated unexpected errors are counted."""
CALM_ERROR = N_(
    "Something went wrong, and the kiosk went back to the start. Please try again, or ask the staff for help."
)
"""What a visitor reads after an unexpected error (the details go to the error log)."""


def release_drawn_lines() -> None:
    """Let go of the lines that widgets no longer on screen drew.

    Textual 8.2.8 caches ``StylesCache.get_inner_outer`` with ``functools.lru_cache`` on the method,
    so the cache keeps up to 1,024 widgets' style caches, with every line each drew, alive after the
    widgets are gone (Textualize/textual#6665, open): each screen visited left its lines behind, and
    every full collection walked them. Emptying it costs two ``Style`` objects per widget redrawn.
    ``cache_clear`` is the cache's own API; the private module is the only way to reach it.
    """
    from textual._styles_cache import StylesCache

    StylesCache.get_inner_outer.cache_clear()


class KioskApp(App[int]):
    """The resident centre's kiosk."""

    TITLE = "Kumppanuuspöytä"
    # Every resident screen's styles are read with the app's: one parse before the first frame, none when a screen opens.
    CSS_PATH = ["kiosk.tcss", *RESIDENT_CSS]
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q", "blocked", show=False, priority=True, id="block-ctrl-q"),
        Binding("ctrl+c", "blocked", show=False, priority=True, id="block-ctrl-c"),
        Binding("ctrl+z", "blocked", show=False, priority=True, id="block-ctrl-z"),
        Binding("ctrl+backslash", "blocked", show=False, priority=True, id="block-ctrl-backslash"),
        Binding("f9", "staff", show=False, priority=True, id="staff"),
        Binding("plus", "large_text", "Larger text", show=False, id="large-text"),
        # F1 sits alone at the top left, right of Esc: found by touch, and a sticker marks it.
        Binding(SPEECH_KEY.lower(), "speech", "Speech on or off", show=False, priority=True, id="speech"),
        Binding(REPEAT_KEY.lower(), "repeat_speech", "Say again", show=False, priority=True, id="speech-repeat"),
        Binding(READ_PAGE_KEY.lower(), "read_page", "Read the page", show=False, priority=True, id="speech-page"),
    ]

    def __init__(
        self,
        store: Store,
        *,
        idle_seconds: float | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        calm_errors: bool = False,
        backup_delay: float = BACKUP_DELAY_SECONDS,
    ) -> None:
        # Set before App.__init__, which already refreshes (and so calls check_idle).
        self._monotonic = monotonic
        self.last_activity = monotonic()
        self.idle_seconds = float(idle_seconds) if idle_seconds is not None else 120.0
        self.staff_idle_seconds = self.idle_seconds
        self.staff_unlocked = False
        self.backup_problem = ""
        self.calm_errors = calm_errors
        """Whether an unexpected error takes the kiosk home with a calm message instead of ending it (``kiosk run``)."""
        self._recent_errors: list[float] = []
        self._backup_delay = backup_delay
        self._collected_after: float | None = None
        self._depth = 1
        self._collection: Timer | None = None
        self.idle_warning: IdleWarningDialog | None = None
        self._warning_since = 0.0
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
        self.speech = SpeechEngine(find_support(), rate=settings.speech_rate, volume=settings.speech_volume)
        """Speaks in speech mode (espeak-ng and a player, or the KIOSK_SPEECH_DIR folder)."""
        self.screen_reader = ScreenReader(self.speech, today=lambda: self.store.now().date())
        """Speech mode: what the screens say."""
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

    async def run_action(
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
            except Exception:
                return False
            if target is self and name not in ALLOWED_ACTIONS_FOR_RESIDENTS:
                return False
        return await super().run_action(action, default_namespace, namespaces)

    def _handle_exception(self, error: Exception) -> None:
        """The last resort for an error no screen handled (Textual's own hook; it has no public one).

        On the public computer no traceback may reach the screen, and Textual's shows local
        variables, which can hold a resident's contact. So the details go to the error log only
        the kiosk's user can read, the visitor gets a calm message and the home screen, and only
        repeated errors stop the program (its service starts it again), with nothing printed.
        """
        if not self.calm_errors:
            super()._handle_exception(error)
            return
        from kiosk.core.logbook import log_error

        log_error(self.store.path, error, self.clock.now())
        now = self._monotonic()
        self._recent_errors = [t for t in self._recent_errors if now - t < ERROR_WINDOW_SECONDS] + [now]
        if len(self._recent_errors) >= ERRORS_BEFORE_RESTART:
            self.exit(return_code=70)
            return
        self.call_later(self.reset_to_home)
        self.call_later(lambda: self.notify(_(CALM_ERROR), severity="warning", timeout=15))

    # Idle reset ---------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        """The home screen is the bottom of the stack: the first frame is drawn straight from it."""
        return HomeScreen()

    def on_mount(self) -> None:
        """Start the idle timer and the daily backup."""
        self.screen_change_signal.subscribe(self, self._screen_changed, immediate=True)
        self.set_interval(IDLE_CHECK_SECONDS, self.check_idle_timeout)
        # The day's backup waits until start-up has settled, and is retried hourly
        # so that a kiosk left running for weeks still backs up every day.
        if self._backup_delay > 0:
            self.set_timer(self._backup_delay, self.take_daily_backup)
        else:  # a timer of 0 s is refused by Textual: straight after the first frame
            self.call_after_refresh(self.take_daily_backup)
        self.set_interval(BACKUP_CHECK_SECONDS, self.take_daily_backup)
        self._threshold = gc.get_threshold()
        gc.set_threshold(*self._threshold[:2], FULL_COLLECTION_THRESHOLD)
        self.set_interval(REST_SECONDS / 2, self.collect_at_rest)

    def collect_at_rest(self) -> None:
        """A full garbage collection once the kiosk is at rest after being used (never during a screen change).

        Everything frozen is walked again (and frozen again after), so what became garbage while frozen is freed.
        """
        if self._collected_after == self.last_activity or self._monotonic() - self.last_activity < REST_SECONDS:
            return
        self._collected_after = self.last_activity
        release_drawn_lines()
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    @work(thread=True, exclusive=True, group="backup", exit_on_error=False)
    def take_daily_backup(self) -> None:
        """Back up the data folder once a day, off the screen's thread."""
        from kiosk.core.safety import daily_backup

        try:
            daily_backup(self.store)
        except (KioskError, OSError) as error:
            self.backup_problem = str(error)
            self.log.error(f"daily backup failed: {error}")
        else:
            self.backup_problem = ""

    async def on_event(self, event: events.Event) -> None:
        """Note every key, click, scroll and paste as activity; a key also stops speech and is echoed."""
        if isinstance(event, ACTIVITY_EVENTS):
            self.last_activity = self._monotonic()
            if self.idle_warning is not None:
                # The key or touch that answers "are you still there?" does nothing else.
                self.close_idle_warning()
                return
        if isinstance(event, events.Key):
            self.screen_reader.interrupt()
            self._echo(event)
        await super().on_event(event)

    def _echo(self, event: events.Key) -> None:
        """In speech mode, say back a character typed into a field (never a hidden PIN)."""
        focused = self.focused
        if not event.is_printable or event.character is None:
            return
        if isinstance(focused, TextArea) or (isinstance(focused, Input) and not focused.password):
            self.screen_reader.echo(event.character)

    def check_idle(self) -> None:
        """Textual's own idle prompt (same name, do not drop it), then the kiosk's idle timeout."""
        super().check_idle()
        self.check_idle_timeout()

    def check_idle_timeout(self) -> bool:
        """After the idle time warn (or, with nothing to lose, reset); after the warning, reset. True if reset."""
        now = self._monotonic()
        if self.idle_warning is not None:
            if now - self._warning_since < WARNING_SECONDS:
                self.idle_warning.refresh_countdown()
                return False
        else:
            limit = self.staff_idle_seconds if self.staff_unlocked else self.idle_seconds
            if now - self.last_activity < limit:
                return False
            if self.is_running and self.has_visit_to_lose():
                self.open_idle_warning()
                return False
        self.last_activity = now
        if self.is_running:
            self.call_later(self.reset_to_home)
        return True

    def has_visit_to_lose(self) -> bool:
        """Whether the idle reset would undo something: a screen, a form, a language or text size, speech."""
        return (
            len(self.screen_stack) > 1
            or self.staff_unlocked
            or self.large_text
            or self.screen_reader.enabled
            or current_language() != DEFAULT_LANGUAGE
        )

    def open_idle_warning(self) -> None:
        """Show (and in speech mode say) that the kiosk will soon forget this visit."""
        self._warning_since = self._monotonic()
        self.idle_warning = IdleWarningDialog(lambda: WARNING_SECONDS - (self._monotonic() - self._warning_since))
        self.push_screen(self.idle_warning)
        # Reset on the second, not at the next 5-second idle check.
        self.set_timer(WARNING_SECONDS, self.check_idle_timeout)

    def close_idle_warning(self) -> None:
        """Someone is there: close the warning; the idle time starts again in full."""
        warning, self.idle_warning = self.idle_warning, None
        if warning is not None and warning.is_current:
            warning.dismiss(None)

    def reset_to_home(self) -> None:
        """Forget everything of the last visitor: forms, language, large text, speech, staff login."""
        self.idle_warning = None
        self.staff_unlocked = False
        self.screen_reader.turn_off(quietly=True)
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

    # Speech ---------------------------------------------------------------------

    def action_speech(self) -> None:
        """Turn speech mode on or off (F1, on every screen)."""
        reader = self.screen_reader
        if reader.enabled:
            reader.turn_off()
        elif reader.available:
            reader.turn_on(self.screen)
        else:
            self.notify(_(self.speech.unavailable_reason), severity="warning", timeout=8, markup=False)

    def action_repeat_speech(self) -> None:
        """Say the last sentence again (F2)."""
        self.screen_reader.repeat()

    def action_read_page(self) -> None:
        """Read the whole screen from the top (F3)."""
        self.screen_reader.read_page(self.screen)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """In speech mode, say the widget that focus moved to (unless its screen has closed meanwhile)."""
        if event.widget.is_attached:
            self.screen_reader.focus_moved(event.widget)

    def _screen_changed(self, screen) -> None:
        """A new screen empties the speech queue at once (it announces itself once it is shown).

        When a screen was closed, its widgets are garbage: a full collection frees them once the
        screen below has been shown for a moment (``COLLECT_AFTER_SECONDS``), so that a visit leaves
        no memory behind (one collection for screens closed in quick succession).
        """
        self.screen_reader.interrupt()
        depth = len(self.screen_stack)
        if depth < self._depth and self._collection is None:
            self._collection = self.set_timer(COLLECT_AFTER_SECONDS, self._collect_closed)
        self._depth = depth

    def _collect_closed(self) -> None:
        """Free the widgets of the screens closed since the last collection, and the lines they drew.

        What survives is frozen: the next collection in use walks only what is new by then.
        """
        self._collection = None
        release_drawn_lines()
        gc.collect()
        gc.freeze()

    async def on_unmount(self) -> None:
        """Stop speaking when the program closes, and leave Python's collector (and Textual's caches) as they were."""
        self.speech.close()
        release_drawn_lines()
        gc.unfreeze()  # what this kiosk froze may be garbage now
        gc.set_threshold(*self._threshold)

    # Staff ----------------------------------------------------------------------

    def action_staff(self) -> None:
        """Open the PIN dialog, and the staff area behind it."""
        from screens.staff import open_staff_area

        open_staff_area(self)

    def lock_staff(self) -> None:
        """Leave the staff area and go back to the resident's home screen."""
        self.reset_to_home()
