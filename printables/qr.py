"""QR codes drawn as vector shapes from the ``qrcode`` matrix, crisp at any print size."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from qrcode.exceptions import DataOverflowError
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from kiosk.core.errors import KioskError
from kiosk.core.i18n import N_

QUIET_ZONE = 4
"""White modules around the code; scanners need all four."""
LINK_CORRECTION = ERROR_CORRECT_Q
"""A short link gets level Q: it survives pin holes and scribbles on a notice board."""
EVENT_CORRECTION = ERROR_CORRECT_M
"""A calendar event is longer, so level M keeps its modules large enough to scan."""
POSTER_SIZE = 9 * cm
"""A poster's QR code, quiet zone included: scans from about a metre away."""


def qr_matrix(data: str, correction: int = ERROR_CORRECT_M) -> list[list[bool]]:
    """The code's modules, quiet zone included, row by row (True is dark).

    Raises ``KioskError`` when the text is more than a QR code can hold.
    """
    code = qrcode.QRCode(error_correction=correction, border=QUIET_ZONE, box_size=1)
    code.add_data(data.encode("utf-8"))
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError) as error:
        raise KioskError(
            N_("The address is too long for a QR code ({length} characters)."), length=len(data)
        ) from error
    return code.get_matrix()


def _dark_runs(row: list[bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules in a row."""
    runs, start = [], None
    for x, dark in enumerate([*row, False]):
        if dark and start is None:
            start = x
        elif not dark and start is not None:
            runs.append((start, x - start))
            start = None
    return runs


class QrCode(Flowable):
    """A square QR code of a given size (quiet zone included), drawn as filled rectangles."""

    def __init__(self, data: str, size: float = POSTER_SIZE, correction: int = ERROR_CORRECT_M) -> None:
        super().__init__()
        self.data = data
        self.size = size
        self.matrix = qr_matrix(data, correction)
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The code keeps its size; it never shrinks below scanning size."""
        return self.size, self.size

    def draw(self) -> None:
        """Paint the white square, then each row's dark runs as one rectangle each."""
        canvas = self.canv
        count = len(self.matrix)
        module = self.size / count
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for y, row in enumerate(self.matrix):
            top = self.size - (y + 1) * module
            for x, length in _dark_runs(row):
                path.rect(x * module, top, length * module, module)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
