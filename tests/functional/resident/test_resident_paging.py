"""PgDn alone reaches every page and every line of the long lists, whatever the page height."""

from __future__ import annotations

import pytest
from resident_support import SIZE, SMALL_SIZE, settle
from textual import events

from screens.table_detail import TableDetailScreen
from screens.widgets import PageBar

MAX_PRESSES = 120
"""More key presses than any list here needs; a list that takes more is stuck."""


def _where(app) -> tuple[int, int, int, int]:
    """(page, pages, first line on screen, lines on screen) of the list now shown."""
    screen = app.screen
    page, pages = screen.page_position()
    body = screen.body()
    return page, pages, round(body.scroll_y), body.scrollable_content_region.height


def _uncovered(seen: set[tuple[int, int]], total: int) -> list[int]:
    """The lines of a page (``total`` lines) that were never on screen."""
    shown = set()
    for top, visible in seen:
        shown.update(range(top, min(total, top + visible)))
    return [line for line in range(total) if line not in shown]


async def _read_by_pgdn(pilot) -> dict[int, tuple[set[tuple[int, int]], int]]:
    """Press PgDn until nothing changes; for each page, which stretches of it were on screen."""
    app = pilot.app
    seen: dict[int, tuple[set[tuple[int, int]], int]] = {}
    last = None
    for _press in range(MAX_PRESSES):
        page, _pages, top, height = _where(app)
        total = app.screen.body().virtual_size.height
        stretches, _total = seen.setdefault(page, (set(), total))
        stretches.add((top, height))
        if (page, top) == last:
            break
        last = (page, top)
        await pilot.press("pagedown")
        await settle(pilot)
    else:
        pytest.fail(f"PgDn never reached the end: {_where(app)}")
    return seen


@pytest.mark.parametrize("size", [SIZE, SMALL_SIZE], ids=["100x30", "80x24"])
@pytest.mark.parametrize("large", [False, True], ids=["everyday", "large"])
@pytest.mark.parametrize("key", ["2", "3"], ids=["upcoming", "results"])
async def test_pgdn_alone_reaches_every_page_and_line(demo_store, make_app, key, large, size):
    app = make_app(demo_store)
    async with app.run_test(size=size) as pilot:
        if large:
            await pilot.press("plus")
        await pilot.press(key)
        await settle(pilot)
        page, pages, _top, _height = _where(app)
        assert page == 0 and pages > 1, "the demo's lists need more than one page"
        assert f"Sivu 1 / {pages}" in str(app.screen.query_one("#heading").render())
        seen = await _read_by_pgdn(pilot)
        assert sorted(seen) == list(range(pages))
        for number, (stretches, total) in seen.items():
            assert _uncovered(stretches, total) == [], f"page {number + 1} not all shown"
        assert f"Sivu {pages} / {pages}" in str(app.screen.query_one("#heading").render())
        bar = app.screen.query_one(PageBar)
        assert bar.display and bar.query_one("#page-next").disabled
        # PgUp alone comes all the way back to the first page's top.
        for _press in range(MAX_PRESSES):
            if _where(app)[0] == 0 and app.screen.body().at_top:
                break
            await pilot.press("pageup")
            await settle(pilot)
        assert _where(app)[:3] == (0, pages, 0)
        assert bar.query_one("#page-previous").disabled


async def test_pgup_turns_back_to_the_end_of_the_previous_page(demo_store, make_app):
    app = make_app(demo_store)
    async with app.run_test(size=SMALL_SIZE) as pilot:
        await pilot.press("plus", "3")
        await settle(pilot)
        while _where(app)[0] == 0:
            await pilot.press("pagedown")
            await settle(pilot)
        assert _where(app)[2] == 0  # the next page starts at its top
        await pilot.press("pageup")
        await settle(pilot)
        body = app.screen.body()
        assert _where(app)[0] == 0 and body.at_end and not body.at_top


async def test_page_buttons_only_when_there_is_somewhere_to_go(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")  # two meetings: one page that fits
        await settle(pilot)
        assert not app.screen.query_one(PageBar).display
        await pilot.press("escape", "3")  # one table's results fit too
        await settle(pilot)
        assert not app.screen.query_one(PageBar).display
    from kiosk.core import tables

    table = village.table(village.ids["table"])
    table.results = [f"Tulos numero {n}: kylän väki teki yhdessä." for n in range(1, 13)]
    tables.save_table(village, table)
    app = make_app(village)
    async with app.run_test(size=SMALL_SIZE) as pilot:
        await pilot.press("3")  # one page, but taller than the screen
        await settle(pilot)
        bar = app.screen.query_one(PageBar)
        assert _where(app)[:2] == (0, 1)
        assert bar.display and bar.query_one("#page-previous").disabled
        assert not bar.query_one("#page-next").disabled
        await pilot.click("#page-next")  # the button does what PgDn does: scrolls this page
        await settle(pilot)
        assert _where(app)[2] > 0


async def test_detail_page_bar_follows_the_text(village, make_app):
    app = make_app(village)
    async with app.run_test(size=(100, 80)) as pilot:
        await pilot.press("2", "1")  # the whole table page fits on a tall screen
        await settle(pilot)
        assert not app.screen.query_one(PageBar).display
    app = make_app(village)
    async with app.run_test(size=SMALL_SIZE) as pilot:
        await pilot.press("2", "1")
        await settle(pilot)
        bar = app.screen.query_one(PageBar)
        assert bar.display and bar.query_one("#page-previous").disabled
        for _press in range(MAX_PRESSES):
            if app.screen.body().at_end:
                break
            await pilot.press("pagedown")
            await settle(pilot)
        assert bar.query_one("#page-next").disabled and not bar.query_one("#page-previous").disabled


async def test_a_tall_table_page_has_its_bar_from_the_first_layout(village, make_app):
    """The text area of a table's page keeps the height it is first laid out with: the bar never pops in under it."""
    app = make_app(village)
    seen: list[tuple[int, bool]] = []

    def on_message(message) -> None:
        """At every resize while the table's page is open and laid out: its body's height, and whether the bar shows."""
        screen = app.screen if app.screen_stack else None
        if isinstance(message, events.Resize) and isinstance(screen, TableDetailScreen) and screen.is_mounted:
            body, bar = screen.query("#detail"), screen.query(PageBar)
            if body and bar and body.first().size.height:
                seen.append((body.first().size.height, bar.first().display))

    async with app.run_test(size=SMALL_SIZE, message_hook=on_message) as pilot:
        await pilot.press("2", "1")
        await settle(pilot)
        bar = app.screen.query_one(PageBar)
        assert bar.display and not bar.query_one("#page-next").disabled
    assert seen, "the table page's body was never laid out"
    assert {shown for _height, shown in seen} == {True}
    assert len({height for height, _shown in seen}) == 1
