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
from corridor.simulator.sentbe import render
from corridor.simulator.sentbe.actions import actions
from corridor.simulator.sentbe.dialect import SentbeDialect
from corridor.simulator.sentbe.domain.backend import (
    DEFAULT_ACCESS_ID,
    DEFAULT_PARTNER_ID,
    DEFAULT_SECRET_KEY,
    Backend,
)
from corridor.simulator.sentbe.events import RETRIES, CallbackNotifier, CallbackWire
from corridor.simulator.sentbe.handlers import handlers
from corridor.simulator.sentbe.invariants import broken_invariants
from corridor.simulator.sentbe.seeds import seed
from corridor.simulator.sentbe.signing import (
    ACCESS_ID,
    PARTNER_ID,
    SECRET_KEY,
    SentbeRequestSigner,
)


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


def sign_in(http: httpx.Client, credentials: Mapping[str, str]) -> Signed:
    """Sentbe has no session: every request carries the partner id and access_id (the spec's
    `partnerId` and `accessKey` schemes)."""
    return {
        "partnerId": {"PARTNER-ID": credentials[PARTNER_ID]},
        "accessKey": {"KEY": credentials[ACCESS_ID]},
    }


def check_credentials(http: httpx.Client, credentials: Mapping[str, str]) -> None:
    """One signed read: the first page of transfers. Its parameters travel encrypted in
    SIGNATURE, so the secret_key is put to the test too, beside PARTNER-ID and KEY. Sentbe
    refuses credentials with E0001, E0003 or E0004, and its docs give no HTTP status for them,
    so the code is read whatever the status; any other answer in Sentbe's shape took the
    credentials. `http` signs the request (the harness's signer)."""
    from corridor.sentbe.errors import AUTHENTICATION_CODES

    answer = http.request("GET", "/inbound/transfers", json={"page": 1})
    try:
        body = answer.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("result"), bool):
        errors = body.get("errors")
        first = errors[0] if isinstance(errors, list) and errors else None
        if isinstance(first, dict) and first.get("error_code") in AUTHENTICATION_CODES:
            message = str(first.get("message", ""))[:100]
            raise PermissionError(
                f"Sentbe refused the credentials: {first['error_code']} {message}"
            )
        return
    if not answer.is_success:  # a page that is not the API's, at a wrong base URL
        raise PermissionError(f"Sentbe answered a signed call with {answer.status_code}")
    raise ValueError("the answer to a signed call is not Sentbe's")


def connect(base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]) -> Any:
    """The facade's ready client, signing its calls, talking through `transport`."""
    from corridor.sentbe import connect as connect_sentbe

    return connect_sentbe(
        credentials[PARTNER_ID],
        credentials[ACCESS_ID],
        credentials[SECRET_KEY],
        base_url=base_url,
        httpx_args={"transport": transport},
    )


SIMULATOR = SimulatorDefinition(
    spec="sentbe",
    build=build,
    webhooks=Webhooks(wire=CallbackWire, schedule=RETRIES),
    harness=Harness(
        credentials={
            PARTNER_ID: DEFAULT_PARTNER_ID,
            ACCESS_ID: DEFAULT_ACCESS_ID,
            SECRET_KEY: DEFAULT_SECRET_KEY,
        },
        sign_in=sign_in,
        connect=connect,
        seed=seed,
        signer=SentbeRequestSigner(),
        check_credentials=check_credentials,
    ),
)

__all__ = [
    "DEFAULT_ACCESS_ID",
    "DEFAULT_PARTNER_ID",
    "DEFAULT_SECRET_KEY",
    "SIMULATOR",
    "Backend",
    "SentbeSimulator",
]
