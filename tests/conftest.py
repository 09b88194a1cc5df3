"""Fixtures shared by every test: a fixed clock and a real data folder under tmp_path."""

from __future__ import annotations

import gc
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.clock import HELSINKI, FixedClock
from kiosk.core.i18n import DEFAULT_LANGUAGE, set_language

FIXED_NOW = datetime(2026, 11, 27, 10, 0, tzinfo=HELSINKI)
"""The moment every test starts at: a Friday morning at the resident centre."""


def pytest_collection_finish(session):
    """What is alive once the tests are collected (pytest, the test modules, Textual and the kiosk's
    own modules) lives until the run ends: freeze it, so that the full collections the kiosk makes
    after a screen closes walk only what this test made, not the whole test run's heap."""
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(session, config, items):
    """The tests marked ``long`` run first (otherwise in their order): started last, one of them
    would leave a worker running alone at the end of a parallel run while the others wait."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture(autouse=True)
def _frozen_between_tests():
    """After each test, collect its garbage and freeze what is still alive (module caches, lazily
    imported screens): the next test's full collections then walk only its own objects, not every
    survivor of the tests before it, which made each collection cost more the longer the run went."""
    yield
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts (and leaves) the kiosk in Finnish."""
    set_language(DEFAULT_LANGUAGE)
    yield
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture
def clock() -> FixedClock:
    """A clock standing at FIXED_NOW, movable with ``advance``."""
    return FixedClock(FIXED_NOW)


@pytest.fixture
def store(tmp_path, clock):
    """An empty data folder under tmp_path, on the fixed clock (not synced to disk: no test pulls the plug)."""
    from kiosk.core.store import Store

    return Store.open(tmp_path / "data", clock=clock, durable=False)


@pytest.fixture(scope="session")
def make_template(tmp_path_factory):
    """Build a data folder once per test run (per worker) on the fixed clock: ``make(name, fill)``
    opens an empty one, lets ``fill`` write into it and returns its path; tests open copies
    with ``open_copy``."""
    from kiosk.core.store import Store

    def make(name: str, fill) -> Path:
        path = tmp_path_factory.mktemp(name) / "data"
        fill(Store.open(path, clock=FixedClock(FIXED_NOW), durable=False))
        return path

    return make


@pytest.fixture
def open_copy(tmp_path, clock):
    """Open a copy of a template data folder as this test's own, on the fixed clock."""
    from kiosk.core.store import Store

    def open_(template: Path):
        shutil.copytree(template, tmp_path / "data", symlinks=True)
        return Store.open(tmp_path / "data", clock=clock, durable=False)

    return open_


@pytest.fixture(scope="session")
def demo_folder(make_template) -> Path:
    """The demo data, loaded once per test run (per worker); tests get copies."""
    from kiosk.core.demo import load_demo

    return make_template("demo", load_demo)


@pytest.fixture
def demo_store(open_copy, demo_folder):
    """A copy of the demo data folder of this test's own, on the fixed clock."""
    return open_copy(demo_folder)


@pytest.fixture
def espeak_ng() -> str:
    """espeak-ng's path. Without it the test is skipped on a developer's machine, but fails in CI."""
    import os
    import shutil

    found = shutil.which("espeak-ng")
    if found is None:
        message = "espeak-ng is not installed: apt-get install espeak-ng (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found
