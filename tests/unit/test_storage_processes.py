"""Two processes adding ideas to the same collection at once: nothing lost, no reference twice."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from kiosk.core.storage import DataFolder

REPO = Path(__file__).resolve().parents[2]
PER_PROCESS = 300
"""Ideas each process adds."""

# The other process: opens the folder, waits for "GO" so both start together, then adds ideas.
OTHER_PROCESS = r"""
import sys, uuid
from kiosk.core.storage import DataFolder

folder = DataFolder(sys.argv[1])
print("READY", flush=True)
sys.stdin.readline()
for _ in range(int(sys.argv[2])):
    with folder.transaction() as tx:
        number = tx.next_number("idea")
        tx.put("ideas", {"id": uuid.uuid4().hex, "reference": f"ID-{number:04d}", "number": number,
                         "by": "other", "text": "Lisää vuoroja palvelulinjalle äöå€"})
print("DONE", flush=True)
"""


def add_idea(folder: DataFolder) -> int:
    """Add one idea with the next reference, as the idea service does; returns its number."""
    with folder.transaction() as tx:
        number = tx.next_number("idea")
        tx.put(
            "ideas",
            {
                "id": uuid.uuid4().hex,
                "reference": f"ID-{number:04d}",
                "number": number,
                "by": "test",
                "text": "Kirjaston omatoimiaukiolo äöå€",
            },
        )
    return number


def test_two_processes_adding_ideas_at_once(tmp_path: Path) -> None:
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
        with DataFolder(path) as folder:
            other.stdin.write("GO\n")
            other.stdin.flush()
            mine = []
            for step in range(PER_PROCESS):
                mine.append(add_idea(folder))
                if step % 25 == 0:
                    # Lock-free reads while the other process writes never see a torn file.
                    assert len(folder.all("ideas")) >= len(mine)
            assert other.stdout.readline() == "DONE\n", other.stderr.read()
            assert other.wait(timeout=60) == 0
            assert other.stderr.read() == ""

            ideas = folder.all("ideas")
    finally:
        if other.poll() is None:
            other.kill()
            other.wait()

    assert len(ideas) == 2 * PER_PROCESS
    assert sorted(idea["number"] for idea in ideas) == list(range(1, 2 * PER_PROCESS + 1))
    assert len({idea["reference"] for idea in ideas}) == 2 * PER_PROCESS
    assert sorted(idea["number"] for idea in ideas if idea["by"] == "test") == mine
    theirs = [idea["number"] for idea in ideas if idea["by"] == "other"]
    assert len(theirs) == PER_PROCESS
    # Both really ran at the same time: their numbers interleave rather than come in two blocks.
    assert min(theirs) < max(mine) and min(mine) < max(theirs)

    with DataFolder(path) as reopened:
        assert reopened.verify_all() == []
        assert len(reopened.all("ideas")) == 2 * PER_PROCESS
        with reopened.transaction() as tx:
            assert tx.next_number("idea") == 2 * PER_PROCESS + 1
