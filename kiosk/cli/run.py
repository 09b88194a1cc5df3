"""``kiosk run`` and ``kiosk demo``: start the kiosk, load demo data."""

from __future__ import annotations

import argparse

from kiosk.core.i18n import gettext as _


def _load_demo(store) -> None:
    """Load the demo data into an empty folder and say what happened."""
    from kiosk.core.demo import load_demo

    summary = load_demo(store)
    if summary.loaded:
        print(_("Demo data loaded into {path}.").format(path=store.path))
    else:
        print(_("The data folder {path} already has data; demo data was not loaded.").format(path=store.path))


def run(args: argparse.Namespace, store) -> int:
    """Start the full-screen kiosk."""
    if args.demo:
        _load_demo(store)
    from kiosk.app import KioskApp

    app = KioskApp(store, calm_errors=True)
    app.run()
    return app.return_code or 0


def demo(args: argparse.Namespace, store) -> int:
    """Load demo data without starting the kiosk."""
    _load_demo(store)
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``run`` and ``demo``."""
    parser = subparsers.add_parser("run", parents=[common], help="start the kiosk (the default)")
    parser.add_argument("--demo", action="store_true", help="load demo data first if the folder is empty")
    # The kiosk takes the day's backup itself after its first frame, off the start-up path.
    parser.set_defaults(handler=run)
    parser = subparsers.add_parser("demo", parents=[common], help="load demo data into an empty data folder")
    parser.set_defaults(handler=demo)
