"""A program drawing to a real pseudo-terminal, read the way a terminal emulator reads it.

The benchmarks start the kiosk (and its baselines) on the slave side of a pty
(``os.openpty``) at 100x30 and read the master side. They answer the one query
that changes how Textual draws, as the kiosk's terminal (foot) does: synchronized
output is supported, so every frame arrives between ``CSI ? 2026 h`` and
``CSI ? 2026 l`` and can be counted. Keys go in as foot sends them once Textual
has asked for the kitty keyboard protocol: text as itself, Enter as CR, Tab as
HT, Esc as ``CSI 27 u`` (never a lone ESC, which a parser must wait on).

"Settled" means no more output for ``QUIET`` seconds; the time reported is that
of the last output before the silence, after the expected text has appeared.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import signal
import struct
import sys
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PROBE = Path(__file__).with_name("app_probe.py")
"""The script that starts the kiosk or the minimal app (see its docstring)."""
HOME_TEXT = "Tervetuloa"
"""Words on the kiosk's home screen (Finnish, the language it starts in)."""
MINIMAL_TEXT = "Kumppanuuspöytä"
"""Words on the minimal app's screen."""
SIZE = (100, 30)
"""Columns and rows of every benchmarked terminal."""
QUIET = 0.3
"""Seconds without output that count as settled."""
KEYS = {"enter": b"\r", "tab": b"\t", "escape": b"\x1b[27u", "pagedown": b"\x1b[6~", "pageup": b"\x1b[5~"}
"""Bytes a terminal sends for the named keys; any other key is sent as its text."""
SYNC_QUERY = b"\x1b[?2026$p"
SYNC_REPLY = b"\x1b[?2026;2$y"
FRAME_END = b"\x1b[?2026l"
_ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


class TerminalError(RuntimeError):
    """The program did not draw what was expected, or ended early."""


@dataclass
class Drawn:
    """What the program drew in answer to one step: when it settled and how many frames it took."""

    first: float
    """Seconds from the step (launch or key) to the first output."""
    settled: float
    """Seconds from the step to the last output before the silence."""
    frames: int
    """Synchronized-output frames drawn."""


def visible_text(output: bytes) -> str:
    """The characters among the escape sequences, for finding words on screen."""
    return _ESCAPES.sub(b"", output).decode("utf-8", "replace")


class Terminal:
    """A pty with a program drawing to it."""

    def __init__(self, argv: Sequence[str], env: dict[str, str], size: tuple[int, int] = SIZE) -> None:
        columns, rows = size
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        env = {**env, "TERM": "xterm-256color", "COLORTERM": "truecolor", "COLUMNS": str(columns), "LINES": str(rows)}
        self.launched = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: the pty becomes its controlling terminal and its stdio
            try:
                os.close(master)
                os.login_tty(slave)
                os.execve(argv[0], list(argv), env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid = pid
        self.master = master
        self.output = bytearray()
        """Everything the program wrote so far."""
        self.arrivals: list[tuple[float, int]] = []
        """(time, length of the output so far) after each read, for a timeline of the frames."""
        self.usage = None
        """The child's resource usage (``os.wait4``) once it has ended."""

    def _read(self, timeout: float) -> float | None:
        """Read what is there within ``timeout``; the time it arrived, or None."""
        ready, _, _ = select.select([self.master], [], [], max(timeout, 0))
        if not ready:
            return None
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        if not chunk:
            raise TerminalError(f"the program ended; it wrote:\n{visible_text(bytes(self.output))[-2000:]}")
        arrived = time.monotonic()
        if SYNC_QUERY in chunk or (SYNC_QUERY in self.output[-16:] + chunk):
            os.write(self.master, SYNC_REPLY)
        self.output += chunk
        self.arrivals.append((arrived, len(self.output)))
        return arrived

    def settle(self, since: float, expect: str, timeout: float = 60.0) -> Drawn:
        """Read until ``expect`` has appeared since ``since`` and no output came for ``QUIET`` seconds."""
        start = len(self.output)
        deadline = since + timeout
        first = last = None
        seen = False
        while True:
            now = time.monotonic()
            if now > deadline:
                raise TerminalError(
                    f"{expect!r} did not appear within {timeout} s; on screen:\n"
                    f"{visible_text(bytes(self.output[start:]))[-2000:]}"
                )
            wait = deadline - now if not seen else QUIET - (now - last)
            arrived = self._read(wait)
            if arrived is None:
                if seen:
                    break
                continue
            first = first or arrived
            last = arrived
            if not seen:
                seen = expect in visible_text(bytes(self.output[start:]))
        drawn = bytes(self.output[start:])
        return Drawn(first - since, last - since, drawn.count(FRAME_END))

    def started(self, expect: str) -> Drawn:
        """Wait for the first screen to settle; times are from the launch."""
        return self.settle(self.launched, expect)

    def press(self, key: str, expect: str) -> Drawn:
        """Send one key and wait for the screen with ``expect`` to settle."""
        sent = time.monotonic()
        os.write(self.master, KEYS.get(key, key.encode()))
        return self.settle(sent, expect)

    def type(self, keys: Sequence[str]) -> None:
        """Send keys without timing them, then wait until the output is quiet."""
        for key in keys:
            os.write(self.master, KEYS.get(key, key.encode()))
        last = time.monotonic()
        while (arrived := self._read(QUIET)) is not None:
            last = arrived
        del last

    def close(self) -> None:
        """End the program (SIGKILL: the kiosk refuses every quit key) and collect its resource usage."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        _pid, _status, self.usage = os.wait4(self.pid, 0)
        os.close(self.master)

    def frame_timeline(self) -> list[tuple[float, int]]:
        """(seconds after launch, bytes) of every synchronized frame so far."""
        frames, start, position = [], 0, 0
        while (end := self.output.find(FRAME_END, position)) >= 0:
            position = end + len(FRAME_END)
            begin = self.output.rfind(b"\x1b[?2026h", 0, end)
            at = next(t for t, length in self.arrivals if length >= position)
            frames.append((at - self.launched, position - max(begin, start)))
            start = position
        return frames

    @property
    def peak_rss_mib(self) -> float:
        """The child's peak resident set size in MiB (after ``close``)."""
        if self.usage is None:
            raise TerminalError("the program is still running")
        return self.usage.ru_maxrss / 1024

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *_exc) -> None:
        if self.usage is None:
            self.close()


def start_kiosk(data: Path | str, now: str, env: dict[str, str]) -> Terminal:
    """``kiosk --data DATA run`` in a new terminal, its clock standing at ``now``."""
    return Terminal([sys.executable, str(PROBE), "kiosk", str(data), now], env)


def start_minimal(env: dict[str, str]) -> Terminal:
    """The minimal Textual app in a new terminal."""
    return Terminal([sys.executable, str(PROBE), "minimal"], env)
