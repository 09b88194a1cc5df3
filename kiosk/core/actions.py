"""Agreed actions between meetings: their dated milestones, and who has what still to do.

An action is agreed at a meeting (``kiosk.core.tables.add_action``) and taken by a
participant, a sub-group or a party outside the table. On its way it passes dated
milestones (applied, granted, opened ...), planned or reached, which residents see with
the table's results. ``todo_by_party`` gathers the open actions per party for the
to-do sheets printed after a meeting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.core.errors import NotFound
from kiosk.core.i18n import N_
from kiosk.core.model import Action, Milestone, ResponsibleKind
from kiosk.core.store import ACTIONS, Store, record_audit
from kiosk.core.tables import load_action
from kiosk.core.text import clean_text


def _in_order(milestones: list[Milestone]) -> list[Milestone]:
    """Milestones earliest first (reached ones before planned ones of the same day)."""
    return sorted(milestones, key=lambda m: (m.day, not m.reached))


def save_milestone(store: Store, action_id: str, milestone: Milestone, *, actor: str = "staff") -> Action:
    """Add a milestone to an action, or change the one with its id (label, day, reached)."""
    milestone.label = clean_text(milestone.label)
    milestone.validate()
    now = store.now()
    with store.transaction() as tx:
        action = load_action(tx, action_id)
        kept = [m for m in action.milestones if m.id != milestone.id]
        changed = len(kept) < len(action.milestones)
        action.milestones = _in_order([*kept, milestone])
        action.validate()
        tx.put(ACTIONS, action.to_dict())
        record_audit(
            tx,
            now,
            actor,
            "change milestone" if changed else "add milestone",
            what=action.what,
            milestone=milestone.label,
            day=milestone.day.isoformat(),
            reached=milestone.reached,
        )
    return action


def remove_milestone(store: Store, action_id: str, milestone_id: str, *, actor: str = "staff") -> Action:
    """Take a milestone off an action."""
    now = store.now()
    with store.transaction() as tx:
        action = load_action(tx, action_id)
        gone = next((m for m in action.milestones if m.id == milestone_id), None)
        if gone is None:
            raise NotFound(N_("No such milestone."))
        action.milestones = [m for m in action.milestones if m.id != milestone_id]
        tx.put(ACTIONS, action.to_dict())
        record_audit(tx, now, actor, "remove milestone", what=action.what, milestone=gone.label)
    return action


def overdue(actions: list[Action], today: date) -> list[Action]:
    """The actions still open after their due date."""
    return [action for action in actions if action.is_overdue(today)]


@dataclass(frozen=True)
class PartyTodo:
    """One responsible party and the open actions it has taken, soonest due first."""

    name: str
    kind: ResponsibleKind
    actions: tuple[Action, ...]


def todo_by_party(actions: list[Action]) -> list[PartyTodo]:
    """Open actions grouped by who takes them: one group per participant, sub-group or outside party.

    Parties come in the order of their soonest due action; an outside party is one party
    however its name is capitalised.
    """
    groups: dict[tuple[ResponsibleKind, str], list[Action]] = {}
    for action in actions:
        if action.is_open:
            kind = action.responsible_as
            key = action.responsible_id if kind != ResponsibleKind.OUTSIDE else action.responsible.casefold()
            groups.setdefault((kind, key), []).append(action)

    def due(action: Action) -> tuple[bool, date]:
        return action.due is None, action.due or date.max

    parties = [PartyTodo(own[0].responsible, kind, tuple(sorted(own, key=due))) for (kind, _key), own in groups.items()]
    return sorted(parties, key=lambda party: (due(party.actions[0]), party.name.casefold()))
