"""An agreed action's milestones in plain words for residents: "✓ Haettu 25.11.2026", "○ Avattu: expected by …"."""

from __future__ import annotations

from textual.content import Content

from kiosk.core.dates import format_day
from kiosk.core.i18n import _
from kiosk.core.model import Action
from screens.widgets import plain

REACHED_MARK = "\u2713"
"""Before a milestone that was reached."""
PLANNED_MARK = "\u25cb"
"""Before a milestone still ahead."""


def milestone_lines(action: Action) -> list[tuple[str, Content]]:
    """Each milestone of an action, earliest first, as its mark and its words (the label is staff's text)."""
    said = []
    for milestone in action.milestones:
        day = format_day(milestone.day)
        if milestone.reached:
            said.append((REACHED_MARK, plain(_("{step} on {day}").format(step=milestone.label, day=day))))
        else:
            said.append((PLANNED_MARK, plain(_("{step}: expected by {day}").format(step=milestone.label, day=day))))
    return said
