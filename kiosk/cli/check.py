"""``kiosk check``: the smoke test a coordinator runs after an update.

It reads every collection through the model, starts the kiosk headless against
the data folder, opens every resident screen once (without sending anything),
builds every printable in every language into a temporary folder, and reports
the time to the first frame. Any failure gives a clear message and a non-zero
exit, and so does a damaged data file that the storage layer had to move aside
and restore: the kiosk would start, but the coordinator must know.

Nothing is written to the data folder, unless a damaged file has to be repaired.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.errors import KioskError
from kiosk.core.i18n import LANGUAGES, N_, current_language, gettext_in, set_language
from kiosk.core.i18n import gettext as _

if TYPE_CHECKING:
    from kiosk.core.store import Store

SCREEN_SIZE = (100, 30)
"""The terminal size the kiosk is checked at (the resident centre's screen in characters)."""
SETTLE_SECONDS = 20.0
"""How long a screen may take to appear before the check calls it a failure."""
WALK_TIMEOUT_SECONDS = 300.0
"""The longest the walk through the screens may take on a slow machine with years of data."""
PROBE_TEXT = "Tarkistus"
"""What the check types into the idea form (it is never sent)."""


class CheckReport:
    """Prints each finding as it comes and remembers the failures."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._held: list[str] | None = None

    def ok(self, text: str) -> None:
        """Something that works."""
        self._line(f"  ok    {text}")

    def skip(self, text: str) -> None:
        """Something the data gave nothing to check with."""
        self._line(f"  -     {text}")

    def fail(self, text: str) -> None:
        """Something that does not work."""
        self.problems.append(text)
        self._line(f"  FAIL  {text}")

    def _line(self, line: str) -> None:
        if self._held is not None:
            self._held.append(line)
        else:
            print(line, flush=True)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Keep the lines until the block ends (Textual captures printing while an app runs)."""
        self._held = []
        try:
            yield
        finally:
            lines, self._held = self._held, None
            for line in lines:
                print(line, flush=True)

    @contextmanager
    def guard(self, what: str) -> Iterator[None]:
        """Report an exception in a step as a failure of that step, and go on with the next."""
        try:
            yield
        except KioskError as error:
            self.fail(f"{what}: {error.translated()}")
        except Exception as error:
            self.fail(f"{what}: {describe(error)}")

    def finish(self) -> int:
        """The summary line and the exit code."""
        if self.problems:
            print(_("kiosk check: {count} problem(s) found.").format(count=len(self.problems)), file=sys.stderr)
            for problem in self.problems:
                print(f"  - {problem}", file=sys.stderr)
            return 1
        print(_("kiosk check: everything works."))
        return 0


def describe(error: Exception) -> str:
    """An exception in one line; Textual's style sheet errors with file, line and reason."""
    rules = getattr(getattr(error, "errors", None), "rules", None)
    if rules is None:
        return f"{type(error).__name__}: {error}"
    found = []
    for rule in rules:
        for token, message in rule.errors:
            path = token.read_from[0] or "?"
            line = (token.referenced_by or token).location[0] + 1
            found.append(f"{path}:{line}: {_plain_first_line(message)}")
    return _("style sheet errors: {errors}").format(errors="; ".join(dict.fromkeys(found)))


def _plain_first_line(renderable: object) -> str:
    """The first line of a Rich renderable as plain text."""
    if isinstance(renderable, str):
        return renderable.splitlines()[0] if renderable else ""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=200, color_system=None, legacy_windows=False).print(renderable)
    lines = [line.strip() for line in buffer.getvalue().splitlines() if line.strip()]
    return lines[0] if lines else ""


