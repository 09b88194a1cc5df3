"""Catalog upkeep with Babel: extract messages from the code, merge and compile catalogs.

Run ``python -m kiosk.core.catalogs`` after adding or changing a message: it adds
new message ids to every language's ``.po`` file (keeping existing translations),
drops ids no longer used, and compiles the ``.mo`` files the kiosk reads.
Translate by filling in ``msgstr`` in the ``fi`` and ``sv`` files, then run it again.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from kiosk.core.i18n import DOMAINS, LANGUAGES, LOCALES_DIR

ROOT = Path(__file__).resolve().parents[2]
"""The source tree the messages are extracted from."""
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
"""Header date of every catalog, so that compiling twice gives the same bytes."""
KEYWORDS = {"_": None, "N_": None, "gettext": None}
"""The functions whose string argument is a message id."""


def domain_of(path: Path) -> str | None:
    """Which catalog a source file's messages belong to."""
    parts = path.relative_to(ROOT).parts
    if parts[0] == "kiosk":
        return "core"
    if parts[0] == "printables":
        return "printables"
    if parts[0] == "screens":
        return "staff" if len(parts) > 2 and parts[1] == "staff" else "resident"
    return None


def extract() -> dict[str, dict[str, list[str]]]:
    """Every message id in the code, by domain, with the files it comes from."""
    found: dict[str, dict[str, list[str]]] = {domain: {} for domain in DOMAINS}
    for top in ("kiosk", "screens", "printables"):
        for path in sorted((ROOT / top).rglob("*.py")):
            domain = domain_of(path)
            if domain is None:
                continue
            for _lineno, message, _comments, _context in extract_from_file("python", str(path), keywords=KEYWORDS):
                if isinstance(message, str) and message:
                    found[domain].setdefault(message, []).append(str(path.relative_to(ROOT)))
    return found


def placeholders(text: str) -> list[str]:
    """The ``{name}`` fields a message fills in, which a translation must keep."""
    import string

    return [field for _, field, _, _ in string.Formatter().parse(text) if field]


def po_path(language: str, domain: str) -> Path:
    """Where a language's catalog for a domain is kept."""
    return LOCALES_DIR / language / "LC_MESSAGES" / f"{domain}.po"


def read_catalog(path: Path, language: str) -> Catalog:
    """A catalog from its .po file, or an empty one."""
    if not path.exists():
        return Catalog(locale=language)
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def update(domain: str, language: str, messages: dict[str, list[str]]) -> Catalog:
    """Merge the extracted ids into a language's catalog and write .po and .mo."""
    path = po_path(language, domain)
    old = read_catalog(path, language)
    new = Catalog(
        locale=language,
        project="kumppanuuspoyta-kiosk",
        domain=domain,
        creation_date=FIXED_DATE,
        revision_date=FIXED_DATE,
    )
    for message_id in sorted(messages):
        previous = old.get(message_id)
        new.add(message_id, previous.string if previous else "", auto_comments=())
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, new, sort_output=True, no_location=True, omit_header=True, width=100)
    path.write_bytes(buffer.getvalue())
    mo = io.BytesIO()
    write_mo(mo, new)
    path.with_suffix(".mo").write_bytes(mo.getvalue())
    return new


def missing_translations(language: str) -> list[tuple[str, str]]:
    """(domain, message id) pairs the language's catalogs do not translate."""
    missing = []
    for domain, messages in extract().items():
        catalog = read_catalog(po_path(language, domain), language)
        for message_id in sorted(messages):
            entry = catalog.get(message_id)
            if entry is None or not entry.string:
                missing.append((domain, message_id))
    return missing


def main(argv: list[str] | None = None) -> int:
    """Update the catalogs (all, or those of ``--domain D``) and list what is left to translate."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kiosk.core.catalogs")
    parser.add_argument("--domain", choices=DOMAINS, action="append", help="only this domain (repeatable)")
    chosen = parser.parse_args(argv).domain or list(DOMAINS)
    found = extract()
    for domain, messages in found.items():
        if domain not in chosen:
            continue
        for language in LANGUAGES:
            update(domain, language, messages)
    status = 0
    for language in ("fi", "sv"):
        missing = missing_translations(language)
        missing = [(d, m) for d, m in missing if d in chosen]
        for domain, message_id in missing:
            print(f"{language}/{domain}: untranslated: {message_id!r}")
        status = status or bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
