"""Checks of the deployment files in deploy/: foot config, systemd units, shell scripts.

Each group has a checker that returns a list of problems, a test that the shipped file
has none, and a test that a known-bad sample is caught, so the checks can fail.
The structural checks need only Python; `foot --check-config`, `systemd-analyze
verify` and `shellcheck` run in addition where those tools are installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
FOOT_INI = DEPLOY / "foot" / "foot.ini"
KIOSK_ENV = DEPLOY / "etc" / "kiosk.env"
PAM_FILE = DEPLOY / "pam" / "kiosk"
UNITS = DEPLOY / "systemd"
SCRIPTS = sorted(DEPLOY.glob("*.sh"))
UNIT_NAMES = ("kiosk.service", "kiosk-backup.service", "kiosk-backup.timer", "kiosk-syncthing.service")

# Programs a harmless hook may run: they do nothing.
HARMLESS_COMMANDS = {"true", "/bin/true", "/usr/bin/true"}
# foot 1.13 key-bindings that start an outside program or a shell.
LAUNCHING_BINDINGS = (
    "spawn-terminal",
    "show-urls-launch",
    "show-urls-persistent",
    "show-urls-copy",
    "pipe-visible",
    "pipe-scrollback",
    "pipe-selected",
)
# Executables the unit files name that a CI machine does not have.
EXPECTED_MISSING_EXECUTABLES = {"/opt/kiosk/bin/kiosk", "/usr/bin/cage"}

Ini = dict[str, dict[str, list[str]]]


def read_ini(text: str, default_section: str) -> Ini:
    """Parse foot.ini / systemd unit syntax, keeping every value of a repeated key."""
    sections: Ini = {}
    section = sections.setdefault(default_section, {})
    lines = iter(text.splitlines())
    for line in lines:
        line = line.strip()
        while line.endswith("\\"):  # systemd continuation lines
            line = line[:-1] + " " + next(lines, "").strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = sections.setdefault(line[1:-1], {})
            continue
        key, separator, value = line.partition("=")
        if not separator:
            raise ValueError(f"not a key=value line: {line!r}")
        section.setdefault(key.strip(), []).append(value.strip())
    return sections


def last(ini: Ini, section: str, key: str) -> str | None:
    """The value that wins for a key (the last one), or None when it is not set."""
    values = ini.get(section, {}).get(key)
    return values[-1] if values else None


def words(ini: Ini, section: str, key: str) -> list[str]:
    """All space-separated words of every value of a list-valued unit key."""
    return [word for value in ini.get(section, {}).get(key, []) for word in value.split()]


# --- foot ------------------------------------------------------------------------


def foot_font_size(font: str) -> float:
    """The size of the primary font in a foot `font=` value (foot's default is 8)."""
    primary = font.split(",")[0]
    match = re.search(r":size=([0-9.]+)", primary)
    return float(match.group(1)) if match else 8.0


def find_foot_problems(text: str) -> list[str]:
    """What in a foot.ini would let a visitor start a program, or is too small to read."""
    ini = read_ini(text, "main")
    problems = [
        f"[{name}] {key} is set twice"
        for name, section in ini.items()
        for key, values in section.items()
        if len(values) > 1
    ]
    if last(ini, "main", "include") is not None:
        problems.append("include= would pull in settings this test does not see")
    pipes = [action for action in ini.get("key-bindings", {}) if action.startswith("pipe-")]
    for action in dict.fromkeys([*LAUNCHING_BINDINGS, *pipes]):
        if last(ini, "key-bindings", action) != "none":
            problems.append(f"[key-bindings] {action} is not none")
    for section in ("key-bindings", "search-bindings", "url-bindings", "mouse-bindings"):
        for action, values in ini.get(section, {}).items():
            if any(value.startswith("[") for value in values):
                problems.append(f"[{section}] {action} runs a command")
    if last(ini, "url", "launch") not in HARMLESS_COMMANDS:
        problems.append("[url] launch is not a harmless command")
    if last(ini, "main", "notify") not in HARMLESS_COMMANDS:
        problems.append("[main] notify (OSC 777) would run a program")
    bell_command = last(ini, "bell", "command")
    if bell_command not in (None, "", *HARMLESS_COMMANDS):
        problems.append("[bell] command runs a program")
    if foot_font_size(last(ini, "main", "font") or "") < 16:
        problems.append("[main] font size is below 16")
    return problems


def test_foot_config_is_safe_and_large() -> None:
    assert find_foot_problems(FOOT_INI.read_text(encoding="utf-8")) == []


def test_foot_checker_catches_foot_defaults() -> None:
    """An empty config means foot's defaults: Ctrl+Shift+N opens a shell, and so on."""
    problems = find_foot_problems("")
    for action in LAUNCHING_BINDINGS:
        assert f"[key-bindings] {action} is not none" in problems
    assert "[url] launch is not a harmless command" in problems
    assert "[main] font size is below 16" in problems


def test_foot_checker_catches_pipes_and_reopened_keys() -> None:
    text = FOOT_INI.read_text(encoding="utf-8") + (
        "\n[key-bindings]\n"
        "spawn-terminal=Control+Shift+n\n"
        'pipe-command-output=[sh -c "cat > /tmp/x"] Control+Print\n'
        "[main]\nfont=DejaVu Sans Mono:size=10\n"
    )
    problems = find_foot_problems(text)
    assert "[key-bindings] spawn-terminal is set twice" in problems
    assert "[key-bindings] spawn-terminal is not none" in problems
    assert "[key-bindings] pipe-command-output runs a command" in problems
    assert "[main] font size is below 16" in problems


def test_foot_font_is_installed_by_install_script() -> None:
    font = last(read_ini(FOOT_INI.read_text(encoding="utf-8"), "main"), "main", "font")
    assert font is not None and font.startswith("DejaVu Sans Mono:")
    assert "fonts-dejavu-core" in (DEPLOY / "install.sh").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("foot") is None, reason="foot is not installed")
