"""The home screen: the centre's name, today's date, four big choices (five when other centres share
their tables with this one), language and text size."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Static

from kiosk.core.dates import format_long_day
from kiosk.core.i18n import LANGUAGE_NAMES, LANGUAGES, N_, _, current_language
from kiosk.core.received import has_other_centres
from kiosk.core.spoken import LISTEN, SPEECH_KEY, day_words
from screens.base import KioskScreen
from screens.shell import shell_of
from screens.widgets import ChoiceButton, plain

WELCOME = N_("Welcome! Press a number key, or touch a button.")
"""The greeting under the date."""

LANGUAGE_KEYS = {"fi": "5", "sv": "6", "en": "7"}
"""The number key of each language on the home screen."""


class HomeScreen(KioskScreen):
    """Where every visit starts, and where the kiosk returns after the idle time."""

    CSS_PATH = "home.tcss"  # read with the app's (screens.RESIDENT_CSS)
    # Focused as the screen is composed: focusing later would redraw the whole first frame.
    AUTO_FOCUS = "#choice-idea"
    SHOW_BACK = False
    SHOW_NAV_BAR = False
    BINDINGS = [
        Binding("1", "open('idea')", "Leave an idea", show=False, id="home-idea"),
        Binding("2", "open('upcoming')", "Upcoming tables and meetings", show=False, id="home-upcoming"),
        Binding("3", "open('results')", "Results", show=False, id="home-results"),
        Binding("4", "open('my_idea')", "What happened to my idea", show=False, id="home-my-idea"),
        Binding("8", "open('other_centres')", "Other villages' tables", show=False, id="home-other-centres"),
        Binding("5", "app.language('fi')", "Suomi", show=False, id="home-language-fi"),
        Binding("6", "app.language('sv')", "Svenska", show=False, id="home-language-sv"),
        Binding("7", "app.language('en')", "English", show=False, id="home-language-en"),
    ]

    def heading(self) -> Content:
        """The centre's name, as staff set it."""
        return plain(getattr(self.app, "centre_name", ""))

    def compose_body(self) -> ComposeResult:
        """Today's date, the four choices, the language switch and the text size."""
        with VerticalScroll(id="home-body"):
            with Horizontal(id="top-line"):
                yield Static(plain(format_long_day(self.store.now())), id="today")
                yield Static(_(LISTEN).format(key=SPEECH_KEY), id="listen")
            yield Static(_(WELCOME), id="intro")
            with Vertical(id="choices"):
                yield ChoiceButton("1", _("Leave an idea"), id="choice-idea")
                yield ChoiceButton("2", _("Upcoming tables and meetings"), id="choice-upcoming")
                yield ChoiceButton("3", _("Results"), id="choice-results")
                yield ChoiceButton("4", _("What happened to my idea?"), id="choice-my_idea")
                if has_other_centres(self.store):
                    yield ChoiceButton("8", _("Other villages' tables"), id="choice-other_centres")
            yield Static("Kieli \u00b7 Språk \u00b7 Language", id="language-label")
            with Horizontal(id="languages"):
                for language in LANGUAGES:
                    current = language == current_language()
                    name = LANGUAGE_NAMES[language] + (" \u2713" if current else "")
                    yield ChoiceButton(
                        LANGUAGE_KEYS[language],
                        name,
                        id=f"language-{language}",
                        classes="language -current" if current else "language",
                    )
                yield Static(id="nav-gap")
                yield self.large_text_button()

    def spoken_intro(self) -> list[str]:
        """The centre, today's date in words, and the greeting."""
        today = self.store.now().date()
        return [getattr(self.app, "centre_name", ""), day_words(today, current_language(), today=today), _(WELCOME)]

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Open a choice or switch the language."""
        button_id = event.button.id or ""
        if button_id.startswith("choice-"):
            event.stop()
            self.action_open(button_id.removeprefix("choice-"))
        elif button_id.startswith("language-"):
            event.stop()
            shell_of(self).action_language(button_id.removeprefix("language-"))

    def action_open(self, choice: str) -> None:
        """Open one of the four choices."""
        if choice == "idea":
            from screens.idea_draft import IdeaDraft
            from screens.idea_theme import IdeaThemeScreen

            self.app.push_screen(IdeaThemeScreen(IdeaDraft()))
        elif choice == "upcoming":
            from screens.upcoming import UpcomingScreen

            self.app.push_screen(UpcomingScreen())
        elif choice == "results":
            from screens.results import ResultsScreen

            self.app.push_screen(ResultsScreen())
        elif choice == "my_idea":
            from screens.my_idea import MyIdeaScreen

            self.app.push_screen(MyIdeaScreen())
        elif choice == "other_centres":
            from screens.other_centres import OtherCentresScreen

            self.app.push_screen(OtherCentresScreen())

    def language_changed(self) -> None:
        """Redraw every text in the new language, keeping focus on the language switch."""
        self._redraw(f"#language-{current_language()}")

    def start_over(self) -> None:
        """Show the screen as the next visitor finds it: today's date, the current language, the first choice."""
        self._redraw("#choice-idea")

    def _redraw(self, focus: str) -> None:
        """Compose the screen anew and focus the button ``focus``."""

        async def redraw() -> None:
            await self.recompose()
            self.query_one(focus, Button).focus()

        self.call_later(redraw)
