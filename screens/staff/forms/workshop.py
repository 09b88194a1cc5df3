"""Create a service workshop: title, date, start, place, a description and (if any) themes beforehand."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Input, Static, TextArea

from kiosk.core.i18n import gettext as _
from kiosk.core.model import NAME_MAX_CHARS
from kiosk.core.parsing import parse_moment
from kiosk.core.workshops import create_workshop
from screens.staff.forms.base import FormDialog, field, form_buttons


class WorkshopDialog(FormDialog):
    """A workshop is open for ideas from the moment it is created; its themes may come out of it later."""

    def compose(self) -> ComposeResult:
        """The form."""
        with Vertical(classes="dialog"):
            yield Static(_("New service workshop"), classes="dialog-title")
            with VerticalScroll(classes="form"):
                yield from field(_("Title"), Input(id="title", max_length=NAME_MAX_CHARS))
                with Horizontal(classes="row"):
                    with Vertical():
                        yield from field(_("Date (e.g. 3.12.2026)"), Input(id="day"))
                    with Vertical():
                        yield from field(_("Start (e.g. 17.00)"), Input("17.00", id="time"))
                yield from field(_("Place"), Input(id="place", max_length=NAME_MAX_CHARS))
                yield from field(_("Description"), TextArea(id="description", soft_wrap=True))
                yield from field(_("Themes beforehand, if any, one per line"), TextArea(id="themes", soft_wrap=True))
            yield from form_buttons()
        yield Footer(compact=True)

    def build(self):
        """The workshop (the core refuses one without a title or place)."""
        start = parse_moment(self.value("#day"), self.value("#time"), today=self.store.now().date())
        return partial(
            create_workshop,
            self.store,
            self.value("#title"),
            start,
            self.value("#place"),
            self.value("#themes").splitlines(),
            description=self.value("#description"),
        )
