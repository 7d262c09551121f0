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
from corridor.simulator.p100 import render
from corridor.simulator.p100.actions import actions
from corridor.simulator.p100.dialect import P100Dialect
from corridor.simulator.p100.domain.backend import DEFAULT_API_KEY, LEVEL_1, Backend
from corridor.simulator.p100.domain.crypto import CryptoDeposit
from corridor.simulator.p100.events import RETRIES, P100WebhookWire, WebhookNotifier
from corridor.simulator.p100.handlers import handlers
from corridor.simulator.p100.invariants import broken_invariants
from corridor.simulator.p100.seeds import seed
from corridor.spec import iter_operations, load_spec

CREDENTIAL = "P100_API_KEY"


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


def sign_in(http: httpx.Client, credentials: Mapping[str, str]) -> Signed:
    """The API key header (the spec's `apiKey` scheme), checked once against the partner's
    balances."""
    headers = {"x-api-key": credentials[CREDENTIAL]}
    answer = http.get("/v1/partner/balances", headers=headers)
    if answer.status_code == 401:
        raise PermissionError(f"P100 refused the API key: {answer.text[:100]}")
    return {"apiKey": headers}


def connect(base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]) -> Any:
    """The facade's ready client, talking to the simulator through `transport`."""
    from corridor.p100 import connect as connect_p100

    return connect_p100(
        credentials[CREDENTIAL], base_url=base_url, httpx_args={"transport": transport}
    )


def cli_auth(credentials: Mapping[str, str]) -> dict[str, Any]:
    """The partner's API key, the spec's one security scheme."""
    return {"openapi": {"apiKey": {"api_key": credentials[CREDENTIAL]}}}


SIMULATOR = SimulatorDefinition(
    spec="p100",
    build=build,
    webhooks=Webhooks(wire=P100WebhookWire, schedule=RETRIES),
    harness=Harness(
        credentials={CREDENTIAL: DEFAULT_API_KEY},
        sign_in=sign_in,
        connect=connect,
        seed=seed,
        # P100 documents its business refusals of well-formed requests as 400s (P412
        # invalid-user, P410 invalid-currency, ...: ERRORS.md), on every operation
        refusals={
            operation.operation_id: frozenset({400})
            for operation in iter_operations(load_spec("p100"))
            if operation.kind == "path" and operation.operation_id
        },
        cli_auth=cli_auth,
    ),
)

__all__ = ["DEFAULT_API_KEY", "SIMULATOR", "Backend", "P100Simulator"]
