"""Core's labels that the resident screens show, listed again for the resident catalog.

Idea states, sectors, table kinds, action states and the review item's title are
defined in ``kiosk.core``; their translations belong to the core catalog. They
are repeated here so that the resident catalog carries them too: gettext looks
in the core catalog first, so once core translates them its wording wins, and
until then no resident screen is left half in English. A unit test keeps this
list equal to the core's.
"""

from __future__ import annotations

from kiosk.core.i18n import N_

RESIDENT_LABELS = (
    N_("Received, waiting for staff to read it"),
    N_("Read by staff and shown on the kiosk"),
    N_("On the agenda of a table's meeting"),
    N_("Discussed at a table"),
    N_("Done"),
    N_("Not taken forward"),
    N_("Joined with a similar idea"),
    N_("Public sector"),
    N_("Businesses"),
    N_("Associations and parishes"),
    N_("Residents and service users"),
    N_("Thematic"),
    N_("Regional"),
    N_("Thematic and regional"),
    N_("Agreed"),
    N_("Under way"),
    N_("Cancelled"),
    N_("Review of agreed actions"),
    N_("Approval of the previous meeting's minutes"),
    N_("Moved, new time:"),
    N_("Cancelled:"),
)
"""Message ids shown on resident screens whose source is the core."""
