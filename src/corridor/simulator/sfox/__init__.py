"""The sFOX Connect simulator: dialect, domain and handlers, assembled for the engine.

    from corridor.simulator import simulate
    simulator = simulate("sfox", strict=True)
    simulator.provider.backend.users      # the partner's end users

Options (`simulate("sfox", ...)`): `api_key` (the enterprise key it accepts),
`transfer_permissions` (the transfer types sFOX enabled, default PAYMENT and PAYOUT),
`monetization_permissions` ((feature name, method name) pairs) and `may_delete_settings`; the
engine's own (`rate_limit=True` for sFOX's 250 requests per 10 s, `faults`, `clock`, `seed`).
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
)
from corridor.simulator.sfox import reference
from corridor.simulator.sfox.actions import actions
from corridor.simulator.sfox.dialect import ENTERPRISE, USER, SFoxDialect
from corridor.simulator.sfox.domain.backend import DEFAULT_ENTERPRISE_API_KEY, Backend
from corridor.simulator.sfox.domain.transfers import PAYMENT, PAYOUT
from corridor.simulator.sfox.handlers import handlers
from corridor.simulator.sfox.invariants import broken_invariants
from corridor.simulator.sfox.seeds import VERIFICATION_USER, seed
from corridor.spec import iter_operations, load_spec

CREDENTIAL = "SFOX_ENTERPRISE_API_KEY"
SHARED_BAD_REQUEST = "#/components/responses/BadRequest"  # the error page's "malformed request"


@dataclass
class SFoxSimulator:
    backend: Backend
    dialect: SFoxDialect
    handlers: Mapping[str, Handler]

    def credit(
        self, currency: str, amount: Decimal, owner: str | None, sender: str | None
    ) -> dict[str, Any]:
        """Money arrives on the master account (no owner) or an end user's (owner = user_id),
        by wire, or by ACH with sender "ach"."""
        deposit = self.backend.deposit(owner, currency, amount, sender or "wire")
        return {
            "owner": owner,
            "currency": deposit.currency,
            "amount": str(deposit.amount),
            "atx_id": deposit.atx_id,
            "via": deposit.via,
        }

    def broken_invariants(self) -> list[str]:
        return broken_invariants(self.backend)

    def inbox(self, recipient: str | None) -> list[dict[str, Any]]:
        return [message.to_json() for message in self.backend.inbox.of(recipient)]

    def control_actions(self) -> Mapping[str, ControlAction]:
        return actions(self.backend)


def build(
    services: Services,
    *,
    api_key: str = DEFAULT_ENTERPRISE_API_KEY,
    transfer_permissions: Iterable[str] = (PAYMENT, PAYOUT),
    monetization_permissions: Iterable[tuple[str, str]] = (
        reference.DEFAULT_MONETIZATION_PERMISSIONS
    ),
    may_delete_settings: bool = True,
    **_: Any,
) -> SFoxSimulator:
    backend = Backend(
        services.clock,
        services.scheduler,
        services.ids.uuid,
        services.ids.random,
        api_key=api_key,
        transfer_permissions=transfer_permissions,
        monetization_permissions=monetization_permissions,
        may_delete_settings=may_delete_settings,
    )
    dialect = SFoxDialect(backend, load_spec("sfox"))
    return SFoxSimulator(backend, dialect, handlers.bind(backend))


def sign_in(http: httpx.Client, credentials: Mapping[str, str]) -> Signed:
    """The enterprise key, and a fresh user auth token for the verification user once the
    seeder has registered it."""
    enterprise = {"Authorization": f"Bearer {credentials[CREDENTIAL]}"}
    signed: Signed = {ENTERPRISE: enterprise}
    answer = http.post(f"/v1/enterprise/user-tokens/{VERIFICATION_USER}", headers=enterprise)
    if answer.status_code == 401:
        raise PermissionError("sFOX refused the enterprise key (401)")
    if answer.status_code == 201:
        signed[USER] = {"Authorization": f"Bearer {answer.json()['data']['token']}"}
    return signed


def cli_auth(credentials: Mapping[str, str]) -> dict[str, Any]:
    """The enterprise key only: a user token needs a registered user, which a bare Schemathesis
    run never makes, so the user's own operations are answered 401 (a warning, not a failure)."""
    return {"openapi": {ENTERPRISE: {"bearer": credentials[CREDENTIAL]}}}


def connect(base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]) -> Any:
    """The facade's enterprise client, talking to the simulator through `transport`."""
    from corridor import sfox

    return sfox.connect(
        credentials[CREDENTIAL], base_url=base_url, httpx_args={"transport": transport}
    )


# The documented end user (Get End User's example), registered for a ready user client.
FIXTURE_USER: dict[str, Any] = {
    "account_type": "individual",
    "account_role": "client",
    "user_id": "client_account_1",
    "first_name": "Sean",
    "last_name": "Fox",
    "email": "user@example.com",
    "phone_country_code": "US",
    "phone_number": "+12345678900",
    "account_purpose": "Investing",
    "individual": {"dob": "1990-10-15"},
}


def connect_user(
    base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]
) -> Any:
    """A user client for the documented end user, registered through the enterprise client."""
    from sfox_client.api.end_users import create_end_user
    from sfox_client.models import CreateEndUserRequest

    from corridor import sfox

    enterprise = connect(base_url, transport, credentials)
    create_end_user.sync_detailed(
        client=enterprise, body=CreateEndUserRequest.from_dict(FIXTURE_USER)
    )
    return sfox.user_client(enterprise, FIXTURE_USER["user_id"])


def documented_refusals() -> dict[str, frozenset[int]]:
    """Per operation, the 400 and 422 answers documented for a well-formed request that a
    business rule refuses (every one but the shared "malformed request" 400)."""
    refusals: dict[str, frozenset[int]] = {}
    for operation in iter_operations(load_spec("sfox")):
        responses = operation.definition.get("responses", {})
        own = frozenset(
            int(status)
            for status in ("400", "422")
            if status in responses and responses[status].get("$ref") != SHARED_BAD_REQUEST
        )
        if own and operation.operation_id:
            refusals[operation.operation_id] = own
    return refusals


SIMULATOR = SimulatorDefinition(
    spec="sfox",
    build=build,
    harness=Harness(
        credentials={CREDENTIAL: DEFAULT_ENTERPRISE_API_KEY},
        sign_in=sign_in,
        connect=connect,
        seed=seed,
        connect_user=connect_user,
        refusals=documented_refusals(),
        cli_auth=cli_auth,
    ),
)

__all__ = ["DEFAULT_ENTERPRISE_API_KEY", "SIMULATOR", "Backend", "SFoxSimulator"]
