"""Rate locks: a rate held for a limited time, usable once (exchanges and orders alike)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Generic, TypeVar

from corridor.simulator.clock import Clock
from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import LockExpired, LockNotFound, LockUsed


@dataclass
class Lock:
    id: str
    rate: Decimal
    created_at: datetime
    expires_at: datetime
    used_by: str | None = None  # the exchange or order that used it


L = TypeVar("L", bound=Lock)


class Locks(Generic[L]):
    def __init__(self, clock: Clock, lifetime_seconds: int) -> None:
        self.clock = clock
        self.lifetime = timedelta(seconds=lifetime_seconds)
        self._locks: dict[str, L] = {}

    def expiry(self) -> datetime:
        return self.clock.now() + self.lifetime

    def add(self, lock: L) -> L:
        self._locks[lock.id] = lock
        return lock

    def take(self, lock_id: str, user: str, field: str = "lockId") -> L:
        """The lock, now spent by `user`; refused if unknown, expired or spent. Call it last,
        once every other rule has passed."""
        lock = self.usable(lock_id, field)
        lock.used_by = user
        return lock

    def usable(self, lock_id: str, field: str = "lockId") -> L:
        lock = self._locks.get(lock_id)
        if lock is None:
            raise LockNotFound(f"no rate lock {lock_id!r}", field)
        if lock.used_by is not None:
            raise LockUsed(f"the rate lock was used by {lock.used_by}", field)
        if self.clock.now() >= lock.expires_at:
            raise LockExpired(f"the rate lock expired at {lock.expires_at.isoformat()}", field)
        return lock

    def values(self) -> list[L]:
        return list(self._locks.values())


def mid_rate(sold: str, bought: str) -> Decimal:
    """Units of `bought` per unit of `sold`, from both currencies' EUR rates."""
    return reference.EUR_RATES[sold] / reference.EUR_RATES[bought]


def with_spread(rate: Decimal, spread: Decimal) -> Decimal:
    """The rate a lock offers: the mid rate less P100's spread, to 8 decimal places."""
    return (rate * (1 - spread)).quantize(Decimal("1e-8"), rounding=ROUND_DOWN)
