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

import httpx

from corridor.simulator.definition import (
    ControlAction,
    Handler,
    Harness,
    Services,
    Signed,
    SimulatorDefinition,
    Webhooks,
)
from corridor.simulator.settlego import render
from corridor.simulator.settlego.actions import actions
from corridor.simulator.settlego.dialect import SettleGoDialect
from corridor.simulator.settlego.domain.backend import DEFAULT_API_KEY, DEFAULT_LOGIN_ID, Backend
from corridor.simulator.settlego.events import RETRIES, SettleGoWebhookWire, WebhookNotifier
from corridor.simulator.settlego.handlers import handlers
from corridor.simulator.settlego.invariants import broken_invariants
from corridor.simulator.settlego.seeds import seed


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


def sign_in(http: httpx.Client, credentials: Mapping[str, str]) -> Signed:
    """The session token of a fresh login, for the spec's one security scheme (authToken)."""
    login = {"loginId": credentials["SETTLEGO_LOGIN_ID"], "apiKey": credentials["SETTLEGO_API_KEY"]}
    answer = http.post("/authentication/login", json=login)
    if answer.status_code != 200:
        raise PermissionError(f"SettleGo login failed with {answer.status_code}")
    return {"authToken": {"x-auth-token": str(answer.json()["token"])}}


def cli_auth(credentials: Mapping[str, str]) -> dict[str, Any]:
    """Schemathesis logs in as `sign_in` does, and again after a 401 (a logout ends a session)."""
    login = {"loginId": credentials["SETTLEGO_LOGIN_ID"], "apiKey": credentials["SETTLEGO_API_KEY"]}
    token = {"path": "/authentication/login", "payload": login, "extract_selector": "/token"}
    return {"dynamic": {"openapi": {"authToken": token}}}


def connect(base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]) -> Any:
    """The facade's ready client (logged in), talking to the simulator through `transport`."""
    from corridor.settlego import connect as connect_settlego

    return connect_settlego(
        credentials["SETTLEGO_LOGIN_ID"],
        credentials["SETTLEGO_API_KEY"],
        base_url=base_url,
        httpx_args={"transport": transport},
    )


SIMULATOR = SimulatorDefinition(
    spec="settlego",
    build=build,
    webhooks=Webhooks(wire=SettleGoWebhookWire, schedule=RETRIES),
    harness=Harness(
        credentials={"SETTLEGO_LOGIN_ID": DEFAULT_LOGIN_ID, "SETTLEGO_API_KEY": DEFAULT_API_KEY},
        sign_in=sign_in,
        connect=connect,
        seed=seed,
        cli_auth=cli_auth,
    ),
)

__all__ = ["DEFAULT_API_KEY", "DEFAULT_LOGIN_ID", "SIMULATOR", "Backend", "SettleGoSimulator"]
