"""The domain model of partnership tables: tables, meetings, actions, workshops and ideas.

Records are plain dataclasses. Each has a stable UUID ``id`` (so data from several
kiosks can be merged later) and turns into a JSON-ready dict and back. Validation
refuses bad input with a translatable reason (``ValidationError``), never a traceback.
"""

from __future__ import annotations

import dataclasses
import re
import typing
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any, Self

import msgspec

from kiosk.core.clock import local
from kiosk.core.errors import ValidationError
from kiosk.core.i18n import N_

MAX_MEETING_MINUTES = 90
"""A meeting lasts at most an hour and a half (the model's rule)."""
IDEA_MAX_CHARS = 1000
"""The longest idea a resident can leave; shown as a visible limit on the form."""
NAME_MAX_CHARS = 120
"""The longest name, title or one-line field."""
LONG_TEXT_MAX_CHARS = 20000
"""The longest minutes, goal or evaluation text."""
RECOMMENDED_SIZE = (5, 15)
"""A table works best with 5 to 15 people at it."""


def new_id() -> str:
    """A fresh unique id for a record."""
    return str(uuid.uuid4())


class Sector(StrEnum):
    """Which part of society a participant comes from."""

    PUBLIC = "public"
    BUSINESS = "business"
    THIRD = "third_sector"
    RESIDENT = "resident"


SECTOR_LABELS = {
    Sector.PUBLIC: N_("Public sector"),
    Sector.BUSINESS: N_("Businesses"),
    Sector.THIRD: N_("Associations and parishes"),
    Sector.RESIDENT: N_("Residents and service users"),
}
"""What each sector is called on screen and paper."""


class Role(StrEnum):
    """A participant's role at the table."""

    CONVENER = "convener"
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"


ROLE_LABELS = {
    Role.CONVENER: N_("Convener"),
    Role.CHAIR: N_("Chair"),
    Role.SECRETARY: N_("Secretary"),
    Role.MEMBER: N_("Member"),
}
"""What each role is called on screen and paper."""


class TableKind(StrEnum):
    """Whether a table works on a theme, an area, or both."""

    THEMATIC = "thematic"
    REGIONAL = "regional"
    BOTH = "both"


TABLE_KIND_LABELS = {
    TableKind.THEMATIC: N_("Thematic"),
    TableKind.REGIONAL: N_("Regional"),
    TableKind.BOTH: N_("Thematic and regional"),
}
"""What each kind of table is called."""


class TableStatus(StrEnum):
    """Whether a table is still working."""

    ACTIVE = "active"
    CLOSED = "closed"


class ActionStatus(StrEnum):
    """How far an agreed action has come."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


ACTION_STATUS_LABELS = {
    ActionStatus.OPEN: N_("Agreed"),
    ActionStatus.IN_PROGRESS: N_("Under way"),
    ActionStatus.DONE: N_("Done"),
    ActionStatus.CANCELLED: N_("Cancelled"),
}
"""What each action status is called."""


class ResponsibleKind(StrEnum):
    """Who takes an agreed action: someone at the table, one of its sub-groups, or a party outside it."""

    PARTICIPANT = "participant"
    SUBGROUP = "subgroup"
    OUTSIDE = "outside"


RESPONSIBLE_KIND_LABELS = {
    ResponsibleKind.PARTICIPANT: N_("Participant"),
    ResponsibleKind.SUBGROUP: N_("Sub-group"),
    ResponsibleKind.OUTSIDE: N_("Outside party"),
}
"""What each kind of responsible party is called on the action form."""


class IdeaState(StrEnum):
    """Where a resident's idea is in its life cycle."""

    RECEIVED = "received"
    PUBLISHED = "published"
    ON_AGENDA = "on_agenda"
    DISCUSSED = "discussed"
    DONE = "done"
    DECLINED = "declined"
    MERGED = "merged"


IDEA_STATE_LABELS = {
    IdeaState.RECEIVED: N_("Received, waiting for staff to read it"),
    IdeaState.PUBLISHED: N_("Read by staff and shown on the kiosk"),
    IdeaState.ON_AGENDA: N_("On the agenda of a table's meeting"),
    IdeaState.DISCUSSED: N_("Discussed at a table"),
    IdeaState.DONE: N_("Done"),
    IdeaState.DECLINED: N_("Not taken forward"),
    IdeaState.MERGED: N_("Joined with a similar idea"),
}
"""What each idea state means, in plain words for the resident."""

