"""Speech mode on the screen: what is said when a screen opens, focus moves, a key is typed.

The ``ScreenReader`` turns what the widgets show into sentences and hands them to
a speech engine (``kiosk.speech``, given by the app); ``kiosk.core.spoken``
turns numbers, dates and references into words. Screens that mix in
``SpokenScreen`` are announced when they appear: their heading, their short
instruction (widgets with the ``instruction`` class, or ``spoken_intro``), then
the focused widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, Protocol

from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Digits, Input, Select, Static, TextArea

from kiosk.core.i18n import N_, current_language
from kiosk.core.i18n import gettext as _
from kiosk.core.spoken import READ_PAGE_KEY, REPEAT_KEY, SPEECH_KEY, spoken

__all__ = ["READ_PAGE_KEY", "REPEAT_KEY", "SPEECH_KEY", "ScreenReader", "SpokenScreen"]
SPEECH_ON = N_(
    "Speech is on. {repeat} says the last sentence again, {page} reads the whole page, "
    "{speech} turns speech off. Any key stops the speech."
)
"""Said when speech mode is turned on."""
SPEECH_OFF = N_("Speech is off.")
"""Said when speech mode is turned off."""
SPACE = N_("space")
"""An echoed space."""

_KEY_BADGE = re.compile(r"^ (\S+) +(.+)$", re.DOTALL)


class Speaker(Protocol):
    """What the reader needs of a speech engine (``kiosk.speech.SpeechEngine``)."""

    rate: int
    """Words a minute."""
    volume: int
    """Per cent of full volume."""

    @property
    def available(self) -> bool:
        """Whether the computer can speak."""

    @property
    def unavailable_reason(self) -> str:
        """Why it cannot (a message id); empty when it can."""

    def say(self, text: str, language: str, *, spell: bool = False) -> None:
        """Queue something to say."""

    def stop(self) -> None:
        """Stop speaking and forget what is queued."""

    @property
    def last(self) -> Any:
        """The last utterance begun (its ``text`` and ``language``), or None."""


def plain_text(content: object) -> str:
    """A widget's visual (Content, Text or str) as plain text."""
    if isinstance(content, Content):
        return content.plain
    plain = getattr(content, "plain", None)
    return plain if isinstance(plain, str) else str(content or "")


def static_text(widget: Static) -> str:
    """What a Static shows, as plain text."""
    return plain_text(widget.visual)


def button_text(button: Button) -> str:
    """A button said: its text, then its key (``Leave an idea, key 1``); "not available" when disabled."""
    label = plain_text(button.label).strip("\n")
    match = _KEY_BADGE.match(label)
    said = _("{text}, key {key}").format(text=match.group(2).strip(), key=match.group(1)) if match else label.strip()
    if button.disabled:
        said = _("{text}, not available").format(text=said)
    return said


def field_label(widget: Widget) -> str:
    """The label shown just above a field (a ``field-label`` or Label sibling), or its placeholder."""
    parent = widget.parent
    if parent is not None:
        before = None
        for child in parent.children:
            if child is widget:
                break
            if isinstance(child, Static) and not isinstance(child, Digits):
                before = child
        if before is not None and (before.has_class("field-label") or type(before).__name__ == "Label"):
            return static_text(before)
    return str(getattr(widget, "placeholder", "") or "")


def describe(widget: Widget | None) -> str:
    """A focused widget in one sentence; empty for a widget with nothing to say (a scrolling area)."""
    if widget is None:
        return ""
    if isinstance(widget, Button):
        return button_text(widget)
    if isinstance(widget, Input):
        label = field_label(widget)
        if widget.password:
            state = _("hidden")
        elif widget.value:
            state = _("written: {text}").format(text=widget.value)
        else:
            state = _("empty")
        return ", ".join(part for part in (label, _("text field"), state) if part)
    if isinstance(widget, TextArea):
        if widget.text.strip():
            return _("Writing box, written: {text}").format(text=widget.text)
        return _("Writing box, empty")
    if isinstance(widget, Select):
        return ", ".join(part for part in (field_label(widget), plain_text(widget.selection or "")) if part)
    return ""


def _shown(widget: Widget) -> bool:
    """Whether the widget and every container around it are displayed."""
    node: Widget | None = widget
    while isinstance(node, Widget) and not isinstance(node, Screen):
        if not node.display or not node.visible or node.has_class("-hidden"):
            return False
        node = node.parent  # type: ignore[assignment]
    return True


def page_sentences(screen: Screen) -> list[str]:
    """Everything the screen shows, from the top: texts line by line, fields and buttons described."""
    said: list[str] = []
    for widget in screen.walk_children(Widget, with_self=False):
        if not _shown(widget):
            continue
        if isinstance(widget, (Button, Input, TextArea, Select)):
            said.append(describe(widget))
        elif isinstance(widget, Static):
            said.extend(line for line in static_text(widget).splitlines() if line.strip())
    return [sentence for sentence in said if sentence.strip()]


