"""The simulator's clock: frozen by default so expiry and status changes are reproducible."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

DEFAULT_START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday morning


class Clock:
    """Time as the simulator sees it.

    A frozen clock (the default, used in tests) moves only when `advance` is called. A ticking
    clock (`corridor simulate`) also follows wall time, so quotes expire for a developer clicking
    through a UI; `advance` still jumps it forward.
    """

    def __init__(self, start: datetime = DEFAULT_START, *, ticking: bool = False) -> None:
        if start.tzinfo is None:
            raise ValueError("the simulator clock needs a timezone-aware start time")
        self._start = start
        self._offset = timedelta()
        self._ticking = ticking
        self._origin = time.monotonic()

    def now(self) -> datetime:
        elapsed = (
            timedelta(seconds=time.monotonic() - self._origin) if self._ticking else timedelta()
        )
        return self._start + elapsed + self._offset

    def advance(self, seconds: float) -> datetime:
        if seconds < 0:
            raise ValueError("the simulator clock never goes backwards")
        self._offset += timedelta(seconds=seconds)
        return self.now()
