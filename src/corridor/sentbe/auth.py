"""Putting a generated client's requests on the wire the way Sentbe expects.

The generated client sends an operation's parameters as a JSON body (the spec models them as
the requestBody). Sentbe reads no body: `SentbeAuth` takes that body, encrypts it into the
SIGNATURE header, drops the body, and adds PARTNER-ID, KEY and the documented Content-Type.
A call without parameters gets no SIGNATURE. Answers are plain JSON; corridor's flow around
this auth raises `SentbeError` for failures, those Sentbe reports with HTTP 200 included.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx

from corridor.errors import InputError
from corridor.kit import money
from corridor.kit.arguments import require_header_value, require_unicode
from corridor.sentbe.codec import encrypt

CONTENT_TYPE = "application/json; charset=utf-8"
PARTNER_ID_HEADER = "PARTNER-ID"
KEY_HEADER = "KEY"
SIGNATURE_HEADER = "SIGNATURE"

# Headers that described the body this auth removes.
_BODY_HEADERS = ("Content-Length", "Transfer-Encoding", "Content-Encoding")


class SentbeAuth(httpx.Auth):
    """Signs every request with the partner's credentials."""

    requires_request_body = True  # the JSON body is the parameters to encrypt

    def __init__(self, partner_id: str, access_id: str, secret_key: str) -> None:
        self.partner_id = require_header_value("partner_id", partner_id)
        self._access_id = require_header_value("access_id", access_id)
        # refused now, not deep in the first call's encryption
        self._secret_key = require_unicode("secret_key", secret_key)

    def __repr__(self) -> str:  # access_id and secret_key are secrets
        return f"SentbeAuth(partner_id={self.partner_id!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.sign(request)

    def sign(self, request: httpx.Request) -> httpx.Request:
        """The request as Sentbe wants it: credentials in headers, parameters in SIGNATURE."""
        parameters = _parameters(request)
        headers = request.headers.copy()
        for name in (*_BODY_HEADERS, SIGNATURE_HEADER):
            headers.pop(name, None)
        headers["Content-Type"] = CONTENT_TYPE
        headers[PARTNER_ID_HEADER] = self.partner_id
        headers[KEY_HEADER] = self._access_id
        if parameters:
            headers[SIGNATURE_HEADER] = encrypt(parameters, self._secret_key)
        # A new request without content: httpx gives an empty POST "Content-Length: 0", as
        # RFC 9110 asks, and a GET no Content-Length at all.
        return httpx.Request(
            request.method, request.url, headers=headers, extensions=request.extensions
        )


def _parameters(request: httpx.Request) -> dict[str, Any] | None:
    if not request.content:
        return None
    try:
        parameters = money.loads(request.content)
    except ValueError as error:
        raise InputError("body", "Sentbe parameters must be sent as a JSON object") from error
    if not isinstance(parameters, dict):
        raise InputError("body", "Sentbe parameters must be a JSON object")
    return parameters
