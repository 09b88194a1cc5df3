"""Speech mode through the real espeak-ng, written to KIOSK_SPEECH_DIR: an idea left by keys alone, heard."""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import pytest
from resident_support import SIZE, settle
from textual.widgets import TextArea

from kiosk.core.i18n import current_language
from kiosk.speech import Utterance, espeak_command
from screens.home import HomeScreen
from screens.idea_thanks import IdeaThanksScreen
from screens.idle_warning_dialog import WARNING_SECONDS, IdleWarningDialog


@pytest.fixture
def speech_dir(espeak_ng, tmp_path, monkeypatch) -> Path:
    """The folder the kiosk's speech goes to (set before the app starts, as at a centre)."""
    folder = tmp_path / "speech"
    monkeypatch.setenv("KIOSK_SPEECH_DIR", str(folder))
    return folder


def heard(folder: Path) -> list[str]:
    """Every utterance so far, in order."""
    return (
        [path.read_text(encoding="utf-8").strip() for path in sorted(folder.glob("*.txt"))] if folder.exists() else []
    )


async def listen(pilot) -> None:
    """Wait like a listener: until the screen on top was announced, its focus said, and the speech ended."""
    app = pilot.app
    reader = app.screen_reader
    await settle(pilot)
    for _ in range(200):
        screen = app.screen
        if reader.announced is screen and (screen.focused is None or reader._focused is screen.focused):
            break
        await pilot.pause()
    assert app.speech.wait_until_quiet(60), "the speech did not finish"


async def press(pilot, *keys: str) -> None:
    """Press keys one at a time, listening after each."""
    for key in keys:
        await pilot.press(key)
        await listen(pilot)


def in_order(said: list[str], expected: list[str]) -> list[str]:
    """The expected sentences that were not heard in this order (empty when all were)."""
    position, missing = 0, []
    for sentence in expected:
        try:
            position = said.index(sentence, position) + 1
        except ValueError:
            missing.append(sentence)
    return missing


def assert_plausible_wavs(folder: Path, espeak: str, language: str) -> None:
    """Each WAV is RIFF/WAVE, as long as its text needs, and in the language's own voice."""
    for wav in sorted(folder.glob("*.wav")):
        text = wav.with_suffix(".txt").read_text(encoding="utf-8").strip()
        data = wav.read_bytes()
        assert data[:4] == b"RIFF" and data[8:12] == b"WAVE", wav
        with wave.open(str(wav)) as sound:
            seconds = sound.getnframes() / sound.getframerate()
        assert 0.04 * len(text) + 0.2 < seconds < 0.2 * len(text) + 1.5, (wav.name, text, seconds)
    last = sorted(folder.glob("*.wav"))[-1]
    text = last.with_suffix(".txt").read_text(encoding="utf-8").strip()
    reference = folder.parent / "reference.wav"
    subprocess.run(
        espeak_command(espeak, Utterance(text, language), reference, rate=150, volume=100),
        input=text.encode(),
        check=True,
    )
    assert last.read_bytes() == reference.read_bytes(), f"{last.name} is not in the {language} voice"


async def test_an_idea_left_by_keys_alone_is_heard_step_by_step(village, make_app, speech_dir, espeak_ng):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "f1", "1", "1", *"Kyyti", "tab", "enter", "enter", "enter", "enter")
        assert isinstance(app.screen, IdeaThanksScreen)
        reference = app.screen.reference
    number = int(reference.rsplit("-", 1)[1])
    said = heard(speech_dir)
    expected = [
        "Puhe on päällä. F kaksi toistaa viimeisen lauseen, F kolme lukee koko sivun, F yksi sulkee puheen. "
        "Mikä tahansa näppäin keskeyttää puheen.",
        "Asukastupa",
        "perjantaina kahdentenakymmenentenäseitsemäntenä marraskuuta",
        "Tervetuloa! Paina numeronäppäintä tai kosketa painiketta.",
        "Jätä idea, näppäin yksi",
        "Jätä idea, vaihe yksi neljästä: valitse aihe",
        "Mistä ideasi kertoo? Valitse lähin aihe.",
        "Nuorten vapaa-aika, näppäin yksi",
        "Jätä idea, vaihe kaksi neljästä: kirjoita ideasi",
        "Aihe: Nuorten vapaa-aika",
        "Kirjoituslaatikko, tyhjä",
        "K",
        "y",
        "y",
        "t",
        "i",
        "Jatka, näppäin Enter",
        "Jätä idea, vaihe kolme neljästä: yhteystietosi (jos haluat)",
        "Nimesi, tekstikenttä, tyhjä",
        "Puhelinnumero tai sähköposti, tekstikenttä, tyhjä",
        "Jätä idea, vaihe neljä neljästä: tarkista ja lähetä",
        "Kyyti",
        "Lähetä idea, näppäin Enter",
        "Kiitos ideastasi!",
        f"Ideasi on tallennettu. Sen numero on: idea numero {['', 'yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi'][number]}",
        "Tulosta kuitti, näppäin P",
    ]
    assert in_order(said, expected) == [], said
    assert not any(character.isdigit() for sentence in said for character in sentence)
    assert_plausible_wavs(speech_dir, espeak_ng, "fi")


