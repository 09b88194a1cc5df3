"""The centre's settings: its name, contact, poster link, printer, idle time, retention."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from kiosk.core.errors import ValidationError
from kiosk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_
from kiosk.core.model import Record


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
    centre_contact: str = ""
    poster_url: str = ""
    minutes_url: str = ""
    printer: str = ""
    idle_seconds: int = 120
    staff_idle_seconds: int = 600
    retention_months: int = 12
    language: str = DEFAULT_LANGUAGE
    speech_rate: int = 150
    """Speech speed in words a minute (espeak-ng's own default is 175; older listeners want it slower)."""
    speech_volume: int = 100
    """Speech volume, espeak-ng's amplitude in per cent of its default (10-200)."""
    slip_paper: str = "A5"
    """The paper the resident's slip is printed on: one of ``SLIP_PAPERS``."""
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
        if not SPEECH_RATES[0] <= self.speech_rate <= SPEECH_RATES[1]:
            raise ValidationError(N_("The speech speed must be between {low} and {high} words a minute."),
                                  low=SPEECH_RATES[0], high=SPEECH_RATES[1])
        if not SPEECH_VOLUMES[0] <= self.speech_volume <= SPEECH_VOLUMES[1]:
            raise ValidationError(N_("The speech volume must be between {low} and {high} per cent."),
                                  low=SPEECH_VOLUMES[0], high=SPEECH_VOLUMES[1])
        if self.slip_paper not in SLIP_PAPERS:
            raise ValidationError(N_("Unknown paper for the slip: {paper}."), paper=self.slip_paper)
        for url in (self.poster_url, self.minutes_url):
            if url and not url.startswith(("https://", "http://")):
                raise ValidationError(N_("A web address starts with https://"))


def save_settings(store, settings: Settings, *, actor: str = "staff") -> Settings:
    """Validate and store the centre's settings, recording what changed."""
    from kiosk.core.store import SETTINGS, record_audit
    from kiosk.core.text import clean_text

    for name in ("centre_name", "centre_contact", "poster_url", "minutes_url", "printer"):
        setattr(settings, name, clean_text(getattr(settings, name)))
    settings.validate()
    with store.transaction() as tx:
        before = tx.get(SETTINGS, Settings.RECORD_ID) or Settings().to_dict()
        after = settings.to_dict()
        changed = {k: after[k] for k in after if before.get(k) != after[k]}
        tx.put(SETTINGS, after)
        if changed:
            record_audit(tx, store.now(), actor, "settings", **changed)
    return settings
