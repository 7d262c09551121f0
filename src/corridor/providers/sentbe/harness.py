"""How verification and the fixtures reach Sentbe: no session, the partner's headers on every
request, its parameters encrypted into SIGNATURE (`signing.py`), and one signed call to check
the credentials."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from corridor.providers.harness import Harness, Signed
from corridor.providers.sentbe.credentials import (
    ACCESS_ID,
    DEFAULT_ACCESS_ID,
    DEFAULT_PARTNER_ID,
    DEFAULT_SECRET_KEY,
    PARTNER_ID,
    SECRET_KEY,
)
from corridor.providers.sentbe.refusals import refusal_statuses
from corridor.providers.sentbe.seeds import seed
from corridor.providers.sentbe.signing import SentbeRequestSigner


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
    """The facade's ready client, signing its calls, talking to the target through `transport`."""
    from corridor.sentbe import connect as connect_sentbe

    return connect_sentbe(
        credentials[PARTNER_ID],
        credentials[ACCESS_ID],
        credentials[SECRET_KEY],
        base_url=base_url,
        httpx_args={"transport": transport},
    )


HARNESS = Harness(
    credentials={
        PARTNER_ID: DEFAULT_PARTNER_ID,
        ACCESS_ID: DEFAULT_ACCESS_ID,
        SECRET_KEY: DEFAULT_SECRET_KEY,
    },
    sign_in=sign_in,
    connect=connect,
    seed=seed,
    signer=SentbeRequestSigner(),
    # exactly the documented, state-dependent refusals of a schema-valid request (refusals.py)
    refusals=refusal_statuses(),
    check_credentials=check_credentials,
)
