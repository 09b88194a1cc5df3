"""The base of every resident screen: a heading, a body, and the bar with Back and Larger text."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from kiosk.core.i18n import _
from kiosk.core.store import Store
from screens.narration import SpokenScreen
from screens.shell import shell_of
from screens.widgets import KioskButton, StepButton, key_label, plain

NOTICE_SECONDS = 12.0
"""How long a notice (e.g. how printing went) stays on the screen."""


class KioskScreen(SpokenScreen, Screen):
    """A resident screen: Esc (or the Back button) goes back one step."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
    ]

    HEADING = ""
    """Message id of the screen's heading."""
    SHOW_BACK = True
    """Whether the screen has a Back button (the home screen has none)."""
    SHOW_NAV_BAR = True
    """Whether the bar with Back and Larger text is at the bottom (the home screen places its own)."""

    @property
    def store(self) -> Store:
        """The data folder, through the app."""
        return shell_of(self).store

    def heading(self) -> str | Content:
        """The heading in the current language."""
        return _(self.HEADING)

    @property
    def large(self) -> bool:
        """Whether the kiosk is in the large-text mode."""
        return bool(getattr(self.app, "large_text", False))

    def compose(self) -> ComposeResult:
        """Heading, the screen's own body, and the navigation bar."""
        yield Static(self.composed_heading(), id="heading")
        yield from self.compose_body()
        # In the layout, above the bottom bar: a notice never covers a button.
        yield Static("", id="screen-notice", classes="notice -hidden")
        if self.SHOW_NAV_BAR:
            with Horizontal(id="nav-bar"):
                if self.SHOW_BACK:
                    yield StepButton(key_label("Esc", _("Back")), id="back-button", classes="nav", action="screen.back")
                yield Static(id="nav-gap")
                yield self.large_text_button()

    def composed_heading(self) -> Content:
        """The heading as the screen first shows it."""
        heading = self.heading()
        return heading if isinstance(heading, Content) else Content(heading)

    def compose_body(self) -> ComposeResult:
        """The screen's own widgets between the heading and the navigation bar."""
        yield from ()

    def large_text_button(self) -> Button:
        """The switch between everyday and large text."""
        return KioskButton(self._large_text_label(), id="large-text-button", classes="nav", action="app.large_text")

    def _large_text_label(self) -> Content:
        """The label of the text size switch: what pressing it will do."""
        return key_label("+", _("Normal text") if self.large else _("Larger text"))

    def show_notice(self, text: str, *, seconds: float = NOTICE_SECONDS) -> None:
        """Show a short message in plain words above the bottom bar, for a while (on this screen only)."""
        notice = self.query_one("#screen-notice", Static)
        notice.update(plain(text))
        notice.set_class(False, "-hidden")
        self.set_timer(seconds, lambda: notice.set_class(True, "-hidden"), name="notice")

    def on_print_button_done(self, message) -> None:
        """How printing went (from a ``PrintButton`` on this screen), in plain words."""
        self.show_notice(message.message)

    def large_text_changed(self) -> None:
        """The text size changed: update the switch (screens with pages also re-page)."""
        for button in self.query("#large-text-button").results(Button):
            button.label = self._large_text_label()
            button.refresh(layout=True)  # the label's width changed

    def action_back(self) -> None:
        """Go back one step."""
        if self.SHOW_BACK and self.app.screen is self:
            self.app.pop_screen()
