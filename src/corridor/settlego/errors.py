"""SettleGo's exceptions: each a `corridor.errors` class, all caught by `SettleGoError`.

SettleGo documents its error statuses but no error body; the message is read from a JSON
object's `message` (what the simulator and, as far as anyone has seen, the service send),
else the body's text.
"""

from __future__ import annotations

from typing import Any

from corridor.errors import (
    AuthenticationError,
    DuplicateRequestError,
    MalformedAnswerError,
    ProviderError,
    RateLimitError,
    WebhookAuthenticationError,
    WebhookError,
)
from corridor.kit.refusals import ErrorFamily, Refusal, text_of


class SettleGoError(ProviderError):
    """SettleGo refused a call (any non-2xx answer)."""

    provider = "SettleGo"


class SettleGoAuthenticationError(SettleGoError, AuthenticationError):
    """Login was refused, or a request was still refused after logging in again."""


class SettleGoRateLimitError(SettleGoError, RateLimitError):
    """SettleGo answered 429."""


class SettleGoDuplicateError(SettleGoError, DuplicateRequestError):
    """A create's externalId is taken by an object that exists (see `after_retry`)."""


class SettleGoMalformedAnswerError(SettleGoError, MalformedAnswerError):
    """A success answer from SettleGo that is not what the spec describes."""


class SettleGoWebhookError(WebhookError):
    """A SettleGo webhook to reject: a body that is not an event (answer 400)."""


class SettleGoWebhookAuthenticationError(SettleGoWebhookError, WebhookAuthenticationError):
    """The DigitalSignature header is missing or does not sign the body (answer 401)."""


def _read(status: int, body: Any) -> Refusal:
    message = body.get("message") if isinstance(body, dict) else None
    code = body.get("error") if isinstance(body, dict) else None
    return Refusal(
        code=code if isinstance(code, str) and code else None,
        message=message if isinstance(message, str) and message else text_of(body),
    )


ERRORS = ErrorFamily(
    base=SettleGoError,
    authentication=SettleGoAuthenticationError,
    rate_limit=SettleGoRateLimitError,
    duplicate=SettleGoDuplicateError,
    malformed=SettleGoMalformedAnswerError,
    read=_read,
)
