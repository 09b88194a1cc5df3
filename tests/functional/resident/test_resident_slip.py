"""The thank-you screen's "Tulosta kuitti": a failing printer keeps the idea and says so in plain words."""

from __future__ import annotations

from dataclasses import replace

from resident_support import SIZE, screen_text, settle

from kiosk.core.configure import save_settings
from screens.idea_thanks import IdeaThanksScreen
from screens.slip_button import SlipButton


async def test_a_printer_that_fails_keeps_the_idea_and_says_so_plainly(village, make_app):
    save_settings(village, replace(village.settings(), printer="ei-tulostinta-tassa"))
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1", *"Penkki bussipysäkille", "tab", "enter", "enter", "enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, IdeaThanksScreen)
        reference = app.screen.reference
        assert "Tulosta kuitti" in screen_text(app)
        await pilot.press("p")
        for _ in range(100):
            await settle(pilot)
            if not app.screen.query_one(SlipButton).disabled:
                break
        message = str(app.screen.query_one("#message").render())
        assert message.startswith("Kuittia ei juuri nyt voitu tulostaa.")
        assert f"Ideasi on silti tallessa numerolla {reference}." in message
        assert "lp" not in message and "/tmp" not in message and "CUPS" not in message
        assert not app.screen.query_one("#message").has_class("-hidden")
        assert isinstance(app.screen, IdeaThanksScreen) and app.is_running
    assert village.idea_by_number(int(reference.rsplit("-", 1)[1])).text == "Penkki bussipysäkille"
