"""One meeting: its agenda of open questions with times, its life (start, close, move, call off),
its minutes and their approval at the next meeting, and the table's actions."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import DataTable, Static

from kiosk.core.dates import format_day, format_span, format_when
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.meetings import approve_minutes, cancel_meeting, close_meeting, start_meeting
from kiosk.core.model import (
    MEETING_STATE_LABELS,
    Action,
    ActionStatus,
    Meeting,
    MeetingState,
    Table,
)
from kiosk.core.tables import set_action_status, update_meeting
from screens.staff.base import StaffScreen, first_line, plain
from screens.staff.dialogs.confirm import ConfirmDialog
from screens.staff.dialogs.text import TextDialog
from screens.staff.footer import StaffFooter
from screens.staff.labels import action_state, item_title

FACTS_REFRESH_SECONDS = 30
"""How often an open meeting screen reads the clock again (the start time may pass while it is open)."""


class MeetingScreen(StaffScreen):
    """Build the agenda, then record the minutes and the agreed actions."""

    BINDINGS = [
        Binding("a", "add_item", N_("Add item"), id="meeting-add-item"),
        Binding("x", "remove_item", N_("Remove item"), id="meeting-remove-item"),
        Binding("e", "edit", N_("Move"), id="meeting-edit"),
        Binding("s", "start", N_("Start"), id="meeting-start"),
        Binding("r", "minutes", N_("Minutes"), id="meeting-minutes"),
        Binding("h", "approve", N_("Approve minutes"), id="meeting-approve"),
        Binding("c", "close", N_("End meeting"), id="meeting-close"),
        Binding("p", "call_off", N_("Call off"), id="meeting-call-off"),
        Binding("t", "add_action", N_("New action"), id="meeting-add-action"),
        Binding("d", "action_done", N_("Action done"), id="meeting-action-done"),
        # Named in the hint over the actions: the footer is full at 100 columns.
        Binding("v", "milestones", N_("Milestones"), id="meeting-milestones", show=False),
        Binding("l", "print_todo", N_("To-do sheets"), id="meeting-print-todo", show=False),
    ]

    def __init__(self, meeting_id: str) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.meeting: Meeting | None = None
        self.table: Table | None = None
        self.actions: dict[str, Action] = {}

    def compose(self) -> ComposeResult:
        """Heading, facts, the agenda, the actions and the footer."""
        yield Static(id="heading", classes="title")
        yield Static(id="facts", classes="subtitle")
        yield Static(id="error")
        yield Static(_("Agenda (Enter changes an item)"), classes="hint")
        yield DataTable(id="agenda", cursor_type="row", zebra_stripes=True)
        yield Static(_("Agreed actions of the table (V: milestones, L: print to-do sheets per party)"), classes="hint")
        yield DataTable(id="actions", cursor_type="row", zebra_stripes=True)
        yield StaffFooter()

    def on_mount(self) -> None:
        """Fill in the meeting."""
        self.query_one("#error", Static).display = False
        self.query_one("#agenda", DataTable).add_columns("#", _("Item"), _("Min"), _("From"), _("Minutes"))
        self.query_one("#actions", DataTable).add_columns(_("Action"), _("Responsible"), _("Due"), _("State"))
        self.reload()
        self.query_one("#agenda", DataTable).focus()
        self.set_interval(FACTS_REFRESH_SECONDS, self._refresh_facts)

    def _refresh_facts(self) -> None:
        """Keep the meeting's state line true as its start time passes on a screen left open."""
        if self.meeting is not None:
            lines = [" \u00b7 ".join(self._facts(self.meeting))] + ([self.meeting.title] if self.meeting.title else [])
            self.query_one("#facts", Static).update(Content("\n".join(lines)))
            self.refresh_bindings()

    def on_screen_resume(self) -> None:
        """Refresh after a form or the minutes closed."""
        self.reload()

    def reload(self, *_ignored) -> None:
        """Read the meeting, its table and the table's actions again."""
        self.meeting = self.store.meeting(self.meeting_id)
        if self.meeting is None:
            self.dismiss(None)
            return
        meeting = self.meeting
        self.table = self.store.table(meeting.table_id)
        name = self.table.name if self.table else "?"
        self.query_one("#heading", Static).update(Content(f"{name} \u2013 {format_span(meeting.start, meeting.end)}"))
        self._refresh_facts()
        self._fill_agenda(meeting)
        self._fill_actions(meeting.table_id)

    def _facts(self, meeting: Meeting) -> list[str]:
        """Place, how full the agenda is, where the meeting is in its life, and its minutes."""
        state = meeting.state(self.store.now())
        facts = [
            meeting.place,
            _("agenda {planned}/{minutes} min").format(
                planned=meeting.planned_minutes(), minutes=meeting.duration_minutes
            ),
            _(MEETING_STATE_LABELS[state]),
        ]
        if meeting.moved_from is not None and state != MeetingState.MOVED:
            facts.append(_(MEETING_STATE_LABELS[MeetingState.MOVED]))
        if meeting.has_minutes:
            facts.append(_("minutes recorded, {count} present").format(count=len(meeting.attendee_ids)))
            if meeting.minutes_approved is not None:
                facts.append(_("approved {day}").format(day=format_day(meeting.minutes_approved)))
            else:
                facts.append(_("draft until the next meeting approves it"))
        elif not meeting.held and not self._minutes_open(meeting):
            facts.append(_("minutes can be written once it has started"))
        return facts

    def _minutes_open(self, meeting: Meeting) -> bool:
        """Minutes are written once the meeting was started, or its start time has come (read now, not at mount)."""
        return meeting.cancelled is None and (meeting.started is not None or meeting.start <= self.store.now())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only the steps that fit where the meeting is, so the footer stays short.

        The agenda is built, and the meeting moved or called off, before it starts; staff start it
        early, or late while its time lasts. Once it has begun it is closed, its actions agreed and
        the previous minutes approved. The minutes key stays (unless it is called off) and says why
        when it is too early.
        """
        meeting = self.meeting
        if meeting is None:
            return True
        state = meeting.state(self.store.now())
        if state == MeetingState.CANCELLED:
            return action in ("action_done", "back")
        ahead = meeting.started is None and state in (MeetingState.UPCOMING, MeetingState.MOVED)
        begun = self._minutes_open(meeting)
        shown = {
            "add_item": ahead,
            "remove_item": ahead,
            "edit": meeting.started is None and state in (MeetingState.UPCOMING, MeetingState.MOVED, MeetingState.PAST),
            "start": meeting.started is None
            and state in (MeetingState.UPCOMING, MeetingState.MOVED, MeetingState.UNDER_WAY),
            "call_off": ahead,
            "close": begun and state != MeetingState.CLOSED,
            "approve": begun and self._approval_waiting(meeting),
            "add_action": begun,
        }
        return shown.get(action, True)

    def _approval_waiting(self, meeting: Meeting) -> bool:
        """Whether this meeting carries earlier minutes that are not approved yet."""
        item = meeting.approval_item()
        earlier = self.store.meeting(item.approves_id) if item else None
        return earlier is not None and not earlier.minutes_approved_in

    def _fill_agenda(self, meeting: Meeting) -> None:
        """The agenda items with where they came from."""
        grid = self.query_one("#agenda", DataTable)
        row = grid.cursor_row
        grid.clear()
        approval = meeting.approval_item()
        approved = approval.id if approval and not self._approval_waiting(meeting) else ""
        for number, item in enumerate(meeting.agenda, 1):
            sources = []
            for idea_id in item.idea_ids:
                idea = self.store.idea(idea_id)
                sources.append(idea.reference if idea else "?")
            if item.action_ids:
                sources.append(_("{count} actions").format(count=len(item.action_ids)))
            grid.add_row(
                plain(number),
                plain(first_line(item_title(item), 44)),
                plain(item.minutes_planned),
                plain(first_line(", ".join(sources), 20)),
                plain("\u2713" if item.notes or item.id == approved else ""),
                key=item.id,
            )
        if grid.row_count:
            grid.move_cursor(row=min(row, grid.row_count - 1))

    def _fill_actions(self, table_id: str) -> None:
        """The table's agreed actions, open ones first."""
        actions = sorted(self.store.actions(table_id), key=lambda a: not a.is_open)
        self.actions = {a.id: a for a in actions}
        today = self.store.now().date()
        grid = self.query_one("#actions", DataTable)
        row = grid.cursor_row
        grid.clear()
        for action in actions:
            grid.add_row(
                plain(first_line(action.what, 44)),
                plain(first_line(action.responsible, 24)),
                plain(format_day(action.due) if action.due else ""),
                plain(action_state(action, today)),
                key=action.id,
            )
        if grid.row_count:
            grid.move_cursor(row=min(row, grid.row_count - 1))

    def _cursor_key(self, selector: str) -> str | None:
        """The row key under a list's cursor."""
        grid = self.query_one(selector, DataTable)
        if not grid.row_count:
            return None
        return grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value

    def action_add_item(self) -> None:
        """Add an open question to the agenda."""
        from screens.staff.forms.agenda_item import AgendaItemDialog

        if self.meeting:
            self.app.push_screen(AgendaItemDialog(self.meeting), callback=self.reload)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on an agenda item opens it for changes (its question, background, minutes)."""
        from screens.staff.forms.agenda_item import AgendaItemDialog

        if event.data_table.id != "agenda" or self.meeting is None:
            return
        item = next((i for i in self.meeting.agenda if i.id == event.row_key.value), None)
        if item is not None:
            self.app.push_screen(AgendaItemDialog(self.meeting, item), callback=self.reload)

    def action_remove_item(self) -> None:
        """Take an item off the agenda, unless residents' ideas were forwarded to it."""
        item_id = self._cursor_key("#agenda")
        meeting = self.meeting
        item = next((i for i in meeting.agenda if i.id == item_id), None) if meeting else None
        if meeting is None or item is None:
            return
        if item.idea_ids:
            self.show_error(_("Residents' ideas were forwarded to this item; it stays on the agenda."))
            return
        changed = replace(meeting, agenda=[i for i in meeting.agenda if i.id != item.id])

        def answer(yes: bool | None) -> None:
            if yes:
                self.run_service(lambda: update_meeting(self.store, changed), self.reload)

        self.app.push_screen(
            ConfirmDialog(_("Remove \u201c{item}\u201d from the agenda?").format(item=item_title(item)), _("Remove")),
            callback=answer,
        )

    def action_edit(self) -> None:
        """Change the meeting's time, length, place or question."""
        from screens.staff.forms.meeting import MeetingFormDialog

        if self.meeting:
            self.app.push_screen(MeetingFormDialog(self.meeting), callback=self.reload)

    def action_minutes(self) -> None:
        """Record attendance, minutes per item and general notes, once the meeting has started."""
        from screens.staff.minutes import MinutesScreen

        meeting = self.store.meeting(self.meeting_id)
        if meeting is None:
            return
        if meeting.cancelled is not None:
            self.show_error(_("The meeting was called off; it has no minutes."))
        elif not meeting.held and not self._minutes_open(meeting):
            self.show_error(
                _("The meeting starts {when}. Press S to start it now; the minutes open once it has started.").format(
                    when=format_when(meeting.start)
                )
            )
        else:
            self.app.push_screen(MinutesScreen(self.meeting_id))

    def action_start(self) -> None:
        """Start the meeting now, at its time or earlier or later."""
        self.run_service(
            lambda: start_meeting(self.store, self.meeting_id), self._changed(_("The meeting has started."))
        )

    def action_close(self) -> None:
        """Close the meeting after asking: it then counts as held."""
        self._confirmed(
            _("Close the meeting? It then counts as held; the minutes can still be written."),
            _("Close the meeting"),
            lambda: close_meeting(self.store, self.meeting_id),
            _("The meeting is closed."),
        )

    def action_call_off(self) -> None:
        """Call the meeting off after asking: residents see it as cancelled."""
        self._confirmed(
            _("Call the meeting off? Residents see it as cancelled on the screen and on a reprinted poster."),
            _("Call the meeting off"),
            lambda: cancel_meeting(self.store, self.meeting_id),
            _("The meeting is called off."),
        )

    def action_approve(self) -> None:
        """At this meeting, mark the previous meeting's minutes approved."""
        self.run_service(
            lambda: approve_minutes(self.store, self.meeting_id), self._changed(_("The previous minutes are approved."))
        )

    def _confirmed(self, question: str, yes: str, call, done: str) -> None:
        """Ask, then run the core call and say it was done."""

        def answer(confirmed: bool | None) -> None:
            if confirmed:
                self.run_service(call, self._changed(done))

        self.app.push_screen(ConfirmDialog(question, yes), callback=answer)

    def _changed(self, done: str):
        """A follow-up that tells what was done and shows the meeting again."""

        def then(_result: object) -> None:
            self.show_done(done)
            self.reload()

        return then

    def action_add_action(self) -> None:
        """Record an agreed action: what, who at the table, by when."""
        from screens.staff.forms.action import ActionDialog

        if self.meeting and self.table:
            item_id = self._cursor_key("#agenda")
            self.app.push_screen(ActionDialog(self.meeting, self.table, item_id), callback=self.reload)

    def action_action_done(self) -> None:
        """Mark the chosen action done, with its result."""
        action = self.actions.get(self._cursor_key("#actions") or "")
        if action is None:
            self.show_error(_("Choose an action in the list of actions first."))
            return

        def save(result: str | None) -> None:
            if result:
                self.run_service(
                    lambda: set_action_status(self.store, action.id, ActionStatus.DONE, result), self.reload
                )

        self.app.push_screen(
            TextDialog(
                _("What came of \u201c{what}\u201d?").format(what=first_line(action.what, 50)),
                action.result,
                hint=_("The result is shown to residents with the table's results."),
            ),
            callback=save,
        )

    def chosen_action(self) -> Action | None:
        """The action under the cursor of the list of actions (or a message to choose one)."""
        action = self.actions.get(self._cursor_key("#actions") or "")
        if action is None:
            self.show_error(_("Choose an action in the list of actions first."))
        return action

    def action_milestones(self) -> None:
        """Add, change or remove the chosen action's milestones."""
        from screens.staff.forms.milestones import MilestonesDialog

        action = self.chosen_action()
        if action is not None:
            self.app.push_screen(MilestonesDialog(action), callback=self.reload)

    def action_print_todo(self) -> None:
        """Print a to-do sheet for each party with open actions of the table."""
        from kiosk.core.export import default_export_folder
        from screens.staff.print_export import print_meeting

        language = self.store.settings().language
        folder = default_export_folder(self.store)
        self.run_service(lambda: print_meeting(self.store, "todo", self.meeting_id, language, folder), self._printed)

    def _printed(self, printed) -> None:
        """Say where the to-do sheets are and which printer took them."""
        self.show_done(
            _("Saved to {path}. Sent to printer {printer} (job {job}).").format(
                path=printed.path, printer=printed.printer, job=printed.job
            )
        )
