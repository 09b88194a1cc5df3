"""The kiosk's colours reach WCAG AAA contrast (7:1): text, buttons, focus, fields, notices."""

from __future__ import annotations

import pytest

from screens.contrast import AAA_NORMAL_TEXT, contrast_ratio, parse_hex, relative_luminance
from screens.themes import (
    COLOUR_PAIRS,
    EVERYDAY_COLOURS,
    EVERYDAY_THEME,
    HIGH_CONTRAST_COLOURS,
    HIGH_CONTRAST_THEME,
)


def test_known_ratios():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#fff", "#000") == contrast_ratio("#000000", "#ffffff")
    assert relative_luminance("#ffffff") == pytest.approx(1.0)


def test_bad_colour_is_refused():
    with pytest.raises(ValueError):
        parse_hex("white")


@pytest.mark.parametrize("colours", [EVERYDAY_COLOURS, HIGH_CONTRAST_COLOURS], ids=["everyday", "high-contrast"])
@pytest.mark.parametrize("pair", COLOUR_PAIRS, ids=lambda pair: pair[0])
def test_every_text_colour_pair_reaches_7_to_1(colours, pair):
    foreground, background = pair
    assert contrast_ratio(colours[foreground], colours[background]) >= AAA_NORMAL_TEXT


@pytest.mark.parametrize("theme", [EVERYDAY_THEME, HIGH_CONTRAST_THEME], ids=lambda t: t.name)
def test_theme_foreground_background_and_focus_reach_7_to_1(theme):
    assert contrast_ratio(theme.foreground, theme.background) >= AAA_NORMAL_TEXT
    variables = theme.variables
    assert contrast_ratio(variables["kiosk-focus-foreground"], variables["kiosk-focus-background"]) >= AAA_NORMAL_TEXT
    assert contrast_ratio(variables["block-cursor-foreground"], variables["block-cursor-background"]) >= AAA_NORMAL_TEXT
    assert theme.text_alpha == 1.0  # text is not blended into the background


@pytest.mark.parametrize("theme", [EVERYDAY_THEME, HIGH_CONTRAST_THEME], ids=lambda t: t.name)
def test_textual_generated_text_colours_keep_the_contrast(theme):
    generated = theme.to_color_system().generate()
    assert contrast_ratio(generated["foreground"][:7], generated["background"][:7]) >= AAA_NORMAL_TEXT


def test_high_contrast_is_pure_white_on_black_with_yellow_focus():
    assert (HIGH_CONTRAST_THEME.foreground, HIGH_CONTRAST_THEME.background) == ("#ffffff", "#000000")
    assert HIGH_CONTRAST_COLOURS["kiosk-focus-background"] == "#ffff00"
