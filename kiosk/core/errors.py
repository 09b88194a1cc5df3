"""Errors that carry a translatable message for the person at the kiosk."""

from __future__ import annotations

from typing import Any


class KioskError(Exception):
    """A failure with a message the user can read, translated when shown."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.msgid = message
        self.params = params

    def translated(self, language: str | None = None) -> str:
        """The message in the current language (or the one given), with its parameters filled in."""
        from kiosk.core.i18n import current_language, gettext_in

        language = language or current_language()
        text = gettext_in(language, self.msgid)
        params = {k: gettext_in(language, v) if isinstance(v, str) else v for k, v in self.params.items()}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text

    def __str__(self) -> str:
        return self.translated()


class ValidationError(KioskError):
    """Input that the model refuses, with the reason."""


class NotFound(KioskError):
    """A record that does not exist (an unknown reference, a deleted table)."""


class InvalidTransition(KioskError):
    """A state change that the life cycle does not allow."""


class StorageError(KioskError):
    """The data folder cannot be read or written."""

    errno: int | None = None
    """The operating system's error number, when an OSError was the cause."""
