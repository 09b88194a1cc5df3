"""Entering the staff area: the PIN, the lock after wrong tries (across restarts), the idle lock."""

from __future__ import annotations

from staff_support import PIN, SIZE, login, settle
from textual.widgets import Input, Static

from kiosk.core.pin import MAX_TRIES
from kiosk.core.store import Store
from screens.idle_warning_dialog import WARNING_SECONDS, IdleWarningDialog
from screens.staff.dialogs.pin import PinDialog
from screens.staff.home import StaffHomeScreen


def error_text(app) -> str:
    """What the PIN dialog's message line says."""
    return str(app.screen.query_one("#error", Static).render())


async def test_right_pin_opens_the_staff_area(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press(*PIN, "enter")  # typed key by key, as staff do (``login`` pastes it)
        await settle(pilot)
        assert isinstance(app.screen, StaffHomeScreen)
        assert app.staff_unlocked


async def test_five_wrong_pins_lock_the_dialog_even_after_a_restart(staff_store, make_app, clock):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        for n in range(MAX_TRIES):
            await pilot.press(*"111111", "enter")
            await settle(pilot)
            if n < MAX_TRIES - 1:
                assert str(MAX_TRIES - n - 1) in error_text(app)
        assert isinstance(app.screen, PinDialog)
        assert app.screen.query_one("#pin", Input).disabled
        assert "10.01" in error_text(app)  # locked until a minute from 10.00
        assert not app.staff_unlocked

    # A new kiosk process (a restart) on the same data folder is still locked, even for the right PIN.
    restarted = make_app(Store.open(staff_store.path, clock=clock))
    async with restarted.run_test(size=SIZE) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        assert restarted.screen.query_one("#pin", Input).disabled
        await pilot.press(*PIN, "enter")  # typed into nothing: the field is disabled
        await settle(pilot)
        assert not restarted.staff_unlocked
        if isinstance(restarted.screen, PinDialog):
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        assert restarted.screen.query_one("#pin", Input).disabled
        clock.advance(minutes=1, seconds=1)
        await pilot.pause(1.3)  # the open dialog looks at its lock every second
        assert not restarted.screen.query_one("#pin", Input).disabled
        await pilot.press(*PIN, "enter")
        await settle(pilot)
        assert restarted.staff_unlocked and isinstance(restarted.screen, StaffHomeScreen)


async def test_without_a_pin_the_kiosk_says_how_to_set_one(store, make_app):
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        prompt = str(app.screen.query_one("#prompt", Static).render())
        assert "kiosk staff set-pin" in prompt
        assert not app.screen.query_one("#pin", Input).display
        await pilot.press("enter")  # the focused button is Cancel
        await pilot.pause()
        assert not app.staff_unlocked and not isinstance(app.screen, PinDialog)


async def test_staff_area_locks_itself_after_the_idle_time(staff_store, make_app, monotonic):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("1")  # deeper into the staff area
        await settle(pilot)
        monotonic.advance(app.idle_seconds + 1)
        app.check_idle_timeout()
        await settle(pilot)
        assert app.staff_unlocked, "a resident's idle time must not cut off a secretary writing minutes"
        monotonic.advance(app.staff_idle_seconds + 1)
        app.check_idle_timeout()
        await settle(pilot)
        assert app.staff_unlocked and isinstance(app.screen, IdleWarningDialog), "a warning comes first"
        monotonic.advance(WARNING_SECONDS)
        app.check_idle_timeout()
        await settle(pilot)
        assert not app.staff_unlocked
        assert not any(isinstance(s, StaffHomeScreen) for s in app.screen_stack)
        await pilot.press("f9")  # back in: the PIN is asked again
        await pilot.pause()
        assert isinstance(app.screen, PinDialog)


async def test_escape_locks_and_close_program_asks_first(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        app.screen.action_quit_program()
        await pilot.pause()
        await pilot.press("escape")  # "no": the kiosk keeps running
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, StaffHomeScreen)
        await pilot.press("escape")  # lock
        await settle(pilot)
        assert not app.staff_unlocked and not isinstance(app.screen, StaffHomeScreen)


async def test_close_program_exits_after_confirmation(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.click("#quit")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
    assert app.return_code == 0
