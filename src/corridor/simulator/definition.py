"""What a provider's simulator package gives the engine, and what the engine gives it.

A provider package (`corridor.simulator.<provider>`) exposes one `SimulatorDefinition`. The
engine builds the shared services (clock, scheduler, seeded ids, outbox), calls `build` with
them, and gets back the provider's parts: its dialect, one handler per operationId, and the
hooks the control API calls. How verification and the fixtures reach the provider (sign-in,
seeding, ...) is its harness, in `corridor.providers.<provider>`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.delivery import Outbox, RetrySchedule, WebhookWire
from corridor.simulator.dialect import Answer, Call, Dialect
from corridor.simulator.faults import FaultPlan, RateLimiter

Handler = Callable[[Call], Answer]
Domain = TypeVar("Domain")


class Ids:
    """Seeded, reproducible ids for objects. Never for credentials: those come from `secrets`."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))


@dataclass(frozen=True)
class Services:
    clock: Clock
    scheduler: Scheduler
    ids: Ids
    outbox: Outbox | None  # None when the provider sends no webhooks

    def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        if self.outbox is not None:
            self.outbox.emit(event_type, payload)


class ProviderSimulator(Protocol):
    """The parts of one provider's simulator, bound to its domain state."""

    @property
    def dialect(self) -> Dialect: ...

    @property
    def handlers(self) -> Mapping[str, Handler]: ...

    def credit(
        self, currency: str, amount: Decimal, owner: str | None, sender: str | None
    ) -> dict[str, Any]:
        """Money arrives from outside (the control API's deposits); the JSON of the deposit.
        Raises DomainError for an unknown owner or currency, or an amount it cannot take."""

    def broken_invariants(self) -> list[str]:
        """Properties the books must keep whatever calls were made; empty when all hold."""


@dataclass(frozen=True)
class WorldState:
    """The parts of a simulator that hold a world's state (what `snapshot.py` saves): a
    simulator is made around them again with `Simulator(definition, state=...)`."""

    provider: ProviderSimulator
    services: Services
    faults: FaultPlan
    rate_limiter: RateLimiter | None


@dataclass(frozen=True)
class ControlAction:
    """Something only a test can make happen at a provider (a person verifies their account,
    compliance holds a payment): `POST /_simulator/actions/<name>` with a JSON object."""

    description: str
    run: Callable[[Mapping[str, Any]], dict[str, Any]]  # raises DomainError to refuse


@runtime_checkable
class HasControlActions(Protocol):
    """A provider simulator that offers control actions beyond the generic control API."""

    def control_actions(self) -> Mapping[str, ControlAction]: ...


@dataclass(frozen=True)
class Webhooks:
    wire: Callable[..., WebhookWire]  # built with the simulator's options (e.g. signing_key)
    schedule: RetrySchedule


@runtime_checkable
class HasInbox(Protocol):
    """A provider that sends end users codes (by email, SMS...): the control API shows them."""

    def inbox(self, recipient: str | None) -> list[dict[str, Any]]:
        """The messages "sent", oldest first, to `recipient` or to everyone."""


@dataclass(frozen=True)
class SimulatorDefinition:
    spec: str | Mapping[str, Any]  # the spec's name in specs/, or the spec itself
    build: Callable[..., ProviderSimulator]  # build(services, **options)
    webhooks: Webhooks | None = None


class HandlerSet(Generic[Domain]):
    """A provider's handlers by operationId, written as functions of (domain, call)."""

    def __init__(self) -> None:
        self._functions: dict[str, Callable[[Domain, Call], Answer]] = {}

    def operation(
        self, operation_id: str
    ) -> Callable[[Callable[[Domain, Call], Answer]], Callable[[Domain, Call], Answer]]:
        def register(
            function: Callable[[Domain, Call], Answer],
        ) -> Callable[[Domain, Call], Answer]:
            if operation_id in self._functions:
                raise ValueError(f"{operation_id} has two handlers")
            self._functions[operation_id] = function
            return function

        return register

    def bind(self, domain: Domain) -> dict[str, Handler]:
        return {
            operation_id: BoundHandler(function, domain)
            for operation_id, function in self._functions.items()
        }


class BoundHandler(Generic[Domain]):
    """One handler function bound to the domain it serves: a class rather than a closure, so a
    world's handlers pickle with its state (the function by its module path)."""

    __slots__ = ("domain", "function")

    def __init__(self, function: Callable[[Domain, Call], Answer], domain: Domain) -> None:
        self.function = function
        self.domain = domain

    def __call__(self, call: Call) -> Answer:
        return self.function(self.domain, call)
