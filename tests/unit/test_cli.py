"""The ``kiosk`` command, run as a user runs it: a real process and a real data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def kiosk(*args: str, data: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run ``kiosk`` in a subprocess against a data folder."""
    env = {**os.environ, "KIOSK_DATA": ""}
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args, "--data", str(data)],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
    )


def test_idea_add_then_list_json_shows_it_with_its_reference(tmp_path):
    added = kiosk("idea", "add", "Kimppakyyti kirkonkylälle torstaisin", data=tmp_path / "x")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "ID-0001"
    listed = kiosk("idea", "list", "--json", data=tmp_path / "x")
    ideas = json.loads(listed.stdout)
    assert [(i["reference"], i["text"], i["state"]) for i in ideas] == [
        ("ID-0001", "Kimppakyyti kirkonkylälle torstaisin", "received")
    ]


def test_errors_go_to_stderr_without_traceback(tmp_path):
    result = kiosk("idea", "add", "   ", data=tmp_path / "x")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert result.stdout == ""


def test_import_csv_with_semicolons_and_a_bad_row(tmp_path):
    source = tmp_path / "ideat.csv"
    source.write_text("text;theme\nLukupiiri kirjastoon;Kirjasto\n;\nKuntosali;Liikunta\n", encoding="utf-8")
    result = kiosk("idea", "import", str(source), data=tmp_path / "x")
    assert result.returncode == 1  # one row refused
    assert result.stdout.splitlines()[:2] == ["ID-0001", "ID-0002"]
    assert "3" in result.stderr  # the refused line is named
    listed = json.loads(kiosk("idea", "list", "--json", data=tmp_path / "x").stdout)
    assert {i["theme"] for i in listed} == {"Kirjasto", "Liikunta"}


def test_missing_csv_file_is_a_clear_error(tmp_path):
    result = kiosk("idea", "import", str(tmp_path / "nope.csv"), data=tmp_path / "x")
    assert result.returncode == 1 and "nope.csv" in result.stderr and "Traceback" not in result.stderr


def test_backup_restore_round_trip(tmp_path):
    data = tmp_path / "x"
    kiosk("idea", "add", "Ensimmäinen", data=data)
    backup = kiosk("backup", "--dest", str(tmp_path / "usb"), data=data)
    assert backup.returncode == 0, backup.stderr
    backup_file = Path(backup.stdout.strip())
    assert backup_file.exists() and backup_file.parent == tmp_path / "usb"
    kiosk("idea", "add", "Toinen", data=data)
    restored = kiosk("restore", str(backup_file), data=data)
    assert restored.returncode == 0, restored.stderr
    texts = [i["text"] for i in json.loads(kiosk("idea", "list", "--json", data=data).stdout)]
    assert texts == ["Ensimmäinen"]


def test_export_csv_has_no_contact_details(tmp_path):
    data = tmp_path / "x"
    from kiosk.core.ideas import submit_idea
    from kiosk.core.store import Store

    submit_idea(Store.open(data), "Penkki bussipysäkille", name="Aino Virtanen", contact="040 123")
    out = kiosk("export", "--format", "csv", data=data)
    assert out.returncode == 0, out.stderr
    assert "Penkki bussipysäkille" in out.stdout
    assert "Aino" not in out.stdout and "040 123" not in out.stdout
    as_json = kiosk("export", "--format", "json", "--out", str(tmp_path / "e.json"), data=data)
    assert as_json.returncode == 0
    assert "Aino" not in (tmp_path / "e.json").read_text(encoding="utf-8")


def test_help_lists_the_commands(tmp_path):
    result = subprocess.run([sys.executable, "-m", "kiosk.cli", "--help"], capture_output=True, text=True)
    for command in ("run", "demo", "idea", "table", "meeting", "backup", "restore", "export"):
        assert command in result.stdout


@pytest.mark.parametrize("command", [("table", "list", "--json"), ("meeting", "list", "--json", "--upcoming")])
def test_lists_on_demo_data(tmp_path, command):
    data = tmp_path / "x"
    assert kiosk("demo", data=data).returncode == 0
    result = kiosk(*command, data=data)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) >= 1


def test_backup_keep_rotates_the_destination(tmp_path):
    data = tmp_path / "x"
    kiosk("idea", "add", "Yksi", data=data)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = []
    for _ in range(3):
        result = kiosk("backup", "--dest", str(usb), "--keep", "2", data=data)
        assert result.returncode == 0, result.stderr
        made.append(Path(result.stdout.strip()))
    left = sorted(p.name for p in usb.iterdir())
    assert len(left) == 2 and made[-1].name in left and made[0].name not in left


