"""``kiosk run`` imports only its own subcommand module; ``--help`` still lists every command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import COMMANDS, SUBCOMMAND_MODULES, build_parser, command_in

ROOT = Path(__file__).resolve().parents[2]


def cli_modules_after(argv: list[str]) -> set[str]:
    """The ``kiosk.cli.*`` modules imported by building the parser for ``argv`` in a fresh interpreter."""
    code = (
        "import sys\nfrom kiosk.cli import build_parser\n"
        f"build_parser({argv!r})\n"
        "print(' '.join(m for m in sys.modules if m.startswith('kiosk.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("argv", [["run"], [], ["--data", "/tmp/x", "run", "--demo"], ["--lang", "sv"]])
def test_starting_the_kiosk_imports_only_the_run_module(argv):
    assert cli_modules_after(argv) == {"kiosk.cli.run"}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_imports_only_its_module(name):
    assert cli_modules_after([name]) == {COMMANDS[name][0]}


def test_the_command_is_found_past_the_options():
    assert command_in(["--data", "print", "check"]) == "check"  # "print" is the folder's name here
    assert command_in(["--lang", "sv", "idea", "list"]) == "idea"
    assert command_in(["--data=/x"]) == "run"


def test_help_is_the_same_whichever_module_was_imported():
    """The one-line helps in COMMANDS are the modules' own, in the modules' order."""
    helps = {module: build_parser([name]).format_help() for name, (module, _help) in COMMANDS.items()}
    assert set(helps) == set(SUBCOMMAND_MODULES)
    first = helps["kiosk.cli.run"]
    for module, text in helps.items():
        assert text == first, module
    for name, (_module, help_line) in COMMANDS.items():
        assert name in first and help_line.split()[0] in first


def test_a_command_runs_with_its_own_options(tmp_path, capsys):
    from kiosk.cli import main

    assert main(["--data", str(tmp_path / "d"), "idea", "add", "Penkki kirjaston eteen"]) == 0
    assert main(["idea", "list", "--json", "--data", str(tmp_path / "d")]) == 0
    assert "Penkki kirjaston eteen" in capsys.readouterr().out
