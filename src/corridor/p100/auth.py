"""Sending the API key in the lower-case `x-api-key` header P100 requires.

It lives in the auth flow rather than in the generated client's headers, whose repr shows
them; refusals (including P100's plain-text 401 "Access Denied") are raised by corridor's
flow around it, before the generated code parses anything.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from corridor.kit.arguments import require_header_value

API_KEY_HEADER = "x-api-key"


class ApiKeyAuth(httpx.Auth):
    def __init__(self, api_key: str) -> None:
        self._api_key = require_header_value("api_key", api_key)

    def __repr__(self) -> str:  # never show the key
        return "ApiKeyAuth(api_key=<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[API_KEY_HEADER] = self._api_key
        yield request
