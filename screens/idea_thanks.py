"""The thank-you after an idea is saved: its reference drawn very large, and what happens next."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Digits, Static

from kiosk.core.i18n import N_, _
from screens.base import KioskScreen
from screens.widgets import bullets, key_label, plain


def reference_digits(reference: str) -> tuple[str, str]:
    """Split ``ID-0042`` into the label ``ID-`` and the digits ``0042`` drawn large."""
    prefix, _sep, digits = reference.rpartition("-")
    return (f"{prefix}-" if prefix else ""), digits


class IdeaThanksScreen(KioskScreen):
    """Thanks, the reference to write down, and the steps ahead; Enter or Esc goes home."""

    CSS_PATH = "idea_thanks.tcss"
    # At the top, so the number shows first even on a small screen (Enter still finishes); focused
    # as the screen is composed, so its first frame is already the settled one.
    AUTO_FOCUS = "#thanks"
    HEADING = N_("Thank you for your idea!")
    BINDINGS = [Binding("enter", "done", "Done", show=False, id="thanks-done")]

    def __init__(self, reference: str) -> None:
        super().__init__()
        self.reference = reference
        """The saved idea's reference, e.g. ``ID-0042``."""

    def compose_body(self) -> ComposeResult:
        """The reference, large, and what happens next."""
        label, digits = reference_digits(self.reference)
        with VerticalScroll(id="thanks", classes="body"):
            yield Static(_("Your idea was saved. Its number is:"), classes="text")
            with Horizontal(id="reference"):
                yield Static(plain(label), id="reference-label")
                yield Digits(digits, id="reference-digits")
            yield Static(plain(self.reference), id="reference-plain")
            yield Static(
                _("Write the number down. With it you can follow your idea here: choose 4 on the first screen."),
                classes="notice",
            )
            yield Static(_("What happens next"), classes="section-title")
            yield Static(
                bullets(
                    [
                        _("The resident centre's staff read your idea."),
                        _("Then it is shown on this screen, and it can go on the agenda of a partnership table."),
                        _("What the table agrees on is shown here under your number."),
                    ]
                ),
                classes="text",
            )
            with Horizontal(classes="button-row"):
                yield Button(key_label("Enter", _("Done, back to the start")), id="done")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Done: back to the start."""
        event.stop()
        self.action_done()

    def action_done(self) -> None:
        """Go back to the home screen."""
        self.app.go_home()

    def action_back(self) -> None:
        """Esc also goes home: the form is already sent."""
        self.action_done()
