"""Theme names in the resident's language: Swedish and English names where staff gave them."""

from __future__ import annotations

from dataclasses import replace

from resident_support import SIZE, screen_text, settle


def _translate_themes(store) -> None:
    """Staff have named the village table's theme in Swedish and English, another theme in Swedish only."""
    from kiosk.core.configure import save_settings

    names = {
        "Palvelut ikäihmisille": {"sv": "Tjänster för äldre", "en": "Services for older people"},
        "Kirjasto": {"sv": "Biblioteket"},
    }
    save_settings(store, replace(store.settings(), theme_names=names))


async def test_theme_names_follow_the_language(village, make_app):
    _translate_themes(village)
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6", "2")  # Svenska, upcoming
        await settle(pilot)
        text = screen_text(app)
        assert "Tema: Tjänster för äldre" in text and "Palvelut ikäihmisille" not in text
        await pilot.press("1")
        await settle(pilot)
        assert "Tema: Tjänster för äldre" in screen_text(app)
        await pilot.press("escape", "escape", "7", "1")  # English, leave an idea
        await settle(pilot)
        text = screen_text(app)
        assert "Services for older people" in text and "Nuorten vapaa-aika" in text  # no English name: Finnish
        await pilot.press("2", *"A bench")
        await settle(pilot)
        assert "Topic: Services for older people" in screen_text(app)
        await pilot.press("enter", "enter", "enter")  # on, no name, no contact: the review
        await settle(pilot)
        assert "Topic: Services for older people" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
    idea = max(village.open_ideas(), key=lambda idea: idea.number)
    assert idea.text == "A bench" and idea.theme == "Palvelut ikäihmisille"  # kept by its Finnish name


async def test_finnish_screens_keep_the_finnish_names(village, make_app):
    _translate_themes(village)
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        assert "Teema: Palvelut ikäihmisille" in screen_text(app)
