"""A table's sector balance and size, at a glance, with warnings."""

from __future__ import annotations

from textual.content import Content

from kiosk.core.i18n import gettext as _
from kiosk.core.model import RECOMMENDED_SIZE, SECTOR_LABELS, Table


def balance_line(table: Table) -> str:
    """How many people come from each sector, e.g. ``Public sector 3 · Businesses 1 · ...``."""
    counts = table.sector_counts()
    return " \u00b7 ".join(f"{_(SECTOR_LABELS[sector])} {count}" for sector, count in counts.items())


def warnings(table: Table) -> list[str]:
    """What the coordinator should know: missing sectors, too few or too many people."""
    found = []
    missing = table.missing_sectors()
    if missing:
        found.append(_("Missing: {sectors}.").format(sectors=", ".join(_(SECTOR_LABELS[s]) for s in missing)))
    size = table.size_warning()
    if size:
        low, high = RECOMMENDED_SIZE
        found.append(_(size).format(low=low, high=high) + " " + _("5-15 people is recommended."))
    return found


def balance_content(table: Table, *, warn: bool = True) -> Content:
    """The balance line, with the warnings (if asked for) below it marked with a sign."""
    lines = [
        _("{count} people at the table: {balance}").format(count=len(table.participants), balance=balance_line(table))
    ]
    if warn:
        lines += [f"\u26a0 {warning}" for warning in warnings(table)]
    return Content("\n".join(lines))
