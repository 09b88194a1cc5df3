"""A resident screen that shows a list a few items at a time, with numbered choices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Static

from kiosk.core.i18n import _
from screens.paging import clamp_page, items_per_page, page_count, page_items, page_of_item
from screens.scrolling import ScrollingScreen
from screens.widgets import PageBar, PageScroll

NUMBER_BINDINGS: list[BindingType] = [
    Binding(str(n), f"choose({n})", f"Choose {n}", show=False, id=f"choose-{n}") for n in range(1, 10)
]
"""Number keys 1-9 choose the item with that number on the page."""


class PagedScreen(ScrollingScreen):
    """A list split into pages: fewer items per page in large text; PgDn scrolls a tall page, then turns it."""

    BODY_ID = "list"
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
        """Read the items once, then compose the screen with its first page already in place (one look at the data)."""
        with self.store.one_look():
            self._items = list(self.list_items())
            self.page = clamp_page(self.page, len(self._items), self.per_page)
            yield from super().compose()

    def composed_heading(self) -> Content:
        """The heading with "page 1 / 3" when the list has more than one page."""
        return self._page_heading(page_count(len(self._items), self.per_page))

    def compose_body(self) -> ComposeResult:
        """Any header, the list's scrolling area with the first page, and the page bar."""
        yield from self.header_widgets()
        yield self.list_body()
        yield self.page_bar()

    def list_body(self) -> PageScroll:
        """The scrolling area with the current page's items."""
        return PageScroll(*self._page_widgets(), id="list", classes="body")

    def page_bar(self) -> PageBar:
        """The page bar, right from the first frame when the list has more pages (tall pages show it once laid out)."""
        pages = page_count(len(self._items), self.per_page)
        return PageBar(back=self.page > 0, forward=self.page < pages - 1)

    def page_position(self) -> tuple[int, int]:
        """The list page on screen and the number of list pages."""
        return self.page, page_count(len(self._items), self.per_page)

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

    def _focus_first_choice(self, *, last: bool = False) -> None:
        """Focus the page's first (or last) numbered choice, or the list if it has none.

        Focusing never scrolls: a tall page starts at its top (or, coming back, at its end).
        """
        area = self.body()
        choices = area.query("Button.choice")
        if not choices:
            area.focus(scroll_visible=False)
        else:
            (choices.last() if last else choices.first()).focus(scroll_visible=False)

    async def show_page(self, *, at_end: bool = False) -> None:
        """Draw the current page from its top (or its end) and update the page bar and heading."""
        self.page = clamp_page(self.page, len(self._items), self.per_page)
        area = self.body()
        await area.remove_children()
        await area.mount_all(self._page_widgets())
        if at_end:
            area.scroll_end(animate=False)  # waits for the new page's layout, so the end is known
        else:
            area.scroll_home(animate=False)
        self._show_page_in_heading(page_count(len(self._items), self.per_page))
        self.update_page_bar()
        self._focus_first_choice(last=at_end)

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

    async def turn_page(self, delta: int) -> None:
        """Show the next page from its top, or the previous one from its end (nothing happens past the ends)."""
        new = clamp_page(self.page + delta, len(self._items), self.per_page)
        if new != self.page:
            self.page = new
            await self.show_page(at_end=delta < 0)

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
