"""Fixtures for the resident screens' tests: the real kiosk app on a fixed clock and a known village."""

from __future__ import annotations

import pytest

from resident_support import FakeMonotonic, seed_village


@pytest.fixture
def monotonic() -> FakeMonotonic:
    """The idle timer's clock."""
    return FakeMonotonic()


@pytest.fixture
def village(store):
    """The data folder with a small known village; ``village.ids`` names what was made."""
    store.ids = seed_village(store)
    return store


@pytest.fixture
def make_app(monotonic):
    """Build the kiosk app on a store, with the fake idle clock."""
    from kiosk.app import KioskApp

    def make(store, **kwargs):
        return KioskApp(store, monotonic=monotonic, **kwargs)

    return make
