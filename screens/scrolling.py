"""Screens whose body scrolls: PgUp/PgDn (and the Previous/Next bar) go a screenful at a time.

``ScrollingScreen`` is the base of every resident screen with a long body: the keys
first scroll the body, and once it is at its end (or top) they turn to the next (or
previous) page, when the screen has pages. The bar shows only when there is somewhere
to go, and its buttons do exactly what the keys do.
"""

from __future__ import annotations

from textual import on
from textual.binding import Binding

from screens.base import KioskScreen
from screens.widgets import PageBar, PageScroll


class ScrollingScreen(KioskScreen):
    """A screen with a ``PageScroll`` body and a ``PageBar``; lists with pages build on it."""

    BINDINGS = [
        Binding("pagedown", "page(1)", "Next page", show=False, id="page-next"),
        Binding("pageup", "page(-1)", "Previous page", show=False, id="page-previous"),
    ]

    BODY_ID = "detail"
    """The id of the screen's ``PageScroll``."""

    def body(self) -> PageScroll:
        """The scrolling body."""
        return self.query_one(f"#{self.BODY_ID}", PageScroll)

    def page_position(self) -> tuple[int, int]:
        """(page on screen counting from 0, number of pages): one page unless the screen has more."""
        return 0, 1

    async def turn_page(self, delta: int) -> None:
        """Show the previous (-1) or next (+1) page, if the screen has pages."""

    async def action_page(self, delta: int) -> None:
        """Scroll the body a screenful; at its end or top turn the page instead."""
        if not self.body().page(delta):
            await self.turn_page(delta)

    @on(PageBar.Turn)
    async def _bar_pressed(self, event: PageBar.Turn) -> None:
        """The Previous / Next buttons do what PgUp / PgDn do."""
        event.stop()
        await self.action_page(event.delta)

    @on(PageScroll.Moved)
    def _body_moved(self) -> None:
        """Keep the page bar in step with where the body is."""
        self.update_page_bar()

    def update_page_bar(self) -> None:
        """Show the bar only when there is more to see, with the buttons that lead somewhere."""
        body = self.body()
        page, pages = self.page_position()
        back = page > 0 or not body.at_top
        forward = page < pages - 1 or not body.at_end
        for bar in self.query(PageBar).results(PageBar):
            bar.show_state(back, forward)


class ScrollingDetailScreen(ScrollingScreen):
    """A detail screen whose text sits in a ``#detail`` PageScroll above a PageBar."""

    def on_mount(self) -> None:
        """Start in the text, so arrow keys read on."""
        self.body().focus()
