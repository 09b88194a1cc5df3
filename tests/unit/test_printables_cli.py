"""``kiosk print`` and ``print_pdf``: files written atomically, meetings by prefix, print errors in plain words.

CUPS itself is faked here with small ``lp`` scripts on PATH; ``test_cups.py`` prints for real.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from printables_support import (
    MEETING_ID,
    fill_store,
    flat,
    pdf_text,
    qr_codes,
    sample_settings,
)

from kiosk.core.i18n import set_language
from printables.printing import PrintError, print_pdf


def fake_lp(tmp_path: Path, monkeypatch, script: str) -> Path:
    """Put an ``lp`` shell script first on PATH; it logs its arguments next to itself."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" >> "{bin_dir}/calls"\n{script}\n', encoding="utf-8")
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return bin_dir / "calls"


def test_poster_by_id_prefix(kiosk_main, data, tmp_path, capsys):
    """The first characters of the id are enough; the PDF is written and said so in Finnish."""
    out = tmp_path / "juliste.pdf"
    assert kiosk_main(["print", "poster", MEETING_ID[:8], "--out", str(out), "--data", data]) == 0
    assert f"PDF-tiedosto tallennettu: {out}" in capsys.readouterr().out
    assert "Pöytä kokoontuu" in pdf_text(out.read_bytes())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".juliste")]


def test_swedish_poster_with_calendar_code(kiosk_main, data, tmp_path):
    """--lang chooses the document's language too; --calendar adds the event code."""
    out = tmp_path / "affisch.pdf"
    argv = ["print", "poster", MEETING_ID, "--lang", "sv", "--calendar", "--out", str(out), "--data", data]
    assert kiosk_main(argv) == 0
    assert "Bordet träffas" in pdf_text(out.read_bytes())
    assert len(qr_codes(out.read_bytes())) == 2


@pytest.mark.parametrize("kind", ["agenda", "summary", "large"])
def test_meeting_documents(kiosk_main, data, tmp_path, kind):
    """Agenda, summary and large-text summary are written for a meeting."""
    out = tmp_path / f"{kind}.pdf"
    assert kiosk_main(["print", kind, MEETING_ID[:4], "--out", str(out), "--data", data]) == 0
    assert "Ikäihmisten palvelut Karttulassa" in flat(pdf_text(out.read_bytes()))


def test_results_take_no_meeting(kiosk_main, data, tmp_path, capsys):
    """``results`` prints without a meeting, and refuses one."""
    out = tmp_path / "tulokset.pdf"
    assert kiosk_main(["print", "results", "--out", str(out), "--data", data]) == 0
    assert "Te sanoitte, me teimme" in pdf_text(out.read_bytes())
    assert kiosk_main(["print", "results", MEETING_ID, "--out", str(out), "--data", data]) == 1
    assert "jätä tapaaminen pois" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("meeting", "message"),
    [
        (None, "Mikä tapaaminen?"),
        ("3f2", "vähintään 4 merkkiä"),
        ("ffff", "Yhdenkään tapaamisen tunnus ei ala merkeillä ffff."),
    ],
)
def test_meeting_errors_in_plain_finnish(kiosk_main, data, tmp_path, capsys, meeting, message):
    """A missing, too short or unknown id: a message on stderr, exit 1, no file, no traceback."""
    out = tmp_path / "x.pdf"
    argv = ["print", "agenda", *([meeting] if meeting else []), "--out", str(out), "--data", data]
    assert kiosk_main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_ambiguous_prefix(kiosk_main, store, tmp_path, capsys):
    """Two meetings whose ids share the prefix: asked for more characters."""
    from kiosk.core.store import MEETINGS

    sheet = fill_store(store)
    twin = sheet.meeting
    twin.id = MEETING_ID[:6] + "00-0000-0000-0000-000000000000"
    with store.transaction() as tx:
        tx.put(MEETINGS, twin.to_dict())
    argv = ["print", "poster", MEETING_ID[:6], "--out", str(tmp_path / "x.pdf"), "--data", str(store.path)]
    assert kiosk_main(argv) == 1
    assert "2 tapaamisen tunnus alkaa merkeillä 3f2b9c; anna useampi merkki." in capsys.readouterr().err


