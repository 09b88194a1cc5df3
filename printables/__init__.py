"""Printables: meeting posters with QR codes, agendas, minutes, large-text sheets and to-do sheets as PDFs.

The staff screens, the resident's large-text request and ``kiosk print`` all
call the same two functions: ``build_pdf`` here, and
``printables.printing.print_pdf`` to send a file through CUPS. Both are slow
enough to run in a worker thread. Nothing here imports Textual.

The builders (reportlab, qrcode with PIL, icalendar) are imported only when a
PDF is built: ``import printables`` stays cheap, so the ``kiosk`` command and
the kiosk itself start without loading them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.errors import KioskError
from kiosk.core.i18n import LANGUAGES, N_
from kiosk.core.public import (
    RESULTS_SHEET_ACTIONS,
    RESULTS_SHEET_TABLES,
    results_since,
    table_results,
)
from printables.sources import MeetingSheet, find_meeting_id, meeting_sheet

if TYPE_CHECKING:
    from kiosk.core.store import Store

KINDS = ("poster", "agenda", "summary", "large", "todo", "results")
"""What can be printed; every kind but ``results`` is about one meeting."""
MEETING_KINDS = frozenset(KINDS) - {"results"}
"""The kinds that need a meeting."""

__all__ = [
    "KINDS",
    "MEETING_KINDS",
    "MeetingSheet",
    "build_pdf",
    "build_sheet_pdf",
    "find_meeting_id",
    "meeting_sheet",
]


def build_sheet_pdf(kind: str, sheet: MeetingSheet, language: str = "fi", *, calendar: bool = False) -> bytes:
    """A meeting's printable from an already gathered sheet (e.g. one a staff screen is editing)."""
    if kind == "poster":
        from printables.poster import build_poster

        return build_poster(sheet, language, calendar=calendar)
    if kind == "agenda":
        from printables.agenda import build_agenda

        return build_agenda(sheet, language)
    if kind == "summary":
        from printables.summary import build_summary

        return build_summary(sheet, language)
    if kind == "large":
        from printables.large import build_large

        return build_large(sheet, language)
    if kind == "todo":
        from printables.todo import build_todo

        return build_todo(sheet, language)
    raise KioskError(N_("Unknown printable: {kind}."), kind=kind)


def build_pdf(
    kind: str, store: Store, meeting_id: str | None, language: str = "fi", *, calendar: bool = False
) -> bytes:
    """The PDF of a kind of printable, in a language, as bytes (the same input gives the same bytes).

    ``meeting_id`` is the meeting's full id (``find_meeting_id`` resolves a prefix)
    and must be None for ``results``. ``calendar`` adds the calendar-event QR
    code to a poster. Raises ``KioskError`` with a translatable message.
    """
    if language not in LANGUAGES:
        raise KioskError(N_("Unknown language: {language}."), language=language)
    if kind == "results":
        if meeting_id:
            raise KioskError(N_("The results sheet covers every table; leave out the meeting."))
        from printables.results import build_results

        now = store.now()
        since = results_since(now)
        results = table_results(store, since, per_table=RESULTS_SHEET_ACTIONS)
        shown = [entry.read(store) for entry in results[:RESULTS_SHEET_TABLES]]
        left_out = len(results) - len(shown)
        return build_results(shown, store.settings(), now.date(), language, since=since.date(), left_out=left_out)
    if kind not in MEETING_KINDS:
        raise KioskError(N_("Unknown printable: {kind}."), kind=kind)
    if not meeting_id:
        raise KioskError(N_("Which meeting? Give the meeting's id (the first characters are enough)."))
    if kind == "todo":
        from printables.todo import build_todo

        return build_todo(meeting_sheet(store, meeting_id), language, today=store.now().date())
    return build_sheet_pdf(kind, meeting_sheet(store, meeting_id), language, calendar=calendar)
