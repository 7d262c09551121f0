"""Iterating over every item of a list operation, in each provider's paging style.

The generated `iterate`/`aiterate` of a list operation (written from its
`x-corridor-pagination` in the spec) call these: `fetch(page)` gets one page, `items(answer)`
reads its items and `next_page(answer, page, items)` says which page comes next, or None when
there is no more.
The styles:

- `next_at(path)`: the answer names the next page (SettleGo's `pagination.nextPage`, 0 at
  the end);
- `while_items`: the next page number until a page brings no items (Sentbe's `page`);
- `single`: one answer holds the whole list (sFOX, P100, SettleGo's reference data).

Whatever the style, a page that repeats the previous one or a page number seen before ends
the iteration, so a provider that ignores the page number cannot make a loop endless.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from attrs import evolve

AnswerT = TypeVar("AnswerT")
ItemT = TypeVar("ItemT")
BodyT = TypeVar("BodyT")

FIRST_PAGE = 1


class NextPage(Protocol):
    def __call__(self, answer: Any, page: int, items: Sequence[Any]) -> int | None: ...


def single(answer: Any, page: int, items: Sequence[Any]) -> int | None:
    """One answer holds every item."""
    return None


def while_items(answer: Any, page: int, items: Sequence[Any]) -> int | None:
    """Pages are numbered from 1; a page with no items is past the end."""
    return page + 1 if items else None


def next_at(path: Sequence[str]) -> NextPage:
    """The answer carries the next page number at `path`; 0, null or absent mean the end."""

    def next_page(answer: Any, page: int, items: Sequence[Any]) -> int | None:
        value: Any = answer
        for name in path:
            value = getattr(value, name, None)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            return None
        return value

    return next_page


def items_of(value: object, kind: type[ItemT]) -> list[ItemT]:
    """The items of an answer's list field: a list, one object where the docs allow one
    instead of a list (Sentbe), or nothing when the field is absent or null."""
    if isinstance(value, list):
        return [item for item in value if isinstance(item, kind)]
    if isinstance(value, kind):
        return [value]
    return []


def with_page(body: object, kind: type[BodyT], name: str, page: int) -> BodyT:
    """The request body for page `page`: the caller's body (or an empty one) with its page set."""
    if isinstance(body, kind):
        updated: BodyT = evolve(body, **{name: page})  # type: ignore[misc]
        return updated
    return kind(**{name: page})


class _Cursor(Generic[AnswerT, ItemT]):
    """Where an iteration stands: the one paging logic that both loops below drive."""

    def __init__(
        self,
        items: Callable[[AnswerT], list[ItemT]],
        next_page: NextPage,
        first: int,
    ) -> None:
        self._items = items
        self._next_page = next_page
        self.page: int | None = first
        self._seen: set[int] = set()
        self._previous: list[ItemT] | None = None

    def take(self, answer: AnswerT) -> list[ItemT]:
        """The new items of the answer to page `self.page`, and move on to the next page."""
        assert self.page is not None
        batch = self._items(answer)
        if self._previous is not None and batch and batch == self._previous:
            self.page = None
            return []
        self._seen.add(self.page)
        self._previous = batch
        following = self._next_page(answer, self.page, batch)
        self.page = None if following is None or following in self._seen else following
        return batch


def iterate(
    fetch: Callable[[int], AnswerT],
    *,
    items: Callable[[AnswerT], list[ItemT]],
    next_page: NextPage,
    first: int = FIRST_PAGE,
) -> Iterator[ItemT]:
    """Every item of every page, fetching a page only when the previous one is used up."""
    cursor = _Cursor(items, next_page, first)
    while cursor.page is not None:
        yield from cursor.take(fetch(cursor.page))


async def aiterate(
    fetch: Callable[[int], Awaitable[AnswerT]],
    *,
    items: Callable[[AnswerT], list[ItemT]],
    next_page: NextPage,
    first: int = FIRST_PAGE,
) -> AsyncIterator[ItemT]:
    """`iterate` for async code."""
    cursor = _Cursor(items, next_page, first)
    while cursor.page is not None:
        for item in cursor.take(await fetch(cursor.page)):
            yield item
