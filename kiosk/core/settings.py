"""The centre's settings: its name, contact, poster link, printer, idle time, retention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from kiosk.core.errors import ValidationError
from kiosk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_
from kiosk.core.model import NAME_MAX_CHARS, Record

THEME_LANGUAGES = frozenset(LANGUAGES) - {DEFAULT_LANGUAGE}
"""The languages a theme's name is translated into (the Finnish name is the theme itself)."""


CENTRE_CODE = re.compile(r"[A-Z]{2,5}")
"""What a centre code looks like: ``KAR`` (ID is kept for references given before centres had codes)."""
SLIP_PAPERS = ("A5", "A4", "80mm")
"""Papers the slip after an idea can be printed on: A5, A4 or an 80 mm receipt roll."""
SPEECH_RATES = (80, 300)
"""The slowest and fastest speech, in words a minute."""
SPEECH_VOLUMES = (10, 200)
"""The quietest and loudest speech, in per cent."""


@dataclass
class Settings(Record):
    """What staff configure once per resident centre."""

    centre_name: str = "Asukastupa"
    centre_code: str = ""
    """Two to five capital letters, e.g. ``KAR``: the start of every new idea reference, unique in the municipality."""
    centre_contact: str = ""
    poster_url: str = ""
    minutes_url: str = ""
    printer: str = ""
    idle_seconds: int = 120
    staff_idle_seconds: int = 600
    retention_months: int = 12
    language: str = DEFAULT_LANGUAGE
    theme_names: dict[str, dict[str, str]] = field(default_factory=dict)
    """Each theme's name in Swedish and English (``{"sv": ..., "en": ...}``), by its Finnish name."""
    speech_rate: int = 150
    """Speech speed in words a minute (espeak-ng's own default is 175; older listeners want it slower)."""
    speech_volume: int = 100
    """Speech volume, espeak-ng's amplitude in per cent of its default (10-200)."""
    slip_paper: str = "A5"
    """The paper the resident's slip is printed on: one of ``SLIP_PAPERS``."""
    id: str = "settings"

    RECORD_ID: ClassVar[str] = "settings"

    def contact_line(self) -> str:
        """The centre and how to reach it, e.g. "Asukastupa, p. 040 123 4567", saying its name only once."""
        name, contact = self.centre_name.strip(), self.centre_contact.strip()
        if not contact:
            return name
        if not name or contact.casefold().startswith(name.casefold()):
            return contact
        return f"{name}, {contact}"

    def theme_name(self, theme: str, language: str) -> str:
        """A theme's name in a language; its Finnish name (as tables, workshops and ideas hold it) if none was given."""
        names = self.theme_names.get(theme)
        if names is None:
            wanted = theme.casefold()
            names = next((v for k, v in self.theme_names.items() if k.casefold() == wanted), {})
        return names.get(language) or theme

    def validate(self) -> None:
        """Refuse settings the kiosk cannot work with."""
        if not self.centre_name.strip():
            raise ValidationError(N_("{field} is empty."), field=N_("Centre name"))
        if self.centre_code and not CENTRE_CODE.fullmatch(self.centre_code):
            raise ValidationError(N_("A centre code is two to five capital letters A-Z, for example KAR."))
        if not 30 <= self.idle_seconds <= 3600 or not 30 <= self.staff_idle_seconds <= 3600:
            raise ValidationError(N_("The idle time must be between 30 and 3600 seconds."))
        if not 1 <= self.retention_months <= 120:
            raise ValidationError(N_("Contact details are kept between 1 and 120 months."))
        if self.language not in LANGUAGES:
            raise ValidationError(N_("Unknown language."))
        for theme, names in self.theme_names.items():
            if set(names) - THEME_LANGUAGES:
                raise ValidationError(N_("Unknown language."))
            for name in names.values():
                if len(name) > NAME_MAX_CHARS:
                    raise ValidationError(
                        N_("{field} is too long: {length} characters, at most {limit}."),
                        field=theme,
                        length=len(name),
                        limit=NAME_MAX_CHARS,
                    )
        if not SPEECH_RATES[0] <= self.speech_rate <= SPEECH_RATES[1]:
            raise ValidationError(
                N_("The speech speed must be between {low} and {high} words a minute."),
                low=SPEECH_RATES[0],
                high=SPEECH_RATES[1],
            )
        if not SPEECH_VOLUMES[0] <= self.speech_volume <= SPEECH_VOLUMES[1]:
            raise ValidationError(
                N_("The speech volume must be between {low} and {high} per cent."),
                low=SPEECH_VOLUMES[0],
                high=SPEECH_VOLUMES[1],
            )
        if self.slip_paper not in SLIP_PAPERS:
            raise ValidationError(N_("Unknown paper for the slip: {paper}."), paper=self.slip_paper)
        for url in (self.poster_url, self.minutes_url):
            if url and not url.startswith(("https://", "http://")):
                raise ValidationError(N_("A web address starts with https://"))
