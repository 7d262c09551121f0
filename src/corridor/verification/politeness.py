"""A verification of a real service keeps to the service's rate limit, on the client side.

Against `--base-url`, every request of the run (sign-ins and seeding through httpx, generated
cases through Schemathesis' `requests`) takes a permit from one limiter first: the provider's
documented limit (`Provider.rate_limit`, from its docs), `--rate-limit`, or
`DEFAULT_RATE_LIMIT` where the docs give none. The limiter is pyrate-limiter's, the one
Schemathesis' own `rate-limit` option builds; corridor drives it itself because Schemathesis
takes either a limit or the waiting out of 429s, not both, and checks each 429 it waited out
as an answer of its own.

An answer 429 Too Many Requests is sent again after its Retry-After (at most `MAX_RETRIES`
times) and counted: the run reports how many it waited out, and none is a failure by itself.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import requests
from pyrate_limiter import Limiter, Rate
from requests.auth import AuthBase

# Where the provider's docs state no limit: gentle enough for any sandbox.
DEFAULT_RATE_LIMIT = "10/1s"
MAX_RETRIES = 5
MAX_WAIT = 60.0  # seconds: a longer Retry-After is waited out this long at most
_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0}


@dataclass(frozen=True)
class RateLimit:
    requests: int
    seconds: float

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """`N/PERIOD`: 250/10s, 100/m, 5/1.5s; `ValueError` with the reason otherwise."""
        match = re.fullmatch(r"\s*([0-9]{1,9})\s*/\s*([0-9]{0,6}(?:\.[0-9]+)?)\s*([smh])\s*", text)
        if match is None:
            raise ValueError(f"expected N/PERIOD such as 250/10s or 100/m, got {text!r}")
        requests, amount, unit = int(match[1]), float(match[2] or 1), match[3]
        if requests < 1 or amount <= 0:
            raise ValueError(f"a rate limit needs at least one request per period, got {text!r}")
        return cls(requests, amount * _UNITS[unit])

    def __str__(self) -> str:
        return f"{self.requests} requests per {self.seconds:g} s"


class Pace:
    """One limiter for every request a run sends, and the count of 429s it waited out."""

    def __init__(self, limit: RateLimit, source: str) -> None:
        self.limit = limit
        self.source = source  # where the limit comes from, said in the report
        self.waited_out = 0
        self._lock = threading.Lock()
        self._limiter = Limiter(Rate(limit.requests, max(1, round(limit.seconds * 1000))))

    def acquire(self) -> None:
        self._limiter.try_acquire("target")

    def note_retry(self) -> None:
        with self._lock:
            self.waited_out += 1

    def auth(self, inner: AuthBase | None) -> Paced:
        return Paced(self, inner)

    def transport(self, inner: httpx.BaseTransport) -> PacedTransport:
        return PacedTransport(self, inner)

    def describe(self) -> str:
        waited = (
            f"{self.waited_out} answer(s) 429 Too Many Requests were waited out and sent again "
            "after their Retry-After (not failures)"
            if self.waited_out
            else "no answer was 429 Too Many Requests"
        )
        return f"rate limit: at most {self.limit} ({self.source}); {waited}"


def retry_after(value: str | None) -> float:
    """Seconds to wait for a Retry-After (seconds or an HTTP date); 1 when absent or unread."""
    if not value:
        return 1.0
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError):
            return 1.0
    return max(0.0, min(MAX_WAIT, seconds))


class Paced(AuthBase):
    """A `requests` auth: a permit before each request, 429s waited out and sent again; `inner`
    (the provider's request signing) applied after."""

    def __init__(self, pace: Pace, inner: AuthBase | None) -> None:
        self.pace = pace
        self.inner = inner

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        self.pace.acquire()
        request.register_hook("response", self._wait_out)
        return self.inner(request) if self.inner is not None else request

    def _wait_out(self, response: requests.Response, **send: Any) -> requests.Response:
        for _ in range(MAX_RETRIES):
            if response.status_code != 429:
                break
            self.pace.note_retry()
            time.sleep(retry_after(response.headers.get("Retry-After")))
            self.pace.acquire()
            again = response.request.copy()
            response.close()
            response = response.connection.send(again, **send)
        return response


class PacedTransport(httpx.BaseTransport):
    """The same for httpx (sign-ins, seeding): a permit per request, 429s waited out."""

    def __init__(self, pace: Pace, inner: httpx.BaseTransport) -> None:
        self._pace = pace
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for _ in range(MAX_RETRIES):
            self._pace.acquire()
            response = self._inner.handle_request(request)
            if response.status_code != 429:
                return response
            self._pace.note_retry()
            response.read()
            response.close()
            time.sleep(retry_after(response.headers.get("Retry-After")))
        self._pace.acquire()
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()
