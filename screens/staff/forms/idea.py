"""Enter an idea a resident gave on paper or by phone."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widgets import Footer, Input, Label, Select, Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.ideas import submit_idea
from kiosk.core.model import NAME_MAX_CHARS
from kiosk.core.public import idea_themes
from screens.staff.forms.base import FormDialog, field, form_buttons
from screens.staff.labels import SOURCE_LABELS


class NewIdeaDialog(FormDialog):
    """The idea, its theme, the resident's name and contact (private), and where it came from."""

    def compose(self) -> ComposeResult:
        """The form."""
        themes = [t.name for t in idea_themes(self.store)]
        with Vertical(classes="dialog"):
            yield Static(_("New idea on behalf of a resident"), classes="dialog-title")
            with VerticalScroll(classes="form"):
                yield from field(_("Idea"), TextArea(id="text", soft_wrap=True))
                yield from field(
                    _("Theme"),
                    Input(
                        id="theme", max_length=NAME_MAX_CHARS, suggester=SuggestFromList(themes, case_sensitive=False)
                    ),
                )
                yield Label(_("Given"))
                yield Select(
                    [(_(SOURCE_LABELS[s]), s) for s in ("paper", "phone")],
                    value="paper",
                    allow_blank=False,
                    id="source",
                )
                yield from field(_("Name (optional, staff only)"), Input(id="name", max_length=NAME_MAX_CHARS))
                yield from field(
                    _("Phone or e-mail (optional, staff only)"), Input(id="contact", max_length=NAME_MAX_CHARS)
                )
            yield from form_buttons()
        yield Footer(compact=True)

    def build(self):
        """The idea as the core takes it (the core refuses an empty or too long one)."""
        return partial(
            submit_idea,
            self.store,
            self.value("#text"),
            theme=self.value("#theme"),
            name=self.value("#name"),
            contact=self.value("#contact"),
            source=str(self.query_one("#source", Select).value),
        )
