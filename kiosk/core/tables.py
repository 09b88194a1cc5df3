"""Running a table: the table itself, its meetings and agendas, minutes and agreed actions."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.i18n import N_
from kiosk.core.ideas import link_action, mark_discussed
from kiosk.core.meeting_order import (
    LIFE_FIELDS,
    REVIEW_ITEM_TITLE,
    add_approval_item,
    next_meeting,
    previous_meeting,
    refuse_past,
)
from kiosk.core.model import (
    Action,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Meeting,
    Participant,
    Record,
    ResponsibleKind,
    SubGroup,
    Table,
    TableStatus,
)
from kiosk.core.store import ACTIONS, MEETINGS, TABLES, Q, Store, Transaction, record_audit
from kiosk.core.text import clean_text

R = TypeVar("R", bound=Record)


def _load(tx: Transaction, collection: str, record_id: str, cls: type[R], missing: str) -> R:
    """A record of a class inside a transaction, or NotFound with the given message."""
    data = tx.get(collection, record_id)
    if data is None:
        raise NotFound(missing)
    return cls.from_dict(data)


def load_table(tx: Transaction, table_id: str) -> Table:
    """A table inside a transaction."""
    return _load(tx, TABLES, table_id, Table, N_("No such table."))


def load_meeting(tx: Transaction, meeting_id: str) -> Meeting:
    """A meeting of a working table inside a transaction (a closed table's meetings no longer change)."""
    if tx.get(MEETINGS, meeting_id) is None and tx.store.meeting(meeting_id) is not None:
        raise ValidationError(N_("The table is closed; its meetings no longer change."))
    return _load(tx, MEETINGS, meeting_id, Meeting, N_("No such meeting."))


def load_action(tx: Transaction, action_id: str) -> Action:
    """An action inside a transaction."""
    return _load(tx, ACTIONS, action_id, Action, N_("No such action."))


def _clean_fields(record: Any, multiline: tuple[str, ...] = ()) -> None:
    """Clean every string field, and every list of strings, of a record as typed text."""
    for name, value in vars(record).items():
        if isinstance(value, Enum) or name == "id" or name.endswith(("_id", "_ids")):
            continue
        if isinstance(value, str):
            setattr(record, name, clean_text(value, multiline=name in multiline))
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            setattr(record, name, [text for text in (clean_text(item) for item in value) if text])


def save_table(store: Store, table: Table, *, actor: str = "staff") -> Table:
    """Create or update a table after validating it."""
    _clean_fields(table, multiline=("goal", "evaluation"))
    table.ground_rules = [clean_text(r) for r in table.ground_rules if clean_text(r)]
    table.results = [clean_text(r) for r in table.results if clean_text(r)]
    for participant in table.participants:
        _clean_fields(participant)
    for group in table.subgroups:
        _clean_fields(group, multiline=("task",))
    if table.created is None:
        table.created = store.now()
    table.validate()
    with store.transaction() as tx:
        tx.put(TABLES, table.to_dict())
        record_audit(tx, store.now(), actor, "save table", table=table.name)
    return table


def add_participant(store: Store, table_id: str, participant: Participant, *, actor: str = "staff") -> Table:
    """Add a participant to a table."""
    _clean_fields(participant)
    participant.validate()
    with store.transaction() as tx:
        table = load_table(tx, table_id)
        table.participants.append(participant)
        tx.put(TABLES, table.to_dict())
        record_audit(tx, store.now(), actor, "add participant", table=table.name, who=participant.display)
    return table


def remove_participant(store: Store, table_id: str, participant_id: str, *, actor: str = "staff") -> Table:
    """Take a participant off a table and out of its sub-groups."""
    with store.transaction() as tx:
        table = load_table(tx, table_id)
        table.participants = [p for p in table.participants if p.id != participant_id]
        for group in table.subgroups:
            group.member_ids = [m for m in group.member_ids if m != participant_id]
        tx.put(TABLES, table.to_dict())
        record_audit(tx, store.now(), actor, "remove participant", table=table.name)
    return table


def update_participant(store: Store, table_id: str, participant: Participant, *, actor: str = "staff") -> Table:
    """Change a participant's name, organisation, sector, role, title or contact, keeping their id."""
    _clean_fields(participant)
    participant.validate()
    with store.transaction() as tx:
        table = load_table(tx, table_id)
        index = next((i for i, p in enumerate(table.participants) if p.id == participant.id), None)
        if index is None:
            raise NotFound(N_("No such participant."))
        table.participants[index] = participant
        tx.put(TABLES, table.to_dict())
        record_audit(tx, store.now(), actor, "update participant", table=table.name, who=participant.display)
    return table


def add_subgroup(store: Store, table_id: str, group: SubGroup, *, actor: str = "staff") -> Table:
    """Set up a sub-working group at a table."""
    _clean_fields(group, multiline=("task",))
    group.validate()
    with store.transaction() as tx:
        table = load_table(tx, table_id)
        table.subgroups.append(group)
        tx.put(TABLES, table.to_dict())
        record_audit(tx, store.now(), actor, "add sub-group", table=table.name, group=group.name)
    return table


def update_subgroup(store: Store, table_id: str, group: SubGroup, *, actor: str = "staff") -> Table:
    """Change a sub-working group's name, task or members, keeping its id.

    Members no longer at the table (removed meanwhile) are dropped rather than kept as dangling ids.
    """
    _clean_fields(group, multiline=("task",))
    group.outside_members = [clean_text(m) for m in group.outside_members if clean_text(m)]
    group.validate()
    with store.transaction() as tx:
        table = load_table(tx, table_id)
        index = next((i for i, g in enumerate(table.subgroups) if g.id == group.id), None)
        if index is None:
            raise NotFound(N_("No such sub-group."))
        group.member_ids = [m for m in dict.fromkeys(group.member_ids) if table.participant(m) is not None]
        table.subgroups[index] = group
        tx.put(TABLES, table.to_dict())
        record_audit(tx, store.now(), actor, "update sub-group", table=table.name, group=group.name)
    return table


def close_table(store: Store, table_id: str, evaluation: str, results: list[str], *, actor: str = "staff") -> Table:
    """Close a table with its joint evaluation and the results it achieved."""
    evaluation = clean_text(evaluation, multiline=True)
    if not evaluation:
        raise ValidationError(N_("Please write the table's evaluation before closing it."))
    with store.transaction() as tx:
        table = load_table(tx, table_id)
        table.status = TableStatus.CLOSED
        table.evaluation = evaluation
        table.results = [clean_text(r) for r in results if clean_text(r)] or table.results
        table.closed = store.now()
        table.validate()
        tx.put(TABLES, table.to_dict())
        record_audit(tx, store.now(), actor, "close table", table=table.name)
    return table


def open_actions_for_review(tx: Transaction, table_id: str) -> list[Action]:
    """A table's actions that are not yet done, to review at its next meeting."""
    found = tx.table(ACTIONS).search((Q.table_id == table_id) & Q.status.one_of(["open", "in_progress"]))
    return [Action.from_dict(document) for document in found]


def schedule_meeting(
    store: Store,
    table_id: str,
    start: datetime,
    place: str,
    *,
    duration_minutes: int = 90,
    title: str = "",
    allow_past: bool = False,
    actor: str = "staff",
) -> Meeting:
    """Schedule a meeting (in the past only if ``allow_past``: ``PastMeeting`` asks first).

    The agenda starts with the approval of the previous meeting's minutes, if they wait for it,
    and the review of the table's open actions.
    """
    meeting = Meeting(
        table_id=table_id,
        start=start,
        place=clean_text(place),
        duration_minutes=duration_minutes,
        title=clean_text(title),
    )
    meeting.validate()
    refuse_past(store, start, allow_past)
    with store.transaction() as tx:
        table = load_table(tx, table_id)
        if table.status == TableStatus.CLOSED:
            raise ValidationError(N_("The table is closed; it has no more meetings."))
        previous = previous_meeting(tx, meeting)
        if previous is not None and next_meeting(tx, previous) is None:
            add_approval_item(meeting, previous)
        open_actions = open_actions_for_review(tx, table_id)
        if open_actions:
            meeting.agenda.append(
                AgendaItem(
                    title=REVIEW_ITEM_TITLE,
                    kind=AgendaKind.REVIEW,
                    minutes_planned=min(15, duration_minutes - meeting.planned_minutes()),
                    action_ids=[a.id for a in open_actions],
                )
            )
        meeting.validate()
        tx.put(MEETINGS, meeting.to_dict())
        record_audit(tx, store.now(), actor, "schedule meeting", table=table.name, start=start.isoformat())
    return meeting


def update_meeting(store: Store, meeting: Meeting, *, actor: str = "staff") -> Meeting:
    """Save changes to a meeting's agenda, question or minutes after validating (its time: ``move_meeting``)."""
    _clean_fields(meeting, multiline=("minutes",))
    for item in meeting.agenda:
        _clean_fields(item, multiline=("background", "notes"))
    meeting.validate()
    with store.transaction() as tx:
        stored = load_meeting(tx, meeting.id)
        for name in LIFE_FIELDS:  # a screen's copy may be older than the meeting's last step
            setattr(meeting, name, getattr(stored, name))
        tx.put(MEETINGS, meeting.to_dict())
        record_audit(tx, store.now(), actor, "update meeting", meeting=meeting.id)
    return meeting


def add_agenda_item(store: Store, meeting_id: str, item: AgendaItem, *, actor: str = "staff") -> Meeting:
    """Add an open question to a meeting's agenda; it must fit the meeting's time."""
    _clean_fields(item, multiline=("background", "notes"))
    item.validate()
    with store.transaction() as tx:
        meeting = load_meeting(tx, meeting_id)
        meeting.agenda.append(item)
        meeting.validate()
        tx.put(MEETINGS, meeting.to_dict())
        record_audit(tx, store.now(), actor, "add agenda item", meeting=meeting_id, item=item.title)
    return meeting


def record_minutes(
    store: Store,
    meeting_id: str,
    *,
    item_notes: dict[str, str] | None = None,
    attendee_ids: list[str] | None = None,
    general: str | None = None,
    actor: str = "staff",
) -> Meeting:
    """Write the minutes: notes per agenda item, attendance and general notes.

    Ideas on an item with notes become 'discussed', with the notes as what the
    resident sees of the outcome.
    """
    now = store.now()
    with store.transaction() as tx:
        meeting = load_meeting(tx, meeting_id)
        if meeting.cancelled is not None:
            raise ValidationError(N_("The meeting was called off."))
        if now < meeting.start and meeting.started is None:
            raise ValidationError(N_("The meeting has not started yet; minutes are written at or after it."))
        if meeting.minutes_approved_in:
            raise ValidationError(N_("These minutes were approved at the next meeting; they no longer change."))
        for item in meeting.agenda:
            if item_notes and item.id in item_notes:
                item.notes = clean_text(item_notes[item.id], multiline=True)
                if item.notes:
                    for idea_id in item.idea_ids:
                        mark_discussed(tx, idea_id, item.notes, now)
        if attendee_ids is not None:
            meeting.attendee_ids = list(dict.fromkeys(attendee_ids))
            table = load_table(tx, meeting.table_id)
            meeting.absent_ids = [p.id for p in table.participants if p.id not in meeting.attendee_ids]
        if general is not None:
            meeting.minutes = clean_text(general, multiline=True)
        meeting.held = True
        meeting.validate()
        tx.put(MEETINGS, meeting.to_dict())
        following = next_meeting(tx, meeting)
        if following is not None and add_approval_item(following, meeting):
            tx.put(MEETINGS, following.to_dict())
        record_audit(tx, now, actor, "record minutes", meeting=meeting_id)
    return meeting


def responsible_party(
    table: Table, kind: ResponsibleKind | None, party_id: str, text: str
) -> tuple[ResponsibleKind, str, str]:
    """The kind, id and name of an action's responsible party, checked against the table."""
    text = clean_text(text)
    named = next((g for g in table.subgroups if g.name.casefold() == text.casefold()), None) if text else None
    if kind is None:
        kind = ResponsibleKind.PARTICIPANT if party_id else ResponsibleKind.OUTSIDE
        if named is not None and not party_id:
            kind, party_id = ResponsibleKind.SUBGROUP, named.id
    if kind == ResponsibleKind.PARTICIPANT:
        participant = table.participant(party_id)
        if participant is None:
            raise ValidationError(N_("Choose the participant who takes the action."))
        return kind, party_id, text or participant.organisation or participant.name
    if kind == ResponsibleKind.SUBGROUP:
        group = next((g for g in table.subgroups if g.id == party_id), None)
        if group is None:
            raise ValidationError(N_("Choose the sub-group that takes the action."))
        return kind, party_id, group.name
    if not text:
        raise ValidationError(N_("Write who outside the table takes the action."))
    return kind, "", text


def add_action(
    store: Store,
    meeting_id: str,
    what: str,
    responsible: str,
    due: date | None,
    *,
    responsible_id: str = "",
    responsible_kind: ResponsibleKind | None = None,
    agenda_item_id: str = "",
    actor: str = "staff",
) -> Action:
    """Record an agreed action from a meeting; ideas on its agenda item are linked to it.

    The responsible party is a participant or a sub-group of the table (by ``responsible_id``),
    or a party outside the table named in ``responsible``. Without ``responsible_kind`` an id
    names a participant, and a text that names one of the table's sub-groups links that group.
    """
    now = store.now()
    with store.transaction() as tx:
        meeting = load_meeting(tx, meeting_id)
        table = load_table(tx, meeting.table_id)
        if table.status == TableStatus.CLOSED:
            raise ValidationError(N_("The table is closed; it takes no more actions."))
        kind, responsible_id, responsible = responsible_party(table, responsible_kind, responsible_id, responsible)
        action = Action(
            table_id=meeting.table_id,
            meeting_id=meeting_id,
            what=clean_text(what, multiline=True),
            responsible=responsible,
            responsible_id=responsible_id,
            responsible_kind=kind,
            due=due,
            created=now,
        )
        item = next((i for i in meeting.agenda if i.id == agenda_item_id), None)
        if agenda_item_id and item is None:
            raise NotFound(N_("No such agenda item."))
        if item is not None:
            action.idea_ids = list(item.idea_ids)
        action.validate()
        tx.put(ACTIONS, action.to_dict())
        for idea_id in action.idea_ids:
            link_action(tx, idea_id, action.id)
        record_audit(tx, now, actor, "add action", table=table.name, what=action.what)
    return action


def set_action_status(
    store: Store, action_id: str, status: ActionStatus, result: str = "", *, actor: str = "staff"
) -> Action:
    """Move an action on (under way, done with its result, cancelled)."""
    now = store.now()
    with store.transaction() as tx:
        action = load_action(tx, action_id)
        action.status = status
        if result:
            action.result = clean_text(result, multiline=True)
        if status != ActionStatus.DONE:
            action.completed = None
        elif action.completed is None:
            action.completed = now
        action.validate()
        tx.put(ACTIONS, action.to_dict())
        record_audit(tx, now, actor, "action status", what=action.what, status=status.value)
    return action
