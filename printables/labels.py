"""Core's labels that appear on paper, listed again for the printables catalog.

Sector, role and status names and the review item's title are defined in
``kiosk.core.model`` and ``kiosk.core.tables``; their translations belong to the
core catalog. They are repeated here so that the printables catalog carries
them too: gettext looks in the core catalog first, so once core translates them
its wording wins, and until then paper is never left half in English.
"""

from __future__ import annotations

from kiosk.core.i18n import N_

PAPER_LABELS = (
    N_("Public sector"),
    N_("Businesses"),
    N_("Associations and parishes"),
    N_("Residents and service users"),
    N_("Convener"),
    N_("Chair"),
    N_("Secretary"),
    N_("Member"),
    N_("Agreed"),
    N_("Under way"),
    N_("Done"),
    N_("Cancelled"),
    N_("Review of agreed actions"),
)
"""Message ids printed on paper whose source is the core."""
