"""The error a Sentbe call raises when Sentbe refuses it.

Sentbe answers a failure with `{"result": false, "errors": [{"message", "error_code"}]}` and the
docs do not say with which HTTP status, so a failure is recognised by its body whatever the
status (HTTP 200 included), and any non-2xx answer is a failure too.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

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


@dataclass(frozen=True)
class SentbeErrorDetail:
    """One entry of the `errors` list; `error_code` is None when Sentbe gave none."""

    error_code: str | None
    message: str


class SentbeError(Exception):
    """Sentbe refused a call.

    `error_code` and `message` are those of the first entry of Sentbe's `errors` list (all of
    them are in `errors`); `status_code` is the HTTP status, which may well be 200.
    """

    def __init__(
        self,
        errors: Sequence[SentbeErrorDetail],
        *,
        status_code: int,
        method: str = "",
        url: str = "",
    ) -> None:
        if not errors:
            errors = [SentbeErrorDetail(None, "Sentbe reported a failure without details")]
        self.errors = tuple(errors)
        self.status_code = status_code
        self.method = method
        self.url = url
        reasons = "; ".join(_describe(detail) for detail in self.errors)
        call = f" to {method} {url}" if method else ""
        super().__init__(f"Sentbe refused the call{call} (HTTP {status_code}): {reasons}")

    @property
    def error_code(self) -> str | None:
        return self.errors[0].error_code

    @property
    def message(self) -> str:
        return self.errors[0].message

    @property
    def meaning(self) -> str | None:
        """The docs' meaning of `error_code`, when it is one of the documented codes."""
        return ERROR_MEANINGS.get(self.error_code or "")

    @classmethod
    def from_response(cls, response: httpx.Response) -> SentbeError:
        """The error for a failed answer (of the subclass its first error code calls for)."""
        errors = _details(response)
        error_type = (
            SentbeAuthenticationError if errors[0].error_code in AUTHENTICATION_CODES else cls
        )
        request = response.request
        # The path says which call failed; a query string could carry ids.
        url = str(request.url.copy_with(query=None))
        return error_type(errors, status_code=response.status_code, method=request.method, url=url)


class SentbeAuthenticationError(SentbeError):
    """Sentbe refused the credentials, the headers or the SIGNATURE (E0001, E0003, E0004)."""


def is_failure(response: httpx.Response) -> bool:
    """Whether this (already read) answer is a failure: non-2xx, not JSON, or result false."""
    if not response.is_success:
        return True
    document = _json(response)
    if document is _NOT_JSON:
        return True
    return isinstance(document, dict) and document.get("result") is False


def raise_for_error(response: httpx.Response) -> None:
    """Raise `SentbeError` if this (already read) answer is a failure."""
    if is_failure(response):
        raise SentbeError.from_response(response)


_NOT_JSON = object()


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _NOT_JSON


def _details(response: httpx.Response) -> list[SentbeErrorDetail]:
    document = _json(response)
    if document is _NOT_JSON:
        text = response.text[:_MAX_TEXT].strip() or "an empty body"
        return [SentbeErrorDetail(None, f"the answer is not JSON: {text}")]
    entries = document.get("errors") if isinstance(document, dict) else None
    if not isinstance(entries, list) or not entries:
        return [SentbeErrorDetail(None, f"the answer carries no errors list: {_quote(document)}")]
    return [_detail(entry) for entry in entries]


def _detail(entry: Any) -> SentbeErrorDetail:
    if not isinstance(entry, dict):
        return SentbeErrorDetail(None, _quote(entry))
    code = entry.get("error_code")
    message = entry.get("message")
    return SentbeErrorDetail(
        None if code is None else str(code),
        str(message) if message is not None else ERROR_MEANINGS.get(str(code), "no message"),
    )


def _describe(detail: SentbeErrorDetail) -> str:
    return f"{detail.error_code} {detail.message}" if detail.error_code else detail.message


def _quote(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)[:_MAX_TEXT]
