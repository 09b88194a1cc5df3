"""``kiosk sync`` on its own: starting Syncthing when none runs, refusing what cannot work, cleaning up."""

from __future__ import annotations

from pathlib import Path

import pytest
from syncthing_support import (
    _session_members,
    free_port,
    init_centre,
    kill_session,
    kiosk,
    require_syncthing,
    syncthing_nodes,
)

from kiosk.core.syncthing import PID_FILE, Syncthing, api_key
from tests.unit.centres_support import make_centre


def test_the_ports_handed_to_syncthing_never_repeat_and_stay_out_of_the_ephemeral_range():
    low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    ports = [free_port() for _ in range(50)]
    assert len(set(ports)) == len(ports)
    assert all(1024 <= port < low for port in ports)


def test_init_starts_syncthing_when_none_runs_and_configures_it(tmp_path, clock):
    require_syncthing()
    kar = make_centre(tmp_path / "data", clock, "KAR", "Karttulan asukastupa")
    home, gui = tmp_path / "home", f"127.0.0.1:{free_port()}"
    done = kiosk(
        kar.store.path, "sync", "init", "--centre", "KAR", f"--home={home}", f"--gui-address={gui}",
        f"--listen=tcp://127.0.0.1:{free_port()}", "--no-discovery", check=False,
    )  # fmt: skip
    pid = int((home / PID_FILE).read_text()) if (home / PID_FILE).exists() else 0
    try:
        assert done.returncode == 0, done.stderr
        assert "Syncthing käynnistettiin" in done.stdout
        api = Syncthing(gui, api_key(home))
        device = done.stdout.strip().splitlines()[-1]
        assert api.device_id() == device
        options = api.call("GET", "/rest/config/options")
        assert options["urAccepted"] == -1 and not options["relaysEnabled"]
        assert not options["globalAnnounceEnabled"] and not options["localAnnounceEnabled"]
        assert not options["natEnabled"]
        [folder] = api.call("GET", "/rest/config/folders")
        assert folder["type"] == "sendonly" and folder["path"] == str(kar.store.path / "published")
        assert api.call("GET", "/rest/config/gui")["address"] == gui
    finally:
        if pid:
            kill_session(_Pid(pid))
    assert not _session_members(pid)


class _Pid:
    """A process the kiosk started, known by its id only (enough for ``kill_session``)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid

    def wait(self, timeout: float) -> None:
        try:
            import os

            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass


def test_nodes_are_killed_even_when_the_test_fails(tmp_path):
    sessions = []
    with pytest.raises(RuntimeError), syncthing_nodes(tmp_path, 1) as nodes:
        sessions.append(nodes[0].process.pid)
        assert _session_members(sessions[0])
        raise RuntimeError("the test failed here")
    assert not _session_members(sessions[0])


def test_add_centre_before_init_and_with_its_own_id_is_refused(tmp_path, clock):
    kar = make_centre(tmp_path / "data", clock, "KAR", "Karttulan asukastupa")
    done = kiosk(kar.store.path, "sync", "add-centre", "ABC", "--name", "X", check=False)
    assert done.returncode == 1 and "kiosk sync init" in done.stderr
    with syncthing_nodes(tmp_path, 1) as [node]:
        device = init_centre(node, kar.store.path, "KAR", "Karttulan asukastupa")
        done = kiosk(kar.store.path, "sync", "add-centre", device, "--name", "Itse", check=False)
        assert done.returncode == 1 and "oma" in done.stderr
        done = kiosk(kar.store.path, "sync", "add-centre", "NOT-A-DEVICE", "--name", "X", check=False)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        status = kiosk(kar.store.path, "sync", "status").stdout
        assert device in status and "kiosk sync add-centre" in status


def test_a_bad_centre_code_is_refused_in_plain_words(tmp_path, clock):
    kar = make_centre(tmp_path / "data", clock, "KAR", "Karttulan asukastupa")
    done = kiosk(kar.store.path, "sync", "init", "--centre", "K4", f"--home={tmp_path / 'h'}", check=False)
    assert done.returncode == 1 and "isoa kirjainta" in done.stderr
    assert not (tmp_path / "h").exists()