IDEA_STATE_SHORT = {
    IdeaState.RECEIVED: N_("New"),
    IdeaState.PUBLISHED: N_("Published"),
    IdeaState.ON_AGENDA: N_("On agenda"),
    IdeaState.DISCUSSED: N_("Discussed"),
    IdeaState.DONE: N_("Done"),
    IdeaState.DECLINED: N_("Declined"),
    IdeaState.MERGED: N_("Merged"),
}
"""An idea's state in one word, for staff's lists (the staff area and the command line)."""

IDEA_TRANSITIONS: dict[IdeaState, frozenset[IdeaState]] = {
    IdeaState.RECEIVED: frozenset({IdeaState.PUBLISHED, IdeaState.ON_AGENDA, IdeaState.DECLINED, IdeaState.MERGED}),
    IdeaState.PUBLISHED: frozenset({IdeaState.ON_AGENDA, IdeaState.DONE, IdeaState.DECLINED, IdeaState.MERGED}),
    IdeaState.ON_AGENDA: frozenset(
        {IdeaState.PUBLISHED, IdeaState.DISCUSSED, IdeaState.DONE, IdeaState.DECLINED, IdeaState.MERGED}
    ),
    IdeaState.DISCUSSED: frozenset({IdeaState.ON_AGENDA, IdeaState.DONE, IdeaState.DECLINED, IdeaState.MERGED}),
    IdeaState.DONE: frozenset(),
    IdeaState.DECLINED: frozenset(),
    IdeaState.MERGED: frozenset(),
}
"""Which state an idea may move to from each state; the last three are final."""

CLOSED_IDEA_STATES = frozenset({IdeaState.DONE, IdeaState.DECLINED, IdeaState.MERGED})
"""States after which an idea is archived."""
PUBLISHING_STATES = frozenset({IdeaState.PUBLISHED, IdeaState.ON_AGENDA})
"""Steps by which staff make an idea's text public: publishing it or forwarding it."""


def _require_text(value: str, field_msg: str, max_chars: int = NAME_MAX_CHARS) -> None:
    """Refuse an empty or over-long text field."""
    if not value or not value.strip():
        raise ValidationError(N_("{field} is empty."), field=field_msg)
    if len(value) > max_chars:
        raise ValidationError(
            N_("{field} is too long: {length} characters, at most {limit}."),
            field=field_msg,
            length=len(value),
            limit=max_chars,
        )


def _limit_text(value: str, field_msg: str, max_chars: int) -> None:
    """Refuse an over-long optional text field."""
    if value and len(value) > max_chars:
        _require_text(value, field_msg, max_chars)


@cache
def _plain_defaults(cls: type) -> tuple[tuple[str, Any], ...]:
    """The fields of a dataclass whose default is a plain value (kept on the class, not the record)."""
    return tuple((f.name, f.default) for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING)


@cache
def _moment_fields(cls: type) -> tuple[str, ...]:
    """The fields of a dataclass that hold a datetime, from its type hints."""
    hints = typing.get_type_hints(cls)
    return tuple(
        f.name for f in dataclasses.fields(cls) if datetime in (hints[f.name], *typing.get_args(hints[f.name]))
    )


def _complete(value: Any) -> Any:
    """The record with every field on it: msgspec leaves a field it was not given on the class default,
    and writes only what the record holds (nested records too)."""
    if isinstance(value, Record):
        values = value.__dict__
        # mypy takes a dataclass's instance ``__hash__ = None`` for its class's: classes are hashable.
        for name, default in _plain_defaults(type(value)):  # type: ignore[arg-type]
            values.setdefault(name, default)
        for item in values.values():
            if isinstance(item, Record | list):
                _complete(item)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, Record):
                _complete(item)
    return value


