"""The idea a resident is writing, kept between the form's steps (no Textual here)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.i18n import N_
from kiosk.core.ideas import OTHER_THEME
from kiosk.core.model import IDEA_MAX_CHARS
from kiosk.core.text import clean_text

EMPTY_IDEA = N_("Please write your idea in the box first. One sentence is enough.")
"""The friendly message for an empty idea."""
LONG_IDEA = N_("Your idea is {length} characters long. Please shorten it to {limit} characters.")
"""The friendly message for an idea over the limit."""


@dataclass
class IdeaDraft:
    """What the resident has chosen and typed so far; dropped at the idle reset."""

    theme: str = ""
    """The theme's name, or ``OTHER_THEME``."""
    workshop_id: str = ""
    """The service workshop the theme belongs to, if any."""
    text: str = ""
    """The idea as typed (cleaned only when it is sent)."""
    name: str = ""
    """The resident's name, seen only by staff."""
    contact: str = ""
    """Phone or e-mail, seen only by staff."""

    @property
    def is_other_theme(self) -> bool:
        """Whether the resident chose "other" instead of a listed theme."""
        return self.theme == OTHER_THEME

    @property
    def has_contact(self) -> bool:
        """Whether a name or contact was given."""
        return bool(self.name.strip() or self.contact.strip())

    @property
    def has_content(self) -> bool:
        """Whether anything was typed that would be lost by leaving the form."""
        return bool(self.text.strip() or self.has_contact)

    def cleaned_text(self) -> str:
        """The idea as it will be stored."""
        return clean_text(self.text, multiline=True)

    def text_problem(self) -> tuple[str, dict[str, int]] | None:
        """A friendly message id and its values when the text cannot be sent, else None."""
        text = self.cleaned_text()
        if not text:
            return EMPTY_IDEA, {}
        if len(text) > IDEA_MAX_CHARS:
            return LONG_IDEA, {"length": len(text), "limit": IDEA_MAX_CHARS}
        return None
