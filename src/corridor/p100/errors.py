"""The error a P100 call raises when the service answers with a non-2xx status."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

_ACCESS_DENIED_REASON = re.compile(r"Access Denied\.?\s*(xo\d+)", re.IGNORECASE)
_SHOWN_MESSAGE_LENGTH = 300  # an HTML error page from a proxy would drown the useful part


class P100Error(Exception):
    """A non-2xx answer from P100.

    `error_code`, `error_name` and `error_message` are the body's `errorCode`, `errorName` and
    `errorMessage` (each None when absent: validation errors, code P403, have no errorName and
    older answers have no errorMessage). A body that is not P100's error object leaves the code
    and name None and puts its text in `error_message`; `body` keeps the decoded body as sent.
    Compare `error_code` with the constants in `corridor.p100.codes`.
    """

    def __init__(
        self,
        status_code: int,
        error_code: str | None,
        error_name: str | None,
        error_message: str | None,
        method: str,
        url: str,
        body: Any = None,
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.error_name = error_name
        self.error_message = error_message
        self.method = method
        self.url = url
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        details = " ".join(part for part in (self.error_code, self.error_name) if part)
        message = self.error_message or ""
        if len(message) > _SHOWN_MESSAGE_LENGTH:
            message = message[:_SHOWN_MESSAGE_LENGTH] + "..."
        summary = ": ".join(part for part in (details, message) if part) or "no error details"
        return f"P100 answered {self.status_code} to {self.method} {self.url}: {summary}"

    @classmethod
    def from_response(cls, response: httpx.Response) -> P100Error:
        """The error for a non-2xx answer; an `AccessDeniedError` for a 401."""
        request = response.request
        # The query string may carry user ids; the path is enough to say which call failed.
        url = str(request.url.copy_with(query=None))
        body = _decode(response)
        code, name, message = _error_fields(body)
        error_type = AccessDeniedError if response.status_code == 401 else cls
        return error_type(response.status_code, code, name, message, request.method, url, body)


class AccessDeniedError(P100Error):
    """A 401 "Access Denied": the API key is missing or wrong, or the IP is not whitelisted.

    P100 answers it as plain text ("Access Denied. xo2"); `reason` is the xo-code from that
    message (see `codes.ACCESS_DENIED_*`), or None when the answer does not carry one.
    """

    @property
    def reason(self) -> str | None:
        found = _ACCESS_DENIED_REASON.search(self.error_message or "")
        return found.group(1).lower() if found else None


def _decode(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text


def _error_fields(body: Any) -> tuple[str | None, str | None, str | None]:
    if isinstance(body, dict):
        fields = (
            _text(body.get("errorCode")),
            _text(body.get("errorName")),
            _text(body.get("errorMessage")),
        )
        if any(fields):
            return fields
    # The 401 answer is plain text (or, per the spec, possibly a JSON string); other bodies
    # that are not P100's error object are kept as the message so the cause stays visible.
    if isinstance(body, str):
        return None, None, body.strip() or None
    return None, None, None if body is None else json.dumps(body)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
