"""The kiosk's screens: the resident screens here, the staff area in ``screens.staff``.

Screens show what ``kiosk.core`` services return through ``self.app.store``; they
never open the data folder themselves. Everything a resident or staff member typed
is shown as plain text (``Content``), never as markup.
"""

from pathlib import Path

RESIDENT_CSS = tuple(
    Path(__file__).with_name(name)
    for name in (
        "home.tcss",
        "dialog.tcss",
        "idea_form.tcss",
        "idea_thanks.tcss",
        "my_idea.tcss",
        "idea_status.tcss",
        "results.tcss",
        "table_detail.tcss",
    )
)
"""Every resident screen's styles, read by the app with its own before the first frame.

Textual parses every source again (its cache goes with the old stylesheet) when a screen brings a
file it has not read, about 15 ms and a restyle of every screen open; read up front, a screen's first
visit parses only its new widgets' defaults. Each rule names its screen, as all are always in force."""
