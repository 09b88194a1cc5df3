"""Short words for states and kinds in the staff area's dense lists."""

from __future__ import annotations

from datetime import date

from kiosk.core.dates import format_when
from kiosk.core.i18n import N_, current_language
from kiosk.core.i18n import gettext as _
from kiosk.core.meeting_order import agenda_item_title
from kiosk.core.model import ACTION_STATUS_LABELS, IDEA_STATE_SHORT, Action, AgendaItem, IdeaState, Meeting, Table
from kiosk.core.public import meeting_notice

SOURCE_LABELS = {
    "kiosk": N_("kiosk"),
    "paper": N_("on paper"),
    "phone": N_("by phone"),
    "workshop": N_("service workshop"),
    "import": N_("imported"),
}
"""Where an idea came from."""


def idea_state(state: IdeaState) -> str:
    """An idea's state in the current language."""
    return _(IDEA_STATE_SHORT[state])


def action_state(action: Action, today: date) -> str:
    """An action's status for staff's lists, flagged when it is open after its due date."""
    state = _(ACTION_STATUS_LABELS[action.status])
    return _("{state}, overdue").format(state=state) if action.is_overdue(today) else state


def meeting_label(meeting: Meeting, tables: dict[str, Table]) -> str:
    """A meeting as one line: its table, then when (and whether it was moved or called off)."""
    table = tables.get(meeting.table_id)
    name = table.name if table else "?"
    notice = meeting_notice(meeting)
    return f"{name} \u2013 {_(notice) + ' ' if notice else ''}{format_when(meeting.start)}"


def item_title(item: AgendaItem) -> str:
    """An agenda item's title; the automatic items (review, approval) are shown in the current language."""
    return agenda_item_title(item, current_language())
