"""Getting a P100 client that sends the API key: `connect` and `connect_async`."""

from __future__ import annotations

from typing import Any

import httpx
from p100_client import AuthenticatedClient

from corridor.kit.connection import DEFAULT_TIMEOUT, ProviderWire, build_client
from corridor.kit.retries import DEFAULT_RETRIES, Retries
from corridor.p100.auth import API_KEY_HEADER, ApiKeyAuth
from corridor.p100.environments import SANDBOX_URL
from corridor.p100.errors import ERRORS

WIRE = ProviderWire("P100", ERRORS)


def connect(
    api_key: str,
    *,
    base_url: str = SANDBOX_URL,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A P100 client that authenticates every call with `api_key` (sandbox, i.e. staging,
    unless `base_url=PRODUCTION_URL`; the two environments have separate keys).

    Refusals raise `P100Error` subclasses (`P100AuthenticationError` for a 401). `httpx_args` go to
    the httpx clients (e.g. a `transport` for tests).
    """
    return build_client(
        AuthenticatedClient,
        wire=WIRE,
        base_url=base_url,
        auth=ApiKeyAuth(api_key),
        auth_header_name=API_KEY_HEADER,
        timeout=timeout,
        retries=retries,
        httpx_args=httpx_args,
    )


async def connect_async(
    api_key: str,
    *,
    base_url: str = SANDBOX_URL,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """`connect` for async code. P100 has no sign-in (the key goes with every call), so
    nothing is sent yet."""
    return connect(
        api_key, base_url=base_url, timeout=timeout, retries=retries, httpx_args=httpx_args
    )
