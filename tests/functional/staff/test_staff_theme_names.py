"""Theme names in Swedish and English: staff write them once, beside the settings."""

from __future__ import annotations

from datetime import datetime

from staff_support import SIZE, login, settle, type_into
from textual.widgets import Input

from kiosk.core.clock import HELSINKI
from screens.staff.settings import SettingsScreen
from screens.staff.theme_names import ThemeNamesScreen


def _table_and_workshop(store) -> None:
    """A table on one theme and a workshop on two (one the same as the table's)."""
    from kiosk.core import tables, workshops
    from kiosk.core.model import Table

    tables.save_table(store, Table(name="Kyläpöytä", theme="Liikkuminen ja kyydit", area="Karttula"))
    workshops.create_workshop(
        store,
        "Palvelupaja",
        datetime(2026, 12, 10, 10, tzinfo=HELSINKI),
        "Koulu",
        ["Liikkuminen ja kyydit", "Tiedon kulku kylillä"],
    )


async def test_staff_write_theme_names(staff_store, make_app):
    _table_and_workshop(staff_store)
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        await pilot.press("7")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert isinstance(app.screen, ThemeNamesScreen)
        assert app.screen._themes == ["Liikkuminen ja kyydit", "Tiedon kulku kylillä"]
        await type_into(pilot, "#theme-0-sv", "Resor och skjutsar")
        await type_into(pilot, "#theme-0-en", "Getting about")
        await type_into(pilot, "#theme-1-sv", "Information i byarna")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        assert app.screen.query_one("#centre-name", Input).value == "Asukastupa"
    assert staff_store.settings().theme_names == {
        "Liikkuminen ja kyydit": {"sv": "Resor och skjutsar", "en": "Getting about"},
        "Tiedon kulku kylillä": {"sv": "Information i byarna"},
    }
