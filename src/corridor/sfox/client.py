"""Getting sFOX clients: the partner's enterprise client and per-end-user clients."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

import httpx
from attrs import evolve
from sfox_client import AuthenticatedClient
from sfox_client.api.end_users import create_user_auth_token
from sfox_client.models import UserAuthTokenResponse

from corridor.errors import InputError
from corridor.kit.arguments import require_header_value, require_text
from corridor.kit.connection import DEFAULT_TIMEOUT, ProviderWire, build_client, flow_of
from corridor.kit.retries import DEFAULT_RETRIES, Retries
from corridor.sfox.auth import AUTH_HEADER, BearerToken
from corridor.sfox.environments import SANDBOX_URL
from corridor.sfox.errors import ERRORS, SFoxMalformedAnswerError

WIRE = ProviderWire("sFOX", ERRORS)


def _client(
    auth: BearerToken,
    base_url: str,
    timeout: float | httpx.Timeout,
    retries: Retries,
    httpx_args: dict[str, Any] | None,
) -> AuthenticatedClient:
    return build_client(
        AuthenticatedClient,
        wire=WIRE,
        base_url=base_url,
        auth=auth,
        auth_header_name=AUTH_HEADER,
        timeout=timeout,
        retries=retries,
        httpx_args=httpx_args,
    )


def connect(
    api_key: str,
    *,
    base_url: str = SANDBOX_URL,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """The partner's enterprise client: calls sFOX with the enterprise API key.

    For the End Users, Transfers and Monetization operations; `user_client` gives the client
    of one end user. Sandbox (staging) unless `base_url=PRODUCTION_URL`. Refusals raise
    `SFoxError` subclasses; Create Transfer is retried safely (its transfer_id is generated
    when absent).
    """
    require_header_value("api_key", api_key)
    return _client(BearerToken(api_key, kind="enterprise"), base_url, timeout, retries, httpx_args)


async def connect_async(
    api_key: str,
    *,
    base_url: str = SANDBOX_URL,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """`connect` for async code. The enterprise key is sent as it is, with no sign-in, so
    nothing is sent yet; a user's token is minted with `user_client_async`."""
    return connect(
        api_key, base_url=base_url, timeout=timeout, retries=retries, httpx_args=httpx_args
    )


def user_client_from_token(
    token: str,
    *,
    user_id: str | None = None,
    expires: datetime | None = None,
    base_url: str = SANDBOX_URL,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A client that calls sFOX with a user auth token you already hold.

    For the Payments and Withdrawals operations of that end user. `user_id` and `expires` are
    only recorded (see `auth_of`); sFOX refuses an expired token with 401.
    """
    require_header_value("token", token)
    auth = BearerToken(token, kind="user", user_id=user_id, expires=expires)
    return _client(auth, base_url, timeout, retries, httpx_args)


def user_client(enterprise: AuthenticatedClient, user_id: str) -> AuthenticatedClient:
    """Mint a user auth token with Create User Auth Token and return a client that uses it.

    The new client keeps the enterprise client's base URL, timeout, retries and transport.
    The token expires 24 hours after issue (`auth_of(client).expires`); mint a new client then.
    """
    require_enterprise(enterprise, "enterprise")
    require_text("user_id", user_id)
    return _user_client(
        enterprise, user_id, create_user_auth_token.sync(user_id, client=enterprise)
    )


async def user_client_async(enterprise: AuthenticatedClient, user_id: str) -> AuthenticatedClient:
    """`user_client` for async code: the token is minted with the async httpx client."""
    require_enterprise(enterprise, "enterprise")
    require_text("user_id", user_id)
    minted = await create_user_auth_token.asyncio(user_id, client=enterprise)
    return _user_client(enterprise, user_id, minted)


def auth_of(client: AuthenticatedClient) -> BearerToken:
    """The token of a client made by this module: its kind, user_id and expiry."""
    try:
        auth = flow_of(client).inner
    except TypeError:
        auth = None
    if not isinstance(auth, BearerToken):
        raise TypeError("this client was not created by corridor.sfox")
    return auth


def _user_client(
    enterprise: AuthenticatedClient, user_id: str, minted: UserAuthTokenResponse
) -> AuthenticatedClient:
    token = minted.data.token
    if not isinstance(token, str) or not _header_text(token):
        # The body is left out on purpose: a half-valid answer may still hold a token.
        raise SFoxMalformedAnswerError(
            201, "the answer carries no usable token (data.token, data.expires)"
        )
    auth = BearerToken(token, kind="user", user_id=user_id, expires=minted.data.expires)
    source = cast(Any, enterprise)
    args = dict(source._httpx_args)
    args["auth"] = flow_of(enterprise).with_inner(auth)
    user: AuthenticatedClient = evolve(enterprise, httpx_args=args)
    return user


def _header_text(value: object) -> bool:
    return isinstance(value, str) and bool(value) and value.isascii() and value.isprintable()


def require_enterprise(client: AuthenticatedClient, field: str) -> None:
    """Refuse a user client where the enterprise token is required (clients made elsewhere pass)."""
    try:
        auth = flow_of(client).inner
    except TypeError:
        return
    if isinstance(auth, BearerToken) and auth.kind != "enterprise":
        raise InputError(field, "is a user client; this call needs the enterprise client")
