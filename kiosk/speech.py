"""Speech output: espeak-ng makes a WAV of each utterance, aplay or pw-play plays it.

One worker thread takes utterances from a queue, so speaking never blocks the
screen; ``stop`` empties the queue and ends what is being said at once (a key
press, a new screen). With ``KIOSK_SPEECH_DIR=DIR`` every utterance is kept as
``DIR/NNNN.wav`` with its text in ``DIR/NNNN.txt``, in order, instead of being
played: for tests, and for checking a centre that has no speakers.

This module is the shell's, beside ``kiosk.app``: it runs programs and threads
but knows nothing of Textual. What is said, and when, is ``screens.narration``'s
business; how numbers and dates are said is ``kiosk.core.spoken``'s.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kiosk.core.i18n import LANGUAGES, N_
from kiosk.core.i18n import gettext as _
from kiosk.core.text import clean_text

SPEECH_DIR_VARIABLE = "KIOSK_SPEECH_DIR"
"""The environment variable that sends speech to a folder of WAV files."""
VOICES = {"fi": "fi", "sv": "sv", "en": "en-gb"}
"""espeak-ng's voice for each kiosk language (English as taught in Finland: British)."""
PLAYERS = (("aplay", "-q"), ("pw-play",))
"""Programs that play a WAV file through the sound card, the first one found is used."""
DEFAULT_RATE = 150
"""Words a minute: slower than espeak-ng's 175, for older listeners."""
DEFAULT_VOLUME = 100
"""espeak-ng's amplitude (0-200; 100 is its default)."""
SYNTHESIS_TIMEOUT_SECONDS = 30
"""The longest espeak-ng may take to write one utterance."""
NOT_INSTALLED = N_("Speech is not available: espeak-ng is not installed (apt-get install espeak-ng).")
"""Why speech is off on a computer without espeak-ng."""
NO_PLAYER = N_("Speech is not available: there is no aplay or pw-play to play sound (apt-get install alsa-utils).")
"""Why speech is off on a computer that cannot play sound."""
MISSING_VOICES = N_("Speech is not available in every language: espeak-ng has no voice for {languages}.")
"""Said when a voice is missing."""

CHECK_PHRASES = {"fi": "Puhe toimii.", "sv": "Talet fungerar.", "en": "Speech works."}
"""What ``kiosk check`` has each voice say (into a temporary folder, never aloud)."""

_NUMBERED = re.compile(r"^(\d{4,})\.wav$")


@dataclass(frozen=True)
class SpeechSupport:
    """What this computer has for speaking: the synthesiser, a player or a folder to write to."""

    espeak: str = ""
    """espeak-ng's path; empty when it is not installed."""
    player: tuple[str, ...] = ()
    """The command that plays a WAV file (its name and options); empty when there is none."""
    folder: Path | None = None
    """Where utterances are written instead of played (``KIOSK_SPEECH_DIR``)."""

    @property
    def available(self) -> bool:
        """Whether the kiosk can speak (or write speech to the folder)."""
        return bool(self.espeak and (self.folder is not None or self.player))

    @property
    def problem(self) -> str:
        """Message id saying why speech is not available; empty when it is."""
        if not self.espeak:
            return NOT_INSTALLED
        if self.folder is None and not self.player:
            return NO_PLAYER
        return ""

    def describe(self) -> str:
        """The synthesiser and where its sound goes, for ``kiosk check`` and the staff settings."""
        output = f"{self.folder}/NNNN.wav" if self.folder is not None else " ".join(self.player)
        return f"{self.espeak} \u2192 {output}"


def find_support(
    environ: Mapping[str, str] | None = None, which: Callable[[str], str | None] = shutil.which
) -> SpeechSupport:
    """Look for espeak-ng, a player and ``KIOSK_SPEECH_DIR`` (cheap: only the PATH is searched)."""
    environ = os.environ if environ is None else environ
    folder = environ.get(SPEECH_DIR_VARIABLE, "").strip()
    player: tuple[str, ...] = ()
    for command in PLAYERS:
        found = which(command[0])
        if found:
            player = (found, *command[1:])
            break
    return SpeechSupport(espeak=which("espeak-ng") or "", player=player, folder=Path(folder) if folder else None)


