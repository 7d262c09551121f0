"""Getting a generated Sentbe client that signs its requests."""

from __future__ import annotations

from typing import Any

import httpx
from sentbe_client import AuthenticatedClient

from corridor.sentbe.auth import KEY_HEADER, SentbeAuth


def connect(
    partner_id: str,
    access_id: str,
    secret_key: str,
    base_url: str,
    *,
    timeout: float = 30.0,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A generated Sentbe client whose calls carry PARTNER-ID, KEY and SIGNATURE.

    `base_url` is required: the docs publish no host, Sentbe gives it at registration. Every
    failure Sentbe reports (`result: false`, whatever the HTTP status) or any non-2xx answer
    raises `SentbeError`. `httpx_args` go to the underlying httpx clients (e.g. a `transport`
    for tests); sync and async calls are signed alike.
    """
    if not isinstance(base_url, str) or not base_url:
        raise ValueError("base_url must be the non-empty URL Sentbe gave you")
    auth = SentbeAuth(partner_id, access_id, secret_key)
    return AuthenticatedClient(
        base_url=base_url,
        token="",  # the auth sets the real KEY on every request; the token would show in reprs
        prefix="",
        auth_header_name=KEY_HEADER,
        timeout=httpx.Timeout(timeout),
        httpx_args={**(httpx_args or {}), "auth": auth},
    )
