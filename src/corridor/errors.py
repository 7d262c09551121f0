"""The one exception tree: every exception a corridor facade raises derives from `CorridorError`.

    CorridorError
    ├── ProviderError            the provider answered and refused (status, code, message, body)
    │   ├── AuthenticationError  credentials, token or signature refused
    │   ├── RateLimitError       429; `retry_after` in seconds when the answer says
    │   ├── DuplicateRequestError  a create's idempotency handle was already used
    │   └── MalformedAnswerError   a success answer that is not what the spec describes
    ├── TransportError           no answer: connect failure, timeout, connection dropped
    ├── OutcomeUnknownError      a write that may or may not have happened; says what to look up
    ├── WebhookError             a webhook/callback to reject; `status_code` is what to answer
    │   └── WebhookAuthenticationError
    └── InputError               an argument refused before anything is sent; `field` names it

Each provider subclasses these (`corridor.settlego.SettleGoError` is a `ProviderError`,
`SettleGoAuthenticationError` is both, and so on), so code can catch one provider's refusals
or every provider's authentication failures alike. This module imports nothing heavy: the
generated clients import it too.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar, Literal

_SHOWN = 300  # how much of a message or body an exception's text quotes

TransportKind = Literal["connect", "timeout", "network", "protocol"]


class CorridorError(Exception):
    """Base of every exception corridor raises on purpose."""


class ProviderError(CorridorError):
    """The provider answered, and refused (a non-2xx status, or a failure envelope).

    `status_code` is the HTTP status, `code` the provider's own error code when it gives one,
    `message` its human message (or the body's text), `body` the decoded body as sent, and
    `method`/`url` the call (without the query string, which may carry ids).
    """

    provider: ClassVar[str] = "the provider"

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        code: str | None = None,
        body: Any = None,
        method: str = "",
        url: str = "",
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.code = code
        self.body = message if body is None else body
        self.method = method
        self.url = url
        self.retry_after = retry_after
        super().__init__(self._describe())

    def _describe(self) -> str:
        call = f" to {self.method} {self.url}" if self.method else ""
        detail = " ".join(part for part in (self.code, _short(self.message)) if part)
        return f"{self.provider} answered {self.status_code}{call}: {detail or 'no details'}"


class AuthenticationError(ProviderError):
    """The provider refused the credentials, the session token or the request's signature."""


class RateLimitError(ProviderError):
    """The provider refused the call for now (429); `retry_after` says how long to wait."""


class DuplicateRequestError(ProviderError):
    """A create was refused, and its idempotency handle names an object that exists.

    The refusal (status, code and message here) is the provider's: its own "duplicate"
    answer, or another that the existing object explains (the quote it used up, the balance
    it spent). `handle` is the handle (SettleGo externalId, sFOX transfer_id, ...). With
    `after_retry`, an earlier attempt of this very call may have created the object and
    corridor could not fetch it in the create's shape; without it, the handle was used by
    another call. `lookup` says where to find the object.
    """

    def __init__(
        self,
        cause: ProviderError,
        *,
        handle: str,
        after_retry: bool,
        lookup: str,
    ) -> None:
        self.handle = handle
        self.after_retry = after_retry
        self.lookup = lookup
        super().__init__(
            cause.status_code,
            cause.message,
            code=cause.code,
            body=cause.body,
            method=cause.method,
            url=cause.url,
            retry_after=cause.retry_after,
        )

    def _describe(self) -> str:
        # The handle first: the refusal itself may name something else (a quote the earlier
        # create used up, say), which is not what went wrong.
        if self.after_retry:
            why = (
                f"{self.handle!r} exists after a retry: an earlier attempt of this call most "
                "likely created it, once"
            )
        else:
            why = f"{self.handle!r} was already used by an earlier create"
        return f"{why}; look it up with {self.lookup} ({super()._describe()})"


class MalformedAnswerError(ProviderError):
    """A success status whose body is not what the spec describes (not JSON, wrong shape)."""


class TransportError(CorridorError):
    """No usable answer arrived: the connection failed, timed out or was dropped.

    `kind` is "connect" (never reached the provider), "timeout", "network" (a read or write
    failed) or "protocol" (the connection was dropped mid-answer). `may_have_been_processed`
    is False only when the request certainly never reached the provider. `attempts` counts
    the tries made.
    """

    def __init__(
        self,
        kind: TransportKind,
        detail: str,
        *,
        provider: str,
        method: str,
        url: str,
        may_have_been_processed: bool,
        attempts: int = 1,
    ) -> None:
        self.kind: TransportKind = kind
        self.detail = detail
        self.provider = provider
        self.method = method
        self.url = url
        self.may_have_been_processed = may_have_been_processed
        self.attempts = attempts
        processed = (
            "it may have been processed" if may_have_been_processed else "it was not processed"
        )
        super().__init__(
            f"{method} {url} to {provider} failed ({kind}: {detail or 'no detail'}) after "
            f"{attempts} attempt(s); {processed}"
        )


class OutcomeUnknownError(CorridorError):
    """A write failed in a way that leaves unknown whether the provider carried it out.

    `handle` is the create's idempotency handle when it has one: calling again with the same
    handle is safe. `lookup` says how to find out what happened. The last failure (a
    `TransportError` or a `ProviderError`) is `__cause__` and `cause`.
    """

    def __init__(
        self,
        *,
        provider: str,
        method: str,
        url: str,
        lookup: str,
        handle: str | None,
        cause: CorridorError,
        attempts: int,
    ) -> None:
        self.provider = provider
        self.method = method
        self.url = url
        self.lookup = lookup
        self.handle = handle
        self.cause = cause
        self.attempts = attempts
        if handle is None:
            advice = (
                "it carries no idempotency handle, so it was not retried; look it up with "
                f"{lookup} before trying again"
            )
        else:
            advice = (
                f"calling again with the same handle {handle!r} is safe, or look it up with "
                f"{lookup}"
            )
        super().__init__(
            f"{method} {url}: {provider} may or may not have carried it out after "
            f"{attempts} attempt(s) ({_short(str(cause))}); {advice}"
        )


class WebhookError(CorridorError):
    """A webhook or callback request to reject; answer it with `status_code`."""

    status_code: ClassVar[int] = 400


class WebhookAuthenticationError(WebhookError):
    """The webhook's signature or token is missing or wrong: answer 401 and drop it."""

    status_code: ClassVar[int] = 401


class InputError(CorridorError, ValueError):
    """An argument refused before anything was sent; `field` names it."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "..."


def quote_body(body: Any) -> str:
    """A short, single-line rendering of a decoded body for an error message."""
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, default=str)
    return _short(text.strip())


__all__ = [
    "AuthenticationError",
    "CorridorError",
    "DuplicateRequestError",
    "InputError",
    "MalformedAnswerError",
    "OutcomeUnknownError",
    "ProviderError",
    "RateLimitError",
    "TransportError",
    "TransportKind",
    "WebhookAuthenticationError",
    "WebhookError",
]
