"""The simulator's clock, and the time-driven work scheduled on it.

A frozen clock (the default, used in tests) moves only when `advance` is called, so expiry and
status changes are reproducible. A ticking clock (`corridor simulate`) also follows wall time,
so quotes expire for a developer clicking through a UI; `advance` still jumps it forward.
"""

from __future__ import annotations

import heapq
import itertools
import math
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

DEFAULT_START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday morning
# Far enough for any test, near enough that date arithmetic on "now" never leaves the calendar.
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


class Clock:
    """Time as the simulator sees it."""

    def __init__(self, start: datetime = DEFAULT_START, *, ticking: bool = False) -> None:
        if start.tzinfo is None:
            raise ValueError("the simulator clock needs a timezone-aware start time")
        self._start = start
        self._offset = timedelta()
        self._ticking = ticking
        self._origin = time.monotonic()

    def now(self) -> datetime:
        if self._ticking:
            elapsed = timedelta(seconds=time.monotonic() - self._origin)
            return self._start + elapsed + self._offset
        return self._start + self._offset

    def advance(self, seconds: float) -> datetime:
        """Jump forward; refuses to go backwards or past the end of the simulated calendar."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("the clock moves forward by a finite, non-negative number of seconds")
        try:
            step = timedelta(seconds=seconds)
            if self.now() + step >= LATEST:
                raise OverflowError
        except OverflowError:
            raise ValueError(f"the clock cannot move past {LATEST.date().isoformat()}") from None
        self._offset += step
        return self.now()


class Scheduler:
    """Callables that run once the clock reaches their time, oldest first.

    A heap keeps the earliest due time on top, so checking for due work (before every request)
    costs the same however many changes are scheduled.
    """

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._heap: list[tuple[datetime, int, Callable[[], None]]] = []
        self._order = itertools.count()

    def at(self, due: datetime, action: Callable[[], None]) -> None:
        heapq.heappush(self._heap, (due, next(self._order), action))

    def run_due(self) -> None:
        now = self.clock.now()
        while self._heap and self._heap[0][0] <= now:
            _, _, action = heapq.heappop(self._heap)
            action()

    def __len__(self) -> int:
        return len(self._heap)
