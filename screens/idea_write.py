"""Leaving an idea, step 2 of 4: write the idea, with a live count against the limit."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Static, TextArea

from kiosk.core.i18n import N_, _
from kiosk.core.model import IDEA_MAX_CHARS
from screens.base import KioskScreen
from screens.idea_draft import IdeaDraft
from screens.widgets import KioskButton, StepButton, field_line, key_label, plain, theme_text


def theme_line(draft: IdeaDraft, store) -> Content:
    """ "Theme: ..." for the chosen theme, in the kiosk's language."""
    theme = _("Something else") if draft.is_other_theme else theme_text(store, draft.theme)
    return field_line(_("Topic"), theme)


NEW_LINE_KEY = "Shift+Enter"
"""The key that starts a new line in the idea, as shown on its button."""


class IdeaTextArea(TextArea):
    """The writing box: Enter continues to the next step, Shift+Enter starts a new line."""

    BINDINGS = [
        # Priority: the box would otherwise take Enter as a new line before any binding saw it.
        Binding("enter", "continue", "Continue", show=False, priority=True, id="idea-continue"),
        Binding("shift+enter", "new_line", "New line", show=False, priority=True, id="idea-new-line"),
    ]

    class Continue(Message):
        """The resident pressed Enter in the box."""

    def action_continue(self) -> None:
        """Ask the screen to go on, as the Continue button does."""
        self.post_message(self.Continue())

    def action_new_line(self) -> None:
        """Start a new line where the cursor is."""
        self.insert("\n")


class IdeaWriteScreen(KioskScreen):
    """A large writing box; Enter (or the Continue button) goes on, Shift+Enter starts a new line."""

    CSS_PATH = "idea_form.tcss"
    # Focused as the screen is composed, so its first frame is already the settled one.
    AUTO_FOCUS = "#idea-text"
    HEADING = N_("Leave an idea \u2013 step 2 of 4: write your idea")

    def __init__(self, draft: IdeaDraft) -> None:
        super().__init__()
        self.draft = draft
        """The idea being written, shared by every step of the form."""

    def compose_body(self) -> ComposeResult:
        """Theme, writing box, counter, message and the Continue button."""
        with Vertical(classes="body form"):
            yield Static(theme_line(self.draft, self.store), classes="text instruction")
            yield Static(
                _("Write in your own words. When you are done, press Enter or touch Continue."),
                classes="hint instruction",
            )
            area = IdeaTextArea(self.draft.text, id="idea-text", soft_wrap=True, show_line_numbers=False)
            area.tab_behavior = "focus"
            yield area
            yield Static(self._counter_text(len(self.draft.text)), id="counter")
            yield Static("", id="message", classes="notice -hidden")
            with Horizontal(classes="button-row"):
                yield StepButton(key_label("Enter", _("Continue")), id="continue")
                yield KioskButton(key_label(NEW_LINE_KEY, _("New line")), id="new-line", classes="nav")

    def on_mount(self) -> None:
        """Put the cursor after the text written so far."""
        area = self.query_one("#idea-text", TextArea)
        area.move_cursor(area.document.end)

    @staticmethod
    def _counter_text(length: int) -> str:
        """ "123 / 1000 characters"."""
        return _("{length} / {limit} characters").format(length=length, limit=IDEA_MAX_CHARS)

    @on(TextArea.Changed, "#idea-text")
    def _text_changed(self, event: TextArea.Changed) -> None:
        """Keep the draft and the counter up to date while typing."""
        self.draft.text = event.text_area.text
        length = len(self.draft.text)
        counter = self.query_one("#counter", Static)
        counter.update(self._counter_text(length))
        counter.set_class(length > IDEA_MAX_CHARS, "-over")
        if length <= IDEA_MAX_CHARS:
            self._show_message("")

    def _show_message(self, text: str) -> None:
        """Show a friendly message under the box, or hide it when empty."""
        message = self.query_one("#message", Static)
        message.update(plain(text))
        message.set_class(not text, "-hidden")
        if text:
            self.speak(text)

    @on(Button.Pressed, "#new-line")
    def _new_line(self, event: Button.Pressed) -> None:
        """The New line button: a new line in the box, and back to writing."""
        event.stop()
        area = self.query_one("#idea-text", IdeaTextArea)
        area.action_new_line()
        area.focus()

    @on(IdeaTextArea.Continue)
    @on(Button.Pressed, "#continue")
    def _continue(self, event: Button.Pressed | IdeaTextArea.Continue) -> None:
        """Go on to the contact details, or say kindly what is missing."""
        event.stop()
        problem = self.draft.text_problem()
        if problem is not None:
            message, values = problem
            self._show_message(_(message).format(**values))
            self.query_one("#idea-text", TextArea).focus()
            return
        from screens.idea_contact import IdeaContactScreen

        self.app.push_screen(IdeaContactScreen(self.draft))
