"""Places the kiosk cannot write: each gives a message naming the reason and the place, reading keeps working.

A read-only folder and a full disk are real mounts (a read-only bind mount, a small tmpfs),
so these tests need root, as CI has; elsewhere they are skipped.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.ideas import submit_idea
from kiosk.core.store import Store

needs_root = pytest.mark.skipif(os.geteuid() != 0 and not os.environ.get("CI"), reason="mounts need root")


def kiosk(*args: str, data: Path) -> subprocess.CompletedProcess:
    """Run ``kiosk`` as a user would, in Finnish."""
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args, "--data", str(data)],
        capture_output=True,
        text=True,
        env={**os.environ, "KIOSK_DATA": ""},
        timeout=120,
    )


def assert_clear_failure(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "Odottamaton" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@pytest.fixture
def data_with_ideas(tmp_path, clock) -> Path:
    data = tmp_path / "data"
    store = Store.open(data, clock=clock)
    for text in ("Kyläkauppa takaisin", "Penkki pysäkille"):
        submit_idea(store, text)
    store.folder.close()
    return data


@needs_root
def test_a_read_only_folder_still_reads_and_says_why_it_cannot_save(tmp_path, data_with_ideas):
    view = tmp_path / "read-only"
    view.mkdir()
    mount("--bind", str(data_with_ideas), str(view))
    try:
        mount("-o", "remount,bind,ro", str(view))
        listed = kiosk("idea", "list", data=view)
        assert listed.returncode == 0, listed.stderr
        assert "Kyläkauppa takaisin" in listed.stdout
        assert_clear_failure(kiosk("idea", "add", "Lisäidea", data=view), "voi vain lukea", str(view))
    finally:
        subprocess.run(["umount", str(view)], check=True)
    assert "Lisäidea" not in kiosk("idea", "list", data=data_with_ideas).stdout


def test_a_lock_file_that_cannot_be_opened_is_named(data_with_ideas):
    (data_with_ideas / ".lock").unlink(missing_ok=True)
    (data_with_ideas / ".lock").mkdir()  # a folder where the lock file should be
    assert_clear_failure(kiosk("idea", "add", "Uusi", data=data_with_ideas), ".lock", "pitäisi olla tiedosto")
    listed = kiosk("idea", "list", data=data_with_ideas)
    assert listed.returncode == 0 and "Penkki pysäkille" in listed.stdout


def test_backups_as_a_file_blocks_only_the_backup(data_with_ideas):
    (data_with_ideas / "backups").write_text("not a folder")
    added = kiosk("idea", "add", "Uusi idea", data=data_with_ideas)
    assert added.returncode == 0, added.stderr
    assert_clear_failure(kiosk("backup", data=data_with_ideas), "backups", "pitäisi olla kansio")


@needs_root
def test_a_full_disk_says_so_and_keeps_what_was_saved(tmp_path, clock):
    disk = tmp_path / "small-disk"
    disk.mkdir()
    mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk))
    try:
        data = disk / "data"
        assert kiosk("idea", "add", "Ennen kuin levy täyttyi", data=data).returncode == 0
        filler = disk / "filler"
        descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while os.write(descriptor, b"x" * 4096):
                pass
        except OSError:
            pass  # the disk is full
        finally:
            os.close(descriptor)
        # An idea's line may still fit in the log's last block: the disk refuses one of the next few.
        saved, refused = [], None
        for n in range(20):
            result = kiosk("idea", "add", f"Kun levy on täynnä {n} " * 20, data=data)
            if result.returncode:
                refused = result
                break
            saved.append(f"Kun levy on täynnä {n} ")
        assert refused is not None and len(saved) < 10, saved
        assert_clear_failure(refused, "Levy on täynnä")
        listed = kiosk("idea", "list", data=data)
        assert "Ennen kuin levy täyttyi" in listed.stdout
        assert all(text in listed.stdout for text in saved)  # what said it was saved was
        assert not list(data.rglob(".*.tmp")), "a half-written temp file was left behind"
        filler.unlink()
        assert kiosk("idea", "add", "Taas tilaa", data=data).returncode == 0
    finally:
        subprocess.run(["umount", str(disk)], check=True)
