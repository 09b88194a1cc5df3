"""Non-UI helpers of the resident screens: paging, the idea draft, references, core labels, layering."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kiosk.core import meeting_order, model, public
from kiosk.core.ideas import OTHER_THEME
from kiosk.core.model import IDEA_MAX_CHARS
from screens.idea_draft import EMPTY_IDEA, LONG_IDEA, IdeaDraft
from screens.labels import RESIDENT_LABELS
from screens.paging import ITEMS_PER_PAGE, clamp_page, items_per_page, page_count, page_items, page_of_item

SCREENS = Path(__file__).resolve().parents[2] / "screens"


def test_pages():
    items = list(range(7))
    assert page_count(7, 3) == 3 and page_count(0, 3) == 1 and page_count(6, 3) == 2
    assert page_items(items, 0, 3) == [0, 1, 2]
    assert page_items(items, 2, 3) == [6]
    assert page_items(items, 9, 3) == [6]  # past the end: the last page
    assert page_items(items, -1, 3) == [0, 1, 2]
    assert clamp_page(5, 7, 3) == 2
    assert page_of_item(4, 3) == 1
    with pytest.raises(ValueError):
        page_count(3, 0)


@pytest.mark.parametrize("kind", list(ITEMS_PER_PAGE))
def test_large_text_shows_fewer_items(kind):
    assert 1 <= items_per_page(kind, True) < items_per_page(kind, False) <= 9


def test_draft_text_problems():
    assert IdeaDraft().text_problem() == (EMPTY_IDEA, {})
    assert IdeaDraft(text="  \n\t ").text_problem() == (EMPTY_IDEA, {})
    assert IdeaDraft(text="x" * IDEA_MAX_CHARS).text_problem() is None
    assert IdeaDraft(text="x" * (IDEA_MAX_CHARS + 1)).text_problem() == (
        LONG_IDEA,
        {"length": IDEA_MAX_CHARS + 1, "limit": IDEA_MAX_CHARS},
    )
    # control codes do not count: the stored text is the cleaned one
    assert IdeaDraft(text="\x1b]52;c;ZXZpbA==\x07").text_problem() == (EMPTY_IDEA, {})


def test_draft_contact_and_theme():
    assert not IdeaDraft(text="").has_content
    assert IdeaDraft(name="Aino").has_contact and IdeaDraft(name="Aino").has_content
    assert IdeaDraft(theme=OTHER_THEME).is_other_theme


def test_reference_digits():
    from screens.idea_thanks import reference_digits

    assert reference_digits("ID-0042") == ("ID-", "0042")
    assert reference_digits("ID-12345") == ("ID-", "12345")


def test_resident_catalog_carries_every_core_label_the_screens_show():
    shown = {
        *model.IDEA_STATE_LABELS.values(),
        *model.SECTOR_LABELS.values(),
        *model.TABLE_KIND_LABELS.values(),
        *model.ACTION_STATUS_LABELS.values(),
        *meeting_order.AUTOMATIC_TITLES.values(),
        public.MOVED_NOTICE,
        public.CANCELLED_NOTICE,
    }
    assert shown == set(RESIDENT_LABELS)


def _imports(path: Path) -> set[str]:
    """Every module a source file imports."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


RESIDENT_FILES = sorted(p for p in SCREENS.glob("*.py"))


@pytest.mark.parametrize("path", RESIDENT_FILES, ids=lambda p: p.name)
def test_resident_screens_use_services_not_files_nor_the_shell(path):
    imported = _imports(path)
    forbidden = {"kiosk.app", "kiosk.core.storage", "tinydb", "kiosk.cli", "sqlite3"}
    assert not imported & forbidden
    calls = [
        node.func.id
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    ]
    assert "open" not in calls


@pytest.mark.parametrize("path", RESIDENT_FILES, ids=lambda p: p.name)
def test_resident_modules_stay_small(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) < 400


def test_non_ui_helpers_do_not_import_textual():
    for name in ("contrast.py", "paging.py", "idea_draft.py", "labels.py"):
        assert not any(m.startswith("textual") for m in _imports(SCREENS / name)), name


def _resident_screens_by_styles() -> dict[str, set[str]]:
    """Each styles file of the resident screens, with the names of the screens that bring it (``CSS_PATH``)."""
    import importlib
    import inspect

    from textual.screen import Screen

    found: dict[str, set[str]] = {}
    for path in sorted(SCREENS.glob("*.py")):
        module = importlib.import_module(f"screens.{path.stem}")
        for cls in vars(module).values():
            if inspect.isclass(cls) and issubclass(cls, Screen) and cls.__module__ == module.__name__:
                paths = cls.CSS_PATH if isinstance(cls.CSS_PATH, list) else [cls.CSS_PATH] if cls.CSS_PATH else []
                for css in paths:
                    found.setdefault(Path(css).name, set()).add(cls.__name__)
    return found


def test_the_app_reads_every_resident_screens_styles_and_each_rule_names_its_screen():
    """All of them are in force at once (the app reads them before its first frame), so a rule that does not
    name its screen would style another screen's widgets with the same id or class."""
    import re

    from kiosk.app import KioskApp
    from screens import RESIDENT_CSS

    screens_by_file = _resident_screens_by_styles()
    assert set(screens_by_file) == {path.name for path in RESIDENT_CSS}
    assert {Path(path).name for path in KioskApp.CSS_PATH} >= set(screens_by_file)
    for name, screens in screens_by_file.items():
        text = re.sub(r"/\*.*?\*/", "", (SCREENS / name).read_text(encoding="utf-8"), flags=re.S)
        heads = re.findall(r"([^{}]+)\{", text)
        assert heads, name
        for head in heads:
            for selector in head.split(","):
                named = set(re.findall(r"[A-Z]\w*", selector)) & screens
                assert named and selector.split()[0].lstrip(".-") in {"large", *named}, (name, selector.strip())