def intro_sentences(screen: Screen) -> list[str]:
    """A screen's heading and short instruction (``spoken_intro`` when the screen has its own)."""
    own = getattr(screen, "spoken_intro", None)
    if callable(own):
        return list(own())
    said = [static_text(widget) for widget in screen.query("#heading, .dialog-title, #dialog-title").results(Static)]
    said += [static_text(widget) for widget in screen.query(".instruction").results(Static) if _shown(widget)]
    return [sentence for sentence in said if sentence.strip()]


class ScreenReader:
    """Speech mode: off until the speech key turns it on; then the screen is spoken as it changes."""

    def __init__(self, speaker: Speaker, *, today: Callable[[], date]) -> None:
        self.speaker = speaker
        """The speech engine."""
        self.enabled = False
        """Whether speech mode is on."""
        self._today = today
        self._screen: Screen | None = None
        self._focused: Widget | None = None

    @property
    def available(self) -> bool:
        """Whether this computer can speak at all."""
        return self.speaker.available

    @property
    def unavailable_reason(self) -> str:
        """Why this computer cannot speak (a message id); empty when it can."""
        return self.speaker.unavailable_reason

    def set_voice(self, rate: int, volume: int) -> None:
        """Use a new speed (words a minute) and volume (per cent) from the next sentence on."""
        self.speaker.rate, self.speaker.volume = rate, volume

    @property
    def announced(self) -> Screen | None:
        """The screen last announced (tests wait for it before listening)."""
        return self._screen

    def say(self, text: str, *, spell: bool = False) -> None:
        """Say one text in the kiosk's language, numbers and dates in words (only in speech mode)."""
        if not self.enabled:
            return
        language = current_language()
        said = text if spell else spoken(text, language, today=self._today())
        for line in said.splitlines():
            self.speaker.say(line, language, spell=spell)

    def say_all(self, texts: Iterable[str]) -> None:
        """Say several texts one after another."""
        for text in texts:
            self.say(text)

    def turn_on(self, screen: Screen) -> None:
        """Speech mode on: say how it works, then announce the screen."""
        self.enabled = True
        self.speaker.stop()
        self.say(_(SPEECH_ON).format(repeat=REPEAT_KEY, page=READ_PAGE_KEY, speech=SPEECH_KEY))
        self.screen_shown(screen, interrupt=False)

    def turn_off(self, *, quietly: bool = False) -> None:
        """Speech mode off (``quietly`` at the idle reset: nobody is listening)."""
        self.speaker.stop()
        if not quietly and self.enabled:
            self.say(_(SPEECH_OFF))
        self.enabled = False
        self._screen = self._focused = None

    def interrupt(self) -> None:
        """A key was pressed or a new screen is coming: stop talking."""
        if self.enabled:
            self.speaker.stop()

    def screen_shown(self, screen: Screen, *, interrupt: bool = True) -> None:
        """A screen appeared (or came back): its heading, instruction and focused widget."""
        if not self.enabled or screen is not screen.app.screen:
            return  # a screen under the one on top resumes only on its way back down
        if interrupt:
            self.speaker.stop()
        self._screen, self._focused = screen, screen.focused
        self.say_all(intro_sentences(screen))
        self.say(describe(screen.focused))

    def focus_moved(self, widget: Widget) -> None:
        """Focus moved on the screen already announced: say the widget."""
        if not self.enabled or widget.screen is not self._screen or widget is self._focused:
            return
        self._focused = widget
        self.say(describe(widget))

    def echo(self, character: str) -> None:
        """A character typed into a field, said back."""
        self.say(_(SPACE) if character == " " else character, spell=character != " ")

    def read_page(self, screen: Screen) -> None:
        """Read the whole screen from the top."""
        if self.enabled:
            self.speaker.stop()
            self.say_all(page_sentences(screen))

    def repeat(self) -> None:
        """Say the last sentence again."""
        last = self.speaker.last
        if self.enabled and last is not None:
            self.speaker.stop()
            self.speaker.say(last.text, last.language)


def reader_of(app: object) -> ScreenReader | None:
    """The app's screen reader, if it has one (test apps and the staff tools may not)."""
    reader = getattr(app, "screen_reader", None)
    return reader if isinstance(reader, ScreenReader) else None


class SpokenScreen:
    """Mixed into a Screen: announced in speech mode each time it appears."""

    def on_screen_resume(self) -> None:
        """Tell the screen reader this screen is now the one on top."""
        reader = reader_of(self.app)  # type: ignore[attr-defined]
        if reader is not None:
            reader.screen_shown(self)  # type: ignore[arg-type]

    def speak(self, text: str) -> None:
        """Say a message that just appeared on this screen (in speech mode)."""
        reader = reader_of(self.app)  # type: ignore[attr-defined]
        if reader is not None:
            reader.interrupt()
            reader.say(text)
