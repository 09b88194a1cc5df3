"""The kiosk's two colour themes: a clear everyday one and a high-contrast one for large text.

Every pair of text and background colour the screens use is listed in
``COLOUR_PAIRS``; a unit test proves each pair reaches a WCAG contrast of 7:1.
"""

from __future__ import annotations

from textual.theme import Theme

EVERYDAY_COLOURS = {
    "kiosk-background": "#0b1a2e",
    "kiosk-foreground": "#ffffff",
    "kiosk-muted": "#d8dee9",
    "kiosk-heading-background": "#1f3b63",
    "kiosk-heading-foreground": "#ffffff",
    "kiosk-button-background": "#23456f",
    "kiosk-button-foreground": "#ffffff",
    "kiosk-button-border": "#7fa7d9",
    "kiosk-focus-background": "#ffd400",
    "kiosk-focus-foreground": "#000000",
    "kiosk-field-background": "#ffffff",
    "kiosk-field-foreground": "#000000",
    "kiosk-notice-background": "#fff3b0",
    "kiosk-notice-foreground": "#000000",
}
"""Colours of the everyday theme: white on dark blue, yellow focus."""

HIGH_CONTRAST_COLOURS = {
    "kiosk-background": "#000000",
    "kiosk-foreground": "#ffffff",
    "kiosk-muted": "#ffffff",
    "kiosk-heading-background": "#ffffff",
    "kiosk-heading-foreground": "#000000",
    "kiosk-button-background": "#000000",
    "kiosk-button-foreground": "#ffffff",
    "kiosk-button-border": "#ffffff",
    "kiosk-focus-background": "#ffff00",
    "kiosk-focus-foreground": "#000000",
    "kiosk-field-background": "#ffffff",
    "kiosk-field-foreground": "#000000",
    "kiosk-notice-background": "#ffff00",
    "kiosk-notice-foreground": "#000000",
}
"""Colours of the high-contrast theme: pure white on black, yellow focus."""

COLOUR_PAIRS = (
    ("kiosk-foreground", "kiosk-background"),
    ("kiosk-muted", "kiosk-background"),
    ("kiosk-heading-foreground", "kiosk-heading-background"),
    ("kiosk-button-foreground", "kiosk-button-background"),
    ("kiosk-focus-foreground", "kiosk-focus-background"),
    ("kiosk-field-foreground", "kiosk-field-background"),
    ("kiosk-notice-foreground", "kiosk-notice-background"),
)
"""(text, background) pairs that appear on screen; each must contrast at least 7:1."""

EVERYDAY_THEME_NAME = "kiosk"
"""Name of the everyday theme."""
HIGH_CONTRAST_THEME_NAME = "kiosk-high-contrast"
"""Name of the high-contrast theme used with large text."""


def _theme(name: str, colours: dict[str, str]) -> Theme:
    """A dark Textual theme whose base colours and variables come from ``colours``."""
    return Theme(
        name=name,
        primary=colours["kiosk-button-background"],
        secondary=colours["kiosk-heading-background"],
        accent=colours["kiosk-focus-background"],
        warning=colours["kiosk-notice-background"],
        error="#ff8080",
        success="#80ff80",
        foreground=colours["kiosk-foreground"],
        background=colours["kiosk-background"],
        surface=colours["kiosk-background"],
        panel=colours["kiosk-heading-background"],
        dark=True,
        text_alpha=1.0,
        variables={
            **colours,
            "block-cursor-background": colours["kiosk-focus-background"],
            "block-cursor-foreground": colours["kiosk-focus-foreground"],
            "block-cursor-text-style": "bold",
            "input-cursor-background": colours["kiosk-field-foreground"],
            "input-cursor-foreground": colours["kiosk-field-background"],
            "input-selection-background": colours["kiosk-focus-background"],
            "scrollbar": colours["kiosk-button-border"],
            "scrollbar-hover": colours["kiosk-focus-background"],
            "scrollbar-active": colours["kiosk-focus-background"],
            "scrollbar-background": colours["kiosk-background"],
            "scrollbar-background-hover": colours["kiosk-background"],
            "scrollbar-background-active": colours["kiosk-background"],
        },
    )


EVERYDAY_THEME = _theme(EVERYDAY_THEME_NAME, EVERYDAY_COLOURS)
"""The theme the kiosk starts in."""
HIGH_CONTRAST_THEME = _theme(HIGH_CONTRAST_THEME_NAME, HIGH_CONTRAST_COLOURS)
"""The theme of the large-text mode."""
