"""What a provider simulator supplies to the engine: its handlers, its auth and its error shape."""

from __future__ import annotations

import random
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from starlette.routing import BaseRoute

from corridor.simulator.clock import Clock
from corridor.simulator.store import MemoryStore, Store
from corridor.simulator.validation import Problem


@dataclass(frozen=True)
class SimRequest:
    """A request that passed validation, with its inputs converted to their spec types."""

    operation_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    principal: Any  # whatever the provider's `authenticate` returned for the caller


@dataclass(frozen=True)
class SimResponse:
    status: int = 200
    body: Any = None  # JSON-like; Decimal and datetime values are encoded by the engine
    headers: dict[str, str] = field(default_factory=dict)


class ApiError(Exception):
    """Raised by a handler to refuse a request; the engine renders the provider's error shape."""

    def __init__(self, status: int, message: str, field: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field


class ProviderRules:
    """Base class for a provider's business rules.

    Subclasses set `spec_name`, implement one method per spec operation (named after its
    operationId in snake_case), `authenticate` and `error_body`. State goes in `self.store`;
    time comes from `self.clock`; randomness from `self.random`, seeded for reproducible runs.
    """

    spec_name: ClassVar[str]
    anonymous: ClassVar[object] = "anonymous"  # principal of operations without security

    def __init__(
        self, *, clock: Clock | None = None, store: Store | None = None, seed: int = 0
    ) -> None:
        self.clock = clock or Clock()
        self.store: Store = store or MemoryStore()
        self.random = random.Random(seed)

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def before_request(self) -> None:
        """Bring time-driven state up to date (expired quotes, advancing statuses)."""

    def authenticate(self, scheme: str, credential: str) -> object | None:
        """The caller identified by `credential` under security scheme `scheme`, or None."""
        raise NotImplementedError

    def error_body(self, status: int, message: str, problems: Sequence[Problem]) -> Any:
        """The provider's documented error body for a refused request."""
        raise NotImplementedError

    def control_routes(self, prefix: str) -> list[BaseRoute]:
        """Test-only endpoints under `prefix`, outside the provider's own paths."""
        return []

    def pending_work(self) -> Callable[[], Awaitable[None]] | None:
        """Work to run after the answer is sent (webhook deliveries), if any is due."""
        return None
