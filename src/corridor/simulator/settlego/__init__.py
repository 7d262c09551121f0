"""The SettleGo simulator: dialect, domain, handlers and webhooks, assembled for the engine.

from corridor.simulator import simulate
simulator = simulate("settlego", strict=True)
simulator.provider.backend.main_client_id     # the client `sandbox-login` logs in as
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from corridor.providers.settlego.credentials import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.simulator.definition import (
    ControlAction,
    Handler,
    Services,
    SimulatorDefinition,
    Webhooks,
)
from corridor.simulator.settlego import render
from corridor.simulator.settlego.actions import actions
from corridor.simulator.settlego.dialect import SettleGoDialect
from corridor.simulator.settlego.domain.backend import Backend
from corridor.simulator.settlego.events import RETRIES, SettleGoWebhookWire, WebhookNotifier
from corridor.simulator.settlego.handlers import handlers
from corridor.simulator.settlego.invariants import broken_invariants


@dataclass
class SettleGoSimulator:
    backend: Backend
    dialect: SettleGoDialect
    handlers: Mapping[str, Handler]

    def credit(
        self, currency: str, amount: Decimal, owner: str | None, sender: str | None
    ) -> dict[str, Any]:
        """A pay-in arrives in a client's (default: the main client's) currency account."""
        client_id = owner or self.backend.main_client_id
        pay_in = self.backend.deposit(client_id, currency, amount, sender or "Simulated Sender")
        return render.pay_in(pay_in)

    def broken_invariants(self) -> list[str]:
        return broken_invariants(self.backend)

    def control_actions(self) -> Mapping[str, ControlAction]:
        return actions(self.backend)


def build(
    services: Services,
    *,
    login_id: str = DEFAULT_LOGIN_ID,
    api_key: str = DEFAULT_API_KEY,
    **_: Any,
) -> SettleGoSimulator:
    backend = Backend(
        services.clock,
        services.scheduler,
        services.ids.uuid,
        services.ids.random,
        WebhookNotifier(services.emit),
        login_id=login_id,
        api_key=api_key,
    )
    return SettleGoSimulator(backend, SettleGoDialect(backend), handlers.bind(backend))


SIMULATOR = SimulatorDefinition(
    spec="settlego",
    build=build,
    webhooks=Webhooks(wire=SettleGoWebhookWire, schedule=RETRIES),
)

__all__ = ["DEFAULT_API_KEY", "DEFAULT_LOGIN_ID", "SIMULATOR", "Backend", "SettleGoSimulator"]
