"""The staff area behind the PIN: ideas, tables, meetings, workshops, printing, the audit trail.

The shell opens it with ``open_staff_area(app)`` on the discreet F9 key.
"""

from __future__ import annotations

from typing import Any


def open_staff_area(app: Any) -> None:
    """Ask for the PIN, then open the staff area (or show it again if already open)."""
    from screens.staff.base import StaffMixin
    from screens.staff.dialogs.pin import PinDialog
    from screens.staff.home import StaffHomeScreen

    if isinstance(app.screen, (StaffMixin, PinDialog)):
        return  # already in the staff area or asking for the PIN

    def enter(accepted: bool | None) -> None:
        if accepted:
            app.staff_unlocked = True
            app.push_screen(StaffHomeScreen())

    if app.staff_unlocked:
        app.push_screen(StaffHomeScreen())
    else:
        app.push_screen(PinDialog(), callback=enter)
