"""Where simulator state lives: one small interface, in memory by default.

Handlers keep every business object in a named collection of JSON-like records. Keeping the
interface this small means a persistent or shared store (sqlite, redis) is one class away.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

Record = dict[str, Any]


class Store(Protocol):
    def get(self, collection: str, key: str) -> Record | None: ...

    def put(self, collection: str, key: str, record: Record) -> None: ...

    def delete(self, collection: str, key: str) -> None: ...

    def values(self, collection: str) -> Iterator[Record]: ...


class MemoryStore:
    """A store of dicts; insertion order is kept, so lists come back oldest first."""

    def __init__(self) -> None:
        self._collections: dict[str, dict[str, Record]] = {}

    def get(self, collection: str, key: str) -> Record | None:
        return self._collections.get(collection, {}).get(key)

    def put(self, collection: str, key: str, record: Record) -> None:
        self._collections.setdefault(collection, {})[key] = record

    def delete(self, collection: str, key: str) -> None:
        self._collections.get(collection, {}).pop(key, None)

    def values(self, collection: str) -> Iterator[Record]:
        return iter(list(self._collections.get(collection, {}).values()))
