"""Fixtures for the staff area's Pilot and snapshot tests: a data folder with the PIN set.

The app on a fixed clock (``make_app``, ``monotonic``) comes from ../conftest.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from staff_support import PIN

from kiosk.core.clock import FixedClock
from kiosk.core.pin import set_pin


@pytest.fixture(scope="session")
def pinned_folder(tmp_path_factory, fixed_now) -> Path:
    """An empty data folder with the staff PIN set, made once per test run (per worker): setting a
    PIN derives its key with scrypt on purpose slowly, and nearly every staff test needs one."""
    from kiosk.core.store import Store

    path = tmp_path_factory.mktemp("pinned") / "data"
    set_pin(Store.open(path, clock=FixedClock(fixed_now), durable=False), PIN)
    return path


@pytest.fixture
def staff_store(tmp_path, clock, pinned_folder):
    """A copy of the folder with the staff PIN set, this test's own, on the fixed clock."""
    from kiosk.core.store import Store

    shutil.copytree(pinned_folder, tmp_path / "data", symlinks=True)
    return Store.open(tmp_path / "data", clock=clock, durable=False)
