"""``kiosk sync``: share this centre's bundle with the other centres over Syncthing, and see what arrived."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.i18n import gettext as _

if TYPE_CHECKING:
    from kiosk.core.store import Store


def sync_init(args: argparse.Namespace, store: Store) -> int:
    """Give the centre its code and name, set up Syncthing, share the bundle, and print the device ID."""
    from kiosk.core.configure import save_settings
    from kiosk.core.syncthing import default_home, init_sync

    settings = store.settings()
    settings.centre_code = args.centre.strip().upper()
    if args.name:
        settings.centre_name = args.name
    save_settings(store, settings, actor="admin")
    home = Path(args.home) if args.home else default_home()
    setup, started = init_sync(
        store, home=home, gui_address=args.gui_address, listen=args.listen, discovery=args.discovery
    )
    if started:
        print(_("Syncthing was started; from now on let its service run it (deploy/systemd/kiosk-syncthing.service)."))
    print(
        _("This centre shares its bundle as {centre}. Give the other centres this device ID:").format(
            centre=f"{settings.centre_name} ({settings.centre_code})"
        )
    )
    print(setup.device_id)
    return 0


def sync_add_centre(args: argparse.Namespace, store: Store) -> int:
    """Share with another centre and receive its bundle."""
    from kiosk.core.syncthing import add_centre

    peer = add_centre(store, args.device_id, args.name, address=args.address)
    print(_("{name} added: its bundle arrives once it has added this centre too.").format(name=peer.name))
    return 0


def sync_add_relay(args: argparse.Namespace, store: Store) -> int:
    """Share every bundle, encrypted, with the municipality's always-on untrusted device."""
    from kiosk.core.files import storage_error
    from kiosk.core.syncthing import add_relay

    try:
        password = Path(args.password_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise storage_error(error if isinstance(error, OSError) else OSError(str(error)), args.password_file) from None
    peer = add_relay(store, args.device_id, args.name, password=password, address=args.address)
    print(_("{name} keeps and passes on every bundle, encrypted: it cannot read them.").format(name=peer.name))
    return 0


def _describe(state, names: dict[str, str]) -> str:
    """One line of ``kiosk sync status`` about one centre."""
    from kiosk.core.dates import format_when

    label = state.label if state.bundle else names.get(state.folder, state.folder)
    if state.bundle is None:
        line = _("{centre}: no complete bundle yet.").format(centre=label)
    else:
        line = _("{centre}: last complete bundle (number {sequence}) arrived {when}.").format(
            centre=label,
            sequence=state.bundle.sequence,
            when=format_when(state.arrived) if state.arrived else "-",
        )
    if state.incomplete:
        line += " " + _("INCOMPLETE: {reason}").format(reason=state.problem)
    return line


def sync_status(args: argparse.Namespace, store: Store) -> int:
    """Every other centre, when its last complete bundle arrived, and which one is incomplete."""
    from kiosk.core.received import centre_states
    from kiosk.core.syncthing import SyncError, Syncthing, folder_id, load_setup, peers

    settings = store.settings()
    setup = load_setup(store)
    print(_("This centre: {centre}").format(centre=f"{settings.centre_name} ({settings.centre_code or '-'})"))
    api = None
    if setup is not None:
        print(_("Device ID: {device}").format(device=setup.device_id))
        try:
            api = Syncthing.of(setup)
            if not api.is_up():
                print(
                    _("Syncthing does not answer at {address}: {reason}").format(address=setup.gui_address, reason="-")
                )
                api = None
        except SyncError as error:
            print(error.translated())
    known = {p.device_id.split("-", 1)[0].lower(): p for p in peers(store)}
    names = {folder: peer.name for folder, peer in known.items()}
    states = centre_states(store)
    if not states:
        print(_("No other centre shares with this one yet: kiosk sync add-centre DEVICE-ID --name NAME"))
    incomplete = 0
    for state in states:
        print(_describe(state, names))
        if not state.incomplete:
            continue
        incomplete += 1
        peer = known.get(state.folder)
        if api is not None and peer is not None:
            _revert_local_changes(api, folder_id(peer.device_id))
    return 3 if incomplete and args.strict else 0


def _revert_local_changes(api, folder: str) -> None:
    """A received file changed here (damaged, or edited by hand): let Syncthing bring the sender's back."""
    from kiosk.core.syncthing import SyncError

    try:
        api.scan(folder)
        if api.folder_status(folder).get("receiveOnlyTotalItems", 0):
            api.revert(folder)
            print("  " + _("Files changed here were put back as the sending centre has them."))
    except SyncError as error:
        print("  " + error.translated())


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``sync`` with ``init``, ``add-centre``, ``add-relay`` and ``status``."""
    from kiosk.core.syncthing import DEFAULT_GUI

    sync = subparsers.add_parser("sync", help="share with other centres over Syncthing").add_subparsers(
        dest="sync_command", metavar="ACTION", required=True
    )
    p = sync.add_parser("init", parents=[common], help="set up Syncthing and share this centre's bundle")
    p.add_argument("--centre", required=True, metavar="CODE", help="the centre's code, e.g. KAR")
    p.add_argument("--name", default="", help='the centre\'s name, e.g. "Karttulan asukastupa"')
    p.add_argument("--home", default=None, help="Syncthing's home (default: $KIOSK_SYNC_HOME or the user's)")
    p.add_argument("--gui-address", default=DEFAULT_GUI, metavar="HOST:PORT", help="where Syncthing's API listens")
    p.add_argument("--listen", default="", metavar="URL", help="where Syncthing listens, e.g. tcp://0.0.0.0:22000")
    p.add_argument(
        "--discovery",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="find other centres through global and local discovery and relays (--no-discovery: only by address)",
    )
    p.set_defaults(handler=sync_init)
    p = sync.add_parser("add-centre", parents=[common], help="share with another centre and receive its bundle")
    p.add_argument("device_id", metavar="DEVICE-ID")
    p.add_argument("--name", required=True, help="the other centre's name")
    p.add_argument("--address", default="", metavar="tcp://HOST:PORT", help="where it listens (default: discovery)")
    p.set_defaults(handler=sync_add_centre)
    p = sync.add_parser(
        "add-relay", parents=[common], help="share every bundle, encrypted, with an always-on untrusted device"
    )
    p.add_argument("device_id", metavar="DEVICE-ID")
    p.add_argument("--name", required=True, help="the device's name, e.g. the municipality's")
    p.add_argument("--address", default="", metavar="tcp://HOST:PORT", help="where it listens (default: discovery)")
    p.add_argument("--password-file", required=True, metavar="FILE", help="the municipality's password of the bundles")
    p.set_defaults(handler=sync_add_relay)
    p = sync.add_parser("status", parents=[common], help="every other centre and when its last bundle arrived")
    p.add_argument("--strict", action="store_true", help="exit with 3 when a bundle is incomplete")
    p.set_defaults(handler=sync_status)
