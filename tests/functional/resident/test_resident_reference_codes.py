"""The "my idea" keypad screen at a centre with a code: it shows the centre's reference and finds old ones too."""

from __future__ import annotations

import pytest
from resident_support import SIZE, screen_text
from textual.widgets import Input

from kiosk.core.configure import save_settings
from kiosk.core.ideas import submit_idea
from screens.idea_status import IdeaStatusScreen


@pytest.fixture
def coded(store):
    submit_idea(store, "Vanha idea ennen koodia")
    settings = store.settings()
    settings.centre_code = "KAR"
    save_settings(store, settings)
    submit_idea(store, "Uusi idea koodin kanssa")
    return store


@pytest.mark.parametrize(("typed", "shown"), [("KAR-0002", "KAR-0002"), ("2", "KAR-0002"), ("ID-0001", "ID-0001")])
async def test_centre_references_and_old_ones_open_the_idea(coded, make_app, typed, shown):
    app = make_app(coded)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        assert app.screen.query_one("#reference", Input).placeholder == "KAR-0042"
        assert "KAR-0042" in screen_text(app)
        await pilot.press(*typed, "enter")
        await pilot.pause()
        assert isinstance(app.screen, IdeaStatusScreen)
        assert f"Idea {shown}" in screen_text(app)
