"""Two processes adding ideas to the same data folder at once: nothing lost, no reference twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.core.ideas import submit_idea
from kiosk.core.store import Store

REPO = Path(__file__).resolve().parents[2]
PER_PROCESS = 300
"""Ideas each process adds."""

# The other process: opens the folder, waits for "GO" so both start together, then adds ideas.
OTHER_PROCESS = r"""
import sys
from kiosk.core.ideas import submit_idea
from kiosk.core.store import Store

store = Store.open(sys.argv[1], durable=False)
print("READY", flush=True)
sys.stdin.readline()
for _ in range(int(sys.argv[2])):
    submit_idea(store, "Lisää vuoroja palvelulinjalle äöå€", source="phone")
print("DONE", flush=True)
"""


def test_two_processes_adding_ideas_at_once(tmp_path: Path, clock) -> None:
    path = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROCESS, str(path), str(PER_PROCESS)],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline() == "READY\n", other.stderr.read()
        store = Store.open(path, clock=clock, durable=False)
        other.stdin.write("GO\n")
        other.stdin.flush()
        mine = []
        for step in range(PER_PROCESS):
            mine.append(submit_idea(store, "Kirjaston omatoimiaukiolo äöå€", source="paper").number)
            if step % 25 == 0:
                # Lock-free reads while the other process writes never see a torn file.
                assert len(store.open_ideas()) >= len(mine)
        assert other.stdout.readline() == "DONE\n", other.stderr.read()
        assert other.wait(timeout=120) == 0
        assert other.stderr.read() == ""
        ideas = store.open_ideas()
    finally:
        if other.poll() is None:
            other.kill()
            other.wait()

    assert len(ideas) == 2 * PER_PROCESS
    assert sorted(idea.number for idea in ideas) == list(range(1, 2 * PER_PROCESS + 1))
    assert sorted(idea.number for idea in ideas if idea.source == "paper") == mine
    theirs = [idea.number for idea in ideas if idea.source == "phone"]
    assert len(theirs) == PER_PROCESS
    # Both really ran at the same time: their numbers interleave rather than come in two blocks.
    assert min(theirs) < max(mine) and min(mine) < max(theirs)

    reopened = Store.open(path, clock=clock, durable=False)
    assert reopened.folder.verify_all() == []
    assert submit_idea(reopened, "Vielä yksi").number == 2 * PER_PROCESS + 1
