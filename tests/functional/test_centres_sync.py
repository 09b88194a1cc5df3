"""Three centres joined over real Syncthing instances with ``kiosk sync``: what each shows of the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from syncthing_support import init_centre, join_all, kiosk, syncthing_nodes, wait_for

from kiosk.core.received import centre_state, centre_states
from kiosk.core.syncthing import received_folder
from tests.unit.centres_support import make_centre

CENTRES = (
    ("KAR", "Karttulan asukastupa", "Karttula"),
    ("SUK", "Sukevan asukastupa", "Sukeva"),
    ("RAU", "Rautavaaran asukastupa", "Rautavaara"),
)


@pytest.fixture
def municipality(tmp_path, clock):
    """Three centres, each with its own Syncthing, all joined with each other."""
    centres = [make_centre(tmp_path / code.lower() / "data", clock, code, name, village=v) for code, name, v in CENTRES]
    with syncthing_nodes(tmp_path, len(centres)) as nodes:
        datas = [c.store.path for c in centres]
        devices = [init_centre(n, d, code, name) for n, d, (code, name, _v) in zip(nodes, datas, CENTRES, strict=True)]
        join_all(nodes, datas, devices, [name for _c, name, _v in CENTRES])
        yield centres, nodes, devices


def arrived(reader, writer_device: str, condition=lambda bundle: True):
    """The bundle from a device once it is complete at the reader and meets ``condition``, else None."""
    state = centre_state(reader.store, received_folder(reader.store, writer_device).name)
    return state.bundle if state.bundle is not None and not state.incomplete and condition(state.bundle) else None


def all_bytes(*folders: Path) -> bytes:
    return b"".join(p.read_bytes() for folder in folders for p in sorted(folder.rglob("*")) if p.is_file())


def test_three_centres_receive_each_others_bundles_and_nothing_private(municipality):
    (kar, suk, rau), nodes, devices = municipality
    bundle = wait_for(lambda: arrived(suk, devices[0]), "Karttula's bundle complete at Sukeva")
    assert bundle.code == "KAR" and [m.id for m in bundle.meetings] == [kar.meeting.id]
    wait_for(lambda: arrived(rau, devices[1]), "Sukeva's bundle complete at Rautavaara")
    wait_for(lambda: arrived(kar, devices[2]), "Rautavaara's bundle complete at Karttula")
    status = kiosk(suk.store.path, "sync", "status").stdout
    assert "Karttulan asukastupa (KAR)" in status and "Rautavaaran asukastupa (RAU)" in status
    assert "KESKEN" not in status
    at_sukeva = all_bytes(suk.store.path, nodes[1].home)
    for secret in kar.secrets:
        assert secret.encode() not in at_sukeva, secret
    assert {s.bundle.code for s in centre_states(suk.store)} == {"KAR", "RAU"}
