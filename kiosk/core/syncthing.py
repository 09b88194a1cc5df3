"""Syncthing, set up by the kiosk: its home, its REST API on 127.0.0.1, and the folders of the bundles.

Syncthing does all the copying between centres; the kiosk never writes a sync engine of its own.
Each centre shares its ``published/`` folder *send-only*, and receives every other centre's bundle
into a *receive-only* folder ``centres/<id>/``, so every file has exactly one writer and Syncthing
never has a conflict to resolve. The folder of a centre's bundle is named after its device
(``kiosk-`` and the first group of the device ID), so both ends name it alike without asking.

The home is made by ``syncthing generate``; after that Syncthing's configuration is only ever
changed through its REST API (with the API key that ``generate`` wrote), never by editing its XML.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.bundle import PUBLISHED
from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_
from kiosk.core.model import Record
from kiosk.core.received import CENTRES
from kiosk.core.storage import LIVE
from kiosk.core.store import META, Store

DEFAULT_GUI = "127.0.0.1:8384"
"""Where Syncthing's REST API listens unless told otherwise: this machine only."""
SETUP_ID = "sync"
"""The record of the sync setup in the store's meta table."""
PEERS = "peers"
"""The table of the other centres this kiosk shares with."""
FOLDER_PREFIX = "kiosk-"
"""Folder ids of bundles: ``kiosk-`` and the first group of the publishing device's ID."""
WATCH_DELAY_S = 2
"""Seconds Syncthing waits after a change in a folder before it sends it (its default is 10)."""
PID_FILE = "kiosk-syncthing.pid"
"""In the Syncthing home: the process the kiosk started itself (when no service runs it)."""
START_SECONDS = 60.0
"""How long to wait for Syncthing's REST API to answer after starting it."""


class SyncError(KioskError):
    """Syncthing cannot be set up or reached, in plain words."""


@dataclass
class SyncSetup(Record):
    """How this kiosk reaches its Syncthing: its home folder, and where its REST API listens."""

    home: str
    gui_address: str = DEFAULT_GUI
    device_id: str = ""
    id: str = SETUP_ID


@dataclass
class Peer(Record):
    """Another centre this kiosk shares with: its Syncthing device and its name."""

    device_id: str
    name: str
    address: str = ""
    untrusted: bool = False
    """A device that only relays encrypted bundles (the municipality's always-on one), never reads them."""
    id: str = field(default="")

    def __post_init__(self) -> None:
        super().__post_init__()
        self.id = self.id or self.device_id


def default_home() -> Path:
    """The Syncthing home of the kiosk user: ``KIOSK_SYNC_HOME``, else the user's state folder."""
    configured = os.environ.get("KIOSK_SYNC_HOME")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_state_path

    return user_state_path("kumppanuuspoyta-kiosk", appauthor=False) / "syncthing"


def folder_id(device_id: str) -> str:
    """The id of the folder holding the bundle of the centre with this device."""
    return FOLDER_PREFIX + device_id.split("-", 1)[0].upper()


def received_folder(store: Store, device_id: str) -> Path:
    """Where the bundle of the centre with this device is received."""
    return store.path / CENTRES / device_id.split("-", 1)[0].lower()


def syncthing_binary() -> str:
    """The ``syncthing`` program; a clear message when it is not installed."""
    found = shutil.which("syncthing")
    if found is None:
        raise SyncError(N_("Syncthing is not installed: apt-get install syncthing"))
    return found


