"""Translations: Finnish first, Swedish and English beside it, from gettext catalogs.

Message ids are English. Catalogs live in ``locales/<lang>/LC_MESSAGES/<domain>.mo``,
one domain per layer (core, resident, staff, printables), so that teams editing
different layers never edit the same catalog. Only the standard library is used
at run time; ``kiosk.core.catalogs`` (Babel) extracts and compiles the catalogs.
"""

from __future__ import annotations

import gettext as _gettext
from functools import cache
from pathlib import Path

LOCALES_DIR = Path(__file__).with_name("locales")
"""Where the compiled catalogs are."""
LANGUAGES = ("fi", "sv", "en")
"""The kiosk's languages, the default first."""
DEFAULT_LANGUAGE = "fi"
"""The language the kiosk starts in and returns to after the idle reset."""
DOMAINS = ("core", "resident", "staff", "printables")
"""The catalog domains, one per layer."""
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
"""Each language's name in that language, for the language switch."""

_current = DEFAULT_LANGUAGE


def N_(message: str) -> str:
    """Mark a message for translation without translating it yet."""
    return message


@cache
def translation(language: str) -> _gettext.NullTranslations:
    """All domains' catalogs for a language, chained into one translation."""
    chain: _gettext.NullTranslations = _gettext.NullTranslations()
    first: _gettext.NullTranslations | None = None
    for domain in DOMAINS:
        catalog = _gettext.translation(domain, localedir=LOCALES_DIR, languages=[language], fallback=True)
        if isinstance(catalog, _gettext.GNUTranslations):
            if first is None:
                first = catalog
            else:
                first.add_fallback(catalog)
    if first is None:
        return chain
    return first


def set_language(language: str) -> None:
    """Switch the language of everything translated from now on."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _current = language


def current_language() -> str:
    """The language in use."""
    return _current


def gettext(message: str) -> str:
    """The message in the current language (the English id when untranslated)."""
    return translation(_current).gettext(message)


def gettext_in(language: str, message: str) -> str:
    """The message in a given language, whatever the current one is."""
    return translation(language).gettext(message)


_ = gettext
