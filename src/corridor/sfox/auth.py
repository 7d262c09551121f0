"""The bearer token of an sFOX client, as an `httpx.Auth`.

sFOX authenticates every call with `Authorization: Bearer <token>`: the partner's enterprise API
key, or a user auth token minted for one end user. It lives in the auth flow rather than in the
generated client's headers so that the token never shows in the client's repr (attrs prints
its headers). Refusals are raised by corridor's flow around it.
"""

from __future__ import annotations

from collections.abc import Generator
from datetime import datetime
from typing import Literal

import httpx

AUTH_HEADER = "Authorization"

TokenKind = Literal["enterprise", "user"]


class BearerToken(httpx.Auth):
    """One sFOX token: `kind` says which, `user_id`/`expires` describe a user token."""

    def __init__(
        self,
        token: str,
        *,
        kind: TokenKind,
        user_id: str | None = None,
        expires: datetime | None = None,
    ) -> None:
        self._token = token
        self.kind: TokenKind = kind
        self.user_id = user_id
        self.expires = expires

    @property
    def token(self) -> str:
        return self._token

    def __repr__(self) -> str:  # never show the token
        if self.kind == "enterprise":
            return "BearerToken(kind='enterprise')"
        expires = self.expires.isoformat() if self.expires else None
        return f"BearerToken(kind='user', user_id={self.user_id!r}, expires={expires!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[AUTH_HEADER] = f"Bearer {self._token}"
        yield request
