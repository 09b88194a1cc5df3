"""The kiosk's buttons: made without restyling the stylesheet, they look as Textual's own once mounted."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.css.stylesheet import Stylesheet
from textual.widgets import Button

from screens.widgets import KioskButton


class TwoButtons(App[None]):
    def compose(self) -> ComposeResult:
        yield Button("Takaisin", id="textual", classes="nav")
        yield KioskButton("Takaisin", id="kiosk", classes="nav")


async def test_a_kiosk_button_is_made_without_a_restyle_and_looks_as_textuals_own(monkeypatch):
    app = TwoButtons()
    async with app.run_test(size=(40, 10)) as pilot:
        app.set_focus(None)  # the first button would have the focus, and its look
        await pilot.pause()
        textual, kiosk = app.query_one("#textual", Button), app.query_one("#kiosk", Button)
        assert set(kiosk.classes) == set(textual.classes)
        for rule in ("background", "color", "border", "height", "min_width", "text_style", "padding"):
            assert getattr(kiosk.styles, rule) == getattr(textual.styles, rule), rule
        applied = []
        real = Stylesheet.apply
        monkeypatch.setattr(
            Stylesheet, "apply", lambda self, node, **kw: applied.append(node) or real(self, node, **kw)
        )
        KioskButton("Seuraava", classes="nav")
        assert applied == []  # Textual's own button, made the same way, is restyled against every rule
