"""What the public screen and the notice board may show: published things only.

These read models join tables, meetings, actions and ideas for the resident
screens and the printables. Nothing here returns a resident's name or contact.
The model objects inside them are the store's shared ones: read, never change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from kiosk.core.clock import local, months_before
from kiosk.core.i18n import N_
from kiosk.core.model import Action, Idea, Meeting, Role, Table, TableStatus, Workshop
from kiosk.core.store import ActionKey, Store

RESULTS_MONTHS = 24
""""You said, we did" shows the work of this many months back (and every table's recorded results)."""
RESULTS_SHEET_TABLES = 10
"""The printed results sheet lists at most this many tables, the most recently active."""
RESULTS_SHEET_ACTIONS = 3
"""On the printed sheet each table shows at most this many done actions (the latest) and as many under way."""
RESULTS_CARD_ACTIONS = 5
"""On the resident screen each table shows at most this many done actions (the latest) and as many under way."""
RESULTS_IDEAS_PER_ACTION = 2
"""At most this many ideas (the newest) are quoted under one action, on screen and on paper."""


@dataclass(frozen=True)
class Theme:
    """A theme a resident can leave an idea on, and where it comes from."""

    name: str
    workshop_id: str = ""
    table_id: str = ""
    whole_workshop: bool = False
    """An idea for a workshop that has no themes (yet): ``name`` is then the workshop's title."""


MOVED_NOTICE = N_("Moved, new time:")
"""Said before the new time of a meeting that was moved (in time or place)."""
CANCELLED_NOTICE = N_("Cancelled:")
"""Said before the time of a meeting that was called off."""


def meeting_notice(meeting: Meeting) -> str:
    """The message id that tells residents a meeting was called off or moved; "" if neither."""
    if meeting.cancelled is not None:
        return CANCELLED_NOTICE
    return MOVED_NOTICE if meeting.moved_from is not None else ""


@dataclass
class UpcomingMeeting:
    """A meeting ahead, with its table, for the resident's list (a called-off one says so)."""

    meeting: Meeting
    table: Table

    @property
    def notice(self) -> str:
        """The message id saying the meeting was called off or moved, or ""."""
        return meeting_notice(self.meeting)

    @property
    def contact(self) -> str:
        """Who to contact about the meeting: the table's public contact or its convener."""
        if self.table.public_contact:
            return self.table.public_contact
        conveners = self.table.with_role(Role.CONVENER) or self.table.with_role(Role.CHAIR)
        return conveners[0].display if conveners else ""


@dataclass
class TableResults:
    """What one table achieved: its results, and its actions with the ideas behind them.

    As ``table_results`` lists it, an entry holds the keys of its recent work; the actions it
    shows are chosen from them when first asked for (``done_keys``, ``under_way_keys``), and
    ``read`` builds those actions and quotes the ideas behind them, for the entries that are shown.
    """

    table: Table
    done: list[Action] = field(default_factory=list)
    under_way: list[Action] = field(default_factory=list)
    ideas_by_action: dict[str, list[Idea]] = field(default_factory=dict)
    left_out: int | None = None
    """Actions of the period left out (``more_actions``), once read."""
    more_ideas: dict[str, int] = field(default_factory=dict)
    """By action id: ideas behind the action that ``read`` left unquoted."""

    active_at: datetime | None = None
    """When the table's latest action of the period was done or agreed, those left out included."""
    work: list[ActionKey] = field(default_factory=list)
    """The table's actions of the period, not chosen among yet."""
    per_table: int | None = None
    """How many done actions, and how many under way, are chosen (None: all)."""

    @cached_property
    def _chosen(self) -> tuple[list[ActionKey], list[ActionKey]]:
        own = sorted(self.work, key=_due)
        done = [key for key in own if key.done]
        under_way = [key for key in own if not key.done]
        if self.per_table is not None:
            newest = {key.id for key in sorted(done, key=_at, reverse=True)[: self.per_table]}
            done, under_way = [key for key in done if key.id in newest], under_way[: self.per_table]
        return done, under_way

    @property
    def done_keys(self) -> list[ActionKey]:
        """The done actions to show, by due date, not read yet."""
        return self._chosen[0]

    @property
    def under_way_keys(self) -> list[ActionKey]:
        """The actions under way to show, by due date, not read yet."""
        return self._chosen[1]

    @property
    def more_actions(self) -> int:
        """Actions of the period left out (``table_results`` with ``per_table``)."""
        if self.left_out is not None:
            return self.left_out
        return len(self.work) - len(self.done_keys) - len(self.under_way_keys)

    @property
    def latest(self) -> datetime | None:
        """When something last happened at the table, to list newest first."""
        moments = [a.completed or a.created for a in self.done + self.under_way]
        moments += [self.table.closed, self.table.created, self.active_at]
        known = [m for m in moments if m is not None]
        return max(known) if known else None

    def read(self, store: Store, ideas: int = RESULTS_IDEAS_PER_ACTION) -> TableResults:
        """A copy with its actions built and, under each, the newest ``ideas`` published ideas behind it quoted.

        Read when the card is shown, so a results screen reads the actions and ideas of the page it
        shows; read again only once the data has changed (``Store.remembered``).
        """
        shown = (tuple(self.done_keys), tuple(self.under_way_keys), tuple(a.id for a in self.done + self.under_way))
        return store.remembered(
            ("table results read", self.table.id, shown, self.more_actions, self.active_at, ideas),
            lambda: self._read(store, ideas),
        )

    def _read(self, store: Store, ideas: int) -> TableResults:
        built = store.actions_by_id([key.id for key in self.done_keys + self.under_way_keys])
        done = self.done + [built[key.id] for key in self.done_keys if key.id in built]
        under_way = self.under_way + [built[key.id] for key in self.under_way_keys if key.id in built]
        actions = done + under_way
        linked = store.ideas_by_id({i for a in actions for i in a.idea_ids})
        kept: dict[str, list[Idea]] = {}
        more_ideas: dict[str, int] = {}
        for action in actions:
            behind = [linked[i] for i in action.idea_ids if i in linked and linked[i].is_public]
            if not behind:
                continue
            quoted = {idea.id for idea in sorted(behind, key=lambda idea: idea.number, reverse=True)[:ideas]}
            kept[action.id] = [idea for idea in behind if idea.id in quoted]
            if len(behind) > len(quoted):
                more_ideas[action.id] = len(behind) - len(quoted)
        return TableResults(self.table, done, under_way, kept, self.more_actions, more_ideas, self.active_at)


def _at(key: ActionKey) -> float:
    """When an action was done (or else agreed) as a timestamp, 0 if unknown: the latest sort first."""
    return key.at.timestamp() if key.at else 0.0


def _due(key: ActionKey) -> tuple[bool, date]:
    """Actions by due date, those without one last."""
    return key.due is None, key.due or date.min


def shown_tables(store: Store, *, active_only: bool = False) -> list[Table]:
    """Tables by name (optionally only the active ones), one set of models for every resident screen.

    The idea form, the upcoming list and the results each ask for them; they are built once and
    built again only once the data has changed (``Store.remembered``). Shared: read, never change.
    """
    tables = store.remembered(("tables",), store.tables)
    return [t for t in tables if t.status == TableStatus.ACTIVE] if active_only else list(tables)


def idea_themes(store: Store) -> list[Theme]:
    """Themes for the idea form: open workshops' themes, then active tables' themes.

    A workshop offers the themes that came out of it, else those suggested beforehand; a
    workshop ahead with neither is offered as itself, so ideas can be left for it.
    """
    themes: list[Theme] = []
    seen: set[str] = set()
    today = store.now().date()
    for workshop in store.workshops(open_only=True):
        offered = workshop.offered_themes
        if not offered and workshop.start.date() >= today:
            themes.append(Theme(name=workshop.title, workshop_id=workshop.id, whole_workshop=True))
        for name in offered:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                themes.append(Theme(name=name, workshop_id=workshop.id))
    for table in shown_tables(store, active_only=True):
        if table.theme.casefold() not in seen:
            seen.add(table.theme.casefold())
            themes.append(Theme(name=table.theme, table_id=table.id))
    return themes


def themes_in_use(store: Store) -> list[str]:
    """Every theme of a table or workshop (open or closed), once each, in Finnish alphabetical order."""
    names: dict[str, str] = {}
    for table in shown_tables(store):
        names.setdefault(table.theme.casefold(), table.theme)
    for workshop in store.workshops():
        for theme in (*workshop.themes, *workshop.outcome_themes):
            names.setdefault(theme.casefold(), theme)
    return sorted(names.values(), key=str.casefold)


def find_theme(store: Store, typed: str) -> str:
    """The theme in use that ``typed`` names (any case), as tables and workshops spell it; "" for none.

    Raises ``ValidationError`` listing the themes when no table or workshop has that theme.
    """
    from kiosk.core.errors import ValidationError
    from kiosk.core.text import clean_text

    wanted = clean_text(typed).casefold()
    if not wanted:
        return ""
    themes = themes_in_use(store)
    for theme in themes:
        if theme.casefold() == wanted:
            return theme
    if not themes:
        raise ValidationError(
            N_("There is no theme called {theme}: no table or workshop has a theme yet."), theme=clean_text(typed)
        )
    raise ValidationError(
        N_("There is no theme called {theme}. The themes are: {themes}."),
        theme=clean_text(typed),
        themes="; ".join(themes),
    )


def upcoming_meetings(store: Store, limit: int | None = None) -> list[UpcomingMeeting]:
    """The next meetings of active tables, soonest first; called-off ones stay (marked), closed ones go."""
    tables = {t.id: t for t in shown_tables(store, active_only=True)}
    result = [
        UpcomingMeeting(meeting=m, table=tables[m.table_id])
        for m in store.upcoming_meetings()
        if m.table_id in tables and m.closed is None
    ]
    return result[:limit] if limit else result


def upcoming_workshops(store: Store) -> list[Workshop]:
    """Service workshops from today on, soonest first (open events: shown whether or not they take ideas now)."""
    today = store.now().date()
    return [w for w in store.workshops() if w.start.date() >= today]


def upcoming_events(store: Store) -> list[UpcomingMeeting | Workshop]:
    """The meetings and service workshops ahead, soonest first, for the resident's "upcoming" list.

    Listed again only once the data or the day has changed, or a listed meeting has ended (``Store.remembered``).
    """
    events = store.remembered(("upcoming events",), lambda: _upcoming_events(store), until=_first_end)
    return list(events)


def _upcoming_events(store: Store) -> list[UpcomingMeeting | Workshop]:
    events: list[UpcomingMeeting | Workshop] = [*upcoming_meetings(store), *upcoming_workshops(store)]
    return sorted(events, key=lambda e: (e.meeting.start if isinstance(e, UpcomingMeeting) else e.start).timestamp())


def _first_end(events: list[UpcomingMeeting | Workshop]) -> float | None:
    """When the first of the listed meetings ends (and leaves the list), as a timestamp; None if none is listed."""
    ends = [event.meeting.end.timestamp() for event in events if isinstance(event, UpcomingMeeting)]
    return min(ends, default=None)


def workshops_of_table(store: Store, table_id: str) -> list[Workshop]:
    """The service workshops a table was born from, earliest first."""
    return [w for w in store.workshops() if table_id in w.table_ids]


def results_since(now: datetime) -> datetime:
    """Where "recent work" begins: ``RESULTS_MONTHS`` months before the start of today (the same all day)."""
    return months_before(local(now).replace(hour=0, minute=0, second=0, microsecond=0), RESULTS_MONTHS)


def table_results(store: Store, since: datetime | None = None, per_table: int | None = None) -> list[TableResults]:
    """Tables' recent work, the most recently active table first; ``TableResults.read`` reads an entry's actions.

    Recent work is the actions done since ``since`` (by default ``results_since`` now) and those
    still under way, each by due date. A table is listed if it has such work, results it recorded
    when it closed, or closed since then. With ``per_table``, a table keeps its ``per_table``
    latest done actions and its first ``per_table`` under way and counts the rest in
    ``more_actions``. Choosing needs only the actions' keys: a city's thousands of open actions
    are looked at, not built, and an entry's actions and the ideas behind them are read by
    ``read``, for the entries that are shown. Chosen again only once the data has changed
    (``Store.remembered``); the entries are shared, the list is the caller's.
    """
    since = results_since(store.now()) if since is None else since
    return list(store.remembered(("table results", since, per_table), lambda: _table_results(store, since, per_table)))


def _table_results(store: Store, since: datetime, per_table: int | None) -> list[TableResults]:
    by_table: dict[str, list[ActionKey]] = {}
    for key in store.current_action_keys(since):
        by_table.setdefault(key.table_id, []).append(key)
    results = []
    for table in shown_tables(store):
        own = by_table.get(table.id, [])
        closed_lately = table.status == TableStatus.CLOSED and table.closed is not None and table.closed >= since
        if own or table.results or closed_lately:
            moments = [key.at for key in own if key.at is not None]
            active_at = max(moments) if moments else None
            results.append(TableResults(table=table, active_at=active_at, work=own, per_table=per_table))
    results.sort(key=_newest, reverse=True)
    return results


def _newest(results: TableResults) -> float:
    """When the table last did something, as a timestamp (-inf if never): to list the most recent first."""
    latest = results.latest
    return latest.timestamp() if latest is not None else float("-inf")


def published_ideas(store: Store, limit: int | None = None) -> list[Idea]:
    """Open ideas staff have published, newest first (text only, never contact)."""
    ideas = [i for i in store.open_ideas() if i.is_public]
    return ideas[:limit] if limit else ideas
