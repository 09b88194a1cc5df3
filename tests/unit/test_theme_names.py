"""Theme names in Swedish and English: kept in the settings by each theme's Finnish name."""

from __future__ import annotations

import pytest
from printables_support import flat, pdf_text, sample_settings, sample_sheet

from kiosk.core.configure import clean_theme_names, save_settings
from kiosk.core.errors import ValidationError
from kiosk.core.settings import Settings
from printables.poster import build_poster

NAMES = {
    "Palvelut autottomille ikäihmisille": {
        "sv": "Tjänster för äldre utan bil",
        "en": "Services for older people without a car",
    }
}
"""The sample table's theme in Swedish and English."""


def test_theme_name_in_each_language_falls_back_to_finnish():
    settings = Settings(theme_names={"Kirjasto": {"sv": "Biblioteket"}})
    assert settings.theme_name("Kirjasto", "sv") == "Biblioteket"
    assert settings.theme_name("kirjasto", "sv") == "Biblioteket"  # the same theme typed in lower case
    assert settings.theme_name("Kirjasto", "en") == "Kirjasto"
    assert settings.theme_name("Kirjasto", "fi") == "Kirjasto"
    assert settings.theme_name("Liikkuminen", "sv") == "Liikkuminen"


def test_typed_names_are_cleaned_and_empty_ones_dropped():
    typed = {" Kirjasto ": {"sv": " Biblioteket\x1b[31m ", "en": "  "}, "Liikkuminen": {"sv": "", "en": ""}}
    assert clean_theme_names(typed) == {"Kirjasto": {"sv": "Biblioteket"}}


def test_bad_theme_names_are_refused():
    with pytest.raises(ValidationError):
        Settings(theme_names={"Kirjasto": {"de": "Bibliothek"}}).validate()
    with pytest.raises(ValidationError):
        Settings(theme_names={"Kirjasto": {"sv": "x" * 500}}).validate()


def test_theme_names_are_saved_and_read_back(store):
    save_settings(store, Settings(theme_names=NAMES))
    assert store.settings().theme_names == NAMES
    assert Settings.from_dict(store.settings().to_dict()).theme_names == NAMES


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "Teema: Palvelut autottomille ikäihmisille"),
        ("sv", "Tema: Tjänster för äldre utan bil"),
        ("en", "Theme: Services for older people without a car"),
    ],
)
def test_poster_names_the_theme_in_its_language(language, expected):
    sheet = sample_sheet(settings=sample_settings(theme_names=NAMES))
    assert expected in flat(pdf_text(build_poster(sheet, language)))
