"""What the screens need of the kiosk app that shows them.

The app itself (``kiosk/app.py``) sits above the screens and wires them together, so the
screens name it only through this protocol: every import still points down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from kiosk.core.store import Store


class Shell(Protocol):
    """The kiosk app as a screen sees it."""

    store: Store
    """The data folder every screen reads and writes through."""
    large_text: bool
    """Whether the high-contrast, bigger-button theme is on."""

    def go_home(self) -> None:
        """Back to the home screen, forgetting the visit."""

    def action_language(self, language: str) -> None:
        """Switch the kiosk's language."""


def shell_of(node: DOMNode) -> Shell:
    """The kiosk app a screen or widget is shown in."""
    return cast("Shell", node.app)