class Record:
    """Shared serialisation for the model's dataclasses, derived from their type hints by msgspec.

    ``from_dict`` checks every field's type as it builds the record (a wrong-shaped record
    raises ``ValueError``), builds nested records, enums, dates and times, and ignores
    keys it does not know (written by a newer version).
    """

    def __post_init__(self) -> None:
        # Every time is shown in Helsinki time (msgspec gives it with the stored UTC offset).
        values = self.__dict__
        for name in _moment_fields(type(self)):  # type: ignore[arg-type]  # as in _complete
            moment = values.get(name)
            if moment is not None and moment.tzinfo is not None:
                values[name] = local(moment)

    def to_dict(self) -> dict[str, Any]:
        """The record as a JSON-ready dict with every field (times with their UTC offset, enums by value)."""
        built: dict[str, Any] = msgspec.to_builtins(_complete(self))
        return built

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build the record from a dict, checking each field's type; ``ValueError`` if one is wrong."""
        return msgspec.convert(data, cls)


@dataclass
class Participant(Record):
    """A person or organisation at a table, from one of the four sectors."""

    name: str
    organisation: str = ""
    sector: Sector = Sector.PUBLIC
    role: Role = Role.MEMBER
    title: str = ""
    contact: str = ""
    id: str = field(default_factory=new_id)

    @property
    def display(self) -> str:
        """Name with organisation, as on a list of participants."""
        if self.organisation and self.name:
            return f"{self.name} ({self.organisation})"
        return self.name or self.organisation

    def validate(self) -> None:
        """Refuse a participant with neither name nor organisation."""
        if not (self.name.strip() or self.organisation.strip()):
            raise ValidationError(N_("A participant needs a name or an organisation."))
        _limit_text(self.name, N_("Name"), NAME_MAX_CHARS)
        _limit_text(self.organisation, N_("Organisation"), NAME_MAX_CHARS)


@dataclass
class SubGroup(Record):
    """A sub-working group that prepares agreed matters between meetings."""

    name: str
    task: str = ""
    member_ids: list[str] = field(default_factory=list)
    outside_members: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def validate(self) -> None:
        """Refuse a nameless sub-group."""
        _require_text(self.name, N_("Group name"))
        _limit_text(self.task, N_("Task"), LONG_TEXT_MAX_CHARS)


@dataclass
class Table(Record):
    """A partnership table: a goal-directed forum on a theme or an area."""

    name: str
    theme: str
    area: str = ""
    kind: TableKind = TableKind.THEMATIC
    goal: str = ""
    ground_rules: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    subgroups: list[SubGroup] = field(default_factory=list)
    status: TableStatus = TableStatus.ACTIVE
    evaluation: str = ""
    results: list[str] = field(default_factory=list)
    public_contact: str = ""
    info_url: str = ""
    created: datetime | None = None
    closed: datetime | None = None
    id: str = field(default_factory=new_id)

    def validate(self) -> None:
        """Refuse a table without a name or theme, or with a bad participant."""
        _require_text(self.name, N_("Table name"))
        _require_text(self.theme, N_("Theme"))
        _limit_text(self.area, N_("Area"), NAME_MAX_CHARS)
        _limit_text(self.goal, N_("Goal"), LONG_TEXT_MAX_CHARS)
        _limit_text(self.evaluation, N_("Evaluation"), LONG_TEXT_MAX_CHARS)
        for participant in self.participants:
            participant.validate()
        for group in self.subgroups:
            group.validate()

    def participant(self, participant_id: str) -> Participant | None:
        """The participant with this id, if at the table."""
        return next((p for p in self.participants if p.id == participant_id), None)

    def with_role(self, role: Role) -> list[Participant]:
        """Participants in a role, e.g. the chair."""
        return [p for p in self.participants if p.role == role]

    def sector_counts(self) -> dict[Sector, int]:
        """How many participants come from each sector (every sector listed)."""
        counts = dict.fromkeys(Sector, 0)
        for participant in self.participants:
            counts[participant.sector] += 1
        return counts

    def missing_sectors(self) -> list[Sector]:
        """Sectors that have nobody at the table."""
        return [sector for sector, n in self.sector_counts().items() if n == 0]

    def size_warning(self) -> str | None:
        """A message id when the table is outside the recommended size, else None."""
        low, high = RECOMMENDED_SIZE
        if len(self.participants) < low:
            return N_("Fewer than {low} people at the table.")
        if len(self.participants) > high:
            return N_("More than {high} people at the table.")
        return None


class AgendaKind(StrEnum):
    """What an agenda item is: a question staff wrote, or one the kiosk adds by itself."""

    QUESTION = "question"
    REVIEW = "review"
    """The review of the table's open actions (its title is a message id, translated when shown)."""
    APPROVAL = "approval"
    """The approval of the previous meeting's minutes (likewise translated when shown)."""


