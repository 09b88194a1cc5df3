"""Fixtures shared by the resident and staff functional tests: the real kiosk app with a fake idle clock."""

from __future__ import annotations

import pytest

from functional_support import FakeMonotonic


@pytest.fixture
def monotonic() -> FakeMonotonic:
    """The idle timer's clock."""
    return FakeMonotonic()


@pytest.fixture
def make_app(monotonic):
    """Build the kiosk app on a store, with the fake idle clock."""
    from kiosk.app import KioskApp

    def make(store, **kwargs):
        return KioskApp(store, monotonic=monotonic, **kwargs)

    return make
