"""Typed text is data, never markup: every staff screen shows it literally and nothing runs."""

from __future__ import annotations

from datetime import datetime

from staff_support import SIZE, login, settle
from textual.widgets import DataTable, OptionList, Static

from kiosk.core.clock import HELSINKI
from kiosk.core.ideas import submit_idea
from kiosk.core.model import Participant, Sector, Table
from kiosk.core.tables import save_table, schedule_meeting

NASTY = '[/] [@click=app.quit]x[/] <img src="/etc/passwd"/> \x1b]0;title\x07\x1b[2J'
"""Markup, a click action, HTML and terminal escapes, as someone might type them."""
SHOWN = '[/] [@click=app.quit]x[/] <img src="/etc/passwd"/>'
"""What remains after the core's text cleaning: the escapes are gone, the rest is literal."""


def screen_text(app) -> str:
    """Everything the current screen's Statics and tables show."""
    parts = [str(s.render()) for s in app.screen.query(Static)]
    for options in app.screen.query(OptionList):
        parts += [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    for grid in app.screen.query(DataTable):
        parts += [str(cell) for row in range(grid.row_count) for cell in grid.get_row_at(row)]
    return "\n".join(parts)


async def test_nasty_text_is_shown_literally_everywhere(staff_store, make_app):
    table = save_table(
        staff_store,
        Table(
            name=f"Pöytä {NASTY}",
            theme=NASTY,
            area=NASTY,
            goal=NASTY,
            participants=[Participant(NASTY, NASTY, Sector.RESIDENT)],
        ),
    )
    schedule_meeting(staff_store, table.id, datetime(2026, 12, 3, 17, tzinfo=HELSINKI), NASTY, title=NASTY)
    submit_idea(staff_store, NASTY)  # listed as a merge target
    submit_idea(staff_store, NASTY, theme=NASTY, name=NASTY, contact=NASTY)  # the newest: at the top
    app = make_app(staff_store)
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot)
        for keys in (["1"], ["1", "m"], ["1", "f"], ["2"], ["2", "o"], ["3"], ["3", "o"], ["5"]):
            for key in keys:
                await pilot.press(key)
                await settle(pilot)
            assert SHOWN in screen_text(app) or "Pöytä [/]" in screen_text(app), keys
            assert "\x1b" not in screen_text(app)
            for _ in keys:
                await pilot.press("escape")
                await settle(pilot)
        assert app.is_running and app.staff_unlocked
