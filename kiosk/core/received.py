"""Reading the bundles other centres published, as Syncthing delivers them.

Syncthing puts each other centre's bundle into ``centres/<folder>/`` (a receive-only folder). A file
may be new while another is still the old one, or a file may be damaged: a bundle is *complete* only
when its manifest is readable, names exactly the bundle's files, and every file has the SHA-256 it
gives. A complete bundle is copied aside into ``received/<folder>/`` (a whole new folder swapped in,
so a crash never leaves half a copy), and every screen reads that copy: the last complete bundle of
each centre, shown until a newer one is whole. Nothing here raises on bad input; a bundle that cannot
be read is reported with the reason, in plain words, and otherwise ignored.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.core.bundle import (
    CONTENT_FILES,
    FORMAT_VERSION,
    MANIFEST,
    OUTBOX,
    ForwardedIdea,
    PublicIdea,
    digest,
)
from kiosk.core.files import private_dir, write_atomic
from kiosk.core.i18n import N_, gettext
from kiosk.core.model import Action, Meeting, Record, Table, Workshop
from kiosk.core.settings import CENTRE_CODE
from kiosk.core.store import Store

CENTRES = "centres"
"""Where Syncthing puts the other centres' bundles, one receive-only folder each, inside the data folder."""
KEPT = "received"
"""Where the last complete bundle of each centre is kept, inside the data folder."""
ARRIVED = "arrived.json"
"""In a kept copy: when it was taken (not part of the bundle)."""
BUNDLE_FILES = frozenset({*CONTENT_FILES, OUTBOX})
"""The files a manifest must name, no more and no fewer."""
_FOLDER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,80}")


class BundleProblem(Exception):
    """Why a bundle is not (yet) complete: a message id and its values."""

    def __init__(self, message: str, **values: Any) -> None:
        super().__init__(message)
        self.message, self.values = message, values

    def translated(self) -> str:
        """The reason in the current language."""
        return gettext(self.message).format(**self.values)


@dataclass(frozen=True)
class CentreBundle:
    """One centre's complete bundle, as read from the files."""

    code: str
    name: str
    sequence: int
    written: datetime | None
    tables: tuple[Table, ...]
    meetings: tuple[Meeting, ...]
    actions: tuple[Action, ...]
    workshops: tuple[Workshop, ...]
    ideas: tuple[PublicIdea, ...]
    outbox: tuple[ForwardedIdea, ...]

    def table(self, table_id: str) -> Table | None:
        """One of the centre's tables by id."""
        return next((t for t in self.tables if t.id == table_id), None)

    def idea(self, idea_id: str) -> PublicIdea | None:
        """One of the centre's ideas by id (for an idea accepted from elsewhere, the id it came with)."""
        return next((i for i in self.ideas if i.id == idea_id), None)


@dataclass(frozen=True)
class CentreState:
    """What this kiosk knows of one other centre: its last complete bundle and how the arriving one is."""

    folder: str
    bundle: CentreBundle | None
    """The last complete bundle, or None if none has arrived whole yet."""
    arrived: datetime | None
    """When that bundle was found complete here."""
    problem: str = ""
    """Why what Syncthing delivered is not complete (translated), or "" if it is the bundle shown."""

    @property
    def incomplete(self) -> bool:
        """Whether the bundle in the received folder is still arriving or damaged."""
        return bool(self.problem)

    @property
    def label(self) -> str:
        """The centre's name and code, or the folder's name when nothing arrived yet."""
        return f"{self.bundle.name} ({self.bundle.code})" if self.bundle else self.folder


def _records(cls: type[Record], content: bytes) -> tuple[Any, ...]:
    data = json.loads(content)
    if not isinstance(data, list):
        raise ValueError("not a list")
    return tuple(cls.from_dict(item) for item in data)


