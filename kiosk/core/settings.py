"""The centre's settings: its name, contact, poster link, printer, idle time, retention."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from kiosk.core.errors import ValidationError
from kiosk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_
from kiosk.core.model import Record


@dataclass
class Settings(Record):
    """What staff configure once per resident centre."""

    centre_name: str = "Asukastupa"
    centre_contact: str = ""
    poster_url: str = ""
    minutes_url: str = ""
    printer: str = ""
    idle_seconds: int = 120
    staff_idle_seconds: int = 600
    retention_months: int = 12
    language: str = DEFAULT_LANGUAGE
    id: str = "settings"

    RECORD_ID: ClassVar[str] = "settings"

    def validate(self) -> None:
        """Refuse settings the kiosk cannot work with."""
        if not self.centre_name.strip():
            raise ValidationError(N_("{field} is empty."), field=N_("Centre name"))
        if not 30 <= self.idle_seconds <= 3600 or not 30 <= self.staff_idle_seconds <= 3600:
            raise ValidationError(N_("The idle time must be between 30 and 3600 seconds."))
        if not 1 <= self.retention_months <= 120:
            raise ValidationError(N_("Contact details are kept between 1 and 120 months."))
        if self.language not in LANGUAGES:
            raise ValidationError(N_("Unknown language."))
        for url in (self.poster_url, self.minutes_url):
            if url and not url.startswith(("https://", "http://")):
                raise ValidationError(N_("A web address starts with https://"))
