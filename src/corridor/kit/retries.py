"""How often and how patiently a call is tried again: the policy, and tenacity built from it.

Retries are tenacity's (`Retrying` for sync code, `AsyncRetrying` for async): one policy
object gives both the same stop, wait and retry rules, so sync and async calls behave alike.
Waits grow exponentially with random jitter, and an answer's Retry-After (seconds or an HTTP
date) is honoured, up to `max_retry_after`. What may be retried at all (reads, creates with an
idempotency handle, ...) is decided per request by `corridor.kit.operations`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from corridor.errors import InputError

# 429: rate limited, nothing was done. 503: unavailable, answered before doing anything (a
# provider that answers 503 after committing breaks HTTP's meaning; creates are idempotent
# before they are retried anyway). Other 5xx are not retried: they may follow a half-done write.
RETRY_STATUSES = frozenset({429, 503})


@dataclass(frozen=True)
class Retries:
    """A retry policy; `Retries(attempts=1)` (or `NO_RETRIES`) turns retrying off.

    `attempts` counts every try, the first included. The n-th wait is `initial * 2**(n-1)`
    seconds, at most `maximum`, plus up to `jitter` seconds at random; a Retry-After header
    replaces it, capped at `max_retry_after`.
    """

    attempts: int = 3
    initial: float = 0.5
    maximum: float = 8.0
    jitter: float = 0.5
    max_retry_after: float = 60.0
    statuses: frozenset[int] = field(default=RETRY_STATUSES)

    def __post_init__(self) -> None:
        if isinstance(self.attempts, bool) or not isinstance(self.attempts, int):
            raise InputError("attempts", f"must be an int >= 1, not {self.attempts!r}")
        if self.attempts < 1:
            raise InputError("attempts", f"must be an int >= 1, not {self.attempts!r}")
        for name in ("initial", "maximum", "jitter", "max_retry_after"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or value < 0
            ):
                raise InputError(name, f"must be a finite number of seconds >= 0, not {value!r}")
        if not all(isinstance(s, int) and 400 <= s <= 599 for s in self.statuses):
            raise InputError("statuses", "must be HTTP error statuses (400-599)")


NO_RETRIES = Retries(attempts=1)
DEFAULT_RETRIES = Retries()


class RetryableAnswer(Exception):
    """An answer worth another try (429/503): carried through tenacity as an exception."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response
        self.retry_after = retry_after(response.headers)


def retry_after(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """Retry-After in seconds (delay-seconds or an HTTP date), None when absent or unreadable."""
    value = headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
        return max(seconds, 0.0)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _wait(policy: Retries) -> Callable[[RetryCallState], float]:
    backoff = wait_exponential_jitter(
        multiplier=policy.initial, max=policy.maximum, jitter=policy.jitter
    )

    def wait(state: RetryCallState) -> float:
        failure = state.outcome.exception() if state.outcome is not None else None
        if isinstance(failure, RetryableAnswer) and failure.retry_after is not None:
            return min(failure.retry_after, policy.max_retry_after)
        return float(backoff(state))

    return wait


def _arguments(policy: Retries, retryable: Callable[[BaseException], bool]) -> dict[str, Any]:
    return {
        "stop": stop_after_attempt(policy.attempts),
        "wait": _wait(policy),
        "retry": retry_if_exception(retryable),
        "reraise": True,
    }


def retrying(policy: Retries, retryable: Callable[[BaseException], bool]) -> Retrying:
    """tenacity's sync controller for `policy`; `retryable` says which failures to retry."""
    return Retrying(**_arguments(policy, retryable))


def async_retrying(policy: Retries, retryable: Callable[[BaseException], bool]) -> AsyncRetrying:
    """The same controller for async code (it sleeps with asyncio)."""
    return AsyncRetrying(**_arguments(policy, retryable))
