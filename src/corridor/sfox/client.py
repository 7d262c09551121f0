"""Getting sFOX clients: the partner's enterprise client and per-end-user clients."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import httpx
from attrs import evolve
from sfox_client import AuthenticatedClient
from sfox_client.api.end_users import create_user_auth_token
from sfox_client.models import UserAuthTokenResponse
from sfox_client.types import Response

from corridor.sfox.auth import AUTH_HEADER, BearerToken
from corridor.sfox.environments import PRODUCTION_URL
from corridor.sfox.errors import SFoxError, SFoxInputError, require_text

_MINT_PATH = "/v1/enterprise/user-tokens/{user_id}"


def enterprise_client(
    api_key: str,
    *,
    base_url: str = PRODUCTION_URL,
    timeout: float = 30.0,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A generated client that calls sFOX with the partner's enterprise API key.

    For the End Users, Transfers and Monetization operations. Every non-2xx answer raises
    `SFoxError`. `httpx_args` go to the underlying httpx clients (e.g. a `transport` in tests).
    """
    require_text("api_key", api_key)
    return _client(BearerToken(api_key, kind="enterprise"), base_url, timeout, httpx_args)


def user_client_from_token(
    token: str,
    *,
    user_id: str | None = None,
    expires: datetime | None = None,
    base_url: str = PRODUCTION_URL,
    timeout: float = 30.0,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A generated client that calls sFOX with a user auth token you already hold.

    For the Payments and Withdrawals operations of that end user. `user_id` and `expires` are
    only recorded (see `auth_of`); sFOX refuses an expired token with 401.
    """
    require_text("token", token)
    auth = BearerToken(token, kind="user", user_id=user_id, expires=expires)
    return _client(auth, base_url, timeout, httpx_args)


def user_client(
    enterprise: AuthenticatedClient,
    user_id: str,
    *,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """Mint a user auth token with Create User Auth Token and return a client that uses it.

    The new client keeps the enterprise client's base URL, timeout and `httpx_args` (unless
    given others). The token expires 24 hours after issue (`auth_of(client).expires`); mint a
    new client then.
    """
    require_enterprise(enterprise, "enterprise")
    require_text("user_id", user_id)
    url = enterprise.get_httpx_client().base_url.join(_MINT_PATH.format(user_id=user_id))
    try:
        answer = create_user_auth_token.sync_detailed(user_id, client=enterprise)
    except (KeyError, TypeError, ValueError) as error:  # a 201 the generated parser cannot read
        raise _no_token(201, url) from error
    return _user_client_from_answer(enterprise, user_id, answer, url, httpx_args)


async def user_client_async(
    enterprise: AuthenticatedClient,
    user_id: str,
    *,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """`user_client` for async code: the token is minted with the async httpx client."""
    require_enterprise(enterprise, "enterprise")
    require_text("user_id", user_id)
    url = enterprise.get_async_httpx_client().base_url.join(_MINT_PATH.format(user_id=user_id))
    try:
        answer = await create_user_auth_token.asyncio_detailed(user_id, client=enterprise)
    except (KeyError, TypeError, ValueError) as error:
        raise _no_token(201, url) from error
    return _user_client_from_answer(enterprise, user_id, answer, url, httpx_args)


def auth_of(client: AuthenticatedClient) -> BearerToken:
    """The token of a client made by this module: its kind, user_id and expiry."""
    auth = client.get_httpx_client().auth
    if not isinstance(auth, BearerToken):
        raise TypeError("this client was not created by corridor.sfox")
    return auth


def _client(
    auth: BearerToken, base_url: str, timeout: float, httpx_args: dict[str, Any] | None
) -> AuthenticatedClient:
    require_text("base_url", base_url)
    return AuthenticatedClient(
        base_url=base_url,
        token="",  # BearerToken sets the real header on every request
        prefix="",
        auth_header_name=AUTH_HEADER,
        timeout=httpx.Timeout(timeout),
        httpx_args={**(httpx_args or {}), "auth": auth},
    )


def _user_client_from_answer(
    enterprise: AuthenticatedClient,
    user_id: str,
    answer: Response[Any],
    url: httpx.URL,
    httpx_args: dict[str, Any] | None,
) -> AuthenticatedClient:
    status = int(answer.status_code)
    if not 200 <= status < 300:  # only when `enterprise` does not raise by itself
        raise SFoxError.from_content(status, answer.content, "POST", url)
    parsed = answer.parsed
    if not isinstance(parsed, UserAuthTokenResponse):
        parsed = _parse_token_answer(answer.content, status, url)
    minted = parsed.data
    if not isinstance(minted.token, str) or not minted.token:
        raise _no_token(status, url)
    auth = BearerToken(minted.token, kind="user", user_id=user_id, expires=minted.expires)
    # Reading the generated client's fields: they are attrs fields without public getters.
    args = dict(enterprise._httpx_args if httpx_args is None else httpx_args)
    args["auth"] = auth
    headers = {k: v for k, v in enterprise._headers.items() if k.lower() != AUTH_HEADER.lower()}
    user: AuthenticatedClient = evolve(
        enterprise,
        token="",
        prefix="",
        auth_header_name=AUTH_HEADER,
        headers=headers,
        httpx_args=args,
    )
    return user


def _parse_token_answer(content: bytes, status: int, url: httpx.URL) -> UserAuthTokenResponse:
    # A 2xx other than the documented 201 is not parsed by the generated code.
    try:
        return UserAuthTokenResponse.from_dict(json.loads(content))
    except (KeyError, TypeError, ValueError) as error:
        raise _no_token(status, url) from error


def _no_token(status: int, url: httpx.URL) -> SFoxError:
    # The body is left out on purpose: a half-valid answer may still hold a token.
    message = "the answer carries no usable token (data.token, data.expires)"
    return SFoxError(status, message, "POST", str(url))


def require_enterprise(client: AuthenticatedClient, field: str) -> None:
    """Refuse a user client where the enterprise token is required (clients made elsewhere pass)."""
    auth = client.get_httpx_client().auth
    if isinstance(auth, BearerToken) and auth.kind != "enterprise":
        raise SFoxInputError(field, "is a user client; this call needs the enterprise client")