class MeetingState(StrEnum):
    """Where a meeting is in its life, at a given moment."""

    UPCOMING = "upcoming"
    MOVED = "moved"
    UNDER_WAY = "under_way"
    PAST = "past"
    """Its time has passed but staff have not closed it."""
    CLOSED = "closed"
    CANCELLED = "cancelled"


MEETING_STATE_LABELS = {
    MeetingState.UPCOMING: N_("Upcoming"),
    MeetingState.MOVED: N_("Moved"),
    MeetingState.UNDER_WAY: N_("Under way now"),
    MeetingState.PAST: N_("Time passed"),
    MeetingState.CLOSED: N_("Closed"),
    MeetingState.CANCELLED: N_("Called off"),
}
"""What each meeting state is called in the staff lists."""


@dataclass
class AgendaItem(Record):
    """An open question on a meeting's agenda, never a ready decision proposal."""

    title: str
    background: str = ""
    minutes_planned: int = 10
    idea_ids: list[str] = field(default_factory=list)
    action_ids: list[str] = field(default_factory=list)
    notes: str = ""
    kind: AgendaKind = AgendaKind.QUESTION
    approves_id: str = ""
    """For the approval item: the meeting whose minutes it approves."""
    id: str = field(default_factory=new_id)

    @property
    def automatic(self) -> AgendaKind | None:
        """The kind of an item the kiosk added by itself, else None.

        Items stored before kinds existed are known by their actions: only the review item has them.
        """
        if self.kind != AgendaKind.QUESTION:
            return self.kind
        return AgendaKind.REVIEW if self.action_ids and not self.idea_ids else None

    def validate(self) -> None:
        """Refuse an untitled item or a non-positive time."""
        _require_text(self.title, N_("Agenda item"), 200)
        _limit_text(self.background, N_("Background"), LONG_TEXT_MAX_CHARS)
        _limit_text(self.notes, N_("Minutes"), LONG_TEXT_MAX_CHARS)
        if not isinstance(self.minutes_planned, int) or self.minutes_planned < 1:
            raise ValidationError(N_("Each agenda item needs at least one minute."))


@dataclass
class Meeting(Record):
    """A meeting of a table: at most an hour and a half, agreed in advance."""

    table_id: str
    start: datetime
    place: str
    duration_minutes: int = 90
    title: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    attendee_ids: list[str] = field(default_factory=list)
    minutes: str = ""
    minutes_url: str = ""
    held: bool = False
    absent_ids: list[str] = field(default_factory=list)
    """Participants at the table who did not come, as recorded with the minutes."""
    started: datetime | None = None
    closed: datetime | None = None
    cancelled: datetime | None = None
    moved_from: datetime | None = None
    """The start first announced, once the meeting has been moved (in time or place)."""
    minutes_approved_in: str = ""
    """The meeting of the table that approved these minutes ("" while they are a draft)."""
    minutes_approved: datetime | None = None
    id: str = field(default_factory=new_id)

    def state(self, now: datetime) -> MeetingState:
        """Where the meeting is at ``now``: cancelled, closed, under way, past, moved or upcoming."""
        if self.cancelled is not None:
            return MeetingState.CANCELLED
        if self.closed is not None:
            return MeetingState.CLOSED
        if self.started is not None or self.start <= now < self.end:
            return MeetingState.UNDER_WAY
        if self.end <= now:
            return MeetingState.PAST
        return MeetingState.MOVED if self.moved_from is not None else MeetingState.UPCOMING

    @property
    def has_minutes(self) -> bool:
        """Whether anything of the minutes is written: attendance, notes on an item, or general notes."""
        return bool(self.attendee_ids or self.minutes or any(item.notes for item in self.agenda))

    def approval_item(self) -> AgendaItem | None:
        """The item that approves the previous meeting's minutes, if the agenda has one."""
        return next((i for i in self.agenda if i.kind == AgendaKind.APPROVAL), None)

    @property
    def end(self) -> datetime:
        """When the meeting ends (counted in UTC: wall-clock arithmetic loses an hour when summer time ends)."""
        return local(self.start.astimezone(UTC) + timedelta(minutes=self.duration_minutes))

    def planned_minutes(self) -> int:
        """Minutes the agenda items take together."""
        return sum(item.minutes_planned for item in self.agenda)

    def validate(self) -> None:
        """Refuse a meeting over 90 minutes, an agenda that does not fit, or no place."""
        if self.start.tzinfo is None:
            raise ValidationError(N_("The meeting's start time has no time zone."))
        _require_text(self.place, N_("Place"))
        _limit_text(self.title, N_("Question of the meeting"), 300)
        _limit_text(self.minutes, N_("Minutes"), LONG_TEXT_MAX_CHARS)
        if not isinstance(self.duration_minutes, int) or self.duration_minutes < 15:
            raise ValidationError(N_("A meeting lasts at least 15 minutes."))
        if self.duration_minutes > MAX_MEETING_MINUTES:
            raise ValidationError(
                N_("A meeting lasts at most {limit} minutes; this one would last {minutes}."),
                limit=MAX_MEETING_MINUTES,
                minutes=self.duration_minutes,
            )
        for item in self.agenda:
            item.validate()
        if self.planned_minutes() > self.duration_minutes:
            raise ValidationError(
                N_("The agenda takes {planned} minutes but the meeting lasts {minutes}."),
                planned=self.planned_minutes(),
                minutes=self.duration_minutes,
            )


