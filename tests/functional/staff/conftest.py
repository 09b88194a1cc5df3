"""Fixtures for the staff area's Pilot and snapshot tests: a data folder with the PIN set.

The app on a fixed clock (``make_app``, ``monotonic``) comes from ../conftest.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from staff_support import PIN

from kiosk.core.pin import set_pin


@pytest.fixture(scope="session")
def pinned_folder(make_template) -> Path:
    """An empty data folder with the staff PIN set, made once per test run (per worker): setting a
    PIN derives its key with scrypt on purpose slowly, and nearly every staff test needs one."""
    return make_template("pinned", lambda store: set_pin(store, PIN))


@pytest.fixture
def staff_store(open_copy, pinned_folder):
    """A copy of the folder with the staff PIN set, this test's own, on the fixed clock."""
    return open_copy(pinned_folder)
