"""The benchmarks' history generator: right counts, every idea state, archives by year, and a kiosk that works on it."""

from __future__ import annotations

import itertools
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core.clock import HELSINKI, FixedClock
from kiosk.core.model import IdeaState
from kiosk.core.repair import decode_whole
from kiosk.core.store import IDEA_COUNTER, IDEAS, Store, idea_file

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "bench" / "make_history.py"
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=HELSINKI)
SCALE = 0.02
"""A village of 100 ideas: 5,000 x 0.02."""


def generate(out: Path, *extra: str) -> None:
    """Run the generator as a user runs it."""
    done = subprocess.run(
        [sys.executable, str(GENERATOR), "--profile", "village", "--scale", str(SCALE), "--out", str(out), *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> Path:
    """One small village history for the module's tests."""
    out = tmp_path_factory.mktemp("history") / "data"
    generate(out)
    return out


@pytest.fixture
def store(history) -> Store:
    """The history, opened on the generator's clock."""
    opened = Store.open(history, clock=FixedClock(NOW))
    yield opened
    opened.folder.close()


def test_counts_follow_the_scaled_village_profile(store):
    assert len(store.all_ideas()) == 100
    assert len(store.tables()) == 2
    assert sum(len(store.meetings(t.id)) for t in store.tables()) == 8
    assert sum(len(store.actions(t.id)) for t in store.tables()) == 40
    assert len(store.workshops()) == 2
    assert store.settings().centre_name == "Karttulan asukastupa"


def test_every_idea_state_is_there(store):
    assert {idea.state for idea in store.all_ideas()} == set(IdeaState)


def test_open_ideas_stay_live_and_closed_ones_are_in_the_archive_file_of_their_number(store):
    open_ideas = store.open_ideas()
    assert open_ideas and all(not idea.is_closed and idea.closed is None for idea in open_ideas)
    archives = store.idea_archives()
    assert archives
    for archive in archives:
        for document in store.folder.table(archive, IDEAS).all():
            assert document["state"] in ("done", "declined", "merged") and idea_file(document["number"]) == archive
    kinds = {name.split("/")[1].rsplit("-", 1)[0] for name in store.folder.files("archive")}
    assert kinds <= {"ideas", "meetings", "actions", "audit", "index"} and "ideas" in kinds


def test_references_are_numbered_in_order_and_the_counter_continues(store):
    ideas = sorted(store.all_ideas(), key=lambda idea: idea.number)
    assert [idea.number for idea in ideas] == list(range(1, 101))
    assert all(a.created <= b.created for a, b in itertools.pairwise(ideas))
    assert store.highest_number(IDEA_COUNTER) == 100  # the next idea gets 101


def test_ideas_have_realistic_finnish_text_and_a_history_along_the_life_cycle(store):
    for idea in store.all_ideas():
        assert 80 <= len(idea.text) <= 400
        assert idea.history[0].state == IdeaState.RECEIVED and idea.history[-1].state == idea.state
        for before, after in itertools.pairwise(idea.history):
            assert after.state in {
                IdeaState.PUBLISHED,
                IdeaState.ON_AGENDA,
                IdeaState.DISCUSSED,
                IdeaState.DONE,
                IdeaState.DECLINED,
                IdeaState.MERGED,
            }
            assert before.at <= after.at <= NOW
    assert any("että" in idea.text for idea in store.all_ideas())


def test_meetings_fit_in_ninety_minutes_and_ideas_on_an_agenda_are_on_it(store):
    meetings = {m.id: m for t in store.tables() for m in store.meetings(t.id)}
    for meeting in meetings.values():
        meeting.validate()
        assert meeting.duration_minutes <= 90
        assert 2017 <= meeting.start.year <= 2027
    for idea in store.all_ideas():
        if idea.meeting_id:
            item = next(i for i in meetings[idea.meeting_id].agenda if i.id == idea.agenda_item_id)
            assert idea.id in item.idea_ids
    assert store.upcoming_meetings(), "active tables have a meeting ahead"


def test_the_same_seed_gives_the_same_history(tmp_path, history):
    def content(folder: Path, name: str) -> dict:
        data = decode_whole((folder / name).read_bytes(), {})
        for document in data.get(IDEAS, {}).values():  # sealed with random keys: compare the rest
            document["sealed_contact"] = bool(document["sealed_contact"])
        return data

    generate(tmp_path / "again")
    names = sorted(
        p.relative_to(history).as_posix()
        for p in history.rglob("*.json")
        if "backups" not in p.parts and p.name != "keys.json"
    )
    assert "kiosk.json" in names and any(n.startswith("archive/ideas-") for n in names)
    for name in names:
        assert content(tmp_path / "again", name) == content(history, name), name


def test_the_generator_refuses_a_folder_with_data(history):
    done = subprocess.run(
        [sys.executable, str(GENERATOR), "--profile", "village", "--scale", "0.02", "--out", str(history)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0 and "already has data" in done.stderr


def test_kiosk_check_passes_on_generated_history(history, capsys):
    code = main(["check", "--data", str(history)])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    assert "FAIL" not in captured.out
