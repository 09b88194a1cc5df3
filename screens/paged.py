"""A resident screen that shows a list a few items at a time, with numbered choices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.content import Content
from textual.widgets import Button, Static

from kiosk.core.i18n import _

from screens.base import KioskScreen
from screens.paging import clamp_page, items_per_page, page_count, page_items, page_of_item
from screens.widgets import PageBar

NUMBER_BINDINGS = [
    Binding(str(n), f"choose({n})", f"Choose {n}", show=False, id=f"choose-{n}") for n in range(1, 10)
]
"""Number keys 1-9 choose the item with that number on the page."""


class PagedScreen(KioskScreen):
    """A list split into pages: fewer items per page in large text; PgUp/PgDn turn pages."""

    BINDINGS = [
        Binding("pagedown", "turn_page(1)", "Next page", show=False, id="page-next"),
        Binding("pageup", "turn_page(-1)", "Previous page", show=False, id="page-previous"),
    ]

    PAGE_KIND = ""
    """Which ``screens.paging.ITEMS_PER_PAGE`` entry sets the page size."""

    def __init__(self) -> None:
        super().__init__()
        self.page = 0
        """The page on screen, counting from 0."""
        self._items: list[Any] = []

    def list_items(self) -> Sequence[Any]:
        """Every item of the list (read once, when the screen opens)."""
        return []

    def item_widget(self, item: Any, number: int) -> Widget:
        """The widget that shows one item, numbered from 1 on its page."""
        raise NotImplementedError

    def empty_widget(self) -> Widget:
        """What the list shows when it has no items."""
        raise NotImplementedError

    def item_chosen(self, item: Any) -> None:
        """The resident chose an item by its number, a click or a tap."""

    def header_widgets(self) -> ComposeResult:
        """Widgets above the list (a hint, for example)."""
        yield from ()

    @property
    def per_page(self) -> int:
        """Items per page in the current text size."""
        return items_per_page(self.PAGE_KIND, self.large)

    def compose(self) -> ComposeResult:
        """Read the items once, then compose the screen with its first page already in place."""
        self._items = list(self.list_items())
        self.page = clamp_page(self.page, len(self._items), self.per_page)
        yield from super().compose()

    def composed_heading(self) -> Content:
        """The heading with "page 1 / 3" when the list has more than one page."""
        return self._page_heading(page_count(len(self._items), self.per_page))

    def compose_body(self) -> ComposeResult:
        """Any header, the list's scrolling area with the first page, and the page bar."""
        yield from self.header_widgets()
        yield VerticalScroll(*self._page_widgets(), id="list", classes="body")
        yield self.page_bar()

    def page_bar(self) -> PageBar:
        """The page bar, showing the current page from the first frame."""
        return PageBar(page=self.page, pages=page_count(len(self._items), self.per_page))

    def on_mount(self) -> None:
        """Start on the first choice of the page."""
        self._focus_first_choice()

    def items_on_page(self) -> list[Any]:
        """The items now on screen."""
        return page_items(self._items, self.page, self.per_page)

    def _page_widgets(self) -> list[Widget]:
        """The widgets of the current page (or of the empty list)."""
        on_page = self.items_on_page()
        if on_page:
            return [self.item_widget(item, n) for n, item in enumerate(on_page, 1)]
        return [self.empty_widget()]

    def _focus_first_choice(self) -> None:
        """Focus the page's first numbered choice, or the list if it has none."""
        area = self.query_one("#list", VerticalScroll)
        choices = area.query("Button.choice")
        (choices.first() if choices else area).focus()

    async def show_page(self) -> None:
        """Draw the current page and update the page bar (turning pages, re-paging)."""
        self.page = clamp_page(self.page, len(self._items), self.per_page)
        area = self.query_one("#list", VerticalScroll)
        await area.remove_children()
        await area.mount_all(self._page_widgets())
        area.scroll_home(animate=False)
        pages = page_count(len(self._items), self.per_page)
        self.query_one(PageBar).show_page(self.page, pages)
        self._show_page_in_heading(pages)
        self._focus_first_choice()

    def _page_heading(self, pages: int) -> Content:
        """The heading, with "page 1 / 3" added when the list has more than one page."""
        heading = self.heading()
        heading = heading if isinstance(heading, Content) else Content(heading)
        if pages > 1:
            page = _("Page {page} / {pages}").format(page=self.page + 1, pages=pages)
            heading = Content.assemble(heading, "  \u00b7  ", page)
        return heading

    def _show_page_in_heading(self, pages: int) -> None:
        """Add "page 1 / 3" to the heading when the list has more than one page."""
        self.query_one("#heading", Static).update(self._page_heading(pages))

    async def action_turn_page(self, delta: int) -> None:
        """Show the previous or next page (nothing happens past the ends)."""
        new = clamp_page(self.page + delta, len(self._items), self.per_page)
        if new != self.page:
            self.page = new
            await self.show_page()

    @on(PageBar.Turn)
    async def _turn(self, event: PageBar.Turn) -> None:
        """A page bar button was pressed."""
        await self.action_turn_page(event.delta)

    def action_choose(self, number: int) -> None:
        """Choose the item with this number on the page."""
        on_page = self.items_on_page()
        if 1 <= number <= len(on_page):
            self.item_chosen(on_page[number - 1])

    @on(Button.Pressed, "#list Button.choice")
    def _chosen(self, event: Button.Pressed) -> None:
        """An item's button was pressed."""
        event.stop()
        number = int((event.button.id or "item-0").rsplit("-", 1)[1])
        self.action_choose(number)

    def large_text_changed(self) -> None:
        """Re-page so that the first item on screen stays on screen."""
        super().large_text_changed()
        first_index = self.page * items_per_page(self.PAGE_KIND, not self.large)
        self.page = page_of_item(first_index, self.per_page)
        self.call_later(self.show_page)
