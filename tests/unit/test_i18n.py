"""Every message the code shows is translated to Finnish and Swedish, and compiled."""

from __future__ import annotations

import gettext

import pytest

from kiosk.core import catalogs
from kiosk.core.i18n import DOMAINS, LOCALES_DIR, gettext_in


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_message_is_translated(language):
    missing = catalogs.missing_translations(language)
    assert missing == [], f"untranslated in {language}: {missing[:10]}"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("domain", DOMAINS)
def test_compiled_catalog_matches_its_source(language, domain):
    source = catalogs.read_catalog(catalogs.po_path(language, domain), language)
    expected = {m.id: m.string for m in source if m.id and m.string}
    with (LOCALES_DIR / language / "LC_MESSAGES" / f"{domain}.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    actual = {key: value for key, value in compiled._catalog.items() if key}
    assert actual == expected, "run `python -m kiosk.core.catalogs` to recompile"


def test_translations_keep_their_placeholders():
    for language in ("fi", "sv"):
        for domain in DOMAINS:
            for message in catalogs.read_catalog(catalogs.po_path(language, domain), language):
                if message.id and message.string:
                    wanted = sorted(p for p in catalogs.placeholders(message.id))
                    assert sorted(catalogs.placeholders(message.string)) == wanted, (language, message.id)


def test_finnish_is_the_first_language():
    assert gettext_in("fi", "Please write your idea first.") != "Please write your idea first."
