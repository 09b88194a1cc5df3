"""The speech engine: real espeak-ng, WAVs in order in KIOSK_SPEECH_DIR, a stop that ends a player at once."""

from __future__ import annotations

import subprocess
import sys
import time
import wave
from pathlib import Path

from kiosk.speech import (
    NO_PLAYER,
    NOT_INSTALLED,
    VOICES,
    SpeechEngine,
    SpeechSupport,
    Utterance,
    espeak_command,
    find_support,
    missing_voices,
)

SLOW_PLAYER = """
import pathlib, sys, time
pathlib.Path(sys.argv[1]).write_text("playing")
time.sleep(60)
"""


def wav_seconds(path: Path) -> float:
    """A WAV file's length; fails unless it is a valid RIFF/WAVE file."""
    assert path.read_bytes()[:4] == b"RIFF" and path.read_bytes()[8:12] == b"WAVE"
    with wave.open(str(path)) as sound:
        assert sound.getnchannels() == 1 and sound.getframerate() > 8000
        return sound.getnframes() / sound.getframerate()


def rendered(espeak: str, text: str, language: str, tmp_path: Path, rate: int = 150, volume: int = 100) -> bytes:
    """What espeak-ng makes of a text in a language's voice."""
    out = tmp_path / f"reference-{language}.wav"
    command = espeak_command(espeak, Utterance(text, language), out, rate=rate, volume=volume)
    subprocess.run(command, input=text.encode(), check=True)
    return out.read_bytes()


def test_every_utterance_is_a_numbered_wav_with_its_text_in_order(espeak_ng, tmp_path):
    folder = tmp_path / "speech"
    folder.mkdir()
    (folder / "0007.wav").write_bytes(b"from an earlier run")
    engine = SpeechEngine(SpeechSupport(espeak=espeak_ng, folder=folder))
    engine.say("Kiitos ideastasi", "fi")
    engine.say("Tack för din idé", "sv")
    engine.say("Thank you for your idea", "en")
    assert engine.wait_until_quiet(60)
    engine.close()
    texts = [(folder / f"{n:04d}.txt").read_text(encoding="utf-8").strip() for n in (8, 9, 10)]
    assert texts == ["Kiitos ideastasi", "Tack för din idé", "Thank you for your idea"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "0007.wav",
        "0008.txt",
        "0008.wav",
        "0009.txt",
        "0009.wav",
        "0010.txt",
        "0010.wav",
    ]
    for number, (text, language) in zip(
        (8, 9, 10),
        [("Kiitos ideastasi", "fi"), ("Tack för din idé", "sv"), ("Thank you for your idea", "en")],
        strict=True,
    ):
        wav = folder / f"{number:04d}.wav"
        assert 0.5 < wav_seconds(wav) < 4
        assert wav.read_bytes() == rendered(espeak_ng, text, language, tmp_path)
    assert rendered(espeak_ng, "Tack för din idé", "fi", tmp_path) != (folder / "0009.wav").read_bytes()


def test_speed_and_volume_reach_espeak(espeak_ng, tmp_path):
    engine = SpeechEngine(SpeechSupport(espeak=espeak_ng, folder=tmp_path), rate=90, volume=40)
    engine.say("Kiitos ideastasi, palaamme asiaan pian", "fi")
    assert engine.wait_until_quiet(60)
    slow = wav_seconds(tmp_path / "0001.wav")
    engine.rate = 250
    engine.say("Kiitos ideastasi, palaamme asiaan pian", "fi")
    assert engine.wait_until_quiet(60)
    assert wav_seconds(tmp_path / "0002.wav") < slow * 0.6
    assert (tmp_path / "0001.wav").read_bytes() == rendered(
        espeak_ng, "Kiitos ideastasi, palaamme asiaan pian", "fi", tmp_path, rate=90, volume=40
    )
    engine.close()


