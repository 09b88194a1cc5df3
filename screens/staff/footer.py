"""The staff screens' footer: every key's description on one line, closely set."""

from __future__ import annotations

from textual.widgets import Footer


class StaffFooter(Footer):
    """Textual's footer set as closely as its compact style, without that style's per-key class changes.

    ``Footer(compact=True)`` binds ``compact`` into every key it composes, and each key then changes
    its CSS class once it is mounted: a second style pass for every key, each time the footer is
    composed again (on every focus change). These rules give the same picture from the start.
    """

    DEFAULT_CSS = """
    StaffFooter {
        FooterLabel { margin: 0; }
        FooterKey { margin-right: 1; }
        FooterKey.-grouped { margin: 0 1; }
        FooterKey .footer-key--key { padding: 0; }
        FooterKey .footer-key--description { padding: 0 0 0 1; }
    }
    """
