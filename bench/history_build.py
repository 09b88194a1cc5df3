"""Building a synthetic history in memory: tables, meetings, workshops, ideas and actions.

Everything is made with the model classes and follows the services' rules: a
meeting lasts at most 90 minutes and its agenda fits in it; an idea moves only
along the life cycle, with every step in its history and the links the services
set (meeting, agenda item, actions, the idea it was merged into); an action's
ideas are those on its agenda item. One ``random.Random`` drives it all, so a
seed gives the same history every time.
"""

from __future__ import annotations

import bisect
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import history_phrases as P
from history_lifecycle import IdeaLife

from kiosk.core.clock import HELSINKI
from kiosk.core.model import (
    Action,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Idea,
    IdeaState,
    Meeting,
    Participant,
    Role,
    Sector,
    SubGroup,
    Table,
    TableKind,
    TableStatus,
    Workshop,
)
from kiosk.core.tables import REVIEW_ITEM_TITLE

HISTORY_START = datetime(2017, 1, 2, 9, 0, tzinfo=HELSINKI)
"""The first day of the ten years."""
GOAL_ITEM = "Yhteisen tavoitteen kertaus"
"""Every meeting starts by restating the goal."""
NEXT_ITEM = "Seuraavasta tapaamisesta sopiminen"
"""Every meeting ends by agreeing the next one."""


