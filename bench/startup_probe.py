"""One start-up, measured from inside: run an app headless and report when its first frame is drawn.

    python bench/startup_probe.py kiosk DATA_DIR     the kiosk, started as `kiosk run --data DIR` starts it
    python bench/startup_probe.py kiosk DATA_DIR kiosk.cli.printing   the same without that subcommand module
    python bench/startup_probe.py minimal            a Header, a Label and a Footer

The first frame is the first screen update of the wanted screen (the kiosk's home
screen, the minimal app's only screen), turned into terminal output as a real
terminal would get it. The probe prints ``FRAME <time.monotonic()>`` and exits;
the parent compares that with the moment it started the process. ``--visit KEYS``
presses keys after the first frame (for the memory benchmark) before exiting.

The probe patches ``App.run`` to headless 100x30 and the kiosk's clock to the
generated history's "now"; both apps pay the same import of ``textual.app``.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime

from textual._compositor import CompositorUpdate
from textual.app import App

NOW = datetime.fromisoformat("2026-11-27T10:00:00+02:00")
"""The generated histories' "now" (kept in step with ``harness.NOW_ISO``)."""
SIZE = (100, 30)
"""The terminal size of every benchmark."""


def install_frame_hook(wanted_screen: str | None, visit: list[str]) -> None:
    """Report the first frame of the wanted screen, press the visit keys, then exit."""
    original_display = App._display
    original_run = App.run
    state = {"done": False}

    def display(self: App, screen, renderable) -> None:
        original_display(self, screen, renderable)
        if state["done"] or renderable is None or screen is not self.screen:
            return
        if wanted_screen is not None and type(screen).__name__ != wanted_screen:
            return
        if isinstance(renderable, CompositorUpdate):
            renderable.render_segments(self.console)
        print(f"FRAME {time.monotonic():.6f}", flush=True)
        state["done"] = True
        if visit:
            self.run_worker(press_then_exit(self, visit))
        else:
            self.exit()

    def run(self: App, **_ignored):
        return original_run(self, headless=True, size=SIZE)

    App._display = display
    App.run = run


async def press_then_exit(app: App, keys: list[str]) -> None:
    """Press keys one by one, letting each screen settle, then leave the app."""
    import asyncio

    for key in keys:
        await app._press_keys([key])
        await asyncio.sleep(0.3)
    app.exit()


def fix_clock() -> None:
    """Run the kiosk at the history's "now", so upcoming meetings are upcoming."""
    from kiosk.core.clock import SystemClock

    SystemClock.now = lambda self: NOW  # type: ignore[method-assign]


def run_minimal() -> None:
    """A minimal Textual app: Header, Label, Footer."""
    from textual.widgets import Footer, Header, Label

    class Minimal(App):
        def compose(self):
            yield Header()
            yield Label("Kumppanuuspöytä")
            yield Footer()

    Minimal().run()


def run_kiosk(data: str, *, without: str = "") -> None:
    """The kiosk as `kiosk run --data DIR` starts it: argument parsing, store, app.

    ``without`` leaves one subcommand module unregistered, to measure what it costs at start-up.
    """
    fix_clock()
    import kiosk.cli
    from kiosk.cli import main

    if without:
        kiosk.cli.SUBCOMMAND_MODULES = tuple(m for m in kiosk.cli.SUBCOMMAND_MODULES if m != without)

    main(["--data", data, "run"])


def main(argv: list[str]) -> int:
    """Start the chosen app with the frame hook."""
    visit: list[str] = []
    if "--visit" in argv:
        at = argv.index("--visit")
        visit = argv[at + 1].split(",")
        del argv[at : at + 2]
    if argv[0] == "minimal":
        install_frame_hook(None, visit)
        run_minimal()
    else:
        install_frame_hook("HomeScreen", visit)
        run_kiosk(argv[1], without=argv[2] if len(argv) > 2 else "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
