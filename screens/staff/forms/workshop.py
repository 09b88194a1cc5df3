"""Create or change a service workshop: title, date, start, place, a description and (if any) themes beforehand."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS, Workshop
from kiosk.core.parsing import day_input, parse_moment, time_input
from kiosk.core.workshops import create_workshop, update_workshop
from screens.staff.footer import StaffFooter
from screens.staff.forms.base import FormDialog, field, form_buttons


class WorkshopDialog(FormDialog):
    """A workshop is open for ideas from the moment it is created; its themes may come out of it later."""

    def __init__(self, workshop: Workshop | None = None) -> None:
        super().__init__()
        self.workshop = workshop
        """The workshop being changed (None: a new one)."""

    def compose(self) -> ComposeResult:
        """The form, filled in with the workshop being changed."""
        w = self.workshop
        with Vertical(classes="dialog"):
            yield Static(_("Change the service workshop") if w else _("New service workshop"), classes="dialog-title")
            with VerticalScroll(classes="form"):
                yield from field(_("Title"), Input(w.title if w else "", id="title", max_length=NAME_MAX_CHARS))
                with Horizontal(classes="row"):
                    with Vertical():
                        yield from field(_("Date (e.g. 3.12.2026)"), Input(day_input(w.start if w else None), id="day"))
                    with Vertical():
                        yield from field(
                            _("Start (e.g. 17.00)"), Input(time_input(w.start) if w else "17.00", id="time")
                        )
                yield from field(_("Place"), Input(w.place if w else "", id="place", max_length=NAME_MAX_CHARS))
                yield from field(
                    _("Description"), TextArea(w.description if w else "", id="description", soft_wrap=True)
                )
                yield from field(
                    _("Themes beforehand, if any, one per line"),
                    TextArea("\n".join(w.themes) if w else "", id="themes", soft_wrap=True),
                )
            yield from form_buttons()
        yield StaffFooter()

    def build(self):
        """The workshop (the core refuses one without a title or place)."""
        start = parse_moment(self.value("#day"), self.value("#time"), today=self.store.now().date())
        if self.workshop is not None:
            return partial(
                update_workshop,
                self.store,
                self.workshop.id,
                self.value("#title"),
                start,
                self.value("#place"),
                self.value("#themes").splitlines(),
                description=self.value("#description"),
            )
        return partial(
            create_workshop,
            self.store,
            self.value("#title"),
            start,
            self.value("#place"),
            self.value("#themes").splitlines(),
            description=self.value("#description"),
        )
