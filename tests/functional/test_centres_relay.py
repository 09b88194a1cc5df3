"""The municipality's always-on untrusted device: two centres that never meet exchange through it, unread."""

from __future__ import annotations

from pathlib import Path

from syncthing_support import init_centre, kiosk, syncthing_nodes, wait_for

from kiosk.core.received import centre_state
from kiosk.core.syncthing import received_folder
from tests.unit.centres_support import make_centre

PASSWORD = "kunnan-yhteinen-salasana-2026"


def configure_municipal_device(relay, centres: dict[str, str]) -> None:
    """What the municipality's IT does on its own Syncthing: no discovery, and accept every centre's folders."""
    api = relay.api()
    api.set_options(discovery=False, listen=relay.listen)
    for device, address in centres.items():
        api.put_device({"deviceID": device, "name": device[:7], "addresses": [address], "autoAcceptFolders": True})


def test_centres_never_online_together_exchange_through_the_untrusted_device(tmp_path, clock):
    kar = make_centre(tmp_path / "kar" / "data", clock, "KAR", "Karttulan asukastupa")
    suk = make_centre(tmp_path / "suk" / "data", clock, "SUK", "Sukevan asukastupa", village="Sukeva")
    (tmp_path / "password").write_text(PASSWORD + "\n")
    with syncthing_nodes(tmp_path, 3) as (kar_node, suk_node, relay):
        kar_device = init_centre(kar_node, kar.store.path, "KAR", "Karttulan asukastupa")
        suk_device = init_centre(suk_node, suk.store.path, "SUK", "Sukevan asukastupa")
        relay_device = relay.api().device_id()
        configure_municipal_device(relay, {kar_device: kar_node.listen, suk_device: suk_node.listen})
        # The two centres know each other, but with discovery off and no address they never connect directly.
        kiosk(kar.store.path, "sync", "add-centre", suk_device, "--name", "Sukevan asukastupa")
        kiosk(suk.store.path, "sync", "add-centre", kar_device, "--name", "Karttulan asukastupa")
        for centre in (kar, suk):
            done = kiosk(
                centre.store.path, "sync", "add-relay", relay_device, "--name", "Kuopion kaupunki",
                f"--address={relay.listen}", f"--password-file={tmp_path / 'password'}",
            )  # fmt: skip
            assert "Kuopion kaupunki säilyttää" in done.stdout
        folder = received_folder(suk.store, kar_device).name
        bundle = wait_for(
            lambda: (s := centre_state(suk.store, folder)).bundle and not s.incomplete and s.bundle,
            "Karttula's bundle at Sukeva through the municipal device",
        )
        assert bundle.code == "KAR" and [m.id for m in bundle.meetings] == [kar.meeting.id]
        assert not suk_node.api().connections().get(kar_device, {}).get("connected")
        folders = relay.api().call("GET", "/rest/config/folders")
        assert folders and {f["type"] for f in folders} == {"receiveencrypted"}
        paths = [Path(f["path"].replace("~", str(relay.home.parent), 1)) for f in folders]  # its HOME
        held = b"".join(p.read_bytes() for path in paths for p in path.rglob("*") if p.is_file())
        assert held, "the municipal device holds the bundles"
        for plain in (b"Karttulan asukastupa", kar.meeting.place.encode(), b"manifest", b"meetings.json"):
            assert plain not in held
