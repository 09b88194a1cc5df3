"""Residents' contacts on disk: sealed with a key of their own, and gone from every file once erased."""

from __future__ import annotations

import re

from cryptography.fernet import Fernet, InvalidToken

from kiosk.core import ideas as svc
from kiosk.core.contacts import apply_retention, erase_contact, reveal_contact
from kiosk.core.safety import take_backup
from kiosk.core.store import Store

CONTACT = "aino.asukas@example.fi"
KEY = re.compile(rb"[A-Za-z0-9_-]{43}=")
"""What a Fernet key looks like (32 bytes, URL-safe base64)."""


def every_file(store: Store) -> list[bytes]:
    """The bytes of every file under the data folder: data, keys, archives, backups, damaged copies."""
    return [path.read_bytes() for path in store.path.rglob("*") if path.is_file()]


def keys_that_open(store: Store, token: str) -> list[bytes]:
    """Every key found anywhere under the data folder that decrypts the token."""
    opening = []
    for raw in every_file(store):
        for key in set(KEY.findall(raw)):
            try:
                Fernet(key).decrypt(token.encode())
            except (InvalidToken, ValueError):
                continue
            opening.append(key)
    return opening


def test_a_contact_is_never_on_disk_in_plain_text(store):
    idea = svc.submit_idea(store, "Penkki pysäkille", name="Aino Asukas", contact=CONTACT)
    take_backup(store)
    assert reveal_contact(store, store.idea(idea.id)).contact == CONTACT
    assert not [raw for raw in every_file(store) if CONTACT.encode() in raw or b"Aino Asukas" in raw]


def test_an_erased_contact_is_in_no_file_backups_and_damaged_copies_included(store):
    idea = svc.submit_idea(store, "Penkki pysäkille", name="Aino Asukas", contact=CONTACT)
    token = store.idea(idea.id).sealed_contact
    take_backup(store)
    store.clock.advance(days=1)
    take_backup(store)  # the second backup links the first one's keys file
    keys = store.folder.file_path("keys")
    keys.write_bytes(keys.read_bytes()[:-20])  # damaged: its bytes are kept in damaged/
    store = Store.open(store.path, clock=store.clock, durable=False)
    assert reveal_contact(store, store.idea(idea.id)).contact == CONTACT  # repaired from the backup
    assert len(keys_that_open(store, token)) >= 3  # live, backups, damaged copy
    erase_contact(store, idea.id)
    assert reveal_contact(store, store.idea(idea.id)) is None
    assert keys_that_open(store, token) == []
    assert store.idea(idea.id).text == "Penkki pysäkille"


def test_retention_erases_as_staff_do_and_a_later_backup_forgets_the_erasure(store):
    old = svc.submit_idea(store, "Vanha idea", contact="040 111")
    kept = svc.submit_idea(store, "Uusi idea", contact="040 222")
    svc.decline_idea(store, old.id, "Ei nyt")
    take_backup(store)
    store.clock.advance(days=400)
    assert apply_retention(store, 12) == 1
    assert keys_that_open(store, store.idea(old.id).sealed_contact) == []
    assert reveal_contact(store, store.idea(kept.id)).contact == "040 222"
    store.clock.advance(days=1)
    take_backup(store)
    assert store.folder.table("erased", "keys").all() == []  # every backup was scrubbed: the note can go
    assert keys_that_open(store, store.idea(old.id).sealed_contact) == []