def _environment() -> dict[str, str]:
    # No default folder in the home: the kiosk shares only its bundles.
    return {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"}


def generate_home(home: Path) -> None:
    """Make a Syncthing home (keys and a first configuration) with ``syncthing generate``, unless there is one."""
    if (home / "config.xml").is_file():
        return
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    done = subprocess.run(
        [syncthing_binary(), "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        env=_environment(),
        check=False,
    )
    if done.returncode != 0 or not (home / "config.xml").is_file():
        raise SyncError(N_("Syncthing could not make its home {home}: {reason}"), home=str(home), reason=done.stderr)


def api_key(home: Path) -> str:
    """The REST API key ``syncthing generate`` wrote into the home (read, never written)."""
    try:
        found = ET.parse(home / "config.xml").getroot().findtext("gui/apikey")
    except (OSError, ET.ParseError) as error:
        raise SyncError(
            N_("Syncthing's home {home} cannot be read: {reason}"), home=str(home), reason=str(error)
        ) from None
    if not found:
        raise SyncError(N_("Syncthing's home {home} has no API key."), home=str(home))
    return found


def start_syncthing(home: Path, gui_address: str) -> int:
    """Start Syncthing in the background, in a session of its own; its process id (also in the home)."""
    log = open(home / "syncthing.log", "ab")  # noqa: SIM115 (the child keeps it)
    process = subprocess.Popen(
        [
            syncthing_binary(),
            "serve",
            f"--home={home}",
            "--no-browser",
            "--no-restart",
            "--no-upgrade",
            f"--gui-address=http://{gui_address}",
        ],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=log,
        env=_environment(),
        start_new_session=True,
    )
    log.close()
    (home / PID_FILE).write_text(f"{process.pid}\n")
    return process.pid


@dataclass
class Syncthing:
    """Syncthing's REST API on this machine."""

    address: str
    key: str
    timeout: float = 10.0

    @classmethod
    def of(cls, setup: SyncSetup) -> Syncthing:
        """The API of the Syncthing this kiosk was set up with."""
        return cls(setup.gui_address, api_key(Path(setup.home)))

    def call(self, method: str, path: str, body: Any = None, **query: str) -> Any:
        """One REST call; its JSON answer (None if empty). ``SyncError`` when Syncthing does not answer or refuses."""
        url = f"http://{self.address}{path}"
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method, headers={"X-API-Key": self.key})
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                content = answer.read()
        except urllib.error.HTTPError as error:
            reason = error.read().decode(errors="replace").strip() or str(error)
            raise SyncError(N_("Syncthing refused {what}: {reason}"), what=f"{method} {path}", reason=reason) from None
        except (urllib.error.URLError, OSError) as error:
            raise SyncError(
                N_("Syncthing does not answer at {address}: {reason}"), address=self.address, reason=str(error)
            ) from None
        return json.loads(content) if content.strip() else None

    def is_up(self) -> bool:
        """Whether the REST API answers."""
        try:
            self.call("GET", "/rest/system/ping")
        except SyncError:
            return False
        return True

    def wait_until_up(self, seconds: float = START_SECONDS, sleep: Callable[[float], None] = time.sleep) -> None:
        """Poll the REST API until it answers; ``SyncError`` after ``seconds``."""
        deadline = time.monotonic() + seconds
        while not self.is_up():
            if time.monotonic() > deadline:
                raise SyncError(N_("Syncthing did not start; see syncthing.log in its home."))
            sleep(0.2)

    def device_id(self) -> str:
        """This Syncthing's own device ID."""
        return str(self.call("GET", "/rest/system/status")["myID"])

    def set_options(self, *, discovery: bool, listen: str = "") -> None:
        """No usage reporting or crash reports; discovery, relays and NAT as asked; where to listen."""
        options: dict[str, Any] = {
            "urAccepted": -1,
            "crashReportingEnabled": False,
            "globalAnnounceEnabled": discovery,
            "localAnnounceEnabled": discovery,
            "relaysEnabled": discovery,
            "natEnabled": discovery,
            "startBrowser": False,
        }
        if listen:
            options["listenAddresses"] = [listen]
        self.call("PATCH", "/rest/config/options", options)

    def keep_gui_address(self, address: str) -> None:
        """Save where the REST API listens, so a restart (the service) listens there too.

        Syncthing restarts its API to apply that, so this waits until it answers again.
        """
        if (self.call("GET", "/rest/config/gui") or {}).get("address") != address:
            self.call("PATCH", "/rest/config/gui", {"address": address})
            self.wait_until_up()

    def folder(self, folder: str) -> dict[str, Any] | None:
        """A folder's configuration, or None if Syncthing has no such folder."""
        found = {f["id"]: f for f in self.call("GET", "/rest/config/folders") or []}
        return found.get(folder)

    def put_folder(self, config: dict[str, Any]) -> None:
        """Add a folder or replace its configuration."""
        self.call("PUT", f"/rest/config/folders/{urllib.parse.quote(config['id'])}", config)

    def put_device(self, config: dict[str, Any]) -> None:
        """Add a device or replace its configuration."""
        self.call("PUT", f"/rest/config/devices/{urllib.parse.quote(config['deviceID'])}", config)

    def folder_status(self, folder: str) -> dict[str, Any]:
        """How far a folder is (``/rest/db/status``): its state, what it still needs, local changes."""
        return dict(self.call("GET", "/rest/db/status", folder=folder))

    def scan(self, folder: str) -> None:
        """Have Syncthing look at a folder now (it answers when the scan is done)."""
        self.call("POST", "/rest/db/scan", folder=folder)

    def revert(self, folder: str) -> None:
        """Undo local changes in a receive-only folder, so the sender's files come back."""
        self.call("POST", "/rest/db/revert", folder=folder)

    def connections(self) -> dict[str, Any]:
        """Which devices are connected now, by device ID."""
        return dict((self.call("GET", "/rest/system/connections") or {}).get("connections") or {})


def load_setup(store: Store) -> SyncSetup | None:
    """How this kiosk was set up with Syncthing, or None before ``kiosk sync init``."""
    found = store.folder.table(LIVE, META).get(doc_id=SETUP_ID)
    return SyncSetup.from_dict(found) if found else None


def require_setup(store: Store) -> SyncSetup:
    """The sync setup; a message saying to run ``kiosk sync init`` first if there is none."""
    setup = load_setup(store)
    if setup is None:
        raise SyncError(N_("This kiosk does not share with other centres yet: run kiosk sync init first."))
    return setup


def peers(store: Store) -> list[Peer]:
    """The other centres this kiosk shares with, by name."""
    found = [Peer.from_dict(doc) for doc in store.folder.table(LIVE, PEERS)]
    return sorted(found, key=lambda p: p.name.casefold())


def _own_folder(store: Store, device_id: str, devices: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": folder_id(device_id),
        "label": store.settings().centre_name,
        "path": str(store.path / PUBLISHED),
        "type": "sendonly",
        "devices": devices,
        "fsWatcherEnabled": True,
        "fsWatcherDelayS": WATCH_DELAY_S,
        "rescanIntervalS": 3600,
    }


def init_sync(
    store: Store,
    *,
    home: Path,
    gui_address: str = DEFAULT_GUI,
    listen: str = "",
    discovery: bool = True,
    start: bool = True,
) -> tuple[SyncSetup, bool]:
    """Set this kiosk up with Syncthing and share its bundle; the setup, and whether Syncthing was started now."""
    from kiosk.core.bundle import write_bundle
    from kiosk.core.store import record_audit

    if not store.settings().centre_code:
        raise SyncError(N_("The centre has no code yet: give it one with --centre."))
    write_bundle(store)
    generate_home(home)
    api = Syncthing(gui_address, api_key(home))
    started = False
    if not api.is_up():
        if not start:
            raise SyncError(N_("Syncthing does not answer at {address}: {reason}"), address=gui_address, reason="-")
        start_syncthing(home, gui_address)
        started = True
    api.wait_until_up()
    api.keep_gui_address(gui_address)
    api.set_options(discovery=discovery, listen=listen)
    device_id = api.device_id()
    existing = api.folder(folder_id(device_id))
    devices = existing["devices"] if existing else [{"deviceID": device_id}]
    api.put_folder(_own_folder(store, device_id, devices))
    setup = SyncSetup(home=str(home), gui_address=gui_address, device_id=device_id)
    with store.transaction() as tx:
        tx.put(META, setup.to_dict())
        record_audit(tx, store.now(), "admin", "sync init", device=device_id)
    return setup, started


def add_centre(store: Store, device_id: str, name: str, *, address: str = "") -> Peer:
    """Share this centre's bundle with another centre and receive its bundle into a receive-only folder."""
    from kiosk.core.store import record_audit
    from kiosk.core.text import clean_text

    setup = require_setup(store)
    api = Syncthing.of(setup)
    device_id, name = device_id.strip().upper(), clean_text(name)
    if device_id == setup.device_id:
        raise SyncError(N_("That is this kiosk's own device ID."))
    api.put_device(
        {
            "deviceID": device_id,
            "name": name,
            "addresses": [address] if address else ["dynamic"],
            "autoAcceptFolders": False,
            "introducer": False,
        }
    )
    own = api.folder(folder_id(setup.device_id)) or _own_folder(store, setup.device_id, [])
    if not any(d["deviceID"] == device_id for d in own["devices"]):
        own["devices"] = [*own["devices"], {"deviceID": device_id}]
    api.put_folder({**own, "path": str(store.path / PUBLISHED), "type": "sendonly"})
    target = received_folder(store, device_id)
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    relays = [d for d in own["devices"] if d.get("encryptionPassword")]  # they pass this bundle on too
    api.put_folder(
        {
            "id": folder_id(device_id),
            "label": name,
            "path": str(target),
            "type": "receiveonly",
            "devices": [{"deviceID": setup.device_id}, {"deviceID": device_id}, *relays],
            "fsWatcherEnabled": True,
            "fsWatcherDelayS": WATCH_DELAY_S,
            "rescanIntervalS": 3600,
        }
    )
    peer = Peer(device_id=device_id, name=name, address=address)
    with store.transaction() as tx:
        tx.put(PEERS, peer.to_dict())
        record_audit(tx, store.now(), "admin", "sync add centre", device=device_id, name=name)
    return peer


MIN_PASSWORD_CHARS = 12
"""The shortest password for the bundles an untrusted device keeps encrypted."""


def add_relay(store: Store, device_id: str, name: str, *, password: str, address: str = "") -> Peer:
    """Share every bundle with an always-on *untrusted* device, encrypted: it keeps and passes them on, unread.

    Every centre gives the same password (Syncthing needs one password per folder for a device),
    and the untrusted device never gets it. Centres added later are shared with it too.
    """
    from kiosk.core.store import record_audit
    from kiosk.core.text import clean_text

    setup = require_setup(store)
    api = Syncthing.of(setup)
    device_id, name, password = device_id.strip().upper(), clean_text(name), password.strip()
    if len(password) < MIN_PASSWORD_CHARS:
        raise SyncError(
            N_("The password of the encrypted bundles needs at least {count} characters."), count=MIN_PASSWORD_CHARS
        )
    if device_id == setup.device_id:
        raise SyncError(N_("That is this kiosk's own device ID."))
    api.put_device(
        {
            "deviceID": device_id,
            "name": name,
            "addresses": [address] if address else ["dynamic"],
            "untrusted": True,
            "autoAcceptFolders": False,
            "introducer": False,
        }
    )
    for folder in api.call("GET", "/rest/config/folders") or []:
        if folder["id"].startswith(FOLDER_PREFIX):
            devices = [d for d in folder["devices"] if d["deviceID"] != device_id]
            api.put_folder({**folder, "devices": [*devices, {"deviceID": device_id, "encryptionPassword": password}]})
    peer = Peer(device_id=device_id, name=name, address=address, untrusted=True)
    with store.transaction() as tx:
        tx.put(PEERS, peer.to_dict())
        record_audit(tx, store.now(), "admin", "sync add relay", device=device_id, name=name)
    return peer
