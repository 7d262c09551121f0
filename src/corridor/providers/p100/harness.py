"""How verification and the fixtures reach P100: the partner's API key, checked once, and the
refusals its docs give for well-formed requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from corridor.providers.harness import Harness, Signed
from corridor.providers.p100 import refusals
from corridor.providers.p100.credentials import API_KEY, DEFAULT_API_KEY
from corridor.providers.p100.seeds import seed


def sign_in(http: httpx.Client, credentials: Mapping[str, str]) -> Signed:
    """The API key header (the spec's `apiKey` scheme), checked once against the partner's
    balances."""
    headers = {"x-api-key": credentials[API_KEY]}
    answer = http.get("/v1/partner/balances", headers=headers)
    if answer.status_code == 401:
        raise PermissionError(f"P100 refused the API key: {answer.text[:100]}")
    # The partner's balances are a JSON object; any other answer (a 404 page, another API)
    # means the base URL is not P100's, which the caller reports in one line.
    if answer.status_code != 200 or not isinstance(answer.json(), dict):
        raise ValueError(f"Get Partner Balances answered {answer.status_code}, not balances")
    return {"apiKey": headers}


def connect(base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]) -> Any:
    """The facade's ready client, talking to the target through `transport`."""
    from corridor.p100 import connect as connect_p100

    return connect_p100(
        credentials[API_KEY], base_url=base_url, httpx_args={"transport": transport}
    )


def cli_auth(credentials: Mapping[str, str]) -> dict[str, Any]:
    """The partner's API key, the spec's one security scheme."""
    return {"openapi": {"apiKey": {"api_key": credentials[API_KEY]}}}


HARNESS = Harness(
    credentials={API_KEY: DEFAULT_API_KEY},
    sign_in=sign_in,
    connect=connect,
    seed=seed,
    # only the operations whose docs refuse a schema-valid request, each refusal with its docs
    # line (`refusals.DOCUMENTED`): P412 for an unknown user, P428 (404) for an unknown
    # transfer, P403 for a used or expired lock, ...
    refusals=refusals.statuses(),
    cli_auth=cli_auth,
)
