"""``kiosk workshop``: list the service workshops and print a workshop's poster.

The poster (reportlab, qrcode) is imported inside the handler, so that every other
``kiosk`` command starts without it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.i18n import gettext as _

if TYPE_CHECKING:
    from kiosk.core.store import Store


def workshop_list(args: argparse.Namespace, store: Store) -> int:
    """List the workshops, soonest first: id, when, whether they take ideas, title."""
    from kiosk.core.dates import format_when

    workshops = store.workshops()
    if not workshops:
        print(_("No service workshops yet."))
        return 0
    for workshop in workshops:
        taking = _("open for ideas") if workshop.is_open else _("closed for ideas")
        print(f"{workshop.id[:8]}  {format_when(workshop.start)}  {taking:<16}  {workshop.title}")
    return 0


def workshop_poster(args: argparse.Namespace, store: Store) -> int:
    """Write a workshop's poster to ``--out``, and print it if a printer is chosen."""
    from kiosk.core.files import write_atomic
    from kiosk.core.workshops import find_workshop
    from printables.printing import SAVED, SENT, print_pdf
    from printables.workshop_poster import build_workshop_poster

    workshop = find_workshop(store, args.workshop)
    settings = store.settings()
    language = getattr(args, "lang", None) or settings.language
    out = Path(args.out)
    write_atomic(out, build_workshop_poster(workshop, settings, language))
    print(_(SAVED).format(path=out))
    printer = None if args.no_print else (args.printer or settings.printer or None)
    if printer:
        result = print_pdf(out, printer, title=out.name)
        print(_(SENT).format(printer=result.printer, job=result.job_id))
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``workshop``."""
    workshop = subparsers.add_parser("workshop", help="service workshops: list, poster").add_subparsers(
        dest="workshop_command", metavar="ACTION", required=True
    )
    p = workshop.add_parser("list", parents=[common], help="list the service workshops")
    p.set_defaults(handler=workshop_list)
    p = workshop.add_parser("poster", parents=[common], help="a workshop's poster, which invites everyone")
    p.add_argument("workshop", help="the workshop's id or its first characters (at least 4)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--printer", metavar="NAME", help="CUPS printer (default: the centre's printer, if set)")
    p.add_argument("--no-print", action="store_true", help="only write the file, even if a default printer is set")
    p.set_defaults(handler=workshop_poster)
