"""Getting a logged-in SettleGo client."""

from __future__ import annotations

from typing import Any

import httpx
from settlego_client import AuthenticatedClient
from settlego_client.api.authentication import end_session

from corridor.settlego.environments import SANDBOX_URL
from corridor.settlego.session import TOKEN_HEADER, SettleGoSession


def connect(
    login_id: str,
    api_key: str,
    *,
    base_url: str = SANDBOX_URL,
    timeout: float = 30.0,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """Log in and return a generated SettleGo client that stays logged in.

    The login happens now, so wrong credentials raise `SettleGoAuthenticationError` here rather
    than on the first call. The client logs in again by itself once when the token expires, and
    every non-2xx answer raises `SettleGoError`. `httpx_args` go to the underlying httpx clients
    (e.g. a `transport` for tests); sync and async calls share the session.
    """
    if not login_id or not api_key:
        raise ValueError("connect() needs a non-empty login_id and api_key")
    session = SettleGoSession(login_id, api_key, base_url)
    client = AuthenticatedClient(
        base_url=base_url,
        token="",  # the session sets the real x-auth-token on every request
        prefix="",
        auth_header_name=TOKEN_HEADER,
        timeout=httpx.Timeout(timeout),
        httpx_args={**(httpx_args or {}), "auth": session},
    )
    login_answer = client.get_httpx_client().send(session.login_request(), auth=None)
    session.accept_login(login_answer)
    return client


def session_of(client: AuthenticatedClient) -> SettleGoSession:
    auth = client.get_httpx_client().auth
    if not isinstance(auth, SettleGoSession):
        raise TypeError("this client was not created by corridor.settlego.connect()")
    return auth


def logout(client: AuthenticatedClient) -> None:
    """End the session at SettleGo and drop the token; a later call would log in again."""
    session = session_of(client)
    if session.token is None:
        return
    end_session.sync_detailed(client=client)
    session.forget()
