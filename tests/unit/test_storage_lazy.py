"""Opening is cheap: collections are checked when first used, backups can wait, bulk writes are linear."""

from __future__ import annotations

import json
import threading
import time
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core import backup
from kiosk.core.clock import HELSINKI, FixedClock
from kiosk.core.storage import DamagedFile, DataFolder


@pytest.fixture
def clock() -> FixedClock:
    """A clock standing on a Friday evening at the resident centre."""
    return FixedClock(datetime(2026, 11, 27, 20, 15, tzinfo=HELSINKI))


@pytest.fixture
def data_path(tmp_path: Path, clock: FixedClock) -> Path:
    """A data folder with open ideas, two yearly archives and a backup of them all."""
    path = tmp_path / "data"
    with DataFolder(path, now=clock.now, backup_on_open=False) as folder:
        with folder.transaction() as tx:
            tx.put("ideas", {"id": "open", "text": "Penkki kirjaston eteen"})
            for year in (2024, 2025):
                for n in range(50):
                    tx.put(f"ideas-archive-{year}", {"id": f"{year}-{n}", "text": "Vanha idea äöå"})
        folder.backup_now()
    clock.advance(minutes=5)
    return path


def count_parses(monkeypatch) -> list[int]:
    """Record the size of every file parsed from now on."""
    parsed: list[int] = []
    real_parse = backup.parse_tables
    monkeypatch.setattr(backup, "parse_tables", lambda raw: (parsed.append(len(raw)), real_parse(raw))[1])
    return parsed


def damage(path: Path) -> bytes:
    """Overwrite a data file with garbage (as a disk fault could) and return the garbage."""
    garbage = b'{"ideas-archive-2024": {"2024-0": {"id": '
    path.write_bytes(garbage)
    return garbage


def test_opening_parses_only_the_meta_file(data_path: Path, clock: FixedClock, monkeypatch) -> None:
    parsed = count_parses(monkeypatch)
    with DataFolder(data_path, now=clock.now, backup_on_open=False) as folder:
        assert parsed == [(data_path / "_meta.json").stat().st_size]
        assert len(folder.all("ideas-archive-2025")) == 50
        assert len(parsed) == 2


def test_a_damaged_archive_is_recovered_when_first_read(data_path: Path, clock: FixedClock) -> None:
    garbage = damage(data_path / "ideas-archive-2024.json")
    with DataFolder(data_path, now=clock.now) as folder:
        assert folder.warnings == []
        assert folder.all("ideas") == [{"id": "open", "text": "Penkki kirjaston eteen"}]
        assert folder.warnings == []
        assert folder.get("ideas-archive-2024", "2024-7") == {"id": "2024-7", "text": "Vanha idea äöå"}
        [warning] = folder.warnings
        assert warning.collection == "ideas-archive-2024"
        assert warning.moved_to.read_bytes() == garbage
        assert warning.restored_from == folder.list_backups()[0]
        assert len(folder.snapshot("ideas-archive-2024").records) == 50
        assert len(folder.warnings) == 1


def test_a_damaged_file_is_recovered_when_first_written(data_path: Path, clock: FixedClock) -> None:
    damage(data_path / "ideas-archive-2024.json")
    with DataFolder(data_path, now=clock.now) as folder:
        with folder.transaction() as tx:
            tx.put("ideas-archive-2024", {"id": "late", "text": "Suljettu myöhään"})
        assert [w.collection for w in folder.warnings] == ["ideas-archive-2024"]
        assert len(folder.all("ideas-archive-2024")) == 51


def test_verify_all_finds_a_damaged_file_nobody_read(data_path: Path, clock: FixedClock, monkeypatch) -> None:
    damage(data_path / "ideas-archive-2025.json")
    with DataFolder(data_path, now=clock.now, backup_on_open=False) as folder:
        folder.all("ideas")
        parsed = count_parses(monkeypatch)
        [warning] = folder.verify_all()
        assert warning.collection == "ideas-archive-2025"
        assert folder.warnings == [warning]
        # ideas is in memory; 2024 once; the damaged 2025 twice (again under the lock); its copy in the backup.
        assert len(parsed) == 4
        assert len(folder.all("ideas-archive-2025")) == 50  # the restored copy
        # What verify_all parsed is not kept: reading the archive parses it again.
        parsed.clear()
        assert len(folder.all("ideas-archive-2024")) == 50
        assert len(parsed) == 1
        assert folder.verify_all() == [warning]  # nothing new, nothing parsed again
        assert len(parsed) == 1


def test_damage_after_a_collection_was_read_is_an_error_not_a_recovery(data_path: Path, clock) -> None:
    with DataFolder(data_path, now=clock.now) as folder:
        assert len(folder.all("ideas-archive-2024")) == 50
        damage(data_path / "ideas-archive-2024.json")
        with pytest.raises(DamagedFile):
            folder.all("ideas-archive-2024")
        assert folder.warnings == []


