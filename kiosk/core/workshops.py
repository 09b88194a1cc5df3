"""Service workshops (palvelupaja): open events for everyone, out of which development themes come.

Staff announce a workshop (themes beforehand are optional), residents leave ideas before
and at it, staff record afterwards the themes that came out of it (offered to residents
for new ideas from then on), and link it to the table or tables it led to.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.i18n import N_
from kiosk.core.model import Workshop
from kiosk.core.store import TABLES, WORKSHOPS, Store, Transaction, record_audit
from kiosk.core.text import clean_text


def load_workshop(tx: Transaction, workshop_id: str) -> Workshop:
    """A workshop inside a transaction."""
    data = tx.get(WORKSHOPS, workshop_id)
    if data is None:
        raise NotFound(N_("No such service workshop."))
    return Workshop.from_dict(data)


MIN_PREFIX = 4
"""The shortest workshop-id prefix accepted on the command line."""


def find_workshop(store: Store, text: str) -> Workshop:
    """The workshop given by its full id or a unique prefix of at least 4 characters."""
    wanted = text.strip().lower()
    if len(wanted) < MIN_PREFIX:
        raise ValidationError(N_("Give at least {count} characters of the workshop's id."), count=MIN_PREFIX)
    matches = [w for w in store.workshops() if w.id.lower().startswith(wanted)]
    if not matches:
        raise NotFound(N_("No service workshop's id starts with {prefix}."), prefix=text.strip())
    if len(matches) > 1:
        raise ValidationError(
            N_("{count} service workshops' ids start with {prefix}; give more characters."),
            count=len(matches),
            prefix=text.strip(),
        )
    return matches[0]


def clean_themes(themes: Iterable[str]) -> list[str]:
    """Typed themes cleaned, empty lines and repeats (in any case) left out, in the order given."""
    kept: dict[str, str] = {}
    for theme in themes:
        cleaned = clean_text(theme)
        if cleaned:
            kept.setdefault(cleaned.casefold(), cleaned)
    return list(kept.values())


def create_workshop(
    store: Store,
    title: str,
    start: datetime,
    place: str,
    themes: Iterable[str] = (),
    *,
    description: str = "",
    actor: str = "staff",
) -> Workshop:
    """Announce a service workshop, open to everyone; themes beforehand are optional.

    While it is open for ideas, residents can leave ideas for it (on its themes, if it has any).
    """
    workshop = Workshop(
        title=clean_text(title),
        start=start,
        place=clean_text(place),
        themes=clean_themes(themes),
        description=clean_text(description, multiline=True),
    )
    workshop.validate()
    with store.transaction() as tx:
        tx.put(WORKSHOPS, workshop.to_dict())
        record_audit(tx, store.now(), actor, "create workshop", title=workshop.title)
    return workshop


def update_workshop(
    store: Store,
    workshop_id: str,
    title: str,
    start: datetime,
    place: str,
    themes: Iterable[str] = (),
    *,
    description: str = "",
    actor: str = "staff",
) -> Workshop:
    """Change a workshop's title, time, place, description or themes beforehand (what came of it stays)."""
    with store.transaction() as tx:
        workshop = load_workshop(tx, workshop_id)
        workshop.title = clean_text(title)
        workshop.start = start
        workshop.place = clean_text(place)
        workshop.themes = clean_themes(themes)
        workshop.description = clean_text(description, multiline=True)
        workshop.validate()
        tx.put(WORKSHOPS, workshop.to_dict())
        record_audit(tx, store.now(), actor, "update workshop", title=workshop.title)
    return workshop


def set_workshop_open(store: Store, workshop_id: str, is_open: bool, *, actor: str = "staff") -> Workshop:
    """Open or close a workshop for ideas."""
    with store.transaction() as tx:
        workshop = load_workshop(tx, workshop_id)
        workshop.is_open = is_open
        tx.put(WORKSHOPS, workshop.to_dict())
        record_audit(tx, store.now(), actor, "workshop open" if is_open else "workshop closed", title=workshop.title)
    return workshop


def record_outcome_themes(store: Store, workshop_id: str, themes: Iterable[str], *, actor: str = "staff") -> Workshop:
    """Record the themes that came out of a workshop, once it has begun; residents are offered them for ideas."""
    with store.transaction() as tx:
        workshop = load_workshop(tx, workshop_id)
        if workshop.start > store.now():
            raise ValidationError(N_("The themes that came out of a workshop can be recorded once it has begun."))
        workshop.outcome_themes = clean_themes(themes)
        workshop.validate()
        tx.put(WORKSHOPS, workshop.to_dict())
        record_audit(
            tx, store.now(), actor, "workshop themes", title=workshop.title, themes="; ".join(workshop.outcome_themes)
        )
    return workshop


def link_table(store: Store, workshop_id: str, table_id: str, *, actor: str = "staff") -> Workshop:
    """Record that the workshop led to a table (both then show the link); linking twice changes nothing."""
    with store.transaction() as tx:
        workshop = load_workshop(tx, workshop_id)
        table = tx.get(TABLES, table_id)
        if table is None:
            raise NotFound(N_("No such table."))
        if table_id not in workshop.table_ids:
            workshop.table_ids.append(table_id)
            tx.put(WORKSHOPS, workshop.to_dict())
            record_audit(tx, store.now(), actor, "workshop led to table", title=workshop.title, table=table["name"])
    return workshop


def unlink_table(store: Store, workshop_id: str, table_id: str, *, actor: str = "staff") -> Workshop:
    """Take back a link from a workshop to a table."""
    with store.transaction() as tx:
        workshop = load_workshop(tx, workshop_id)
        if table_id in workshop.table_ids:
            workshop.table_ids.remove(table_id)
            tx.put(WORKSHOPS, workshop.to_dict())
            record_audit(tx, store.now(), actor, "workshop unlinked from table", title=workshop.title)
    return workshop
