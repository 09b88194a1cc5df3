"""Upgrading a data folder of the first version (a JSON file per collection) to today's layout.

Version 1 kept ``tables.json``, ``ideas.json``, ``ideas-archive-YYYY.json``, ``audit-YYYY.json``
... beside ``_meta.json``, with residents' contacts in plain text, and zip backups. The
upgrade reads every record through today's model, writes them in one transaction (contacts
sealed, closed records archived), and only then removes the old files and zips, which held
contacts in plain text that erasure could not reach.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec

from kiosk.core.contacts import seal_contact
from kiosk.core.errors import StorageError
from kiosk.core.i18n import N_
from kiosk.core.storage import LIVE
from kiosk.core.store import AUDIT, IDEA_COUNTER, IDEAS, META, SCHEMA_VERSION, Store

V1_COLLECTIONS = ("tables", "meetings", "actions", "workshops", "ideas", "settings", "staff")
"""Version-1 collections that map one to one onto a live table."""


def _v1_files(path: Path) -> list[Path]:
    return sorted(
        p
        for p in path.glob("*.json")
        if p.stem == "_meta" or p.stem in V1_COLLECTIONS or p.stem.startswith(("ideas-archive-", "audit-"))
    )


def migrate_if_needed(store: Store) -> bool:
    """Upgrade a version-1 folder in place; False if there was nothing to upgrade."""
    folder = store.folder
    if folder.file_path(LIVE).exists() or not (folder.path / "_meta.json").exists():
        return False
    with folder.locked():
        files = _v1_files(folder.path)
        if not files or folder.file_path(LIVE).exists():
            return False
        _write_v2(store, {p.stem: _read_v1(p) for p in files})
        for old in files:
            old.unlink()
        for old in (folder.path / "backups").glob("backup-*.zip"):
            old.unlink()
    return True


def _read_v1(path: Path) -> dict[str, Any]:
    try:
        data = msgspec.json.decode(path.read_bytes())
    except (OSError, msgspec.DecodeError) as error:
        raise StorageError(
            N_("Could not upgrade the data folder {path} from version {version}"), path=str(path.parent), version=1
        ) from error
    return data if isinstance(data, dict) else {}


def _write_v2(store: Store, old: dict[str, Any]) -> None:
    with store.transaction() as tx:
        for stem, tables in old.items():
            for table_name, documents in tables.items():
                for doc_id, document in documents.items():
                    if stem == "_meta":
                        if table_name == "counters" and doc_id == IDEA_COUNTER:
                            tx.put(META, {"id": f"counter:{IDEA_COUNTER}", "value": document.get("value", 0)})
                        continue
                    if stem.startswith("ideas") or stem == IDEAS:
                        name, contact = document.pop("name", ""), document.pop("contact", "")
                        document["sealed_contact"] = seal_contact(tx, doc_id, name, contact)
                        tx.put(IDEAS, document)
                    elif stem.startswith("audit-"):
                        tx.put(AUDIT, document)
                    else:
                        tx.put(stem, document)
        tx.put(META, {"id": "schema", "version": SCHEMA_VERSION})
