"""Demo data for an empty data folder: one resident centre's own tables, workshops, meetings and ideas.

``load_demo`` replays two years of a resident centre's life through the public services
(announce a workshop, submit, publish, record the workshop's themes, link it to the table
it led to, forward, minutes, actions, close...), so the demo exercises the real paths and
its audit trail reads naturally. Each step runs on a ``Store`` whose clock stands at that
step's moment, computed from ``store.now()``: a fixed clock gives fixed data (apart from
the random ids). No step lies after ``store.now()``; upcoming meetings and the coming
workshop are scheduled ahead of it, as staff would.

The kiosk's own demo is Karttulan asukastupa's (``KARTTULA_CENTRE``); other centres'
data (``kiosk.core.demo_centres.OTHER_CENTRES``) loads only when asked for by name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from kiosk.core import actions, ideas, meetings, tables, workshops
from kiosk.core.clock import FixedClock, local
from kiosk.core.demo_content import (
    GENERAL_MINUTES,
    KARTTULA_CENTRE,
    REVIEW_NOTES,
    Answer,
    CentreSpec,
    Complete,
    Decline,
    Forward,
    IdeaSpec,
    Meet,
    Merge,
    Publish,
    TableSpec,
    WorkshopSpec,
)
from kiosk.core.model import ActionStatus, AgendaItem, AgendaKind, Milestone, Participant, SubGroup, Table, TableStatus
from kiosk.core.settings import Settings
from kiosk.core.store import SETTINGS as SETTINGS_COLLECTION
from kiosk.core.store import Store

ACTOR = "demo"
"""Who the audit trail says made the demo's changes."""


@dataclass(frozen=True)
class DemoSummary:
    """What ``load_demo`` did: whether it loaded anything, and how much of each kind."""

    loaded: bool
    tables: int = 0
    closed_tables: int = 0
    meetings: int = 0
    upcoming_meetings: int = 0
    actions: int = 0
    ideas: int = 0
    workshops: int = 0
    ideas_by_state: dict[str, int] = field(default_factory=dict)
    reason: str = ""
    """Why nothing was loaded (in English, for logs), when ``loaded`` is False."""


@dataclass
class _Ids:
    """Ids of what earlier steps created, by the content's keys."""

    tables: dict[str, str] = field(default_factory=dict)
    people: dict[str, dict[str, str]] = field(default_factory=dict)
    meetings: dict[str, str] = field(default_factory=dict)
    items: dict[str, dict[str, str]] = field(default_factory=dict)
    actions: dict[tuple[str, int], str] = field(default_factory=dict)
    milestones: dict[tuple[str, int, int], str] = field(default_factory=dict)
    ideas: dict[str, str] = field(default_factory=dict)
    workshops: dict[str, str] = field(default_factory=dict)


Step = Callable[[Store, _Ids], object]
"""One service call, made on a store whose clock stands at the step's moment."""


class _Timeline:
    """Steps at moments relative to the store's clock, run in time order."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.now = local(store.now())
        # Offsets count from this week's Friday so that the content's weekdays hold on any day.
        self.friday = self.now + timedelta(days=4 - self.now.weekday())
        self.steps: list[tuple[datetime, int, Step]] = []

    def moment(self, day: int, hour: int, minute: int = 0) -> datetime:
        """Helsinki wall-clock time ``day`` days from this week's Friday at ``hour:minute``."""
        return (self.friday + timedelta(days=day)).replace(hour=hour, minute=minute, second=0, microsecond=0)

    def at(self, day: int, hour: int, minute: int, step: Step) -> None:
        """Add a step, moved back to now if it would fall in the future."""
        self.steps.append((min(self.moment(day, hour, minute), self.now), len(self.steps), step))

    def run(self) -> None:
        """Run every step in time order, each with the clock at its own moment."""
        ids = _Ids()
        for when, _order, step in sorted(self.steps, key=lambda s: (s[0], s[1])):
            step(Store(folder=self.store.folder, clock=FixedClock(when)), ids)


def _is_empty(store: Store) -> bool:
    """Whether the folder has no tables, meetings, actions, workshops or ideas."""
    return not (
        store.tables()
        or store.meetings()
        or store.actions()
        or store.workshops()
        or store.open_ideas()
        or store.idea_archives()
    )


