"""Getting a logged-in SettleGo client: `connect` and `connect_async`."""

from __future__ import annotations

from typing import Any

import httpx
from settlego_client import AuthenticatedClient
from settlego_client.api.authentication import end_session

from corridor.kit.arguments import require_unicode
from corridor.kit.connection import (
    DEFAULT_TIMEOUT,
    ProviderWire,
    build_client,
    check_base_url,
    flow_of,
)
from corridor.kit.retries import DEFAULT_RETRIES, Retries
from corridor.settlego.environments import SANDBOX_URL
from corridor.settlego.errors import ERRORS
from corridor.settlego.session import TOKEN_HEADER, SettleGoSession

WIRE = ProviderWire("SettleGo", ERRORS)


def _client(
    login_id: str,
    api_key: str,
    base_url: str,
    timeout: float | httpx.Timeout,
    retries: Retries,
    httpx_args: dict[str, Any] | None,
) -> tuple[AuthenticatedClient, SettleGoSession]:
    # sent in the login's JSON body, where any text goes, but only text
    require_unicode("login_id", login_id)
    require_unicode("api_key", api_key)
    session = SettleGoSession(login_id, api_key, str(check_base_url(base_url)).rstrip("/"))
    client = build_client(
        AuthenticatedClient,
        wire=WIRE,
        base_url=base_url,
        auth=session,
        auth_header_name=TOKEN_HEADER,
        timeout=timeout,
        retries=retries,
        httpx_args=httpx_args,
    )
    return client, session


def connect(
    login_id: str,
    api_key: str,
    *,
    base_url: str = SANDBOX_URL,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """Log in and return a SettleGo client that stays logged in (sandbox unless told otherwise).

    The login happens now, so wrong credentials raise `SettleGoAuthenticationError` here. The
    client logs in again by itself once when the token expires; refusals raise `SettleGoError`
    subclasses, transport failures `corridor.errors.TransportError`. Creates of payments,
    beneficiaries, conversions and transfers are retried safely (their externalId is
    generated when absent). `httpx_args` go to the httpx clients (e.g. a `transport`).
    """
    client, session = _client(login_id, api_key, base_url, timeout, retries, httpx_args)
    session.accept_login(client.get_httpx_client().send(session.login_request(), auth=None))
    return client


async def connect_async(
    login_id: str,
    api_key: str,
    *,
    base_url: str = SANDBOX_URL,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """`connect` for async code: the login is sent now, with the async httpx client."""
    client, session = _client(login_id, api_key, base_url, timeout, retries, httpx_args)
    login = await client.get_async_httpx_client().send(session.login_request(), auth=None)
    session.accept_login(login)
    return client


def session_of(client: AuthenticatedClient) -> SettleGoSession:
    """The login session of a client made by `connect` (shared by its `with_options` copies)."""
    session = flow_of(client).inner
    if not isinstance(session, SettleGoSession):
        raise TypeError("this client was not created by corridor.settlego.connect()")
    return session


def logout(client: AuthenticatedClient) -> None:
    """End the session at SettleGo and drop the token; a later call would log in again."""
    session = session_of(client)
    if session.token is None:
        return
    end_session.sync_detailed(client=client)
    session.forget()
