"""Pages of a listing, for any provider: which items a page number and a page size pick.

Only the items up to the page's end are walked, given how many there are (an indexed store's
count): a page costs the page plus the offset walked to reach it, never the whole collection.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def page(items: Iterable[T], number: int, size: int, total: int) -> list[T]:
    """The items of page `number` (the first is 1), `size` to a page, of `total` items in
    all; empty past the last page."""
    start = (number - 1) * size
    if start >= total:
        return []
    return list(itertools.islice(items, start, start + size))


def page_count(total: int, size: int) -> int:
    """How many pages of `size` items hold `total` items."""
    return (total + size - 1) // size
