"""Turning a provider's refusal into its exception: one error family per provider.

A facade names its provider's exception classes (each a subclass of the matching
`corridor.errors` class) and how to read a refusal out of an answer; `ErrorFamily.refusal`
picks the class by status and returns the exception, with status, provider code, message,
body, method and URL filled in the same way for every provider.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from corridor.errors import (
    AuthenticationError,
    DuplicateRequestError,
    MalformedAnswerError,
    ProviderError,
    RateLimitError,
    quote_body,
)
from corridor.kit import money
from corridor.kit.retries import retry_after

_TEXT_LIMIT = 2000  # a proxy's HTML error page is kept this long on the error's body


@dataclass(frozen=True)
class Refusal:
    """What an answer says went wrong: the provider's code (if any) and message."""

    code: str | None
    message: str
    authentication: bool = False  # the provider says the credentials or signature are wrong
    # a success status whose body is no answer at all (Sentbe's refusals come with 200 too)
    malformed: bool = False


def decode_body(response: httpx.Response) -> Any:
    """The answer's body as JSON (exact decimals), or its text when it is not JSON."""
    try:
        return money.loads(response.content)
    except ValueError:
        return response.text[:_TEXT_LIMIT]


@dataclass(frozen=True)
class ErrorFamily:
    """One provider's exception classes and how its refusals read."""

    base: type[ProviderError]
    authentication: type[AuthenticationError]
    rate_limit: type[RateLimitError]
    duplicate: type[DuplicateRequestError]
    malformed: type[MalformedAnswerError]
    read: Callable[[int, Any], Refusal]  # (status, decoded body) -> the refusal it states
    # Whether an answer is a refusal: non-2xx by default; Sentbe also refuses with HTTP 200.
    refused: Callable[[httpx.Response, Any], bool] = lambda response, body: (
        not (response.is_success)
    )

    def refusal(self, response: httpx.Response, body: Any | None = None) -> ProviderError:
        """The exception for this refused answer."""
        if body is None:
            body = decode_body(response)
        status = response.status_code
        said = self.read(status, body)
        kind: type[ProviderError] = self.base
        if status == 401 or said.authentication:
            kind = self.authentication
        elif status == 429:
            kind = self.rate_limit
        elif said.malformed and response.is_success:
            kind = self.malformed
        request = response.request
        return kind(
            status,
            said.message,
            code=said.code,
            body=body,
            method=request.method,
            url=str(request.url.copy_with(query=None, userinfo=b"")),
            retry_after=retry_after(response.headers),
        )

    def malformed_answer(self, response: httpx.Response, problem: str) -> MalformedAnswerError:
        request = response.request
        return self.malformed(
            response.status_code,
            problem,
            body=response.text[:_TEXT_LIMIT],
            method=request.method,
            url=str(request.url.copy_with(query=None, userinfo=b"")),
        )


def text_of(body: Any) -> str:
    """A refusal's message when the body is not in the provider's error shape."""
    if isinstance(body, str):
        return body.strip() or "an empty body"
    return quote_body(body) if body is not None else "no body"