def load_demo(store: Store, centre: CentreSpec = KARTTULA_CENTRE) -> DemoSummary:
    """Fill an empty data folder with a centre's demo (by default the kiosk's own, Karttula's).

    A folder with any data is left untouched.
    """
    if not _is_empty(store):
        return DemoSummary(loaded=False, reason="The data folder already has data.")
    timeline = _Timeline(store)
    started = {spec.key: spec.started for spec in centre.tables}
    for workshop in centre.workshops:
        _plan_workshop(timeline, workshop, started)
    for spec in centre.tables:
        _plan_table(timeline, spec)
    for idea in centre.ideas:
        _plan_idea(timeline, idea)
    # Two years of a centre's life saved in one transaction: a handful of file writes, not thousands.
    with store.transaction():
        timeline.run()
        _put_settings(store, centre.settings)
    return summarise(store)


def summarise(store: Store) -> DemoSummary:
    """Count what the folder holds, as a loaded demo's summary."""
    all_tables = store.tables()
    all_ideas = store.all_ideas()
    return DemoSummary(
        loaded=True,
        tables=len(all_tables),
        closed_tables=sum(t.status == TableStatus.CLOSED for t in all_tables),
        meetings=sum(len(store.meetings(t.id)) for t in all_tables),
        upcoming_meetings=len(store.upcoming_meetings()),
        actions=sum(len(store.actions(t.id)) for t in all_tables),
        ideas=len(all_ideas),
        workshops=len(store.workshops()),
        ideas_by_state={state.value: n for state, n in Counter(i.state for i in all_ideas).items()},
    )


def _put_settings(store: Store, values: dict[str, Any]) -> None:
    """Name the demo centre, unless staff have already saved settings of their own."""
    settings = Settings(**values)
    settings.validate()
    with store.transaction() as tx:
        if tx.get(SETTINGS_COLLECTION, Settings.RECORD_ID) is None:
            tx.put(SETTINGS_COLLECTION, settings.to_dict())


def _plan_workshop(timeline: _Timeline, spec: WorkshopSpec, started: dict[str, int]) -> None:
    """Add a workshop's steps: announced, its themes recorded afterwards, linked to its tables, closed."""
    start = timeline.moment(spec.day, spec.hour)

    def announce(store: Store, ids: _Ids) -> None:
        workshop = workshops.create_workshop(
            store, spec.title, start, spec.place, spec.themes, description=spec.description, actor=ACTOR
        )
        ids.workshops[spec.key] = workshop.id

    timeline.at(spec.announced, 9, 0, announce)
    if spec.outcome_day is not None:
        timeline.at(
            spec.outcome_day,
            11,
            0,
            lambda store, ids: workshops.record_outcome_themes(
                store, ids.workshops[spec.key], spec.outcome, actor=ACTOR
            ),
        )
    for table in spec.led_to:
        day = max(started[table], spec.outcome_day if spec.outcome_day is not None else spec.day)
        timeline.at(day, 9, 45, _link(spec.key, table))
    if spec.closed is not None:
        timeline.at(
            spec.closed,
            12,
            0,
            lambda store, ids: workshops.set_workshop_open(store, ids.workshops[spec.key], False, actor=ACTOR),
        )


def _link(workshop: str, table: str) -> Step:
    """The step that records that a workshop led to a table."""

    def step(store: Store, ids: _Ids) -> None:
        workshops.link_table(store, ids.workshops[workshop], ids.tables[table], actor=ACTOR)

    return step


# Tables, meetings and actions ----------------------------------------------------


def _build_table(spec: TableSpec) -> tuple[Table, dict[str, str]]:
    """The table record of a spec, and its participants' ids by key."""
    people = {
        p.key: Participant(name=p.name, organisation=p.organisation, sector=p.sector, role=p.role, title=p.title)
        for p in spec.people
    }
    groups = [
        SubGroup(
            name=g.name, task=g.task, member_ids=[people[k].id for k in g.members], outside_members=list(g.outside)
        )
        for g in spec.groups
    ]
    table = Table(
        name=spec.name,
        theme=spec.theme,
        area=spec.area,
        kind=spec.kind,
        goal=spec.goal,
        ground_rules=list(spec.rules),
        participants=list(people.values()),
        subgroups=groups,
        public_contact=spec.contact,
        info_url=spec.info_url,
    )
    return table, {key: p.id for key, p in people.items()}


