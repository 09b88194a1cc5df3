"""Upcoming tables and meetings, a table's page, and the results ("you said, we did")."""

from __future__ import annotations

from resident_support import SIZE, screen_text, settle
from textual.widgets import Button

from kiosk.core.i18n import _
from kiosk.core.model import SECTOR_LABELS, Sector
from screens.home import HomeScreen
from screens.table_detail import TableDetailScreen


async def test_upcoming_meetings_by_keys(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        text = screen_text(app)
        first = text.index("to 3.12.2026 klo 17.00–18.30")
        assert first < text.index("to 14.1.2027 klo 17.00–18.30")
        for expected in (
            "Pöytä: Ikäihmisten palvelut Karttulassa",
            "Paikka: Karttulan asukastupa",
            "Tavoite: Autottomat",
            "Asialista:",
            "Miten kauppakyyti järjestetään?",  # the open question, the idea behind it
            "Lisätietoja: Asukastupa, puh. 040 123 4567",
        ):
            assert expected in text
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, TableDetailScreen)
        assert app.screen.meeting_id == village.ids["meeting"]
        text = screen_text(app)
        assert "Pelisäännöt" in text and "Kaikki saavat puheenvuoron" in text
        for _ in range(3):
            await pilot.press("pagedown")
        await pilot.pause()
        text = screen_text(app)
        assert "Seuraavat tapaamiset" in text and "Miten kyytejä voisi yhdistää?" in text
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_table_page_shows_sector_counts_never_people(village, make_app):
    app = make_app(village)
    async with app.run_test(size=(100, 80)) as pilot:
        await pilot.press("2", "1")
        await pilot.pause()
        text = screen_text(app)
        counts = {Sector.PUBLIC: 1, Sector.BUSINESS: 1, Sector.THIRD: 1, Sector.RESIDENT: 0}
        for sector, count in counts.items():
            assert f"{_(SECTOR_LABELS[sector])}: {count}" in text
        for expected in (
            "Virkistyspäivät – Suunnittelee kevään",
            "Seuraavat tapaamiset",
            "Miten kyytejä voisi yhdistää?",
        ):
            assert expected in text
        for secret in ("Anna Virtanen", "anna@example.fi", "040 111 2222", "Pekka Taksi"):
            assert secret not in text


async def test_upcoming_by_clicks_and_large_text_pages(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#choice-upcoming")
        await pilot.pause()
        assert not app.screen.query_one("#page-bar").display  # two meetings fit on one page
        await pilot.click("#large-text-button")
        await settle(pilot)
        assert app.screen.query_one("#page-bar").display
        assert "Sivu 1 / 2" in screen_text(app)
        await pilot.click("#page-next")
        await settle(pilot)
        assert "Sivu 2 / 2" in screen_text(app) and "to 14.1.2027" in screen_text(app)
        assert app.screen.query_one("#page-next", Button).disabled
        await pilot.press("pageup")
        await settle(pilot)
        assert "Sivu 1 / 2" in screen_text(app)
        await pilot.click("#item-1")
        await pilot.pause()
        assert isinstance(app.screen, TableDetailScreen)
        await pilot.click("#back-button")
        await pilot.click("#back-button")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_no_meetings_gives_a_plain_message(store, make_app):
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert "Tapaamisia ei ole juuri nyt sovittu." in screen_text(app)
        await pilot.press("escape", "3")
        await pilot.pause()
        assert "Pöydillä ei ole vielä tuloksia näytettäväksi." in screen_text(app)


async def test_results_you_said_we_did(village, make_app):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        text = screen_text(app)
        assert "Ikäihmisten palvelut Karttulassa" in text
        assert text.index("Tehty") < text.index("Työn alla")
        # A done action is said as done, not as the plan it was written as.
        assert "✓ Tehty pe 27.11.2026: Virkistyspäivä keväällä" in text
        assert "Tulos: Paikalla noin 60 ihmistä." in text
        assert "… Työn alla: Kauppakyyti kokeiluun" in text
        assert "Te sanoitte: Kauppakyyti kerran viikossa. (ID-0001)" in text
        assert "Vielä lukematon idea" not in text and "Kirjasto auki iltaisin" not in text


async def test_results_wrapped_lines_keep_their_indent(village, make_app):
    from datetime import date

    from resident_support import SMALL_SIZE, screen_lines

    from kiosk.core import tables
    from kiosk.core.model import ActionStatus

    long_what = "Selvitetään kyläkohtaisesti, millä vuoroilla asiointikyyti ehtii kauppaan ja terveysasemalle ennen puoltapäivää"
    action = tables.add_action(village, village.ids["meeting"], long_what, "Taksi Oy", date(2027, 2, 28))
    tables.set_action_status(
        village,
        action.id,
        ActionStatus.DONE,
        "Aikataulu on kirjastossa ja asukastuvalla kaikkien luettavana, ja se jaetaan kylien ilmoitustauluille.",
    )
    app = make_app(village)
    async with app.run_test(size=SMALL_SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        rows = screen_lines(app)
        first = next(n for n, row in enumerate(rows) if "✓ Tehty" in row and "Selvitetään" in row)
        text_column = rows[first].index("Tehty")
        continuation = rows[first + 1]
        assert continuation[:text_column].strip(" █▊▌") == ""
        assert continuation[text_column] != " ", "the wrapped line starts under the text, past the mark"
        result = next(n for n, row in enumerate(rows) if "Tulos: Aikataulu" in row)
        assert rows[result].index("Tulos") == text_column
        assert rows[result + 1][text_column] != " " and rows[result + 1][:text_column].strip(" █▊▌") == ""
