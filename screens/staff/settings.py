"""The centre's settings: name, contact, web addresses, printer, idle times, retention, language.

Ctrl+S saves through ``save_settings`` (which validates and audits); a refusal stays in
the error line and nothing is saved. The new idle times and centre name apply at once.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Input, Label, Select, Static

from kiosk.core.configure import save_settings
from kiosk.core.errors import KioskError, ValidationError
from kiosk.core.i18n import LANGUAGE_NAMES, LANGUAGES, N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS
from kiosk.core.settings import SLIP_PAPERS, Settings
from screens.narration import reader_of
from screens.staff.base import StaffScreen
from screens.staff.dialogs.choice import ChoiceDialog
from screens.staff.footer import StaffFooter
from screens.staff.printers import PrinterList, list_printers
from screens.widgets import KioskButton

NUMBER_FIELDS = (
    ("idle_seconds", "#idle", N_("Resident idle time (s)")),
    ("staff_idle_seconds", "#staff-idle", N_("Staff idle time (s)")),
    ("retention_months", "#retention", N_("Contacts kept (months)")),
)
"""The whole-number settings: Settings field, input selector, label."""
SPEECH_FIELDS = (
    ("speech_rate", "#speech-rate", N_("Speech speed (words/min)")),
    ("speech_volume", "#speech-volume", N_("Speech volume (%)")),
)
"""The speech settings, whole numbers too."""
SLIP_PAPER_NAMES = {"A5": N_("A5 sheet"), "A4": N_("A4 sheet"), "80mm": N_("80 mm receipt roll")}
"""How each slip paper is called in the list."""
TEXT_FIELDS = (
    ("centre_name", "#centre-name"),
    ("centre_contact", "#centre-contact"),
    ("poster_url", "#poster-url"),
    ("minutes_url", "#minutes-url"),
    ("printer", "#printer"),
)
"""The text settings: Settings field, input selector."""


def labelled(label: str, widget: Input | Select | Button, classes: str = "") -> ComposeResult:
    """A field with its label above it, in a column of a row."""
    with Vertical(classes=classes):
        yield Label(label)
        yield widget


class SettingsScreen(StaffScreen):
    """What staff configure once per resident centre."""

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), id="settings-save"),
        Binding("ctrl+p", "list_printers", N_("Printers"), id="settings-printers"),
        Binding("ctrl+t", "theme_names", N_("Theme names"), id="settings-theme-names"),
    ]

    def compose(self) -> ComposeResult:
        """The form, filled in with the settings in force."""
        settings = self.store.settings()
        yield Static(_("Settings"), classes="title")
        with VerticalScroll(classes="form"):
            with Horizontal(classes="row"):
                yield from labelled(
                    _("Name of the centre"), Input(settings.centre_name, id="centre-name", max_length=NAME_MAX_CHARS)
                )
                yield from labelled(
                    _("Contact of the centre (on printouts)"),
                    Input(settings.centre_contact, id="centre-contact", max_length=NAME_MAX_CHARS),
                )
            with Horizontal(classes="row"):
                yield from labelled(_("Web address for posters (QR code)"), Input(settings.poster_url, id="poster-url"))
                yield from labelled(_("Web address of the minutes"), Input(settings.minutes_url, id="minutes-url"))
            with Horizontal(classes="row"):
                yield from labelled(
                    _("Printer (empty: the default printer)"),
                    Input(settings.printer, id="printer", max_length=NAME_MAX_CHARS),
                )
                yield from labelled(" ", KioskButton(_("List printers"), id="list-printers"), classes="narrow")
                yield from labelled(
                    _("Default language"),
                    Select(
                        [(LANGUAGE_NAMES[code], code) for code in LANGUAGES],
                        value=settings.language,
                        allow_blank=False,
                        id="language",
                    ),
                )
            yield Static(id="printers", classes="hint")
            with Horizontal(classes="row"):
                yield from labelled(
                    _("Theme names for Swedish and English screens"),
                    KioskButton(_("Theme names"), id="theme-names"),
                    classes="narrow",
                )
            with Horizontal(classes="row"):
                for name, selector, label in NUMBER_FIELDS:
                    value = str(getattr(settings, name))
                    yield from labelled(_(label), Input(value, id=selector[1:], restrict=r"[0-9]*", max_length=4))
            with Horizontal(classes="row"):
                for name, selector, label in SPEECH_FIELDS:
                    value = str(getattr(settings, name))
                    yield from labelled(_(label), Input(value, id=selector[1:], restrict=r"[0-9]*", max_length=3))
                yield from labelled(
                    _("Paper for the resident's slip"),
                    Select(
                        [(_(SLIP_PAPER_NAMES[paper]), paper) for paper in SLIP_PAPERS],
                        value=settings.slip_paper,
                        allow_blank=False,
                        id="slip-paper",
                    ),
                )
            yield Static(self._speech_line(), id="speech-status", classes="hint")
            yield Static(
                _(
                    "After the idle time the kiosk returns to its start screen and forgets what was typed. "
                    "Residents' contact details are erased the given number of months after their idea is closed."
                ),
                classes="hint",
            )
        yield Static(id="error")
        with Horizontal(classes="buttons"):
            yield KioskButton(_("Cancel"), id="cancel")
            yield KioskButton(_("Save"), id="save", variant="primary")
        yield StaffFooter()

    def _speech_line(self) -> Content:
        """Whether this computer can speak, and if not, why."""
        reader = reader_of(self.app)
        if reader is None:
            return Content(_("Speech is not available in this program."))
        if not reader.available:
            return Content(_(reader.unavailable_reason))
        return Content(_("Speech works on this computer: F1 turns it on and off on every screen."))

    def on_mount(self) -> None:
        """Hide the empty error line and start at the centre's name."""
        self.query_one("#error", Static).display = False
        self.query_one("#printers", Static).display = False
        self.query_one("#centre-name", Input).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save, cancel or list the printers."""
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "cancel":
            self.action_back()
        elif event.button.id == "list-printers":
            self.action_list_printers()
        elif event.button.id == "theme-names":
            self.action_theme_names()

    def action_theme_names(self) -> None:
        """Open the theme names in Swedish and English (saved there, on their own)."""
        from screens.staff.theme_names import ThemeNamesScreen

        self.app.push_screen(ThemeNamesScreen())

    def read_form(self) -> Settings:
        """The settings as typed (the core validates them when saving)."""
        changes: dict[str, Any] = {name: self.query_one(selector, Input).value for name, selector in TEXT_FIELDS}
        for name, selector, label in (*NUMBER_FIELDS, *SPEECH_FIELDS):
            typed = self.query_one(selector, Input).value.strip()
            if not typed.isdigit():
                raise ValidationError(N_("{field}: write a whole number."), field=label)
            changes[name] = int(typed)
        changes["language"] = str(self.query_one("#language", Select).value)
        changes["slip_paper"] = str(self.query_one("#slip-paper", Select).value)
        return replace(self.store.settings(), **changes)

    def action_save(self) -> None:
        """Save in a worker; a refusal (e.g. a web address without https://) stays shown here."""
        try:
            settings = self.read_form()
        except KioskError as error:
            self.show_error(error.translated())
            return
        self.run_service(lambda: save_settings(self.store, settings, actor="staff"), self.saved)

    def saved(self, settings: Settings) -> None:
        """Apply the new idle times and name to the running kiosk, then go back."""
        app = self.app
        app.idle_seconds = float(settings.idle_seconds)  # type: ignore[attr-defined]
        # As at start-up: staff never get less time than a resident.
        app.staff_idle_seconds = max(app.idle_seconds, float(settings.staff_idle_seconds))  # type: ignore[attr-defined]
        app.centre_name = settings.centre_name  # type: ignore[attr-defined]
        reader = reader_of(app)
        if reader is not None:
            reader.set_voice(settings.speech_rate, settings.speech_volume)
        self.show_done(_("Settings saved."))
        self.dismiss(None)

    def action_list_printers(self) -> None:
        """Ask CUPS for its printers in a worker, then offer them to choose from."""
        self._printers_line(_("Asking CUPS for its printers\u2026"))
        self.run_service(list_printers, self._printers_listed)

    def _printers_listed(self, found: PrinterList) -> None:
        """Offer the printers found, or say why there are none."""
        if found.problem:
            self._printers_line(_(found.problem).format(reason=found.detail))
            return
        if not found.names:
            self._printers_line(_("CUPS has no printers."))
            return
        self._printers_line(_("Printers: {names}").format(names=", ".join(found.names)))

        def chosen(name: str | None) -> None:
            if name:
                self.query_one("#printer", Input).value = name

        self.app.push_screen(ChoiceDialog(_("Which printer?"), [(n, n) for n in found.names]), callback=chosen)

    def _printers_line(self, text: str) -> None:
        """The line under the printer field."""
        line = self.query_one("#printers", Static)
        line.update(Content(text))
        line.display = bool(text)
