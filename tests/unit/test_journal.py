"""The live file's log: leaving an idea appends a line instead of rewriting years of records.

Each test reads back through a new ``Store`` (another process's view: nothing from this one's cache).
"""

from __future__ import annotations

import pytest
from tinydb.table import Document

from kiosk.core import ideas as svc
from kiosk.core import journal
from kiosk.core.safety import take_backup
from kiosk.core.storage import LIVE
from kiosk.core.store import IDEAS, Store


def reopen(store: Store) -> Store:
    return Store.open(store.path, clock=store.clock, durable=False)


def log_of(store: Store):
    return store.folder.log_path(LIVE)


def texts(store: Store) -> list[str]:
    return [idea.text for idea in store.open_ideas()]


def test_leaving_an_idea_appends_to_the_log_and_leaves_the_live_file_as_it_was(demo_store: Store) -> None:
    svc.submit_idea(demo_store, "Ensimmäinen idea tänään")  # the day's first write
    live = demo_store.folder.file_path(LIVE)
    before, size = live.stat(), log_of(demo_store).stat().st_size
    idea = svc.submit_idea(demo_store, "Penkki pysäkille")
    after = live.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (before.st_ino, before.st_size, before.st_mtime_ns)
    grown = log_of(demo_store).stat().st_size - size
    assert 0 < grown < 2_000 < after.st_size  # one line: the idea and its counter, not the file again
    other = reopen(demo_store)
    assert other.idea_by_number(idea.number).text == "Penkki pysäkille"
    assert svc.submit_idea(other, "Kolmas").number == idea.number + 1  # the counter came through the log too


def test_another_store_on_the_folder_sees_each_appended_idea(store: Store) -> None:
    svc.submit_idea(store, "Ensimmäinen")
    other = reopen(store)
    assert texts(other) == ["Ensimmäinen"]
    svc.submit_idea(store, "Toinen")
    assert texts(other) == ["Toinen", "Ensimmäinen"]  # its cache knew the log had grown
    assert other.remembered("ideas", lambda: texts(other)) == ["Toinen", "Ensimmäinen"]
    svc.submit_idea(store, "Kolmas")
    assert other.remembered("ideas", lambda: texts(other))[0] == "Kolmas"  # an append changes the files' state


def test_a_line_cut_by_a_power_cut_is_skipped_and_the_next_idea_is_saved_after_the_whole_lines(store: Store) -> None:
    svc.submit_idea(store, "Ensimmäinen")
    svc.submit_idea(store, "Toinen")
    log = log_of(store)
    whole = log.read_bytes()
    cut = whole + journal.line([(IDEAS, "x", None)])[:-9]  # the start of a line, never finished
    log.write_bytes(cut)
    other = reopen(store)
    assert texts(other) == ["Toinen", "Ensimmäinen"]
    svc.submit_idea(other, "Kolmas")
    assert log.read_bytes().startswith(whole) and not log.read_bytes().startswith(cut)  # the cut part is gone
    assert texts(reopen(store)) == ["Kolmas", "Toinen", "Ensimmäinen"]


def test_a_damaged_line_is_skipped_and_the_lines_after_it_still_count(store: Store) -> None:
    for text in ("Ensimmäinen", "Toinen", "Kolmas"):
        svc.submit_idea(store, text)
    log = log_of(store)
    lines = log.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b"Toinen", b"Tuonen")  # the checksum no longer fits
    log.write_bytes(b"\n".join(lines))
    assert texts(reopen(store)) == ["Kolmas", "Ensimmäinen"]


def test_a_log_left_behind_by_a_crash_after_it_was_folded_in_is_ignored(store: Store) -> None:
    idea = svc.submit_idea(store, "Kirjastoauto kylään")
    log = log_of(store)
    left_behind = log.read_bytes()
    svc.decline_idea(store, idea.id, "Ei nyt")  # written whole (and archived): the log is folded in and removed
    assert not log.exists()
    log.write_bytes(left_behind)  # as if the process died between the whole write and removing the log
    other = reopen(store)
    assert other.idea(idea.id).state.value == "declined"
    assert texts(other) == []  # the old "received" line is not applied over the newer file
    svc.submit_idea(other, "Seuraava")  # a new log is started for the new file
    assert journal.named(log.read_bytes()) == journal.token_of(store.folder.file_path(LIVE).read_bytes())
    assert texts(reopen(store)) == ["Seuraava"]


