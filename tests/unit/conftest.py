"""Fixtures of the unit tests that print: the ``kiosk`` command and a filled data folder."""

import pytest
from printables_support import fill_store

from kiosk.core.model import Participant, Role, Sector, Table
from kiosk.core.tables import save_table


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


@pytest.fixture
def table(store) -> Table:
    """A table of three, one from each of three sectors (the meeting-life tests)."""
    return save_table(
        store,
        Table(
            name="Karttulan kumppanuuspöytä",
            theme="Ikäihmisten palvelut",
            participants=[
                Participant("Leena Lahtinen", "Kaupunginvaltuusto", Sector.PUBLIC, Role.CHAIR, id="p-chair"),
                Participant("Tuomo Taksi", "Taksi Tuomo", Sector.BUSINESS, id="p-taxi"),
                Participant("Eila Eläkeläinen", "Eläkeläiset ry", Sector.THIRD, id="p-pens"),
            ],
        ),
    )
