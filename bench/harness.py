"""What every benchmark shares: generated histories, paired runs, ratios with their spread, the machine.

Benchmarks compare against a baseline on the same machine in the same minutes,
alternating the two (A B A B …) so that a noisy neighbour slows both alike. Each
pair gives one ratio (ours / baseline); a figure is the median of those ratios,
with their interquartile range and the number of pairs. Absolute times are
printed for orientation only.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
"""This folder."""
ROOT = BENCH.parent
"""The repository."""
OUT = BENCH / "out"
"""Generated histories and scratch copies (ignored by git)."""
NOW_ISO = "2026-11-27T10:00:00+02:00"
"""The moment the generated histories lead up to (they end with that day's backup taken)."""
BACKUP_DUE_ISO = "2026-11-28T10:00:00+02:00"
"""The next morning: a kiosk started on this clock finds the day's backup due and takes it."""

_GENERATOR_SOURCES = ("make_history.py", "history_build.py", "history_lifecycle.py", "history_phrases.py")
_FORMAT_SOURCES = ("kiosk/core/model.py", "kiosk/core/storage.py", "kiosk/core/store.py", "kiosk/core/ideas.py")


@dataclass
class Result:
    """One benchmark figure: ours against the baseline, and whether the target holds.

    With ``pairs`` the ratio is the median of the paired ratios and ``ratio_q1``..``ratio_q3``
    their interquartile range; without (older scripts), the ratio of the two medians.
    """

    bench: str
    case: str
    ours: float
    baseline: float
    unit: str
    target: str
    met: bool
    paired_ratio: float | None = None
    ratio_q1: float | None = None
    ratio_q3: float | None = None
    pairs: int = 0

    @property
    def ratio(self) -> float:
        """The median of the paired ratios, or ours divided by the baseline."""
        if self.paired_ratio is not None:
            return self.paired_ratio
        return self.ours / self.baseline if self.baseline else float("inf")

    def spread(self) -> str:
        """The ratios' interquartile range and the number of pairs, e.g. ``1.02-1.19 (n=15)``."""
        if self.paired_ratio is None:
            return "unpaired"
        return f"{self.ratio_q1:.3g}-{self.ratio_q3:.3g} (n={self.pairs})"


@dataclass
class Paired:
    """Samples of ours and the baseline taken in pairs, and the ratio of each pair."""

    ours: list[float]
    baseline: list[float]

    @property
    def ratios(self) -> list[float]:
        """Ours / baseline, pair by pair."""
        return [a / b for a, b in zip(self.ours, self.baseline, strict=True)]

    @property
    def ratio(self) -> float:
        """The median of the paired ratios."""
        return statistics.median(self.ratios)

    def quartiles(self) -> tuple[float, float]:
        """The first and third quartile of the paired ratios."""
        ratios = self.ratios
        if len(ratios) < 2:
            return ratios[0], ratios[0]
        q1, _, q3 = statistics.quantiles(ratios, n=4, method="inclusive")
        return q1, q3

    def result(self, bench: str, case: str, unit: str, target: float, scale: float = 1.0) -> Result:
        """The figure, met when the median ratio is at most ``target``; ``scale`` converts the medians."""
        q1, q3 = self.quartiles()
        return Result(
            bench,
            case,
            statistics.median(self.ours) * scale,
            statistics.median(self.baseline) * scale,
            unit,
            f"<= {target:g}x",
            self.ratio <= target,
            self.ratio,
            q1,
            q3,
            len(self.ours),
        )


def pair_up(
    ours: Callable[[], dict[str, float]], baseline: Callable[[], dict[str, float]], pairs: int, warmup: int = 1
) -> list[tuple[dict[str, float], dict[str, float]]]:
    """Run ours, then the baseline, ``pairs`` times after ``warmup`` untimed pairs.

    Each run returns its named figures (one run may measure several things, e.g. every screen
    switch of one kiosk process); the list holds one (ours, baseline) per timed pair.
    """
    runs = []
    for turn in range(warmup + pairs):
        mine = ours()
        theirs = baseline()
        if turn >= warmup:
            runs.append((mine, theirs))
    return runs


def paired(runs: Sequence[tuple[dict[str, float], dict[str, float]]], ours: str, baseline: str) -> Paired:
    """One figure of ``pair_up``'s runs: ours named ``ours`` against the baseline's ``baseline``."""
    return Paired([mine[ours] for mine, _ in runs], [theirs[baseline] for _, theirs in runs])


def python_env() -> dict[str, str]:
    """The environment for a child Python: the repository importable, no stray data folder, bytecode cached.

    An installed kiosk runs from compiled bytecode (``pip install``, as ``deploy/update.sh`` runs it,
    writes it into the read-only venv). A shell with ``PYTHONDONTWRITEBYTECODE`` would make every
    measured start compile the kiosk's modules from source, a cost no centre's kiosk pays, so the
    children keep their bytecode under ``bench/out/pycache`` (the first, warm-up, run writes it),
    the baseline's too.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(BENCH), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("KIOSK_DATA", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    return env


def _fingerprint() -> str:
    digest = hashlib.sha1()
    for name in _GENERATOR_SOURCES:
        digest.update((BENCH / name).read_bytes())
    for name in _FORMAT_SOURCES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:10]


def ensure_history(profile: str, scale: float = 1.0) -> Path:
    """A generated history folder, made once and kept under ``bench/out`` until its code changes."""
    tag = f"{profile}-{scale:g}-{_fingerprint()}"
    target = OUT / "history" / tag
    if (target / ".complete").exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(f"{profile}-{scale:g}-*"):
        shutil.rmtree(stale, ignore_errors=True)
    print(f"generating the {profile} history (scale {scale:g}) into {target} …", file=sys.stderr)
    temp = target.with_name(f".{tag}.{os.getpid()}")
    shutil.rmtree(temp, ignore_errors=True)
    command = [
        sys.executable,
        str(BENCH / "make_history.py"),
        "--profile",
        profile,
        "--scale",
        str(scale),
        "--out",
        str(temp),
        "--now",
        NOW_ISO,
        "--quiet",
    ]
    subprocess.run(command, check=True, env=python_env())
    (temp / ".complete").write_text(datetime.now().isoformat())
    os.replace(temp, target)
    return target


def scratch_copy(source: Path) -> Path:
    """A private copy of a data folder (benchmarks write into it), under ``bench/out``."""
    OUT.mkdir(parents=True, exist_ok=True)
    parent = Path(tempfile.mkdtemp(prefix="scratch-", dir=OUT))
    target = parent / "data"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".lock", ".complete"))
    return target


def remove_scratch(path: Path) -> None:
    """Remove a scratch copy made by ``scratch_copy``."""
    shutil.rmtree(path.parent, ignore_errors=True)


def alternate(cases: Sequence[tuple[str, Callable[[], float]]], rounds: int, warmup: int = 1) -> dict[str, list[float]]:
    """Run the cases in turn (A B A B …), ``rounds`` times after ``warmup`` untimed turns; samples by case."""
    samples: dict[str, list[float]] = {name: [] for name, _ in cases}
    for turn in range(warmup + rounds):
        for name, run in cases:
            value = run()
            if turn >= warmup:
                samples[name].append(value)
    return samples


def median(values: Sequence[float]) -> float:
    """The median."""
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    """Low-high range of the samples, for judging the noise."""
    return f"{min(values):.4g}-{max(values):.4g}"


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain text table with a title."""
    cells = [[str(h) for h in headers]] + [[_cell(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    print(f"\n{title}")
    for index, row in enumerate(cells):
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))))
        if index == 0:
            print("  ".join("-" * w for w in widths))


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    return str(value)


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    from importlib.metadata import version

    return {
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "textual": version("textual"),
        "load": load,
    }


