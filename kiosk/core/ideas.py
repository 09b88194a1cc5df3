"""A resident's idea through its life: received, published, on an agenda, discussed, closed.

Every step is recorded in the idea's history so the resident can follow it by
reference. Closed ideas move to the archive of the year they closed in, so the
live collection stays small however many years of history the centre keeps.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.errors import InvalidTransition, NotFound, ValidationError
from kiosk.core.i18n import N_, gettext_in
from kiosk.core.model import (
    IDEA_STATE_LABELS,
    OLD_REFERENCE_PREFIX,
    AgendaItem,
    Idea,
    IdeaEvent,
    IdeaState,
    Meeting,
    split_reference,
)
from kiosk.core.storage import document
from kiosk.core.store import IDEA_COUNTER, IDEAS, MEETINGS, Store, Transaction, record_audit
from kiosk.core.text import clean_text

OTHER_THEME = "other"
"""Theme id of an idea that fits no listed theme."""
SUGGESTED_QUESTION = N_("What could the table do about the matter raised in idea {reference}?")
"""The open question offered when staff forward an idea to a new agenda item (they rewrite it)."""


def suggested_question(idea: Idea, language: str) -> str:
    """A first open question for an idea forwarded to the agenda, in a language; staff phrase the real one."""
    return gettext_in(language, SUGGESTED_QUESTION).format(reference=idea.reference)


def reads_as_question(text: str) -> bool:
    """Whether an agenda item's title reads as an open question (it ends with a question mark)."""
    return text.rstrip().endswith(("?", "\uff1f"))


def load_idea(tx: Transaction, idea_id: str) -> Idea:
    """An open idea inside a transaction; closed ones cannot change."""
    data = tx.get(IDEAS, idea_id)
    if data is None:
        raise NotFound(N_("No open idea with that id."))
    return Idea.from_dict(data)


def save_idea(tx: Transaction, idea: Idea) -> None:
    """Store an idea (a closed one moves to the archive when the transaction ends)."""
    idea.validate()
    tx.put(IDEAS, idea.to_dict())


def move_idea(idea: Idea, state: IdeaState, when: datetime, note: str = "") -> None:
    """Change an idea's state if the life cycle allows it, recording the step (inside a service's transaction)."""
    if state != idea.state and not idea.can_move_to(state):
        raise InvalidTransition(
            N_("An idea that is '{current}' cannot become '{target}'."),
            current=IDEA_STATE_LABELS[idea.state],
            target=IDEA_STATE_LABELS[state],
        )
    idea.state = state
    idea.history.append(IdeaEvent(state=state, at=when, note=note))
    if idea.is_closed:
        idea.closed = when


def submit_idea(
    store: Store,
    text: str,
    *,
    theme: str = "",
    name: str = "",
    contact: str = "",
    source: str = "kiosk",
    workshop_id: str = "",
) -> Idea:
    """Record a new idea durably and return it with its reference number.

    The name and contact are sealed with a key of the idea's own (``kiosk.core.contacts``).
    """
    from kiosk.core.contacts import seal_contact

    now = store.now()
    idea = Idea(
        text=clean_text(text, multiline=True),
        theme=clean_text(theme),
        source=source,
        workshop_id=workshop_id,
        created=now,
        history=[IdeaEvent(state=IdeaState.RECEIVED, at=now)],
    )
    idea.validate()
    with store.transaction() as tx:
        idea.sealed_contact = seal_contact(tx, idea.id, name, contact)
        idea.centre = store.settings().centre_code
        idea.number = tx.next_number(IDEA_COUNTER)
        tx.put(IDEAS, idea.to_dict())
    return idea


@dataclass(frozen=True)
class NewIdea:
    """One idea of a batch (a CSV import): its text and theme, and a key unique to its source row."""

    text: str
    theme: str = ""
    source: str = "import"
    key: str = ""
    """What makes the row itself unique (file digest and line); the same key is never added twice."""
    line: int = 0


@dataclass(frozen=True)
class BatchOutcome:
    """What a batch added, what it refused (line, reason), and how many rows were in already."""

    added: list[Idea]
    refused: list[tuple[int, ValidationError]]
    already: int


