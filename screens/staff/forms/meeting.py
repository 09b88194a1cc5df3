"""Schedule a meeting or move it (time, place): at most 90 minutes, and a time in the past only once asked."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Select, Static

from kiosk.core.dates import format_when
from kiosk.core.errors import KioskError, ValidationError
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.meeting_order import PAST_QUESTION
from kiosk.core.meetings import move_meeting
from kiosk.core.model import MAX_MEETING_MINUTES, NAME_MAX_CHARS, Meeting
from kiosk.core.parsing import day_input, parse_minutes, parse_moment, time_input
from kiosk.core.tables import schedule_meeting
from screens.staff.dialogs.confirm import ConfirmDialog
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import FormDialog, field, form_buttons


class MeetingFormDialog(FormDialog):
    """Table, date, start, length, place and the question of the meeting."""

    def __init__(self, meeting: Meeting | None = None, *, table_id: str | None = None) -> None:
        super().__init__()
        self.meeting = meeting
        self.table_id = meeting.table_id if meeting else table_id
        self.allow_past = False
        """Set once staff answered yes to "in the past, save anyway?"."""

    def compose(self) -> ComposeResult:
        """The form; the table is chosen only for a new meeting."""
        meeting = self.meeting
        tables = self.store.tables(active_only=True)
        with Vertical(classes="dialog"):
            yield Static(_("Move or change the meeting") if meeting else _("New meeting"), classes="dialog-title")
            with VerticalScroll(classes="form"):
                if meeting is None:
                    yield Label(_("Table"))
                    default = self.table_id or (tables[0].id if len(tables) == 1 else Select.NULL)
                    yield Select(
                        [(Content(t.name), t.id) for t in tables], value=default, prompt=_("Choose"), id="table"
                    )
                with Horizontal(classes="row"):
                    with Vertical():
                        yield from field(
                            _("Date (e.g. 3.12.2026)"), Input(day_input(meeting.start if meeting else None), id="day")
                        )
                    with Vertical():
                        yield from field(
                            _("Start (e.g. 17.00)"), Input(time_input(meeting.start) if meeting else "17.00", id="time")
                        )
                    with Vertical():
                        yield from field(
                            _("Length, min (at most {limit})").format(limit=MAX_MEETING_MINUTES),
                            Input(str(meeting.duration_minutes if meeting else MAX_MEETING_MINUTES), id="length"),
                        )
                yield from field(
                    _("Place"), Input(meeting.place if meeting else "", id="place", max_length=NAME_MAX_CHARS)
                )
                yield from field(
                    _("Question of the meeting (optional)"),
                    Input(meeting.title if meeting else "", id="title", max_length=300),
                )
            yield from form_buttons()
        yield StaffFooter()

    def first_field(self) -> str | None:
        """Start at the date once the table is known."""
        table = self.query("#table")
        return "#day" if not table or table.first(Select).value is not Select.NULL else None

    def start(self):
        """The start typed in the form (``ValidationError`` explains a bad date or time)."""
        return parse_moment(self.value("#day"), self.value("#time"), today=self.store.now().date())

    def action_save(self) -> None:
        """Save; a new start in the past is saved only after staff confirm it."""
        try:
            start = self.start()
        except KioskError as error:
            self.show_error(error.translated())
            return
        unchanged = self.meeting is not None and start == self.meeting.start
        if start >= self.store.now() or unchanged or self.allow_past:
            super().action_save()
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.allow_past = True
                super(MeetingFormDialog, self).action_save()

        question = _(PAST_QUESTION).format(when=format_when(start))
        self.app.push_screen(ConfirmDialog(question, _("Save in the past")), callback=answer)

    def build(self):
        """The meeting as the core takes it; the core refuses over 90 minutes and an agenda that does not fit."""
        start = self.start()
        length = parse_minutes(self.value("#length"))
        if self.meeting is not None:
            return partial(
                move_meeting,
                self.store,
                self.meeting.id,
                start,
                self.value("#place"),
                duration_minutes=length,
                title=self.value("#title"),
                allow_past=self.allow_past,
            )
        table_id = self.query_one("#table", Select).value
        if table_id is Select.NULL:
            raise ValidationError(N_("Choose the table the meeting is for."))
        return partial(
            schedule_meeting,
            self.store,
            str(table_id),
            start,
            self.value("#place"),
            duration_minutes=length,
            title=self.value("#title"),
            allow_past=self.allow_past,
        )
