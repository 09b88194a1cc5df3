"""The ``kiosk`` command: start the kiosk, and staff tasks from the shell.

Every subcommand takes ``--data DIR`` (or the ``KIOSK_DATA`` environment
variable). Errors go to stderr in the user's language with a non-zero exit,
never a traceback. Only the module of the command being run is imported (``kiosk
run`` starts without the others); the rest are listed in ``--help`` from
``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.core.errors import KioskError
from kiosk.core.i18n import LANGUAGES, set_language
from kiosk.core.i18n import gettext as _

COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("kiosk.cli.run", "start the kiosk (the default)"),
    "demo": ("kiosk.cli.run", "load demo data into an empty data folder"),
    "idea": ("kiosk.cli.data", "ideas: add, list, import"),
    "table": ("kiosk.cli.data", "tables"),
    "meeting": ("kiosk.cli.data", "meetings"),
    "backup": ("kiosk.cli.data", "back up the data folder now"),
    "restore": ("kiosk.cli.data", "restore the data from a backup"),
    "export": ("kiosk.cli.data", "export data without contact details"),
    "staff": ("kiosk.cli.staff", "staff area: PIN and privacy"),
    "workshop": ("kiosk.cli.workshop", "service workshops: list, poster"),
    "print": (
        "kiosk.cli.printing",
        "print a poster, agenda, minutes, large-text summary, to-do sheets or results sheet",
    ),
    "check": ("kiosk.cli.check", "smoke test after an update: data, every screen, every printable"),
    "sync": ("kiosk.cli.sync", "share with other centres over Syncthing"),
    "municipality": ("kiosk.cli.municipality", "the coordinator's report on every centre (PDF or CSV)"),
}
"""Every command: the module that adds it (``register(subparsers, common)``) and its one-line help.

A module's commands are listed together and in the order it adds them, so that ``--help`` lists
them in the same order whichever module was imported; a unit test keeps the help lines equal
to the modules' own.
"""
SUBCOMMAND_MODULES = tuple(dict.fromkeys(module for module, _help in COMMANDS.values()))
"""Modules that each add subcommands through ``register(subparsers, common)``."""
DEFAULT_COMMAND = "run"
"""The command run when none is given."""
_OPTIONS_WITH_VALUE = ("--data", "--lang")


def command_in(argv: Sequence[str]) -> str:
    """The command named in ``argv`` (the first word that is not an option or its value), else the default."""
    words = iter(argv)
    for word in words:
        if word in _OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return DEFAULT_COMMAND


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The argument parser: the command in ``argv`` in full, every other command by name and help only."""
    chosen = COMMANDS.get(command_in(argv), COMMANDS[DEFAULT_COMMAND])[0]
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: $KIOSK_DATA or the user's data folder)",
    )
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of messages")
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Partnership table kiosk for a resident centre (kumppanuuspöytä).",
        parents=[common],
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMAND_MODULES:
        if module == chosen:
            importlib.import_module(module).register(subparsers, common)
            continue
        for name, (owner, help_line) in COMMANDS.items():
            if owner == module:
                subparsers.add_parser(name, help=help_line, add_help=False)
    return parser


def _open_store(data: str | None):
    """Open the data folder at ``data`` (or the default one)."""
    from kiosk.core.bundle import keep_published
    from kiosk.core.migrate import migrate_if_needed
    from kiosk.core.store import Store

    store = Store.open(Path(data) if data else None)
    migrate_if_needed(store)
    return keep_published(store)


def _report_recoveries(store) -> None:
    """Tell the user about any damaged file the command found and repaired."""
    for recovery in store.folder.recoveries:
        print(
            _(
                "Warning: {file} was damaged; its bytes are kept in {kept}; it was restored from {source} "
                "with {merged} newer records merged back, {unreadable} unreadable."
            ).format(
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
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
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
    except Exception as error:
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