@dataclass
class Milestone(Record):
    """A dated step of an agreed action (e.g. applied, granted, opened): planned, or reached on that day."""

    label: str
    day: date
    reached: bool = False
    id: str = field(default_factory=new_id)

    def validate(self) -> None:
        """Refuse a milestone without a label."""
        _require_text(self.label, N_("Milestone"))


@dataclass
class Action(Record):
    """An agreed action: what, who is responsible, by when, and what came of it."""

    table_id: str
    what: str
    responsible: str
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    result: str = ""
    meeting_id: str = ""
    responsible_id: str = ""
    """The participant's or the sub-group's id (by ``responsible_kind``); empty for an outside party."""
    idea_ids: list[str] = field(default_factory=list)
    created: datetime | None = None
    completed: datetime | None = None
    responsible_kind: ResponsibleKind | None = None
    """Who ``responsible`` is; None in records written before there was a choice (see ``responsible_as``)."""
    milestones: list[Milestone] = field(default_factory=list)
    """Dated steps on the way, earliest first."""
    id: str = field(default_factory=new_id)

    @property
    def is_open(self) -> bool:
        """Whether the action still waits to be done."""
        return self.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)

    @property
    def responsible_as(self) -> ResponsibleKind:
        """Who the responsible party is; older records name a participant by id, or an outside party by text."""
        if self.responsible_kind is not None:
            return self.responsible_kind
        return ResponsibleKind.PARTICIPANT if self.responsible_id else ResponsibleKind.OUTSIDE

    def is_overdue(self, today: date) -> bool:
        """Whether the action is still open after its due date."""
        return self.is_open and self.due is not None and self.due < today

    def validate(self) -> None:
        """Refuse an action without a what or a responsible party, or with a bad milestone."""
        _require_text(self.what, N_("Action"), 500)
        if not self.responsible or not self.responsible.strip():
            raise ValidationError(N_("An agreed action needs a responsible party."))
        _limit_text(self.responsible, N_("Responsible party"), NAME_MAX_CHARS)
        _limit_text(self.result, N_("Result"), LONG_TEXT_MAX_CHARS)
        for milestone in self.milestones:
            milestone.validate()


@dataclass
class Workshop(Record):
    """A service workshop (palvelupaja): an open event, for everyone, out of which development themes come.

    ``themes`` are what staff may suggest beforehand (none is fine); ``outcome_themes`` are the
    themes that came out of the workshop, recorded afterwards; ``table_ids`` the tables it led to.
    """

    title: str
    start: datetime
    place: str
    themes: list[str] = field(default_factory=list)
    description: str = ""
    is_open: bool = True
    outcome_themes: list[str] = field(default_factory=list)
    table_ids: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def offered_themes(self) -> list[str]:
        """The themes residents leave ideas on: those that came out of it, else those suggested beforehand."""
        return self.outcome_themes or self.themes

    def validate(self) -> None:
        """Refuse a workshop without a title or place, or with an over-long theme or description."""
        if self.start.tzinfo is None:
            raise ValidationError(N_("The workshop's start time has no time zone."))
        _require_text(self.title, N_("Title"))
        _require_text(self.place, N_("Place"))
        _limit_text(self.description, N_("Description"), LONG_TEXT_MAX_CHARS)
        for theme in (*self.themes, *self.outcome_themes):
            _limit_text(theme, N_("Theme"), NAME_MAX_CHARS)


