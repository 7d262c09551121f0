"""P100's exceptions: each a `corridor.errors` class, all caught by `P100Error`.

P100 refuses with `{"errorCode", "errorName", "errorMessage"}` (`code` is the errorCode;
compare it with `corridor.p100.codes`), except for 401 "Access Denied", which is plain text.
"""

from __future__ import annotations

import re
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

_ACCESS_DENIED_REASON = re.compile(r"Access Denied\.?\s*(xo\d+)", re.IGNORECASE)


class P100Error(ProviderError):
    """P100 refused a call (any non-2xx answer).

    `error_code`, `error_name` and `error_message` are the body's `errorCode`, `errorName` and
    `errorMessage` (each None when absent: validation errors, code P403, have no errorName).
    A body that is not P100's error object leaves code and name None and puts its text in
    `error_message`.
    """

    provider = "P100"

    @property
    def error_code(self) -> str | None:
        return self.code

    @property
    def error_name(self) -> str | None:
        return _text(self.body.get("errorName")) if isinstance(self.body, dict) else None

    @property
    def error_message(self) -> str | None:
        if isinstance(self.body, dict) and any(
            _text(self.body.get(key)) for key in ("errorCode", "errorName", "errorMessage")
        ):
            return _text(self.body.get("errorMessage"))
        return self.message or None


class P100AuthenticationError(P100Error, AuthenticationError):
    """A 401 "Access Denied": the API key is missing or wrong, or the IP is not whitelisted.

    `reason` is the xo-code of the message (see `codes.ACCESS_DENIED_*`), or None.
    """

    @property
    def reason(self) -> str | None:
        found = _ACCESS_DENIED_REASON.search(self.message or "")
        return found.group(1).lower() if found else None


class P100RateLimitError(P100Error, RateLimitError):
    """P100 answered 429."""


class P100DuplicateError(P100Error, DuplicateRequestError):
    """Create User Account's externalUserId belongs to a user that exists."""


class P100MalformedAnswerError(P100Error, MalformedAnswerError):
    """A success answer from P100 that is not what the spec describes."""


class P100WebhookError(WebhookError):
    """A P100 webhook to reject: a body that is not the event (answer 400)."""


class P100WebhookAuthenticationError(P100WebhookError, WebhookAuthenticationError):
    """The Authorization token is missing or wrong: answer 401 and discard the notification."""


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _read(status: int, body: Any) -> Refusal:
    if isinstance(body, dict):
        code, name, message = (
            _text(body.get(key)) for key in ("errorCode", "errorName", "errorMessage")
        )
        if code or name or message:
            return Refusal(code, message or name or "no error message")
    if isinstance(body, str):
        return Refusal(None, body.strip() or "an empty body")
    return Refusal(None, text_of(body))


ERRORS = ErrorFamily(
    base=P100Error,
    authentication=P100AuthenticationError,
    rate_limit=P100RateLimitError,
    duplicate=P100DuplicateError,
    malformed=P100MalformedAnswerError,
    read=_read,
)
