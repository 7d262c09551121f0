"""The P100 Partner API simulator: dialect, domain, handlers and webhooks, assembled for the engine.

    from corridor.simulator import simulate
    simulator = simulate("p100", strict=True)
    simulator.provider.backend.users          # the end users the partner registered

Options: `api_key` (default DEFAULT_API_KEY) and `sepa_level` (1, closed loop, by default; 2 for
the legacy open loop). docs/simulators/p100.md describes the control actions and every choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from corridor.providers.p100.credentials import DEFAULT_API_KEY
from corridor.simulator.definition import (
    ControlAction,
    Handler,
    Services,
    SimulatorDefinition,
    Webhooks,
)
from corridor.simulator.p100 import render
from corridor.simulator.p100.actions import actions
from corridor.simulator.p100.dialect import P100Dialect
from corridor.simulator.p100.domain.backend import LEVEL_1, Backend
from corridor.simulator.p100.domain.crypto import CryptoDeposit
from corridor.simulator.p100.events import RETRIES, P100WebhookWire, WebhookNotifier
from corridor.simulator.p100.handlers import handlers
from corridor.simulator.p100.invariants import broken_invariants


@dataclass
class P100Simulator:
    backend: Backend
    dialect: P100Dialect
    handlers: Mapping[str, Handler]

    def control_actions(self) -> Mapping[str, ControlAction]:
        return actions(self.backend)

    def credit(
        self, currency: str, amount: Decimal, owner: str | None, sender: str | None
    ) -> dict[str, Any]:
        """Money arrives for the partner, or for the user whose externalUserId is `owner`:
        EUR by SEPA from `sender` (default: the owner's own name), crypto on the wallet."""
        deposit = self.backend.credit(currency, amount, owner, sender)
        if isinstance(deposit, CryptoDeposit):
            return render.crypto_deposit(deposit)
        return render.sepa_deposit(deposit)

    def broken_invariants(self) -> list[str]:
        return broken_invariants(self.backend)


def build(
    services: Services, *, api_key: str = DEFAULT_API_KEY, sepa_level: int = LEVEL_1, **_: Any
) -> P100Simulator:
    backend = Backend(
        services.clock,
        services.scheduler,
        services.ids.uuid,
        services.ids.random,
        WebhookNotifier(services.emit),
        api_key=api_key,
        sepa_level=sepa_level,
    )
    return P100Simulator(backend, P100Dialect(backend), handlers.bind(backend))


SIMULATOR = SimulatorDefinition(
    spec="p100",
    build=build,
    webhooks=Webhooks(wire=P100WebhookWire, schedule=RETRIES),
)

__all__ = ["DEFAULT_API_KEY", "SIMULATOR", "Backend", "P100Simulator"]
