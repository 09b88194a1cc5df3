"""Working with the other centres of the municipality: their meetings, ideas forwarded between tables.

Everything here reads the other centres' last complete bundles (``kiosk.core.received``) and writes
only this kiosk's own data, which its next bundle then carries (``kiosk.core.bundle``):

- staff forward an idea to another centre's table: its text, theme and reference go into this
  centre's bundle, addressed to that centre (never the resident's contact);
- that centre's staff see it in their inbox and accept it once: it becomes an idea of theirs with
  the same id, so accepting twice changes nothing;
- from then on the resident who left it sees at this kiosk the state that centre's bundle gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.core.bundle import ForwardedIdea, PublicIdea
from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.i18n import N_
from kiosk.core.ideas import load_idea, move_idea, save_idea
from kiosk.core.model import Idea, IdeaEvent, IdeaState, Meeting, Table, TableStatus
from kiosk.core.received import CentreBundle, bundles
from kiosk.core.store import IDEA_COUNTER, IDEAS, Store, record_audit
from kiosk.core.text import clean_text


@dataclass(frozen=True)
class OtherMeeting:
    """An upcoming meeting of another centre's table, marked with its centre."""

    centre: str
    """The centre's name."""
    meeting: Meeting
    table: Table


@dataclass(frozen=True)
class OtherResults:
    """What a table of another centre achieved: its recorded results and its done actions."""

    centre: str
    table: Table
    results: tuple[str, ...]
    done: tuple[str, ...]


@dataclass(frozen=True)
class IncomingIdea:
    """An idea another centre forwarded to one of this centre's tables, waiting to be accepted."""

    centre_code: str
    centre_name: str
    idea: ForwardedIdea
    table: Table | None

    @property
    def id(self) -> str:
        """The idea's id: the same at both centres."""
        return self.idea.id


@dataclass(frozen=True)
class RemoteState:
    """Where an idea forwarded to another centre stands, by that centre's last complete bundle."""

    centre_name: str
    table_name: str
    idea: PublicIdea | None
    """The idea as that centre has it; None until its staff accepted it."""


def other_meetings(store: Store, now: datetime | None = None) -> list[OtherMeeting]:
    """The upcoming meetings of the other centres' active tables, soonest first."""
    moment = (now or store.now()).timestamp()
    found = []
    for bundle in bundles(store):
        tables = {t.id: t for t in bundle.tables if t.status == TableStatus.ACTIVE}
        for meeting in bundle.meetings:
            if meeting.table_id in tables and meeting.end.timestamp() > moment:
                found.append(OtherMeeting(bundle.name, meeting, tables[meeting.table_id]))
    return sorted(found, key=lambda m: m.meeting.start.timestamp())


def other_results(store: Store) -> list[OtherResults]:
    """The other centres' tables that have results or done actions, centre by centre."""
    from kiosk.core.model import ActionStatus

    found = []
    for bundle in bundles(store):
        for table in bundle.tables:
            done = tuple(a.what for a in bundle.actions if a.table_id == table.id and a.status == ActionStatus.DONE)
            if table.results or done:
                found.append(OtherResults(bundle.name, table, tuple(table.results), done))
    return found


def _bundle_of(store: Store, code: str) -> CentreBundle:
    found = next((b for b in bundles(store) if b.code == code), None)
    if found is None:
        raise NotFound(N_("No bundle of the centre {centre} has arrived here."), centre=code)
    return found


def forward_idea_to_centre(
    store: Store, idea_id: str, centre_code: str, table_id: str, *, actor: str = "staff"
) -> Idea:
    """Forward an idea to a table of another centre: it goes into this centre's bundle, addressed there.

    Forwarding makes the text public, as forwarding to an agenda does; the contact stays here.
    """
    bundle = _bundle_of(store, centre_code)
    table = bundle.table(table_id)
    if table is None or table.status != TableStatus.ACTIVE:
        raise NotFound(N_("That centre has no such working table."))
    now = store.now()
    with store.transaction() as tx:
        idea = load_idea(tx, idea_id)
        if idea.state == IdeaState.RECEIVED:
            move_idea(idea, IdeaState.PUBLISHED, now, bundle.name)
        idea.forwarded_to, idea.forwarded_table_id, idea.forwarded_at = centre_code, table_id, now
        save_idea(tx, idea)
        record_audit(tx, now, actor, "forward idea to centre", idea=idea.reference, centre=centre_code)
    return idea


def inbox(store: Store) -> list[IncomingIdea]:
    """Ideas other centres forwarded to this centre's tables that staff have not accepted yet, oldest first."""
    own = store.settings().centre_code
    waiting = []
    for bundle in bundles(store):
        for forwarded in bundle.outbox:
            if own and forwarded.to_centre == own and store.idea(forwarded.id) is None:
                waiting.append(IncomingIdea(bundle.code, bundle.name, forwarded, store.table(forwarded.table_id)))
    return sorted(waiting, key=lambda i: i.idea.sent.timestamp() if i.idea.sent else 0.0)


def accept_forwarded_idea(store: Store, centre_code: str, idea_id: str, *, actor: str = "staff") -> Idea:
    """Take an idea another centre forwarded onto this centre's table; accepting it again changes nothing."""
    if (already := store.idea(idea_id)) is not None:
        return already
    bundle = _bundle_of(store, centre_code)
    forwarded = next((f for f in bundle.outbox if f.id == idea_id), None)
    if forwarded is None or forwarded.to_centre != store.settings().centre_code:
        raise NotFound(N_("That centre has not forwarded such an idea here."))
    table = store.table(forwarded.table_id)
    now = store.now()
    idea = Idea(
        id=forwarded.id,
        text=clean_text(forwarded.text, multiline=True),
        theme=clean_text(forwarded.theme) or (table.theme if table else ""),
        state=IdeaState.PUBLISHED,
        source="centre",
        table_id=forwarded.table_id if table else "",
        centre=store.settings().centre_code,
        origin_centre=bundle.code,
        origin_reference=forwarded.reference,
        created=now,
        history=[IdeaEvent(state=IdeaState.PUBLISHED, at=now, note=f"{bundle.name} {forwarded.reference}")],
    )
    try:
        idea.validate()
    except ValidationError:
        raise NotFound(N_("That centre has not forwarded such an idea here.")) from None
    with store.transaction() as tx:
        if tx.get(IDEAS, idea.id) is not None:
            return Idea.from_dict(tx.get(IDEAS, idea.id) or {})
        idea.number = tx.next_number(IDEA_COUNTER)
        tx.put(IDEAS, idea.to_dict())
        record_audit(tx, now, actor, "accept idea from centre", idea=idea.reference, origin=forwarded.reference)
    return idea


def remote_state(store: Store, idea: Idea) -> RemoteState | None:
    """For an idea forwarded to another centre: how it stands there (None if it was not forwarded)."""
    if not idea.forwarded_to:
        return None
    bundle = next((b for b in bundles(store) if b.code == idea.forwarded_to), None)
    if bundle is None:
        return RemoteState(idea.forwarded_to, "", None)
    table = bundle.table(idea.forwarded_table_id)
    return RemoteState(bundle.name, table.name if table else "", bundle.idea(idea.id))
