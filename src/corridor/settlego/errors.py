"""The error a SettleGo call raises when the service answers with a non-2xx status."""

from __future__ import annotations

import json
from typing import Any

import httpx


class SettleGoError(Exception):
    """A non-2xx answer from SettleGo.

    `status_code` is the HTTP status; `body` is the decoded JSON body when it is JSON, else the
    raw text (SettleGo documents its error statuses but not an error body shape).
    """

    def __init__(self, status_code: int, body: Any, method: str, url: str) -> None:
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url
        super().__init__(f"SettleGo answered {status_code} to {method} {url}: {body!r}")

    @classmethod
    def from_response(cls, response: httpx.Response) -> SettleGoError:
        request = response.request
        # The query string may carry ids; the path is enough to say which call failed.
        url = str(request.url.copy_with(query=None))
        return cls(response.status_code, _decode(response), request.method, url)


class SettleGoAuthenticationError(SettleGoError):
    """Login was refused, or a request was still refused after logging in again."""


def _decode(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text
