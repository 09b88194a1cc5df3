"""The settings screen: saved through the core, applied to the running kiosk, refused when wrong."""

from __future__ import annotations

import stat

from staff_support import SIZE, login, settle, type_into
from textual.widgets import Input, OptionList, Select, Static

from kiosk.core.settings import Settings
from screens.staff import printers
from screens.staff.dialogs.choice import ChoiceDialog
from screens.staff.home import StaffHomeScreen
from screens.staff.settings import SettingsScreen


def text_of(app, selector: str) -> str:
    """The plain text a Static on the current screen shows."""
    return str(app.screen.query_one(selector, Static).render())


async def open_settings(pilot) -> None:
    """Log in and press 7 on the staff home."""
    await login(pilot)
    await pilot.press("7")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SettingsScreen)


async def replace_text(pilot, selector: str, text: str) -> None:
    """Empty a field and type the new text into it."""
    pilot.app.screen.query_one(selector, Input).value = ""
    await type_into(pilot, selector, text)


async def test_settings_are_saved_and_applied_at_once(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        assert app.screen.query_one("#centre-name", Input).value == "Asukastupa"
        await replace_text(pilot, "#centre-name", "Karttulan asukastupa")
        await replace_text(pilot, "#centre-contact", "017 123 4567")
        await replace_text(pilot, "#poster-url", "https://karttula.example/poyta")
        await replace_text(pilot, "#minutes-url", "https://karttula.example/muistiot")
        await replace_text(pilot, "#printer", "toimisto")
        await replace_text(pilot, "#idle", "90")
        await replace_text(pilot, "#staff-idle", "900")
        await replace_text(pilot, "#retention", "6")
        app.screen.query_one("#language", Select).value = "sv"
        await pilot.press("ctrl+s")
        await settle(pilot)

        assert isinstance(app.screen, StaffHomeScreen)
        assert (app.idle_seconds, app.staff_idle_seconds, app.centre_name) == (90.0, 900.0, "Karttulan asukastupa")
        assert "6" in text_of(app, "#retention")  # the home screen shows the new retention period

    assert staff_store.settings() == Settings(
        centre_name="Karttulan asukastupa",
        centre_contact="017 123 4567",
        poster_url="https://karttula.example/poyta",
        minutes_url="https://karttula.example/muistiot",
        printer="toimisto",
        idle_seconds=90,
        staff_idle_seconds=900,
        retention_months=6,
        language="sv",
    )
    (entry,) = [e for e in staff_store.audit_entries(staff_store.now().year) if e.what == "settings"]
    assert entry.details["idle_seconds"] == 90 and entry.actor == "staff"


async def test_an_address_without_https_is_refused_and_nothing_saved(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        await replace_text(pilot, "#idle", "45")
        await replace_text(pilot, "#poster-url", "karttula.example/poyta")
        await pilot.press("ctrl+s")
        await settle(pilot)

        assert isinstance(app.screen, SettingsScreen)  # still here, with the reason
        error = app.screen.query_one("#error", Static)
        assert error.display and text_of(app, "#error") == "Verkko-osoite alkaa https://"
        assert app.idle_seconds == 120.0  # nothing applied

        # Fixing the address saves.
        await replace_text(pilot, "#poster-url", "https://karttula.example/poyta")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, StaffHomeScreen) and app.idle_seconds == 45.0

    assert staff_store.settings().poster_url == "https://karttula.example/poyta"


async def test_refused_settings_leave_the_data_untouched(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        await replace_text(pilot, "#minutes-url", "ftp://karttula.example")
        await replace_text(pilot, "#idle", "")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "kokonaisluku" in text_of(app, "#error")  # the empty number is caught first
        await replace_text(pilot, "#idle", "10")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "30" in text_of(app, "#error") and "3600" in text_of(app, "#error")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, StaffHomeScreen)

    assert staff_store.settings() == Settings()
    assert not [e for e in staff_store.audit_entries(staff_store.now().year) if e.what == "settings"]


async def test_without_cups_the_printer_list_says_so(staff_store, make_app, monkeypatch):
    monkeypatch.setattr(printers, "LPSTAT", ("kiosk-test-no-such-lpstat", "-e"))
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        assert text_of(app, "#printers") == "CUPS ei ole käytössä."
        assert not app.screen.query_one("#error", Static).display


async def test_a_listed_printer_is_chosen_into_the_field(staff_store, make_app, monkeypatch, tmp_path):
    fake = tmp_path / "lpstat"
    fake.write_text("#!/bin/sh\necho kiosk-pdf\necho toimisto-laser\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(printers, "LPSTAT", (str(fake), "-e"))
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        await pilot.click("#list-printers")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        options = app.screen.query_one(OptionList)
        assert [options.get_option_at_index(i).id for i in range(options.option_count)] == [
            "kiosk-pdf",
            "toimisto-laser",
        ]
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        assert app.screen.query_one("#printer", Input).value == "toimisto-laser"
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert staff_store.settings().printer == "toimisto-laser"


async def test_speech_speed_volume_and_slip_paper_are_saved_and_applied(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        status = text_of(app, "#speech-status")
        assert status.startswith(("Puhe toimii", "Puhe ei ole käytettävissä"))
        assert app.screen.query_one("#speech-rate", Input).value == "150"
        await replace_text(pilot, "#speech-rate", "110")
        await replace_text(pilot, "#speech-volume", "160")
        app.screen.query_one("#slip-paper", Select).value = "80mm"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, StaffHomeScreen)
        assert (app.speech.rate, app.speech.volume) == (110, 160)
    saved = staff_store.settings()
    assert (saved.speech_rate, saved.speech_volume, saved.slip_paper) == (110, 160, "80mm")


async def test_speech_speed_out_of_range_is_refused(staff_store, make_app):
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        await replace_text(pilot, "#speech-rate", "999")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        assert "Puheen nopeuden pitää olla 80–300 sanaa minuutissa." in text_of(app, "#error")
    assert staff_store.settings().speech_rate == 150
