"""Balances per owner and currency, and every movement of money, newest last.

The partner and each end user own one balance per supported currency (fiat and crypto). A
balance is an exact Decimal that never goes negative; every change is a movement recorded
against it, which the transaction history pages through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from corridor.simulator.clock import Clock
from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import InsufficientFunds, InvalidCurrency

PARTNER = "partner"


def user_owner(external_user_id: str) -> str:
    """The ledger's owner key of an end user; never equal to PARTNER."""
    return f"user/{external_user_id}"


@dataclass
class Balance:
    id: str
    owner: str
    currency: str
    amount: Decimal = Decimal(0)
    # fiat: WAITING_TO_BE_ACTIVATED until the IBAN exists, then ACTIVE (older GitHub docs)
    status: str = "WAITING_TO_BE_ACTIVATED"
    iban: str | None = None
    wallet: str | None = None

    @property
    def fiat(self) -> bool:
        return self.currency in reference.FIAT


@dataclass(frozen=True)
class Movement:
    id: str
    owner: str
    currency: str
    amount: Decimal  # positive: credit, negative: debit
    balance: Decimal  # after the movement
    kind: str  # deposit, withdrawal, sepa-transfer, exchange, order, ...
    reference: str  # the id of the object that moved the money
    at: datetime


class Ledger:
    def __init__(self, clock: Clock, new_id: Callable[[], str]) -> None:
        self.clock = clock
        self._new_id = new_id
        self._balances: dict[tuple[str, str], Balance] = {}
        self._history: dict[str, list[Movement]] = {}

    def open(self, owner: str) -> list[Balance]:
        """One empty balance per supported currency for a new owner."""
        opened = [Balance(self._new_id(), owner, currency) for currency in reference.CURRENCIES]
        for balance in opened:
            self._balances[(owner, balance.currency)] = balance
        self._history[owner] = []
        return opened

    def balances(self, owner: str) -> list[Balance]:
        return [self._balances[(owner, currency)] for currency in reference.CURRENCIES]

    def balance(self, owner: str, currency: str) -> Balance:
        found = self._balances.get((owner, currency))
        if found is None:
            raise InvalidCurrency(f"no {currency} balance", "currency")
        return found

    def __iter__(self) -> Iterator[Balance]:
        return iter(self._balances.values())

    def credit(
        self, owner: str, currency: str, amount: Decimal, kind: str, reference_id: str
    ) -> Movement:
        return self._move(self.balance(owner, currency), amount, kind, reference_id)

    def debit(
        self, owner: str, currency: str, amount: Decimal, kind: str, reference_id: str
    ) -> Movement:
        balance = self.balance(owner, currency)
        if balance.amount < amount:
            raise InsufficientFunds(
                f"the {currency} balance holds {balance.amount}, {amount} is needed", "amount"
            )
        return self._move(balance, -amount, kind, reference_id)

    def can_pay(self, owner: str, currency: str, amount: Decimal) -> bool:
        return self.balance(owner, currency).amount >= amount

    def _move(self, balance: Balance, amount: Decimal, kind: str, reference_id: str) -> Movement:
        balance.amount += amount
        movement = Movement(
            self._new_id(),
            balance.owner,
            balance.currency,
            amount,
            balance.amount,
            kind,
            reference_id,
            self.clock.now(),
        )
        self._history[balance.owner].append(movement)
        return movement

    def history(self, owner: str, offset: int = 0, limit: int = 50) -> tuple[list[Movement], int]:
        """One page of an owner's movements, newest first, and how many there are in all."""
        movements = self._history.get(owner, [])
        total = len(movements)
        end = max(total - offset, 0)
        page = movements[max(end - limit, 0) : end]
        return page[::-1], total

    def movements(self) -> Iterator[Movement]:
        for movements in self._history.values():
            yield from movements