@pytest.mark.parametrize(("key", "language", "heading"), [("6", "sv", "Lämna en idé"), ("7", "en", "Leave an idea")])
async def test_swedish_and_english_are_said_in_their_own_voices(
    village, make_app, speech_dir, espeak_ng, key, language, heading
):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, key, "f1", "1")
        assert current_language() == language
    said = heard(speech_dir)
    assert any(sentence.startswith(heading) for sentence in said), said
    assert_plausible_wavs(speech_dir, espeak_ng, language)


async def test_f2_says_the_last_sentence_again_and_f3_reads_the_whole_page(village, make_app, speech_dir):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "f1", "4", *"42")
        before = heard(speech_dir)
        await press(pilot, "f2")
        again = heard(speech_dir)[len(before) :]
        last_sentence = [sentence for sentence in before if len(sentence) > 1][-1]
        assert again == [last_sentence], (before, again)  # the sentence, not the echoed "2"
        assert before[-2:] == ["4", "2"]
        await press(pilot, "escape", "3")
        before = heard(speech_dir)
        await press(pilot, "f3")
        page = heard(speech_dir)[len(before) :]
    assert page[0].startswith("Tulokset")
    assert "Ikäihmisten palvelut Karttulassa" in page
    assert any("Virkistyspäivä keväällä" in sentence for sentence in page)


async def test_a_hidden_pin_is_never_said(village, make_app, speech_dir):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "f1", "f9", *"135790")
    said = heard(speech_dir)
    assert not any(sentence in "135790" for sentence in said), said


async def test_the_idle_warning_is_shown_and_said_and_a_key_keeps_the_text(village, make_app, monotonic, speech_dir):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "f1", "1", "1", *"Puolikas")
        monotonic.advance(app.idle_seconds)
        app.check_idle()
        await listen(pilot)
        assert isinstance(app.screen, IdleWarningDialog)
        said = heard(speech_dir)
        assert "Oletko vielä siellä?" in said
        assert "Kioski palaa alkuun ja unohtaa, mitä kirjoitit ja valitsit. Aikaa on kolmekymmentä sekuntia." in said
        monotonic.advance(WARNING_SECONDS - 1)
        app.check_idle()
        await settle(pilot)
        assert isinstance(app.screen, IdleWarningDialog)  # still there at 29 s
        await press(pilot, "x")  # any key: the warning goes, and the x is not typed
        assert app.screen.query_one("#idea-text", TextArea).text == "Puolikas"
        monotonic.advance(app.idle_seconds - 1)  # a second idle time, nearly full
        app.check_idle()
        await settle(pilot)
        assert not isinstance(app.screen, IdleWarningDialog)
        assert app.screen.query_one("#idea-text", TextArea).text == "Puolikas"
        monotonic.advance(1)
        app.check_idle()
        await settle(pilot)
        assert isinstance(app.screen, IdleWarningDialog)
        monotonic.advance(WARNING_SECONDS)
        app.check_idle()
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 1
        assert not app.screen_reader.enabled  # the idle reset turns speech off
        count = len(heard(speech_dir))
        await pilot.press("1")
        await settle(pilot)
        assert app.speech.wait_until_quiet(60) and len(heard(speech_dir)) == count  # silent now


async def test_without_espeak_the_kiosk_works_and_f1_says_why(village, make_app, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Puhe ei ole käytettävissä: espeak-ng ei ole asennettuna") for m in messages)
        assert not app.screen_reader.enabled
        await pilot.press("1")
        await settle(pilot)
        assert type(app.screen).__name__ == "IdeaThemeScreen"


async def test_a_form_error_is_said(village, make_app, speech_dir):
    app = make_app(village)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "f1", "1", "1", "tab", "enter")
    said = heard(speech_dir)
    assert in_order(said, ["Kirjoita ensin ideasi laatikkoon. Yksi lause riittää.", "Kirjoituslaatikko, tyhjä"]) == []