def _seconds_since_process_start() -> float | None:
    """How long this process has run (Linux, 10 ms steps), or None where that is unknown."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def check_damaged_files(store: Store, report: CheckReport) -> None:
    """Every file repaired and not yet acknowledged by staff is a failure (every file is checked here)."""
    unsaved = [r for r in store.folder.verify_all() if not r.saved]
    for notice in store.notices():
        report.fail(notice.describe())
    for recovery in unsaved:
        report.fail(
            _("{file} is damaged and the data folder cannot be written, so it was not repaired.").format(
                file=f"{recovery.file}.json"
            )
        )


def check_data(store: Store, report: CheckReport) -> None:
    """Read everything through the model, one file at a time, so data the code cannot read shows up now."""
    with report.guard(_("reading the data")):
        ideas = sum(1 for _idea in store.ideas_newest_first())
        open_count = len(store.open_ideas())
        tables = store.tables()
        meetings = sum(len(store.meetings(t.id)) for t in tables)
        actions = sum(len(store.actions(t.id)) for t in tables)
        workshops = store.workshops()
        store.settings()
        report.ok(
            _(
                "data read: {ideas} ideas ({open} open), {tables} tables, {meetings} meetings, "
                "{actions} actions, {workshops} workshops"
            ).format(
                ideas=ideas,
                open=open_count,
                tables=len(tables),
                meetings=meetings,
                actions=actions,
                workshops=len(workshops),
            )
        )


@dataclass(frozen=True)
class Visit:
    """One step of the walk: press keys (or open a screen directly), then expect a screen on top."""

    what: str
    """Message id saying what the step does."""
    keys: tuple[str, ...]
    """Keys pressed, as a resident would."""
    expect: str
    """Class name of the screen that must then be on top."""
    open_directly: Callable[[Any], None] | None = None
    """Opens a screen that only a write could reach (the thank-you after sending)."""


def resident_walk(store: Store) -> tuple[list[Visit], list[str]]:
    """The visits that open every resident screen once, and what the data leaves out."""
    skipped = []
    visits = [
        Visit(N_("key 1: leave an idea"), ("1",), "IdeaThemeScreen"),
        Visit(N_("idea form: choose the first theme"), ("1",), "IdeaWriteScreen"),
        Visit(N_("idea form: write, then continue"), (*PROBE_TEXT, "tab", "enter"), "IdeaContactScreen"),
        Visit(N_("idea form: no contact details"), ("enter", "enter"), "IdeaReviewScreen"),
        Visit(N_("idea form: back without sending"), ("escape", "escape", "escape"), "IdeaThemeScreen"),
        Visit(N_("idea form: asks before throwing the text away"), ("escape",), "DiscardDialog"),
        Visit(N_("idea form: leave without sending"), ("2",), "HomeScreen"),
    ]
    reference = _some_reference(store)
    if reference:
        visits += [
            Visit(
                N_("thank-you screen (opened directly: nothing is sent)"),
                (),
                "IdeaThanksScreen",
                open_directly=lambda app: _open_thanks(app, reference),
            ),
            Visit(N_("thank-you screen: Enter goes home"), ("enter",), "HomeScreen"),
        ]
    visits.append(Visit(N_("key 2: upcoming tables and meetings"), ("2",), "UpcomingScreen"))
    if store.upcoming_meetings():
        visits += [
            Visit(N_("upcoming: the first table's page"), ("1",), "TableDetailScreen"),
            Visit(N_("table page: back"), ("escape",), "UpcomingScreen"),
        ]
    else:
        skipped.append(_("the table page from the upcoming list (no meetings ahead)"))
    visits += [
        Visit(N_("upcoming: back home"), ("escape",), "HomeScreen"),
        Visit(N_("key 3: results"), ("3",), "ResultsScreen"),
        Visit(N_("results: next page"), ("pagedown",), "ResultsScreen"),
        Visit(N_("results: back home"), ("escape",), "HomeScreen"),
        Visit(N_("key 4: what happened to my idea"), ("4",), "MyIdeaScreen"),
    ]
    if reference:
        visits += [
            Visit(N_("my idea: look up an idea by its number"), (*reference, "enter"), "IdeaStatusScreen"),
            Visit(N_("idea page: back"), ("escape",), "MyIdeaScreen"),
        ]
    else:
        skipped.append(_("an idea's page and the thank-you screen (no ideas yet)"))
    visits += [
        Visit(N_("my idea: back home"), ("escape",), "HomeScreen"),
        Visit(N_("key 8: other villages' tables"), ("8",), "OtherCentresScreen"),
        Visit(N_("other villages: back home"), ("escape",), "HomeScreen"),
        Visit(N_("key 6: Swedish"), ("6",), "HomeScreen"),
        Visit(N_("key 7: English"), ("7",), "HomeScreen"),
        Visit(N_("key 5: Finnish"), ("5",), "HomeScreen"),
    ]
    return visits, skipped


def _some_reference(store: Store) -> str:
    """The reference of the newest idea, open or archived; empty if there is none."""
    newest = next(store.ideas_newest_first(), None)
    return newest.reference if newest else ""


def _open_thanks(app: Any, reference: str) -> None:
    from screens.idea_thanks import IdeaThanksScreen

    app.push_screen(IdeaThanksScreen(reference))


async def _screen_on_top(app: Any, pilot: Any, expect: str) -> str:
    """Wait (up to SETTLE_SECONDS) until the expected screen is on top; returns the top screen's name."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while True:
        await pilot.pause()
        name = type(app.screen).__name__
        if name == expect or time.monotonic() > deadline or not app.is_running:
            return name