@dataclass
class IdeaEvent(Record):
    """One step in an idea's life, shown to the resident who left it."""

    state: IdeaState
    at: datetime
    note: str = ""


@dataclass
class Idea(Record):
    """A resident's idea for a table or a service workshop."""

    text: str
    theme: str = ""
    number: int = 0
    sealed_contact: str = ""
    """The resident's name and contact, encrypted with a key of this idea's own (kiosk.core.contacts)."""
    state: IdeaState = IdeaState.RECEIVED
    public_answer: str = ""
    source: str = "kiosk"
    workshop_id: str = ""
    table_id: str = ""
    meeting_id: str = ""
    agenda_item_id: str = ""
    action_ids: list[str] = field(default_factory=list)
    merged_into: str = ""
    created: datetime | None = None
    closed: datetime | None = None
    history: list[IdeaEvent] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    centre: str = ""
    """The code of the centre that gave the reference (``KAR`` in ``KAR-0024``); "" for an old ``ID-`` one."""
    forwarded_to: str = ""
    """The code of the other centre whose table staff forwarded the idea to, if any."""
    forwarded_table_id: str = ""
    """The id of that centre's table."""
    forwarded_at: datetime | None = None
    origin_centre: str = ""
    """For an idea accepted from another centre: that centre's code."""
    origin_reference: str = ""
    """For an idea accepted from another centre: the reference its resident holds there."""

    @property
    def reference(self) -> str:
        """The short reference a resident writes down, e.g. ``KAR-0042`` (``ID-0042`` before centres had codes)."""
        return format_reference(self.number, self.centre)

    @property
    def is_public(self) -> bool:
        """Whether staff published or forwarded the idea at some step, so its text may be shown.

        An idea declined or merged straight from 'received' was never published and stays private.
        """
        return self.state in PUBLISHING_STATES or any(e.state in PUBLISHING_STATES for e in self.history)

    @property
    def is_closed(self) -> bool:
        """Whether the idea reached a final state."""
        return self.state in CLOSED_IDEA_STATES

    def validate(self) -> None:
        """Refuse an empty or over-long idea."""
        if not self.text or not self.text.strip():
            raise ValidationError(N_("Please write your idea first."))
        if len(self.text) > IDEA_MAX_CHARS:
            raise ValidationError(
                N_("The idea is {length} characters long; please shorten it to at most {limit}."),
                length=len(self.text),
                limit=IDEA_MAX_CHARS,
            )
        _limit_text(self.theme, N_("Theme"), NAME_MAX_CHARS)
        _limit_text(self.public_answer, N_("Public answer"), 2000)

    def can_move_to(self, state: IdeaState) -> bool:
        """Whether the life cycle allows this state next."""
        return state in IDEA_TRANSITIONS[self.state]


OLD_REFERENCE_PREFIX = "ID"
"""The prefix of references given before a centre had a code (``ID-0042``); they keep working."""
_REFERENCE = re.compile(r"((?:[A-Z]{2,5})?)(\d{1,9})")


def format_reference(number: int, centre: str = "") -> str:
    """The human reference for an idea number, e.g. 42 -> ``KAR-0042`` (``ID-0042`` without a centre code)."""
    return f"{centre or OLD_REFERENCE_PREFIX}-{number:04d}"


def split_reference(text: str) -> tuple[str, int] | None:
    """The prefix ("" if none was typed) and number in a typed reference (``KAR-0042``, ``id 42``, ``42``)."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace()).replace("-", "")
    found = _REFERENCE.fullmatch(cleaned)
    if found is None or int(found[2]) == 0:
        return None
    return found[1], int(found[2])


def parse_reference(text: str) -> int | None:
    """The idea number in what a resident typed (``KAR-0042``, ``ID-0042``, ``id 42``, ``42``), or None."""
    found = split_reference(text)
    return found[1] if found else None
