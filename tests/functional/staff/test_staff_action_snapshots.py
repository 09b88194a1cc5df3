"""Snapshots of the screens and dialogs for actions and calls, on the staff snapshots' fixed data (100x30).

Create or update with ``pytest tests/functional/staff/test_staff_action_snapshots.py --snapshot-update``
and look at the pictures before committing them.
"""

from __future__ import annotations

from datetime import date

from test_staff_snapshots import data, snapshot  # noqa: F401 - data is a fixture
from textual.widgets import DataTable

from kiosk.core.actions import save_milestone
from kiosk.core.ideas import publish_idea
from kiosk.core.model import Milestone


async def past_row(pilot) -> None:
    """The past meeting, the second row of the meetings list."""
    pilot.app.screen.query_one(DataTable).move_cursor(row=1)


async def outside_party(pilot) -> None:
    """In the action form: what was agreed, then "an outside party" in who takes it."""
    pilot.app.screen.query_one("#what").insert("Kylätalon esteetön sisäänkäynti")
    pilot.app.screen.query_one("#kind").focus()
    await pilot.press("right", "right", "enter")


async def actions_list(pilot) -> None:
    """Focus the meeting's list of actions."""
    pilot.app.screen.query_one("#actions", DataTable).focus()


def test_action_dialog_for_an_outside_party(snap_compare, make_app, data):  # noqa: F811
    assert snapshot(snap_compare, make_app, data, "3", past_row, "o", "t", outside_party)


def test_milestones_dialog(snap_compare, make_app, data):  # noqa: F811
    (action,) = data.actions()
    save_milestone(data, action.id, Milestone("Kyselylomake valmis", date(2026, 11, 24), reached=True))
    save_milestone(data, action.id, Milestone("Vastaukset koottu", date(2027, 1, 15)))
    assert snapshot(snap_compare, make_app, data, "3", past_row, "o", actions_list, "v")


def test_call_list(snap_compare, make_app, data):  # noqa: F811
    bench = next(idea for idea in data.open_ideas() if idea.text.startswith("Penkki"))
    publish_idea(data, bench.id)  # her idea moved on: the resident who left a phone number is to be called
    assert snapshot(snap_compare, make_app, data, "8")


def test_empty_call_list(snap_compare, make_app, data):  # noqa: F811
    assert snapshot(snap_compare, make_app, data, "8")
