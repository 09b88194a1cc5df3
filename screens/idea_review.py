"""Leaving an idea, step 4 of 4: check and send; the thank-you follows once it is on disk."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Static

from kiosk.core.errors import KioskError, StorageError
from kiosk.core.i18n import N_, _
from kiosk.core.ideas import submit_idea
from kiosk.core.model import Idea
from screens.base import KioskScreen
from screens.idea_draft import IdeaDraft
from screens.idea_write import theme_line
from screens.shell import shell_of
from screens.widgets import StepButton, key_label, plain

SAVE_FAILED = N_(
    "Sorry, your idea could not be saved just now. Your text is still here. "
    "Please try again in a moment, or ask the staff for help."
)
"""The kind message when the data folder cannot be written."""


class IdeaReviewScreen(KioskScreen):
    """The idea as it will be sent; Send writes it in a worker thread."""

    CSS_PATH = "idea_form.tcss"
    # Focused as the screen is composed, so its first frame is already the settled one.
    AUTO_FOCUS = "#send"
    HEADING = N_("Leave an idea \u2013 step 4 of 4: check and send")

    class Saved(Message):
        """The idea is on disk."""

        def __init__(self, idea: Idea) -> None:
            super().__init__()
            self.idea = idea
            """The stored idea, with its reference number."""

    class Failed(Message):
        """The idea could not be stored; the message says why, kindly."""

        def __init__(self, message: str) -> None:
            super().__init__()
            self.message = message
            """What to tell the resident."""

    def __init__(self, draft: IdeaDraft) -> None:
        super().__init__()
        self.draft = draft
        """The idea being written, shared by every step of the form."""

    def compose_body(self) -> ComposeResult:
        """Theme, the text exactly as typed, whether contact details were given, and Send."""
        with VerticalScroll(classes="body form"):
            yield Static(theme_line(self.draft, self.store), classes="text instruction")
            yield Static(_("Your idea:"), classes="field-label instruction")
            yield Static(plain(self.draft.cleaned_text()), id="review-text", classes="instruction")
            if self.draft.has_contact:
                contact = _("You left contact details. Only staff see them.")
            else:
                contact = _("You did not leave contact details.")
            yield Static(contact, classes="text instruction")
            yield Static("", id="message", classes="notice -hidden")
            with Horizontal(classes="button-row"):
                yield StepButton(key_label("Enter", _("Send the idea")), id="send")
                yield StepButton(key_label("Esc", _("Change something")), id="change")

    @on(Button.Pressed, "#change")
    def _change(self, event: Button.Pressed) -> None:
        """Go back to the contact details (and from there to the text)."""
        event.stop()
        self.action_back()

    @on(Button.Pressed, "#send")
    def _send(self, event: Button.Pressed) -> None:
        """Send the idea once; the button waits until the worker answers."""
        event.stop()
        button = self.query_one("#send", Button)
        if button.disabled:
            return
        button.disabled = True
        self._show_message(_("Saving your idea\u2026"))
        self.save_idea()

    @work(thread=True, exclusive=True, group="save-idea")
    def save_idea(self) -> None:
        """Write the idea durably (off the screen's thread) and report back."""
        try:
            idea = submit_idea(
                self.store,
                self.draft.text,
                theme=self.draft.theme,
                name=self.draft.name,
                contact=self.draft.contact,
                workshop_id=self.draft.workshop_id,
            )
        except StorageError:
            self.post_message(self.Failed(_(SAVE_FAILED)))
        except KioskError as error:
            self.post_message(self.Failed(error.translated()))
        except OSError:
            self.post_message(self.Failed(_(SAVE_FAILED)))
        else:
            self.post_message(self.Saved(idea))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        """Show the thank-you in place of the form (the form is done with)."""
        from screens.idea_thanks import IdeaThanksScreen

        shell_of(self).go_home()
        self.app.push_screen(IdeaThanksScreen(message.idea.reference, idea_id=message.idea.id))

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        """Say kindly what went wrong; the draft keeps every typed word."""
        self._show_message(message.message)
        button = self.query_one("#send", Button)
        button.disabled = False
        button.focus()

    def _show_message(self, text: str) -> None:
        """Show a message above the buttons, or hide it when empty."""
        message = self.query_one("#message", Static)
        message.update(plain(text))
        message.set_class(not text, "-hidden")
        if text:
            self.speak(text)
