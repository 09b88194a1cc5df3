""" "Print a slip": the saved idea's number, theme and text on paper to take home."""

from __future__ import annotations

from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_, _
from screens.print_button import PrintButton

SLIP_FAILED = N_(
    "The slip could not be printed just now. Your idea is saved all the same, with the number {reference}. "
    "Please write the number down, or ask the staff."
)
"""What the resident hears and reads when the printer fails: the idea is safe whatever happened."""


class SlipButton(PrintButton):
    """Prints the slip on the paper staff chose (A5, A4 or the 80 mm roll)."""

    LABEL = N_("Print a slip")
    JOB_TITLE = N_("Slip for an idea")
    PRINTED = N_("Printed. Please take your slip from the printer.")

    def __init__(self, idea_id: str, reference: str, *, id: str = "print-slip") -> None:
        super().__init__("slip", id=id)
        self.idea_id = idea_id
        """The saved idea."""
        self.reference = reference
        """Its reference, for the failure message."""

    def make_pdf(self, store, language: str) -> tuple[bytes, dict[str, str]]:
        """The slip and its page size for CUPS."""
        from printables.slip import build_slip

        idea = store.idea(self.idea_id)
        if idea is None:
            raise KioskError(N_("This idea is no longer available."))
        slip = build_slip(idea, store.settings(), language)
        return slip.pdf, slip.print_options()

    def failed(self, error: Exception) -> str:
        """Plain words, never a printer's error text: the idea is kept, the number is what matters."""
        self.log.warning(f"printing the slip for {self.reference} failed: {error}")
        return _(SLIP_FAILED).format(reference=self.reference)
