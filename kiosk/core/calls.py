"""The staff's call list: residents who left a contact and whose idea moved on since they were last called.

Many older residents have a phone but no e-mail, so staff call them with news of their
idea: its reference, its new status in plain words and the public answer. A resident
ticked off as called leaves the list until the idea's status changes again. Contacts
come from the sealed keys (``kiosk.core.contacts``): only staff read them, and an erased
contact is never listed. The list of calls made holds no contact, only how far each
idea's history had come when its resident was called.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tinydb.table import Document

from kiosk.core.contacts import reveal_contact
from kiosk.core.dates import format_when
from kiosk.core.errors import NotFound
from kiosk.core.i18n import N_, current_language, gettext_in
from kiosk.core.model import IDEA_STATE_LABELS, IdeaState
from kiosk.core.storage import LIVE
from kiosk.core.store import KEYS, Store, record_audit

CALLS = "calls"
"""Table of the live file: per idea id, how many steps its history had when its resident was called."""
_PHONE = re.compile(r"\+?\d[\d\s\-()]{4,}\d")


class Reach(StrEnum):
    """How staff can reach a resident."""

    PHONE = "phone"
    EMAIL = "email"


REACH_LABELS = {Reach.PHONE: N_("Phone"), Reach.EMAIL: N_("E-mail only")}
"""What each way of reaching a resident is called on the call list."""
SAY_STATE = {
    **IDEA_STATE_LABELS,
    IdeaState.PUBLISHED: N_("Read by staff and shown on the kiosk at the resident centre"),
}
"""An idea's status as staff say it on the phone (the kiosk's own words say "on this screen")."""


def reach_of(contact: str) -> Reach | None:
    """Whether a contact holds a phone number, else an e-mail address; None if neither."""
    if _PHONE.search(contact):
        return Reach.PHONE
    if "@" in contact:
        return Reach.EMAIL
    return None


@dataclass(frozen=True)
class Call:
    """One resident to call (or write to), and what to tell them: staff eyes only."""

    id: str
    """The idea's id (the list's row key)."""
    reference: str
    name: str
    contact: str
    reach: Reach
    state: IdeaState
    changed: datetime
    """When the idea's status last changed."""
    public_answer: str
    table: str = ""
    """The table the idea went to, if any."""
    meeting: datetime | None = None
    """The start of the meeting it is on the agenda of, if any."""
    steps: int = 0
    """How many steps the idea's history had when the list was made (ticking off covers those)."""


def _called_at_step(store: Store) -> dict[str, int]:
    """Per idea id: the length of its history when its resident was last called."""
    return {str(doc.doc_id): int(doc.get("steps", 0)) for doc in store.folder.table(LIVE, CALLS)}


def calls_to_make(store: Store) -> list[Call]:
    """Residents with a contact whose idea changed status since they were last called, waiting longest first.

    An idea that was only received (no change yet) is not listed; nor is one whose contact
    was erased, or left without a phone number or e-mail address.
    """
    called = _called_at_step(store)
    with_keys = [str(doc.doc_id) for doc in store.folder.table(KEYS, KEYS)]
    ideas = store.ideas_by_id(with_keys)
    tables = {table.id: table.name for table in store.tables()}
    found = []
    for idea in ideas.values():
        steps = len(idea.history)
        if steps < 2 or called.get(idea.id, 0) >= steps:
            continue
        contact = reveal_contact(store, idea)
        reach = reach_of(contact.contact) if contact else None
        if contact is None or reach is None:
            continue
        meeting = store.meeting(idea.meeting_id) if idea.state == IdeaState.ON_AGENDA and idea.meeting_id else None
        found.append(
            Call(
                id=idea.id,
                reference=idea.reference,
                name=contact.name,
                contact=contact.contact,
                reach=reach,
                state=idea.state,
                changed=idea.history[-1].at,
                public_answer=idea.public_answer,
                table=tables.get(idea.table_id, ""),
                meeting=meeting.start if meeting else None,
                steps=steps,
            )
        )
    return sorted(found, key=lambda call: call.changed.timestamp())


def mark_called(store: Store, idea_id: str, steps: int | None = None, *, actor: str = "staff") -> None:
    """Staff called the resident: the idea leaves the call list until its status changes again.

    ``steps`` is how far the idea's history had come on the list staff read from (``Call.steps``),
    so that a change made meanwhile still brings the resident back; by default, the whole history.
    Notes of ideas whose contact is gone are dropped at the same time.
    """
    idea = store.idea(idea_id)
    if idea is None:
        raise NotFound(N_("No idea with that id."))
    now = store.now()
    with store.transaction() as tx:
        calls = tx.table(CALLS)
        told = len(idea.history) if steps is None else min(steps, len(idea.history))
        calls.upsert(Document({"steps": told, "at": now.isoformat()}, doc_id=idea.id))
        keys = tx.table(KEYS, file=KEYS)
        calls.remove(doc_ids=[doc.doc_id for doc in calls if not keys.contains(doc_id=doc.doc_id)])
        record_audit(tx, now, actor, "resident called", idea=idea.reference)


def what_to_say(call: Call, language: str | None = None) -> list[str]:
    """What to tell the resident, line by line: the reference and new status, where it went, the public answer."""
    chosen = language or current_language()

    def t(message: str) -> str:
        return gettext_in(chosen, message)

    lines = [f"{call.reference}: {t(SAY_STATE[call.state])}"]
    if call.table:
        lines.append(t(N_("Table: {table}")).format(table=call.table))
    if call.meeting is not None:
        lines.append(t(N_("Meeting: {when}")).format(when=format_when(call.meeting, chosen)))
    if call.public_answer:
        lines.append(t(N_("Answer: {answer}")).format(answer=call.public_answer))
    return lines


def note_call_list_printed(store: Store, count: int, *, actor: str = "staff") -> None:
    """Record in the audit trail that the call list (with residents' contacts) was printed."""
    with store.transaction() as tx:
        record_audit(tx, store.now(), actor, "print call list", residents=count)
