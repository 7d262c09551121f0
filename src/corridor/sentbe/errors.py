"""The exceptions a Sentbe call raises when Sentbe refuses it.

Sentbe answers a failure with `{"result": false, "errors": [{"message", "error_code"}]}` and the
docs do not say with which HTTP status, so a failure is recognised by its body whatever the
status (HTTP 200 included), and any non-2xx answer is a failure too. Each exception is a
`corridor.errors` class; all are caught by `SentbeError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from corridor.errors import (
    AuthenticationError,
    DuplicateRequestError,
    MalformedAnswerError,
    ProviderError,
    RateLimitError,
    WebhookAuthenticationError,
    WebhookError,
    quote_body,
)
from corridor.kit.refusals import ErrorFamily, Refusal, decode_body

# The docs' error table ("Errors" section), code -> meaning.
ERROR_MEANINGS: dict[str, str] = {
    "E0000": "Internal Server Error",
    "E0001": "Authentication error -- auth_key/ip address",
    "E0002": "Invalid model id",
    "E0003": "Invalid header key",
    "E0004": "Invalid signature",
    "E0005": "Need more required parameter / Unpermitted parameter",
    "E0006": "Not supported method",
    "E0007": "Not available currency",
    "E0008": "Invalid calc_by parameter",
    "E0009": "Invalid transfer status",
    "E0010": "Can't update recipient information",
    "E0011": "Invalid country code",
    "E0012": "Not supported bank",
    "E0013": "Invalid external transfer id",
    "E0014": "Low balance",
}

# Refusals of the credentials, the headers or the SIGNATURE, rather than of the request itself.
AUTHENTICATION_CODES = frozenset({"E0001", "E0003", "E0004"})

_MAX_TEXT = 200  # how much of a body that is not Sentbe's error envelope to quote
_UNREAD = object()


@dataclass(frozen=True)
class SentbeErrorDetail:
    """One entry of the `errors` list; `error_code` is None when Sentbe gave none."""

    error_code: str | None
    message: str


class SentbeError(ProviderError):
    """Sentbe refused a call.

    `code` (and `error_code`) and `message` are those of the first entry of Sentbe's `errors`
    list; all of them are in `errors`. `status_code` is the HTTP status, which may well be 200.
    """

    provider = "Sentbe"

    @property
    def errors(self) -> tuple[SentbeErrorDetail, ...]:
        return tuple(details(self.body))

    @property
    def error_code(self) -> str | None:
        return self.code

    @property
    def meaning(self) -> str | None:
        """The docs' meaning of `error_code`, when it is one of the documented codes."""
        return ERROR_MEANINGS.get(self.code or "")


class SentbeAuthenticationError(SentbeError, AuthenticationError):
    """Sentbe refused the credentials, the headers or the SIGNATURE (E0001, E0003, E0004)."""


class SentbeRateLimitError(SentbeError, RateLimitError):
    """Sentbe answered 429 (the docs name no rate limit)."""


class SentbeDuplicateError(SentbeError, DuplicateRequestError):
    """Create Transfer's external_id was refused as already used (see `after_retry`)."""


class SentbeMalformedAnswerError(SentbeError, MalformedAnswerError):
    """A success answer from Sentbe that is not what the spec describes."""


class SentbeWebhookError(WebhookError):
    """A status callback to reject: a body that is not a status callback (answer 400)."""


class SentbeWebhookAuthenticationError(SentbeWebhookError, WebhookAuthenticationError):
    """The callback's token is missing or is not this partner's access_id (answer 401)."""


def is_failure(response: httpx.Response, body: Any = _UNREAD) -> bool:
    """Whether this (already read) answer is a failure: non-2xx, not JSON, or result false."""
    if not response.is_success:
        return True
    document = decode_body(response) if body is _UNREAD else body
    if isinstance(document, str):
        return bool(response.content)  # text where JSON belongs
    return isinstance(document, dict) and document.get("result") is False


def details(body: Any) -> list[SentbeErrorDetail]:
    """The entries of a failure body's `errors` list (one made-up entry when it has none)."""
    if isinstance(body, str):
        text = body[:_MAX_TEXT].strip() or "an empty body"
        return [SentbeErrorDetail(None, f"the answer is not JSON: {text}")]
    entries = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(entries, list) or not entries:
        return [SentbeErrorDetail(None, f"the answer carries no errors list: {quote_body(body)}")]
    return [_detail(entry) for entry in entries]


def _detail(entry: Any) -> SentbeErrorDetail:
    if not isinstance(entry, dict):
        return SentbeErrorDetail(None, quote_body(entry))
    code = entry.get("error_code")
    message = entry.get("message")
    return SentbeErrorDetail(
        None if code is None else str(code),
        str(message) if message is not None else ERROR_MEANINGS.get(str(code), "no message"),
    )


def _read(status: int, body: Any) -> Refusal:
    found = details(body)
    first = found[0]
    text = first.message
    if len(found) > 1:  # every entry, the first one's code aside (it is the error's code)
        text = "; ".join(
            [first.message]
            + [f"{d.error_code} {d.message}" if d.error_code else d.message for d in found[1:]]
        )
    return Refusal(
        first.error_code,
        text,
        authentication=first.error_code in AUTHENTICATION_CODES,
        # text where a 2xx answer's JSON belongs is no refusal Sentbe wrote: a malformed answer
        malformed=isinstance(body, str) and 200 <= status < 300,
    )


ERRORS = ErrorFamily(
    base=SentbeError,
    authentication=SentbeAuthenticationError,
    rate_limit=SentbeRateLimitError,
    duplicate=SentbeDuplicateError,
    malformed=SentbeMalformedAnswerError,
    read=_read,
    refused=lambda response, body: is_failure(response, body),
)
