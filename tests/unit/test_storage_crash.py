"""Kill a writing kiosk at random moments: no file is ever torn and no acknowledged write is lost."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import msgspec
import pytest

from kiosk.core import backup
from kiosk.core.contacts import reveal_contact
from kiosk.core.store import Store

REPO = Path(__file__).resolve().parents[2]
KILLS = 100
"""How many times the writer is killed."""

# The writer acknowledges a write only after the service call returned. It uses the real
# services on a durable folder: new ideas with a contact (keys file, then the live file), closing
# an earlier idea (its archive file, then the live file) and now and then a backup, so kills land
# in every write path.
WRITER = r"""
import sys
from kiosk.core import ideas
from kiosk.core.safety import take_backup
from kiosk.core.store import Store

store = Store.open(sys.argv[1])
print("READY", flush=True)
step = 0
while True:
    step += 1
    if step % 3 == 0 and store.open_ideas():
        oldest = store.open_ideas()[-1]
        ideas.decline_idea(store, oldest.id, "Ei tällä kertaa")
        print("ACK closed", oldest.id, oldest.number, flush=True)
    else:
        idea = ideas.submit_idea(store, "Kyläkauppa takaisin äöå€ " * 3, name="Aino", contact="040 123")
        print("ACK idea", idea.id, idea.number, flush=True)
    if step % 25 == 0:
        take_backup(store)
"""


def start_writer(path: Path) -> tuple[subprocess.Popen, queue.Queue]:
    """Start the writer; its stdout lines arrive in the returned queue (None at end of output)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return process, lines


def drain(lines: queue.Queue) -> list[str]:
    """Every complete line the dead writer printed."""
    collected = []
    while (line := lines.get(timeout=30)) is not None:
        if line.endswith("\n"):  # a line cut by the kill was never a whole acknowledgement
            collected.append(line)
    return collected


def check_files_on_disk(path: Path) -> None:
    """Every data file parses as strict JSON, and every complete backup matches its manifest."""
    for file in [*path.glob("*.json"), *path.glob("archive/*.json")]:
        try:
            msgspec.json.decode(file.read_bytes())
        except msgspec.DecodeError as error:
            raise AssertionError(f"{file.name} is torn: {error}") from error
    for taken in backup.list_backups(path / "backups"):
        backup.verified_files(taken)


def check_through_the_store(path: Path, acked: dict[str, int], closed: set[str]) -> None:
    """Opened again, every acknowledged idea is there with its number and contact; nothing needed repair."""
    store = Store.open(path)
    try:
        assert store.folder.verify_all() == [], "a file needed repair"
        ideas = list(store.ideas_newest_first())
        numbers = [idea.number for idea in ideas]
        by_id = {idea.id: idea for idea in ideas}
        assert len(numbers) == len(set(numbers)), "a number was handed out twice"
        assert len(by_id) == len(ideas), "an idea is listed twice"
        for idea_id, number in acked.items():
            assert idea_id in by_id, f"acknowledged idea {number} lost"
            assert by_id[idea_id].number == number
            assert reveal_contact(store, by_id[idea_id]) is not None, f"the contact of idea {number} lost"
        for idea_id in closed:
            assert by_id[idea_id].state.value == "declined", "an acknowledged closing was lost"
        assert store.highest_number("idea") >= max(numbers, default=0)
    finally:
        store.folder.close()


@pytest.mark.long
def test_sigkill_at_random_moments_loses_no_acknowledged_write(tmp_path: Path) -> None:
    seed = int(os.environ.get("STORAGE_CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    path = tmp_path / "data"
    acked: dict[str, int] = {}
    closed: set[str] = set()
    figures: Counter[str] = Counter()
    started = time.monotonic()

    for kill in range(KILLS):
        writer, lines = start_writer(path)
        first = lines.get(timeout=60)
        assert first == "READY\n", f"seed {seed}: writer failed: {first!r} {writer.stderr.read()}"
        # Kill after a random number of acknowledged writes and then a random moment, so every
        # round writes something however busy the machine is.
        for _ in range(rng.randint(0, 4)):
            line = lines.get(timeout=60)
            assert line and line.startswith("ACK "), f"seed {seed}: {line!r} {writer.stderr.read()}"
            lines.put(line)  # drained below with the rest
            figures["acknowledged before the kill"] += 1
            if rng.random() < 0.5:
                break
        time.sleep(rng.uniform(0.0, 0.02))
        assert writer.poll() is None, f"seed {seed}: writer died by itself: {writer.stderr.read()}"
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stderr.close()
        for line in drain(lines):
            if line.startswith("ACK "):
                _, kind, idea_id, number = line.split()
                acked[idea_id] = int(number)
                if kind == "closed":
                    closed.add(idea_id)
        figures["temp files left by the kill"] += any(path.rglob(".*.tmp"))
        try:
            check_files_on_disk(path)
            if kill % 2:  # on even rounds the next writer's own start has to cope
                check_through_the_store(path, acked, closed)
        except Exception as failure:
            raise AssertionError(f"seed {seed}, kill {kill + 1}: {failure!r}") from failure

    check_through_the_store(path, acked, closed)
    elapsed = time.monotonic() - started
    print(
        f"\nseed {seed}: {KILLS} kills, {len(acked)} acknowledged ideas ({len(closed)} closed), {dict(figures)}, {elapsed:.1f} s"
    )
    assert figures["acknowledged before the kill"] > KILLS // 4, "the kills came before any write"
    assert closed, "no idea was ever closed: the archive path was not tested"