def report(results: Sequence[Result], json_path: str | None) -> int:
    """Print the results with the machine; write them as JSON if asked. Returns 0 if every target holds."""
    info = machine()
    print(
        f"\nmachine: {info['nproc']} cpus, {info['cpu']}, Python {info['python']}, "
        f"Textual {info['textual']}, load {info['load']}"
    )
    for result in results:
        verdict = "met" if result.met else "MISSED"
        print(
            f"  {result.bench} / {result.case}: ratio {result.ratio:.3g} [{result.spread()}] "
            f"(target {result.target}) {verdict}"
        )
    if json_path:
        Path(json_path).write_text(
            json.dumps(
                {"machine": info, "results": [asdict(r) | {"ratio": r.ratio, "spread": r.spread()} for r in results]},
                indent=2,
            )
        )
    return 0 if all(r.met for r in results) else 1


def common_arguments(parser, rounds: int) -> None:
    """``--rounds`` and ``--json`` for every benchmark script."""
    parser.add_argument("--rounds", type=int, default=rounds, help="timed runs of each case")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")


def command_line(doc: str, run: Callable[[int], Sequence[Result]], rounds: int) -> int:
    """The ``main()`` of every benchmark script: parse --rounds/--json, run, report."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    common_arguments(parser, rounds=rounds)
    args = parser.parse_args()
    return report(run(args.rounds), args.json)
