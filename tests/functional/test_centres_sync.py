"""Three centres joined over real Syncthing instances with ``kiosk sync``: what each shows of the others."""

from __future__ import annotations

from contextlib import contextmanager
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


@contextmanager
def joined(root: Path, clock, entries):
    """Centres with their own Syncthing each, every one joined with every other by ``kiosk sync``."""
    centres = [make_centre(root / code.lower() / "data", clock, code, name, village=v) for code, name, v in entries]
    with syncthing_nodes(root, len(centres)) as nodes:
        datas = [c.store.path for c in centres]
        devices = [init_centre(n, d, code, name) for n, d, (code, name, _v) in zip(nodes, datas, entries, strict=True)]
        join_all(nodes, datas, devices, [name for _c, name, _v in entries])
        yield centres, nodes, devices


@pytest.fixture
def municipality(tmp_path, clock):
    """Three centres, each with its own Syncthing, all joined with each other."""
    with joined(tmp_path, clock, CENTRES) as found:
        yield found


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
    assert "KESKEN" not in status and status.count("Yhteys on nyt auki.") == 2
    at_sukeva = all_bytes(suk.store.path, nodes[1].home)
    for secret in kar.secrets:
        assert secret.encode() not in at_sukeva, secret
    assert {s.bundle.code for s in centre_states(suk.store)} == {"KAR", "RAU"}


@pytest.fixture
def two_centres(tmp_path, clock):
    """Karttula and Sukeva, joined; Sukeva already holds Karttula's first bundle."""
    with joined(tmp_path, clock, CENTRES[:2]) as (centres, nodes, devices):
        wait_for(lambda: arrived(centres[1], devices[0]), "Karttula's first bundle complete at Sukeva")
        yield centres, nodes, devices


def big_change(kar) -> None:
    """Meetings whose minutes, received slowly, keep the bundle half new for a long while; and a new answer."""
    import secrets
    from datetime import timedelta

    from kiosk.core.ideas import answer_idea
    from kiosk.core.model import Meeting
    from kiosk.core.store import MEETINGS

    with kar.store.transaction() as tx:  # one commit, so one new bundle
        for week in range(1, 60):
            start = kar.meeting.start + timedelta(weeks=week)
            meeting = Meeting(table_id=kar.table.id, start=start, place="Kylätalo", minutes=secrets.token_hex(20_000))
            tx.put(MEETINGS, meeting.to_dict())
    answer_idea(kar.store, kar.published.id, "Kirjastoauto tulee keväällä")


def test_syncthing_killed_while_a_bundle_arrives_keeps_the_last_complete_one(two_centres):
    (kar, suk), (kar_node, suk_node), devices = two_centres
    folder = received_folder(suk.store, devices[0]).name
    first = centre_state(suk.store, folder).bundle
    for node, limit in ((kar_node, "maxSendKbps"), (suk_node, "maxRecvKbps")):  # a slow line between the two
        node.api().call("PATCH", "/rest/config/options", {limit: 8, "limitBandwidthInLan": True})
    big_change(kar)
    wait_for(
        lambda: centre_state(suk.store, folder).incomplete,
        "Karttula's new bundle half arrived at Sukeva",
        explain=lambda: f"Karttula {kar_node.folders()}, Sukeva {suk_node.folders()}",
    )
    suk_node.kill()
    state = centre_state(suk.store, folder)
    assert state.incomplete and state.bundle is not None
    assert state.bundle.sequence == first.sequence
    assert state.bundle.idea(kar.published.id).public_answer == ""
    status = kiosk(suk.store.path, "sync", "status").stdout
    [line] = [line for line in status.splitlines() if "Karttulan asukastupa" in line]
    assert "KESKEN" in line and f"numero {first.sequence})" in line
    suk_node.start()
    for node, limit in ((kar_node, "maxSendKbps"), (suk_node, "maxRecvKbps")):
        node.api().call("PATCH", "/rest/config/options", {limit: 0, "limitBandwidthInLan": False})
    done = wait_for(
        lambda: arrived(suk, devices[0], lambda b: b.sequence > first.sequence),
        "the whole new bundle after a restart",
        explain=lambda: f"Karttula {kar_node.folders()}, Sukeva {suk_node.folders()}",
    )
    assert done.idea(kar.published.id).public_answer == "Kirjastoauto tulee keväällä"


