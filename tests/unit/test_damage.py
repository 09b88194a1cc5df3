"""Damage that staff see and mend: a cut, wrong-shaped or garbage file loses no acknowledged idea."""

from __future__ import annotations

import msgspec
import pytest

from kiosk.core import ideas as svc
from kiosk.core.contacts import reveal_contact
from kiosk.core.safety import restore_backup, take_backup
from kiosk.core.storage import LIVE
from kiosk.core.store import Store


def reopen(store: Store) -> Store:
    """The same folder as the next process would see it."""
    store.folder.close()
    return Store.open(store.path, clock=store.clock, durable=False)


@pytest.fixture
def acknowledged(store):
    """Three ideas before the day's backup and three after it (their references were printed)."""
    before = [svc.submit_idea(store, f"Ennen varmuuskopiota {n}", name="Aino", contact=f"040 {n}") for n in range(3)]
    take_backup(store)
    after = [svc.submit_idea(store, f"Varmuuskopion jälkeen {n}") for n in range(3)]
    return before + after


def test_a_cut_file_keeps_every_acknowledged_idea_and_tells_staff(store, acknowledged):
    live = store.folder.file_path(LIVE)
    raw = live.read_bytes()
    live.write_bytes(raw[:-25])  # the last bytes cut off, as by a full disk or a pulled plug
    store = reopen(store)
    assert {i.id for i in store.open_ideas()} == {i.id for i in acknowledged}
    assert reveal_contact(store, store.idea(acknowledged[0].id)).contact == "040 0"
    (notice,) = store.notices()
    assert notice.file == LIVE and notice.backup and notice.merged_back >= 3 and notice.unreadable == 0
    assert (store.path / "damaged").is_dir() and any((store.path / "damaged").iterdir())
    kept = next((store.path / "damaged").iterdir())
    assert kept.read_bytes() == raw[:-25]  # the damaged bytes are kept as they were
    assert "repaired damaged file" in [e.what for e in store.audit_entries(store.now().year)]
    assert "kiosk.json" in notice.describe() and str(notice.merged_back) in notice.describe()


def test_a_file_cut_into_its_last_idea_loses_only_that_line_and_says_so(store, acknowledged):
    live = store.folder.file_path(LIVE)
    store.folder.fold_logs()  # the newest ideas are in the log: now the file holds them too
    raw = live.read_bytes()
    live.write_bytes(raw[: raw.index(b'"' + acknowledged[-1].id.encode()) + 40])  # into the newest idea's line
    store = reopen(store)
    found = {i.id for i in store.open_ideas()}
    assert {i.id for i in acknowledged[:-1]} <= found and acknowledged[-1].id not in found
    assert store.notices()[0].unreadable >= 1


def test_a_wrong_shaped_record_is_set_aside_and_the_rest_merged_back(store, acknowledged):
    live = store.folder.file_path(LIVE)
    store.folder.fold_logs()  # the newest ideas are in the log: now the file holds them too
    data = msgspec.json.decode(live.read_bytes())
    data["ideas"][acknowledged[-1].id]["text"] = 5  # valid JSON, not an idea
    data["ideas"]["x"] = {"text": 5, "number": "a"}
    live.write_bytes(msgspec.json.encode(data))
    store = reopen(store)
    ideas = {i.id: i for i in store.open_ideas()}
    assert {i.id for i in acknowledged[:-1]} <= set(ideas)
    assert "x" not in ideas
    (notice,) = store.notices()
    assert notice.unreadable == 2


def test_the_issues_wrong_shaped_file_and_garbage_bring_back_the_backup_with_a_notice(store, acknowledged):
    live = store.folder.file_path(LIVE)
    for damage in (b'{"ideas":{"x":{"text":5,"number":"a"}}}', b"\x00garbage{{{ not json"):
        live.write_bytes(damage)
        store = reopen(store)
        assert {i.id for i in acknowledged[:3]} <= {i.id for i in store.open_ideas()}
        assert store.notices()[0].backup
        for notice in store.notices():
            store.acknowledge_notice(notice.id)
        assert store.notices() == []