def test_failed_build_keeps_the_old_file(kiosk_main, data, tmp_path):
    """The file is replaced only by a complete PDF; a failure leaves the earlier one whole."""
    out = tmp_path / "juliste.pdf"
    out.write_bytes(b"old poster")
    assert kiosk_main(["print", "poster", "ffff", "--out", str(out), "--data", data]) == 1
    assert out.read_bytes() == b"old poster"
    assert kiosk_main(["print", "poster", MEETING_ID, "--out", str(out), "--data", data]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["juliste.pdf"]


def test_printer_option_sends_the_file_through_lp(kiosk_main, data, tmp_path, monkeypatch, capsys):
    """--printer runs ``lp -d NAME`` on the written file and reports the job id."""
    calls = fake_lp(tmp_path, monkeypatch, 'echo "request id is tupa-7 (1 file(s))"')
    out = tmp_path / "muistio.pdf"
    assert kiosk_main(["print", "summary", MEETING_ID, "--out", str(out), "--printer", "tupa", "--data", data]) == 0
    assert "Lähetetty tulostimelle tupa (työ tupa-7)." in capsys.readouterr().out
    assert calls.read_text(encoding="utf-8").split() == ["-d", "tupa", "-t", "muistio.pdf", "--", str(out)]


def test_centre_default_printer_and_no_print(kiosk_main, store, tmp_path, monkeypatch, capsys):
    """The centre's printer is used when none is given; --no-print only writes the file."""
    fill_store(store, settings=sample_settings(printer="aulan-tulostin"))
    calls = fake_lp(tmp_path, monkeypatch, 'echo "request id is aulan-tulostin-2 (1 file(s))"')
    out = tmp_path / "asialista.pdf"
    assert kiosk_main(["print", "agenda", MEETING_ID, "--out", str(out), "--data", str(store.path)]) == 0
    assert "aulan-tulostin-2" in capsys.readouterr().out
    assert kiosk_main(["print", "agenda", MEETING_ID, "--out", str(out), "--no-print", "--data", str(store.path)]) == 0
    assert len(calls.read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.parametrize(
    ("stderr", "expected"),
    [
        ("lp: Error - The printer or class does not exist.", "Tulostinta tupa ei ole."),
        ("lp: Error - Scheduler is not running.", "Tulostuspalvelu (CUPS) ei ole käynnissä"),
        ("lp: Error - unable to connect to server", "Tulostuspalvelu (CUPS) ei ole käynnissä"),
        ('lp: Error - Destination \\"tupa\\" is not accepting jobs.', "Tulostin tupa ei nyt ota vastaan töitä."),
        ("lp: Error - paper jam", "Tulostus epäonnistui: lp: Error - paper jam"),
    ],
)
def test_lp_failures_are_explained(tmp_path, monkeypatch, stderr, expected):
    """Each way ``lp`` fails gets its own message, and the PDF is kept."""
    fake_lp(tmp_path, monkeypatch, f'echo "{stderr}" >&2\nexit 1')
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(PrintError) as caught:
        print_pdf(pdf, "tupa")
    assert expected in str(caught.value)
    assert f"PDF-tiedosto on tallessa: {pdf}" in str(caught.value)
    assert pdf.exists()


def test_missing_cups_is_explained(tmp_path, monkeypatch):
    """No ``lp`` command at all: CUPS is not installed, the PDF is kept."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(PrintError) as caught:
        print_pdf(pdf, "tupa")
    assert "CUPS-komento lp puuttuu" in str(caught.value) and pdf.exists()
    set_language("en")
    assert "the CUPS command lp is missing" in str(caught.value)


def test_missing_cups_through_the_cli(kiosk_main, data, tmp_path, monkeypatch, capsys):
    """The command says why, exits 1, and the PDF is there to print later."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    out = tmp_path / "juliste.pdf"
    argv = ["print", "poster", MEETING_ID, "--out", str(out), "--printer", "tupa", "--data", data]
    assert kiosk_main(argv) == 1
    captured = capsys.readouterr()
    assert "PDF-tiedosto tallennettu" in captured.out
    assert "CUPS-komento lp puuttuu" in captured.err and "Traceback" not in captured.err
    assert "Pöytä kokoontuu" in flat(pdf_text(out.read_bytes()))
