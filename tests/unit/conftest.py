"""Fixtures of the unit tests that print: the ``kiosk`` command and a filled data folder."""

import pytest
from printables_support import fill_store


@pytest.fixture
def kiosk_main():
    """``kiosk.cli.main``, the command line as a function (exit codes come as ``SystemExit``)."""
    import kiosk.cli

    return kiosk.cli.main


@pytest.fixture
def data(store) -> str:
    """A data folder holding the sample table, meetings, idea and actions."""
    fill_store(store)
    return str(store.path)
