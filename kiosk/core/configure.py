"""Changing the centre's settings: validated, cleaned as typed text, and recorded in the audit trail."""

from __future__ import annotations

from kiosk.core.settings import Settings
from kiosk.core.store import SETTINGS, Store, record_audit
from kiosk.core.text import clean_text


def save_settings(store: Store, settings: Settings, *, actor: str = "staff") -> Settings:
    """Validate and store the centre's settings, recording what changed."""
    for name in ("centre_name", "centre_contact", "poster_url", "minutes_url", "printer"):
        setattr(settings, name, clean_text(getattr(settings, name)))
    settings.validate()
    with store.transaction() as tx:
        before = tx.get(SETTINGS, Settings.RECORD_ID) or Settings().to_dict()
        after = settings.to_dict()
        changed = {k: after[k] for k in after if before.get(k) != after[k]}
        tx.put(SETTINGS, after)
        if changed:
            record_audit(tx, store.now(), actor, "settings", **changed)
    return settings
