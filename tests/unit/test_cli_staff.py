"""``kiosk staff set-pin`` and ``kiosk staff apply-retention`` run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.pin import check_pin
from kiosk.core.store import Store


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


def test_set_pin_from_stdin_then_it_works(tmp_path):
    result = kiosk("staff", "set-pin", "--pin-stdin", data=tmp_path / "d", stdin="246810\n")
    assert result.returncode == 0, result.stderr
    assert check_pin(Store.open(tmp_path / "d"), "246810").accepted


@pytest.mark.parametrize("pin", ["12345", "12345a", ""])
def test_short_or_non_digit_pins_are_refused(tmp_path, pin):
    result = kiosk("staff", "set-pin", "--pin-stdin", data=tmp_path / "d", stdin=pin + "\n")
    assert result.returncode == 1 and result.stderr.strip() and "Traceback" not in result.stderr
    assert Store.open(tmp_path / "d").staff_record("pin") is None


def test_apply_retention_reports_a_count(tmp_path):
    result = kiosk("staff", "apply-retention", data=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert "0" in result.stdout
