"""A centre's published bundle: what other centres of the municipality may read of this kiosk.

The kiosk alone writes ``published/`` in its data folder; Syncthing shares it send-only with the
other centres (``kiosk.core.syncthing``), so no file there ever has a second writer. It holds what
residents can already see at this kiosk: the centre, its tables (participants without their
contact details), meetings with their agendas and minutes, agreed actions, workshops, each idea's
public state (its text only once staff published it), and the ideas staff forwarded to another
centre's table. Never a resident's contact, a PIN, the audit trail or unpublished text.

Each file is replaced whole (``write_atomic``); ``manifest.json`` is written last and names every
file with its SHA-256, so a reader can tell a complete bundle from one still arriving
(``kiosk.core.received``). Nothing is written when nothing residents can see has changed.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from itertools import takewhile
from pathlib import Path
from typing import Any

from kiosk.core.clock import months_before
from kiosk.core.files import write_atomic
from kiosk.core.model import Idea, IdeaEvent, IdeaState, Record, Table
from kiosk.core.storage import LIVE
from kiosk.core.store import Store

PUBLISHED = "published"
"""The folder of the bundle, inside the data folder."""
MANIFEST = "manifest.json"
"""The bundle's table of contents, written after every other file."""
FORMAT_VERSION = 1
"""The bundle layout this code writes and reads."""
IDEAS_MONTHS = 24
"""Closed ideas stay in the bundle this long after they were left (open ideas always)."""
CONTENT_FILES = ("centre.json", "tables.json", "meetings.json", "actions.json", "workshops.json", "ideas.json")
"""Every file of a bundle besides the manifest and the outbox."""
OUTBOX = "outbox.json"
"""Ideas forwarded to other centres' tables."""
_PUBLIC_NOTES = frozenset({IdeaState.DISCUSSED, IdeaState.DECLINED, IdeaState.DONE})
"""Steps whose note the resident sees (what the minutes said, why it was declined, what was done)."""
_log = logging.getLogger(__name__)


@dataclass
class PublicIdea(Record):
    """An idea as other centres see it: its state and answer, its text only if staff published it."""

    id: str
    reference: str
    state: IdeaState
    theme: str = ""
    text: str = ""
    public_answer: str = ""
    table_id: str = ""
    meeting_id: str = ""
    created: datetime | None = None
    history: list[IdeaEvent] = field(default_factory=list)
    origin_centre: str = ""
    """For an idea another centre forwarded here: that centre's code."""
    origin_reference: str = ""
    """For an idea another centre forwarded here: the reference its resident holds."""


@dataclass
class ForwardedIdea(Record):
    """An idea staff forwarded to a table of another centre: what that centre's staff see in their inbox."""

    id: str
    to_centre: str
    table_id: str
    reference: str
    text: str
    theme: str = ""
    sent: datetime | None = None


def public_idea(idea: Idea) -> PublicIdea:
    """What of an idea may leave the kiosk: never its contact, its text only once published."""
    return PublicIdea(
        id=idea.id,
        reference=idea.reference,
        state=idea.state,
        theme=idea.theme,
        text=idea.text if idea.is_public else "",
        public_answer=idea.public_answer,
        table_id=idea.table_id,
        meeting_id=idea.meeting_id,
        created=idea.created,
        history=[
            IdeaEvent(state=e.state, at=e.at, note=e.note if e.state in _PUBLIC_NOTES else "") for e in idea.history
        ],
        origin_centre=idea.origin_centre,
        origin_reference=idea.origin_reference,
    )


def _encode(data: Any) -> bytes:
    """JSON the same way every time, so that equal content has equal hashes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode()


def _table_without_contacts(table: Table) -> dict[str, Any]:
    data: dict[str, Any] = table.to_dict()
    for participant in data["participants"]:
        participant["contact"] = ""
    return data


def _bundle_ideas(store: Store) -> list[Idea]:
    """Open ideas, and closed ones left in the last ``IDEAS_MONTHS`` months (newest first)."""
    since = months_before(store.now(), IDEAS_MONTHS)
    return list(takewhile(lambda i: not i.is_closed or (i.created or since) >= since, store.ideas_newest_first()))


def bundle_files(store: Store) -> dict[str, bytes]:
    """Every file of the bundle (but the manifest) as bytes."""
    settings = store.settings()
    ideas = _bundle_ideas(store)
    outbox = [
        ForwardedIdea(
            id=i.id,
            to_centre=i.forwarded_to,
            table_id=i.forwarded_table_id,
            reference=i.reference,
            text=i.text,
            theme=i.theme,
            sent=i.forwarded_at,
        ).to_dict()
        for i in ideas
        if i.forwarded_to and i.is_public
    ]
    return {
        "centre.json": _encode({"code": settings.centre_code, "name": settings.centre_name}),
        "tables.json": _encode([_table_without_contacts(t) for t in store.tables()]),
        "meetings.json": _encode([m.to_dict() for m in store.meetings()]),
        "actions.json": _encode([a.to_dict() for a in store.actions()]),
        "workshops.json": _encode([w.to_dict() for w in store.workshops()]),
        "ideas.json": _encode([public_idea(i).to_dict() for i in ideas]),
        OUTBOX: _encode(outbox),
    }


def digest(content: bytes) -> str:
    """The SHA-256 a manifest gives of a file."""
    return hashlib.sha256(content).hexdigest()


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The manifest of a bundle folder as written, or None if missing or unreadable."""
    try:
        found = json.loads((folder / MANIFEST).read_bytes())
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def write_bundle(store: Store) -> int | None:
    """Rewrite ``published/`` if what residents can see changed; the new sequence number, or None if unchanged."""
    folder = store.path / PUBLISHED
    files = bundle_files(store)
    hashes = {name: digest(content) for name, content in files.items()}
    settings = store.settings()
    before = read_manifest(folder) or {}
    same_centre = before.get("centre") == settings.centre_code and before.get("name") == settings.centre_name
    if same_centre and before.get("files") == hashes and before.get("format") == FORMAT_VERSION:
        return None
    durable = store.folder.durable
    for name, content in files.items():
        if (before.get("files") or {}).get(name) != hashes[name] or not (folder / name).is_file():
            write_atomic(folder / name, content, durable=durable)
    sequence = int(before.get("sequence") or 0) + 1
    manifest = {
        "format": FORMAT_VERSION,
        "centre": settings.centre_code,
        "name": settings.centre_name,
        "sequence": sequence,
        "written": store.now().isoformat(),
        "files": hashes,
    }
    write_atomic(folder / MANIFEST, _encode(manifest), durable=durable)
    return sequence


def keep_published(store: Store) -> Store:
    """Hook the bundle into the store: after every commit, once the centre has a code, it is brought up to date.

    The ``kiosk`` command and the kiosk app call this on the store they open. A failure to write the
    bundle never undoes a commit: the bundle is a copy, and the next change writes it again.
    """

    def publish(written: Mapping[str, object]) -> None:
        if LIVE not in written:
            return
        try:
            if store.settings().centre_code:
                write_bundle(store)
        except Exception:
            _log.exception("could not write the published bundle")

    store.folder.after_commit.append(publish)
    publish({LIVE: {}})
    return store
