"""The catalogs follow the glossary: one translation per message id, and no word the glossary rejects."""

from __future__ import annotations

import csv
import re
from collections import defaultdict

import pytest

from kiosk.core import catalogs
from kiosk.core.i18n import DOMAINS, LANGUAGES, LOCALES_DIR

GLOSSARY = LOCALES_DIR / "GLOSSARY.tsv"
"""The glossary beside the catalogs."""


def glossary() -> list[dict[str, str]]:
    """The glossary's lines (comments left out), by column name."""
    lines = [line for line in GLOSSARY.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def avoided() -> list[tuple[str, str, re.Pattern[str]]]:
    """(language, word as written, pattern) for every word the glossary rejects."""
    found = []
    for term in glossary():
        for item in filter(None, (part.strip() for part in (term["avoid"] or "").split(";"))):
            language, word = item.split(":", 1)
            stem = re.escape(word.rstrip("*"))
            pattern = rf"(?<!\w){stem}" if word.endswith("*") else rf"(?<!\w){stem}(?!\w)"
            found.append((language, word, re.compile(pattern, re.IGNORECASE)))
    return found


def translations(language: str) -> list[tuple[str, str, str]]:
    """(domain, message id, what the reader sees) for every message of a language."""
    found = []
    for domain in DOMAINS:
        for message in catalogs.read_catalog(catalogs.po_path(language, domain), language):
            if message.id:
                found.append((domain, message.id, message.string or (message.id if language == "en" else "")))
    return found


def test_glossary_lines_are_complete_and_well_formed():
    terms = glossary()
    assert len(terms) >= 20
    for term in terms:
        assert term["en"] and term["fi"] and term["sv"], term
    for language, word, _pattern in avoided():
        assert language in LANGUAGES and word.strip("*"), (language, word)


def test_no_chosen_word_is_also_rejected():
    for term in glossary():
        for language, word, pattern in avoided():
            if language in term:
                assert not pattern.search(term[language]), (term[language], word)


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_message_id_has_one_translation(language):
    seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for domain, message_id, text in translations(language):
        if text:
            seen[message_id][text].append(domain)
    differing = {message_id: dict(texts) for message_id, texts in seen.items() if len(texts) > 1}
    assert differing == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_catalog_uses_a_word_the_glossary_rejects(language):
    rejected = [(word, pattern) for lang, word, pattern in avoided() if lang == language]
    found = [
        (domain, message_id, word)
        for domain, message_id, text in translations(language)
        for word, pattern in rejected
        if pattern.search(text)
    ]
    assert found == []
