"""Staff tasks from the shell: ideas, tables, meetings, backups and exports."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.errors import KioskError, NotFound
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _
from kiosk.core.model import IDEA_STATE_SHORT, IdeaState, TableStatus
from kiosk.core.text import shorten

if TYPE_CHECKING:
    from kiosk.core.store import Store

STATE_WIDTH = 14
"""Columns the idea list gives a state."""
THEME_WIDTH = 24
"""Columns the idea list gives a theme."""
TEXT_WIDTH = 60
"""Columns the idea list gives the first line of an idea."""


def _print_json(data: Any) -> None:
    """Print data as readable UTF-8 JSON."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def idea_row(idea) -> dict[str, str]:
    """One idea as a flat row without contact details."""
    return {
        "id": idea.id,
        "reference": idea.reference,
        "created": idea.created.isoformat() if idea.created else "",
        "state": idea.state.value,
        "theme": idea.theme,
        "text": idea.text,
        "public_answer": idea.public_answer,
        "source": idea.source,
    }


def idea_add(args: argparse.Namespace, store: Store) -> int:
    """Record an idea given on paper or by phone; print its reference."""
    from kiosk.core.ideas import submit_idea
    from kiosk.core.public import find_theme

    theme = find_theme(store, args.theme or "")  # an unknown theme is refused, with the list of themes
    idea = submit_idea(store, args.text, theme=theme, source=args.source)
    print(idea.reference)
    return 0


def idea_list(args: argparse.Namespace, store: Store) -> int:
    """List ideas (open ones, or every idea with --all)."""
    ideas = list(store.ideas_newest_first(closed_too=args.all))
    if args.state:
        ideas = [i for i in ideas if i.state == IdeaState(args.state)]
    if args.json:
        _print_json([idea_row(i) for i in ideas])
        return 0
    if not ideas:
        print(_("No ideas.") if args.all or args.state else _("No open ideas. (--all lists the closed ones too.)"))
        return 0
    for idea in ideas:
        state = shorten(_(IDEA_STATE_SHORT[idea.state]), STATE_WIDTH)
        theme = shorten(idea.theme or _("Something else"), THEME_WIDTH)
        text = shorten(idea.text.split("\n", 1)[0], TEXT_WIDTH)
        print(f"{idea.reference}  {state:<{STATE_WIDTH}}  {theme:<{THEME_WIDTH}}  {text}")
    return 0


def idea_import(args: argparse.Namespace, store: Store) -> int:
    """Import ideas from a CSV file with a ``text`` column (and optional ``theme``, ``source``), in one write.

    Each row's idea gets an id made from the file's content and the row's line, so running the
    same import again (after an interruption, say) adds nothing twice.
    """
    import hashlib

    path = Path(args.file)
    try:
        raw = path.read_bytes()
        content = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise KioskError(N_("Cannot read {path}: {reason}"), path=str(path), reason=str(error)) from error
    reader = csv.DictReader(io.StringIO(content), delimiter=_sniff_delimiter(content))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise KioskError(N_("The CSV file needs a column named 'text'."))
    from kiosk.core.ideas import NewIdea, submit_ideas

    digest = hashlib.sha256(raw).hexdigest()
    rows = [
        NewIdea(
            row.get("text") or "",
            theme=row.get("theme") or "",
            source=row.get("source") or "import",
            key=f"{digest}:{line}",
            line=line,
        )
        for line, row in enumerate(reader, start=2)
    ]
    outcome = submit_ideas(store, rows)
    for line, refusal in outcome.refused:
        print(_("Line {line}: {message}").format(line=line, message=refusal.translated()), file=sys.stderr)
    for idea in outcome.added:
        print(idea.reference)
    print(
        _("{imported} ideas imported, {refused} refused, {already} imported before.").format(
            imported=len(outcome.added), refused=len(outcome.refused), already=outcome.already
        )
    )
    return 1 if outcome.refused else 0


def _sniff_delimiter(content: str) -> str:
    """Comma or semicolon (Finnish spreadsheets save CSV with semicolons)."""
    header = content.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def table_list(args: argparse.Namespace, store: Store) -> int:
    """List the tables."""
    tables = store.tables()
    if args.json:
        _print_json(
            [{"id": t.id, "name": t.name, "theme": t.theme, "area": t.area, "status": t.status.value} for t in tables]
        )
        return 0
    if not tables:
        print(_("No tables yet."))
        return 0
    for table in tables:
        status = _("Closed") if table.status == TableStatus.CLOSED else _("Active")
        print(f"{table.id[:8]}  {status:<12}  {table.name}")
    return 0


def meeting_list(args: argparse.Namespace, store: Store) -> int:
    """List meetings (all, or only upcoming)."""
    from kiosk.core.dates import format_span

    meetings = store.upcoming_meetings() if args.upcoming else store.meetings()
    names = {t.id: t.name for t in store.tables()}
    if args.json:
        _print_json(
            [
                {
                    "id": m.id,
                    "table_id": m.table_id,
                    "table": names.get(m.table_id, ""),
                    "start": m.start.isoformat(),
                    "end": m.end.isoformat(),
                    "place": m.place,
                    "title": m.title,
                }
                for m in meetings
            ]
        )
        return 0
    if not meetings:
        print(_("No meetings ahead.") if args.upcoming else _("No meetings yet."))
        return 0
    for meeting in meetings:
        print(f"{meeting.id[:8]}  {format_span(meeting.start, meeting.end)}  {names.get(meeting.table_id, '')}")
    return 0


