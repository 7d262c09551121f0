"""Exchanges between the partner's balances at a locked rate.

The lock comes first (Retrieve Exchange Rate and Create a Lock, whose wire the docs do not
give, so the control API makes locks); finalizing checks the lock, reserves the sold amount at
once and returns the exchange id; the bought amount is credited when the exchange reaches
COMPLETED on the clock (Create and Finalize an Exchange: "COMPLETED or FAILED later").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import InvalidInput
from corridor.simulator.p100.domain.ledger import PARTNER, Ledger
from corridor.simulator.p100.domain.locks import Lock, Locks, mid_rate, with_spread
from corridor.simulator.p100.domain.money import amount as parse_amount
from corridor.simulator.p100.domain.money import currency_code, round_down


@dataclass
class ExchangeLock(Lock):
    currency_from: str = ""
    currency_to: str = ""
    amount: Decimal | None = None  # when the lock was asked for a given amount


@dataclass
class Exchange:
    id: str
    lock: ExchangeLock
    amount_from: Decimal
    amount_to: Decimal
    created_at: datetime
    status: str = "PENDING"


class Exchanges:
    def __init__(
        self, clock: Clock, scheduler: Scheduler, new_id: Callable[[], str], ledger: Ledger
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self._new_id = new_id
        self.ledger = ledger
        self.locks: Locks[ExchangeLock] = Locks(clock, reference.EXCHANGE_LOCK_SECONDS)
        self.exchanges: dict[str, Exchange] = {}

    def lock(self, currency_from: str, currency_to: str, amount: object = None) -> ExchangeLock:
        sold = currency_code(currency_from, "currencyFrom")
        bought = currency_code(currency_to, "currencyTo")
        if sold == bought:
            raise InvalidInput("currencyTo must differ from currencyFrom", "currencyTo")
        held = None if amount is None else parse_amount(_number(amount), sold)
        rate = with_spread(mid_rate(sold, bought), reference.EXCHANGE_SPREAD)
        now = self.clock.now()
        return self.locks.add(
            ExchangeLock(self._new_id(), rate, now, self.locks.expiry(), None, sold, bought, held)
        )

    def finalize(
        self,
        lock_id: str,
        amount: object | None,
        currency_from: str | None,
        currency_to: str | None,
    ) -> Exchange:
        """Execute at the lock's rate: the request's currencies, when sent, must be the lock's,
        and its amount the lock's when the lock holds one."""
        lock = self.locks.usable(lock_id)
        for field, sent, held in (
            ("currencyFrom", currency_from, lock.currency_from),
            ("currencyTo", currency_to, lock.currency_to),
        ):
            if sent is not None and currency_code(sent, field) != held:
                raise InvalidInput(f"{field} must be {held}, the lock's currency", field)
        if amount is not None:
            sold = parse_amount(_number(amount), lock.currency_from)
        elif lock.amount is not None:
            sold = lock.amount
        else:
            raise InvalidInput("amount is required: the lock holds none", "amount")
        if lock.amount is not None and sold != lock.amount:
            raise InvalidInput(f"amount must be {lock.amount}, the locked amount", "amount")
        bought = round_down(sold * lock.rate, lock.currency_to)
        if bought <= 0:
            raise InvalidInput("amount is too small to buy anything at this rate", "amount")
        exchange = Exchange(self._new_id(), lock, sold, bought, self.clock.now())
        self.ledger.debit(PARTNER, lock.currency_from, sold, "exchange", exchange.id)
        self.locks.take(lock_id, exchange.id)
        self.exchanges[exchange.id] = exchange
        due = self.clock.now() + timedelta(seconds=reference.EXCHANGE_SETTLEMENT_SECONDS)
        self.scheduler.at(due, self._complete, exchange)
        return exchange

    def _complete(self, exchange: Exchange) -> None:
        self.ledger.credit(
            PARTNER, exchange.lock.currency_to, exchange.amount_to, "exchange", exchange.id
        )
        exchange.status = "COMPLETED"


def _number(value: object) -> Decimal | int | str:
    if isinstance(value, Decimal | int | str) and not isinstance(value, bool):
        return value
    raise InvalidInput("amount must be a number", "amount")
