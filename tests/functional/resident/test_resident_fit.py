"""Every resident screen fits 100x30 and 80x24 in both text sizes: no button cut off or overlapping."""

from __future__ import annotations

import pytest
from resident_support import SIZE, SMALL_SIZE, settle, walk
from test_resident_snapshots import SCREENS
from textual.widgets import Button


def _problems(app) -> list[str]:
    """Buttons that stick out of the screen, overlap a neighbour, or are too narrow for their label."""
    width = app.screen.size.width
    problems = []
    visible = {
        widget: region.intersection(clip)
        for widget, (region, clip) in app.screen._compositor.visible_widgets.items()
        if isinstance(widget, Button)
    }
    buttons = [b for b in visible if visible[b].area]
    for button in buttons:
        name = button.id or str(button)
        if button.region.right > width:
            problems.append(f"{name} sticks out: {button.region}")
        too_narrow = button.content_region.width < button.label.cell_length and "\n" not in button.label.plain
        if too_narrow and not button.has_class("choice"):  # big choice buttons may wrap onto a second line
            problems.append(f"{name} cuts its label: {button.content_region.width} < {button.label.cell_length}")
    for first in buttons:
        for second in buttons:
            if first is not second and visible[first].overlaps(visible[second]):
                problems.append(f"{first.id} overlaps {second.id}")
    return problems


@pytest.mark.parametrize("large", [False, True], ids=["everyday", "large"])
@pytest.mark.parametrize("screen", list(SCREENS))
async def test_screen_fits_both_sizes(demo_store, make_app, screen, large):
    """One kiosk per screen and text size, its terminal resized from 100x30 to 80x24 and back."""
    app = make_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        if large:
            await pilot.press("plus")
        await walk(pilot, SCREENS[screen])
        await settle(pilot)
        found = {}
        for size in (SIZE, SMALL_SIZE, SIZE):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            found[f"{size[0]}x{size[1]}"] = _problems(app)
        assert found == {"100x30": [], "80x24": []}


@pytest.mark.parametrize("language", ["6", "7"], ids=["sv", "en"])
@pytest.mark.parametrize("screen", ["home", "idea_review", "table_detail", "results", "my_idea_not_found"])
async def test_other_languages_fit_80x24_in_large_text(demo_store, make_app, screen, language):
    app = make_app(demo_store)
    async with app.run_test(size=SMALL_SIZE) as pilot:
        await pilot.press(language, "plus")
        await settle(pilot)
        await walk(pilot, SCREENS[screen])
        await settle(pilot)
        assert _problems(app) == []
