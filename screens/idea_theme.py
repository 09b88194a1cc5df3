"""Leaving an idea, step 1 of 4: choose the theme the idea is about."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Static

from kiosk.core.i18n import N_, _
from kiosk.core.ideas import OTHER_THEME
from kiosk.core.public import Theme, idea_themes
from screens.idea_draft import IdeaDraft
from screens.paged import NUMBER_BINDINGS, PagedScreen
from screens.widgets import ChoiceButton, theme_text


class IdeaThemeScreen(PagedScreen):
    """The themes of open service workshops and active tables, and "other"."""

    BINDINGS = NUMBER_BINDINGS
    HEADING = N_("Leave an idea \u2013 step 1 of 4: choose a theme")
    PAGE_KIND = "themes"

    def __init__(self, draft: IdeaDraft) -> None:
        super().__init__()
        self.draft = draft
        """The idea being written, shared by every step of the form."""

    def header_widgets(self) -> ComposeResult:
        """What to do here."""
        yield Static(_("What is your idea about? Choose the closest theme."), classes="hint body-hint instruction")

    def list_items(self) -> Sequence[Theme]:
        """The open themes, then "other"."""
        return [*idea_themes(self.app.store), Theme(name=OTHER_THEME)]

    def item_widget(self, item: Theme, number: int) -> Widget:
        """A numbered button for one theme."""
        label = _("Something else") if item.name == OTHER_THEME else theme_text(self.app.store, item.name)
        return ChoiceButton(str(number), label, id=f"item-{number}")

    def empty_widget(self) -> Widget:
        """Never shown: "other" is always on the list."""
        return Static("")

    def item_chosen(self, item: Theme) -> None:
        """Keep the theme and go on to writing the idea."""
        from screens.idea_write import IdeaWriteScreen

        if item.name != self.draft.theme:
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
