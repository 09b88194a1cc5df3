"""Reading without copying: snapshots of a collection and the token that tells when it changed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core import backup
from kiosk.core.clock import HELSINKI, FixedClock
from kiosk.core.storage import DataFolder, Snapshot

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path):
    """A fresh data folder on a fixed clock."""
    clock = FixedClock(datetime(2026, 11, 27, 20, 15, tzinfo=HELSINKI))
    with DataFolder(tmp_path / "data", now=clock.now) as opened:
        yield opened


def put(folder: DataFolder, collection: str, *records: dict) -> None:
    """Save records in one transaction."""
    with folder.transaction() as tx:
        for record in records:
            tx.put(collection, record)


def write_from_another_process(path: Path, collection: str, record_id: str) -> None:
    """Save one record through a DataFolder in a separate Python process."""
    code = (
        "import sys; from kiosk.core.storage import DataFolder\n"
        "with DataFolder(sys.argv[1]) as folder, folder.transaction() as tx:\n"
        "    tx.put(sys.argv[2], {'id': sys.argv[3], 'by': 'other process'})\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, "-c", code, str(path), collection, record_id], cwd=REPO, env=env, check=True)


def test_snapshot_maps_ids_to_records_in_file_order(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "b", "text": "Kesätorit"}, {"id": "a", "text": "Pankkiautomaatti"})
    put(folder, "ideas", {"id": "b", "text": "Kesätorit heinäkuussa"})  # replaced in its place
    snapshot = folder.snapshot("ideas")
    assert isinstance(snapshot, Snapshot)
    assert isinstance(snapshot.records, Mapping)
    assert list(snapshot.records) == ["b", "a"]
    assert snapshot.records["b"] == {"id": "b", "text": "Kesätorit heinäkuussa"}
    assert [r["id"] for r in folder.all("ideas")] == list(snapshot.records)


def test_snapshot_records_are_read_only_and_not_copied(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "a", "tags": ["kylä"]})
    first, second = folder.snapshot("ideas"), folder.snapshot("ideas")
    with pytest.raises(TypeError):
        first.records["x"] = {"id": "x"}  # type: ignore[index]
    assert first.records["a"] is second.records["a"]  # the cache's own dict: no copy per read


def test_token_is_stable_until_the_file_changes(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "a"})
    token = folder.snapshot("ideas").token
    hash(token)
    assert folder.snapshot("ideas").token == token == folder.version("ideas")
    put(folder, "ideas", {"id": "a"})  # unchanged: the file is not rewritten
    assert folder.version("ideas") == token
    put(folder, "ideas", {"id": "b"})
    changed = folder.snapshot("ideas")
    assert changed.token != token
    assert folder.version("ideas") == changed.token
    assert list(changed.records) == ["a", "b"]


def test_token_changes_when_another_process_writes(folder: DataFolder) -> None:
    put(folder, "ideas", {"id": "a"})
    before = folder.snapshot("ideas")
    write_from_another_process(folder.path, "ideas", "b")
    assert folder.version("ideas") != before.token
    after = folder.snapshot("ideas")
    assert after.token != before.token
    assert after.token == folder.version("ideas")
    assert list(after.records) == ["a", "b"]
    assert list(before.records) == ["a"]  # an old snapshot stays as it was


def test_version_parses_nothing(folder: DataFolder, monkeypatch) -> None:
    write_from_another_process(folder.path, "ideas-archive-2024", "old")
    monkeypatch.setattr(backup, "parse_tables", lambda raw: pytest.fail("version() parsed the file"))
    token = folder.version("ideas-archive-2024")
    assert folder.version("ideas-archive-2024") == token
    monkeypatch.undo()
    assert folder.snapshot("ideas-archive-2024").token == token


def test_missing_collection_has_no_records_and_a_stable_token(folder: DataFolder) -> None:
    snapshot = folder.snapshot("workshops")
    assert dict(snapshot.records) == {}
    assert folder.snapshot("workshops").token == snapshot.token == folder.version("workshops")
    assert not (folder.path / "workshops.json").exists()
    put(folder, "workshops", {"id": "w"})
    assert folder.version("workshops") != snapshot.token
    assert list(folder.snapshot("workshops").records) == ["w"]


def test_snapshot_refuses_bad_names(folder: DataFolder) -> None:
    for name in ("../x", "Ideas", "", "a/b", "_meta"):
        with pytest.raises(ValueError):
            folder.snapshot(name)
        with pytest.raises(ValueError):
            folder.version(name)
