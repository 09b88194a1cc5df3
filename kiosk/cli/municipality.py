"""``kiosk municipality report``: the coordinator's view of every centre, as PDF or CSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.i18n import gettext as _

if TYPE_CHECKING:
    from kiosk.core.store import Store


def municipality_report(args: argparse.Namespace, store: Store) -> int:
    """Write the report of every centre whose bundle arrived whole (and this one's) to ``--out``."""
    from kiosk.core.export import audit_export
    from kiosk.core.files import write_atomic
    from kiosk.core.municipality import municipality_summary, summary_csv

    summaries = municipality_summary(store)
    out = Path(args.out)
    if (args.format or ("csv" if out.suffix.lower() == ".csv" else "pdf")) == "csv":
        write_atomic(out, summary_csv(summaries))
    else:
        from printables.municipality import municipality_pdf

        settings = store.settings()
        language = getattr(args, "lang", None) or settings.language
        write_atomic(out, municipality_pdf(summaries, store.now(), language, settings.centre_name))
    audit_export(store, "municipality report", out, "staff")
    print(_("The report of {count} centres was written to {path}.").format(count=len(summaries), path=out))
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``municipality`` with ``report``."""
    municipality = subparsers.add_parser(
        "municipality", help="the coordinator's report on every centre (PDF or CSV)"
    ).add_subparsers(dest="municipality_command", metavar="ACTION", required=True)
    p = municipality.add_parser(
        "report", parents=[common], help="active tables, meetings held, open and overdue actions, ideas by state"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the report")
    p.add_argument("--format", choices=("pdf", "csv"), default=None, help="default: from the file's ending, else pdf")
    p.set_defaults(handler=municipality_report)
