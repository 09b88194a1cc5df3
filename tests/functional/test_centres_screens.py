"""The screens of working with other centres: residents' other villages, staff's inbox, the idea that went away."""

from __future__ import annotations

import pytest
from functional_support import settle
from resident.resident_support import HOSTILE_TEXTS, SIZE, screen_text, static_text

from kiosk.core.centres import accept_forwarded_idea, forward_idea_to_centre
from kiosk.core.ideas import answer_idea
from kiosk.core.tables import update_meeting
from tests.unit.centres_support import PIN, exchange, make_centre


@pytest.fixture
def pair(tmp_path, clock):
    """Karttula and Sukeva holding each other's bundles; Karttula's idea forwarded to Sukeva's table."""
    kar = make_centre(tmp_path / "kar", clock, "KAR", "Karttulan asukastupa")
    suk = make_centre(tmp_path / "suk", clock, "SUK", "Sukevan asukastupa", village="Sukeva")
    exchange(kar, suk)
    forward_idea_to_centre(kar.store, kar.published.id, "SUK", suk.table.id)
    exchange(kar, suk)
    return kar, suk


async def staff_login(pilot) -> None:
    await pilot.press("f9")
    await pilot.pause()
    await pilot.press(*PIN, "enter")
    await settle(pilot)


def walk(*keys: str):
    async def run_before(pilot) -> None:
        await pilot.pause()
        for key in keys:
            if key == "staff":
                await staff_login(pilot)
            else:
                await pilot.press(key)
                await settle(pilot)
        await settle(pilot)

    return run_before


def test_home_offers_other_villages_once_bundles_arrive(snap_compare, pair):
    from kiosk.app import KioskApp

    assert snap_compare(KioskApp(pair[1].store), terminal_size=SIZE, run_before=walk())


def test_other_villages_screen(snap_compare, pair):
    from kiosk.app import KioskApp

    assert snap_compare(KioskApp(pair[1].store), terminal_size=SIZE, run_before=walk("8"))


def test_staff_inbox_of_ideas_from_other_centres(snap_compare, pair):
    from kiosk.app import KioskApp

    assert snap_compare(KioskApp(pair[1].store), terminal_size=SIZE, run_before=walk("staff", "8"))


def test_my_idea_forwarded_and_answered_elsewhere(snap_compare, pair):
    from kiosk.app import KioskApp

    kar, suk = pair
    accept_forwarded_idea(suk.store, "KAR", kar.published.id)
    answer_idea(suk.store, kar.published.id, "Sukevan pöytä ottaa kirjastoauton asialistalle.")
    exchange(kar, suk)
    assert snap_compare(KioskApp(kar.store), terminal_size=SIZE, run_before=walk("4", *"KAR-0001", "enter"))


async def test_my_idea_before_the_other_centre_took_it_up(pair, make_app):
    kar, _suk = pair
    app = make_app(kar.store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", *"1", "enter")
        await pilot.pause()
        assert "ei ole vielä otettu käsittelyyn" in static_text(app, "#forwarded")
        assert "Sukevan asukastupa" in static_text(app, "#forwarded")


async def test_no_other_villages_choice_without_bundles(store, make_app):
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        assert not app.screen.query("#choice-other_centres")
        await pilot.press("8")
        await pilot.pause()
        assert "Muiden kylien pöydiltä ei ole vielä tullut mitään" in screen_text(app)


@pytest.mark.parametrize("text", HOSTILE_TEXTS, ids=["close-tag", "click-quit", "html", "osc52"])
async def test_other_centres_text_is_shown_literally(pair, make_app, text):
    kar, suk = pair
    meeting = kar.store.meeting(kar.meeting.id)
    meeting.title = f"Kysymys {text}"
    update_meeting(kar.store, meeting)
    exchange(kar, suk)
    app = make_app(suk.store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("8")
        await pilot.pause()
        assert app.is_running
        shown = static_text(app, "#meeting-1")
        assert "Kysymys" in shown
        if text.isprintable():
            assert text in shown


async def test_staff_see_where_an_idea_went_and_where_one_came_from(pair, make_app):
    from screens.staff.ideas import IdeasScreen

    kar, suk = pair
    accept_forwarded_idea(suk.store, "KAR", kar.published.id)
    exchange(kar, suk)
    for centre, wanted in ((kar, "Lähetetty: Sukevan asukastupa"), (suk, "Lähettäjä KAR, tunnus siellä KAR-0001")):
        app = make_app(centre.store)
        async with app.run_test(size=SIZE) as pilot:
            await staff_login(pilot)
            await pilot.press("1")
            await settle(pilot)
            assert isinstance(app.screen, IdeasScreen)
            while app.screen.current().id != kar.published.id:
                await pilot.press("down")
            await settle(pilot)
            assert wanted in static_text(app, "#detail")
