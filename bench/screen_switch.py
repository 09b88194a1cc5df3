"""Screen switches: from a key press to the next screen rendered, for every resident screen, village data.

    python bench/screen_switch.py [--rounds N] [--json FILE]

In-process with Textual's Pilot at 100x30. Pilot itself sleeps at least 20 ms
twice per key and once per pause (``textual._wait.wait_for_idle``), so timing
``press`` + ``pause`` from outside would measure Pilot's sleeps. Instead every
frame the app draws is time-stamped (and turned into terminal output, as a real
terminal would get it): a switch takes from the moment the key is sent to the
last frame of the new screen before the app goes idle ("settled"); the first
frame of the new screen is shown beside it. Baseline: a minimal app pushing a
screen with a Header, a Label and a Footer, measured the same way, alternating.

Target: every switch under 50 ms (median of the settled times).
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass
from datetime import datetime

import harness

sys.path.insert(0, str(harness.ROOT))

from textual._compositor import CompositorUpdate  # noqa: E402
from textual.app import App  # noqa: E402
from textual.binding import Binding  # noqa: E402
from textual.message_pump import MessagePump  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widgets import Footer, Header, Label  # noqa: E402

TARGET_MS = 50.0
"""A switch must settle within this many milliseconds (median)."""
SIZE = (100, 30)
"""The terminal size."""


@dataclass(frozen=True)
class Switch:
    """One screen switch: keys to get there (untimed), the timed key, the screen expected."""

    name: str
    setup: tuple[str, ...]
    key: str
    expect: str


def kiosk_switches(reference: str) -> list[Switch]:
    """Every resident screen, each reached by its key from the screen before it."""
    return [
        Switch("home -> leave an idea (1)", (), "1", "IdeaThemeScreen"),
        Switch("theme -> write the idea (1)", ("1",), "1", "IdeaWriteScreen"),
        Switch("write -> contact details (Enter)", ("1", "1", *"Kirjasto", "tab"), "enter", "IdeaContactScreen"),
        Switch("contact -> check and send (Enter)", ("1", "1", *"Kirjasto", "tab", "enter", "enter"), "enter",
               "IdeaReviewScreen"),
        Switch("home -> upcoming meetings (2)", (), "2", "UpcomingScreen"),
        Switch("upcoming -> table page (1)", ("2",), "1", "TableDetailScreen"),
        Switch("home -> results (3)", (), "3", "ResultsScreen"),
        Switch("home -> my idea (4)", (), "4", "MyIdeaScreen"),
        Switch("my idea -> idea page (Enter)", ("4", *reference), "enter", "IdeaStatusScreen"),
        Switch("results -> home (Esc)", ("3",), "escape", "HomeScreen"),
    ]


class FrameLog:
    """Time-stamps every frame an app draws, by screen."""

    def __init__(self, app: App) -> None:
        self.frames: list[tuple[float, str]] = []
        original = app._display

        def display(screen, renderable) -> None:
            original(screen, renderable)
            if renderable is None:
                return
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)
            self.frames.append((time.perf_counter(), type(screen).__name__))

        app._display = display


class _Dispatching:
    """Counts messages being handled right now (a handler may be awaiting with its queue empty)."""

    count = 0

    @classmethod
    def install(cls) -> None:
        """Wrap Textual's message dispatch with the counter."""
        original = MessagePump._dispatch_message

        async def dispatch(self, message):
            cls.count += 1
            try:
                return await original(self, message)
            finally:
                cls.count -= 1

        MessagePump._dispatch_message = dispatch


def _quiet(app: App) -> bool:
    """Whether the app has nothing left to do: no message in hand or queued, nothing waiting to be drawn.

    Reads Textual 8.2.8 internals (the project pins Textual to an exact version).
    """
    screen = app.screen
    if _Dispatching.count:
        return False
    if screen._layout_required or screen._repaint_required or screen._dirty_widgets or screen._callbacks:
        return False
    if screen._compositor._dirty_regions or any(worker.is_running for worker in app.workers):
        return False
    for node in (app, *screen.walk_children(with_self=True)):
        if not node._message_queue.empty() or node._pending_message is not None or node._next_callbacks:
            return False
    return True


async def _wait_until_quiet(app: App, expect: str, timeout: float = 10.0) -> float:
    """Poll every millisecond until the expected screen is on top and the app is quiet twice running."""
    deadline = time.perf_counter() + timeout
    quiet_since = None
    while time.perf_counter() < deadline:
        await asyncio.sleep(0.001)
        if type(app.screen).__name__ == expect and _quiet(app):
            if quiet_since is not None:
                return quiet_since
            quiet_since = time.perf_counter()
        else:
            quiet_since = None
    raise RuntimeError(f"{expect} did not settle within {timeout} s (top: {type(app.screen).__name__})")


