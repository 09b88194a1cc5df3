"""Fixtures for the resident screens' tests: a known village (the app and its clock: ../conftest.py)."""

from __future__ import annotations

import pytest
from resident_support import seed_village


@pytest.fixture
def village(store):
    """The data folder with a small known village; ``village.ids`` names what was made."""
    store.ids = seed_village(store)
    return store
