"""One table: its goal, participants by sector and role, sub-groups, and closing it.

Participants and sub-groups are two lists; Enter or E on a row opens it for changes.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import DataTable, Static

from kiosk.core.dates import format_day
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import ROLE_LABELS, SECTOR_LABELS, TABLE_KIND_LABELS, SubGroup, Table, TableStatus
from kiosk.core.public import workshops_of_table
from kiosk.core.tables import remove_participant
from kiosk.core.text import clean_text
from screens.staff.balance import balance_content
from screens.staff.base import StaffScreen, first_line, plain
from screens.staff.dialogs.confirm import ConfirmDialog
from screens.staff.footer import StaffFooter


class TableScreen(StaffScreen):
    """Run one table: who is at it, from which sector, in which role, and its sub-groups."""

    BINDINGS = [
        Binding("a", "add_participant", N_("Add participant"), id="table-add-participant"),
        Binding("x", "remove_participant", N_("Remove"), id="table-remove-participant"),
        Binding("g", "add_subgroup", N_("Sub-group"), id="table-add-subgroup"),
        Binding("e", "edit_row", N_("Change"), id="table-edit-row"),
        Binding("t", "edit", N_("Table"), id="table-edit"),  # short: the footer is full at 100 columns
        Binding("m", "meetings", N_("Meetings"), id="table-meetings"),
        Binding("c", "close_table", N_("Close table"), id="table-close"),
    ]

    def __init__(self, table_id: str) -> None:
        super().__init__()
        self.table_id = table_id
        self.table: Table | None = None

    def compose(self) -> ComposeResult:
        """Facts, balance, participants, sub-groups and the footer."""
        yield Static(id="name", classes="title")
        yield Static(id="facts", classes="subtitle")
        yield Static(id="balance", classes="warning")
        yield Static(id="error")
        yield Static(
            _("Enter or E changes the chosen participant or sub-group; Tab moves between the lists."),
            id="lists-hint",
            classes="hint",
        )
        yield DataTable(id="participants", cursor_type="row", zebra_stripes=True)
        with Horizontal(classes="group-pane"):
            yield DataTable(id="groups", cursor_type="row", zebra_stripes=True)
            yield Static(id="subgroups")
        yield StaffFooter()

    def on_mount(self) -> None:
        """Fill in the table."""
        self.query_one("#error", Static).display = False
        grid = self.query_one("#participants", DataTable)
        grid.add_columns(_("Name"), _("Organisation"), _("Sector"), _("Role"))
        self.query_one("#groups", DataTable).add_columns(_("Sub-working group"), _("Members"))
        self.reload()
        grid.focus()

    def on_screen_resume(self) -> None:
        """Refresh after a form closed."""
        self.reload()

    def reload(self, *_ignored) -> None:
        """Read the table again and show it."""
        self.table = self.store.table(self.table_id)
        if self.table is None:
            self.dismiss(None)
            return
        table = self.table
        closed = table.status == TableStatus.CLOSED
        ended = _("ended")
        self.query_one("#name", Static).update(Content(f"{table.name} ({ended})" if closed else table.name))
        facts = [table.theme, table.area, _(TABLE_KIND_LABELS[table.kind])]
        lines = [" \u00b7 ".join(f for f in facts if f)]
        if table.goal:
            lines.append(_("Goal: {goal}").format(goal=first_line(table.goal, 88)))
        origins = workshops_of_table(self.store, table.id)
        if origins:
            born = "; ".join(f"{w.title} ({format_day(w.start)})" for w in origins)
            lines.append(_("Born from the service workshop: {workshops}").format(workshops=first_line(born, 70)))
        if table.ground_rules:
            lines.append(_("Ground rules: {rules}").format(rules=first_line("; ".join(table.ground_rules), 80)))
        self.query_one("#facts", Static).update(Content("\n".join(lines)))
        self.query_one("#balance", Static).update(balance_content(table, warn=not closed))
        self._fill_participants(table)
        self._fill_groups(table)
        self.query_one("#lists-hint").display = not closed
        self.refresh_bindings()

    def _fill_participants(self, table: Table) -> None:
        """The participants, the chair and secretary first."""
        grid = self.query_one("#participants", DataTable)
        row = grid.cursor_row
        grid.clear()
        for person in table.participants:
            grid.add_row(
                plain(first_line(person.name, 28)),
                plain(first_line(person.organisation, 30)),
                plain(_(SECTOR_LABELS[person.sector])),
                plain(_(ROLE_LABELS[person.role])),
                key=person.id,
            )
        if grid.row_count:
            grid.move_cursor(row=min(row, grid.row_count - 1))

    def _fill_groups(self, table: Table) -> None:
        """The sub-groups beside the chosen one's members and task; a closed table shows its evaluation."""
        grid = self.query_one("#groups", DataTable)
        row = grid.cursor_row
        grid.clear()
        listed = table.status != TableStatus.CLOSED and bool(table.subgroups)
        grid.display = listed
        if listed:
            for group in table.subgroups:
                count = len(group.member_ids) + len(group.outside_members)
                grid.add_row(plain(first_line(group.name, 28)), plain(count), key=group.id)
            grid.move_cursor(row=min(row, grid.row_count - 1))
        elif grid.has_focus:
            self.query_one("#participants", DataTable).focus()
        self._show_group(self.current_group())

    def _show_group(self, group: SubGroup | None) -> None:
        """Show a sub-group's members and task (or the evaluation, or that there are none)."""
        table = self.table
        if table is None:
            return
        self.query_one("#subgroups", Static).update(Content("\n".join(self._subgroup_lines(table, group))))

    def _subgroup_lines(self, table: Table, group: SubGroup | None) -> list[str]:
        """A sub-group with members and task, or the closing evaluation of a closed table."""
        if table.status == TableStatus.CLOSED:
            lines = [_("Evaluation: {text}").format(text=table.evaluation)]
            return lines + [f"\u2713 {result}" for result in table.results]
        if group is None:
            return [_("No sub-working groups.")]
        members = [p.name or p.organisation for m in group.member_ids if (p := table.participant(m))]
        members += [clean_text(m) for m in group.outside_members]  # add_subgroup stores this list uncleaned
        lines = [f"{group.name}: {', '.join(members) or '-'}"]
        if group.task:
            lines.append(_("Task: {task}").format(task=group.task))
        return lines

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Moving in the sub-group list shows that group's members and task."""
        if event.data_table.id == "groups":
            self._show_group(self.current_group())

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a participant or a sub-group opens it for changes."""
        if self.check_action("edit_row", ()):
            self._edit(event.data_table.id, event.row_key.value)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Removing applies to participants only: dim its key while the sub-group list has focus."""
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A closed table can only be looked at."""
        changes = {"add_participant", "remove_participant", "add_subgroup", "edit", "edit_row", "close_table"}
        if action in changes and self.table is not None and self.table.status == TableStatus.CLOSED:
            return False
        if action == "remove_participant" and self.focused is not None and self.focused.id == "groups":
            return None
        return True

    def _cursor_key(self, selector: str) -> str | None:
        """The row key under a list's cursor."""
        grid = self.query_one(selector, DataTable)
        if not grid.row_count:
            return None
        return grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value

    def current_participant(self) -> str | None:
        """The id of the participant under the cursor."""
        return self._cursor_key("#participants")

    def current_group(self) -> SubGroup | None:
        """The sub-group under the cursor of the sub-group list."""
        if self.table is None or not self.table.subgroups:
            return None
        group_id = self._cursor_key("#groups")
        return next((g for g in self.table.subgroups if g.id == group_id), self.table.subgroups[0])

    def action_add_participant(self) -> None:
        """Add a person or organisation to the table."""
        from screens.staff.forms.participant import ParticipantDialog

        self.app.push_screen(ParticipantDialog(self.table_id), callback=self.reload)

    def action_edit_row(self) -> None:
        """Change the participant or sub-group under the cursor of the list in use."""
        grid = self.focused if isinstance(self.focused, DataTable) else self.query_one("#participants", DataTable)
        self._edit(grid.id, self._cursor_key(f"#{grid.id}"))

    def _edit(self, list_id: str | None, row_id: str | None) -> None:
        """Open a participant (``participants``) or a sub-group (``groups``) in its form."""
        from screens.staff.forms.participant import ParticipantDialog
        from screens.staff.forms.subgroup import SubGroupDialog

        table = self.table
        if table is None or row_id is None:
            return
        if list_id == "participants" and (person := table.participant(row_id)) is not None:
            self.app.push_screen(ParticipantDialog(self.table_id, person), callback=self.reload)
        elif list_id == "groups" and (group := next((g for g in table.subgroups if g.id == row_id), None)):
            self.app.push_screen(SubGroupDialog(table, group), callback=self.reload)

    def action_remove_participant(self) -> None:
        """Take the chosen participant off the table, after asking."""
        person_id = self.current_participant()
        person = self.table.participant(person_id) if self.table and person_id else None
        if person is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.run_service(lambda: remove_participant(self.store, self.table_id, person.id), self.reload)

        self.app.push_screen(
            ConfirmDialog(_("Remove {who} from the table?").format(who=person.display), _("Remove")), callback=answer
        )

    def action_add_subgroup(self) -> None:
        """Set up a sub-working group."""
        from screens.staff.forms.subgroup import SubGroupDialog

        if self.table:
            self.app.push_screen(SubGroupDialog(self.table), callback=self.reload)

    def action_edit(self) -> None:
        """Edit the table's facts."""
        from screens.staff.forms.table import TableFormDialog

        if self.table:
            self.app.push_screen(TableFormDialog(self.table), callback=self.reload)

    def action_meetings(self) -> None:
        """The table's meetings."""
        from screens.staff.meetings import MeetingsScreen

        self.app.push_screen(MeetingsScreen(table_id=self.table_id))

    def action_close_table(self) -> None:
        """Close the table with its joint evaluation and results."""
        from screens.staff.forms.close_table import CloseTableDialog

        self.app.push_screen(CloseTableDialog(self.table_id), callback=self.reload)
