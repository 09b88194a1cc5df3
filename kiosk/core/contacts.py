"""Residents' names and contact details: encrypted with a key per idea, erased by destroying the key.

The idea record holds only a Fernet token (``Idea.sealed_contact``). Its key lives in the
small ``keys`` file, which only the staff screens read. Erasing (by staff, or by the
retention rule) deletes the key, and then removes it from the copies of the keys file in
every backup and in ``damaged/``: the token left in ideas, archives and backups can no
longer be read by anyone. Nothing here is on a resident screen's path.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import msgspec

from kiosk.core import backup
from kiosk.core.clock import months_before
from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.files import write_atomic
from kiosk.core.i18n import N_
from kiosk.core.model import NAME_MAX_CHARS, Idea
from kiosk.core.storage import document, encode
from kiosk.core.store import KEYS, Store, Transaction, record_audit
from kiosk.core.text import clean_text

ERASED = "erased"
"""Table of the keys file naming ideas whose key was destroyed, until every copy is scrubbed."""


@dataclass(frozen=True)
class Contact:
    """What a resident left so that staff can answer them: staff eyes only."""

    name: str
    contact: str


def _fernet(key: str):  # type: ignore[no-untyped-def]
    from cryptography.fernet import Fernet  # staff and writing paths only

    return Fernet(key.encode("ascii"))


def seal_contact(tx: Transaction, idea_id: str, name: str, contact: str) -> str:
    """Encrypt a resident's name and contact under a new key of the idea's own; the token to store ('' if none)."""
    return seal_contacts(tx, [(idea_id, name, contact)]).get(idea_id, "")


def seal_contacts(tx: Transaction, contacts: list[tuple[str, str, str]]) -> dict[str, str]:
    """Seal many (idea id, name, contact) at once, in one write of the keys file; tokens by idea id."""
    from cryptography.fernet import Fernet

    tokens, keys = {}, []
    for idea_id, name, contact in contacts:
        name, contact = clean_text(name), clean_text(contact)
        for value, label in ((name, N_("Name")), (contact, N_("Phone or e-mail"))):
            if len(value) > NAME_MAX_CHARS:
                raise ValidationError(
                    N_("{field} is too long: {length} characters, at most {limit}."),
                    field=label,
                    length=len(value),
                    limit=NAME_MAX_CHARS,
                )
        if name or contact:
            key = Fernet.generate_key().decode("ascii")
            keys.append(document({"key": key, "closed": None, "id": idea_id}, idea_id))
            tokens[idea_id] = _fernet(key).encrypt(json.dumps([name, contact]).encode("utf-8")).decode("ascii")
    if keys:
        table = tx.table(KEYS, file=KEYS)
        table.remove(doc_ids=[str(key.doc_id) for key in keys])
        table.insert_multiple(keys)
    return tokens


def reveal_contact(store: Store, idea: Idea) -> Contact | None:
    """The resident's name and contact for staff; None if none was left or it was erased."""
    if not idea.sealed_contact:
        return None
    found = store.folder.table(KEYS, KEYS).get(doc_id=idea.id)
    if found is None:
        return None
    from cryptography.fernet import InvalidToken

    try:
        name, contact = json.loads(_fernet(found["key"]).decrypt(idea.sealed_contact.encode("ascii")))
    except (InvalidToken, ValueError, TypeError):
        return None
    return Contact(name, contact)


def has_contact(store: Store, idea: Idea) -> bool:
    """Whether staff can still read a contact for the idea (its key exists)."""
    return bool(idea.sealed_contact) and store.folder.table(KEYS, KEYS).contains(doc_id=idea.id)


def _scrub(store: Store, idea_ids: Iterable[str]) -> None:
    """Remove the ideas' keys from every backup's keys file and from damaged copies of it."""
    doomed = set(idea_ids)
    if not doomed:
        return
    marks = [msgspec.json.encode(idea_id) for idea_id in doomed]

    def without_keys(raw: bytes) -> bytes:
        try:
            data = msgspec.json.decode(raw)
            data[KEYS] = {i: d for i, d in data.get(KEYS, {}).items() if i not in doomed}
            return b"".join(encode(data))
        except (msgspec.DecodeError, AttributeError, TypeError):
            # Bytes that no longer parse: blot out each line (one key a line) that names such an idea.
            lines = raw.split(b"\n")
            return b"\n".join(b"*" * len(line) if any(mark in line for mark in marks) else line for line in lines)

    durable = store.folder.durable
    backup.rewrite_in_backups(store.path / backup.BACKUPS, KEYS, without_keys, durable=durable)
    damaged = store.path / backup.DAMAGED
    for kept in sorted(damaged.glob(f"{KEYS}.*.json")) if damaged.is_dir() else []:
        raw = kept.read_bytes()
        cleaned = without_keys(raw)
        if cleaned != raw:
            write_atomic(kept, cleaned, durable=durable)


def _destroy(tx: Transaction, idea_ids: list[str], when: datetime) -> list[str]:
    """Delete the ideas' keys inside a transaction, noting them as erased; returns the ideas whose key went."""
    destroyed = tx.table(KEYS, file=KEYS).remove(doc_ids=idea_ids)
    erased = tx.table(ERASED, file=KEYS)
    for idea_id in destroyed:
        erased.upsert(document({"at": when.isoformat()}, idea_id))
    return destroyed


def erase_contact(store: Store, idea_id: str, *, actor: str = "staff") -> Idea:
    """Erase a resident's name and contact from an idea, open or closed, and from every copy; returns the idea."""
    idea = store.idea(idea_id)
    if idea is None:
        raise NotFound(N_("No idea with that id."))
    now = store.now()
    with store.transaction() as tx:
        destroyed = _destroy(tx, [idea_id], now)
        record_audit(tx, now, actor, "erase contact", idea=idea.reference)
    _scrub(store, destroyed)
    return idea


def apply_retention(store: Store, months: int, *, actor: str = "retention") -> int:
    """Erase the contacts of ideas closed more than ``months`` ago; returns how many."""
    now = store.now()
    cutoff = months_before(now, months)
    with store.transaction() as tx:
        expired = [
            str(doc.doc_id)
            for doc in tx.table(KEYS, file=KEYS).all()
            if doc.get("closed") and datetime.fromisoformat(doc["closed"]) < cutoff
        ]
        destroyed = _destroy(tx, expired, now)
        if destroyed:
            record_audit(tx, now, actor, "retention", erased=len(destroyed), months=months)
    _scrub(store, destroyed)
    return len(destroyed)


def scrub_backups(store: Store, backup_started: datetime) -> None:
    """After a backup: remove erased keys from every backup (one may have linked an older keys file).

    Notes of erasures made before ``backup_started`` are then dropped: every later backup copies
    a keys file that no longer has those keys.
    """
    erased = store.folder.table(ERASED, KEYS).all()
    if not erased:
        return
    _scrub(store, [str(doc.doc_id) for doc in erased])
    old = [str(doc.doc_id) for doc in erased if datetime.fromisoformat(doc["at"]) < backup_started]
    if old:
        with store.transaction() as tx:
            tx.table(ERASED, file=KEYS).remove(doc_ids=old)
