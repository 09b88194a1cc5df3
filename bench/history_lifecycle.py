"""One generated idea's life: the steps the services would have recorded, in order.

Each step is taken the way ``kiosk.core.ideas`` takes it: only along the life
cycle's transitions, with the same notes (the meeting's id when forwarded, the
minutes when discussed, the reason when declined, the other idea's reference
when merged) and the same links, so the generated data is what ten years of a
real kiosk would have left behind.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import history_phrases as P

from kiosk.core.ideas import OTHER_THEME
from kiosk.core.model import Idea, IdeaEvent, IdeaState, Meeting, Workshop

if TYPE_CHECKING:
    from history_build import HistoryBuilder

_THEMES = {t.name: t for t in P.THEMES}
RETENTION = timedelta(days=365)
"""Contact details of ideas closed longer ago than this were erased by retention (12 months)."""
MERGE_LOOKBACK = 400
"""How many earlier ideas on the theme a duplicate looks through for the one it joins."""


class IdeaLife:
    """Makes ideas and walks each to the state it ends in."""

    def __init__(self, builder: HistoryBuilder) -> None:
        self.builder = builder
        self.rng: random.Random = builder.rng
        self.now = builder.now
        self.latest = builder.now - timedelta(minutes=5)
        self._by_theme: dict[str, list[Idea]] = {}

    def make(self, number: int, created: datetime, workshop: Workshop | None, state: IdeaState) -> Idea:
        """Idea number ``number``, left at ``created``, walked to ``state``."""
        rng, builder = self.rng, self.builder
        theme = _THEMES[rng.choice(workshop.themes)] if workshop else rng.choice(P.THEMES)
        source = "workshop" if workshop else rng.choices(("kiosk", "paper", "phone"), weights=(70, 18, 12))[0]
        idea = Idea(
            text=builder.idea_text(theme),
            theme=OTHER_THEME if not workshop and rng.random() < 0.06 else theme.name,
            number=number,
            source=source,
            workshop_id=workshop.id if workshop else "",
            created=created,
            history=[IdeaEvent(IdeaState.RECEIVED, created)],
            id=builder.new_id(),
        )
        contact = None
        if rng.random() < (0.5 if source in ("paper", "phone") else 0.2):
            name = builder.person()
            contact = (name, builder.phone() if rng.random() < 0.7 else f"{name.split()[0].lower()}@example.fi")
        self._walk(idea, state)
        if contact and not (idea.closed is not None and idea.closed < self.now - RETENTION):
            builder.history.contacts[idea.id] = contact
        idea.validate()
        self._by_theme.setdefault(idea.theme, []).append(idea)
        return idea

    # Steps -------------------------------------------------------------------

    def _after(self, moment: datetime, low: float, high: float) -> datetime:
        """A moment some days after ``moment``, but never past the present."""
        wanted = moment + self.builder.days(low, high)
        if wanted <= self.latest:
            return wanted
        return self.builder.moment(moment, max(moment, self.latest))

    def _step(self, idea: Idea, state: IdeaState, when: datetime, note: str = "") -> None:
        """Move the idea along the life cycle, as the services' ``_move`` does."""
        if not idea.can_move_to(state):
            raise AssertionError(f"{idea.state} -> {state} is not in the life cycle")
        idea.state = state
        idea.history.append(IdeaEvent(state, when, note))
        if idea.is_closed:
            idea.closed = when

    def _publish(self, idea: Idea) -> None:
        self._step(idea, IdeaState.PUBLISHED, self._after(idea.created, 0.1, 5))

    def _forward(self, idea: Idea, meeting: Meeting) -> None:
        """Put the idea on one of the meeting's open questions, as ``forward_idea_to_agenda`` does."""
        since = idea.history[-1].at
        until = min(meeting.start - timedelta(hours=2), self.latest)
        when = self.builder.moment(max(since, meeting.start - timedelta(days=60)), max(since, until))
        item = self.rng.choice(meeting.agenda[2:-1])
        item.idea_ids.append(idea.id)
        idea.table_id, idea.meeting_id, idea.agenda_item_id = meeting.table_id, meeting.id, item.id
        self._step(idea, IdeaState.ON_AGENDA, when, meeting.id)

    def _discuss(self, idea: Idea) -> bool:
        """Forward the idea to a held meeting and record its minutes; False if no meeting fits."""
        meeting = self.builder.meeting_after(idea.theme, idea.history[-1].at, past=True)
        if meeting is None:
            return False
        self._forward(idea, meeting)
        item = next(i for i in meeting.agenda if i.id == idea.agenda_item_id)
        when = self._after(meeting.end, 0.2, 5)
        self._step(idea, IdeaState.DISCUSSED, when, item.notes)
        return True

    def _walk(self, idea: Idea, state: IdeaState) -> None:
        """Take the idea through the steps that end in ``state``."""
        rng = self.rng
        if state == IdeaState.RECEIVED:
            return
        if state == IdeaState.MERGED:
            self._merge(idea)
            return
        if state == IdeaState.DECLINED and rng.random() < 0.5:
            self._decline(idea)
            return
        self._publish(idea)
        if state == IdeaState.PUBLISHED:
            return
        if state == IdeaState.ON_AGENDA:
            meeting = self.builder.meeting_after(idea.theme, idea.history[-1].at, past=False)
            if meeting is not None:
                self._forward(idea, meeting)
            return
        via_table = state == IdeaState.DISCUSSED or rng.random() < (0.7 if state == IdeaState.DONE else 0.4)
        discussed = via_table and self._discuss(idea)
        if state == IdeaState.DONE:
            answer = rng.choice(P.DONE_ANSWERS)
            idea.public_answer = answer
            self._step(idea, IdeaState.DONE, self._after(idea.history[-1].at, 30, 365 if discussed else 200), answer)
        elif state == IdeaState.DECLINED:
            self._decline(idea)

    def _decline(self, idea: Idea) -> None:
        reason = self.rng.choice(P.DECLINE_REASONS)
        idea.public_answer = reason
        self._step(idea, IdeaState.DECLINED, self._after(idea.history[-1].at, 7, 90), reason)

    def _merge(self, idea: Idea) -> None:
        """Join the idea into an earlier one on the same theme that was still open; else decline it."""
        if self.rng.random() < 0.4:
            self._publish(idea)
        when = self._after(idea.history[-1].at, 2, 40)
        candidates = self._by_theme.get(idea.theme, [])[-MERGE_LOOKBACK:]
        target = next(
            (c for c in reversed(candidates) if c.created < when and (c.closed is None or c.closed > when)),
            None,
        )
        if target is None:
            self._decline(idea)
            return
        idea.merged_into = target.id
        idea.public_answer = target.reference
        self._step(idea, IdeaState.MERGED, when, target.reference)
