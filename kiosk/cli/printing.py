"""``kiosk print``: posters, agendas, minutes and large-text sheets as PDF files, and on paper.

The PDF is always written first (atomically, never half-written); with
``--printer`` or the centre's default printer it is then sent through CUPS.
A printing failure says why and leaves the PDF in place.

The printables (reportlab, qrcode) are imported inside the handler, so that
every other ``kiosk`` command starts without them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.i18n import gettext as _

if TYPE_CHECKING:
    from kiosk.core.store import Store


def print_document(args: argparse.Namespace, store: Store) -> int:
    """Build the printable, write it to ``--out``, and print it if a printer is chosen."""
    from kiosk.core.files import write_atomic
    from printables import MEETING_KINDS, build_pdf, find_meeting_id
    from printables.printing import SAVED, SENT, print_pdf

    meeting_id = None
    if args.kind in MEETING_KINDS and args.meeting:
        meeting_id = find_meeting_id(store, args.meeting)
    elif args.meeting:
        meeting_id = args.meeting
    settings = store.settings()
    language = getattr(args, "lang", None) or settings.language
    pdf = build_pdf(args.kind, store, meeting_id, language, calendar=args.calendar)
    out = Path(args.out)
    write_atomic(out, pdf)
    print(_(SAVED).format(path=out))
    printer = None if args.no_print else (args.printer or settings.printer or None)
    if printer:
        result = print_pdf(out, printer, title=out.name)
        print(_(SENT).format(printer=result.printer, job=result.job_id))
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``print``."""
    from printables import KINDS  # the package itself is light; its builders load when used

    parser = subparsers.add_parser(
        "print",
        parents=[common],
        help="print a poster, agenda, minutes, large-text summary, to-do sheets or results sheet",
        description=(
            "Write a printable as a PDF file and send it to a printer. "
            "--lang also chooses the document's language (default: the centre's language)."
        ),
    )
    parser.add_argument("kind", choices=KINDS, help="what to print; 'results' takes no meeting")
    parser.add_argument("meeting", nargs="?", help="the meeting's id or its first characters (at least 4)")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    parser.add_argument("--printer", metavar="NAME", help="CUPS printer (default: the centre's printer, if set)")
    parser.add_argument("--no-print", action="store_true", help="only write the file, even if a default printer is set")
    parser.add_argument(
        "--calendar", action="store_true", help="poster: add a QR code that saves the meeting in a phone's calendar"
    )
    parser.set_defaults(handler=print_document)
