"""``kiosk check``: passes on good data, fails clearly on a damaged file, a broken screen or a bad printable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.cli import main


@pytest.fixture(scope="module")
def demo_today(tmp_path_factory) -> Path:
    """The demo data as ``kiosk demo`` loads it today: the check walks the kiosk on the real clock.

    The fixed-clock demo's meetings lie ahead of 27.11.2026 only; on a later day the walk
    found no upcoming meeting to open.
    """
    from kiosk.core.demo import load_demo
    from kiosk.core.store import Store

    path = tmp_path_factory.mktemp("demo-today") / "data"
    store = Store.open(path, durable=False)
    load_demo(store)
    store.folder.close()
    return path


@pytest.fixture
def checked_folder(demo_today, tmp_path) -> Path:
    """A copy of today's demo data folder, for the check to open afresh."""
    path = tmp_path / "data"
    shutil.copytree(demo_today, path, symlinks=True)
    return path


def run_check(path: Path, capsys) -> tuple[int, str]:
    """Run ``kiosk check`` in English in this process; returns the exit code and everything printed."""
    code = main(["check", "--data", str(path), "--lang", "en"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_check_passes_on_demo_data_and_writes_nothing(checked_folder, capsys):
    def data_files() -> dict:  # the kiosk's own backups aside
        return {p: p.read_bytes() for p in checked_folder.rglob("*.json") if "backups" not in p.parts}

    before = data_files()
    code, output = run_check(checked_folder, capsys)
    assert code == 0, output
    assert data_files() == before
    assert "FAIL" not in output
    for screen in (
        "IdeaThemeScreen",
        "IdeaReviewScreen",
        "DiscardDialog",
        "IdeaThanksScreen",
        "UpcomingScreen",
        "TableDetailScreen",
        "ResultsScreen",
        "MyIdeaScreen",
        "IdeaStatusScreen",
    ):
        assert screen in output
    assert "first frame" in output
    # The walk switches the kiosk to Swedish and English and back; the report stays in its own language.
    assert "key 6: Swedish: HomeScreen" in output and "key 5: Finnish: HomeScreen" in output
    assert "tangent" not in output and "näppäin" not in output
    for kind in ("poster", "agenda", "summary", "large", "results"):
        assert f"ok    {kind}: 3 PDFs" in output


def test_a_garbage_live_file_fails_with_a_clear_message_until_staff_acknowledge_it(checked_folder, capsys):
    from kiosk.core.safety import take_backup
    from kiosk.core.store import Store

    path = checked_folder
    store = Store.open(path, durable=False)
    backup = take_backup(store)
    store.folder.close()
    (path / "kiosk.json").write_bytes(b"\x00garbage{{{ not json")
    code, output = run_check(path, capsys)
    assert code != 0
    assert "the file kiosk.json was damaged" in output and str(backup) in output
    assert "problem(s) found" in output
    assert "Traceback" not in output
    store = Store.open(path)
    for notice in store.notices():
        store.acknowledge_notice(notice.id)
    store.folder.close()
    code, output = run_check(path, capsys)
    assert code == 0, output


def test_a_damaged_file_without_a_backup_says_so(tmp_path, capsys):
    path = tmp_path / "data"
    assert main(["idea", "add", "Lukupiiri kirjastoon", "--data", str(path)]) == 0
    raw = (path / "kiosk.json").read_bytes()
    (path / "kiosk.json").write_bytes(raw[:-30])
    code, output = run_check(path, capsys)
    assert code != 0
    assert "kiosk.json was damaged" in output and "no backup" in output


def test_a_broken_screen_fails_the_check(checked_folder, capsys, monkeypatch):
    from screens.results import ResultsScreen

    def broken(self):
        raise RuntimeError("results cannot be read")

    monkeypatch.setattr(ResultsScreen, "list_items", broken)
    code, output = run_check(checked_folder, capsys)
    assert code != 0
    assert "results cannot be read" in output


def test_a_printable_that_is_not_a_pdf_fails_the_check(checked_folder, capsys, monkeypatch):
    import printables

    monkeypatch.setattr(printables, "build_pdf", lambda *args, **kwargs: b"<html>")
    code, output = run_check(checked_folder, capsys)
    assert code != 0
    assert "FAIL  poster" in output and "is not a PDF" in output


def test_check_speaks_finnish_by_default(checked_folder, capsys):
    code = main(["check", "--data", str(checked_folder)])
    output = capsys.readouterr().out
    assert code == 0 and "kioskin tarkistus: kaikki toimii." in output
