"""Forward an idea to an upcoming meeting's agenda, as a new item or onto an existing one."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Input, Label, Select, Static

from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.ideas import forward_idea_to_agenda
from kiosk.core.model import Idea, Meeting
from kiosk.core.parsing import parse_minutes
from kiosk.core.public import upcoming_meetings
from screens.staff.base import first_line
from screens.staff.forms.base import FormDialog, field, form_buttons
from screens.staff.labels import meeting_label

NEW_ITEM = "new"
"""Agenda item choice: make a new item of the idea."""


class ForwardDialog(FormDialog):
    """Choose the meeting (the soonest first) and the item's time."""

    def __init__(self, idea: Idea) -> None:
        super().__init__()
        self.idea = idea
        self.meetings: dict[str, Meeting] = {}

    def compose(self) -> ComposeResult:
        """The idea, the meeting, the item and its minutes."""
        upcoming = upcoming_meetings(self.store)
        self.meetings = {u.meeting.id: u.meeting for u in upcoming}
        self.tables = {u.table.id: u.table for u in upcoming}
        choices = [(Content(meeting_label(m, self.tables)), m.id) for m in self.meetings.values()]
        with Vertical(classes="dialog"):
            yield Static(
                _("Forward {ref} to a meeting's agenda").format(ref=self.idea.reference), classes="dialog-title"
            )
            yield Static(Content(first_line(self.idea.text, 76)), classes="hint")
            with VerticalScroll(classes="form"):
                yield Label(_("Meeting"))
                yield Select(
                    choices,
                    value=choices[0][1] if choices else Select.NULL,
                    prompt=_("No upcoming meetings"),
                    id="meeting",
                )
                yield Label(_("Agenda item"))
                yield Select([(_("A new item"), NEW_ITEM)], value=NEW_ITEM, allow_blank=False, id="item")
                yield from field(
                    _("Minutes for a new item"), Input("10", id="minutes", restrict=r"[0-9]*", max_length=3)
                )
            yield Static(id="planned", classes="hint")
            yield from form_buttons()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Show the chosen meeting's items."""
        super().on_mount()
        self._show_items()

    def on_select_changed(self, event: Select.Changed) -> None:
        """Another meeting: list its items."""
        if event.select.id == "meeting":
            self._show_items()

    def _show_items(self) -> None:
        """The chosen meeting's agenda items, and how full its agenda is."""
        meeting = self.meetings.get(self.query_one("#meeting", Select).value)  # type: ignore[arg-type]
        items = self.query_one("#item", Select)
        options = [(_("A new item"), NEW_ITEM)]
        if meeting is not None:
            options += [(Content(first_line(i.title, 60)), i.id) for i in meeting.agenda]
            self.query_one("#planned", Static).update(
                _("The agenda takes {planned} of {minutes} minutes.").format(
                    planned=meeting.planned_minutes(), minutes=meeting.duration_minutes
                )
            )
        items.set_options(options)
        items.value = NEW_ITEM

    def build(self):
        """The forwarding as the core takes it; the core refuses an agenda that would not fit."""
        meeting_id = self.chosen("#meeting", N_("Schedule a meeting first, then forward the idea to it."))
        return partial(
            forward_idea_to_agenda,
            self.store,
            self.idea.id,
            meeting_id,
            minutes=parse_minutes(self.value("#minutes")),
            agenda_item_id=self.optional_choice("#item", NEW_ITEM),
        )