async def measure(app: App, go_home, switch: Switch, log: FrameLog, pilot) -> tuple[float, float]:
    """(first frame, settled frame) of one switch, in seconds after the key was sent."""
    for key in switch.setup:
        await app._press_keys([key])
    await _wait_until_quiet(app, type(app.screen).__name__)
    log.frames.clear()
    sent = time.perf_counter()
    pressing = asyncio.create_task(app._press_keys([switch.key]))
    quiet = await _wait_until_quiet(app, switch.expect)
    await pressing
    mine = [at for at, name in log.frames if name == switch.expect and at <= quiet]
    if not mine:
        raise RuntimeError(f"{switch.name}: {switch.expect} was not drawn")
    await go_home()
    return mine[0] - sent, mine[-1] - sent


class _Second(Screen):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="back")]

    def compose(self):
        yield Header()
        yield Label("Toinen näkymä")
        yield Footer()


class MinimalApp(App):
    """The baseline: a Header, a Label and a Footer; key 2 pushes a second such screen."""

    BINDINGS = [Binding("2", "push_screen('second')", "Second", id="second")]
    SCREENS = {"second": _Second}

    def compose(self):
        yield Header()
        yield Label("Kumppanuuspöytä")
        yield Footer()


async def collect(rounds: int) -> dict[str, list[tuple[float, float]]]:
    """Run both apps side by side and alternate: baseline switch, then each kiosk switch."""
    from kiosk.app import KioskApp
    from kiosk.core.clock import FixedClock
    from kiosk.core.store import Store

    store = Store.open(harness.ensure_history("village"), clock=FixedClock(datetime.fromisoformat(harness.NOW_ISO)))
    reference = store.open_ideas()[0].reference
    kiosk, baseline = KioskApp(store, idle_seconds=3600), MinimalApp()
    kiosk_log, baseline_log = FrameLog(kiosk), FrameLog(baseline)
    switches = kiosk_switches(reference)
    samples: dict[str, list[tuple[float, float]]] = {"baseline: push a screen (2)": []}
    samples.update({s.name: [] for s in switches})
    async with kiosk.run_test(size=SIZE) as kiosk_pilot, baseline.run_test(size=SIZE) as baseline_pilot:
        await _wait_until_quiet(kiosk, "HomeScreen")

        async def kiosk_home() -> None:
            kiosk.go_home()
            await _wait_until_quiet(kiosk, "HomeScreen")

        async def baseline_home() -> None:
            baseline.pop_screen()
            await _wait_until_quiet(baseline, "Screen")

        base = Switch("baseline: push a screen (2)", (), "2", "_Second")
        for turn in range(rounds + 1):
            for switch in switches:
                first_settled = await measure(baseline, baseline_home, base, baseline_log, baseline_pilot)
                if turn:
                    samples[base.name].append(first_settled)
                first_settled = await measure(kiosk, kiosk_home, switch, kiosk_log, kiosk_pilot)
                if turn:
                    samples[switch.name].append(first_settled)
    store.folder.close()
    return samples


def run(rounds: int) -> list[harness.Result]:
    """Measure and return one figure per switch."""
    _Dispatching.install()
    samples = asyncio.run(collect(rounds))
    base_samples = samples.pop("baseline: push a screen (2)")
    base = harness.median([s for _, s in base_samples])
    rows = [["baseline: push a screen (2)", harness.median([f for f, _ in base_samples]) * 1000, base * 1000,
             harness.spread([s * 1000 for _, s in base_samples]), 1.0]]
    results = []
    for name, values in samples.items():
        settled = [s for _, s in values]
        rows.append([name, harness.median([f for f, _ in values]) * 1000, harness.median(settled) * 1000,
                     harness.spread([s * 1000 for s in settled]), harness.median(settled) / base])
        median_ms = harness.median(settled) * 1000
        results.append(harness.Result("screen_switch", name, median_ms, base * 1000, "ms",
                                      f"< {TARGET_MS:g} ms", median_ms < TARGET_MS))
    harness.print_table(
        f"key press to the next screen rendered, village data, medians of {rounds} alternating runs",
        ["switch", "first frame ms", "settled ms", "settled range", "x baseline"],
        rows,
    )
    return results


def main() -> int:
    """Run the benchmark from the command line."""
    return harness.command_line(__doc__, run, rounds=11)


if __name__ == "__main__":
    sys.exit(main())
