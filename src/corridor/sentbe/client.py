"""Getting a Sentbe client that signs its requests: `connect` and `connect_async`.

Sentbe's docs publish no host, for production or for testing: Sentbe gives the base URL at
registration, so `base_url` is required and there is no SANDBOX_URL/PRODUCTION_URL.
"""

from __future__ import annotations

from typing import Any

import httpx
from sentbe_client import AuthenticatedClient

from corridor.kit.connection import DEFAULT_TIMEOUT, ProviderWire, build_client
from corridor.kit.retries import DEFAULT_RETRIES, Retries
from corridor.sentbe.auth import KEY_HEADER, SentbeAuth
from corridor.sentbe.errors import ERRORS

WIRE = ProviderWire("Sentbe", ERRORS)


def connect(
    partner_id: str,
    access_id: str,
    secret_key: str,
    *,
    base_url: str,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A Sentbe client whose calls carry PARTNER-ID, KEY and SIGNATURE.

    `base_url` is the one Sentbe gave you. Every failure Sentbe reports (`result: false`,
    whatever the HTTP status) raises a `SentbeError` subclass. `httpx_args` go to the httpx
    clients (e.g. a `transport` for tests); sync and async calls are signed alike.
    """
    return build_client(
        AuthenticatedClient,
        wire=WIRE,
        base_url=base_url,
        auth=SentbeAuth(partner_id, access_id, secret_key),
        auth_header_name=KEY_HEADER,
        timeout=timeout,
        retries=retries,
        httpx_args=httpx_args,
    )


async def connect_async(
    partner_id: str,
    access_id: str,
    secret_key: str,
    *,
    base_url: str,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """`connect` for async code (Sentbe needs no login, so nothing is sent yet)."""
    return connect(
        partner_id,
        access_id,
        secret_key,
        base_url=base_url,
        timeout=timeout,
        retries=retries,
        httpx_args=httpx_args,
    )