@dataclass
class History:
    """A whole generated history, ready to be written."""

    now: datetime
    tables: list[Table] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    workshops: list[Workshop] = field(default_factory=list)
    ideas: list[Idea] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    contacts: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Name and contact a resident left, by idea id (sealed when written)."""


class HistoryBuilder:
    """Makes one history from a seed; call the ``build_*`` steps in order."""

    def __init__(self, rng: random.Random, now: datetime, areas: tuple[str, ...]) -> None:
        self.rng = rng
        self.now = now
        self.areas = areas
        self.history = History(now=now)
        self._tables: dict[str, Table] = {}
        self._themes: dict[str, P.ThemePhrases] = {}
        self._meetings_by_theme: dict[str, list[Meeting]] = {}
        self._all_meetings: list[Meeting] = []
        self._ideas: dict[str, Idea] = {}

    # Small helpers ---------------------------------------------------------

    def new_id(self) -> str:
        """A UUID4 from the seeded generator, so ids repeat with the seed."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def moment(self, start: datetime, end: datetime) -> datetime:
        """A random moment between two moments."""
        span = max((end - start).total_seconds(), 0.0)
        return start + timedelta(seconds=self.rng.uniform(0.0, span))

    def days(self, low: float, high: float) -> timedelta:
        """A random number of days between low and high."""
        return timedelta(days=self.rng.uniform(low, high))

    def person(self) -> str:
        """A Finnish name."""
        return f"{self.rng.choice(P.FIRST_NAMES)} {self.rng.choice(P.LAST_NAMES)}"

    def phone(self) -> str:
        """A Finnish mobile number."""
        return f"040 {self.rng.randint(100, 999)} {self.rng.randint(1000, 9999)}"

    def meeting_slot(self, near: datetime) -> datetime:
        """A meeting start on a weekday (Mon-Thu) near a moment, at a usual hour."""
        day = near.date()
        while day.weekday() > 3:
            day += timedelta(days=1)
        hour = self.rng.choice((9, 13, 14, 17, 18))
        return datetime.combine(day, time(hour, self.rng.choice((0, 30))), tzinfo=HELSINKI)

    # Tables ----------------------------------------------------------------

    def build_tables(self, count: int) -> None:
        """Tables started over the ten years; those whose work ended are closed with results."""
        names: set[str] = set()
        themes = list(P.THEMES)
        for index in range(count):
            theme = themes[index % len(themes)] if index < len(themes) else self.rng.choice(themes)
            area = self.rng.choice(self.areas)
            if index >= count - max(1, round(count * 0.15)):
                # A centre always has tables at work: the newest ones are still active.
                created = self.moment(self.now - timedelta(days=700), self.now - timedelta(days=45))
                ends = max(created + self.days(365, 3 * 365), self.now + self.days(30, 365))
            else:
                created = self.moment(HISTORY_START, self.now - timedelta(days=45))
                ends = created + self.days(365, 3 * 365)
            name = f"{theme.name}, {area}"
            if name in names:
                name = f"{name} {created.year}"
            if name in names:
                name = f"{name} ({index + 1})"
            names.add(name)
            table = Table(
                name=name,
                theme=theme.name,
                area=area,
                kind=self.rng.choices(list(TableKind), weights=(3, 2, 5))[0],
                goal=theme.goal,
                ground_rules=self.rng.sample(P.GROUND_RULES, 4),
                participants=self.participants(),
                created=created,
                id=self.new_id(),
            )
            if self.rng.random() < 0.3:
                table.subgroups = self.subgroups(table)
            if self.rng.random() < 0.3:
                table.public_contact = f"{P.CONVENER[0]}, p. {self.phone()}"
            if ends < self.now:
                table.status = TableStatus.CLOSED
                table.closed = ends
                table.evaluation = self.rng.choice(P.EVALUATIONS)
                table.results = self.rng.sample(theme.results, self.rng.randint(1, len(theme.results)))
            elif self.rng.random() < 0.4:
                table.results = [self.rng.choice(theme.results)]
            table.validate()
            self.history.tables.append(table)
            self._tables[table.id] = table
            self._themes[table.id] = theme

    def participants(self) -> list[Participant]:
        """Convener, chair, secretary and members from all sectors: 5-15 people."""
        people = [
            Participant(
                self.person(),
                P.CONVENER[0],
                Sector.PUBLIC,
                Role.CONVENER,
                P.CONVENER[1],
                contact=self.phone(),
                id=self.new_id(),
            ),
            Participant(
                self.person(), "Kaupunki", Sector.PUBLIC, Role.CHAIR, self.rng.choice(P.CHAIR_TITLES), id=self.new_id()
            ),
            Participant(self.person(), "Kaupunki", Sector.PUBLIC, Role.SECRETARY, "hankesihteeri", id=self.new_id()),
        ]
        sectors = [Sector.THIRD, Sector.BUSINESS, Sector.RESIDENT, Sector.PUBLIC]
        for index in range(self.rng.randint(2, 12)):
            sector = sectors[index % 4] if index < 4 else self.rng.choice(sectors)
            organisation, title = self.rng.choice(P.ORGANISATIONS[sector.value])
            people.append(Participant(self.person(), organisation, sector, Role.MEMBER, title, id=self.new_id()))
        return people

    def subgroups(self, table: Table) -> list[SubGroup]:
        """One or two sub-working groups with some of the table's people and outsiders."""
        groups = []
        for letter in "AB"[: self.rng.randint(1, 2)]:
            members = self.rng.sample(table.participants, 3)
            groups.append(
                SubGroup(
                    name=f"Alatyöryhmä {letter}",
                    task=self.rng.choice(self._theme_of(table).actions),
                    member_ids=[p.id for p in members],
                    outside_members=[self.person()] if self.rng.random() < 0.5 else [],
                    id=self.new_id(),
                )
            )
        return groups

    def _theme_of(self, table: Table) -> P.ThemePhrases:
        return next(t for t in P.THEMES if t.name == table.theme)

    # Meetings --------------------------------------------------------------

    def build_meetings(self, total: int) -> None:
        """Meetings spread over each table's life; active tables have one ahead."""
        tables = self.history.tables
        spans = {t.id: self._span(t) for t in tables}
        counts = _apportion(total, {key: (end - start).days for key, (start, end) in spans.items()}, 2)
        for table in tables:
            start, end = spans[table.id]
            count = counts[table.id]
            step = (end - start) / max(count, 1)
            starts = [self.meeting_slot(start + step * (k + 0.5) + self.days(-5, 5)) for k in range(count)]
            if table.status == TableStatus.ACTIVE and starts and max(starts) < self.now:
                starts[-1] = self.meeting_slot(self.now + self.days(5, 60))
            if table.status == TableStatus.CLOSED:
                starts = [min(s, self.meeting_slot(table.closed - timedelta(days=10))) for s in starts]
            for moment in sorted(starts):
                self._add_meeting(table, moment)
        self._all_meetings.sort(key=lambda m: m.start)
        for meetings in self._meetings_by_theme.values():
            meetings.sort(key=lambda m: m.start)

    def _span(self, table: Table) -> tuple[datetime, datetime]:
        start = table.created + timedelta(days=14)
        end = table.closed if table.closed else self.now + timedelta(days=70)
        return start, end

    def _add_meeting(self, table: Table, start: datetime) -> None:
        theme = self._themes[table.id]
        duration = self.rng.choice((60, 75, 90, 90))
        questions = self.rng.sample(theme.questions, self.rng.randint(1, min(3, len(theme.questions))))
        agenda = [
            AgendaItem(GOAL_ITEM, minutes_planned=5, id=self.new_id()),
            AgendaItem(REVIEW_ITEM_TITLE, minutes_planned=10, kind=AgendaKind.REVIEW, id=self.new_id()),
        ]
        share = (duration - 5 - 10 - 5) // len(questions)
        for question in questions:
            agenda.append(
                AgendaItem(
                    question,
                    background="Taustaksi asukkaiden ideoita asukastuvalta ja palvelupajasta.",
                    minutes_planned=max(5, share - self.rng.choice((0, 0, 5))),
                    id=self.new_id(),
                )
            )
        agenda.append(AgendaItem(NEXT_ITEM, minutes_planned=5, id=self.new_id()))
        place = "Teams-etäkokous" if self.rng.random() < 0.04 else f"{self.rng.choice(P.PLACES)}, {table.area}"
        meeting = Meeting(table.id, start, place, duration, title=questions[0], agenda=agenda, id=self.new_id())
        if meeting.end < self.now:
            meeting.held = True
            share = self.rng.uniform(0.6, 1.0)
            meeting.attendee_ids = [p.id for p in table.participants if self.rng.random() < share]
            meeting.minutes = self.rng.choice(P.MINUTES_GENERAL)
            for item in agenda[2:-1]:
                item.notes = self.rng.choice(P.MINUTES_NOTES)
        meeting.validate()
        self.history.meetings.append(meeting)
        self._all_meetings.append(meeting)
        self._meetings_by_theme.setdefault(table.theme, []).append(meeting)

    # Workshops -------------------------------------------------------------

    def build_workshops(self, count: int) -> None:
        """Service workshops over the years; the one ahead is open for ideas."""
        for index in range(count):
            upcoming = index == count - 1
            if upcoming:
                start = self.meeting_slot(self.now + self.days(10, 30))
            else:
                start = self.meeting_slot(self.moment(HISTORY_START, self.now - timedelta(days=20)))
            area = self.rng.choice(self.areas)
            youth = self.rng.random() < 0.2
            themes = self.rng.sample([t.name for t in P.THEMES], self.rng.randint(2, 4))
            workshop = Workshop(
                title=f"{'Nuorten palvelupaja' if youth else 'Palvelupaja'}, {area}",
                start=start,
                place=f"{'Koulu' if youth else 'Kylätalo'}, {area}",
                themes=themes,
                description=P.WORKSHOP_DESCRIPTIONS[2 if youth else self.rng.randint(0, 1)],
                is_open=upcoming,
                id=self.new_id(),
            )
            workshop.validate()
            self.history.workshops.append(workshop)

    # Ideas -----------------------------------------------------------------

    def idea_text(self, theme: P.ThemePhrases) -> str:
        """A resident's idea of 80-400 characters."""
        target = self.rng.choice((self.rng.randint(80, 160), self.rng.randint(120, 260), self.rng.randint(200, 400)))
        text = f"{self.rng.choice(P.IDEA_OPENINGS)} {self.rng.choice(theme.idea_cores)}, {self.rng.choice(P.IDEA_REASONS)}."
        extras = self.rng.sample(P.IDEA_EXTRAS, len(P.IDEA_EXTRAS))
        while extras and len(text) < target:
            sentence = extras.pop()
            if len(text) + 1 + len(sentence) > 400:
                continue
            text = f"{text} {sentence}"
        while len(text) < 80:
            text = f"{text} {self.rng.choice(P.IDEA_EXTRAS)}"
        return text[:400]

    def idea_moments(self, count: int) -> list[tuple[datetime, Workshop | None]]:
        """When each idea came, growing over the years; about a sixth at service workshops."""
        past_workshops = [w for w in self.history.workshops if w.start < self.now]
        span = self.now - timedelta(hours=1) - HISTORY_START
        moments = []
        for _ in range(count):
            if past_workshops and self.rng.random() < 0.16:
                workshop = self.rng.choice(past_workshops)
                moments.append((workshop.start + self.days(0, 0.12), workshop))
                continue
            # Density grows linearly from 1 to 2 over the years: inverse of its distribution function.
            share = -1 + (1 + 3 * self.rng.random()) ** 0.5
            moment = HISTORY_START + span * share
            moment = datetime.combine(
                moment.date(), time(self.rng.randint(8, 19), self.rng.randint(0, 59)), tzinfo=HELSINKI
            )
            moments.append((min(moment, self.now - timedelta(minutes=30)), None))
        return sorted(moments, key=lambda pair: pair[0])

    def build_ideas(self, count: int, open_count: int) -> None:
        """Ideas numbered in order of arrival, each taken through its life cycle to its state."""
        moments = self.idea_moments(count)
        states = self._plan_states(moments, open_count)
        life = IdeaLife(self)
        for number, ((created, workshop), state) in enumerate(zip(moments, states, strict=True), start=1):
            idea = life.make(number, created, workshop, state)
            self.history.ideas.append(idea)
            self._ideas[idea.id] = idea

    def _plan_states(self, moments: list, open_count: int) -> list[IdeaState]:
        """The state each idea ends in: the newest mostly open, the rest closed."""
        count = len(moments)
        open_count = min(open_count, count)
        newest = int(open_count * 0.6)
        chosen = set(range(count - newest, count))
        recent = [
            i for i, (moment, _) in enumerate(moments) if moment > self.now - timedelta(days=400) and i not in chosen
        ]
        chosen.update(self.rng.sample(recent, min(open_count - len(chosen), len(recent))))
        states = []
        for index, (moment, _) in enumerate(moments):
            if index in chosen:
                if self.now - moment < timedelta(days=6):
                    states.append(self.rng.choice((IdeaState.RECEIVED, IdeaState.RECEIVED, IdeaState.PUBLISHED)))
                else:
                    states.append(
                        self.rng.choices(
                            (IdeaState.PUBLISHED, IdeaState.ON_AGENDA, IdeaState.DISCUSSED), weights=(35, 30, 35)
                        )[0]
                    )
            else:
                states.append(
                    self.rng.choices((IdeaState.DECLINED, IdeaState.DONE, IdeaState.MERGED), weights=(50, 35, 15))[0]
                )
        held = [m.start for m in self._all_meetings if m.end < self.now]
        last_held = max(held) if held else HISTORY_START

        def can_be_discussed(index: int) -> bool:
            return moments[index][0] + timedelta(days=3) < last_held

        states = [
            IdeaState.PUBLISHED if state == IdeaState.DISCUSSED and not can_be_discussed(i) else state
            for i, state in enumerate(states)
        ]
        _ensure_every_state(states, sorted(chosen), [i for i in range(count) if i not in chosen], can_be_discussed)
        return states

    def meeting_after(self, theme: str, moment: datetime, *, past: bool) -> Meeting | None:
        """One of the next meetings (of a table on the theme, if any) after a moment."""
        for meetings in (self._meetings_by_theme.get(theme, []), self._all_meetings):
            starts = [m.start for m in meetings]
            first = bisect.bisect_left(starts, moment + timedelta(days=2))
            window = meetings[first : first + 3]
            window = [m for m in window if (m.end < self.now) == past and m.start - moment < timedelta(days=240)]
            # A small history has few meetings: take the next suitable one, however far.
            window = window or [m for m in meetings[first:] if (m.end < self.now) == past][:3]
            if window:
                return self.rng.choice(window)
        return None

    def idea(self, idea_id: str) -> Idea:
        """An idea made earlier."""
        return self._ideas[idea_id]

    # Actions ---------------------------------------------------------------

    def build_actions(self, total: int) -> None:
        """Actions agreed at held meetings, linked to the ideas on their agenda items."""
        held = [m for m in self._all_meetings if m.held]
        for _ in range(total if held else 0):
            meeting = self.rng.choice(held)
            table = self._tables[meeting.table_id]
            item = self.rng.choice(meeting.agenda[2:-1])
            who = self.rng.choice(table.participants)
            created = meeting.end + timedelta(hours=2)
            action = Action(
                table_id=table.id,
                what=self.rng.choice(self._themes[table.id].actions),
                responsible=who.organisation or who.name,
                due=(meeting.start + self.days(21, 120)).date(),
                meeting_id=meeting.id,
                responsible_id=who.id,
                idea_ids=list(item.idea_ids),
                created=created,
                id=self.new_id(),
            )
            self._settle(action, table)
            action.validate()
            self.history.actions.append(action)
            for idea_id in action.idea_ids:
                idea = self._ideas[idea_id]
                if idea.closed is None or idea.closed > created:
                    idea.action_ids.append(action.id)
        self._fill_review_items()

    def _settle(self, action: Action, table: Table) -> None:
        """Status, completion and result by how long ago the action was due."""
        due = datetime.combine(action.due, time(12), tzinfo=HELSINKI)
        if table.closed is not None:
            status = self.rng.choices((ActionStatus.DONE, ActionStatus.CANCELLED), weights=(8, 2))[0]
        elif due < self.now - timedelta(days=30):
            status = self.rng.choices(list(ActionStatus), weights=(5, 10, 75, 10))[0]
        elif due < self.now:
            status = self.rng.choices(list(ActionStatus), weights=(20, 50, 30, 0))[0]
        else:
            status = self.rng.choices(list(ActionStatus), weights=(60, 40, 0, 0))[0]
        action.status = status
        if status == ActionStatus.DONE:
            limit = table.closed or self.now - timedelta(days=1)
            action.completed = max(min(due + self.days(-20, 30), limit), action.created)
            action.result = self.rng.choice(P.ACTION_RESULTS)

    def _fill_review_items(self) -> None:
        """Each meeting reviews the table's actions still open when it starts (as scheduling does)."""
        by_table: dict[str, list[Action]] = {}
        for action in self.history.actions:
            by_table.setdefault(action.table_id, []).append(action)
        for meeting in self._all_meetings:
            review = meeting.agenda[1]
            review.action_ids = [
                a.id
                for a in by_table.get(meeting.table_id, [])
                if a.created < meeting.start
                and a.status != ActionStatus.CANCELLED
                and (a.completed is None or a.completed > meeting.start)
            ]
            if not review.action_ids:
                meeting.agenda.remove(review)


