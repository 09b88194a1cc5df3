"""The kiosk's screens: the resident screens here, the staff area in ``screens.staff``.

Screens show what ``kiosk.core`` services return through ``self.app.store``; they
never open the data folder themselves. Everything a resident or staff member typed
is shown as plain text (``Content``), never as markup.
"""
