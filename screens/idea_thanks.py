"""The thank-you after an idea is saved: its reference drawn very large, and what happens next."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Digits, Static

from kiosk.core.i18n import N_, _
from kiosk.core.ideas import find_idea
from screens.base import KioskScreen
from screens.narration import button_text
from screens.print_button import PrintButton
from screens.shell import shell_of
from screens.slip_button import SlipButton
from screens.widgets import KioskButton, bullets, key_label, plain

SAVED = N_("Your idea was saved. Its number is:")
"""The line above the reference."""
WRITE_IT_DOWN = N_(
    "Write the number down, or print a slip. With it you can follow your idea here: choose 4 on the first screen."
)
"""What to do with the reference."""


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
    BINDINGS = [
        Binding("enter", "done", "Done", show=False, id="thanks-done"),
        Binding("p", "print_slip", "Print a slip", show=False, id="thanks-print-slip"),
    ]

    def __init__(self, reference: str, *, idea_id: str = "") -> None:
        super().__init__()
        self.reference = reference
        """The saved idea's reference, e.g. ``ID-0042``."""
        self.idea_id = idea_id
        """The saved idea (found by its reference when not given)."""

    def compose_body(self) -> ComposeResult:
        """The reference, large, and what happens next."""
        label, digits = reference_digits(self.reference)
        with VerticalScroll(id="thanks", classes="body"):
            yield Static(_(SAVED), classes="text")
            with Horizontal(id="reference"):
                yield Static(plain(label), id="reference-label")
                yield Digits(digits, id="reference-digits")
            yield Static(plain(self.reference), id="reference-plain")
            yield Static(_(WRITE_IT_DOWN), id="write-it-down", classes="notice")
            yield Static("", id="message", classes="notice -hidden")
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
                yield SlipButton(self._idea_id(), self.reference)
                yield KioskButton(key_label("Enter", _("Done, back to the start")), id="done")

    def _idea_id(self) -> str:
        """The saved idea's id."""
        if not self.idea_id:
            idea = find_idea(self.store, self.reference)
            self.idea_id = idea.id if idea is not None else ""
        return self.idea_id

    def spoken_intro(self) -> list[str]:
        """Thanks, the number (said as a number), what to do with it, and the two buttons."""
        buttons = [button_text(button) for button in self.query("#thanks Button").results(Button)]
        return [_(self.HEADING), f"{_(SAVED)} {self.reference}", _(WRITE_IT_DOWN), *buttons]

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Done: back to the start."""
        event.stop()
        self.action_done()

    def action_print_slip(self) -> None:
        """Print the slip (the P key)."""
        self.query_one(SlipButton).press()

    def on_print_button_done(self, message: PrintButton.Done) -> None:
        """Say on the screen, and aloud in speech mode, how printing went; the idea is saved either way."""
        line = self.query_one("#message", Static)
        line.update(plain(message.message))
        line.set_class(False, "-hidden")
        line.set_class(not message.ok, "-error")
        self.speak(message.message)

    def action_done(self) -> None:
        """Go back to the home screen."""
        shell_of(self).go_home()

    def action_back(self) -> None:
        """Esc also goes home: the form is already sent."""
        self.action_done()
