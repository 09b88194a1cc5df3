"""The home screen: four choices by key, click or tap; language and text size; the lock-down."""

from __future__ import annotations

from resident_support import SIZE, screen_text, settle
from textual.widgets import Button

from screens.home import HomeScreen
from screens.themes import EVERYDAY_THEME_NAME, HIGH_CONTRAST_THEME_NAME


async def test_home_shows_centre_date_and_four_choices(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert isinstance(app.screen, HomeScreen)
        assert "Asukastupa" in text
        assert "perjantai 27. marraskuuta 2026" in text
        for label in ("1 Jätä idea", "2 Tulevat pöydät ja tapaamiset", "3 Tulokset", "4 Mitä ideastani tuli?"):
            assert label in text
        assert "Suurempi teksti" in text and "Svenska" in text
        assert app.focused.id == "choice-idea"


async def test_number_keys_open_each_choice_and_escape_comes_back(village, make_app):
    from screens.idea_theme import IdeaThemeScreen
    from screens.my_idea import MyIdeaScreen
    from screens.results import ResultsScreen
    from screens.upcoming import UpcomingScreen

    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        for key, screen_type in (
            ("1", IdeaThemeScreen),
            ("2", UpcomingScreen),
            ("3", ResultsScreen),
            ("4", MyIdeaScreen),
        ):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, screen_type)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
        await pilot.press("escape")  # Esc on home does nothing
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_clicks_open_each_choice_and_back_button_comes_back(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        for choice in ("idea", "upcoming", "results", "my_idea"):
            await pilot.click(f"#choice-{choice}")
            await pilot.pause()
            assert not isinstance(app.screen, HomeScreen)
            await pilot.click("#back-button")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)


async def test_language_switch_by_key_and_click(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")
        await settle(pilot)
        text = screen_text(app)
        assert "Lämna en idé" in text and "Svenska ✓" in text
        assert app.focused.id == "language-sv"
        await pilot.click("#language-en")
        await settle(pilot)
        assert "Leave an idea" in screen_text(app)
        await pilot.press("5")
        await settle(pilot)
        assert "Jätä idea" in screen_text(app)


async def test_large_text_by_key_and_click_switches_theme(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == EVERYDAY_THEME_NAME
        await pilot.press("plus")
        await pilot.pause()
        assert app.large_text and app.has_class("-large")
        assert app.theme == HIGH_CONTRAST_THEME_NAME
        assert "Tavallinen teksti" in str(app.screen.query_one("#large-text-button", Button).label)
        await pilot.click("#large-text-button")
        await pilot.pause()
        assert not app.large_text and not app.has_class("-large")
        assert app.theme == EVERYDAY_THEME_NAME


async def test_quit_keys_do_nothing_for_a_resident(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        for key in ("ctrl+q", "ctrl+c", "ctrl+z", "ctrl+backslash", "ctrl+p"):
            await pilot.press(key)
            await pilot.pause()
            assert app.is_running
            assert isinstance(app.screen, HomeScreen)
        await pilot.press("1", "ctrl+q", "ctrl+c")
        await pilot.pause()
        assert app.is_running


async def test_app_actions_from_links_are_refused(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        for action in ("app.quit", "app.command_palette", "app.pop_screen", "app.suspend_process", "app.exit"):
            assert await app.run_action(action) is False
        # The way a clicked markup link arrives: with a namespace mapping as third argument.
        assert await app.run_action("app.quit", home, {}) is False
        assert await app.run_action("quit") is False
        await pilot.pause()
        assert app.is_running and app.screen is home
        assert await app.run_action("app.large_text") is True


async def test_quit_works_only_for_staff(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await app.action_quit()
        await pilot.pause()
        assert app.is_running
        app.staff_unlocked = True
        await app.action_quit()
        await pilot.pause()
    assert app.return_code == 0
