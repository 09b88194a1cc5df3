"""Editing a table's participants and sub-groups: validated, cleaned, audited, ids kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.model import Participant, Role, Sector, SubGroup, Table
from kiosk.core.tables import (
    add_subgroup,
    remove_participant,
    save_table,
    update_participant,
    update_subgroup,
)


@pytest.fixture
def table(store) -> Table:
    """The Karttula table with three participants and one sub-group."""
    table = save_table(
        store,
        Table(
            name="Karttulan kumppanuuspöytä",
            theme="Ikäihmisten palvelut",
            participants=[
                Participant("Leena Lahtinen", "Kuopion kaupunginvaltuusto", Sector.PUBLIC, Role.CHAIR, id="p0"),
                Participant("Kaisa Kettunen", "Karttulan seurakunta", Sector.THIRD, id="p1"),
                Participant("Tuomo Taksi", "Kotipalvelu ja taksi Tuomo", Sector.BUSINESS, id="p2"),
            ],
        ),
    )
    return add_subgroup(store, table.id, SubGroup("Virkistyspäivä", "Valmistelee.", ["p1"], id="g0"))


def audit_whats(store) -> list[str]:
    """What the audit trail recorded this year, oldest first."""
    return [entry.what for entry in store.audit_entries(store.now().year)]


# Participants ------------------------------------------------------------------------


def test_update_participant_changes_the_person_in_place(store, table):
    changed = replace(table.participant("p1"), name="  Kaisa  Kettunen-Kari ", role=Role.SECRETARY, title="diakoni")
    update_participant(store, table.id, changed)
    saved = store.table(table.id)
    assert [p.id for p in saved.participants] == ["p0", "p1", "p2"]  # same place, no copy
    person = saved.participant("p1")
    assert (person.name, person.role, person.title) == ("Kaisa Kettunen-Kari", Role.SECRETARY, "diakoni")
    assert saved.subgroups[0].member_ids == ["p1"]  # still in the sub-group
    entry = store.audit_entries(store.now().year)[-1]
    assert entry.what == "update participant"
    assert entry.details == {"table": table.name, "who": "Kaisa Kettunen-Kari (Karttulan seurakunta)"}


def test_update_participant_cleans_typed_text(store, table):
    changed = replace(table.participant("p2"), name="Tuomo\x1b[31m [b]Taksi[/b]", contact="040\x00 123")
    update_participant(store, table.id, changed)
    person = store.table(table.id).participant("p2")
    assert "\x1b" not in person.name and "[b]Taksi[/b]" in person.name
    assert "\x00" not in person.contact


def test_update_participant_refuses_one_without_name_or_organisation(store, table):
    before = store.table(table.id)
    with pytest.raises(ValidationError):
        update_participant(store, table.id, replace(table.participant("p0"), name=" ", organisation=""))
    assert store.table(table.id) == before
    assert "update participant" not in audit_whats(store)


def test_update_participant_refuses_someone_not_at_the_table(store, table):
    remove_participant(store, table.id, "p2")
    with pytest.raises(NotFound):
        update_participant(store, table.id, replace(table.participant("p2"), name="Tuomo"))
    assert store.table(table.id).participant("p2") is None  # not added back


def test_update_participant_on_an_unknown_table(store, table):
    with pytest.raises(NotFound):
        update_participant(store, "no-such-table", table.participant("p0"))


# Sub-groups --------------------------------------------------------------------------


def test_update_subgroup_changes_name_task_and_members(store, table):
    group = replace(
        table.subgroups[0],
        name=" Virkistyspäivät ",
        task="Kevät\nja syksy",
        member_ids=["p1", "p2", "p2"],
        outside_members=[" Eläkeliitto ", "", "Kylä\x1b[2J yhdistys"],
    )
    update_subgroup(store, table.id, group)
    (saved,) = store.table(table.id).subgroups
    assert saved.id == "g0" and saved.name == "Virkistyspäivät"
    assert saved.task == "Kevät\nja syksy"  # the task keeps its lines
    assert saved.member_ids == ["p1", "p2"]
    assert saved.outside_members[0] == "Eläkeliitto" and len(saved.outside_members) == 2
    assert "\x1b" not in saved.outside_members[1]
    entry = store.audit_entries(store.now().year)[-1]
    assert entry.what == "update sub-group"
    assert entry.details == {"table": table.name, "group": "Virkistyspäivät"}


def test_update_subgroup_drops_members_who_left_the_table(store, table):
    group = replace(table.subgroups[0], member_ids=["p1", "p2"])
    remove_participant(store, table.id, "p2")  # someone else took Tuomo off meanwhile
    update_subgroup(store, table.id, group)
    assert store.table(table.id).subgroups[0].member_ids == ["p1"]


def test_update_subgroup_refuses_a_nameless_group(store, table):
    before = store.table(table.id)
    with pytest.raises(ValidationError):
        update_subgroup(store, table.id, replace(table.subgroups[0], name="  "))
    assert store.table(table.id) == before
    assert "update sub-group" not in audit_whats(store)


def test_update_subgroup_refuses_an_unknown_group(store, table):
    with pytest.raises(NotFound):
        update_subgroup(store, table.id, SubGroup("Uusi", id="not-there"))
    assert [g.id for g in store.table(table.id).subgroups] == ["g0"]
