"""Sending the API key and turning P100's error answers into `P100Error`.

`ApiKeyAuth` is an `httpx.Auth`: it puts the key in the lower-case `x-api-key` header P100
requires and raises `P100Error` for every non-2xx answer, before the generated code parses it.
That order matters: the generated parsers read error bodies as JSON, which P100's plain-text
401 "Access Denied" is not, and an undocumented status would come back as a silent `None`.
The check lives in the auth flow rather than in a response hook so that it travels with the
key and leaves any `event_hooks` the caller passes in `httpx_args` untouched.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from corridor.p100.errors import P100Error

API_KEY_HEADER = "x-api-key"


class ApiKeyAuth(httpx.Auth):
    requires_response_body = True  # the error carries the body's errorCode and message

    def __init__(self, api_key: str) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise ValueError("api_key must be a non-empty string (the partner's P100 API key)")
        self._api_key = api_key

    def __repr__(self) -> str:  # never show the key
        return "ApiKeyAuth(api_key=<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[API_KEY_HEADER] = self._api_key
        response = yield request
        if not response.is_success:
            raise P100Error.from_response(response)
