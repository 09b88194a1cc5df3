"""Damage that staff see: the staff home screen tells what was repaired until staff acknowledge it."""

from __future__ import annotations

from functional_support import settle
from staff_support import SIZE, login

from kiosk.core.ideas import submit_idea
from kiosk.core.safety import take_backup
from kiosk.core.store import Store
from screens.staff.home import StaffHomeScreen
from screens.staff.ideas import SHOWN_AT_ONCE, IdeasScreen


def notices_text(app) -> str:
    return str(app.screen.query_one("#notices").render())


async def test_a_repaired_file_is_on_the_staff_home_screen_until_acknowledged(staff_store, make_app):
    kept = submit_idea(staff_store, "Ennen varmuuskopiota")
    take_backup(staff_store)
    after = submit_idea(staff_store, "Varmuuskopion jälkeen")
    live = staff_store.folder.file_path("kiosk")
    live.write_bytes(live.read_bytes()[:-25])
    staff_store.folder.close()
    store = Store.open(staff_store.path, clock=staff_store.clock, durable=False)
    assert {i.id for i in store.open_ideas()} == {kept.id, after.id}
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        assert isinstance(app.screen, StaffHomeScreen)
        shown = notices_text(app)
        assert "kiosk.json oli vioittunut" in shown and "K" in shown
        await pilot.press("k")
        await settle(pilot)
        assert store.notices() == [] and not app.screen.query_one("#notices").display
        assert "acknowledge notice" in [e.what for e in store.audit_entries(store.now().year)]


async def test_staff_can_still_log_in_and_read_why_saving_is_not_possible(staff_store, make_app):
    (staff_store.path / ".lock").unlink()
    (staff_store.path / ".lock").mkdir()  # the lock file cannot be opened
    store = Store.open(staff_store.path, clock=staff_store.clock, durable=False)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        assert isinstance(app.screen, StaffHomeScreen)
        assert "Tallentaminen ei nyt onnistu" in notices_text(app) and ".lock" in notices_text(app)


async def test_the_inbox_reads_the_archive_only_as_far_as_the_list_goes(staff_store, make_app):
    from kiosk.core.ideas import NewIdea, decline_idea, submit_ideas

    added = submit_ideas(staff_store, [NewIdea(f"Idea {n}") for n in range(SHOWN_AT_ONCE + 20)]).added
    for idea in added[: SHOWN_AT_ONCE + 10]:
        decline_idea(staff_store, idea.id, "Ei nyt")
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("1")
        await settle(pilot)
        assert isinstance(app.screen, IdeasScreen) and len(app.screen.ideas) == 10  # the open ones
        app.screen.query_one("#state").value = "all"
        await settle(pilot)
        assert len(app.screen.ideas) == SHOWN_AT_ONCE and app.screen.more
        await pilot.press("l")
        await settle(pilot)
        assert len(app.screen.ideas) == SHOWN_AT_ONCE + 20 and not app.screen.more
