"""The published bundle: what it holds and never holds, its manifest, and the reader that keeps the last whole one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.core.bundle import MANIFEST, PUBLISHED, read_manifest, write_bundle
from kiosk.core.ideas import answer_idea
from kiosk.core.received import CENTRES, KEPT, bundles, centre_state, centre_states
from kiosk.core.store import Store
from tests.unit.centres_support import make_centre


@pytest.fixture
def kar(tmp_path, clock):
    """Karttula's kiosk with its code, a table, a meeting and two ideas."""
    return make_centre(tmp_path / "kar", clock, "KAR", "Karttulan asukastupa")


@pytest.fixture
def suk(tmp_path, clock) -> Store:
    """Sukeva's kiosk, which reads Karttula's bundle."""
    return make_centre(tmp_path / "suk", clock, "SUK", "Sukevan asukastupa", village="Sukeva").store


def all_bytes(folder: Path) -> bytes:
    """Every file under a folder, one after the other."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def deliver(source: Path, reader: Store, name: str = "kar") -> Path:
    """Copy a published bundle where Syncthing would put it at the reading centre."""
    target = reader.path / CENTRES / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return target


def test_bundle_holds_what_residents_see_and_nothing_private(kar):
    published = kar.store.path / PUBLISHED
    manifest = read_manifest(published)
    assert manifest is not None and manifest["centre"] == "KAR" and manifest["format"] == 1
    ideas = json.loads((published / "ideas.json").read_bytes())
    by_id = {i["id"]: i for i in ideas}
    assert by_id[kar.published.id]["text"] == kar.published.text
    assert by_id[kar.published.id]["reference"] == "KAR-0001"
    assert by_id[kar.private.id]["text"] == "" and by_id[kar.private.id]["state"] == "received"
    meetings = json.loads((published / "meetings.json").read_bytes())
    assert [m["id"] for m in meetings] == [kar.meeting.id]
    everything = all_bytes(published).decode()
    for secret in kar.secrets:
        assert secret not in everything, secret
    assert "sealed_contact" not in everything and "audit" not in everything


def test_manifest_written_last_with_every_hash_and_a_new_sequence_only_on_change(kar):
    published = kar.store.path / PUBLISHED
    first = read_manifest(published)
    assert write_bundle(kar.store) is None  # nothing changed
    answer_idea(kar.store, kar.published.id, "Kirjastoauto tulee keväällä")
    second = read_manifest(published)
    assert second["sequence"] == first["sequence"] + 1
    assert second["files"]["ideas.json"] != first["files"]["ideas.json"]
    assert second["files"]["tables.json"] == first["files"]["tables.json"]
    assert (published / MANIFEST).stat().st_mtime_ns >= max(
        (published / name).stat().st_mtime_ns for name in second["files"]
    )


def test_reader_keeps_the_complete_bundle_and_ignores_a_damaged_one(kar, suk):
    received = deliver(kar.store.path / PUBLISHED, suk)
    state = centre_state(suk, "kar")
    assert not state.incomplete and state.bundle.code == "KAR" and state.arrived is not None
    assert [m.id for m in state.bundle.meetings] == [kar.meeting.id]
    (received / "meetings.json").write_bytes(b'[{"half a file')
    state = centre_state(suk, "kar")
    assert state.incomplete and "meetings.json" in state.problem
    assert [m.id for m in state.bundle.meetings] == [kar.meeting.id]  # the last complete one


@pytest.mark.parametrize(
    "damage",
    [
        lambda folder: (folder / MANIFEST).unlink(),
        lambda folder: (folder / MANIFEST).write_bytes(b"\x00\xff not json"),
        lambda folder: (folder / MANIFEST).write_text('{"format": 1, "files": {"x.json": "00"}}'),
        lambda folder: (folder / MANIFEST).write_text("[1, 2]"),
        lambda folder: (folder / "ideas.json").unlink(),
        lambda folder: shutil.rmtree(folder),
    ],
)
def test_reader_never_crashes_on_a_bundle_still_arriving(kar, suk, damage):
    deliver(kar.store.path / PUBLISHED, suk)
    assert centre_state(suk, "kar").bundle is not None
    answer_idea(kar.store, kar.published.id, "Uusi vastaus")
    received = deliver(kar.store.path / PUBLISHED, suk)
    damage(received)
    state = centre_state(suk, "kar")
    assert state.incomplete
    assert state.bundle is not None and state.bundle.idea(kar.published.id).public_answer == ""


def test_a_hash_that_matches_but_a_record_that_does_not_fit_is_refused(kar, suk):
    received = deliver(kar.store.path / PUBLISHED, suk)
    manifest = json.loads((received / MANIFEST).read_bytes())
    bad = b'[{"name": 5}]'
    (received / "tables.json").write_bytes(bad)
    import hashlib

    manifest["files"]["tables.json"] = hashlib.sha256(bad).hexdigest()
    (received / MANIFEST).write_text(json.dumps(manifest))
    state = centre_state(suk, "kar")
    assert state.incomplete and state.bundle is None


def test_newer_complete_bundle_replaces_the_kept_copy(kar, suk):
    deliver(kar.store.path / PUBLISHED, suk)
    centre_states(suk)
    answer_idea(kar.store, kar.published.id, "Kirjastoauto tulee keväällä")
    deliver(kar.store.path / PUBLISHED, suk)
    [bundle] = bundles(suk)
    assert bundle.idea(kar.published.id).public_answer == "Kirjastoauto tulee keväällä"
    assert not list((suk.path / KEPT).glob(".*"))  # no half copy left behind


def test_no_bundle_without_a_centre_code(store):
    from kiosk.core.bundle import keep_published
    from kiosk.core.configure import save_settings
    from kiosk.core.ideas import submit_idea

    keep_published(store)
    submit_idea(store, "Idea ilman keskusta")
    assert not (store.path / PUBLISHED).exists()
    settings = store.settings()
    settings.centre_code = "RAU"
    save_settings(store, settings)
    assert read_manifest(store.path / PUBLISHED)["centre"] == "RAU"


def test_a_file_syncthing_is_still_fetching_marks_the_bundle_arriving(kar, suk):
    received = deliver(kar.store.path / PUBLISHED, suk)
    (received / ".syncthing.meetings.json.tmp").write_bytes(b"half")
    state = centre_state(suk, "kar")
    assert state.incomplete and state.bundle is not None and state.bundle.code == "KAR"
    (received / ".syncthing.meetings.json.tmp").unlink()
    assert not centre_state(suk, "kar").incomplete
