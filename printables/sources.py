"""What the printables read: one meeting with everything around it, gathered from the store.

Builders take a ``MeetingSheet`` rather than the store, so they can be tested
with model objects alone, and so that the staff screens can print a meeting
they have just edited. Only references and public texts of ideas are used:
a resident's name and contact never reach paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.core.errors import KioskError, NotFound
from kiosk.core.i18n import N_
from kiosk.core.model import Action, Idea, Meeting, Participant, Role, Sector, Table
from kiosk.core.settings import Settings

if TYPE_CHECKING:
    from kiosk.core.store import Store

MIN_PREFIX = 4
"""The shortest meeting-id prefix accepted on the command line."""


@dataclass
class MeetingSheet:
    """A meeting with its table, the centre's settings, and the ideas and actions it touches."""

    meeting: Meeting
    """The meeting being printed."""
    table: Table
    """The table that meets."""
    settings: Settings = field(default_factory=Settings)
    """The centre's name, contact and configured links."""
    ideas: dict[str, Idea] = field(default_factory=dict)
    """Ideas forwarded to the agenda, by id (only their reference is printed; never name or contact)."""
    actions: list[Action] = field(default_factory=list)
    """The table's actions (earlier open ones to review, and those agreed at this meeting)."""
    next_meeting: Meeting | None = None
    """The table's next meeting after this one, if agreed."""
    approved_previous: bool = False
    """Whether the previous meeting's minutes were approved at this meeting (its approval item)."""

    @property
    def info_url(self) -> str:
        """The poster's link: the table's own page if set, else the centre's short link."""
        return self.table.info_url or self.settings.poster_url

    @property
    def minutes_url(self) -> str:
        """Where the full minutes are online: the meeting's own page, else the centre's."""
        return self.meeting.minutes_url or self.settings.minutes_url

    @property
    def contact(self) -> str:
        """Who to ask: the table's public contact, its convener or chair, else the centre."""
        if self.table.public_contact:
            return self.table.public_contact
        people = self.table.with_role(Role.CONVENER) or self.table.with_role(Role.CHAIR)
        if people:
            return people[0].display
        return self.centre_contact

    @property
    def centre_contact(self) -> str:
        """The resident centre with its contact details, e.g. "Asukastupa, p. 040 123 4567"."""
        return self.settings.contact_line()

    @property
    def held(self) -> bool:
        """Whether the meeting has taken place and its minutes are written (only then is there a summary)."""
        return self.meeting.held

    def attendees_by_sector(self) -> dict[Sector, list[Participant]]:
        """Who attended, grouped by sector in the model's order; empty sectors left out."""
        groups: dict[Sector, list[Participant]] = {}
        for sector in Sector:
            people = [p for p in self.table.participants if p.sector == sector and p.id in self.meeting.attendee_ids]
            if people:
                groups[sector] = people
        return groups

    def agreed_actions(self) -> list[Action]:
        """Actions agreed at this meeting."""
        return [a for a in self.actions if a.meeting_id == self.meeting.id]

    def actions_to_review(self) -> list[Action]:
        """The table's open actions from earlier meetings."""
        return [a for a in self.actions if a.is_open and a.meeting_id != self.meeting.id]

    def item_ideas(self, idea_ids: list[str]) -> list[Idea]:
        """The known ideas behind an agenda item, by reference number."""
        ideas = [self.ideas[i] for i in idea_ids if i in self.ideas]
        return sorted(ideas, key=lambda idea: idea.number)


def meeting_sheet(store: Store, meeting_id: str) -> MeetingSheet:
    """Gather a meeting and everything around it from the store."""
    meeting = store.meeting(meeting_id)
    if meeting is None:
        raise NotFound(N_("No such meeting."))
    table = store.table(meeting.table_id)
    if table is None:
        raise NotFound(N_("No such table."))
    ideas = store.ideas_by_id({i for item in meeting.agenda for i in item.idea_ids})
    later = [m for m in store.meetings(table.id) if m.start > meeting.start and m.cancelled is None]
    approval = meeting.approval_item()
    previous = store.meeting(approval.approves_id) if approval else None
    return MeetingSheet(
        meeting=meeting,
        table=table,
        settings=store.settings(),
        ideas=ideas,
        actions=store.actions(table.id),
        next_meeting=later[0] if later else None,
        approved_previous=previous is not None and previous.minutes_approved_in == meeting.id,
    )


def find_meeting_id(store: Store, text: str) -> str:
    """The id of the meeting given by its full id or a unique prefix of at least 4 characters."""
    wanted = text.strip().lower()
    if wanted and store.meeting(wanted) is not None:
        return wanted
    if len(wanted) < MIN_PREFIX:
        raise KioskError(N_("Give at least {count} characters of the meeting's id."), count=MIN_PREFIX)
    matches = [i for i in store.meeting_ids() if i.lower().startswith(wanted)]
    if not matches:
        raise NotFound(N_("No meeting's id starts with {prefix}."), prefix=text.strip())
    if len(matches) > 1:
        raise KioskError(
            N_("{count} meetings' ids start with {prefix}; give more characters."),
            count=len(matches),
            prefix=text.strip(),
        )
    return matches[0]
