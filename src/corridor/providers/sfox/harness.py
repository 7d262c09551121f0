"""How verification and the fixtures reach sFOX Connect: the enterprise key, a user token for
the verification user, a user client for the documented end user, and the refusals the docs
give for well-formed requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from corridor.providers.harness import Harness, Signed
from corridor.providers.sfox.credentials import (
    DEFAULT_ENTERPRISE_API_KEY,
    ENTERPRISE,
    ENTERPRISE_API_KEY,
    USER,
)
from corridor.providers.sfox.seeds import VERIFICATION_USER, seed
from corridor.spec import iter_operations, load_spec

SHARED_BAD_REQUEST = "#/components/responses/BadRequest"  # the error page's "malformed request"


def sign_in(http: httpx.Client, credentials: Mapping[str, str]) -> Signed:
    """The enterprise key, and a fresh user auth token for the verification user once the
    seeder has registered it."""
    enterprise = {"Authorization": f"Bearer {credentials[ENTERPRISE_API_KEY]}"}
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
    return {"openapi": {ENTERPRISE: {"bearer": credentials[ENTERPRISE_API_KEY]}}}


def connect(base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]) -> Any:
    """The facade's enterprise client, talking to the target through `transport`."""
    from corridor import sfox

    return sfox.connect(
        credentials[ENTERPRISE_API_KEY], base_url=base_url, httpx_args={"transport": transport}
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


HARNESS = Harness(
    credentials={ENTERPRISE_API_KEY: DEFAULT_ENTERPRISE_API_KEY},
    sign_in=sign_in,
    connect=connect,
    seed=seed,
    connect_user=connect_user,
    refusals=documented_refusals(),
    cli_auth=cli_auth,
)
