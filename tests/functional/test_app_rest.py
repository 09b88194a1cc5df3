"""Full garbage collections wait until a closed screen's frame is drawn or the kiosk is at rest, never inside a change."""

from __future__ import annotations

import gc

from functional_support import settle

from kiosk.app import FULL_COLLECTION_THRESHOLD, REST_SECONDS


async def test_full_collections_come_after_a_closed_screen_and_once_a_rest(store, make_app, monotonic, monkeypatch):
    collections: list[tuple[int, ...]] = []
    monkeypatch.setattr(gc, "collect", lambda *generation: collections.append(generation) or 0)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        assert gc.get_threshold()[2] == FULL_COLLECTION_THRESHOLD  # Python no longer starts them often itself
        await pilot.press("2")
        await settle(pilot)
        assert collections == []  # opening a screen frees nothing
        app.collect_at_rest()
        assert collections == []  # just used
        monotonic.advance(REST_SECONDS)
        app.collect_at_rest()
        app.collect_at_rest()
        assert len(collections) == 1  # once a rest
        await pilot.press("escape")
        for _ in range(500):
            await pilot.pause(0.01)
            if len(collections) == 2:
                break
        assert len(collections) == 2  # the closed screen's widgets, once home has been shown a moment
        monotonic.advance(REST_SECONDS / 2)
        app.collect_at_rest()
        assert len(collections) == 2
        monotonic.advance(REST_SECONDS / 2)
        app.collect_at_rest()
        assert len(collections) == 3
    assert gc.get_threshold()[2] != FULL_COLLECTION_THRESHOLD  # Python's own again once the kiosk has closed


async def test_a_closed_screen_leaves_none_of_its_rendered_lines_behind(demo_store, make_app):
    """Each widget's StylesCache holds the lines it last drew; Textual 8.2.8 keeps up to 1,024 of them
    alive after their widgets are gone (Textualize/textual#6665), which grew the kiosk by every
    screen visited and made each full collection slower. Once a closed screen is collected, none is left."""
    import weakref

    from screens.home import HomeScreen
    from screens.results import ResultsScreen

    app = make_app(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        assert isinstance(app.screen, ResultsScreen)
        drawn = [weakref.ref(widget._styles_cache) for widget in app.screen.walk_children(with_self=True)]
        assert len(drawn) > 10
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        for _ in range(500):  # the closed screen is collected once home has been shown a moment
            await pilot.pause(0.01)
            if all(ref() is None for ref in drawn):
                break
        assert [ref for ref in drawn if ref() is not None] == []


async def test_a_collection_in_use_walks_only_what_is_new_and_the_one_at_rest_frees_the_rest(
    store, make_app, monotonic
):
    """What survives a collection is frozen, so the collection after a closed screen (in the middle of
    someone's visit) walks only what is new since: a few thousand objects, not the city's whole heap.
    A screen that was open during one such collection and closed later is freed at the next rest."""
    import weakref

    from screens.upcoming import UpcomingScreen

    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        assert isinstance(app.screen, UpcomingScreen)
        app._collect_closed()  # the upcoming screen is open: it survives, frozen
        assert gc.get_freeze_count() > 0
        assert len(gc.get_objects()) < gc.get_freeze_count() / 10  # what a collection now walks
        shown = weakref.ref(app.screen)
        await pilot.press("escape")
        await settle(pilot)
        app._collect_closed()
        assert shown() is not None  # frozen garbage waits for the rest
        monotonic.advance(REST_SECONDS)
        app.collect_at_rest()
        assert shown() is None
