"""Service workshops (palvelupaja): open events whose themes residents leave ideas on."""

from __future__ import annotations

from datetime import datetime

from kiosk.core.errors import NotFound
from kiosk.core.i18n import N_
from kiosk.core.model import Workshop
from kiosk.core.store import WORKSHOPS, Store, record_audit
from kiosk.core.text import clean_text


def create_workshop(
    store: Store,
    title: str,
    start: datetime,
    place: str,
    themes: list[str],
    *,
    description: str = "",
    actor: str = "staff",
) -> Workshop:
    """Announce a service workshop; its themes appear in the resident's idea form while open."""
    workshop = Workshop(
        title=clean_text(title),
        start=start,
        place=clean_text(place),
        themes=[clean_text(t) for t in themes if clean_text(t)],
        description=clean_text(description, multiline=True),
    )
    workshop.validate()
    with store.transaction() as tx:
        tx.put(WORKSHOPS, workshop.to_dict())
        record_audit(tx, store.now(), actor, "create workshop", title=workshop.title)
    return workshop


def set_workshop_open(store: Store, workshop_id: str, is_open: bool, *, actor: str = "staff") -> Workshop:
    """Open or close a workshop for ideas."""
    with store.transaction() as tx:
        data = tx.get(WORKSHOPS, workshop_id)
        if data is None:
            raise NotFound(N_("No such service workshop."))
        workshop = Workshop.from_dict(data)
        workshop.is_open = is_open
        tx.put(WORKSHOPS, workshop.to_dict())
        record_audit(tx, store.now(), actor, "workshop open" if is_open else "workshop closed", title=workshop.title)
    return workshop
