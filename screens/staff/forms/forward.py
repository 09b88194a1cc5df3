"""Forward an idea to a meeting's agenda: as background to a new open question, or onto an existing item.

Every meeting not closed or called off is offered (one whose time has passed too, to be written up),
the upcoming ones first. A new item asks for the question the table is to discuss; the idea stays
linked to it by reference, never becoming the item's words.
"""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Select, Static

from kiosk.core.i18n import N_, current_language
from kiosk.core.i18n import gettext as _
from kiosk.core.ideas import forward_idea_to_agenda, suggested_question
from kiosk.core.meetings import forwardable_meetings
from kiosk.core.model import Idea, Meeting
from kiosk.core.parsing import parse_minutes
from screens.staff.base import first_line
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import QUESTION_HINT, QuestionCheck, field, form_buttons
from screens.staff.labels import item_title, meeting_label

NEW_ITEM = "new"
"""Agenda item choice: make a new item of the idea."""


class ForwardDialog(QuestionCheck):
    """Choose the meeting (the soonest first), the open question and the item's time."""

    def __init__(self, idea: Idea) -> None:
        super().__init__()
        self.idea = idea
        self.meetings: dict[str, Meeting] = {}

    def compose(self) -> ComposeResult:
        """The idea, the meeting, the item and its minutes."""
        self.meetings = {m.id: m for m in forwardable_meetings(self.store)}
        self.tables = {t.id: t for t in self.store.tables(active_only=True)}
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
                    prompt=_("No meetings open for items"),
                    id="meeting",
                )
                yield Label(_("Agenda item"))
                yield Select([(_("A new item"), NEW_ITEM)], value=NEW_ITEM, allow_blank=False, id="item")
                yield from field(
                    _("Open question for the table (the idea is its background)"),
                    Input(suggested_question(self.idea, current_language()), id="question", max_length=200),
                )
                yield Static(_(QUESTION_HINT), classes="hint")
                yield from field(
                    _("Minutes for a new item"), Input("10", id="minutes", restrict=r"[0-9]*", max_length=3)
                )
            yield Static(id="planned", classes="hint")
            yield from form_buttons()
        yield StaffFooter()

    def on_mount(self) -> None:
        """Show the chosen meeting's items."""
        super().on_mount()
        self._show_items()

    def on_select_changed(self, event: Select.Changed) -> None:
        """Another meeting: list its items."""
        if event.select.id == "meeting":
            self._show_items()
        elif event.select.id == "item":
            new = event.value == NEW_ITEM
            self.query_one("#question", Input).disabled = not new
            self.query_one("#minutes", Input).disabled = not new

    def _show_items(self) -> None:
        """The chosen meeting's agenda items, and how full its agenda is."""
        meeting = self.meetings.get(self.query_one("#meeting", Select).value)  # type: ignore[arg-type]
        items = self.query_one("#item", Select)
        options: list[tuple[str | Content, str]] = [(_("A new item"), NEW_ITEM)]
        if meeting is not None:
            options += [(Content(first_line(item_title(i), 60)), i.id) for i in meeting.agenda if i.automatic is None]
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
        item_id = self.optional_choice("#item", NEW_ITEM)
        question = "" if item_id else self.checked_question(self.value("#question"))
        return partial(
            forward_idea_to_agenda,
            self.store,
            self.idea.id,
            meeting_id,
            question=question,
            minutes=parse_minutes(self.value("#minutes")),
            agenda_item_id=item_id,
        )
