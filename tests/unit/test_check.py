"""``kiosk check``: passes on good data, fails clearly on a damaged file, a broken screen or a bad printable."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main


@pytest.fixture
def demo_folder(demo_store) -> Path:
    """A data folder with the demo data, closed again so the check opens it afresh."""
    path = demo_store.path
    demo_store.folder.close()
    return path


def run_check(path: Path, capsys) -> tuple[int, str]:
    """Run ``kiosk check`` in English in this process; returns the exit code and everything printed."""
    code = main(["check", "--data", str(path), "--lang", "en"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_check_passes_on_demo_data(demo_folder, capsys):
    code, output = run_check(demo_folder, capsys)
    assert code == 0, output
    assert "FAIL" not in output
    for screen in ("IdeaThemeScreen", "IdeaReviewScreen", "DiscardDialog", "IdeaThanksScreen",
                   "UpcomingScreen", "TableDetailScreen", "ResultsScreen", "MyIdeaScreen", "IdeaStatusScreen"):
        assert screen in output
    assert "first frame" in output
    for kind in ("poster", "agenda", "summary", "large", "results"):
        assert f"ok    {kind}: 3 PDFs" in output


def test_check_sends_no_idea(demo_folder, capsys):
    before = sorted(p.name for p in demo_folder.glob("*.json"))
    ideas_before = (demo_folder / "ideas.json").read_bytes()
    run_check(demo_folder, capsys)
    assert sorted(p.name for p in demo_folder.glob("*.json")) == before
    assert (demo_folder / "ideas.json").read_bytes() == ideas_before


def test_garbage_ideas_file_fails_with_a_clear_message(demo_store, capsys):
    backup = demo_store.folder.backup_now()
    path = demo_store.path
    demo_store.folder.close()
    (path / "ideas.json").write_bytes(b"\x00garbage{{{ not json")
    code, output = run_check(path, capsys)
    assert code != 0
    assert "ideas.json was damaged; moved to" in output
    assert f"restored from {backup}" in output
    assert "problem(s) found" in output
    assert "Traceback" not in output


def test_damaged_file_without_a_backup_says_it_starts_empty(tmp_path, capsys):
    path = tmp_path / "data"
    assert main(["idea", "add", "Lukupiiri kirjastoon", "--data", str(path)]) == 0
    (path / "ideas.json").write_text("[1, 2", encoding="utf-8")
    code, output = run_check(path, capsys)
    assert code != 0
    assert "ideas.json was damaged" in output and "no backup had it" in output


def test_a_broken_screen_fails_the_check(demo_folder, capsys, monkeypatch):
    from screens.results import ResultsScreen

    def broken(self):
        raise RuntimeError("results cannot be read")

    monkeypatch.setattr(ResultsScreen, "list_items", broken)
    code, output = run_check(demo_folder, capsys)
    assert code != 0
    assert "results cannot be read" in output


def test_a_printable_that_is_not_a_pdf_fails_the_check(demo_folder, capsys, monkeypatch):
    import printables

    monkeypatch.setattr(printables, "build_pdf", lambda *args, **kwargs: b"<html>")
    code, output = run_check(demo_folder, capsys)
    assert code != 0
    assert "FAIL  poster" in output and "is not a PDF" in output


def test_check_speaks_finnish_by_default(demo_folder, capsys):
    code = main(["check", "--data", str(demo_folder)])
    output = capsys.readouterr().out
    assert code == 0 and "kioskin tarkistus: kaikki toimii." in output
