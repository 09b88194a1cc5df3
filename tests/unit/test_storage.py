"""The data folder: round trips, transactions, caching, recovery, backups and migrations."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from tinydb import TinyDB

from kiosk.core import backup, storage
from kiosk.core.clock import HELSINKI, FixedClock
from kiosk.core.errors import StorageError
from kiosk.core.storage import (
    SCHEMA_VERSION,
    AtomicJSONStorage,
    CorruptFileRecovered,
    DamagedFile,
    DataFolder,
    Transaction,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def storage_clock() -> FixedClock:
    """A clock standing on a Friday evening at the resident centre."""
    return FixedClock(datetime(2026, 11, 27, 20, 15, tzinfo=HELSINKI))


@pytest.fixture
def data_path(tmp_path: Path) -> Path:
    """Where the data folder lives (not created yet)."""
    return tmp_path / "data"


@pytest.fixture
def folder(data_path: Path, storage_clock: FixedClock):
    """A fresh data folder on the fixed clock."""
    with DataFolder(data_path, now=storage_clock.now) as opened:
        yield opened


def put(folder: DataFolder, collection: str, *records: dict) -> None:
    """Save records in one transaction."""
    with folder.transaction() as tx:
        for record in records:
            tx.put(collection, record)


def file_identity(path: Path) -> tuple[int, int]:
    """What changes whenever a file is replaced."""
    status = path.stat()
    return status.st_ino, status.st_mtime_ns


# Round trips -----------------------------------------------------------------


def test_put_get_all_delete_round_trip(folder: DataFolder) -> None:
    idea = {"id": "a1", "text": "Pankkiautomaatti takaisin Sukevalle äöå€", "tags": ["kylä", "raha"]}
    put(folder, "ideas", idea, {"id": "b2", "text": "Kesätorit heinäkuussa"})

    assert folder.get("ideas", "a1") == idea
    assert [r["id"] for r in folder.all("ideas")] == ["a1", "b2"]
    with folder.transaction() as tx:
        tx.delete("ideas", "a1")
        tx.delete("ideas", "no-such-id")
    assert folder.get("ideas", "a1") is None
    assert [r["id"] for r in folder.all("ideas")] == ["b2"]


def test_text_is_saved_as_readable_utf8(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "a1", "text": "äöå€"})
    raw = (folder.path / "ideas.json").read_bytes()
    assert "äöå€".encode() in raw
    assert b"\\u" not in raw


def test_records_live_in_a_tinydb_table_per_collection_file(folder: DataFolder) -> None:
    put(folder, "ideas-archive-2025", {"id": "x", "n": 1})
    with TinyDB(folder.path / "ideas-archive-2025.json", storage=AtomicJSONStorage) as db:
        assert db.tables() == {"ideas-archive-2025"}
        assert len(db.table("ideas-archive-2025")) == 1
        # TinyDB's document ids are the records' own ids, so a lookup never scans the table.
        assert db.storage.read() == {"ideas-archive-2025": {"x": {"id": "x", "n": 1}}}


def test_put_replaces_the_whole_record_and_keeps_its_place(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "a", "status": "received", "contact": "040 123"}, {"id": "b"})
    put(folder, "ideas", {"id": "a", "status": "published"})
    assert folder.all("ideas") == [{"id": "a", "status": "published"}, {"id": "b"}]


def test_returned_records_are_copies(folder: DataFolder) -> None:
    put(folder, "meetings", {"id": "m", "agenda": ["Tervetuloa"]})
    folder.get("meetings", "m")["agenda"].append("changed by a caller")
    folder.all("meetings")[0]["agenda"].clear()
    with folder.transaction() as tx:
        tx.get("meetings", "m")["agenda"].append("changed inside")
    assert folder.get("meetings", "m") == {"id": "m", "agenda": ["Tervetuloa"]}


def test_a_saved_record_is_detached_from_the_callers_dict(folder: DataFolder) -> None:
    record = {"id": "m", "agenda": ["Tervetuloa"]}
    with folder.transaction() as tx:
        tx.put("meetings", record)
        record["agenda"].append("later change")
    assert folder.get("meetings", "m") == {"id": "m", "agenda": ["Tervetuloa"]}


def test_missing_collection_reads_as_empty_and_creates_nothing(folder: DataFolder) -> None:
    assert folder.all("workshops") == []
    assert folder.get("workshops", "x") is None
    with folder.transaction() as tx:
        assert tx.all("workshops") == []
    assert not (folder.path / "workshops.json").exists()
    assert "workshops" not in folder.collections()


def test_collections_lists_existing_ones_by_prefix(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "1"})
    put(folder, "ideas-archive-2024", {"id": "2"})
    put(folder, "ideas-archive-2025", {"id": "3"})
    (folder.path / "notes.txt").write_text("not a collection")
    assert folder.collections() == ["ideas", "ideas-archive-2024", "ideas-archive-2025"]
    assert folder.collections("ideas-archive-") == ["ideas-archive-2024", "ideas-archive-2025"]


def test_next_number_counts_up_and_persists_across_instances(folder: DataFolder, data_path: Path) -> None:
    with folder.transaction() as tx:
        assert [tx.next_number("idea"), tx.next_number("idea")] == [1, 2]
        assert tx.next_number("workshop") == 1
    with DataFolder(data_path) as reopened, reopened.transaction() as tx:
        assert tx.next_number("idea") == 3
        assert tx.next_number("workshop") == 2


def test_next_number_rewrites_only_the_small_meta_file(folder: DataFolder) -> None:
    put(folder, "ideas", *({"id": str(i), "text": "x" * 100} for i in range(50)))
    before = file_identity(folder.path / "ideas.json")
    with folder.transaction() as tx:
        tx.next_number("idea")
    assert file_identity(folder.path / "ideas.json") == before
    assert (folder.path / "_meta.json").stat().st_size < 200


# Transactions ------------------------------------------------------------------


def test_exception_rolls_back_everything_and_is_reraised(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "a", "status": "received"})
    before = file_identity(folder.path / "ideas.json")
    with pytest.raises(ZeroDivisionError):
        with folder.transaction() as tx:
            tx.put("ideas", {"id": "a", "status": "published"})
            tx.put("meetings", {"id": "m"})
            tx.next_number("idea")
            1 / 0
    assert file_identity(folder.path / "ideas.json") == before
    assert folder.get("ideas", "a") == {"id": "a", "status": "received"}
    assert not (folder.path / "meetings.json").exists()
    with folder.transaction() as tx:
        assert tx.next_number("idea") == 1


def test_transaction_sees_its_own_changes_before_commit(folder: DataFolder) -> None:
    with folder.transaction() as tx:
        tx.put("ideas", {"id": "a"})
        assert tx.get("ideas", "a") == {"id": "a"}
        assert tx.all("ideas") == [{"id": "a"}]
        assert folder.all("ideas") == []  # lock-free reads see only what is saved
        tx.delete("ideas", "a")
        assert tx.all("ideas") == []


def test_transaction_cannot_be_used_after_it_ended(folder: DataFolder) -> None:
    with folder.transaction() as tx:
        pass
    with pytest.raises(RuntimeError):
        tx.put("ideas", {"id": "a"})


def test_unchanged_put_does_not_rewrite_the_file(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "a", "n": 1})
    before = file_identity(folder.path / "ideas.json")
    put(folder, "ideas", {"id": "a", "n": 1})
    assert file_identity(folder.path / "ideas.json") == before


def test_nested_transaction_joins_and_undoes_only_its_own_changes(folder: DataFolder) -> None:
    with folder.transaction() as outer:
        outer.put("ideas", {"id": "kept"})
        with pytest.raises(KeyError):
            with folder.transaction() as inner:
                assert inner is outer
                inner.put("ideas", {"id": "dropped"})
                inner.put("meetings", {"id": "dropped"})
                raise KeyError
        with folder.transaction() as inner:
            inner.put("ideas", {"id": "joined"})
    assert [r["id"] for r in folder.all("ideas")] == ["kept", "joined"]
    assert folder.all("meetings") == []


def test_threads_sharing_a_folder_take_turns(folder: DataFolder) -> None:
    numbers: list[int] = []

    def take_numbers() -> None:
        for _ in range(50):
            with folder.transaction() as tx:
                number = tx.next_number("idea")
                tx.put("ideas", {"id": f"idea-{number}", "number": number})
            numbers.append(number)

    workers = [threading.Thread(target=take_numbers) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(numbers) == list(range(1, 151))
    assert len(folder.all("ideas")) == 150


def test_busy_folder_raises_storage_error_after_the_timeout(folder: DataFolder, data_path: Path) -> None:
    with DataFolder(data_path, lock_timeout=0.2) as other, folder.transaction():
        with pytest.raises(StorageError) as caught, other.transaction():
            pass
    assert caught.value.msgid == "The data folder {path} is busy; try again"


# Validation -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["../ideas", "Ideas", "", "a/b", "ideas.json", "_meta", ".hidden", "a b", "idéat", "x" * 65, None, 5]
)
def test_bad_collection_names_are_refused(folder: DataFolder, name: object) -> None:
    with pytest.raises(ValueError):
        folder.all(name)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        folder.get(name, "a")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        with folder.transaction() as tx:
            tx.put(name, {"id": "a"})  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        with folder.transaction() as tx:
            tx.delete(name, "a")  # type: ignore[arg-type]
    assert sorted(p.name for p in folder.path.iterdir()) == [".lock", "_meta.json", "backups"]


@pytest.mark.parametrize("name", ["ideas", "ideas-archive-2025", "audit_2026", "2025"])
def test_good_collection_names_are_accepted(folder: DataFolder, name: str) -> None:
    put(folder, name, {"id": "a"})
    assert folder.collections() == [name]


@pytest.mark.parametrize(
    "record", [{"text": "no id"}, {"id": 5}, {"id": ""}, ["id", "a"], {"id": "a", "when": datetime(2026, 1, 1)},
               {"id": "a", "x": float("nan")}]
)
def test_records_that_cannot_be_saved_are_refused(folder: DataFolder, record: object) -> None:
    with pytest.raises(ValueError):
        with folder.transaction() as tx:
            tx.put("ideas", record)  # type: ignore[arg-type]
    assert not (folder.path / "ideas.json").exists()


# Caching and other processes ----------------------------------------------------


def test_two_instances_see_each_others_writes_without_overwriting(data_path: Path) -> None:
    with DataFolder(data_path) as first, DataFolder(data_path) as second:
        put(first, "ideas", {"id": "a"})
        assert [r["id"] for r in second.all("ideas")] == ["a"]  # second's cache is warm now
        put(second, "ideas", {"id": "b"})
        assert [r["id"] for r in first.all("ideas")] == ["a", "b"]
        with first.transaction() as tx:  # must start from b's state, not a stale copy
            tx.put("ideas", {"id": "c"})
            assert tx.next_number("idea") == 1
        with second.transaction() as tx:
            assert tx.next_number("idea") == 2
        assert [r["id"] for r in second.all("ideas")] == ["a", "b", "c"]


def test_unchanged_files_are_not_parsed_again(folder: DataFolder, data_path: Path, monkeypatch) -> None:
    put(folder, "ideas", {"id": "a"})
    parsed: list[int] = []
    real_parse = backup.parse_tables

    def counting_parse(raw: bytes):
        parsed.append(len(raw))
        return real_parse(raw)

    monkeypatch.setattr(backup, "parse_tables", counting_parse)
    for _ in range(5):
        assert len(folder.all("ideas")) == 1
        assert folder.get("ideas", "a") == {"id": "a"}
    with folder.transaction() as tx:  # a transaction reuses the cache when the file did not change
        tx.put("ideas", {"id": "b"})
    assert len(folder.all("ideas")) == 2  # its own write is cached as written
    assert parsed == []

    with DataFolder(data_path) as other:
        put(other, "ideas", {"id": "c"})
    parsed.clear()
    assert len(folder.all("ideas")) == 3
    assert len(folder.all("ideas")) == 3
    assert len(parsed) == 1


def test_a_write_touches_only_the_changed_collection(folder: DataFolder, monkeypatch) -> None:
    put(folder, "ideas-archive-2025", *({"id": str(i), "text": "vanha idea"} for i in range(200)))
    put(folder, "ideas", {"id": "new"})
    archive = folder.path / "ideas-archive-2025.json"
    before = file_identity(archive)
    replaced: list[str] = []
    parsed: list[int] = []
    real_replace, real_parse = os.replace, backup.parse_tables
    monkeypatch.setattr(os, "replace", lambda src, dst: (replaced.append(Path(dst).name), real_replace(src, dst)))
    monkeypatch.setattr(backup, "parse_tables", lambda raw: (parsed.append(1), real_parse(raw))[1])

    with folder.transaction() as tx:
        tx.put("ideas", {"id": "newer"})
    assert replaced == ["ideas.json"]
    assert parsed == []
    assert file_identity(archive) == before


def test_file_damaged_while_running_is_reported_not_read_as_empty(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "a"})
    (folder.path / "ideas.json").write_text('{"ideas": {"a": ')
    with pytest.raises(DamagedFile):
        folder.all("ideas")
    with pytest.raises(DamagedFile):
        with folder.transaction() as tx:
            tx.put("ideas", {"id": "b"})
    assert (folder.path / "ideas.json").read_text() == '{"ideas": {"a": '


# Write failures and interrupted commits ------------------------------------------


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_failed_write_keeps_the_old_file_and_raises_storage_error(folder: DataFolder, monkeypatch, failing) -> None:
    put(folder, "ideas", {"id": "a", "status": "received"})
    old_bytes = (folder.path / "ideas.json").read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":
        monkeypatch.setattr(backup, "open", lambda *a, **k: _FullDiskFile(*a, **k), raising=False)
    else:
        monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(StorageError) as caught:
        with folder.transaction() as tx:
            tx.put("ideas", {"id": "a", "status": "published"})
    monkeypatch.undo()

    assert caught.value.msgid == "Could not save to {path}"
    assert caught.value.params["path"].endswith("ideas.json")
    assert (folder.path / "ideas.json").read_bytes() == old_bytes
    assert list(folder.path.glob(".*.tmp")) == []
    assert folder.get("ideas", "a") == {"id": "a", "status": "received"}
    put(folder, "ideas", {"id": "a", "status": "published"})
    assert folder.get("ideas", "a") == {"id": "a", "status": "published"}


class _FullDiskFile:
    """A file whose writes fail as on a full disk."""

    def __init__(self, path, mode="r", *args, **kwargs):
        self._file = open(path, mode, *args, **kwargs)  # noqa: SIM115

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._file, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._file.close()


def test_multi_file_commit_failing_before_its_commit_point_changes_nothing(folder: DataFolder, monkeypatch) -> None:
    put(folder, "ideas", {"id": "a", "status": "received"})
    real_publish = backup.publish

    def fail_on_journal(temp: Path, target: Path) -> None:
        if target.name == backup.JOURNAL:
            raise StorageError("Could not save to {path}", path=str(target))
        real_publish(temp, target)

    monkeypatch.setattr(backup, "publish", fail_on_journal)
    with pytest.raises(StorageError):
        with folder.transaction() as tx:
            tx.put("ideas", {"id": "a", "status": "on_agenda"})
            tx.put("meetings", {"id": "m", "agenda": ["a"]})
    assert folder.get("ideas", "a") == {"id": "a", "status": "received"}
    assert not (folder.path / "meetings.json").exists()
    assert [p.name for p in folder.path.glob(".*") if p.name != ".lock"] == []


def test_multi_file_commit_cut_after_its_commit_point_is_finished_on_next_open(
    folder: DataFolder, data_path: Path, monkeypatch
) -> None:
    put(folder, "ideas", {"id": "a", "status": "received"})

    def crash(folder_path: Path, entries: dict) -> None:
        raise SystemExit("power cut")

    monkeypatch.setattr(backup, "_apply_journal", crash)
    with pytest.raises(SystemExit):
        with folder.transaction() as tx:
            tx.put("ideas", {"id": "a", "status": "on_agenda"})
            tx.put("meetings", {"id": "m", "agenda": ["a"]})
    monkeypatch.undo()
    assert (data_path / backup.JOURNAL).exists()
    assert json.loads((data_path / "ideas.json").read_text())["ideas"]["a"]["status"] == "received"

    with DataFolder(data_path) as reopened:
        assert reopened.get("ideas", "a") == {"id": "a", "status": "on_agenda"}
        assert reopened.get("meetings", "m") == {"id": "m", "agenda": ["a"]}
    assert not (data_path / backup.JOURNAL).exists()
    assert list(data_path.glob(".*.tmp")) == []


def test_leftover_temp_files_are_removed_at_start(folder: DataFolder, data_path: Path, storage_clock) -> None:
    put(folder, "ideas", {"id": "a"})
    leftovers = [
        data_path / ".ideas.json.4f2a9c.tmp",
        data_path / ".journal.77aa01.tmp",
        data_path / "backups" / ".backup-20261127T201500.zip.0b1c2d.tmp",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b'{"ideas": {"half')
    with DataFolder(data_path, now=storage_clock.now) as reopened:
        assert not any(leftover.exists() for leftover in leftovers)
        assert reopened.all("ideas") == [{"id": "a"}]
        assert reopened.verify_all() == []


# Damaged files, checked when first read ---------------------------------------------------------


def test_damaged_file_is_set_aside_and_restored_from_the_newest_backup(
    folder: DataFolder, data_path: Path, storage_clock: FixedClock
) -> None:
    put(folder, "ideas", {"id": "a", "text": "ensimmäinen"})
    put(folder, "meetings", {"id": "m"})
    older = folder.backup_now()
    storage_clock.advance(minutes=5)
    put(folder, "ideas", {"id": "b", "text": "toinen"})
    newest = folder.backup_now()
    storage_clock.advance(minutes=5)
    put(folder, "ideas", {"id": "c", "text": "lost with the damage"})
    garbage = b"\x00\x17 not json at all \xff"
    (data_path / "ideas.json").write_bytes(garbage)

    with DataFolder(data_path, now=storage_clock.now) as reopened:
        assert reopened.warnings == []  # opening reads no collection
        assert [r["id"] for r in reopened.all("ideas")] == ["a", "b"]  # the first read recovers it
        [warning] = reopened.warnings
        assert warning == CorruptFileRecovered("ideas", data_path / "ideas.json.corrupt-20261127T202500", newest)
        assert warning.moved_to.read_bytes() == garbage
        assert reopened.all("meetings") == [{"id": "m"}]
        assert reopened.verify_all() == [warning]
    assert older != newest


def test_recovery_skips_a_backup_whose_copy_is_damaged_too(folder: DataFolder, data_path: Path, storage_clock) -> None:
    put(folder, "ideas", {"id": "a"})
    good = folder.backup_now()
    storage_clock.advance(minutes=1)
    (data_path / "ideas.json").write_text('{"ideas": []}')  # valid JSON, wrong shape
    # backup_now() would recover the file first, so zip the damaged copy directly (as a disk fault could).
    bad = backup.take_backup([data_path / "ideas.json"], data_path / "backups", storage_clock.now())

    with DataFolder(data_path, now=storage_clock.now) as reopened:
        assert reopened.get("ideas", "a") == {"id": "a"}
        [warning] = reopened.warnings
        assert warning.restored_from == good != bad


def test_damaged_file_without_any_backup_starts_empty(tmp_path: Path) -> None:
    data_path = tmp_path / "data"
    data_path.mkdir()
    (data_path / "ideas.json").write_text("{")
    with DataFolder(data_path) as opened:
        assert opened.all("ideas") == []
        [warning] = opened.warnings
        assert warning.collection == "ideas"
        assert warning.restored_from is None
        assert warning.moved_to.read_text() == "{"


def test_damaged_meta_file_is_recovered_too(folder: DataFolder, data_path: Path) -> None:
    with folder.transaction() as tx:
        tx.next_number("idea")
    folder.backup_now()
    (data_path / "_meta.json").write_text("")
    with DataFolder(data_path) as reopened:  # the schema version is read at open, so it is checked then
        assert [w.collection for w in reopened.warnings] == ["_meta"]
        with reopened.transaction() as tx:
            assert tx.next_number("idea") == 2


# Backups ------------------------------------------------------------------------


def test_backup_zip_holds_every_data_file(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "a", "text": "äöå€"})
    put(folder, "ideas-archive-2025", {"id": "b"})
    taken = folder.backup_now()
    assert taken.parent == folder.path / "backups"
    with zipfile.ZipFile(taken) as archive:
        assert sorted(archive.namelist()) == ["_meta.json", "ideas-archive-2025.json", "ideas.json"]
        assert json.loads(archive.read("ideas.json"))["ideas"]["a"]["text"] == "äöå€"


def test_backup_rotation_keeps_the_newest(data_path: Path, storage_clock: FixedClock) -> None:
    with DataFolder(data_path, now=storage_clock.now, backup_keep=3) as opened:
        taken = [opened.list_backups()[0]]
        for _ in range(4):
            storage_clock.advance(hours=1)
            taken.append(opened.backup_now())
        assert opened.list_backups() == taken[:-4:-1]
        assert not any(path.exists() for path in taken[:2])


def test_backups_in_the_same_second_get_distinct_names_in_order(folder: DataFolder) -> None:
    first, second, third = folder.backup_now(), folder.backup_now(), folder.backup_now()
    assert len({first, second, third}) == 3
    assert folder.list_backups()[:3] == [third, second, first]


def test_backup_to_another_folder_is_not_rotated(folder: DataFolder, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    exported = [folder.backup_now(usb) for _ in range(3)]
    with DataFolder(tmp_path / "other", backup_keep=1) as small:
        exported.append(small.backup_now(usb))
    assert sorted(usb.iterdir()) == sorted(exported)


def test_daily_backup_once_a_day(data_path: Path, storage_clock: FixedClock) -> None:
    with DataFolder(data_path, now=storage_clock.now) as opened:
        assert len(opened.list_backups()) == 1  # taken on opening
        assert opened.daily_backup() is None
    storage_clock.advance(hours=3)
    with DataFolder(data_path, now=storage_clock.now) as opened:
        assert len(opened.list_backups()) == 1
        storage_clock.advance(days=1)
        taken = opened.daily_backup()
        assert taken is not None and taken.name == "backup-20261128T231500.zip"
        assert opened.daily_backup() is None
        assert opened.list_backups()[0] == taken


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(folder: DataFolder, storage_clock) -> None:
    put(folder, "ideas", {"id": "a", "status": "received"})
    with folder.transaction() as tx:
        tx.next_number("idea")
    saved = folder.backup_now()
    storage_clock.advance(minutes=10)
    put(folder, "ideas", {"id": "a", "status": "declined"}, {"id": "b"})
    put(folder, "workshops", {"id": "w"})

    folder.restore(saved)

    assert folder.all("ideas") == [{"id": "a", "status": "received"}]
    assert folder.collections() == ["ideas"]
    with folder.transaction() as tx:
        assert tx.next_number("idea") == 2
    safety = folder.list_backups()[0]
    assert safety != saved
    with zipfile.ZipFile(safety) as archive:
        assert "workshops.json" in archive.namelist()
        assert json.loads(archive.read("ideas.json"))["ideas"]["a"]["status"] == "declined"


def test_restore_of_a_damaged_backup_changes_nothing(folder: DataFolder, tmp_path: Path) -> None:
    put(folder, "ideas", {"id": "a"})
    damaged = tmp_path / "backup-20261127T000000.zip"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("ideas.json", "{ half a file")
    sneaky = tmp_path / "sneaky.zip"
    with zipfile.ZipFile(sneaky, "w") as archive:
        archive.writestr("../outside.json", "{}")
    for bad in (damaged, sneaky, tmp_path / "missing.zip"):
        with pytest.raises(StorageError):
            folder.restore(bad)
    assert folder.all("ideas") == [{"id": "a"}]
    assert not (tmp_path / "outside.json").exists()


# Schema versions -------------------------------------------------------------------


def test_new_folder_records_the_schema_version(folder: DataFolder) -> None:
    meta = json.loads((folder.path / "_meta.json").read_text())
    assert meta["meta"]["schema_version"]["value"] == SCHEMA_VERSION == 1


def test_migration_from_v0_runs_once(tmp_path: Path, monkeypatch) -> None:
    data_path = tmp_path / "data"
    data_path.mkdir()
    # A folder from before versioning: data files but no _meta.json.
    (data_path / "ideas.json").write_text(json.dumps({"ideas": {"a": {"id": "a", "teksti": "Kirjasto auki"}}}))
    runs: list[Path] = []

    def rename_text_field(folder: DataFolder) -> None:
        runs.append(folder.path)
        with folder.transaction() as tx:
            for record in tx.all("ideas"):
                record["text"] = record.pop("teksti")
                tx.put("ideas", record)

    monkeypatch.setitem(storage.MIGRATIONS, 0, rename_text_field)
    with DataFolder(data_path) as opened:
        assert runs == [data_path]
        assert opened.get("ideas", "a") == {"id": "a", "text": "Kirjasto auki"}
        [before_migration, *_] = opened.list_backups()[::-1]
        with zipfile.ZipFile(before_migration) as archive:
            assert "teksti" in archive.read("ideas.json").decode()
    meta = json.loads((data_path / "_meta.json").read_text())
    assert meta["meta"]["schema_version"]["value"] == 1
    with DataFolder(data_path):
        assert len(runs) == 1


def test_failed_migration_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    data_path = tmp_path / "data"
    data_path.mkdir()
    (data_path / "ideas.json").write_text(json.dumps({"ideas": {"a": {"id": "a"}}}))

    def half_done(folder: DataFolder) -> None:
        with folder.transaction() as tx:
            tx.put("ideas", {"id": "a", "migrated": True})
        raise RuntimeError("bug in the migration")

    monkeypatch.setitem(storage.MIGRATIONS, 0, half_done)
    with pytest.raises(StorageError):
        DataFolder(data_path)
    assert json.loads((data_path / "ideas.json").read_text()) == {"ideas": {"a": {"id": "a"}}}
    assert not (data_path / "_meta.json").exists()


def test_folder_from_a_newer_version_is_refused(folder: DataFolder, data_path: Path) -> None:
    with folder.transaction() as tx:
        tx._set_schema_version(SCHEMA_VERSION + 1)
    with pytest.raises(StorageError) as caught:
        DataFolder(data_path)
    assert "newer version" in caught.value.msgid


# Layering ---------------------------------------------------------------------------


def test_atomic_storage_works_as_a_plain_tinydb_storage(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "plain.json"
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        db.insert({"name": "Kyläyhdistys"})
    old_bytes = path.read_bytes()
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(errno.EIO, "I/O error")))
    with TinyDB(path, storage=AtomicJSONStorage) as db, pytest.raises(StorageError):
        db.insert({"name": "Eläkeläiset"})
    assert path.read_bytes() == old_bytes
    assert list(tmp_path.glob(".*.tmp")) == []


def test_storage_imports_neither_textual_nor_reportlab() -> None:
    code = "import sys, kiosk.core.storage; print(sorted(m for m in ('textual', 'reportlab') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_public_names() -> None:
    assert Transaction.__doc__ and DataFolder.__doc__ and CorruptFileRecovered.__doc__
    for name in ("all", "get", "collections", "transaction", "backup_now", "daily_backup", "restore", "list_backups"):
        assert getattr(DataFolder, name).__doc__, name
    for name in ("all", "get", "put", "delete", "next_number"):
        assert getattr(Transaction, name).__doc__, name
