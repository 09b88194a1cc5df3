"""One idea's page for the resident who left it: its state, its steps with dates, and the answer."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from kiosk.core.centres import RemoteState, remote_state
from kiosk.core.dates import format_day, format_when
from kiosk.core.i18n import _
from kiosk.core.ideas import PublicIdeaStatus, public_status
from kiosk.core.model import ACTION_STATUS_LABELS, IDEA_STATE_LABELS, Action, IdeaState
from kiosk.core.store import Store
from screens.milestones import milestone_lines
from screens.scrolling import ScrollingDetailScreen
from screens.widgets import PageBar, PageScroll, field_line, lines, plain

STAFF_CHECKED_STATES = frozenset({IdeaState.PUBLISHED, IdeaState.ON_AGENDA, IdeaState.DISCUSSED, IdeaState.DONE})
"""Steps that only follow a staff member reading the text (publishing or forwarding it)."""


def public_text(status: PublicIdeaStatus) -> str:
    """The idea's text, only if staff published or forwarded it at some step.

    ``public_status`` also gives the text of an idea declined or merged straight
    from "received"; such a text was never checked, so it stays off the screen.
    """
    if any(state in STAFF_CHECKED_STATES for state, _at, _note in status.steps):
        return status.text
    return ""


def where_it_is(status: PublicIdeaStatus, store: Store) -> Content | None:
    """For an idea on an agenda: which table, and the meeting's date and place."""
    if status.state not in (IdeaState.ON_AGENDA, IdeaState.DISCUSSED) or not status.meeting_id:
        return None
    meeting = store.meeting(status.meeting_id)
    table = store.table(status.table_id) if status.table_id else None
    if meeting is None or table is None:
        return None
    if status.state == IdeaState.ON_AGENDA:
        text = _("Your idea is on the agenda of the table \u201c{table}\u201d at its meeting on {when}, {place}.")
    else:
        text = _("Your idea was discussed by the table \u201c{table}\u201d at its meeting on {when}, {place}.")
    text = text.format(table=table.name, when=format_when(meeting.start), place=meeting.place)
    if status.state == IdeaState.ON_AGENDA and meeting.cancelled is not None:
        text += " " + _("That meeting was called off. Ask the staff where your idea goes next.")
    elif status.state == IdeaState.ON_AGENDA and meeting.moved_from is not None:
        text += " " + _("The meeting was moved to this new time.")
    return plain(text)


def forwarded_line(remote: RemoteState) -> Content:
    """Which other centre's table the idea went to, and whether that centre has taken it up yet."""
    if remote.idea is None:
        text = _("Your idea was forwarded to the table \u201c{table}\u201d of {centre}; it has not taken it up yet.")
    else:
        text = _("Your idea was forwarded to the table \u201c{table}\u201d of {centre}, which is working on it.")
    return plain(text.format(table=remote.table_name or "-", centre=remote.centre_name))


def _action_with_milestones(action: Action) -> Content:
    """An agreed action with its status, then its milestones indented under it."""
    said = [field_line(_(ACTION_STATUS_LABELS[action.status]), plain(action.what))]
    said += [Content.assemble("  ", mark, " ", text) for mark, text in milestone_lines(action)]
    return lines(said)


def step_lines(status: PublicIdeaStatus) -> Content:
    """Each step of the idea's life with its date, and what the minutes or staff said."""
    parts: list[Content] = []
    for state, at, note in status.steps:
        parts.append(Content.assemble(" \u2022 ", (format_day(at), "bold"), "  ", _(IDEA_STATE_LABELS[state])))
        if note:
            parts.append(Content.assemble("   ", note))
    return lines(parts)


class IdeaStatusScreen(ScrollingDetailScreen):
    """What a resident may see of an idea: never a name or contact details."""

    CSS_PATH = "idea_status.tcss"

    def __init__(self, idea_id: str) -> None:
        super().__init__()
        self.idea_id = idea_id
        """The idea shown."""

    def heading(self) -> Content:
        """ "Idea ID-0042"."""
        idea = self.app.store.idea(self.idea_id)
        reference = idea.reference if idea else ""
        return plain(_("Idea {reference}").format(reference=reference))

    def compose_body(self) -> ComposeResult:
        """State, text (once published), where it is, the answer, agreed actions and steps."""
        store = self.app.store
        idea = store.idea(self.idea_id)
        with PageScroll(id="detail", classes="body"):
            if idea is None:
                yield Static(_("This idea is no longer available."), classes="notice")
                return
            status = public_status(idea)
            remote = remote_state(store, idea)
            there = remote.idea if remote else None
            state = there.state if there else status.state
            yield Static(field_line(_("Now"), _(IDEA_STATE_LABELS[state])), id="state", classes="notice")
            if remote is not None:
                yield Static(forwarded_line(remote), id="forwarded", classes="text")
            text = public_text(status)
            if text:
                yield Static(_("Your idea"), classes="section-title")
                yield Static(plain(text), id="idea-text", classes="text")
            elif status.state == IdeaState.RECEIVED:
                yield Static(_("The text of your idea is shown here once the staff have read it."), classes="hint")
            if status.merged_into_reference:
                yield Static(
                    plain(
                        _(
                            "Your idea was joined with a similar idea, {reference}. You can follow it with that number."
                        ).format(reference=status.merged_into_reference)
                    ),
                    id="merged",
                    classes="text",
                )
            place = where_it_is(status, store)
            if place is not None:
                yield Static(place, id="agenda", classes="text")
            answer = there.public_answer if there and there.public_answer else status.public_answer
            if answer and not status.merged_into_reference:
                yield Static(_("Answer from the table or the staff"), classes="section-title")
                yield Static(plain(answer), id="answer", classes="text")
            actions = [a for a in (store.action(i) for i in status.action_ids) if a is not None]
            if actions:
                yield Static(_("What was agreed"), classes="section-title")
                yield Static(lines(_action_with_milestones(a) for a in actions), id="actions", classes="text")
            yield Static(_("Steps so far"), classes="section-title")
            yield Static(step_lines(status), id="steps", classes="text")
        yield PageBar(id="scroll-bar")