def test_a_damaged_file_is_reported_and_repaired_from_the_backup_and_itself(tmp_path):
    data = tmp_path / "x"
    kiosk("idea", "add", "Ennen vahinkoa", data=data)
    assert kiosk("backup", data=data).returncode == 0
    kiosk("idea", "add", "Varmuuskopion jälkeen", data=data)
    raw = (data / "kiosk.json").read_bytes()
    (data / "kiosk.json").write_bytes(raw[:-20])
    listed = kiosk("idea", "list", "--json", data=data)
    assert listed.returncode == 0, listed.stderr
    assert "kiosk.json" in listed.stderr and "Traceback" not in listed.stderr
    assert [i["text"] for i in json.loads(listed.stdout)] == ["Varmuuskopion jälkeen", "Ennen vahinkoa"]
    assert [p.name.split(".")[0] for p in (data / "damaged").iterdir()] == ["kiosk"]


def test_meeting_export_ics_holds_every_upcoming_meeting(tmp_path):
    from icalendar import Calendar

    from kiosk.core.store import Store

    data = tmp_path / "x"
    assert kiosk("demo", data=data).returncode == 0
    upcoming = {m.id for m in Store.open(data).upcoming_meetings()}
    every = {m.id for m in Store.open(data).every_meeting()}
    assert upcoming and upcoming < every
    shown = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "meeting", "export", "--format", "ics", "--upcoming", "--data", str(data)],
        capture_output=True,
        timeout=120,
        env={**os.environ, "KIOSK_DATA": ""},
    )
    assert shown.returncode == 0, shown.stderr
    events = Calendar.from_ical(shown.stdout).walk("VEVENT")
    assert {str(event["uid"]).split("@")[0] for event in events} == upcoming
    saved = kiosk("meeting", "export", "--out", str(tmp_path / "kaikki.ics"), data=data)
    assert saved.returncode == 0 and saved.stdout == ""
    events = Calendar.from_ical((tmp_path / "kaikki.ics").read_bytes()).walk("VEVENT")
    assert {str(event["uid"]).split("@")[0] for event in events} == every


def test_export_csv_is_the_staff_areas_csv_byte_for_byte(tmp_path):
    from kiosk.core.export import export_ideas
    from kiosk.core.ideas import submit_idea
    from kiosk.core.store import Store

    data = tmp_path / "x"
    store = Store.open(data)
    submit_idea(store, '=HYPERLINK("http://evil.example","Klikkaa")', name="Aino", contact="040 123")
    submit_idea(store, "Penkki bussipysäkille; ja katos\nmyös", theme="Liikenne")
    staff = export_ideas(store, tmp_path / "staff").read_bytes()  # what the staff area's export writes
    assert kiosk("export", "--format", "csv", "--out", str(tmp_path / "cli.csv"), data=data).returncode == 0
    assert (tmp_path / "cli.csv").read_bytes() == staff
    shown = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "export", "--format", "csv", "--data", str(data)],
        capture_output=True,
        timeout=120,
        env={**os.environ, "KIOSK_DATA": ""},
    )
    assert shown.stdout == staff
    assert staff.startswith(b"\xef\xbb\xbfreference;") and b"'=HYPERLINK" in staff and b"Aino" not in staff


def test_idea_list_speaks_the_users_language(tmp_path):
    data = tmp_path / "x"
    empty = kiosk("idea", "list", data=data)
    assert empty.returncode == 0 and empty.stdout.strip() == "Ei avoimia ideoita. (--all näyttää myös suljetut.)"
    assert kiosk("idea", "list", "--all", "--lang", "sv", data=data).stdout.strip() == "Inga idéer."
    kiosk("idea", "add", "Kimppakyyti kirkonkylälle torstaisin ja lauantaisin, kun kauppa on auki", data=data)
    listed = kiosk("idea", "list", data=data).stdout.split()
    assert listed[:4] == ["ID-0001", "Uusi", "Muu", "aihe"] and "received" not in listed
    assert "Ny" in kiosk("idea", "list", "--lang", "sv", data=data).stdout.split()
    assert kiosk("table", "list", data=data).stdout.strip() == "Pöytiä ei ole vielä."
    assert kiosk("meeting", "list", "--upcoming", data=data).stdout.strip() == "Tulevia tapaamisia ei ole."


def test_an_unknown_theme_is_refused_with_the_themes(tmp_path):
    data = tmp_path / "x"
    nothing = kiosk("idea", "add", "Kyyti", "--theme", "Liikenne", data=data)
    assert nothing.returncode == 1 and "ei ole vielä teemaa" in nothing.stderr
    assert kiosk("demo", data=data).returncode == 0
    refused = kiosk("idea", "add", "Kyyti", "--theme", "Avaruusmatkailu", data=data)
    assert refused.returncode == 1 and refused.stdout == ""
    assert (
        "Teemaa Avaruusmatkailu ei ole. Teemat ovat: " in refused.stderr and "Liikkuminen ja kyydit" in refused.stderr
    )
    added = kiosk("idea", "add", "Kyyti", "--theme", "liikkuminen JA kyydit", data=data)
    assert added.returncode == 0, added.stderr
    ideas = json.loads(kiosk("idea", "list", "--json", data=data).stdout)
    assert [i["theme"] for i in ideas if i["reference"] == added.stdout.strip()] == ["Liikkuminen ja kyydit"]