def _plan_table(timeline: _Timeline, spec: TableSpec) -> None:
    """Add the steps of one table's life: founding, meetings, actions and closing."""

    def found(store: Store, ids: _Ids) -> None:
        table, people = _build_table(spec)
        ids.tables[spec.key] = tables.save_table(store, table, actor=ACTOR).id
        ids.people[spec.key] = people

    timeline.at(spec.started, 9, 0, found)
    for meet in spec.meetings:
        _plan_meeting(timeline, spec, meet)
    if spec.closed is not None:
        timeline.at(
            spec.closed,
            12,
            0,
            lambda store, ids: tables.close_table(
                store, ids.tables[spec.key], spec.evaluation, list(spec.results), actor=ACTOR
            ),
        )


def _plan_meeting(timeline: _Timeline, spec: TableSpec, meet: Meet) -> None:
    """Add a meeting's steps: scheduled three weeks ahead (and moved, if it was), its agenda;
    a held one is started, approves the previous minutes, is closed, and gets its minutes and actions."""
    key = f"{spec.key}/{meet.key}"
    start = timeline.moment(meet.day, meet.hour)
    announced = meet.day if meet.moved_from is None else meet.moved_from
    past = meet.day < 0
    scheduled = max(announced - 21, spec.started) if past else -10
    agenda_day = max(announced - 14, spec.started) if past else -9

    def schedule(store: Store, ids: _Ids) -> None:
        first = timeline.moment(announced, meet.hour)
        meeting = tables.schedule_meeting(store, ids.tables[spec.key], first, meet.place, title=meet.title, actor=ACTOR)
        ids.meetings[key] = meeting.id
        ids.items[key] = {}

    def add_items(store: Store, ids: _Ids) -> None:
        for item in meet.items:
            agenda_item = AgendaItem(title=item.title, background=item.background, minutes_planned=item.minutes)
            tables.add_agenda_item(store, ids.meetings[key], agenda_item, actor=ACTOR)
            ids.items[key][item.key] = agenda_item.id

    timeline.at(scheduled, 9, 30, schedule)
    timeline.at(agenda_day, 10, 0, add_items)
    if meet.moved_from is not None and meet.moved_on is not None:
        timeline.at(
            meet.moved_on,
            10,
            45,
            lambda store, ids: meetings.move_meeting(store, ids.meetings[key], start, meet.place, actor=ACTOR),
        )
    if past:
        timeline.at(
            meet.day, meet.hour, 0, lambda store, ids: meetings.start_meeting(store, ids.meetings[key], actor=ACTOR)
        )
        timeline.at(
            meet.day,
            meet.hour + 1,
            30,
            lambda store, ids: meetings.close_meeting(store, ids.meetings[key], actor=ACTOR),
        )
        timeline.at(meet.day + 1, 10, 0, _write_minutes(spec, meet, key))
        for index in range(len(meet.acts)):
            _plan_action(timeline, spec, meet, key, index)


APPROVAL_NOTES = "Edellisen tapaamisen muistio hyväksyttiin sellaisenaan."
"""What the demo's minutes say on the automatic approval item."""


def _write_minutes(spec: TableSpec, meet: Meet, key: str) -> Step:
    """The step that writes a held meeting's minutes: notes per item and who came."""

    def step(store: Store, ids: _Ids) -> None:
        meeting = store.meeting(ids.meetings[key])
        assert meeting is not None, key  # scheduled by an earlier step
        by_key = ids.items[key]
        notes = {by_key[item.key]: item.notes for item in meet.items if item.notes}
        for agenda_item in meeting.agenda:
            if agenda_item.kind == AgendaKind.APPROVAL:
                notes[agenda_item.id] = APPROVAL_NOTES
            elif agenda_item.id not in by_key.values() and agenda_item.action_ids:
                notes[agenda_item.id] = REVIEW_NOTES
        if meeting.approval_item() is not None:
            meetings.approve_minutes(store, meeting.id, actor=ACTOR)
        people = ids.people[spec.key]
        attendees = [pid for pkey, pid in people.items() if pkey not in meet.absent]
        tables.record_minutes(
            store,
            meeting.id,
            item_notes=notes,
            attendee_ids=attendees,
            general=meet.minutes or GENERAL_MINUTES,
            actor=ACTOR,
        )

    return step