def submit_ideas(store: Store, batch: list[NewIdea]) -> BatchOutcome:
    """Record many ideas in one transaction and one write; rows added before (by key) are skipped."""
    now = store.now()
    added: list[Idea] = []
    refused: list[tuple[int, ValidationError]] = []
    already = 0
    centre = store.settings().centre_code
    with store.transaction() as tx:
        for row in batch:
            idea = Idea(
                text=clean_text(row.text, multiline=True),
                theme=clean_text(row.theme),
                source=row.source,
                centre=centre,
                created=now,
                history=[IdeaEvent(state=IdeaState.RECEIVED, at=now)],
            )
            if row.key:
                idea.id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"kiosk-import:{row.key}"))
                if store.idea(idea.id) is not None:
                    already += 1
                    continue
            try:
                idea.validate()
            except ValidationError as error:
                refused.append((row.line, error))
                continue
            idea.number = tx.next_number(IDEA_COUNTER)
            added.append(idea)
        tx.table(IDEAS).insert_multiple(document(idea.to_dict(), idea.id) for idea in added)
    return BatchOutcome(added, refused, already)


def find_idea(store: Store, reference: str) -> Idea | None:
    """The idea a resident's typed reference points at, or None.

    The number alone finds it, and so do the idea's own prefix (``KAR-0024``), this centre's code, and
    ``ID-`` for the references given before the centre had a code; another centre's prefix does not.
    """
    found = split_reference(reference)
    if found is None:
        return None
    prefix, number = found
    idea = store.idea_by_number(number)
    if idea is None or prefix in ("", OLD_REFERENCE_PREFIX, idea.centre, store.settings().centre_code):
        return idea
    return None


def _change(
    store: Store, idea_id: str, actor: str, what: str, change: Callable[[Transaction, Idea, datetime], None]
) -> Idea:
    """Apply ``change(tx, idea, now)`` to an open idea in one audited transaction."""
    now = store.now()
    with store.transaction() as tx:
        idea = load_idea(tx, idea_id)
        change(tx, idea, now)
        save_idea(tx, idea)
        record_audit(tx, now, actor, what, idea=idea.reference)
    return idea


def publish_idea(store: Store, idea_id: str, *, actor: str = "staff") -> Idea:
    """Staff checked the text: it may now be shown on the public screen."""
    return _change(
        store,
        idea_id,
        actor,
        "publish idea",
        lambda tx, idea, now: move_idea(idea, IdeaState.PUBLISHED, now),
    )


def answer_idea(store: Store, idea_id: str, answer: str, *, actor: str = "staff") -> Idea:
    """Give the idea a public answer that the resident sees by reference."""
    answer = clean_text(answer, multiline=True)

    def change(tx: Transaction, idea: Idea, now: datetime) -> None:
        idea.public_answer = answer

    return _change(store, idea_id, actor, "answer idea", change)


def decline_idea(store: Store, idea_id: str, reason: str, *, actor: str = "staff") -> Idea:
    """Close the idea without taking it forward, with a public reason."""
    reason = clean_text(reason, multiline=True)
    if not reason:
        raise ValidationError(N_("Please give the public reason for declining."))

    def change(tx: Transaction, idea: Idea, now: datetime) -> None:
        idea.public_answer = reason
        move_idea(idea, IdeaState.DECLINED, now, reason)

    return _change(store, idea_id, actor, "decline idea", change)


def complete_idea(store: Store, idea_id: str, answer: str = "", *, actor: str = "staff") -> Idea:
    """Close the idea as done, optionally saying what was done."""
    answer = clean_text(answer, multiline=True)

    def change(tx: Transaction, idea: Idea, now: datetime) -> None:
        if answer:
            idea.public_answer = answer
        move_idea(idea, IdeaState.DONE, now, answer)

    return _change(store, idea_id, actor, "complete idea", change)


def merge_ideas(store: Store, duplicate_id: str, into_id: str, *, actor: str = "staff") -> Idea:
    """Join a duplicate into a similar idea; the duplicate's resident follows the other."""
    if duplicate_id == into_id:
        raise ValidationError(N_("An idea cannot be joined with itself."))
    now = store.now()
    with store.transaction() as tx:
        duplicate = load_idea(tx, duplicate_id)
        target = store.idea(into_id)  # the target may already be closed and archived
        if target is None:
            raise NotFound(N_("No idea with that id."))
        duplicate.merged_into = target.id
        duplicate.public_answer = target.reference
        move_idea(duplicate, IdeaState.MERGED, now, target.reference)
        save_idea(tx, duplicate)
        record_audit(tx, now, actor, "merge ideas", idea=duplicate.reference, into=target.reference)
    return duplicate


