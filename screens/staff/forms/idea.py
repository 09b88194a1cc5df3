"""Enter an idea a resident gave on paper or by phone, or at a service workshop."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Select, Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.ideas import submit_idea
from kiosk.core.model import NAME_MAX_CHARS, Workshop
from kiosk.core.public import idea_themes
from screens.staff.base import plain
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import FormDialog, field, form_buttons
from screens.staff.labels import SOURCE_LABELS


class NewIdeaDialog(FormDialog):
    """The idea, its theme, the resident's name and contact (private), and where it came from.

    Opened from a service workshop's screen, the idea is left for that workshop (collected
    before or at it), and the workshop's themes are suggested.
    """

    def __init__(self, workshop: Workshop | None = None) -> None:
        super().__init__()
        self.workshop = workshop
        """The service workshop the idea was collected for, if any."""

    def compose(self) -> ComposeResult:
        """The form."""
        workshop = self.workshop
        if workshop is not None:
            themes = list(workshop.offered_themes)
            sources: tuple[str, ...] = ("workshop", "paper", "phone")
        else:
            themes = [t.name for t in idea_themes(self.store)]
            sources = ("paper", "phone")
        with Vertical(classes="dialog"):
            yield Static(_("New idea on behalf of a resident"), classes="dialog-title")
            if workshop is not None:
                yield Static(plain(_("For the service workshop {title}").format(title=workshop.title)), classes="hint")
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
                    [(_(SOURCE_LABELS[s]), s) for s in sources],
                    value=sources[0],
                    allow_blank=False,
                    id="source",
                )
                yield from field(_("Name (optional, staff only)"), Input(id="name", max_length=NAME_MAX_CHARS))
                yield from field(
                    _("Phone or e-mail (optional, staff only)"), Input(id="contact", max_length=NAME_MAX_CHARS)
                )
            yield from form_buttons()
        yield StaffFooter()

    def build(self):
        """The idea as the core takes it (the core refuses an empty or too long one).

        An idea for a workshop without a theme typed is on the workshop itself, as on the kiosk.
        """
        workshop = self.workshop
        theme = self.value("#theme")
        if workshop is not None and not theme.strip():
            theme = workshop.title
        return partial(
            submit_idea,
            self.store,
            self.value("#text"),
            theme=theme,
            name=self.value("#name"),
            contact=self.value("#contact"),
            source=str(self.query_one("#source", Select).value),
            workshop_id=workshop.id if workshop is not None else "",
        )
