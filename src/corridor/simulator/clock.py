"""The simulator's clock, and the time-driven work scheduled on it.

A frozen clock (the default, used in tests) moves only when `advance` is called, so expiry and
status changes are reproducible. A ticking clock (`corridor simulate`) also follows wall time,
so quotes expire for a developer clicking through a UI; `advance` still jumps it forward.
"""

from __future__ import annotations

import heapq
import math
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVarTuple

DEFAULT_START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday morning
# Far enough for any test, near enough that date arithmetic on "now" never leaves the calendar.
LATEST = datetime(9000, 1, 1, tzinfo=UTC)
Ts = TypeVarTuple("Ts")


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

    @property
    def ticking(self) -> bool:
        return self._ticking

    def set(self, moment: datetime, *, ticking: bool) -> None:
        """Read `moment` from now on, ticking on from it or not. Replaying a journal sets each
        entry's recorded time, so every change happens again at the time it first did."""
        if moment.tzinfo is None:
            raise ValueError("the simulator clock needs a timezone-aware time")
        self._start = moment
        self._offset = timedelta()
        self._ticking = ticking
        self._origin = time.monotonic()

    def __getstate__(self) -> dict[str, Any]:
        # A monotonic reading means nothing in another process: the simulated now is saved,
        # and a ticking clock ticks on from it once restored.
        return {"now": self.now(), "ticking": self._ticking}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._start = state["now"]
        self._offset = timedelta()
        self._ticking = state["ticking"]
        self._origin = time.monotonic()


class Scheduler:
    """Changes that run once the clock reaches their time, oldest first.

    A scheduled change is data, not a closure: a function or bound method that pickle can name
    (a domain object's method) and its arguments (domain objects), so a world's pending changes
    are saved and restored with the rest of its state. A lambda or a function defined inside
    another is refused when it is scheduled, not when the world is next saved.

    A heap keeps the earliest due time on top, so checking for due work (before every request)
    costs the same however many changes are scheduled.
    """

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._heap: list[tuple[datetime, int, Callable[..., None], tuple[Any, ...]]] = []
        self._scheduled = 0  # how many were ever scheduled: ties run in scheduling order
        self.ran = 0  # how many have run: a read that made due changes happen is then recorded

    def at(self, due: datetime, action: Callable[[*Ts], None], *args: *Ts) -> None:
        """Run `action(*args)` once the clock reaches `due`."""
        name = getattr(action, "__qualname__", "")
        if "<lambda>" in name or "<locals>" in name:
            raise TypeError(
                f"schedule a module-level function or a method, not {name}: a scheduled change "
                "is saved with the world's state"
            )
        self._scheduled += 1
        heapq.heappush(self._heap, (due, self._scheduled, action, args))

    def pending(self) -> list[tuple[datetime, Callable[..., None], tuple[Any, ...]]]:
        """The changes not yet run, in the order they will run."""
        return [(due, action, args) for due, _, action, args in sorted(self._heap)]

    def run_due(self) -> None:
        now = self.clock.now()
        while self._heap and self._heap[0][0] <= now:
            _, _, action, args = heapq.heappop(self._heap)
            self.ran += 1
            action(*args)

    def __len__(self) -> int:
        return len(self._heap)
