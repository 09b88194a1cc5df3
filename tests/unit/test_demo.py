"""The demo data: one centre's own (Karttula's), realistic, complete, consistent with the model's rules,
and loaded only once; the source's other examples are other centres' data that the kiosk does not load."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.core.clock import HELSINKI, FixedClock
from kiosk.core.contacts import reveal_contact
from kiosk.core.demo import load_demo
from kiosk.core.demo_centres import OTHER_CENTRES
from kiosk.core.demo_content import KARTTULA_CENTRE, TABLES
from kiosk.core.ideas import submit_idea
from kiosk.core.model import (
    MAX_MEETING_MINUTES,
    ActionStatus,
    IdeaState,
    Role,
    Sector,
    TableStatus,
)
from kiosk.core.public import published_ideas, table_results, upcoming_meetings
from kiosk.core.store import Store

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=HELSINKI)

MISSING_SECTORS = {
    "Mäntyharjun perusopetuksen kumppanuuspöytä": {Sector.BUSINESS},
    "Sukevan yhteinen pöytä": {Sector.RESIDENT},
}
OTHER_VILLAGES = ("Sukeva", "Kangaslampi", "Rautavaara", "Varpaisjärvi", "Mäntyharju", "Sonkajärvi", "Varkaus")
"""Where the source's other examples are: 100-250 km from Karttula, other centres' work."""
"""Where the source's real table had nobody from a sector: Mäntyharju's basic education
table had no businesses; Sukeva's listed the area board, the municipal board,
associations and businesses, but no residents' or service users' seat."""


def every_meeting(store):
    """Every table's meetings, closed tables' too (``store.meetings()`` lists the working tables')."""
    return sorted((m for t in store.tables() for m in store.meetings(t.id)), key=lambda m: m.start.timestamp())


def every_past_meeting(store):
    """Every table's held meetings, newest first."""
    return [m for t in store.tables() for m in store.past_meetings(t.id)]


def every_action(store):
    """Every table's agreed actions."""
    return [a for t in store.tables() for a in store.actions(t.id)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Store:
    """A data folder with the demo loaded at NOW, shared by the tests that only read it."""
    store = Store.open(tmp_path_factory.mktemp("demo") / "data", clock=FixedClock(NOW))
    summary = load_demo(store)
    assert summary.loaded
    return store


def test_summary_counts_what_was_loaded(tmp_path):
    store = Store.open(tmp_path / "data", clock=FixedClock(NOW))
    summary = load_demo(store)
    assert summary.loaded
    assert summary.tables == len(store.tables()) == 3
    assert summary.closed_tables == 1
    assert summary.meetings == len(every_meeting(store))
    assert summary.upcoming_meetings == len(store.upcoming_meetings()) >= 3
    assert summary.actions == len(every_action(store))
    assert summary.ideas == len(store.all_ideas()) >= 15
    assert summary.workshops == 2
    assert sum(summary.ideas_by_state.values()) == summary.ideas


def test_the_demo_holds_only_karttulas_own_tables(demo):
    tables = demo.tables()
    assert {t.area for t in tables} == {"Karttula"}
    assert "Karttulan ikäihmisten palvelut" in {t.name for t in tables}
    words = " ".join(f"{t.name} {t.area} {t.goal} {t.public_contact}" for t in tables)
    words += " ".join(m.place for m in every_meeting(demo))
    for village in OTHER_VILLAGES:
        assert village not in words, village


def test_a_karttula_resident_can_leave_ideas_only_for_karttulas_own_work(demo):
    from kiosk.core.public import idea_themes

    own = {t.theme for t in demo.tables()} | {t for w in demo.workshops() for t in (*w.themes, *w.outcome_themes)}
    own |= {w.title for w in demo.workshops()}
    assert {idea.theme for idea in demo.all_ideas()} <= own
    offered = idea_themes(demo)
    assert offered and {theme.name for theme in offered} <= own


def test_other_centres_are_separate_and_not_loaded(demo):
    assert KARTTULA_CENTRE.code == "KAR" and set(OTHER_CENTRES) == {"RAU", "MAN", "SUK", "KAN", "VAR"}
    loaded = {t.name for t in demo.tables()}
    for centre in OTHER_CENTRES.values():
        assert centre.settings["centre_name"] != "Karttulan asukastupa"
        assert loaded.isdisjoint(t.name for t in centre.tables), centre.code


@pytest.mark.parametrize("code", sorted(OTHER_CENTRES))
def test_each_other_centre_loads_on_its_own_with_the_sources_seats(tmp_path, code):
    store = Store.open(tmp_path / "data", clock=FixedClock(NOW), durable=False)
    assert load_demo(store, OTHER_CENTRES[code]).loaded
    assert store.settings().centre_name == OTHER_CENTRES[code].settings["centre_name"]
    for table in store.tables():
        assert set(table.missing_sectors()) == MISSING_SECTORS.get(table.name, set()), table.name
        assert table.size_warning() is None and len(table.with_role(Role.CHAIR)) == 1


def test_every_table_has_every_sector_except_where_the_source_had_none(demo):
    for table in demo.tables():
        assert set(table.missing_sectors()) == MISSING_SECTORS.get(table.name, set()), table.name


def test_every_table_has_convener_chair_secretary_members_and_a_good_size(demo):
    for table in demo.tables():
        assert len(table.with_role(Role.CHAIR)) == 1, table.name
        assert table.with_role(Role.CONVENER), table.name
        assert table.with_role(Role.SECRETARY), table.name
        assert table.with_role(Role.MEMBER), table.name
        assert table.size_warning() is None, table.name


def test_every_table_has_goal_ground_rules_and_public_contact(demo):
    for table in demo.tables():
        assert table.goal and table.ground_rules and table.public_contact, table.name


def test_karttula_is_seated_as_in_the_source(demo):
    karttula = next(t for t in demo.tables() if t.name == "Karttulan ikäihmisten palvelut")
    chair = karttula.with_role(Role.CHAIR)[0]
    assert chair.title == "kaupunginvaltuuston varapuheenjohtaja"
    seated = " ".join(f"{p.organisation} {p.title}" for p in karttula.participants).casefold()
    for who in (
        "asukastuvan työntekijä",
        "kotihoito",
        "kirjasto",
        "pitäjäraadin puheenjohtaja",
        "diakoni",
        "viadia",
        "eläkeliiton",
        "kylätoiminta",
        "yrittäjäkerho",
        "taksi",
    ):
        assert who in seated, who


def test_mantyharju_works_in_sub_groups_a_and_b(tmp_path):
    store = Store.open(tmp_path / "data", clock=FixedClock(NOW), durable=False)
    load_demo(store, OTHER_CENTRES["MAN"])
    [mantyharju] = store.tables()
    assert [g.name for g in mantyharju.subgroups] == ["Alatyöryhmä A", "Alatyöryhmä B"]
    for group in mantyharju.subgroups:
        assert group.member_ids and all(mantyharju.participant(i) for i in group.member_ids)


def test_every_idea_state_occurs(demo):
    ideas = demo.all_ideas()
    assert {idea.state for idea in ideas} == set(IdeaState)


def test_declined_and_merged_ideas_say_why_and_where(demo):
    by_id = {idea.id: idea for idea in demo.all_ideas()}
    for idea in by_id.values():
        if idea.state == IdeaState.DECLINED:
            assert idea.public_answer, idea.reference
        if idea.state == IdeaState.MERGED:
            assert by_id[idea.merged_into].reference == idea.public_answer


def test_some_ideas_have_contact_details_but_public_lists_never_show_unchecked_ideas(demo):
    contacts = [reveal_contact(demo, idea) for idea in demo.all_ideas()]
    assert any(c and c.contact for c in contacts)
    assert any(c and c.name and not c.contact for c in contacts)
    assert all(idea.is_public for idea in published_ideas(demo))


def test_you_said_we_did_links_ideas_and_actions(demo):
    done_with_action = [idea for idea in demo.all_ideas() if idea.state == IdeaState.DONE and idea.action_ids]
    assert len(done_with_action) >= 4
    for idea in done_with_action:
        actions = [demo.action(a) for a in idea.action_ids]
        assert any(a.status == ActionStatus.DONE and a.result for a in actions), idea.reference
    assert any(linked for entry in table_results(demo) for linked in entry.read(demo).ideas_by_action.values())


def test_upcoming_meetings_lie_ahead_at_whole_hours_with_fitting_agendas(demo):
    upcoming = upcoming_meetings(demo)
    assert len({u.table.id for u in upcoming}) == 2 and {u.table.area for u in upcoming} == {"Karttula"}
    for entry in upcoming:
        start = entry.meeting.start.astimezone(HELSINKI)
        assert start > NOW and (start.hour, start.minute) in {(13, 0), (17, 0)}
        assert entry.meeting.agenda and entry.contact
        assert not entry.meeting.held


def test_every_meeting_is_at_most_90_minutes_on_a_weekday_with_a_fitting_agenda(demo):
    for meeting in every_meeting(demo):
        assert meeting.duration_minutes <= MAX_MEETING_MINUTES
        assert meeting.planned_minutes() <= meeting.duration_minutes
        assert meeting.start.astimezone(HELSINKI).weekday() <= 3  # Monday to Thursday


def test_past_meetings_are_held_with_minutes_for_every_item_and_attendance(demo):
    past = every_past_meeting(demo)
    assert len(past) >= 9
    for meeting in past:
        assert meeting.held and meeting.minutes and meeting.attendee_ids
        assert all(item.notes for item in meeting.agenda), meeting.title


def test_actions_have_responsible_and_due_date_and_are_in_every_stage(demo):
    actions = every_action(demo)
    for action in actions:
        assert action.responsible and action.due and action.meeting_id
        if action.status == ActionStatus.DONE:
            assert action.result and action.completed <= NOW
    statuses = {a.status for a in actions}
    assert {ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE} <= statuses


def test_closed_tables_have_evaluation_results_and_no_open_actions(demo):
    closed = [t for t in demo.tables() if t.status == TableStatus.CLOSED]
    assert [t.name for t in closed] == ["Karttulan kylätalot yhteiseen käyttöön"]
    for table in closed:
        assert table.evaluation and table.results and table.closed <= NOW
        assert not [a for a in demo.actions(table.id) if a.is_open]


def test_a_past_workshop_with_the_themes_that_came_out_of_it_and_the_tables_it_led_to(demo):
    past, _ahead = demo.workshops()
    assert past.start < NOW and not past.is_open and not past.themes
    assert "Ikäihmisten palvelut ja toiminta" in past.outcome_themes
    led_to = [demo.table(i) for i in past.table_ids]
    assert "Karttulan ikäihmisten palvelut" in [t.name for t in led_to]
    assert {t.theme for t in led_to} <= set(past.outcome_themes)
    assert sum(idea.workshop_id == past.id for idea in demo.all_ideas()) >= 3


def test_an_open_workshop_ahead_without_themes_beforehand_collects_ideas(demo):
    _past, ahead = demo.workshops()
    assert ahead.start > NOW and ahead.is_open and not ahead.themes and not ahead.outcome_themes
    assert ahead.description and ahead.place == "Karttulan asukastupa"
    assert sum(idea.workshop_id == ahead.id for idea in demo.all_ideas()) >= 3


def test_settings_name_the_centre(demo):
    settings = demo.settings()
    assert settings.centre_name == "Karttulan asukastupa"
    assert settings.centre_contact and settings.poster_url.startswith("https://")


def test_history_lies_in_the_past_on_working_days(demo):
    moments = [e.at for y in (2024, 2025, 2026) for e in demo.audit_entries(y)]
    moments += [event.at for idea in demo.all_ideas() for event in idea.history]
    moments += [t.created for t in demo.tables()]
    assert moments and all(m <= NOW and m.astimezone(HELSINKI).weekday() <= 4 for m in moments)


def test_idea_numbers_follow_the_order_they_came_in(demo):
    ideas = sorted(demo.all_ideas(), key=lambda i: i.number)
    assert [i.created for i in ideas] == sorted(i.created for i in ideas)


def test_second_load_changes_nothing(demo):
    before = (len(demo.tables()), len(every_meeting(demo)), len(demo.all_ideas()), len(demo.audit_entries(2026)))
    summary = load_demo(demo)
    assert not summary.loaded and summary.reason
    after = (len(demo.tables()), len(every_meeting(demo)), len(demo.all_ideas()), len(demo.audit_entries(2026)))
    assert after == before


def test_a_folder_with_a_residents_idea_is_left_alone(tmp_path):
    store = Store.open(tmp_path / "data", clock=FixedClock(NOW))
    submit_idea(store, "Penkki bussipysäkille")
    assert not load_demo(store).loaded
    assert store.tables() == [] and len(store.all_ideas()) == 1


def _fingerprint(store: Store) -> tuple:
    """What two demo loads at the same moment must share: everything but the ids."""
    return (
        [(t.name, t.status, [p.name for p in t.participants]) for t in store.tables()],
        [(m.start, m.title, [i.title for i in m.agenda]) for m in every_meeting(store)],
        [(i.number, i.text, i.state, [e.at for e in i.history]) for i in store.all_ideas()],
        [(a.what, a.status, a.due) for a in every_action(store)],
    )


def test_loading_is_deterministic_for_a_fixed_clock(tmp_path):
    first = Store.open(tmp_path / "one", clock=FixedClock(NOW))
    second = Store.open(tmp_path / "two", clock=FixedClock(NOW))
    load_demo(first)
    load_demo(second)
    assert _fingerprint(first) == _fingerprint(second)
    assert {t.id for t in first.tables()}.isdisjoint(t.id for t in second.tables())


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 23, 8, 0),  # a Monday before the centre opens
        datetime(2026, 11, 29, 23, 30),  # a Sunday night
        datetime(2027, 3, 28, 12, 0),  # the day summer time starts
        datetime(2027, 1, 1, 0, 5),  # just after New Year
    ],
)
def test_loads_at_any_moment(tmp_path, moment):
    now = moment.replace(tzinfo=HELSINKI)
    store = Store.open(tmp_path / "data", clock=FixedClock(now))
    summary = load_demo(store)
    assert {IdeaState(s) for s in summary.ideas_by_state} == set(IdeaState)
    assert summary.upcoming_meetings == 3
    assert all(e.at <= now for i in store.all_ideas() for e in i.history)


