"""The Sentbe simulator: dialect, domain, handlers and status callbacks, assembled for the engine.

    from corridor.simulator import simulate
    simulator = simulate("sentbe", strict=True)
    simulator.provider.backend.main_partner      # partner "1", access_id "test_id", "test_pw"

docs/simulators/sentbe.md describes the wire, the control actions and every choice the docs
leave open.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from corridor.providers.sentbe.credentials import (
    DEFAULT_ACCESS_ID,
    DEFAULT_PARTNER_ID,
    DEFAULT_SECRET_KEY,
)
from corridor.simulator.definition import (
    ControlAction,
    Handler,
    Services,
    SimulatorDefinition,
    Webhooks,
)
from corridor.simulator.sentbe import render
from corridor.simulator.sentbe.actions import actions
from corridor.simulator.sentbe.dialect import SentbeDialect
from corridor.simulator.sentbe.domain.backend import Backend
from corridor.simulator.sentbe.events import RETRIES, CallbackNotifier, CallbackWire
from corridor.simulator.sentbe.handlers import handlers
from corridor.simulator.sentbe.invariants import broken_invariants


@dataclass
class SentbeSimulator:
    backend: Backend
    dialect: SentbeDialect
    handlers: Mapping[str, Handler]

    def credit(
        self, currency: str, amount: Decimal, owner: str | None, sender: str | None
    ) -> dict[str, Any]:
        """Prefunding arrives in a partner's (default: the main partner's) USD or KRW wallet."""
        deposit = self.backend.deposit(owner, currency, amount, sender or "Simulated Prefunding")
        wallet = self.backend.wallets.wallet(deposit.partner_id, deposit.currency)
        return render.deposit(deposit, wallet)

    def broken_invariants(self) -> list[str]:
        return broken_invariants(self.backend)

    def control_actions(self) -> Mapping[str, ControlAction]:
        return actions(self.backend)


def build(
    services: Services,
    *,
    partner_id: str = DEFAULT_PARTNER_ID,
    access_id: str = DEFAULT_ACCESS_ID,
    secret_key: str = DEFAULT_SECRET_KEY,
    partners: Iterable[tuple[str, str, str]] = (),
    **_: Any,
) -> SentbeSimulator:
    """`partners` adds more partners, each (partner_id, access_id, secret_key)."""
    backend = Backend(
        services.clock,
        services.scheduler,
        services.ids.random.getrandbits(64),
        CallbackNotifier(services.emit),
        partner_id=partner_id,
        access_id=access_id,
        secret_key=secret_key,
    )
    for extra in partners:
        backend.add_partner(*extra)
    return SentbeSimulator(backend, SentbeDialect(backend.partners), handlers.bind(backend))


SIMULATOR = SimulatorDefinition(
    spec="sentbe",
    build=build,
    webhooks=Webhooks(wire=CallbackWire, schedule=RETRIES),
)

__all__ = [
    "DEFAULT_ACCESS_ID",
    "DEFAULT_PARTNER_ID",
    "DEFAULT_SECRET_KEY",
    "SIMULATOR",
    "Backend",
    "SentbeSimulator",
]
