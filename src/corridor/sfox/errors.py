"""sFOX Connect's exceptions: each a `corridor.errors` class, all caught by `SFoxError`.

sFOX refuses with `{"error": "<message>"}`; `message` (and `error`) is that message, or the
body's text when the body has another shape.
"""

from __future__ import annotations

from typing import Any

from corridor.errors import (
    AuthenticationError,
    DuplicateRequestError,
    MalformedAnswerError,
    ProviderError,
    RateLimitError,
)
from corridor.kit.refusals import ErrorFamily, Refusal, text_of


class SFoxError(ProviderError):
    """sFOX refused a call (any non-2xx answer)."""

    provider = "sFOX"

    @property
    def error(self) -> str:
        """sFOX's own word for the message: the `error` field of its body."""
        return self.message


class SFoxAuthenticationError(SFoxError, AuthenticationError):
    """The enterprise key or user token was refused (401)."""


class SFoxRateLimitError(SFoxError, RateLimitError):
    """sFOX answered 429 (the docs name a per-IP limit and a 60-second lock-out)."""


class SFoxDuplicateError(SFoxError, DuplicateRequestError):
    """Create Transfer's transfer_id (or Create End User's user_id) is already taken."""


class SFoxMalformedAnswerError(SFoxError, MalformedAnswerError):
    """A success answer from sFOX that is not what the spec describes."""


def _read(status: int, body: Any) -> Refusal:
    message = body.get("error") if isinstance(body, dict) else None
    return Refusal(None, message if isinstance(message, str) and message else text_of(body))


ERRORS = ErrorFamily(
    base=SFoxError,
    authentication=SFoxAuthenticationError,
    rate_limit=SFoxRateLimitError,
    duplicate=SFoxDuplicateError,
    malformed=SFoxMalformedAnswerError,
    read=_read,
)
