"""Balances of the partner's master account and of every end user, per currency, and every
movement of money between them and the outside world.

A balance has two parts: what is available, and what is held for a pending PAYMENT transfer or
withdrawal. Neither part ever goes negative, and each change is a movement recorded against
it, so a balance always equals the sum of its movements.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from corridor.simulator.clock import Clock
from corridor.simulator.sfox.domain.errors import INSUFFICIENT_FUNDS, Unprocessable
from corridor.simulator.store import Numbers, OwnedBy, Records

MASTER = ""  # the partner's master account; user_ids are never empty
AVAILABLE = "available"
HELD = "held"


@dataclass
class Balance:
    available: Decimal = Decimal(0)
    held: Decimal = Decimal(0)

    @property
    def total(self) -> Decimal:
        return self.available + self.held


@dataclass(frozen=True)
class Movement:
    id: str
    owner: str  # a user_id, or MASTER
    currency: str
    bucket: str  # AVAILABLE or HELD
    amount: Decimal  # positive: in, negative: out
    balance: Decimal  # of the bucket, after the movement
    reason: str
    atx_id: int
    at: datetime


class Ledger:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._balances: dict[str, dict[str, Balance]] = {}  # owner -> currency -> balance
        self.movements: Records[Movement] = Records(OwnedBy("owner"))
        self._ids = Numbers(1)
        # money that came in from outside and went out to it, per currency
        self.deposited: dict[str, Decimal] = defaultdict(Decimal)
        self.withdrawn: dict[str, Decimal] = defaultdict(Decimal)

    def balance(self, owner: str, currency: str) -> Balance:
        return self._balances.get(owner, {}).get(currency) or Balance()

    def balances(self, owner: str) -> dict[str, Balance]:
        """The owner's balances by currency, including those that came back to zero."""
        return dict(self._balances.get(owner, {}))

    def all_balances(self) -> Iterator[tuple[str, str, Balance]]:
        for owner, by_currency in self._balances.items():
            for currency, balance in by_currency.items():
                yield owner, currency, balance

    def holds_anything(self, owner: str) -> bool:
        return any(balance.total for balance in self.balances(owner).values())

    # ---- money from and to the outside ---------------------------------------------------

    def deposit(self, owner: str, currency: str, amount: Decimal, reason: str, atx_id: int) -> None:
        self._change(owner, currency, AVAILABLE, amount, reason, atx_id)
        self.deposited[currency] += amount

    def pay_out_held(
        self, owner: str, currency: str, amount: Decimal, reason: str, atx_id: int
    ) -> None:
        """Held funds leave sFOX (a processed withdrawal)."""
        self._change(owner, currency, HELD, -amount, reason, atx_id)
        self.withdrawn[currency] += amount

    # ---- movements inside sFOX -------------------------------------------------------------

    def move(
        self, payer: str, payee: str, currency: str, amount: Decimal, reason: str, atx_id: int
    ) -> None:
        """Available funds from one account to another, or InsufficientFunds."""
        self.require_available(payer, currency, amount)
        self._change(payer, currency, AVAILABLE, -amount, reason, atx_id)
        self._change(payee, currency, AVAILABLE, amount, reason, atx_id)

    def hold(self, owner: str, currency: str, amount: Decimal, reason: str, atx_id: int) -> None:
        """Set available funds aside for a pending PAYMENT or withdrawal."""
        self.require_available(owner, currency, amount)
        self._change(owner, currency, AVAILABLE, -amount, reason, atx_id)
        self._change(owner, currency, HELD, amount, reason, atx_id)

    def release(self, owner: str, currency: str, amount: Decimal, reason: str, atx_id: int) -> None:
        """Held funds become available again (a cancelled PAYMENT or withdrawal)."""
        self._change(owner, currency, HELD, -amount, reason, atx_id)
        self._change(owner, currency, AVAILABLE, amount, reason, atx_id)

    def settle_held(
        self, payer: str, payee: str, currency: str, amount: Decimal, reason: str, atx_id: int
    ) -> None:
        """Funds held on the payer's account reach the payee (a confirmed PAYMENT)."""
        self._change(payer, currency, HELD, -amount, reason, atx_id)
        self._change(payee, currency, AVAILABLE, amount, reason, atx_id)

    def require_available(self, owner: str, currency: str, amount: Decimal) -> None:
        if self.balance(owner, currency).available < amount:
            raise Unprocessable(INSUFFICIENT_FUNDS, "quantity")

    def _change(
        self, owner: str, currency: str, bucket: str, amount: Decimal, reason: str, atx_id: int
    ) -> None:
        balance = self._balances.setdefault(owner, {}).setdefault(currency, Balance())
        after = getattr(balance, bucket) + amount
        if after < 0:  # callers check first; this guards the books, not the caller
            raise Unprocessable(INSUFFICIENT_FUNDS, "quantity")
        setattr(balance, bucket, after)
        movement = Movement(
            str(next(self._ids)),
            owner,
            currency,
            bucket,
            amount,
            after,
            reason,
            atx_id,
            self.clock.now(),
        )
        self.movements.add(movement)
