"""A resident centre's data folder for the tests of bundles and sharing: a table, meetings, ideas, a PIN."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from kiosk.core.bundle import keep_published
from kiosk.core.clock import Clock
from kiosk.core.configure import save_settings
from kiosk.core.ideas import publish_idea, submit_idea
from kiosk.core.model import Idea, Meeting, Participant, Role, Sector, Table
from kiosk.core.pin import set_pin
from kiosk.core.store import Store
from kiosk.core.tables import add_action, save_table, schedule_meeting

PIN = "482916"
"""The staff PIN of every test centre."""


@dataclass
class Centre:
    """A test centre's store and what the tests look for in other centres' files."""

    store: Store
    table: Table
    meeting: Meeting
    published: Idea
    private: Idea
    secrets: tuple[str, ...]
    """Strings that must never leave this centre: contacts, unpublished text, the PIN hash's salt and hash."""


def make_centre(path: Path, clock: Clock, code: str, name: str, *, village: str = "Karttula") -> Centre:
    """A centre with its code, a table (its chair's phone private), a meeting, and two ideas (one unpublished)."""
    store = keep_published(Store.open(path, clock=clock, durable=False))
    settings = store.settings()
    settings.centre_name, settings.centre_code = name, code
    save_settings(store, settings)
    set_pin(store, PIN)
    chair_phone = f"040 {abs(hash(code)) % 10_000_000:07d}"
    table = save_table(
        store,
        Table(
            name=f"{village}n ikäihmisten palvelut",
            theme="Ikäihmisten palvelut",
            area=village,
            goal="Palvelut lähelle autottomia",
            participants=[
                Participant(name=f"Puheenjohtaja {code}", sector=Sector.PUBLIC, role=Role.CHAIR, contact=chair_phone)
            ],
        ),
    )
    meeting = schedule_meeting(store, table.id, clock.now() + timedelta(days=9), f"{village}n kylätalo")
    add_action(store, meeting.id, "Palvelutarvekysely kotiin", "Kotihoito", None)
    published = submit_idea(
        store,
        f"Kirjastoauto {village}an joka toinen viikko",
        theme="Ikäihmisten palvelut",
        name="Aino Asukas",
        contact=f"aino.{code.lower()}@example.fi",
    )
    publish_idea(store, published.id)
    private = submit_idea(
        store,
        f"Salainen ehdotus {code} jota ei ole julkaistu",
        name="Eino Esimerkki",
        contact=f"050 {code} 9988",
    )
    pin = store.staff_record("pin") or {}
    secrets = (
        chair_phone,
        f"aino.{code.lower()}@example.fi",
        "Aino Asukas",
        f"050 {code} 9988",
        "Eino Esimerkki",
        private.text,
        *(str(v) for k, v in pin.items() if k in ("hash", "salt") and v),
    )
    return Centre(store, table, meeting, store.idea(published.id) or published, private, secrets)


def exchange(*centres: Centre) -> None:
    """What Syncthing does: every centre's published bundle into every other's received folder."""
    import shutil

    from kiosk.core.bundle import PUBLISHED
    from kiosk.core.received import CENTRES

    for writer in centres:
        for reader in centres:
            if reader is not writer:
                target = reader.store.path / CENTRES / writer.store.settings().centre_code.lower()
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(writer.store.path / PUBLISHED, target)
