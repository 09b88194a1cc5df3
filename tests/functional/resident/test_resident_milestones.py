"""An agreed action's milestones, as residents read them on "my idea" and on the results."""

from __future__ import annotations

from datetime import date

from resident_support import SIZE, screen_text, static_text

from kiosk.core.actions import save_milestone
from kiosk.core.model import Milestone
from screens.idea_status import IdeaStatusScreen
from screens.results import ResultsScreen


def with_milestones(village):
    """The ride trial (which came of an idea) applied for, and to start in January."""
    action = village.ids["action"]
    save_milestone(village, action, Milestone("Kokeilu haettu", date(2026, 11, 24), reached=True))
    save_milestone(village, action, Milestone("Ensimmäinen kyyti", date(2027, 1, 7)))
    save_milestone(village, action, Milestone("[b]Kyyti[/b] \x1b[31m vakiintuu", date(2027, 6, 1)))


async def test_milestones_on_my_idea(village, make_app):
    with_milestones(village)
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", *village.ids["on_agenda"], "enter")
        await pilot.pause()
        assert isinstance(app.screen, IdeaStatusScreen)
        assert static_text(app, "#actions").splitlines() == [
            "Sovittu: Kauppakyyti kokeiluun",
            "  ✓ Kokeilu haettu ti 24.11.2026",
            "  ○ Ensimmäinen kyyti: odotetaan to 7.1.2027 mennessä",
            "  ○ [b]Kyyti[/b] vakiintuu: odotetaan ti 1.6.2027 mennessä",
        ]


async def test_milestones_on_results_under_the_action(village, make_app):
    with_milestones(village)
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert text.index("Työn alla: Kauppakyyti kokeiluun") < text.index("✓ Kokeilu haettu ti 24.11.2026")
        assert text.index("Kokeilu haettu") < text.index("○ Ensimmäinen kyyti: odotetaan to 7.1.2027 mennessä")
        assert "✓ Tehty pe 27.11.2026: Virkistyspäivä keväällä" in text  # a done action still reads as done
