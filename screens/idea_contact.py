"""Leaving an idea, step 3 of 4: a name and a phone number or e-mail, if the resident wants."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Static

from kiosk.core.i18n import N_, _
from kiosk.core.model import NAME_MAX_CHARS
from screens.base import KioskScreen
from screens.idea_draft import IdeaDraft
from screens.widgets import StepButton, key_label


class IdeaContactScreen(KioskScreen):
    """Optional contact details, with a plain note that only staff see them."""

    CSS_PATH = "idea_form.tcss"
    # Focused as the screen is composed, so its first frame is already the settled one.
    AUTO_FOCUS = "#name"
    HEADING = N_("Leave an idea \u2013 step 3 of 4: your contact details (if you want)")

    def __init__(self, draft: IdeaDraft) -> None:
        super().__init__()
        self.draft = draft
        """The idea being written, shared by every step of the form."""

    def compose_body(self) -> ComposeResult:
        """The note, two fields and the Continue button."""
        with VerticalScroll(classes="body form"):
            yield Static(
                _(
                    "If you want staff to be able to ask you about your idea, leave your name "
                    "and a phone number or e-mail. You can also leave them empty."
                ),
                classes="text instruction",
            )
            yield Static(_("Your name"), classes="field-label")
            yield Input(self.draft.name, id="name", max_length=NAME_MAX_CHARS)
            yield Static(_("Phone number or e-mail"), classes="field-label")
            yield Input(self.draft.contact, id="contact", max_length=NAME_MAX_CHARS)
            yield Static(
                _("Only the resident centre's staff see your contact details. They are never shown in public."),
                id="contact-note",
                classes="notice",
            )
            with Horizontal(classes="button-row"):
                yield StepButton(key_label("Enter", _("Continue")), id="continue")

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        """Keep what is typed in the draft."""
        if event.input.id == "name":
            self.draft.name = event.value
        elif event.input.id == "contact":
            self.draft.contact = event.value

    @on(Input.Submitted, "#name")
    def _name_done(self, event: Input.Submitted) -> None:
        """Enter in the name field moves on to the contact field."""
        event.stop()
        self.query_one("#contact", Input).focus()

    @on(Input.Submitted, "#contact")
    @on(Button.Pressed, "#continue")
    def _continue(self, event: Input.Submitted | Button.Pressed) -> None:
        """Go on to checking the idea before sending."""
        event.stop()
        from screens.idea_review import IdeaReviewScreen

        self.app.push_screen(IdeaReviewScreen(self.draft))
