"""Real Syncthing instances for the tests: 127.0.0.1 only, free ports, homes of their own, no discovery.

Each instance runs in a process group of its own, and ``syncthing_nodes`` kills every group it
started (SIGKILL) when the test ends, passed or failed. Waiting is by polling a condition with a
generous deadline, never a fixed sleep: the tests must pass on a loaded two-core machine.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest

REPO = Path(__file__).resolve().parents[2]
DEADLINE = 60.0
"""Seconds a test waits for what Syncthing should bring (it takes a few on an idle machine)."""
NOWHERE = "http://127.0.0.1:9"
"""A proxy that refuses every connection (the discard port, nobody listens)."""
T = TypeVar("T")


PORTS_PER_WORKER = 1000
_handed_out: set[int] = set()


def _port_range() -> range:
    """This test process's own ports: below the kernel's ephemeral range, a slice for each xdist worker."""
    try:
        ephemeral = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        ephemeral = 32768
    slices = max(1, (ephemeral - 1024) // PORTS_PER_WORKER)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    start = ephemeral - PORTS_PER_WORKER * (1 + int(worker if worker.isdigit() else 0) % slices)
    return range(start, start + PORTS_PER_WORKER)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on now and that this process has not handed out before.

    Not ``bind(0)``: the kernel picks those from its ephemeral range, which every outgoing connection
    on the machine draws from too, and two calls in a row may give the same port (once, a node's
    peer address was its own API's port, so the two centres reached each other only one way).
    """
    for port in _port_range():
        if port in _handed_out:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    raise RuntimeError("no free port left in this test process's range")


def wait_for(
    condition: Callable[[], T], what: str, deadline: float = DEADLINE, explain: Callable[[], object] | None = None
) -> T:
    """Poll ``condition`` until it is true; fail saying ``what`` (and ``explain()``) after ``deadline`` seconds."""
    end = time.monotonic() + deadline
    while True:
        found = condition()
        if found:
            return found
        if time.monotonic() > end:
            pytest.fail(f"not within {deadline:.0f} s: {what}" + (f"; {explain()}" if explain else ""))
        time.sleep(0.1)


@dataclass
class Node:
    """One Syncthing instance: its home, its REST address, where it listens, and its process."""

    home: Path
    gui: str
    listen: str
    process: subprocess.Popen | None = None
    started: list[subprocess.Popen] = field(default_factory=list)

    def start(self) -> None:
        """Start Syncthing (its first start makes the home) and wait until its REST API answers."""
        self.home.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "STNODEFAULTFOLDER": "1",
            "STNOUPGRADE": "1",
            "HOME": str(self.home.parent),
            # Until kiosk sync init turns discovery and relays off, their HTTPS requests go nowhere but here.
            "HTTPS_PROXY": NOWHERE,
            "HTTP_PROXY": NOWHERE,
            "NO_PROXY": "127.0.0.1,localhost",
        }
        log = open(self.home.parent / f"{self.home.name}.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                shutil.which("syncthing") or "syncthing",
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                f"--gui-address=http://{self.gui}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env=env,
            start_new_session=True,
        )
        log.close()
        self.started.append(self.process)
        wait_for(self.api_is_up, f"Syncthing's REST API at {self.gui}")

    def api_is_up(self) -> bool:
        from kiosk.core.syncthing import SyncError, Syncthing, api_key

        if not (self.home / "config.xml").is_file():
            return False
        try:
            return Syncthing(self.gui, api_key(self.home), timeout=2).is_up()
        except SyncError:
            return False

    def kill(self) -> None:
        """SIGKILL the instance and every process it started, as a power cut or the OOM killer would."""
        if self.process is not None:
            kill_session(self.process)
        self.process = None

    def folders(self) -> dict[str, object]:
        """Each folder's state, what it needs, and the devices connected (for a failing test's message)."""
        api = self.api()
        found: dict[str, object] = {"connected": [d[:7] for d, c in api.connections().items() if c.get("connected")]}
        for folder in api.call("GET", "/rest/config/folders"):
            status = api.folder_status(folder["id"])
            found[folder["id"]] = (status["state"], status["needBytes"], status["localBytes"], status["globalBytes"])
        return found

    def api(self):
        from kiosk.core.syncthing import Syncthing, api_key

        return Syncthing(self.gui, api_key(self.home))


def _session_members(session: int) -> list[int]:
    """Every live process in a session (Syncthing's monitor puts its worker in a process group of its own)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def kill_session(process: subprocess.Popen) -> None:
    """SIGKILL every process of the session ``process`` leads (started with ``start_new_session``), then reap it."""
    deadline = time.monotonic() + 30
    while members := _session_members(process.pid):
        for pid in members:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    process.wait(timeout=30)


def kiosk(data: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the ``kiosk`` command of this tree on a data folder."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--data", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    if check and done.returncode != 0:
        pytest.fail(f"kiosk {' '.join(args)} failed ({done.returncode}): {done.stdout}{done.stderr}")
    return done


def require_syncthing() -> None:
    """Skip without Syncthing on a developer's machine; fail in CI, which installs it."""
    if shutil.which("syncthing") is None:
        message = "syncthing is not installed: apt-get install syncthing (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@contextmanager
def syncthing_nodes(root: Path, count: int) -> Iterator[list[Node]]:
    """``count`` Syncthing instances under ``root``, every process group killed at the end."""
    require_syncthing()
    nodes = [
        Node(home=root / f"syncthing-{n}", gui=f"127.0.0.1:{free_port()}", listen=f"tcp://127.0.0.1:{free_port()}")
        for n in range(count)
    ]
    try:
        for node in nodes:
            node.start()
        yield nodes
    finally:
        for node in nodes:
            for process in node.started:
                kill_session(process)


def init_centre(node: Node, data: Path, code: str, name: str) -> str:
    """``kiosk sync init`` for a centre on its node; its device ID."""
    done = kiosk(
        data,
        "sync",
        "init",
        "--centre",
        code,
        "--name",
        name,
        f"--home={node.home}",
        f"--gui-address={node.gui}",
        f"--listen={node.listen}",
        "--no-discovery",
    )
    # A dial refused because the other end had not added this one yet is retried after 5 s, not 60.
    node.api().call("PATCH", "/rest/config/options", {"reconnectionIntervalS": 5})
    return done.stdout.strip().splitlines()[-1]


def join_all(nodes: list[Node], datas: list[Path], device_ids: list[str], names: list[str]) -> None:
    """Every centre adds every other with ``kiosk sync add-centre`` and its address."""
    for i, data in enumerate(datas):
        for j, device in enumerate(device_ids):
            if i != j:
                kiosk(data, "sync", "add-centre", device, "--name", names[j], f"--address={nodes[j].listen}")
