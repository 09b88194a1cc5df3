"""Fixtures shared by the resident and staff functional tests: the real kiosk app with a fake idle clock."""

from __future__ import annotations

import gc

import pytest
from functional_support import FakeMonotonic


@pytest.fixture(autouse=True)
def _python_collects_as_usual():
    """The kiosk leaves full collections for its quiet moments (it raises Python's threshold); a test
    process runs hundreds of apps, so each test ends with Python's own threshold back."""
    threshold = gc.get_threshold()
    yield
    gc.set_threshold(*threshold)


@pytest.fixture(autouse=True)
def _no_blinking_cursors(monkeypatch):
    """Text fields never blink in tests, from their first frame: a blink phase drawn before a test
    could stop it made snapshots differ on a busy machine."""
    from textual.reactive import reactive
    from textual.widgets import Input, TextArea

    for widget in (Input, TextArea):
        still = reactive(False, init=False)
        still.__set_name__(widget, "cursor_blink")
        monkeypatch.setattr(widget, "cursor_blink", still)


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