def test_two_folders_meeting_the_same_damage_recover_it_once(data_path: Path, clock: FixedClock) -> None:
    damage(data_path / "ideas-archive-2024.json")
    first = DataFolder(data_path, now=clock.now)
    second = DataFolder(data_path, now=clock.now)
    try:
        barrier = threading.Barrier(2)
        results: list[int] = []

        def read(folder: DataFolder) -> None:
            barrier.wait()
            results.append(len(folder.all("ideas-archive-2024")))

        threads = [threading.Thread(target=read, args=(f,)) for f in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [50, 50]
        assert len(first.warnings) + len(second.warnings) == 1
        assert len(list(data_path.glob("ideas-archive-2024.json.corrupt-*"))) == 1
    finally:
        first.close()
        second.close()


def test_a_backup_never_holds_a_damaged_file(data_path: Path, clock: FixedClock) -> None:
    damage(data_path / "ideas-archive-2024.json")
    with DataFolder(data_path, now=clock.now, backup_on_open=False) as folder:
        taken = folder.backup_now()
        assert [w.collection for w in folder.warnings] == ["ideas-archive-2024"]
    with zipfile.ZipFile(taken) as archive:
        assert len(json.loads(archive.read("ideas-archive-2024.json"))["ideas-archive-2024"]) == 50


def test_backup_on_open_false_leaves_the_daily_backup_to_the_caller(data_path: Path, clock: FixedClock) -> None:
    clock.advance(days=1)
    with DataFolder(data_path, now=clock.now, backup_on_open=False) as folder:
        assert len(folder.list_backups()) == 1
        worker = threading.Thread(target=folder.daily_backup)  # as the app does after its first frame
        worker.start()
        worker.join()
        assert len(folder.list_backups()) == 2
        assert folder.daily_backup() is None
    with DataFolder(data_path, now=clock.now) as folder:  # the default still backs up on open, once a day
        assert len(folder.list_backups()) == 2
    clock.advance(days=1)
    with DataFolder(data_path, now=clock.now) as folder:
        assert len(folder.list_backups()) == 3


def test_many_puts_in_one_transaction_take_linear_time(tmp_path: Path) -> None:
    with DataFolder(tmp_path / "data") as folder:
        started = time.perf_counter()
        with folder.transaction() as tx:
            for n in range(20_000):
                tx.put("ideas-archive-2020", {"id": f"idea-{n}", "number": n, "text": "Katuvalo korjattava"})
            tx.delete("ideas-archive-2020", "idea-7")
        elapsed = time.perf_counter() - started
        snapshot = folder.snapshot("ideas-archive-2020")
        assert len(snapshot.records) == 19_999
        assert list(snapshot.records)[:2] == ["idea-0", "idea-1"]
    # TinyDB's own update copied the table per put: this took minutes before.
    assert elapsed < 5, f"20,000 puts took {elapsed:.1f} s"


def test_a_nested_block_that_fails_undoes_only_its_in_place_puts(tmp_path: Path) -> None:
    with DataFolder(tmp_path / "data") as folder:
        with folder.transaction() as tx:
            tx.put("ideas", {"id": "kept"})
            with pytest.raises(RuntimeError), folder.transaction() as inner:
                inner.put("ideas", {"id": "dropped"})
                inner.put("ideas", {"id": "kept", "changed": True})
                inner.delete("ideas", "kept")
                raise RuntimeError("undo")
            tx.put("ideas", {"id": "after"})
        assert folder.all("ideas") == [{"id": "kept"}, {"id": "after"}]


@pytest.mark.parametrize("value", [float("inf"), float("nan"), "\ud800", 2**64, -(2**63) - 1])
def test_what_the_file_format_cannot_hold_is_refused_at_put(tmp_path: Path, value: object) -> None:
    with DataFolder(tmp_path / "data") as folder:
        with pytest.raises(ValueError), folder.transaction() as tx:
            tx.put("ideas", {"id": "a", "value": value})
        with folder.transaction() as tx:  # the largest integers that read back exactly are fine
            tx.put("ideas", {"id": "b", "big": 2**64 - 1, "small": -(2**63), "float": 1e16})
        assert folder.get("ideas", "b") == {"id": "b", "big": 2**64 - 1, "small": -(2**63), "float": 1e16}


def test_a_file_with_nan_counts_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "data"
    path.mkdir()
    (path / "ideas.json").write_text('{"ideas": {"a": {"id": "a", "score": NaN}}}')
    with DataFolder(path) as folder:
        assert folder.all("ideas") == []
        assert [w.collection for w in folder.warnings] == ["ideas"]


def test_files_are_compact_utf8_json_in_insertion_order(tmp_path: Path) -> None:
    with DataFolder(tmp_path / "data") as folder:
        with folder.transaction() as tx:
            tx.put("ideas", {"id": "z", "text": "Äänestys €", "tags": ["a", "b"], "n": 1.5})
            tx.put("ideas", {"id": "a", "text": "rivi\nvaihto \"lainaus\""})
    raw = (tmp_path / "data" / "ideas.json").read_bytes()
    assert raw == (
        '{"ideas":{"z":{"id":"z","text":"Äänestys €","tags":["a","b"],"n":1.5},'
        '"a":{"id":"a","text":"rivi\\nvaihto \\"lainaus\\""}}}'
    ).encode()