def _apportion(total: int, weights: dict[str, int], minimum: int) -> dict[str, int]:
    """Share ``total`` by weight (largest remainder), giving each at least ``minimum`` if it can."""
    keys = list(weights)
    floor = minimum if total >= minimum * len(keys) else 0
    counts = dict.fromkeys(keys, floor)
    rest = total - floor * len(keys)
    weight_sum = sum(max(w, 1) for w in weights.values())
    exact = {k: rest * max(weights[k], 1) / weight_sum for k in keys}
    for key in keys:
        counts[key] += int(exact[key])
    leftover = total - sum(counts.values())
    for key in sorted(keys, key=lambda k: exact[k] - int(exact[k]), reverse=True)[:leftover]:
        counts[key] += 1
    return counts


def _ensure_every_state(
    states: list[IdeaState], open_indexes: list[int], closed_indexes: list[int], can_be_discussed
) -> None:
    """Make sure even a small history has every state once.

    A state that needs a meeting after the idea (on an agenda, discussed) goes to the oldest
    idea that can spare its state (and, to be discussed, came before a held meeting);
    received and published go to the newest.
    """
    late = (IdeaState.RECEIVED, IdeaState.PUBLISHED)
    for indexes, wanted in (
        (sorted(open_indexes), (IdeaState.RECEIVED, IdeaState.PUBLISHED, IdeaState.ON_AGENDA, IdeaState.DISCUSSED)),
        (sorted(closed_indexes), (IdeaState.DECLINED, IdeaState.DONE, IdeaState.MERGED)),
    ):
        for state in wanted:
            present = [states[i] for i in indexes]
            if state in present:
                continue
            spare = [i for i in indexes if present.count(states[i]) > 1]
            if state == IdeaState.DISCUSSED:
                spare = [i for i in spare if can_be_discussed(i)]
            if spare:
                states[spare[-1] if state in late else spare[0]] = state


def as_date(moment: datetime) -> date:
    """The Helsinki date of a moment."""
    return moment.astimezone(HELSINKI).date()
