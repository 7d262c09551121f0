"""How verification and the fixtures reach SettleGo: a login for a session token."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from corridor.providers.harness import Harness, Signed
from corridor.providers.settlego.credentials import (
    API_KEY,
    DEFAULT_API_KEY,
    DEFAULT_LOGIN_ID,
    LOGIN_ID,
)
from corridor.providers.settlego.seeds import seed


def sign_in(http: httpx.Client, credentials: Mapping[str, str]) -> Signed:
    """The session token of a fresh login, for the spec's one security scheme (authToken)."""
    login = {"loginId": credentials[LOGIN_ID], "apiKey": credentials[API_KEY]}
    answer = http.post("/authentication/login", json=login)
    if answer.status_code != 200:
        raise PermissionError(f"SettleGo login failed with {answer.status_code}")
    return {"authToken": {"x-auth-token": str(answer.json()["token"])}}


def cli_auth(credentials: Mapping[str, str]) -> dict[str, Any]:
    """Schemathesis logs in as `sign_in` does, and again after a 401 (a logout ends a session)."""
    login = {"loginId": credentials[LOGIN_ID], "apiKey": credentials[API_KEY]}
    token = {"path": "/authentication/login", "payload": login, "extract_selector": "/token"}
    return {"dynamic": {"openapi": {"authToken": token}}}


def connect(base_url: str, transport: httpx.BaseTransport, credentials: Mapping[str, str]) -> Any:
    """The facade's ready client (logged in), talking to the target through `transport`."""
    from corridor.settlego import connect as connect_settlego

    return connect_settlego(
        credentials[LOGIN_ID],
        credentials[API_KEY],
        base_url=base_url,
        httpx_args={"transport": transport},
    )


HARNESS = Harness(
    credentials={LOGIN_ID: DEFAULT_LOGIN_ID, API_KEY: DEFAULT_API_KEY},
    sign_in=sign_in,
    connect=connect,
    seed=seed,
    cli_auth=cli_auth,
)