def _write_out(content: bytes | Iterable[bytes], out: str | None) -> None:
    """Bytes (or chunks of them, streamed) to a file (written whole or not at all) or to the screen."""
    if out:
        from kiosk.core.files import write_atomic

        try:
            write_atomic(Path(out), content)
        except OSError as error:
            raise KioskError(
                N_("Cannot write {path}: {reason}"), path=out, reason=error.strerror or str(error)
            ) from error
    else:
        sys.stdout.flush()
        for chunk in [content] if isinstance(content, bytes) else content:
            sys.stdout.buffer.write(chunk)
        sys.stdout.buffer.flush()


def meeting_export(args: argparse.Namespace, store: Store) -> int:
    """Write the meetings (or only those ahead) as an .ics calendar to the screen or --out FILE."""
    from kiosk.core.export import audit_export, store_meetings_ics

    _write_out(store_meetings_ics(store, upcoming=args.upcoming), args.out)
    audit_export(store, "export meetings", args.out or "stdout", "admin")
    return 0


def backup(args: argparse.Namespace, store: Store) -> int:
    """Take a backup now (into the data folder's backups, or --dest)."""
    from kiosk.core.safety import DEFAULT_KEEP, take_backup

    dest = Path(args.dest) if args.dest else None
    keep = args.keep or (DEFAULT_KEEP if dest is None else None)
    print(take_backup(store, dest, keep=keep))
    return 0


def restore(args: argparse.Namespace, store: Store) -> int:
    """Restore the data from a backup (the current state is backed up first)."""
    from kiosk.core.safety import restore_backup

    path = Path(args.file)
    if not path.is_dir():
        raise NotFound(N_("No backup {path}."), path=str(path))
    restore_backup(store, path)
    print(_("Restored from {path}.").format(path=path))
    return 0


def export(args: argparse.Namespace, store: Store) -> int:
    """Export everything as JSON, or the ideas as CSV (the same bytes as the staff area's); never contact details."""
    from kiosk.core.export import audit_export, store_everything_json, store_ideas_csv

    if args.format == "csv":
        _write_out(store_ideas_csv(store), args.out)
        audit_export(store, "export ideas", args.out or "stdout", "admin")
        return 0
    _write_out(store_everything_json(store, idea_row), args.out)
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``idea``, ``table``, ``meeting``, ``backup``, ``restore`` and ``export``."""
    idea = subparsers.add_parser("idea", help="ideas: add, list, import").add_subparsers(
        dest="idea_command", metavar="ACTION", required=True
    )
    p = idea.add_parser("add", parents=[common], help="record an idea given on paper or by phone")
    p.add_argument("text")
    p.add_argument("--theme", default="")
    p.add_argument("--source", default="paper", choices=("paper", "phone", "workshop", "kiosk"))
    p.set_defaults(handler=idea_add)
    p = idea.add_parser("list", parents=[common], help="list ideas")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include closed ideas")
    p.add_argument("--state", choices=[s.value for s in IdeaState])
    p.set_defaults(handler=idea_list)
    p = idea.add_parser("import", parents=[common], help="import ideas from a CSV file")
    p.add_argument("file")
    p.set_defaults(handler=idea_import)

    table = subparsers.add_parser("table", help="tables").add_subparsers(
        dest="table_command", metavar="ACTION", required=True
    )
    p = table.add_parser("list", parents=[common], help="list tables")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=table_list)

    meeting = subparsers.add_parser("meeting", help="meetings").add_subparsers(
        dest="meeting_command", metavar="ACTION", required=True
    )
    p = meeting.add_parser("list", parents=[common], help="list meetings")
    p.add_argument("--json", action="store_true")
    p.add_argument("--upcoming", action="store_true")
    p.set_defaults(handler=meeting_list)
    p = meeting.add_parser("export", parents=[common], help="write the meetings as an .ics calendar")
    p.add_argument("--format", choices=("ics",), default="ics")
    p.add_argument("--upcoming", action="store_true", help="only the meetings that have not ended")
    p.add_argument("--out", default=None, metavar="FILE", help="write to a file instead of the screen")
    p.set_defaults(handler=meeting_export)

    p = subparsers.add_parser("backup", parents=[common], help="back up the data folder now")
    p.add_argument("--dest", default=None, help="folder for the backup (e.g. a USB stick)")
    p.add_argument("--keep", type=int, default=0, metavar="N", help="with --dest: keep only the N newest backups there")
    p.set_defaults(handler=backup)
    p = subparsers.add_parser("restore", parents=[common], help="restore the data from a backup")
    p.add_argument("file", metavar="BACKUP", help="a backup folder (kiosk backup prints its path)")
    p.set_defaults(handler=restore)
    p = subparsers.add_parser("export", parents=[common], help="export data without contact details")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--out", default=None, help="write to a file instead of the screen")
    p.set_defaults(handler=export)
