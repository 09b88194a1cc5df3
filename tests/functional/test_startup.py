"""Start-up: one parse of each stylesheet, the home screen settled in its first frame, no Babel yet."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from screens.home import HomeScreen

ROOT = Path(__file__).resolve().parents[2]
SIZE = (100, 30)


def _count_parses(monkeypatch) -> Counter:
    """How often each stylesheet source is parsed from here on, by its (path, class variable)."""
    import textual.css.stylesheet as stylesheet

    parsed: Counter = Counter()
    original = stylesheet.parse

    def counting_parse(scope, css, read_from, *args, **kwargs):
        parsed[read_from] += 1
        return original(scope, css, read_from, *args, **kwargs)

    monkeypatch.setattr(stylesheet, "parse", counting_parse)
    return parsed


async def test_each_stylesheet_is_parsed_once_up_to_the_home_screen(demo_store, make_app, monkeypatch):
    parsed = _count_parses(monkeypatch)
    app = make_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    files = {Path(path).name for path, _class_var in parsed if path.endswith(".tcss")}
    assert {"kiosk.tcss", "home.tcss"} <= files
    assert [source for source, count in parsed.items() if count > 1] == []


async def test_the_first_choice_is_focused_when_the_first_frame_is_drawn(demo_store, make_app):
    """The home screen draws its first frame as it resumes; focusing later would draw it all again."""
    from textual.events import ScreenResume

    app = make_app(demo_store)
    focused_on_resume = []

    def look(message) -> None:
        if isinstance(message, ScreenResume) and not focused_on_resume:
            focused = app.screen.focused
            focused_on_resume.append(focused.id if focused is not None else None)

    async with app.run_test(size=SIZE, message_hook=look) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.screen.focused.id == "choice-idea"
    assert focused_on_resume == ["choice-idea"]


def test_the_home_screen_needs_no_babel_and_no_other_subcommand(demo_store):
    code = f"""
import asyncio, sys
from kiosk.cli import build_parser
build_parser(["run"])
from kiosk.app import KioskApp
from kiosk.core.store import Store

async def main():
    app = KioskApp(Store.open({str(demo_store.path)!r}))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print(type(app.screen).__name__, "babel" in sys.modules,
              sorted(m for m in sys.modules if m.startswith("kiosk.cli.")))

asyncio.run(main())
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["HomeScreen", "False", "['kiosk.cli.run']"]


async def test_opening_each_resident_screen_the_first_time_parses_no_stylesheet_again(
    demo_store, make_app, monkeypatch
):
    """Textual parses every source again when a pushed screen brings a styles file it has not read, so
    the app reads every resident screen's styles with its own: a first visit parses only widgets' defaults
    (a new widget's, and a base class's again when a subclass gives it another tie-breaker)."""
    from screens.idea_status import IdeaStatusScreen
    from screens.results import ResultsScreen
    from screens.table_detail import TableDetailScreen

    parsed = _count_parses(monkeypatch)
    reference = demo_store.open_ideas()[0].reference
    app = make_app(demo_store)
    seen = set()
    route = ["2", "1", "escape", "escape", "3", "escape", "4", *reference, "enter", "escape", "escape"]
    route += ["1", "1", "K", "y", "l", "ä", "tab", "enter", "enter", "enter", "escape", "escape", "escape", "escape"]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in route:
            await pilot.press(key)
            await pilot.pause()
            seen.add(type(app.screen).__name__)
    assert {TableDetailScreen.__name__, ResultsScreen.__name__, IdeaStatusScreen.__name__} <= seen
    assert {"IdeaReviewScreen", "DiscardDialog"} <= seen, seen
    files = {Path(path).name: count for (path, _class_var), count in parsed.items() if path.endswith(".tcss")}
    assert files == dict.fromkeys(files, 1) and len(files) == 9, files
