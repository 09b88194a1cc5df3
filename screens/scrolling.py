"""A screen of one long text that PgUp/PgDn and the Previous/Next bar scroll a screenful at a time."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll

from screens.base import KioskScreen
from screens.widgets import PageBar


class ScrollingDetailScreen(KioskScreen):
    """A detail screen whose text sits in a ``#detail`` VerticalScroll above a PageBar."""

    # In the text, so arrow keys read on; focused as the screen is composed, so that its
    # first frame is already the settled one.
    AUTO_FOCUS = "#detail"
    BINDINGS = [
        Binding("pagedown", "scroll_body(1)", "Next page", show=False, id="detail-page-next"),
        Binding("pageup", "scroll_body(-1)", "Previous page", show=False, id="detail-page-previous"),
    ]

    def action_scroll_body(self, delta: int) -> None:
        """Scroll the text one screenful up or down."""
        area = self.query_one("#detail", VerticalScroll)
        if delta > 0:
            area.scroll_page_down()
        else:
            area.scroll_page_up()

    def on_page_bar_turn(self, event: PageBar.Turn) -> None:
        """The Previous / Next buttons scroll the text."""
        event.stop()
        self.action_scroll_body(event.delta)