def forward_idea_to_agenda(
    store: Store,
    idea_id: str,
    meeting_id: str,
    *,
    question: str = "",
    minutes: int = 10,
    agenda_item_id: str = "",
    actor: str = "staff",
) -> AgendaItem:
    """Put the idea on a meeting's agenda, linked both ways, as background to an open question.

    A new item needs the ``question`` the table is to discuss (the agenda holds open questions,
    never a resident's text as a ready proposal); the idea stays linked to it by reference.
    Any meeting not closed or called off will do, also one whose time has passed (written up later).
    """
    now = store.now()
    question = clean_text(question)
    with store.transaction() as tx:
        idea = load_idea(tx, idea_id)
        data = tx.get(MEETINGS, meeting_id)
        if data is None:
            raise NotFound(N_("No such meeting."))
        meeting = Meeting.from_dict(data)
        if meeting.closed is not None or meeting.cancelled is not None:
            raise ValidationError(N_("That meeting is closed or called off; choose another one."))
        item = next((i for i in meeting.agenda if i.id == agenda_item_id), None)
        if agenda_item_id and item is None:
            raise NotFound(N_("No such agenda item."))
        if item is None:
            if not question:
                raise ValidationError(N_("Write the open question the table is to discuss."))
            item = AgendaItem(title=question, minutes_planned=minutes)
            meeting.agenda.append(item)
        if idea.id not in item.idea_ids:
            item.idea_ids.append(idea.id)
        meeting.validate()
        if idea.meeting_id and idea.meeting_id != meeting.id:
            _unlink_from_meeting(tx, idea)
        idea.table_id = meeting.table_id
        idea.meeting_id = meeting.id
        idea.agenda_item_id = item.id
        move_idea(idea, IdeaState.ON_AGENDA, now, meeting.id)
        save_idea(tx, idea)
        tx.put(MEETINGS, meeting.to_dict())
        record_audit(tx, now, actor, "forward idea", idea=idea.reference, meeting=meeting.id)
    return item


def _unlink_from_meeting(tx: Transaction, idea: Idea) -> None:
    """Take an idea off the agenda item of the meeting it was forwarded to before."""
    data = tx.get(MEETINGS, idea.meeting_id)
    if data is None:
        return
    earlier = Meeting.from_dict(data)
    for item in earlier.agenda:
        if idea.id in item.idea_ids:
            item.idea_ids.remove(idea.id)
    tx.put(MEETINGS, earlier.to_dict())


def mark_discussed(tx: Transaction, idea_id: str, note: str, when: datetime) -> None:
    """Record inside a transaction that an idea was discussed, with what the minutes say."""
    data = tx.get(IDEAS, idea_id)
    if data is None:
        return
    idea = Idea.from_dict(data)
    if idea.state == IdeaState.ON_AGENDA:
        move_idea(idea, IdeaState.DISCUSSED, when, note)
        save_idea(tx, idea)
    elif idea.state == IdeaState.DISCUSSED:
        idea.history[-1].note = note
        save_idea(tx, idea)


def link_action(tx: Transaction, idea_id: str, action_id: str) -> None:
    """Record that an agreed action came of an idea ("you said, we did")."""
    data = tx.get(IDEAS, idea_id)
    if data is None:
        return
    idea = Idea.from_dict(data)
    if action_id not in idea.action_ids:
        idea.action_ids.append(action_id)
        save_idea(tx, idea)


@dataclass(frozen=True)
class PublicIdeaStatus:
    """What a resident may see of an idea by its reference: never contact details."""

    reference: str
    state: IdeaState
    text: str
    public_answer: str
    steps: tuple[tuple[IdeaState, datetime, str], ...]
    meeting_id: str
    table_id: str
    merged_into_reference: str
    action_ids: tuple[str, ...]


def public_status(idea: Idea) -> PublicIdeaStatus:
    """The resident's view of an idea: text only once staff published it."""
    steps = tuple(
        (
            event.state,
            event.at,
            event.note if event.state in (IdeaState.DISCUSSED, IdeaState.DECLINED, IdeaState.DONE) else "",
        )
        for event in idea.history
    )
    return PublicIdeaStatus(
        reference=idea.reference,
        state=idea.state,
        text=idea.text if idea.is_public else "",
        public_answer=idea.public_answer,
        steps=steps,
        meeting_id=idea.meeting_id,
        table_id=idea.table_id,
        merged_into_reference=idea.public_answer if idea.state == IdeaState.MERGED else "",
        action_ids=tuple(idea.action_ids),
    )