def test_a_long_log_is_folded_into_the_file_by_the_next_idea(store: Store, monkeypatch) -> None:
    svc.submit_idea(store, "Ensimmäinen")
    svc.submit_idea(store, "Toinen")
    monkeypatch.setattr(journal, "LIMIT", log_of(store).stat().st_size + 100)  # room for no more ideas
    svc.submit_idea(store, "Kolmas")  # would make the log too long: the file is written whole
    assert not log_of(store).exists()
    assert b"Kolmas" in store.folder.file_path(LIVE).read_bytes()
    svc.submit_idea(store, "Nelj\u00e4s")  # a new log
    assert log_of(store).exists() and texts(reopen(store)) == ["Neljäs", "Kolmas", "Toinen", "Ensimmäinen"]


def test_a_backup_holds_the_ideas_of_the_log(store: Store) -> None:
    svc.submit_idea(store, "Ennen varmuuskopiota")
    folder = take_backup(store)
    assert not log_of(store).exists()
    assert b"Ennen varmuuskopiota" in (folder / "kiosk.json").read_bytes()


def test_a_restored_backup_drops_the_log_of_the_file_it_replaces(store: Store) -> None:
    from kiosk.core.safety import restore_backup

    svc.submit_idea(store, "Ennen varmuuskopiota")
    folder = take_backup(store)
    svc.submit_idea(store, "Varmuuskopion jälkeen")
    assert log_of(store).exists()
    restore_backup(store, folder)
    assert texts(reopen(store)) == ["Ennen varmuuskopiota"]


def test_a_tinydb_write_beside_a_put_writes_the_file_whole_with_both(store: Store) -> None:
    svc.submit_idea(store, "Ensimmäinen")
    with store.transaction() as tx:
        tx.put(IDEAS, {**tx.get(IDEAS, store.open_ideas()[0].id), "text": "Muutettu"})
        tx.table("notes").insert(Document({"text": "muistiinpano"}, doc_id="n1"))
    assert not log_of(store).exists()
    other = reopen(store)
    assert texts(other) == ["Muutettu"] and other.folder.table(LIVE, "notes").get(doc_id="n1")["text"] == "muistiinpano"


def test_in_a_transaction_a_put_is_read_back_and_a_delete_removes_it(store: Store) -> None:
    with store.transaction() as tx:
        tx.put("notes", {"id": "n1", "text": "eka"})
        assert tx.get("notes", "n1") == {"id": "n1", "text": "eka"}
        tx.put("notes", {"id": "n2", "text": "toka"})
        tx.delete("notes", "n1")
        assert tx.get("notes", "n1") is None
    with store.transaction() as tx:  # now by the log
        tx.delete("notes", "n2")
        tx.put("notes", {"id": "n3", "text": "kolmas"})
    assert log_of(store).exists()
    assert [doc.doc_id for doc in reopen(store).folder.table(LIVE, "notes")] == ["n3"]


def test_a_failed_transaction_appends_nothing(store: Store) -> None:
    svc.submit_idea(store, "Ensimmäinen")
    before = log_of(store).read_bytes()
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.put(IDEAS, {**tx.get(IDEAS, store.open_ideas()[0].id), "text": "Ei tallennu"})
        raise RuntimeError("stop")
    assert log_of(store).read_bytes() == before
    assert texts(store) == ["Ensimmäinen"] and texts(reopen(store)) == ["Ensimmäinen"]


def test_a_damaged_live_file_gets_back_the_ideas_of_its_log(store: Store) -> None:
    svc.submit_idea(store, "Ennen varmuuskopiota")
    take_backup(store)
    svc.submit_idea(store, "Varmuuskopion jälkeen")
    live = store.folder.file_path(LIVE)
    live.write_bytes(live.read_bytes()[:-30])  # its count line, and with it the token, cut off
    other = reopen(store)
    assert texts(other) == ["Varmuuskopion jälkeen", "Ennen varmuuskopiota"]
    assert other.notices()[0].merged_back >= 1
