"""The running kiosk backs up its data once a day, after its first frame."""

from __future__ import annotations

from kiosk.app import KioskApp
from kiosk.core.store import Store


async def test_the_days_backup_is_taken_after_start(tmp_path, clock):
    store = Store.open(tmp_path / "data", clock=clock)
    assert store.folder.list_backups() == []
    app = KioskApp(store, backup_delay=0)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(500):  # the backup's timer fires once the first frame is drawn
            await pilot.pause(0.01)
            await app.workers.wait_for_complete()
            if store.folder.list_backups():
                break
        backups = store.folder.list_backups()
        assert len(backups) == 1 and app.backup_problem == ""
        app.take_daily_backup()
        await app.workers.wait_for_complete()
        assert store.folder.list_backups() == backups  # once a day, not once an hour