async def walk_screens(store: Store, report: CheckReport, started: float) -> None:
    """Start the kiosk headless, wait for the first frame, and open every resident screen."""
    from kiosk.app import KioskApp

    app = KioskApp(store, idle_seconds=3600)
    visits, skipped = resident_walk(store)
    language = current_language()

    def say(message: str) -> str:
        """In the report's language: the walk switches the kiosk's own language and back."""
        return gettext_in(language, message)

    async with app.run_test(size=SCREEN_SIZE) as pilot:
        name = await _screen_on_top(app, pilot, "HomeScreen")
        if name != "HomeScreen":
            report.fail(_("the home screen did not appear (the top screen is {screen})").format(screen=name))
            return
        in_app = time.perf_counter() - started
        since_start = _seconds_since_process_start()
        if since_start is not None:
            report.ok(
                _(
                    "first frame of the home screen {seconds:.2f} s after starting the kiosk "
                    "({total:.2f} s after this process started)"
                ).format(seconds=in_app, total=since_start)
            )
        else:
            report.ok(
                _("first frame of the home screen {seconds:.2f} s after starting the kiosk").format(seconds=in_app)
            )
        for visit in visits:
            before = type(app.screen).__name__
            begun = time.perf_counter()
            if visit.open_directly is not None:
                visit.open_directly(app)
            if visit.keys:
                await pilot.press(*visit.keys)
            name = await _screen_on_top(app, pilot, visit.expect)
            took = (time.perf_counter() - begun) * 1000
            if name == visit.expect:
                report.ok(f"{say(visit.what)}: {name} ({took:.0f} ms)")
                continue
            report.fail(
                say(N_("{what}: expected {expect} after {keys} on {before}, but {screen} is on top")).format(
                    what=say(visit.what),
                    expect=visit.expect,
                    keys=" ".join(visit.keys) or "-",
                    before=before,
                    screen=name,
                )
            )
            if not app.is_running:
                return
            app.go_home()
            await pilot.pause()
        for what in skipped:
            report.skip(say(N_("not checked: {what}")).format(what=what))


def check_screens(store: Store, report: CheckReport) -> None:
    """Run the walk through the screens in its own event loop, with a time limit."""
    import asyncio

    language = current_language()
    started = time.perf_counter()
    with report.held(), report.guard(_("the kiosk's screens")):
        asyncio.run(asyncio.wait_for(walk_screens(store, report, started), WALK_TIMEOUT_SECONDS))
    set_language(language)


def _meeting_to_print(store: Store):
    """The next upcoming meeting, or else the latest one; None without meetings."""
    upcoming = store.upcoming_meetings()
    if upcoming:
        return upcoming[0]
    meetings = store.meetings()
    return meetings[-1] if meetings else None


def check_printables(store: Store, report: CheckReport, folder: Path) -> None:
    """Build every printable in every language into ``folder`` and check each is a PDF."""
    try:
        import printables
    except Exception as error:
        report.fail(_("loading the printables: {error}").format(error=f"{type(error).__name__}: {error}"))
        return
    upcoming = _meeting_to_print(store)
    # Minutes exist only for a meeting that was held: the summary is checked on the latest one.
    held = next((m for m in reversed(store.meetings()) if m.held), None)
    for kind in printables.KINDS:
        meeting = held if kind == "summary" else upcoming
        if kind in printables.MEETING_KINDS and meeting is None:
            report.skip(_("not checked: {kind} (no meetings)").format(kind=kind))
            continue
        meeting_id = meeting.id if meeting is not None and kind in printables.MEETING_KINDS else None
        with report.guard(kind):
            begun, sizes = time.perf_counter(), []
            for language in LANGUAGES:
                pdf = printables.build_pdf(kind, store, meeting_id, language, calendar=kind == "poster")
                if not pdf.startswith(b"%PDF-"):
                    raise ValueError(_("the {language} file is not a PDF").format(language=language))
                (folder / f"{kind}-{language}.pdf").write_bytes(pdf)
                sizes.append(len(pdf))
            report.ok(
                _("{kind}: {count} PDFs ({languages}), {kb} kB in all, {seconds:.2f} s").format(
                    kind=kind,
                    count=len(sizes),
                    languages=", ".join(LANGUAGES),
                    kb=sum(sizes) // 1024,
                    seconds=time.perf_counter() - begun,
                )
            )


def check(args: argparse.Namespace, store: Store) -> int:
    """Run every check against the data folder; 0 if everything works, 1 otherwise."""
    print(_("kiosk check: {path}").format(path=store.path), flush=True)
    report = CheckReport()
    check_data(store, report)  # first: a storage that recovers files on first read has then read them all
    check_damaged_files(store, report)
    check_screens(store, report)
    from kiosk.speech import check_speech

    check_speech(report)
    if args.pdf_dir:
        folder = Path(args.pdf_dir)
        folder.mkdir(parents=True, exist_ok=True)
        check_printables(store, report, folder)
    else:
        with tempfile.TemporaryDirectory(prefix="kiosk-check-") as temp:
            check_printables(store, report, Path(temp))
    return report.finish()


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``check``."""
    parser = subparsers.add_parser(
        "check", parents=[common], help="smoke test after an update: data, every screen, every printable"
    )
    parser.add_argument("--pdf-dir", metavar="DIR", help="keep the built PDFs in this folder")
    parser.set_defaults(handler=check)