def test_no_idea_number_is_handed_out_twice_after_a_repair(store, acknowledged):
    live = store.folder.file_path(LIVE)
    live.write_bytes(b"\x00garbage")
    store = reopen(store)
    # The three newest ideas are gone with the garbage; their numbers (4-6) were printed on slips.
    new = svc.submit_idea(store, "Uusi idea korjauksen jälkeen")
    assert new.number not in {i.number for i in acknowledged[:3]}


def test_a_restore_never_repeats_a_reference(store):
    first = svc.submit_idea(store, "Ensimmäinen")
    taken = take_backup(store)
    later = svc.submit_idea(store, "Toinen, jonka lipuke jo annettiin")
    restore_backup(store, taken)
    assert [i.id for i in store.open_ideas()] == [first.id]
    again = svc.submit_idea(store, "Kolmas")
    assert again.number > later.number


def test_a_damaged_archive_is_repaired_from_its_backup(store):
    closed = svc.submit_idea(store, "Suljettu idea")
    svc.decline_idea(store, closed.id, "Ei nyt")
    take_backup(store)
    archive = store.folder.file_path("archive/ideas-0001")
    archive.write_bytes(archive.read_bytes()[:-30])
    store = reopen(store)
    assert store.idea_by_number(closed.number).state.value == "declined"
    assert [n.file for n in store.notices()] == ["archive/ideas-0001"]


def test_a_damaged_backup_is_never_restored(store, tmp_path):
    svc.submit_idea(store, "a")
    taken = take_backup(store)
    (taken / "kiosk.json").write_bytes(b"{}")
    from kiosk.core.errors import StorageError

    with pytest.raises(StorageError):
        restore_backup(store, taken)
    assert len(store.open_ideas()) == 1


def test_a_record_the_model_refuses_comes_back_from_the_backup_and_is_reported(store, acknowledged):
    live = store.folder.file_path(LIVE)
    data = msgspec.json.decode(live.read_bytes())
    data["ideas"][acknowledged[0].id]["history"] = "not a list"
    live.write_bytes(msgspec.json.encode(data))
    store = reopen(store)
    assert acknowledged[0].id not in {i.id for i in store.open_ideas()}  # the refused record is skipped, and reported
    assert store.idea(acknowledged[0].id).history[0].state.value == "received"  # then the backup's copy is back
    assert {i.id for i in store.all_ideas()} == {i.id for i in acknowledged}
    (notice,) = store.notices()
    assert notice.unreadable == 1 and notice.restored >= 1


@pytest.mark.parametrize(
    ("field", "value"), [("due", "31.12. illalla"), ("completed", "31.12. illalla"), ("due", 20261231)]
)
def test_an_action_whose_date_does_not_read_is_left_out_of_the_results_and_reported(store, field, value):
    from kiosk.core.model import Action, ActionStatus, Table
    from kiosk.core.public import table_results
    from kiosk.core.store import ACTIONS, TABLES

    table = Table(name="Liikkuminen", theme="Kyydit", area="Karttula")
    kept = Action(
        table_id=table.id, what="Kyytikysely", responsible="Asukastupa", status=ActionStatus.DONE, completed=store.now()
    )
    broken = Action(
        table_id=table.id,
        what="Kyytiaikataulu",
        responsible="Asukastupa",
        status=ActionStatus.DONE,
        completed=store.now(),
    )
    with store.transaction() as tx:
        tx.put(TABLES, table.to_dict())
        tx.put(ACTIONS, kept.to_dict())
        tx.put(ACTIONS, broken.to_dict())
    live = store.folder.file_path(LIVE)
    data = msgspec.json.decode(live.read_bytes())
    data[ACTIONS][broken.id][field] = value  # text that is no date, or no text at all
    live.write_bytes(msgspec.json.encode(data))
    store = reopen(store)
    (entry,) = table_results(store, per_table=5)  # no traceback on the resident's screen
    assert [a.what for a in entry.read(store).done] == ["Kyytikysely"]
    (notice,) = store.notices()
    assert notice.file == LIVE and notice.unreadable == 1
