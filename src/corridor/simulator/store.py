"""Where simulator state lives: typed collections, in memory, indexed so cost follows the page.

`Records` holds the objects of one kind. A get by id, a create and a lookup by external id cost
the same however many objects exist; a list of one owner's objects costs the page it returns
(plus the offset walked to reach it), and a filtered list costs the owners' objects, never the
whole collection.
"""

from __future__ import annotations

import heapq
import operator
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar


class Identified(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=Identified)


class ExternalIdTaken(Exception):
    """Raised by `Records.add` when the owner already used the external id for this kind."""

    def __init__(self, external_id: str) -> None:
        super().__init__(external_id)
        self.external_id = external_id


class Numbers:
    """Consecutive numbers from `start`, for objects numbered rather than given a uuid: what
    `itertools.count` does, in a form every Python version pickles with a world's state."""

    __slots__ = ("_next",)

    def __init__(self, start: int = 1) -> None:
        self._next = start

    def __iter__(self) -> Iterator[int]:
        return self

    def __next__(self) -> int:
        number = self._next
        self._next += 1
        return number


class OwnedBy:
    """Who owns an object, read off its attributes (dotted paths reach into a part), plus owners
    that hold every object of the kind (`always`). An attribute that is None names no owner.

    A class rather than a lambda: a world's state, owner functions included, is pickled."""

    __slots__ = ("_always", "_attributes", "_getters")

    def __init__(self, *attributes: str, always: Iterable[str] = ()) -> None:
        self._attributes = attributes
        self._always = tuple(always)
        self._getters = tuple(operator.attrgetter(name) for name in attributes)

    def __call__(self, item: Any) -> list[str]:
        owners = list(self._always)
        for get in self._getters:
            owner = get(item)
            if owner is not None:
                owners.append(owner)
        return owners

    def __repr__(self) -> str:
        return f"OwnedBy({', '.join(map(repr, self._attributes))}, always={self._always!r})"


class Records(Generic[T]):
    """Objects by id, per owner in creation order, and by (owner, external id)."""

    def __init__(self, owners: Callable[[T], Iterable[str]]) -> None:
        self._owners = owners
        self._by_id: dict[str, tuple[int, T]] = {}
        self._by_owner: dict[str, dict[str, tuple[int, T]]] = {}
        self._external: dict[tuple[str, str], str] = {}  # (owner, external id) -> object id
        # object id -> its external ids; a tuple, as an object rarely has more than one
        self._claims: dict[str, tuple[tuple[str, str], ...]] = {}
        self._added = 0  # how many were ever added: an object's place in creation order

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[T]:
        return (entry[1] for entry in self._by_id.values())

    def get(self, object_id: str) -> T | None:
        entry = self._by_id.get(object_id)
        return None if entry is None else entry[1]

    def owned(self, owner: str, object_id: str) -> T | None:
        """The object if `owner` is one of its owners; another owner's objects stay hidden."""
        entry = self._by_owner.get(owner, {}).get(object_id)
        return None if entry is None else entry[1]

    def external_id_free(self, owner: str, external_id: str | None) -> bool:
        return external_id is None or (owner, external_id) not in self._external

    def add(self, item: T, owner: str | None = None, external_id: str | None = None) -> T:
        """Store `item`, claiming `external_id` for `owner`; refused (before anything is
        stored) if the owner already used it for this kind."""
        if owner is not None and not self.external_id_free(owner, external_id):
            raise ExternalIdTaken(str(external_id))
        self._added += 1
        entry = (self._added, item)
        self._by_id[item.id] = entry
        for holder in set(self._owners(item)):
            self._by_owner.setdefault(holder, {})[item.id] = entry
        if owner is not None:
            self.claim_external_id(owner, external_id, item)
        return item

    def remove(self, item: T) -> None:
        self._by_id.pop(item.id, None)
        for holder in set(self._owners(item)):
            self._by_owner.get(holder, {}).pop(item.id, None)
        for key in self._claims.pop(item.id, ()):
            self._external.pop(key, None)

    def claim_external_id(self, owner: str, external_id: str | None, item: T) -> None:
        if external_id is None:
            return
        if not self.external_id_free(owner, external_id):
            raise ExternalIdTaken(external_id)
        key = (owner, external_id)
        self._external[key] = item.id
        self._claims[item.id] = (*self._claims.get(item.id, ()), key)

    def release_external_id(self, owner: str, external_id: str | None, item: T) -> None:
        if external_id is None:
            return
        key = (owner, external_id)
        if self._external.get(key) == item.id:
            del self._external[key]
            self._claims[item.id] = tuple(c for c in self._claims.get(item.id, ()) if c != key)

    def by_external_id(self, owner: str, external_id: str) -> T | None:
        object_id = self._external.get((owner, external_id))
        return None if object_id is None else self.get(object_id)

    def of(self, owners: Collection[str]) -> Iterator[T]:
        """The owners' objects, oldest first, each once."""
        streams = [iter(self._by_owner.get(owner, {}).values()) for owner in owners]
        if len(streams) == 1:
            yield from (item for _, item in streams[0])
            return
        last = -1
        for order, item in heapq.merge(*streams, key=lambda entry: entry[0]):
            if order != last:
                last = order
                yield item

    def count(self, owners: Collection[str]) -> int:
        """How many objects the owners hold (exact when each object has one owner)."""
        return sum(len(self._by_owner.get(owner, {})) for owner in owners)
