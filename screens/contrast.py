"""WCAG 2 contrast ratios, to prove the kiosk's colours readable (no Textual here)."""

from __future__ import annotations

AAA_NORMAL_TEXT = 7.0
"""The contrast WCAG level AAA asks of normal text, and the kiosk's floor."""


def _channel(value: int) -> float:
    """One sRGB channel (0-255) as linear light."""
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def parse_hex(colour: str) -> tuple[int, int, int]:
    """An ``#rrggbb`` (or ``#rgb``) colour as its red, green and blue values."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6:
        raise ValueError(f"not an #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str) -> float:
    """The WCAG relative luminance of a colour, from 0 (black) to 1 (white)."""
    r, g, b = (_channel(v) for v in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
