"""Full garbage collections wait until nobody is using the kiosk, so none lands in a screen change."""

from __future__ import annotations

import gc

from kiosk.app import FULL_COLLECTION_THRESHOLD, REST_SECONDS


async def test_a_full_collection_runs_once_a_rest_and_never_right_after_a_key(store, make_app, monotonic, monkeypatch):
    collections: list[tuple[int, ...]] = []
    monkeypatch.setattr(gc, "collect", lambda *generation: collections.append(generation) or 0)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        assert gc.get_threshold()[2] == FULL_COLLECTION_THRESHOLD  # Python no longer starts them often itself
        await pilot.press("2")
        app.collect_at_rest()
        assert collections == []  # just used
        monotonic.advance(REST_SECONDS)
        app.collect_at_rest()
        app.collect_at_rest()
        assert len(collections) == 1  # once a rest
        await pilot.press("escape")
        monotonic.advance(REST_SECONDS / 2)
        app.collect_at_rest()
        assert len(collections) == 1
        monotonic.advance(REST_SECONDS / 2)
        app.collect_at_rest()
        assert len(collections) == 2
