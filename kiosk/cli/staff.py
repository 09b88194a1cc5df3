"""``kiosk staff``: set the staff PIN, and apply the contact retention period from the shell."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from kiosk.core.errors import ValidationError
from kiosk.core.i18n import N_
from kiosk.core.i18n import gettext as _

if TYPE_CHECKING:
    from kiosk.core.store import Store


def _read_pin(args: argparse.Namespace) -> str:
    """The new PIN: one line from stdin for scripts, or typed twice without echo."""
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    try:
        first = getpass.getpass(_("New staff PIN (at least 6 digits): "))
        second = getpass.getpass(_("The same PIN again: "))
    except EOFError as error:
        raise ValidationError(N_("No PIN was given; nothing was changed.")) from error
    if first != second:
        raise ValidationError(N_("The two PINs differ; nothing was changed."))
    return first


def set_pin_command(args: argparse.Namespace, store: Store) -> int:
    """Set or change the staff PIN; this also lifts a lock after wrong tries."""
    from kiosk.core.pin import set_pin, validate_pin

    pin = _read_pin(args)
    validate_pin(pin)
    set_pin(store, pin)
    print(_("The staff PIN is set. Open the staff area on the kiosk with the F9 key."))
    return 0


def retention_command(args: argparse.Namespace, store: Store) -> int:
    """Erase contact details of ideas closed longer ago than the retention period."""
    from kiosk.core.contacts import apply_retention

    months = store.settings().retention_months
    erased = apply_retention(store, months)
    print(
        _("Contact details erased from {count} ideas closed over {months} months ago.").format(
            count=erased, months=months
        )
    )
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``staff set-pin`` and ``staff apply-retention``."""
    staff = subparsers.add_parser("staff", help="staff area: PIN and privacy").add_subparsers(
        dest="staff_command", metavar="ACTION", required=True
    )
    parser = staff.add_parser("set-pin", parents=[common], help="set the staff PIN (at least 6 digits)")
    parser.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from one line of standard input (for scripts)"
    )
    parser.set_defaults(handler=set_pin_command)
    parser = staff.add_parser(
        "apply-retention", parents=[common], help="erase contact details past the retention period"
    )
    parser.set_defaults(handler=retention_command)