def test_stop_ends_the_player_at_once_and_forgets_the_queue(espeak_ng, tmp_path):
    script = tmp_path / "slow_player.py"
    script.write_text(SLOW_PLAYER)
    started = tmp_path / "started"
    support = SpeechSupport(espeak=espeak_ng, player=(sys.executable, str(script), str(started)))
    engine = SpeechEngine(support)
    engine.say("Ensimmäinen lause", "fi")
    engine.say("Toinen lause, jota ei koskaan sanota", "fi")
    deadline = time.monotonic() + 60
    while not started.exists():
        assert time.monotonic() < deadline, "the player never started"
        time.sleep(0.05)
    begun = time.monotonic()
    engine.stop()
    assert engine.wait_until_quiet(10)
    assert time.monotonic() - begun < 10  # not the player's 60 seconds
    assert engine.last == Utterance("Ensimmäinen lause", "fi")
    engine.close()


def test_echoed_characters_are_not_what_say_again_repeats(espeak_ng, tmp_path):
    engine = SpeechEngine(SpeechSupport(espeak=espeak_ng, folder=tmp_path))
    engine.say("Nimesi, tekstikenttä", "fi")
    engine.say(".", "fi", spell=True)
    assert engine.wait_until_quiet(60)
    assert engine.last == Utterance("Nimesi, tekstikenttä", "fi")
    assert wav_seconds(tmp_path / "0002.wav") > 0.2  # "piste": punctuation is said when echoed
    engine.close()


def test_without_espeak_or_a_player_nothing_is_said_and_the_reason_is_known(tmp_path):
    nothing = find_support({}, which=lambda name: None)
    assert not nothing.available and nothing.problem == NOT_INSTALLED
    silent = find_support({}, which=lambda name: "/usr/bin/espeak-ng" if name == "espeak-ng" else None)
    assert not silent.available and silent.problem == NO_PLAYER
    to_folder = find_support({"KIOSK_SPEECH_DIR": str(tmp_path)}, which=lambda name: "/usr/bin/" + name)
    assert to_folder.available and to_folder.folder == tmp_path and to_folder.problem == ""
    engine = SpeechEngine(nothing)
    engine.say("Ei kuulu", "fi")
    assert engine.wait_until_quiet(1) and engine.last is None


def test_the_player_found_first_is_used():
    support = find_support({}, which=lambda name: f"/usr/bin/{name}" if name in ("espeak-ng", "pw-play") else None)
    assert support.player == ("/usr/bin/pw-play",)
    support = find_support({}, which=lambda name: f"/usr/bin/{name}")
    assert support.player == ("/usr/bin/aplay", "-q")


def test_every_kiosk_language_has_its_voice(espeak_ng):
    assert missing_voices(SpeechSupport(espeak=espeak_ng, folder=Path("."))) == []
    assert missing_voices(SpeechSupport()) == list(VOICES)


class Lines:
    """What kiosk check would print."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []

    def ok(self, text: str) -> None:
        self.lines.append(("ok", text))

    def skip(self, text: str) -> None:
        self.lines.append(("-", text))

    def fail(self, text: str) -> None:
        self.lines.append(("FAIL", text))


def test_kiosk_check_says_speech_works_with_every_voice(espeak_ng):
    from kiosk.speech import check_speech

    report = Lines()
    check_speech(report, SpeechSupport(espeak=espeak_ng, player=("/usr/bin/aplay", "-q")))
    assert report.lines == [("ok", f"puhe: {espeak_ng} \u2192 /usr/bin/aplay -q, äänet fi, sv, en-gb")]


def test_kiosk_check_says_speech_is_not_available_without_espeak():
    from kiosk.speech import check_speech

    report = Lines()
    check_speech(report, SpeechSupport())
    assert report.lines == [
        ("-", "Puhe ei ole käytettävissä: espeak-ng ei ole asennettuna (apt-get install espeak-ng).")
    ]


def test_kiosk_check_fails_when_espeak_cannot_speak(tmp_path):
    from kiosk.speech import check_speech

    broken = tmp_path / "espeak-ng"
    broken.write_text("#!/bin/sh\necho 'no voices here' >&2\nexit 1\n")
    broken.chmod(0o755)
    report = Lines()
    check_speech(report, SpeechSupport(espeak=str(broken), player=("/usr/bin/aplay",)))
    assert report.lines[-1][0] == "FAIL" and "no voices here" in report.lines[-1][1]
