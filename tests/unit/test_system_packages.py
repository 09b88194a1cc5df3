"""The one script that installs the system packages the tests need, used by the README and by CI."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / ".ci" / "system-packages.sh"
NEEDED = (
    "cups",
    "printer-driver-cups-pdf",
    "poppler-utils",
    "fonts-dejavu-core",
    "tmux",
    "shellcheck",
    "foot",
    "espeak-ng",
    "alsa-utils",
    "syncthing",
)


def quick_start_commands() -> list[str]:
    """The commands in the README's quick start (its ``sh`` blocks)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_the_quick_start_has_two_commands_and_the_test_one_installs_the_system_packages():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert "kiosk run --demo" in commands[0]
    assert commands[1].startswith(".ci/system-packages.sh && ") and "pytest" in commands[1]


def test_ci_runs_the_same_script_and_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".ci/system-packages.sh" in ci
    assert "apt-get" not in ci  # one list of packages, in the script


def test_the_script_lists_every_package_the_tests_need():
    text = SCRIPT.read_text(encoding="utf-8")
    for package in NEEDED:
        assert re.search(rf"\b{re.escape(package)}\b", text), package


def test_the_script_is_strict_executable_and_shellcheck_clean():
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#!/usr/bin/env bash" and "set -euo pipefail" in lines
    assert os.access(SCRIPT, os.X_OK)
    result = subprocess.run(["shellcheck", "--shell=bash", str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_the_packages_are_installed_here():
    """The README's test command ran the script before these tests."""
    result = subprocess.run([str(SCRIPT), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "all installed" in result.stdout


def fake_system(tmp_path: Path, *, uid: int, debian: bool) -> tuple[dict[str, str], Path]:
    """A PATH with a fake ``id``, and on "Debian" a ``dpkg-query`` that finds nothing and an ``apt-get`` that logs."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    tools = {"id": f"echo {uid}"}
    if debian:
        tools["dpkg-query"] = "exit 1"
        tools["apt-get"] = f'echo "$@" >> {log}'
    for name, body in tools.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    for name in ("bash", "grep"):
        (bin_dir / name).symlink_to(
            subprocess.run(
                ["sh", "-c", f"command -v {name}"], capture_output=True, text=True, check=True
            ).stdout.strip()
        )
    return {"PATH": str(bin_dir)}, log


@pytest.mark.parametrize(
    ("uid", "debian", "advice"),
    [
        (1000, True, "not root, so nothing was installed"),
        (0, False, "not a Debian system"),
    ],
)
def test_without_root_or_debian_it_installs_nothing_and_says_what_to_install(tmp_path, uid, debian, advice):
    env, log = fake_system(tmp_path, uid=uid, debian=debian)
    result = subprocess.run([str(bin_bash(env)), str(SCRIPT)], capture_output=True, text=True, env=env)
    assert result.returncode == 0
    assert advice in result.stderr and "syncthing" in result.stderr
    assert not log.exists()


def test_as_root_on_debian_it_installs_only_what_is_missing(tmp_path):
    env, log = fake_system(tmp_path, uid=0, debian=True)
    result = subprocess.run([str(bin_bash(env)), str(SCRIPT)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    calls = log.read_text().splitlines()
    assert calls[0] == "update -qq"
    assert calls[1].startswith("install -y -qq --no-install-recommends cups ") and calls[1].endswith("syncthing")


def bin_bash(env: dict[str, str]) -> Path:
    """The bash inside the fake PATH."""
    return Path(env["PATH"]) / "bash"