def test_foot_accepts_the_config() -> None:
    """foot itself parses the file: every section, key and value is one it knows."""
    result = subprocess.run(
        ["foot", "--check-config", f"--config={FOOT_INI}"],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
        check=False,
    )
    assert result.returncode == 0, result.stderr


# --- systemd units ---------------------------------------------------------------


def read_unit(name: str) -> Ini:
    """A unit file from deploy/systemd, parsed."""
    return read_ini((UNITS / name).read_text(encoding="utf-8"), "(none)")


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=value lines of a systemd EnvironmentFile."""
    return {key: values[-1] for key, values in read_ini(path.read_text(), "env")["env"].items()}


def find_common_service_problems(unit: Ini) -> list[str]:
    """Settings both kiosk services need: the kiosk user, the env file, hardening."""
    problems = []
    expected = {
        "User": "kiosk",
        "EnvironmentFile": "/etc/kiosk/kiosk.env",
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "PrivateTmp": "yes",
        "StateDirectory": "kiosk",
        "StateDirectoryMode": "0700",
    }
    for key, value in expected.items():
        if last(unit, "Service", key) != value:
            problems.append(f"{key}= is not {value}")
    if not last(unit, "Unit", "Description"):
        problems.append("Description= is missing")
    exec_start = last(unit, "Service", "ExecStart") or ""
    if not exec_start.startswith("/"):
        problems.append("ExecStart= does not start with an absolute path")
    return problems


def find_kiosk_service_problems(unit: Ini) -> list[str]:
    """What would stop kiosk.service from showing the kiosk, or open it up."""
    problems = find_common_service_problems(unit)
    exec_start = (last(unit, "Service", "ExecStart") or "").split()
    cage_args = exec_start[1 : exec_start.index("--")] if "--" in exec_start else []
    if exec_start[:1] != ["/usr/bin/cage"] or "--" not in exec_start:
        problems.append("ExecStart= does not run /usr/bin/cage -- ...")
    if "-s" in cage_args:
        problems.append("cage -s would allow switching to another console")
    if "--config=/etc/kiosk/foot.ini" not in exec_start or exec_start[-2:] != [
        "/opt/kiosk/bin/kiosk",
        "run",
    ]:
        problems.append("ExecStart= does not run foot --config=/etc/kiosk/foot.ini kiosk run")
    expected = {
        "Restart": "always",
        "PAMName": "kiosk",
        "TTYPath": "/dev/tty1",
        "StandardInput": "tty-fail",
    }
    for key, value in expected.items():
        if last(unit, "Service", key) != value:
            problems.append(f"{key}= is not {value}")
    if "getty@tty1.service" not in words(unit, "Unit", "Conflicts"):
        problems.append("does not take tty1 from getty@tty1.service")
    if "/run/user" not in words(unit, "Service", "ReadWritePaths"):
        problems.append("cage cannot create its Wayland socket in /run/user")
    if last(unit, "Service", "ProtectHome") not in (None, "no", "false"):
        problems.append("ProtectHome= also hides /run/user, which cage needs")
    if last(unit, "Service", "PrivateDevices") not in (None, "no", "false"):
        problems.append("PrivateDevices= hides /dev/dri and /dev/input from cage")
    families = words(unit, "Service", "RestrictAddressFamilies")
    if families and "AF_UNIX" not in families:
        problems.append("without AF_UNIX there is no Wayland, D-Bus or CUPS socket")
    if not words(unit, "Install", "WantedBy"):
        problems.append("WantedBy= is missing: enabling would not start it at boot")
    return problems


def find_backup_service_problems(unit: Ini, env: dict[str, str]) -> list[str]:
    """What would stop the nightly backup from writing its zip."""
    problems = find_common_service_problems(unit)
    exec_start = last(unit, "Service", "ExecStart") or ""
    if not re.fullmatch(
        r"/opt/kiosk/bin/kiosk backup --dest \$\{KIOSK_BACKUP_DEST\}( --keep [1-9][0-9]*)?", exec_start
    ):
        problems.append("ExecStart= is not kiosk backup --dest ${KIOSK_BACKUP_DEST}")
    if last(unit, "Service", "Type") != "oneshot":
        problems.append("Type= is not oneshot")
    writable = [path.lstrip("-") for path in words(unit, "Service", "ReadWritePaths")]
    destination = env.get("KIOSK_BACKUP_DEST")
    if destination not in writable:
        problems.append(f"KIOSK_BACKUP_DEST={destination} is not in ReadWritePaths=")
    return problems


def find_timer_problems(unit: Ini) -> list[str]:
    """What would stop the backup from running every night."""
    problems = []
    if not (last(unit, "Timer", "OnCalendar") or "").startswith("*-*-* 02:30"):
        problems.append("OnCalendar= is not every day at 02:30")
    if last(unit, "Timer", "Persistent") not in ("true", "yes"):
        problems.append("Persistent= is off: a night the computer was off is skipped")
    if last(unit, "Timer", "Unit") not in (None, "kiosk-backup.service"):
        problems.append("Unit= is not kiosk-backup.service")
    if "timers.target" not in words(unit, "Install", "WantedBy"):
        problems.append("WantedBy=timers.target is missing")
    return problems


def test_kiosk_service_structure() -> None:
    assert find_kiosk_service_problems(read_unit("kiosk.service")) == []


def test_backup_service_structure() -> None:
    unit = read_unit("kiosk-backup.service")
    assert find_backup_service_problems(unit, read_env_file(KIOSK_ENV)) == []


def test_backup_timer_structure() -> None:
    assert find_timer_problems(read_unit("kiosk-backup.timer")) == []


def test_unit_checkers_catch_broken_units() -> None:
    broken = read_ini(
        "[Service]\nExecStart=/usr/bin/cage -s -- /usr/bin/foot kiosk run\n"
        "Restart=on-failure\nUser=root\nProtectHome=yes\n",
        "(none)",
    )
    problems = find_kiosk_service_problems(broken)
    for expected in (
        "User= is not kiosk",
        "Restart= is not always",
        "cage -s would allow switching to another console",
        "ProtectHome= also hides /run/user, which cage needs",
        "WantedBy= is missing: enabling would not start it at boot",
        "does not take tty1 from getty@tty1.service",
    ):
        assert expected in problems
    backup = find_backup_service_problems(read_unit("kiosk-backup.service"), {"KIOSK_BACKUP_DEST": "/srv/elsewhere"})
    assert backup == ["KIOSK_BACKUP_DEST=/srv/elsewhere is not in ReadWritePaths="]
    assert find_timer_problems(read_ini("[Timer]\nOnCalendar=weekly\n", "(none)")) == [
        "OnCalendar= is not every day at 02:30",
        "Persistent= is off: a night the computer was off is skipped",
        "WantedBy=timers.target is missing",
    ]


def test_env_file_matches_the_units() -> None:
    env = read_env_file(KIOSK_ENV)
    assert env["KIOSK_DATA"] == "/var/lib/kiosk"  # StateDirectory=kiosk
    assert env["LANG"].endswith("UTF-8")  # foot needs a UTF-8 locale


def test_pam_file_registers_a_logind_session() -> None:
    stack = [line.split() for line in PAM_FILE.read_text().splitlines() if line[:1] not in ("#", "")]
    assert ["session", "required", "pam_systemd.so"] in stack
    assert not any("pam_permit.so" in line for line in stack)


def test_install_script_installs_every_deploy_file() -> None:
    script = (DEPLOY / "install.sh").read_text(encoding="utf-8")
    for name in ("foot/foot.ini", "foot-font.sh", "etc/kiosk.env", "pam/kiosk", "update.sh", *UNIT_NAMES):
        assert name in script, f"install.sh does not install {name}"
    shipped = {str(path.relative_to(DEPLOY)) for path in DEPLOY.rglob("*") if path.is_file()}
    assert shipped == {
        "foot/foot.ini",
        "etc/kiosk.env",
        "pam/kiosk",
        "foot-font.sh",
        "install.sh",
        "update.sh",
        "MUNICIPALITY.md",
        *(f"systemd/{name}" for name in UNIT_NAMES),
    }, "a new file in deploy/ needs a line in install.sh and in this test"


def systemd_analyze_verify(directory: Path) -> list[str]:
    """systemd-analyze's complaints about the units in a folder, less missing binaries.

    `verify` also checks that each ExecStart= program exists, which on a build
    machine /opt/kiosk/bin/kiosk and /usr/bin/cage do not; those lines, and only
    those, are dropped.  Everything else it prints is a problem.
    """
    paths = sorted(str(path) for path in directory.iterdir() if path.suffix in (".service", ".timer"))
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *paths],
        capture_output=True,
        text=True,
        check=False,
    )
    missing = re.compile(r"^\S+: Command (\S+) is not executable: No such file or directory$")
    complaints = []
    for line in (result.stdout + result.stderr).splitlines():
        match = missing.match(line)
        if match and match.group(1) in EXPECTED_MISSING_EXECUTABLES:
            continue
        complaints.append(line)
    if result.returncode != 0 and not complaints and not (result.stdout + result.stderr):
        complaints.append(f"systemd-analyze exited with {result.returncode}")
    return complaints


needs_systemd_analyze = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed"
)


@needs_systemd_analyze
def test_systemd_analyze_verify_accepts_the_units() -> None:
    assert systemd_analyze_verify(UNITS) == []


@needs_systemd_analyze
def test_systemd_analyze_verify_catches_a_typo(tmp_path: Path) -> None:
    for name in UNIT_NAMES:
        shutil.copy(UNITS / name, tmp_path / name)
    unit = tmp_path / "kiosk.service"
    unit.write_text(unit.read_text().replace("ProtectSystem=", "ProtectSytem="))
    complaints = systemd_analyze_verify(tmp_path)
    assert any("ProtectSytem" in line for line in complaints), complaints


@needs_systemd_analyze
def test_timer_calendar_is_valid() -> None:
    calendar = last(read_unit("kiosk-backup.timer"), "Timer", "OnCalendar")
    result = subprocess.run(["systemd-analyze", "calendar", str(calendar)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


# --- shell scripts ---------------------------------------------------------------


def test_deploy_has_the_scripts() -> None:
    assert [path.name for path in SCRIPTS] == ["foot-font.sh", "install.sh", "update.sh"]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_script_is_strict_and_executable(script: Path) -> None:
    lines = script.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#!/usr/bin/env bash"
    assert "set -euo pipefail" in lines
    assert os.access(script, os.X_OK), f"chmod +x {script}"


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_script_parses(script: Path) -> None:
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_bash_syntax_check_can_fail(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sh"
    broken.write_text("#!/usr/bin/env bash\nif true; then\n  echo missing fi\n")
    assert subprocess.run(["bash", "-n", str(broken)], capture_output=True).returncode != 0


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed")
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_shellcheck_is_clean(script: Path) -> None:
    result = subprocess.run(["shellcheck", "--shell=bash", str(script)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


# --- letter size -------------------------------------------------------------------

FOOT_FONT = DEPLOY / "foot-font.sh"
# DejaVu Sans Mono in font units: a cell is 1233 wide and 1901 + 483 tall, of 2048 an em.
CELL_WIDTH_EM, CELL_HEIGHT_EM = 1233 / 2048, 2384 / 2048


def foot_font(*args: str, env: dict[str, str] | None = None) -> str:
    """What deploy/foot-font.sh prints."""
    result = subprocess.run(
        ["bash", str(FOOT_FONT), *args], capture_output=True, text=True, check=True, env={**os.environ, **(env or {})}
    )
    return result.stdout.strip()


@pytest.mark.parametrize("screen", ["1024x768", "1280x1024", "1366x768", "1600x900", "1920x1080", "3840x2160"])
def test_80x24_cells_fill_the_screen(screen: str) -> None:
    """The largest size whose 80x24 cells (and foot's padding) fit; one pixel more would not fit."""
    width, height = map(int, screen.split("x"))
    size = int(foot_font("--size", screen))

    def fits(pixels: int) -> bool:
        cell_w, cell_h = -(-pixels * 1233 // 2048), -(-pixels * 2384 // 2048) + 1
        return 80 * cell_w + 24 <= width and 24 * cell_h + 24 <= height

    assert fits(size) and not fits(size + 1)
    # Honest about the rounding: even foot's own (unrounded) cells fit.
    assert 80 * size * CELL_WIDTH_EM <= width and 24 * size * CELL_HEIGHT_EM <= height


def test_the_font_follows_the_connected_screen_or_the_setting(tmp_path: Path) -> None:
    drm = tmp_path / "drm"
    for name, status, modes in (
        ("card0-HDMI-A-1", "disconnected", ""),
        ("card0-DP-1", "connected", "1366x768\n1024x768\n"),
    ):
        (drm / name).mkdir(parents=True)
        (drm / name / "status").write_text(status + "\n")
        (drm / name / "modes").write_text(modes)
    fake_foot = tmp_path / "foot"
    fake_foot.write_text('#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n')
    fake_foot.chmod(0o755)
    said = foot_font(str(fake_foot), "--config=/etc/kiosk/foot.ini", "kiosk", "run", env={"KIOSK_DRM_DIR": str(drm)})
    expected = foot_font("--size", "1366x768")
    assert said.splitlines() == [
        f"--override=main.font=DejaVu Sans Mono:pixelsize={expected}",
        "--config=/etc/kiosk/foot.ini",
        "kiosk",
        "run",
    ]
    by_hand = foot_font(str(fake_foot), "run", env={"KIOSK_DRM_DIR": str(drm), "KIOSK_FONT_PIXELS": "30"})
    assert by_hand.splitlines()[0] == "--override=main.font=DejaVu Sans Mono:pixelsize=30"
    no_screen = foot_font(str(fake_foot), "run", env={"KIOSK_DRM_DIR": str(tmp_path / "none")})
    assert no_screen.splitlines() == ["run"]  # foot.ini's own size


@pytest.mark.skipif(shutil.which("foot") is None, reason="foot is not installed")
def test_foot_accepts_the_font_override() -> None:
    size = foot_font("--size", "1920x1080")
    result = subprocess.run(
        ["foot", "--check-config", f"--config={FOOT_INI}", f"--override=main.font=DejaVu Sans Mono:pixelsize={size}"],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_kiosk_service_starts_foot_through_the_font_script() -> None:
    exec_start = (last(read_unit("kiosk.service"), "Service", "ExecStart") or "").split()
    assert exec_start[exec_start.index("--") + 1 : exec_start.index("--") + 3] == [
        "/usr/local/lib/kiosk/foot-font.sh",
        "/usr/bin/foot",
    ]
    assert "/usr/local/lib/kiosk/foot-font.sh" in (DEPLOY / "install.sh").read_text(encoding="utf-8")
