"""Theme names in Swedish and English: one row per theme the tables and workshops use.

Tables, workshops and ideas hold a theme by its Finnish name; what staff write here is
what a resident reads in Swedish or English (an empty field shows the Finnish name).
Ctrl+S saves through ``save_settings``.
"""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Input, Label, Static

from kiosk.core.configure import save_settings
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS
from kiosk.core.public import themes_in_use
from kiosk.core.settings import THEME_LANGUAGES, Settings
from screens.staff.base import StaffScreen
from screens.staff.footer import StaffFooter
from screens.widgets import KioskButton

COLUMNS = (("sv", N_("In Swedish")), ("en", N_("In English")))
"""The translated names, in the order of their columns."""


class ThemeNamesScreen(StaffScreen):
    """Each theme's Finnish name with fields for its Swedish and English names."""

    BINDINGS = [Binding("ctrl+s", "save", N_("Save"), id="theme-names-save")]

    def __init__(self) -> None:
        super().__init__()
        self._themes: list[str] = []

    def compose(self) -> ComposeResult:
        """A row per theme in use (and per theme already translated)."""
        settings = self.store.settings()
        in_use = themes_in_use(self.store)
        known = {theme.casefold() for theme in in_use}
        self._themes = in_use + sorted((t for t in settings.theme_names if t.casefold() not in known), key=str.casefold)
        yield Static(_("Theme names in Swedish and English"), classes="title")
        yield Static(
            _("Residents who chose Svenska or English read these names. An empty field shows the Finnish name."),
            classes="subtitle",
        )
        with VerticalScroll(classes="form"):
            if not self._themes:
                yield Static(_("No table or workshop has a theme yet."), classes="hint")
            with Horizontal(classes="row"):
                yield Label(_("Theme"))
                for _language, label in COLUMNS:
                    yield Label(_(label))
            for number, theme in enumerate(self._themes):
                with Horizontal(classes="row"):
                    yield Static(Content(theme))
                    for language, _label in COLUMNS:
                        value = settings.theme_name(theme, language)
                        yield Input(
                            "" if value == theme else value,
                            id=f"theme-{number}-{language}",
                            max_length=NAME_MAX_CHARS,
                            placeholder=theme,
                        )
        yield Static(id="error")
        with Horizontal(classes="buttons"):
            yield KioskButton(_("Cancel"), id="cancel")
            yield KioskButton(_("Save"), id="save", variant="primary")
        yield StaffFooter()

    def on_mount(self) -> None:
        """Hide the empty error line and start at the first field."""
        self.query_one("#error", Static).display = False
        fields = self.query(Input)
        if fields:
            fields.first().focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "cancel":
            self.action_back()

    def read_form(self) -> dict[str, dict[str, str]]:
        """The names as typed, by the Finnish name (the core cleans and drops empty ones)."""
        names: dict[str, dict[str, str]] = {}
        for number, theme in enumerate(self._themes):
            for language in THEME_LANGUAGES:
                names.setdefault(theme, {})[language] = self.query_one(f"#theme-{number}-{language}", Input).value
        return names

    def action_save(self) -> None:
        """Save in a worker; a refusal stays shown here."""
        settings = replace(self.store.settings(), theme_names=self.read_form())
        self.run_service(lambda: save_settings(self.store, settings, actor="staff"), self.saved)

    def saved(self, _settings: Settings) -> None:
        """Go back to the settings."""
        self.show_done(_("Theme names saved."))
        self.dismiss(None)
