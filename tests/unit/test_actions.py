"""Agreed actions for anyone who takes them: a participant, a sub-group or an outside party; milestones; overdue."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.core.actions import overdue, remove_milestone, save_milestone, todo_by_party
from kiosk.core.clock import HELSINKI
from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.model import Action, ActionStatus, Milestone, Participant, ResponsibleKind, Sector, SubGroup, Table
from kiosk.core.store import ACTIONS
from kiosk.core.tables import add_action, add_subgroup, save_table, schedule_meeting, set_action_status


@pytest.fixture
def meeting(store):
    """A meeting of a table with two participants and one sub-group."""
    table = save_table(
        store,
        Table(
            name="Varpaisjärven kumppanuuspöytä",
            theme="Kunnantalo",
            participants=[
                Participant("Ville Virtanen", "Lapinlahden kunta", Sector.PUBLIC, id="p0"),
                Participant("Maija Mäkinen", "", Sector.RESIDENT, id="p1"),
            ],
        ),
    )
    add_subgroup(store, table.id, SubGroup("Alatyöryhmä A", "Kesätorit", ["p1"], id="g0"))
    return schedule_meeting(store, table.id, datetime(2026, 11, 20, 17, tzinfo=HELSINKI), "Kunnantalo", allow_past=True)


def audit_whats(store) -> list[str]:
    return [entry.what for entry in store.audit_entries(store.now().year)]


def test_an_action_for_a_participant_names_them(store, meeting):
    action = add_action(store, meeting.id, "Varataan sali", "", date(2026, 12, 31), responsible_id="p0")
    saved = store.action(action.id)
    assert (saved.responsible_as, saved.responsible_id, saved.responsible) == (
        ResponsibleKind.PARTICIPANT,
        "p0",
        "Lapinlahden kunta",
    )


def test_an_action_for_a_sub_group_is_saved_with_the_group(store, meeting):
    action = add_action(
        store,
        meeting.id,
        "Kesätorien ohjelma",
        "",
        None,
        responsible_id="g0",
        responsible_kind=ResponsibleKind.SUBGROUP,
    )
    saved = store.action(action.id)
    assert (saved.responsible_kind, saved.responsible_id, saved.responsible) == (
        ResponsibleKind.SUBGROUP,
        "g0",
        "Alatyöryhmä A",
    )


def test_an_action_for_an_outside_party_is_saved_by_name(store, meeting):
    action = add_action(
        store,
        meeting.id,
        "Torikojut lainaan",
        "  Varpaisjärven   yhdistykset ",
        None,
        responsible_kind=ResponsibleKind.OUTSIDE,
    )
    saved = store.action(action.id)
    assert (saved.responsible_kind, saved.responsible_id, saved.responsible) == (
        ResponsibleKind.OUTSIDE,
        "",
        "Varpaisjärven yhdistykset",
    )


def test_a_text_naming_a_sub_group_links_the_group(store, meeting):
    action = add_action(store, meeting.id, "Kesätorien ohjelma", "alatyöryhmä a", None)
    assert (action.responsible_as, action.responsible_id, action.responsible) == (
        ResponsibleKind.SUBGROUP,
        "g0",
        "Alatyöryhmä A",
    )


@pytest.mark.parametrize(
    ("kind", "party", "text", "message"),
    [
        (ResponsibleKind.PARTICIPANT, "nobody", "", "Choose the participant who takes the action."),
        (ResponsibleKind.SUBGROUP, "p0", "", "Choose the sub-group that takes the action."),
        (ResponsibleKind.OUTSIDE, "", "   ", "Write who outside the table takes the action."),
    ],
)
def test_a_responsible_party_that_does_not_fit_is_refused(store, meeting, kind, party, text, message):
    with pytest.raises(ValidationError) as refused:
        add_action(store, meeting.id, "Jotain", text, None, responsible_id=party, responsible_kind=kind)
    assert refused.value.msgid == message
    assert store.actions() == []


def test_an_old_action_without_a_kind_still_reads(store, meeting):
    with store.transaction() as tx:
        old = Action(table_id=meeting.table_id, what="Vanha", responsible="Kylä", id="a-old").to_dict()
        del old["responsible_kind"], old["milestones"]
        tx.put(ACTIONS, old)
    saved = store.action("a-old")
    assert (saved.responsible_as, saved.milestones) == (ResponsibleKind.OUTSIDE, [])


def test_milestones_are_kept_in_date_order_and_audited(store, meeting):
    action = add_action(store, meeting.id, "Hanke", "Yhdistys", None)
    save_milestone(store, action.id, Milestone("Avattu", date(2027, 3, 1), id="m3"))
    save_milestone(store, action.id, Milestone(" Haettu ", date(2026, 11, 25), reached=True, id="m1"))
    save_milestone(store, action.id, Milestone("Myönnetty", date(2027, 1, 15), id="m2"))
    saved = store.action(action.id)
    assert [(m.label, m.day, m.reached) for m in saved.milestones] == [
        ("Haettu", date(2026, 11, 25), True),
        ("Myönnetty", date(2027, 1, 15), False),
        ("Avattu", date(2027, 3, 1), False),
    ]
    save_milestone(store, action.id, Milestone("Myönnetty", date(2027, 1, 10), reached=True, id="m2"))
    remove_milestone(store, action.id, "m3")
    saved = store.action(action.id)
    assert [(m.id, m.day, m.reached) for m in saved.milestones] == [
        ("m1", date(2026, 11, 25), True),
        ("m2", date(2027, 1, 10), True),
    ]
    assert audit_whats(store)[-5:] == [
        "add milestone",
        "add milestone",
        "add milestone",
        "change milestone",
        "remove milestone",
    ]


def test_a_milestone_needs_a_label(store, meeting):
    action = add_action(store, meeting.id, "Hanke", "Yhdistys", None)
    with pytest.raises(ValidationError):
        save_milestone(store, action.id, Milestone("  ", date(2027, 1, 1)))
    with pytest.raises(NotFound):
        remove_milestone(store, action.id, "no-such")
    assert store.action(action.id).milestones == []


def test_overdue_is_an_open_action_past_its_due_date(store, meeting):
    today = store.now().date()  # 27.11.2026
    late = add_action(store, meeting.id, "Myöhässä", "A", date(2026, 11, 26))
    add_action(store, meeting.id, "Tänään", "A", today)
    add_action(store, meeting.id, "Ei päivää", "A", None)
    done = add_action(store, meeting.id, "Tehty", "A", date(2026, 11, 1))
    set_action_status(store, done.id, ActionStatus.DONE, "Valmis")
    assert [a.id for a in overdue(store.actions(), today)] == [late.id]


def test_to_do_by_party_groups_open_actions(store, meeting):
    add_action(store, meeting.id, "Sali", "", date(2027, 2, 1), responsible_id="p0")
    add_action(store, meeting.id, "Ohjelma", "", date(2027, 1, 1), responsible_id="g0", responsible_kind="subgroup")
    add_action(store, meeting.id, "Kojut", "Varpaisjärven yhdistykset", date(2027, 3, 1))
    add_action(store, meeting.id, "Mainokset", "varpaisjärven Yhdistykset", None)
    done = add_action(store, meeting.id, "Tehty jo", "", None, responsible_id="p0")
    set_action_status(store, done.id, ActionStatus.DONE, "Valmis")
    parties = todo_by_party(store.actions())
    assert [(p.name, p.kind, [a.what for a in p.actions]) for p in parties] == [
        ("Alatyöryhmä A", ResponsibleKind.SUBGROUP, ["Ohjelma"]),
        ("Lapinlahden kunta", ResponsibleKind.PARTICIPANT, ["Sali"]),
        ("Varpaisjärven yhdistykset", ResponsibleKind.OUTSIDE, ["Kojut", "Mainokset"]),
    ]