def missing_voices(support: SpeechSupport) -> list[str]:
    """The kiosk languages whose espeak-ng voice is not installed (runs ``espeak-ng --voices``)."""
    if not support.espeak:
        return list(LANGUAGES)
    try:
        listing = subprocess.run(
            [support.espeak, "--voices"], capture_output=True, text=True, timeout=SYNTHESIS_TIMEOUT_SECONDS, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return list(LANGUAGES)
    names = {line.split()[1] for line in listing.splitlines()[1:] if len(line.split()) > 1}
    return [language for language in LANGUAGES if VOICES[language] not in names]


def espeak_command(espeak: str, utterance: Utterance, wav: Path, *, rate: int, volume: int) -> list[str]:
    """The espeak-ng command that writes one utterance to a WAV file (the text comes on stdin)."""
    command = [espeak, "-v", VOICES[utterance.language], "-s", str(rate), "-a", str(volume), "-b", "1"]
    if utterance.spell:
        command.append("--punct")
    return [*command, "-w", str(wav)]


@dataclass(frozen=True)
class Utterance:
    """One thing to say, in one language."""

    text: str
    """The words, already phrased for listening (see ``kiosk.core.spoken``)."""
    language: str
    """fi, sv or en: which voice says it."""
    spell: bool = False
    """Say punctuation by name too (an echoed key: "piste" for ".")."""


@dataclass
class _State:
    """What the worker and the screen's thread share, under one lock."""

    generation: int = 0
    pending: int = 0
    process: subprocess.Popen[bytes] | None = None
    last: Utterance | None = None
    problem: str = ""
    next_number: int = 0
    lock: threading.Condition = field(default_factory=threading.Condition)


class SpeechEngine:
    """A queue of utterances, spoken one after another by a worker thread."""

    def __init__(self, support: SpeechSupport, *, rate: int = DEFAULT_RATE, volume: int = DEFAULT_VOLUME) -> None:
        self.support = support
        """What the computer has for speaking."""
        self.rate = rate
        """Words a minute."""
        self.volume = volume
        """espeak-ng's amplitude, 0-200."""
        self._queue: queue.Queue[tuple[int, Utterance] | None] = queue.Queue()
        self._state = _State()
        self._thread: threading.Thread | None = None

    @property
    def available(self) -> bool:
        """Whether anything can be spoken here."""
        return self.support.available

    @property
    def unavailable_reason(self) -> str:
        """Message id saying why nothing can be spoken here; empty when speech works."""
        return self.support.problem

    @property
    def last(self) -> Utterance | None:
        """The last utterance that began to be spoken (echoed keys aside), for "say again"."""
        return self._state.last

    @property
    def problem(self) -> str:
        """What went wrong the last time something should have been said; empty if it worked."""
        return self._state.problem

    def say(self, text: str, language: str, *, spell: bool = False) -> None:
        """Queue something to say after what is already queued; returns at once."""
        text = clean_text(text, multiline=True).strip()
        if not text or not self.available or language not in VOICES:
            return
        state = self._state
        with state.lock:
            state.pending += 1
            generation = state.generation
        self._start_worker()
        self._queue.put((generation, Utterance(text, language, spell)))

    def stop(self) -> None:
        """Stop speaking now and forget everything queued."""
        state = self._state
        with state.lock:
            state.generation += 1
            process = state.process
            while True:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    state.pending -= 1
            state.lock.notify_all()
        if process is not None and process.poll() is None:
            process.kill()

    def wait_until_quiet(self, timeout: float) -> bool:
        """Wait until everything queued was said (or written); False if that took longer than ``timeout``."""
        state = self._state
        with state.lock:
            return state.lock.wait_for(lambda: state.pending == 0, timeout)

    def close(self) -> None:
        """Stop speaking and end the worker thread."""
        self.stop()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=5)
            self._thread = None

    def _start_worker(self) -> None:
        """Start the worker thread on first use (a kiosk that never speaks never starts it)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="kiosk-speech", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        """Say each queued utterance that no ``stop`` has cancelled."""
        state = self._state
        while True:
            item = self._queue.get()
            if item is None:
                return
            generation, utterance = item
            try:
                if generation == state.generation:
                    self._speak(generation, utterance)
            finally:
                with state.lock:
                    state.pending -= 1
                    state.lock.notify_all()

    def _run(self, generation: int, command: list[str], text: str = "") -> bool:
        """Run one program unless speech was stopped meanwhile; True if it finished well."""
        state = self._state
        with state.lock:
            if generation != state.generation:
                return False
            try:
                process = subprocess.Popen(
                    command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
                )
            except OSError as error:
                state.problem = f"{command[0]}: {error}"
                return False
            state.process = process
        try:
            _out, err = process.communicate(text.encode("utf-8"), timeout=SYNTHESIS_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            err = b"timed out"
        with state.lock:
            state.process = None
            stopped = generation != state.generation
            if process.returncode != 0 and not stopped:
                state.problem = f"{Path(command[0]).name}: {err.decode('utf-8', 'replace').strip()}"
        return process.returncode == 0 and not stopped

    def _speak(self, generation: int, utterance: Utterance) -> None:
        """Synthesise one utterance, then play it or keep it in the speech folder."""
        state = self._state
        if not utterance.spell:
            state.last = utterance
        folder = self.support.folder
        target_dir = folder if folder is not None else Path(tempfile.gettempdir())
        target_dir.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".speech-", suffix=".wav", dir=target_dir)
        os.close(handle)
        wav = Path(name)
        try:
            command = espeak_command(self.support.espeak, utterance, wav, rate=self.rate, volume=self.volume)
            if not self._run(generation, command, utterance.text):
                return
            if folder is not None:
                self._keep(folder, wav, utterance)
            elif self._run(generation, [*self.support.player, str(wav)]):
                state.problem = ""
        finally:
            wav.unlink(missing_ok=True)

    def _keep(self, folder: Path, wav: Path, utterance: Utterance) -> None:
        """Move a finished WAV to the folder as the next ``NNNN.wav``, its text beside it as ``NNNN.txt``."""
        state = self._state
        if not state.next_number:
            numbers = [int(m.group(1)) for m in (_NUMBERED.match(p.name) for p in folder.iterdir()) if m]
            state.next_number = max(numbers, default=0) + 1
        number, state.next_number = state.next_number, state.next_number + 1
        text = folder / f".{number:04d}.txt.part"
        text.write_text(utterance.text + "\n", encoding="utf-8")
        os.replace(wav, folder / f"{number:04d}.wav")
        os.replace(text, folder / f"{number:04d}.txt")
        state.problem = ""


class Report(Protocol):
    """The lines ``kiosk check`` prints (``kiosk.cli.check.CheckReport``)."""

    def ok(self, text: str) -> None:
        """Something that works."""

    def skip(self, text: str) -> None:
        """Something not there to check."""

    def fail(self, text: str) -> None:
        """Something that does not work."""


def check_speech(report: Report, support: SpeechSupport | None = None) -> None:
    """For ``kiosk check``: say whether the kiosk can speak, and make one WAV in each language to be sure.

    A computer without espeak-ng or a player is reported, not failed: the kiosk works
    without speech. espeak-ng that is installed but cannot speak is a failure.
    """
    support = support or find_support()
    if not support.available:
        report.skip(_(support.problem))
        return
    missing = missing_voices(support)
    if missing:
        report.skip(_(MISSING_VOICES).format(languages=", ".join(missing)))
    with tempfile.TemporaryDirectory(prefix="kiosk-speech-check-") as folder:
        engine = SpeechEngine(SpeechSupport(espeak=support.espeak, folder=Path(folder)))
        # With no voice listed at all, Finnish is tried anyway: its error says what is wrong.
        languages = [language for language in LANGUAGES if language not in missing] or ["fi"]
        for language in languages:
            engine.say(CHECK_PHRASES[language], language)
        quiet = engine.wait_until_quiet(SYNTHESIS_TIMEOUT_SECONDS * len(LANGUAGES))
        engine.close()
        made = len(list(Path(folder).glob("*.wav")))
    if not quiet or made != len(languages):
        report.fail(_("speech: espeak-ng could not speak ({problem})").format(problem=engine.problem or "?"))
        return
    voices = ", ".join(VOICES[language] for language in languages)
    report.ok(_("speech: {engine} with the voices {voices}").format(engine=support.describe(), voices=voices))