def test_content_keys_are_unique():
    centres = [KARTTULA_CENTRE, *OTHER_CENTRES.values()]
    keys = [t.key for c in centres for t in c.tables]
    assert len(keys) == len(set(keys))
    for centre in centres:
        ideas = [i.key for i in centre.ideas]
        assert len(ideas) == len(set(ideas)), centre.code
    for table in (*TABLES, *(t for c in OTHER_CENTRES.values() for t in c.tables)):
        people = [p.key for p in table.people]
        assert len(people) == len(set(people)), table.key


def test_loading_the_demo_makes_at_most_twenty_fsyncs(tmp_path):
    """Two years of a centre's life are saved in one transaction: a handful of durable writes."""
    import subprocess
    import sys

    code = (
        "import os, sys\n"
        "from kiosk.core.clock import FixedClock, HELSINKI\n"
        "from datetime import datetime\n"
        "calls = []\n"
        "real = os.fsync\n"
        "os.fsync = lambda fd: (calls.append(fd), real(fd))[1]\n"
        "from kiosk.core.demo import load_demo\n"
        "from kiosk.core.store import Store\n"
        "store = Store.open(sys.argv[1], clock=FixedClock(datetime(2026, 11, 27, 10, tzinfo=HELSINKI)))\n"
        "assert load_demo(store).loaded\n"
        "print(len(calls))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert 0 < int(done.stdout) <= 20, done.stdout


def test_a_moved_meeting_approved_minutes_and_closed_past_meetings(demo):
    from kiosk.core.model import MeetingState

    now = demo.now()
    states = {m.id: m.state(now) for m in every_meeting(demo)}
    moved = [m for m in every_meeting(demo) if states[m.id] == MeetingState.MOVED]
    assert len(moved) == 1 and moved[0].moved_from < moved[0].start
    past = every_past_meeting(demo)
    assert all(m.closed is not None and m.started is not None for m in past)
    approved = [m for m in past if m.minutes_approved_in]
    assert len(approved) >= 5
    for meeting in approved:
        approver = demo.meeting(meeting.minutes_approved_in)
        assert approver.approval_item().approves_id == meeting.id and approver.start > meeting.start


def test_actions_for_a_sub_group_and_an_outside_party_with_milestones(demo):
    from kiosk.core.model import ResponsibleKind

    actions = every_action(demo)
    kinds = {a.responsible_kind for a in actions}
    assert {ResponsibleKind.PARTICIPANT, ResponsibleKind.SUBGROUP, ResponsibleKind.OUTSIDE} <= kinds
    group = next(a for a in actions if a.responsible_kind == ResponsibleKind.SUBGROUP)
    table = demo.table(group.table_id)
    assert group.responsible_id in {g.id for g in table.subgroups}
    with_steps = [a for a in actions if a.milestones]
    assert len(with_steps) >= 2
    for action in with_steps:
        assert any(m.reached for m in action.milestones) and any(not m.reached for m in action.milestones)
        assert all(m.day <= NOW.date() for m in action.milestones if m.reached)