def read_files(folder: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and the bytes of every file it names, checked against their hashes."""
    try:
        manifest = json.loads((folder / MANIFEST).read_bytes())
    except FileNotFoundError:
        raise BundleProblem(N_("Nothing has arrived yet.")) from None
    except (OSError, ValueError):
        raise BundleProblem(N_("The list of files (manifest) is damaged or still arriving.")) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
        raise BundleProblem(N_("The bundle was written by another version of the kiosk."))
    hashes = manifest.get("files")
    if not isinstance(hashes, dict) or set(hashes) != BUNDLE_FILES:
        raise BundleProblem(N_("The list of files (manifest) is damaged or still arriving."))
    files: dict[str, bytes] = {}
    for name, expected in sorted(hashes.items()):
        try:
            content = (folder / name).read_bytes()
        except OSError:
            raise BundleProblem(N_("The file {file} has not arrived yet."), file=name) from None
        if digest(content) != expected:
            raise BundleProblem(N_("The file {file} is still arriving or damaged."), file=name)
        files[name] = content
    return manifest, files


def parse_bundle(manifest: dict[str, Any], files: dict[str, bytes]) -> CentreBundle:
    """The bundle's records, each checked against its model."""
    try:
        centre = json.loads(files["centre.json"])
        code, name = str(centre["code"]), str(centre["name"])
        if not CENTRE_CODE.fullmatch(code) or code != manifest.get("centre"):
            raise ValueError("bad centre code")
        written = manifest.get("written")
        return CentreBundle(
            code=code,
            name=name,
            sequence=int(manifest.get("sequence") or 0),
            written=datetime.fromisoformat(written) if isinstance(written, str) else None,
            tables=_records(Table, files["tables.json"]),
            meetings=_records(Meeting, files["meetings.json"]),
            actions=_records(Action, files["actions.json"]),
            workshops=_records(Workshop, files["workshops.json"]),
            ideas=_records(PublicIdea, files["ideas.json"]),
            outbox=_records(ForwardedIdea, files[OUTBOX]),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        raise BundleProblem(N_("The bundle's files do not hold what a bundle holds.")) from None


def load_bundle(folder: Path) -> CentreBundle:
    """A complete bundle from a folder; ``BundleProblem`` saying why not."""
    return parse_bundle(*read_files(folder))


def _keep(store: Store, name: str, manifest: dict[str, Any], files: dict[str, bytes]) -> None:
    """Copy a complete bundle aside: into a new folder, swapped in for the old copy."""
    root = private_dir(store.path / KEPT)
    durable = store.folder.durable
    new, old, kept = root / f".{name}.new", root / f".{name}.old", root / name
    shutil.rmtree(new, ignore_errors=True)
    for file, content in files.items():
        write_atomic(new / file, content, durable=durable)
    write_atomic(new / MANIFEST, json.dumps(manifest).encode(), durable=durable)
    write_atomic(new / ARRIVED, json.dumps({"at": store.now().isoformat()}).encode(), durable=durable)
    shutil.rmtree(old, ignore_errors=True)
    if kept.exists():
        kept.rename(old)
    new.rename(kept)
    shutil.rmtree(old, ignore_errors=True)


def _kept_bundle(store: Store, name: str) -> tuple[CentreBundle | None, datetime | None]:
    """The kept copy (or the one a crash left mid-swap), and when it arrived."""
    root = store.path / KEPT
    for folder in (root / name, root / f".{name}.old"):
        try:
            bundle = load_bundle(folder)
        except BundleProblem:
            continue
        try:
            arrived = datetime.fromisoformat(json.loads((folder / ARRIVED).read_bytes())["at"])
        except (OSError, ValueError, KeyError, TypeError):
            arrived = None
        return bundle, arrived
    return None, None


def centre_state(store: Store, name: str) -> CentreState:
    """Check what arrived for one centre, keep it if it is complete and new, and give the last complete bundle."""
    problem = ""
    try:
        manifest, files = read_files(store.path / CENTRES / name)
        parse_bundle(manifest, files)
    except BundleProblem as error:
        problem = error.translated()
    except Exception:  # never let a strange file stop the kiosk
        problem = gettext(N_("The bundle's files do not hold what a bundle holds."))
    else:
        kept_manifest = _read_json(store.path / KEPT / name / MANIFEST)
        if kept_manifest != manifest:
            try:
                with store.folder.locked():
                    _keep(store, name, manifest, files)
            except Exception as error:
                problem = str(error)
    bundle, arrived = _kept_bundle(store, name)
    return CentreState(folder=name, bundle=bundle, arrived=arrived, problem=problem)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None


def _folder_names(root: Path) -> set[str]:
    try:
        return {p.name for p in root.iterdir() if p.is_dir() and _FOLDER_NAME.fullmatch(p.name)}
    except OSError:
        return set()


def has_other_centres(store: Store) -> bool:
    """Whether other centres' bundles reach this kiosk (cheap: folders are listed, no file is read)."""
    return bool(_folder_names(store.path / KEPT) or _folder_names(store.path / CENTRES))


def centre_states(store: Store) -> list[CentreState]:
    """Every other centre this kiosk receives from (or kept a bundle of), by name."""
    names = _folder_names(store.path / CENTRES) | _folder_names(store.path / KEPT)
    states = [centre_state(store, name) for name in names]
    return sorted(states, key=lambda s: s.label.casefold())


def bundles(store: Store) -> list[CentreBundle]:
    """The last complete bundle of every other centre, by centre name (the own centre's never)."""
    own = store.settings().centre_code
    return [s.bundle for s in centre_states(store) if s.bundle is not None and s.bundle.code != own]
