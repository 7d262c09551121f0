"""Getting a P100 client that sends the API key and raises on errors."""

from __future__ import annotations

from typing import Any

import httpx
from p100_client import AuthenticatedClient

from corridor.p100.auth import API_KEY_HEADER, ApiKeyAuth
from corridor.p100.environments import PRODUCTION_URL


def connect(
    api_key: str,
    *,
    base_url: str = PRODUCTION_URL,
    timeout: float = 30.0,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """Return a generated P100 client that authenticates every call with `api_key`.

    Pass `base_url=SANDBOX_URL` with a staging key; the two environments have separate keys.
    Every non-2xx answer raises `P100Error` (`AccessDeniedError` for a 401). `httpx_args` go to
    the underlying httpx clients (e.g. a `transport` for tests); sync and async calls share them.
    """
    auth = ApiKeyAuth(api_key)
    return AuthenticatedClient(
        base_url=base_url,
        # The auth sets the real key on every request: the generated client is an attrs class
        # whose repr shows its token and headers, so the key must not be stored there.
        token="",
        prefix="",
        auth_header_name=API_KEY_HEADER,
        timeout=httpx.Timeout(timeout),
        httpx_args={**(httpx_args or {}), "auth": auth},
    )
