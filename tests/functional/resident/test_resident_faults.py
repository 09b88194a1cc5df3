"""When saving is impossible or something unexpected breaks: calm words for the visitor, nothing lost, no traceback."""

from __future__ import annotations

import asyncio

from resident_support import SIZE, screen_text, settle, static_text
from textual.widgets import TextArea

from kiosk.core.store import Store
from screens.home import HomeScreen
from screens.idea_review import IdeaReviewScreen


async def test_a_real_storage_fault_keeps_the_text_and_says_so_calmly(village, make_app):
    (village.path / ".lock").unlink(missing_ok=True)
    (village.path / ".lock").mkdir()  # the folder's lock file cannot be opened: nothing can be saved
    store = Store.open(village.path, clock=village.clock, durable=False)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1", *"Tärkeä idea", "tab", "enter", "enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, IdeaReviewScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, IdeaReviewScreen) and app.is_running
        message = static_text(app, "#message")
        assert "Tekstisi on yhä tallessa" in message and ".lock" not in message  # no technical words
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.screen.query_one("#idea-text", TextArea).text == "Tärkeä idea"


async def test_an_unexpected_error_takes_the_visitor_home_and_goes_to_the_staff_log(village, make_app, monkeypatch):
    from screens.results import ResultsScreen

    def broken(self):
        raise RuntimeError("secret 040 123 in a local variable")

    monkeypatch.setattr(ResultsScreen, "list_items", broken)
    app = make_app(village, calm_errors=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, HomeScreen)
        assert any("Jokin meni vikaan" in n.message for n in app._notifications)
        assert "Traceback" not in screen_text(app) and "040 123" not in screen_text(app)
    log = village.path / "logs" / "errors.log"
    assert "RuntimeError" in log.read_text() and "list_items" in log.read_text()
    assert log.stat().st_mode & 0o777 == 0o600
    assert app.return_code in (None, 0)


async def test_errors_again_and_again_stop_the_program_quietly(village, make_app, monkeypatch):
    from textual import events

    from kiosk.app import ERRORS_BEFORE_RESTART
    from screens.results import ResultsScreen

    monkeypatch.setattr(ResultsScreen, "list_items", lambda self: 1 / 0)
    app = make_app(village, calm_errors=True)
    async with app.run_test(size=SIZE) as pilot:
        while len(app._recent_errors) < ERRORS_BEFORE_RESTART - 2:
            await pilot.press("3")
            await settle(pilot)
            assert app.is_running and isinstance(app.screen, HomeScreen)
        app.post_message(events.Key("3", "3"))  # this one is too many: the program stops
        for _ in range(3000):  # wait for it (Pilot's own waiting would wait for a screen that never comes)
            if app.return_code is not None:
                break
            await asyncio.sleep(0.01)
    assert app.return_code == 70  # the service starts it again, nothing printed
    log = (village.path / "logs" / "errors.log").read_text()
    assert "ZeroDivisionError" in log and log.count("\n--- ") + 1 >= ERRORS_BEFORE_RESTART  # each one logged
