"""Leaving an idea, step 1 of 4: choose the theme the idea is about."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from kiosk.core.i18n import N_, _
from kiosk.core.ideas import OTHER_THEME
from kiosk.core.public import Theme, idea_themes
from screens.idea_draft import IdeaDraft
from screens.paged import NUMBER_BINDINGS, PagedScreen
from screens.widgets import ChoiceButton, plain, theme_text


class IdeaThemeScreen(PagedScreen):
    """The themes of open service workshops and active tables, and "other".

    Coming from a workshop's card, only that workshop's themes (or the workshop itself) and
    "other" are offered, and the idea is left for that workshop whatever is chosen.
    """

    BINDINGS = NUMBER_BINDINGS
    HEADING = N_("Leave an idea \u2013 step 1 of 4: choose a theme")
    PAGE_KIND = "themes"

    def __init__(self, draft: IdeaDraft, *, workshop_id: str = "") -> None:
        super().__init__()
        self.draft = draft
        """The idea being written, shared by every step of the form."""
        self.workshop_id = workshop_id
        """The service workshop the resident is leaving an idea for, if they came from its card."""

    def header_widgets(self) -> ComposeResult:
        """What to do here."""
        yield Static(_("What is your idea about? Choose the closest theme."), classes="hint body-hint instruction")
        workshop = self.app.store.workshop(self.workshop_id) if self.workshop_id else None
        if workshop is not None:
            going = Content.assemble(_("Your idea goes to the service workshop") + ": ", plain(workshop.title))
            yield Static(going, id="for-workshop", classes="hint instruction")

    def list_items(self) -> Sequence[Theme]:
        """The open themes (of the one workshop, if chosen), then "other"."""
        themes = idea_themes(self.app.store)
        if self.workshop_id:
            themes = [theme for theme in themes if theme.workshop_id == self.workshop_id]
        return [*themes, Theme(name=OTHER_THEME, workshop_id=self.workshop_id)]

    def item_widget(self, item: Theme, number: int) -> Widget:
        """A numbered button for one theme."""
        if item.name == OTHER_THEME:
            label: str | Content = _("Something else")
        elif item.whole_workshop:
            label = Content.assemble(_("For the service workshop") + ": ", plain(item.name))
        else:
            label = theme_text(self.app.store, item.name)
        return ChoiceButton(str(number), label, id=f"item-{number}")

    def empty_widget(self) -> Widget:
        """Never shown: "other" is always on the list."""
        return Static("")

    def item_chosen(self, item: Theme) -> None:
        """Keep the theme and go on to writing the idea."""
        from screens.idea_write import IdeaWriteScreen

        if (item.name, item.workshop_id) != (self.draft.theme, self.draft.workshop_id):
            self.draft.theme = item.name
            self.draft.workshop_id = item.workshop_id
        self.app.push_screen(IdeaWriteScreen(self.draft))

    def action_back(self) -> None:
        """Leave the form; ask first if something was already typed."""
        if not self.draft.has_content:
            super().action_back()
            return
        from screens.discard_dialog import DiscardDialog

        def leave(discard: bool | None) -> None:
            if discard:
                self.app.pop_screen()

        self.app.push_screen(DiscardDialog(), leave)
