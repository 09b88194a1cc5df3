"""Backups and restores as the kiosk, staff and the nightly timer use them.

A backup copies only the files that changed (``kiosk.core.backup``) and never takes the
folder lock, so a resident's idea is never kept waiting by one. Afterwards the keys of
contacts erased meanwhile are removed from every backup. A restore checks the whole
backup first, keeps a backup of the current state, and never lets a reference number
that was already handed out be handed out again.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from kiosk.core import backup
from kiosk.core.clock import local
from kiosk.core.contacts import scrub_backups
from kiosk.core.errors import StorageError
from kiosk.core.i18n import N_
from kiosk.core.repair import readable_documents
from kiosk.core.storage import LIVE
from kiosk.core.store import IDEA_COUNTER, Store, record_audit

DEFAULT_KEEP = 14
"""How many daily backups the kiosk keeps in its own ``backups`` folder."""


def take_backup(store: Store, dest: Path | None = None, *, keep: int | None = DEFAULT_KEEP) -> Path:
    """Back up now into ``dest`` (default: the data folder's ``backups``), keeping the ``keep`` newest."""
    started = store.now()
    taken = store.folder.backup_now(dest, keep=keep)
    if dest is None:
        scrub_backups(store, started)
    return taken


def daily_backup(store: Store) -> Path | None:
    """Take the day's backup unless there already is one; returns it, or None."""
    today = local(store.now()).date()
    if any(backup.backup_date(path) == today for path in store.folder.list_backups()):
        return None
    return take_backup(store)


def restore_backup(store: Store, source: Path, *, actor: str = "admin") -> None:
    """Replace the data with a backup's (checked whole first; the current state is backed up before)."""
    contents = backup.verified_files(Path(source))
    if LIVE not in contents:
        raise StorageError(N_("The backup {path} is damaged"), path=str(source))
    restored = {}
    for name, raw in contents.items():
        try:
            data = msgspec.json.decode(raw)
        except msgspec.DecodeError as error:
            raise StorageError(N_("The backup {path} is damaged"), path=str(source)) from error
        if readable_documents(raw, store.folder.validators)[1]:
            raise StorageError(N_("The backup {path} is damaged"), path=str(source))
        restored[name] = data
    handed_out = store.highest_number(IDEA_COUNTER)
    take_backup(store)
    store.folder.replace_files(restored)
    with store.transaction() as tx:
        store.mend(tx, at_least=handed_out)
        record_audit(tx, store.now(), actor, "restore backup", backup=str(source))
