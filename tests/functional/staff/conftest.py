"""Fixtures for the staff area's Pilot and snapshot tests: a data folder with the PIN set.

The app on a fixed clock (``make_app``, ``monotonic``) comes from ../conftest.py.
"""

from __future__ import annotations

import pytest
from staff_support import PIN

from kiosk.core.pin import set_pin


@pytest.fixture
def staff_store(store):
    """An empty data folder with the staff PIN set."""
    set_pin(store, PIN)
    return store
