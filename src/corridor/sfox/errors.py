"""The exceptions the sFOX facade raises."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx

# Long non-JSON bodies (a proxy's HTML page) are kept whole on the error, cut short in its message.
_MESSAGE_LIMIT = 300


class SFoxError(Exception):
    """A non-2xx answer from sFOX.

    `error` is the message of sFOX's `{"error": "..."}` body, or the raw body text when the body
    has another shape or is not JSON; `body` is the decoded JSON, else that text. `retry_after`
    is the Retry-After header in seconds, when the answer carries one.
    """

    def __init__(
        self,
        status_code: int,
        error: str,
        method: str,
        url: str,
        *,
        body: Any = None,
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.error = error
        self.method = method
        self.url = url
        self.body = error if body is None else body
        self.retry_after = retry_after
        shown = error if len(error) <= _MESSAGE_LIMIT else error[:_MESSAGE_LIMIT] + "..."
        super().__init__(f"sFOX answered {status_code} to {method} {url}: {shown}")

    @classmethod
    def from_response(cls, response: httpx.Response) -> SFoxError:
        request = response.request
        return cls.from_content(
            response.status_code,
            response.content,
            request.method,
            request.url,
            retry_after=_retry_after(response.headers),
        )

    @classmethod
    def from_content(
        cls,
        status_code: int,
        content: bytes,
        method: str,
        url: httpx.URL | str,
        *,
        retry_after: float | None = None,
    ) -> SFoxError:
        """Build the error from the parts of an answer (also what the generated `Response` has)."""
        text = content.decode("utf-8", errors="replace")
        body: Any
        try:
            body = json.loads(content)
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = text
        message = body.get("error") if isinstance(body, dict) else None
        # The query string is not needed to say which call failed.
        where = str(httpx.URL(url).copy_with(query=None))
        error = message if isinstance(message, str) else text
        return cls(status_code, error, method.upper(), where, body=body, retry_after=retry_after)


class DuplicateTransferError(SFoxError):
    """Create Transfer refused the transfer_id because a transfer with it already exists.

    With `after_retry` true, an earlier attempt of the same call failed in transit or with a
    5xx/429 and was most likely accepted: the transfer exists once, under `transfer_id`. Without
    it, the caller reused a transfer_id from an earlier transfer.
    """

    def __init__(self, cause: SFoxError, transfer_id: str, *, after_retry: bool) -> None:
        super().__init__(
            cause.status_code,
            cause.error,
            cause.method,
            cause.url,
            body=cause.body,
            retry_after=cause.retry_after,
        )
        self.transfer_id = transfer_id
        self.after_retry = after_retry
        if after_retry:
            detail = (
                f"transfer_id {transfer_id} already exists after a retry: an earlier attempt was "
                "most likely accepted, so the transfer exists once (look it up with "
                "listTransfers); nothing was created twice"
            )
        else:
            detail = f"transfer_id {transfer_id} was already used by an earlier transfer"
        self.args = (f"{self.args[0]} ({detail})",)


class TransferOutcomeUnknownError(Exception):
    """Every attempt of Create Transfer failed in transit or with a 5xx/429 answer.

    sFOX may or may not have created the transfer. Calling `create_transfer` again with the same
    `transfer_id` is safe: it either creates it or reports `DuplicateTransferError`. The last
    failure is the `__cause__`.
    """

    def __init__(self, transfer_id: str, attempts: int) -> None:
        self.transfer_id = transfer_id
        self.attempts = attempts
        super().__init__(
            f"Create Transfer failed {attempts} time(s) for transfer_id {transfer_id}; sFOX may "
            "have created it - retry with the same transfer_id"
        )


class SFoxInputError(ValueError):
    """An argument the facade refuses before sending anything; `field` names it."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        super().__init__(f"{field}: {problem}")


def require_text(field: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise SFoxInputError(field, "must be a non-empty string")


def _retry_after(headers: httpx.Headers) -> float | None:
    # Only the delay-seconds form; sFOX documents no Retry-After header at all.
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None