def test_a_damaged_received_file_is_ignored_and_put_back(two_centres):
    (kar, suk), _nodes, devices = two_centres
    folder = received_folder(suk.store, devices[0])
    (folder / "meetings.json").write_bytes(b"\x00garbage")
    state = centre_state(suk.store, folder.name)
    assert state.incomplete and "meetings.json" in state.problem
    assert [m.id for m in state.bundle.meetings] == [kar.meeting.id]
    status = kiosk(suk.store.path, "sync", "status").stdout
    assert "KESKEN" in status and "palautettiin" in status
    wait_for(lambda: arrived(suk, devices[0]), "Karttula's bundle whole again at Sukeva")


async def staff_login(pilot) -> None:
    """Open the staff area with the test centres' PIN."""
    from functional_support import settle

    from tests.unit.centres_support import PIN

    await pilot.press("f9")
    await pilot.pause()
    await pilot.press(*PIN, "enter")
    await settle(pilot)


async def test_meetings_travel_and_a_forwarded_idea_comes_back_answered(municipality, make_app):
    """The issue's whole story over real Syncthing: B lists A's meeting; A's idea goes to B's table and back."""
    from functional_support import settle
    from resident.resident_support import SIZE, screen_text, static_text
    from textual.widgets import OptionList

    from kiosk.core.centres import inbox
    from kiosk.core.ideas import answer_idea
    from screens.idea_status import IdeaStatusScreen
    from screens.other_centres import OtherCentresScreen
    from screens.staff.centres import CentresInboxScreen
    from screens.staff.ideas import IdeasScreen

    (kar, suk, _rau), _nodes, devices = municipality
    wait_for(lambda: arrived(suk, devices[0]), "Karttula's bundle complete at Sukeva")
    wait_for(lambda: arrived(kar, devices[1]), "Sukeva's bundle complete at Karttula")

    app = make_app(suk.store)  # B's resident screen lists A's upcoming meeting, marked with A
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("8")
        await pilot.pause()
        assert isinstance(app.screen, OtherCentresScreen)
        card = static_text(app, "#meeting-1")
        assert "Karttulan asukastupa" in card and kar.table.name in card and kar.meeting.place in card

    app = make_app(kar.store)  # A's staff forward the published idea to B's table
    async with app.run_test(size=SIZE) as pilot:
        await staff_login(pilot)
        await pilot.press("1")
        await settle(pilot)
        assert isinstance(app.screen, IdeasScreen)
        while app.screen.current().id != kar.published.id:
            await pilot.press("down")
        await pilot.press("o")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        options.highlighted = labels.index(f"Sukevan asukastupa: {suk.table.name}")
        await pilot.press("enter")
        await settle(pilot)
    assert kar.store.idea(kar.published.id).forwarded_to == "SUK"

    [waiting] = wait_for(lambda: inbox(suk.store), "the forwarded idea in Sukeva's inbox")
    assert waiting.idea.reference == "KAR-0001" and waiting.table.id == suk.table.id
    app = make_app(suk.store)  # B's staff see it once in their inbox and accept it
    async with app.run_test(size=SIZE) as pilot:
        await staff_login(pilot)
        await pilot.press("9")
        await settle(pilot)
        assert isinstance(app.screen, CentresInboxScreen)
        assert app.screen.records.keys() == {kar.published.id}
        await pilot.press("a")
        await settle(pilot)
        assert not app.screen.records
        await pilot.press("a")  # nothing left to accept: nothing happens
        await settle(pilot)
    accepted = suk.store.idea(kar.published.id)
    assert accepted.origin_reference == "KAR-0001" and accepted.table_id == suk.table.id
    assert [i.id for i in suk.store.open_ideas()].count(kar.published.id) == 1
    answer = "Sukevan pöytä ottaa kirjastoauton asialistalle."
    answer_idea(suk.store, accepted.id, answer)

    wait_for(
        lambda: arrived(
            kar, devices[1], lambda b: (i := b.idea(accepted.id)) is not None and i.public_answer == answer
        ),
        "Sukeva's answer in its bundle at Karttula",
    )
    app = make_app(kar.store)  # A's "my idea" shows B's answer
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", *"KAR-0001", "enter")
        await pilot.pause()
        assert isinstance(app.screen, IdeaStatusScreen)
        assert static_text(app, "#answer") == answer
        assert "Sukevan asukastupa" in static_text(app, "#forwarded")
        assert "Aino" not in screen_text(app)

    at_sukeva = all_bytes(suk.store.path, _nodes[1].home)
    for secret in kar.secrets:
        assert secret.encode() not in at_sukeva, secret
