"""One table: its goal, participants by sector and role, sub-groups, and closing it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import DataTable, Footer, Static

from kiosk.core.i18n import N_, gettext as _
from kiosk.core.model import ROLE_LABELS, SECTOR_LABELS, TABLE_KIND_LABELS, Table, TableStatus
from kiosk.core.tables import close_table, remove_participant
from screens.staff.balance import balance_content
from screens.staff.base import StaffScreen, first_line, plain
from screens.staff.dialogs.confirm import ConfirmDialog


class TableScreen(StaffScreen):
    """Run one table: who is at it, from which sector, in which role, and its sub-groups."""

    BINDINGS = [
        Binding("a", "add_participant", N_("Add participant"), id="table-add-participant"),
        Binding("x", "remove_participant", N_("Remove"), id="table-remove-participant"),
        Binding("g", "add_subgroup", N_("Sub-group"), id="table-add-subgroup"),
        Binding("e", "edit", N_("Edit"), id="table-edit"),
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
        yield DataTable(id="participants", cursor_type="row", zebra_stripes=True)
        yield Static(id="subgroups", classes="detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Fill in the table."""
        self.query_one("#error", Static).display = False
        grid = self.query_one(DataTable)
        grid.add_columns(_("Name"), _("Organisation"), _("Sector"), _("Role"))
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
        if table.ground_rules:
            lines.append(_("Ground rules: {rules}").format(rules=first_line("; ".join(table.ground_rules), 80)))
        self.query_one("#facts", Static).update(Content("\n".join(lines)))
        self.query_one("#balance", Static).update(balance_content(table, warn=not closed))
        self._fill_participants(table)
        self.query_one("#subgroups", Static).update(Content("\n".join(self._subgroup_lines(table))))
        self.refresh_bindings()

    def _fill_participants(self, table: Table) -> None:
        """The participants, the chair and secretary first."""
        grid = self.query_one(DataTable)
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

    def _subgroup_lines(self, table: Table) -> list[str]:
        """Sub-groups with members and task, or the closing evaluation of a closed table."""
        lines: list[str] = []
        if table.status == TableStatus.CLOSED:
            lines.append(_("Evaluation: {text}").format(text=table.evaluation))
            lines += [f"\u2713 {result}" for result in table.results]
            return lines
        if not table.subgroups:
            return [_("No sub-working groups.")]
        for group in table.subgroups:
            members = [p.name or p.organisation for m in group.member_ids if (p := table.participant(m))]
            members += group.outside_members
            lines.append(f"{group.name}: {', '.join(members) or '-'}")
            if group.task:
                lines.append("  " + _("Task: {task}").format(task=first_line(group.task, 80)))
        return lines

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A closed table can only be looked at."""
        changes = {"add_participant", "remove_participant", "add_subgroup", "edit", "close_table"}
        if action in changes and self.table is not None and self.table.status == TableStatus.CLOSED:
            return False
        return True

    def current_participant(self) -> str | None:
        """The id of the participant under the cursor."""
        grid = self.query_one(DataTable)
        if not grid.row_count:
            return None
        return grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value

    def action_add_participant(self) -> None:
        """Add a person or organisation to the table."""
        from screens.staff.forms.participant import ParticipantDialog

        self.app.push_screen(ParticipantDialog(self.table_id), callback=self.reload)

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