def _plan_action(timeline: _Timeline, spec: TableSpec, meet: Meet, key: str, index: int) -> None:
    """Add the steps of one agreed action: recorded after the meeting, then moved on."""
    act = meet.acts[index]
    due = timeline.moment(meet.day + act.due_in, 12).date()

    def agree(store: Store, ids: _Ids) -> None:
        person = ids.people[spec.key].get(act.responsible, "")
        action = tables.add_action(
            store,
            ids.meetings[key],
            act.what,
            "" if person else act.responsible,
            due,
            responsible_id=person,
            agenda_item_id=ids.items[key][act.item],
            actor=ACTOR,
        )
        ids.actions[(key, index)] = action.id

    timeline.at(meet.day + 1, 10, 30, agree)
    for number, milestone in enumerate(act.milestones):
        _plan_milestone(timeline, key, index, number, meet.day + 1, milestone)
    for day, status, result in act.steps:
        timeline.at(day, 12, 0, _move_action(key, index, status, result))


def _move_action(key: str, index: int, status: ActionStatus, result: str) -> Step:
    """The step that moves an agreed action on (under way, done with its result)."""

    def step(store: Store, ids: _Ids) -> None:
        tables.set_action_status(store, ids.actions[(key, index)], status, result, actor=ACTOR)

    return step


def _plan_milestone(
    timeline: _Timeline, key: str, index: int, number: int, agreed: int, spec: tuple[int, str, bool]
) -> None:
    """Add a milestone's steps: planned when its action is agreed, ticked as reached on its day (if it was)."""
    day, label, reached = spec
    when = timeline.moment(day, 12).date()

    def plan(store: Store, ids: _Ids) -> None:
        milestone = Milestone(label=label, day=when)
        ids.milestones[(key, index, number)] = milestone.id
        actions.save_milestone(store, ids.actions[(key, index)], milestone, actor=ACTOR)

    def reach(store: Store, ids: _Ids) -> None:
        milestone = Milestone(label=label, day=when, reached=True, id=ids.milestones[(key, index, number)])
        actions.save_milestone(store, ids.actions[(key, index)], milestone, actor=ACTOR)

    timeline.at(agreed, 10, 35, plan)
    if reached:
        timeline.at(day, 12, 5, reach)


# Ideas ------------------------------------------------------------------------------


def _plan_idea(timeline: _Timeline, spec: IdeaSpec) -> None:
    """Add the steps of one idea: submitted by a resident, then handled by staff and tables."""

    def submit(store: Store, ids: _Ids) -> None:
        idea = ideas.submit_idea(
            store,
            spec.text,
            theme=spec.theme,
            name=spec.name,
            contact=spec.contact,
            source=spec.source,
            workshop_id=ids.workshops[spec.workshop] if spec.workshop else "",
        )
        ids.ideas[spec.key] = idea.id

    timeline.at(spec.day, spec.hour, 0, submit)
    for step in spec.steps:
        hour, minute = _STEP_TIMES[type(step)]
        timeline.at(step.day, hour, minute, _idea_step(spec.key, step))


_STEP_TIMES: dict[type, tuple[int, int]] = {
    Publish: (9, 15),
    Merge: (9, 20),
    Forward: (10, 15),
    Answer: (10, 30),
    Decline: (11, 0),
    Complete: (14, 0),
}
"""The time of day staff take each kind of step (after the day's agenda work at 10.00)."""


def _idea_step(key: str, step: object) -> Step:
    """The service call for one step of an idea's life."""

    def run(store: Store, ids: _Ids) -> None:
        idea_id = ids.ideas[key]
        match step:
            case Publish():
                ideas.publish_idea(store, idea_id, actor=ACTOR)
            case Forward(meeting=meeting, item=item, minutes=minutes):
                item_id = ids.items[meeting][item] if item else ""
                idea = store.idea(idea_id)
                question = ideas.suggested_question(idea, "fi") if idea and not item else ""
                ideas.forward_idea_to_agenda(
                    store,
                    idea_id,
                    ids.meetings[meeting],
                    question=question,
                    minutes=minutes,
                    agenda_item_id=item_id,
                    actor=ACTOR,
                )
            case Answer(text=text):
                ideas.answer_idea(store, idea_id, text, actor=ACTOR)
            case Decline(reason=reason):
                ideas.decline_idea(store, idea_id, reason, actor=ACTOR)
            case Merge(into=into):
                ideas.merge_ideas(store, idea_id, ids.ideas[into], actor=ACTOR)
            case Complete(answer=answer):
                ideas.complete_idea(store, idea_id, answer, actor=ACTOR)
            case _:
                raise TypeError(f"unknown idea step {step!r}")

    return run
