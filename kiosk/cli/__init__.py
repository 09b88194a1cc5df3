"""The ``kiosk`` command: start the kiosk, and staff tasks from the shell.

Every subcommand takes ``--data DIR`` (or the ``KIOSK_DATA`` environment
variable). Errors go to stderr in the user's language with a non-zero exit,
never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.core.errors import KioskError
from kiosk.core.i18n import LANGUAGES, gettext as _, set_language

SUBCOMMAND_MODULES = (
    "kiosk.cli.run",
    "kiosk.cli.data",
    "kiosk.cli.staff",
    "kiosk.cli.printing",
    "kiosk.cli.check",
)
"""Modules that each add subcommands through ``register(subparsers, common)``."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: $KIOSK_DATA or the user's data folder)",
    )
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of messages"
    )
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Partnership table kiosk for a resident centre (kumppanuuspöytä).",
        parents=[common],
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def _open_store(data: str | None):
    """Open the data folder at ``data`` (or the default one)."""
    from kiosk.core.migrate import migrate_if_needed
    from kiosk.core.store import Store

    store = Store.open(Path(data) if data else None)
    migrate_if_needed(store)
    return store


def _report_recoveries(store) -> None:
    """Tell the user about any damaged file the command found and repaired."""
    for recovery in store.folder.recoveries:
        print(
            _("Warning: {file} was damaged; its bytes are kept in {kept}; it was restored from {source} "
              "with {merged} newer records merged back, {unreadable} unreadable.").format(
                file=f"{recovery.file}.json",
                kept=recovery.kept_as or "-",
                source=recovery.backup or _("nothing (no backup had it)"),
                merged=recovery.merged_back,
                unreadable=recovery.unreadable,
            ),
            file=sys.stderr,
        )


def _log_crash(data: str | None, error: BaseException) -> Path | None:
    """Write the exception's traceback to the data folder's error log, if possible."""
    from kiosk.core.logbook import log_error
    from kiosk.core.store import default_data_dir

    return log_error(Path(data) if data else default_data_dir(), error)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kiosk`` command; returns the exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "run"])
    args.data = getattr(args, "data", None)
    if getattr(args, "lang", None):
        set_language(args.lang)
    store = None
    try:
        if getattr(args, "needs_store", True):
            store = _open_store(args.data)
        return int(args.handler(args, store) or 0)
    except KioskError as error:
        print(_("Error: {message}").format(message=error.translated()), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the last guard: a message instead of a traceback
        log = _log_crash(args.data, error)
        print(
            _("Unexpected error; details were written to {log}.").format(log=log or "-"),
            file=sys.stderr,
        )
        return 2
    finally:
        if store is not None:
            _report_recoveries(store)


if __name__ == "__main__":
    sys.exit(main())
