"""Changing the centre's settings: validated, cleaned as typed text, and recorded in the audit trail."""

from __future__ import annotations

from kiosk.core.settings import Settings
from kiosk.core.store import SETTINGS, Store, record_audit
from kiosk.core.text import clean_text


def save_settings(store: Store, settings: Settings, *, actor: str = "staff") -> Settings:
    """Validate and store the centre's settings, recording what changed."""
    for name in ("centre_name", "centre_contact", "poster_url", "minutes_url", "printer"):
        setattr(settings, name, clean_text(getattr(settings, name)))
    settings.theme_names = clean_theme_names(settings.theme_names)
    settings.validate()
    with store.transaction() as tx:
        before = tx.get(SETTINGS, Settings.RECORD_ID) or Settings().to_dict()
        after = settings.to_dict()
        changed = {k: after[k] for k in after if before.get(k) != after[k]}
        tx.put(SETTINGS, after)
        if changed:
            record_audit(tx, store.now(), actor, "settings", **changed)
    return settings


def clean_theme_names(theme_names: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Theme translations as typed, cleaned; empty ones dropped (the Finnish name shows instead)."""
    cleaned: dict[str, dict[str, str]] = {}
    for theme, names in theme_names.items():
        kept = {language: clean_text(name) for language, name in names.items() if clean_text(name)}
        if clean_text(theme) and kept:
            cleaned[clean_text(theme)] = kept
    return cleaned
