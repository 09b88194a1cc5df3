"""Fixtures for the staff area's Pilot and snapshot tests: the real kiosk app on a fixed clock."""

from __future__ import annotations

import pytest

from kiosk.core.pin import set_pin
from staff_support import PIN, FakeMonotonic


@pytest.fixture
def monotonic() -> FakeMonotonic:
    """The idle timer's clock."""
    return FakeMonotonic()


@pytest.fixture
def staff_store(store):
    """An empty data folder with the staff PIN set."""
    set_pin(store, PIN)
    return store


@pytest.fixture
def make_app(monotonic):
    """Build the kiosk app on a store, with the fake idle clock."""
    from kiosk.app import KioskApp

    def make(store, **kwargs):
        return KioskApp(store, monotonic=monotonic, **kwargs)

    return make
