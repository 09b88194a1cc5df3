"""The idle reset forgets the last visitor; printing a large-text summary reports how it went."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from resident_support import SIZE, screen_text, settle, static_text
from textual.widgets import Input, TextArea

from kiosk.core.i18n import current_language
from screens.home import HomeScreen
from screens.idle_warning_dialog import WARNING_SECONDS, IdleWarningDialog
from screens.themes import EVERYDAY_THEME_NAME


async def run_out_idle_time(app, pilot, monotonic) -> None:
    """Let the idle time pass, then the warning's time too: the kiosk resets."""
    monotonic.advance(app.staff_idle_seconds if app.staff_unlocked else app.idle_seconds)
    app.check_idle()
    await settle(pilot)
    assert isinstance(app.screen, IdleWarningDialog)
    monotonic.advance(WARNING_SECONDS)
    app.check_idle()
    await settle(pilot)


async def test_idle_reset_clears_a_half_filled_form(village, make_app, monotonic):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6", "plus")  # Swedish, large text
        await settle(pilot)
        await pilot.press("1", "1", *"Hemlig halvfärdig idé", "tab", "enter", *"Namn")
        await pilot.pause()
        assert current_language() == "sv" and app.large_text
        monotonic.advance(app.idle_seconds - 1)
        app.check_idle()
        await pilot.pause()
        assert app.screen.query_one("#name", Input).value == "Namn"  # not yet
        monotonic.advance(2)
        app.check_idle()
        await settle(pilot)
        assert isinstance(app.screen, IdleWarningDialog)  # first a warning
        monotonic.advance(WARNING_SECONDS)
        app.check_idle()
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert len(app.screen_stack) == 1
        assert current_language() == "fi"
        assert not app.large_text and not app.has_class("-large") and app.theme == EVERYDAY_THEME_NAME
        text = screen_text(app)
        assert "Jätä idea" in text and "Hemlig" not in text
        await pilot.press("1", "1")
        await pilot.pause()
        assert app.screen.query_one("#idea-text", TextArea).text == ""
        assert village.idea_by_number(5) is None


async def test_activity_postpones_the_idle_reset(village, make_app, monotonic):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        monotonic.advance(app.idle_seconds - 10)
        await pilot.press("pagedown")
        monotonic.advance(20)
        app.check_idle()
        await pilot.pause()
        assert not isinstance(app.screen, HomeScreen)


async def test_idle_time_comes_from_settings(village, make_app):
    assert make_app(village).idle_seconds == 120
    assert make_app(village, idle_seconds=45).idle_seconds == 45


async def test_idle_reset_locks_the_staff_area(village, make_app, monotonic):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        app.staff_unlocked = True
        await run_out_idle_time(app, pilot, monotonic)
        assert not app.staff_unlocked and isinstance(app.screen, HomeScreen)


@pytest.fixture
def fake_printer(monkeypatch):
    """Replace PDF building and CUPS with recorders; ``fail`` makes printing fail."""
    import printables
    import printables.printing as printing

    calls = {"build": [], "print": [], "fail": False}

    def build_pdf(kind, store, meeting_id, language="fi", **kwargs):
        calls["build"].append((kind, meeting_id, language))
        return b"%PDF-1.4 test"

    def print_pdf(path, printer=None, **kwargs):
        calls["print"].append((Path(path).read_bytes(), printer))
        if calls["fail"]:
            raise printing.PrintError("The printer {printer} is out of paper.", printer="Tulostin")
        return printing.PrintResult(job_id="kiosk-1", printer="default")

    monkeypatch.setattr(printables, "build_pdf", build_pdf)
    monkeypatch.setattr(printing, "print_pdf", print_pdf)
    return calls


async def test_print_meeting_summary_in_large_text(village, make_app, fake_printer):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "1")
        await pilot.pause()
        await pilot.click("#print")
        await settle(pilot)
        assert fake_printer["build"] == [("large", village.ids["meeting"], "fi")]
        assert fake_printer["print"] == [(b"%PDF-1.4 test", None)]
        assert static_text(app, "#screen-notice").startswith("Tulostettu.")
        assert not app.screen.query_one("#print").disabled


async def test_print_results_by_key_reports_the_print_error(village, make_app, fake_printer):
    fake_printer["fail"] = True
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "p")
        await settle(pilot)
        assert fake_printer["build"] == [("results", None, "fi")]
        assert static_text(app, "#screen-notice") == "Tulostin ei nyt toimi. Kysy apua työntekijältä."
        assert app.is_running
        entry = village.audit_entries(2026)[-1]
        assert (entry.actor, entry.what) == ("kiosk", "print failed")
        assert entry.details == {"printable": "results", "reason": "The printer Tulostin is out of paper."}


async def test_printing_without_cups_shows_only_plain_words(village, make_app, monkeypatch, tmp_path):
    empty = tmp_path / "no-programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # as on a kiosk where CUPS was never installed
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the kept PDF goes under tmp_path
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "1", "p")
        await settle(pilot)
        notice = static_text(app, "#screen-notice")
        assert notice == "Tulostin ei nyt toimi. Kysy apua työntekijältä."
        text = screen_text(app)
        for technical in ("CUPS", " lp ", ".pdf", "kiosk-prints", "PDF"):
            assert technical not in text
        assert not app._notifications  # nothing floats over the buttons
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert "Tulostin ei nyt toimi" not in screen_text(app)  # the notice stays with its screen
    entry = village.audit_entries(2026)[-1]
    assert entry.what == "print failed" and entry.details["printable"] == "large"
    reason = entry.details["reason"]
    kept = list((tmp_path / "kiosk-prints").glob("large-*.pdf"))
    assert len(kept) == 1 and "lp" in reason and str(kept[0]) in reason  # staff see why, and where the PDF is


async def test_idle_reset_closes_a_dialog_too(village, make_app, monotonic):
    from screens.discard_dialog import DiscardDialog

    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1", *"Kesken", "escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, DiscardDialog)
        await run_out_idle_time(app, pilot, monotonic)
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 1
