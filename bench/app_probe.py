"""What the pty benchmarks start: the kiosk as ``kiosk run`` starts it, or a minimal Textual app.

    python bench/app_probe.py kiosk DATA_DIR NOW_ISO   `kiosk --data DATA_DIR run` with the clock at NOW_ISO
    python bench/app_probe.py minimal                  a Header, a Label and a Footer; 2 pushes a second one

Both run as they would in a terminal: the real driver, drawing to the pty the
benchmark reads. Two things differ from a kiosk in use, both for the sake of a
deterministic measurement: the kiosk's clock stands at NOW_ISO (the generated
history's day, or the day after it so that the day's backup is due), and text
cursors do not blink (a blink repaints a cell every half second, which a "no
output for 300 ms" rule would otherwise count as drawing). Blinking is switched off
as ``Input`` and ``TextArea`` are imported, so the probe imports nothing the kiosk
would not.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from datetime import datetime

_BLINKING = {"textual.widgets._input": "Input", "textual.widgets._text_area": "TextArea"}


class _NoBlink(importlib.abc.MetaPathFinder):
    """Import hook: once a widget with a blinking cursor is imported, make its cursor steady."""

    def find_spec(self, name, path, target=None):
        """Wrap the loader of the two modules with blinking cursors."""
        if name not in _BLINKING:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        original = spec.loader.exec_module

        def exec_module(module) -> None:
            original(module)
            widget = getattr(module, _BLINKING[name])
            init = widget.__init__

            def steady_init(self, *args, **kwargs) -> None:
                init(self, *args, **kwargs)
                self.set_reactive(widget.cursor_blink, False)

            widget.__init__ = steady_init

        spec.loader.exec_module = exec_module
        return spec


def run_kiosk(data: str, now: str) -> None:
    """``kiosk --data DATA run`` on a clock standing at ``now``."""
    from kiosk.core.clock import SystemClock

    moment = datetime.fromisoformat(now)
    SystemClock.now = lambda self: moment  # type: ignore[method-assign]
    from kiosk.cli import main

    sys.exit(main(["--data", data, "run"]))


def run_minimal() -> None:
    """The baseline: Header, Label, Footer; key 2 pushes a second screen like it, Esc pops it."""
    from textual.app import App
    from textual.binding import Binding
    from textual.screen import Screen
    from textual.widgets import Footer, Header, Label

    class Second(Screen):
        BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="back")]

        def compose(self):
            yield Header()
            yield Label("Toinen näkymä")
            yield Footer()

    class Minimal(App):
        BINDINGS = [Binding("2", "push_screen('second')", "Second", id="second")]
        SCREENS = {"second": Second}

        def compose(self):
            yield Header()
            yield Label("Kumppanuuspöytä")
            yield Footer()

    Minimal().run()


def main(argv: list[str]) -> None:
    """Start the chosen app."""
    sys.meta_path.insert(0, _NoBlink())
    if argv[0] == "minimal":
        run_minimal()
    else:
        run_kiosk(argv[1], argv[2])


if __name__ == "__main__":
    main(sys.argv[1:])
