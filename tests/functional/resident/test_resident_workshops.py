"""Residents see the service workshops ahead (open events for everyone) and leave ideas for them, by keys."""

from __future__ import annotations

from datetime import datetime

from resident_support import SIZE, Paste, screen_text, settle, walk

from kiosk.core.clock import HELSINKI
from kiosk.core.workshops import create_workshop
from screens.idea_theme import IdeaThemeScreen
from screens.idea_write import IdeaWriteScreen

AHEAD = datetime(2026, 12, 10, 13, 0, tzinfo=HELSINKI)
"""A Thursday two weeks after the tests' clock."""


def _workshop(store, themes=()):
    """An upcoming workshop at the resident centre."""
    return create_workshop(
        store,
        "Hyvä arki kylillä",
        AHEAD,
        "Karttulan asukastupa, Koulutie 2",
        themes,
        description="Mietitään yhdessä, miten kylillä voi asua hyvin ilman omaa autoa.",
    )


async def test_the_upcoming_screen_shows_a_workshop_with_date_place_and_description(store, make_app):
    _workshop(store)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        shown = screen_text(app)
        for expected in (
            "Palvelupaja, kaikille avoin",
            "to 10.12.2026 klo 13.00",
            "Hyvä arki kylillä",
            "Paikka: Karttulan asukastupa, Koulutie 2",
            "Mietitään yhdessä, miten kylillä voi asua hyvin ilman omaa autoa.",
            "Kaikki ovat tervetulleita",
            "Jätä idea palvelupajaan",
        ):
            assert expected in shown, expected


async def test_an_idea_left_from_the_workshops_card_is_for_that_workshop(store, make_app):
    workshop = _workshop(store, ["Kyydit", "Digituki"])
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await walk(pilot, ["2", "1"])
        await settle(pilot)
        assert isinstance(app.screen, IdeaThemeScreen)
        shown = screen_text(app)
        assert "Kyydit" in shown and "Digituki" in shown and "Muu aihe" in shown
        assert "Ideasi menee palvelupajaan: Hyvä arki kylillä" in shown
        await walk(pilot, ["3"])  # something else: still for this workshop
        await settle(pilot)
        assert isinstance(app.screen, IdeaWriteScreen)
        await walk(pilot, [Paste("Yhteinen kyytitaulu asukastuvalle."), "enter", "enter", "enter", "enter"])
        await settle(pilot)
    [idea] = store.all_ideas()
    assert idea.workshop_id == workshop.id and idea.text == "Yhteinen kyytitaulu asukastuvalle."


async def test_a_workshop_without_themes_is_offered_in_the_idea_form_as_itself(store, make_app):
    workshop = _workshop(store)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await settle(pilot)
        assert "Palvelupajaan: Hyvä arki kylillä" in screen_text(app)
        await pilot.press("1")
        await settle(pilot)
        assert app.screen.draft.workshop_id == workshop.id
        assert app.screen.draft.theme == "Hyvä arki kylillä"


async def test_typed_text_on_the_workshop_card_is_shown_as_it_was_typed(store, make_app):
    from resident_support import HOSTILE_TEXTS

    create_workshop(store, HOSTILE_TEXTS[1], AHEAD, HOSTILE_TEXTS[0], [HOSTILE_TEXTS[2]], description=HOSTILE_TEXTS[3])
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        shown = screen_text(app)
        assert "[@click=app.quit]x[/]" in shown and "Paikka: [/]" in shown and '<img src="/etc/passwd"/>' in shown
        assert "\x1b" not in shown


def _arrive(keys):
    """A run_before that presses the keys from home and waits."""

    async def run_before(pilot) -> None:
        await walk(pilot, keys)
        await settle(pilot)

    return run_before


def test_snapshot_upcoming_with_a_workshop(snap_compare, store):
    from kiosk.app import KioskApp

    _workshop(store, ["Kyydit", "Digituki"])
    assert snap_compare(KioskApp(store), terminal_size=SIZE, run_before=_arrive(["2"]))


def test_snapshot_theme_step_for_a_workshop(snap_compare, store):
    from kiosk.app import KioskApp

    _workshop(store, ["Kyydit", "Digituki"])
    assert snap_compare(KioskApp(store), terminal_size=SIZE, run_before=_arrive(["2", "1"]))
