"""Splitting a list into pages, so that each screen shows only a few items (no Textual here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

ITEMS_PER_PAGE = {
    "themes": (5, 2),
    "upcoming": (2, 1),
    "results": (2, 1),
}
"""Items per page on each list screen: (everyday, large text)."""


def items_per_page(kind: str, large: bool) -> int:
    """How many items a list screen shows at once in the current text size."""
    everyday, large_count = ITEMS_PER_PAGE[kind]
    return large_count if large else everyday


def page_count(total: int, per_page: int) -> int:
    """How many pages ``total`` items fill (at least one, even when empty)."""
    if per_page < 1:
        raise ValueError("per_page must be positive")
    return max(1, -(-total // per_page))


def clamp_page(page: int, total: int, per_page: int) -> int:
    """The page number kept within the first and the last page."""
    return min(max(page, 0), page_count(total, per_page) - 1)


def page_items(items: Sequence[T], page: int, per_page: int) -> list[T]:
    """The items on page ``page`` (counting from 0)."""
    page = clamp_page(page, len(items), per_page)
    start = page * per_page
    return list(items[start : start + per_page])


def page_of_item(index: int, per_page: int) -> int:
    """The page the item at ``index`` is on."""
    return index // per_page
