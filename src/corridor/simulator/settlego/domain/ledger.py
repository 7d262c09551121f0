"""Currency accounts, their balances and every movement of money, and pay-ins from outside.

A balance is an exact Decimal that never goes negative; every change is a movement recorded
against the account, which balance history is built from.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from corridor.simulator.clock import Clock
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.domain.errors import (
    Conflict,
    InsufficientFunds,
    NoCurrencyAccount,
    UnsupportedCurrency,
)
from corridor.simulator.settlego.domain.money import money
from corridor.simulator.store import Identified, OwnedBy, Records


@dataclass
class Account:
    """A currency account; its pay-in bank details are the docs' sandbox ones
    (settlego-api.txt:596-606): SIM BANK, one account number, an IBAN per account."""

    client_id: str
    currency: str
    iban: str
    balance: Decimal = Decimal(0)
    status: str = "active"
    holder_name: str = "SIM ACCOUNT"
    account_number: str = "12345678"
    bank_name: str = "SIM BANK"
    bic_swift: str = "SIM0000"
    bank_address: str | None = None
    bank_country: str | None = None
    routing_codes: list[dict[str, str]] | None = None

    @property
    def id(self) -> str:
        return account_key(self.client_id, self.currency)


def account_key(client_id: str, currency: str) -> str:
    return f"{client_id}:{currency}"


@dataclass(frozen=True)
class Movement:
    id: str
    client_id: str
    currency: str
    day: date
    amount: Decimal  # positive: credit, negative: debit
    balance: Decimal  # after the movement
    reason: str


@dataclass(frozen=True)
class PayIn:
    id: str
    client_id: str
    currency: str
    amount: Decimal
    transaction_reference: str
    at: datetime
    sender_name: str
    sender_bic: str = "SNDRGB2L"


class Ledger:
    def __init__(self, clock: Clock, new_id: Callable[[], str], rng: random.Random) -> None:
        self.clock = clock
        self.new_id = new_id
        self.random = rng
        self.accounts: Records[Account] = Records(OwnedBy("client_id"))
        self.movements: Records[Movement] = Records(OwnedBy("client_id"))
        self.pay_ins: Records[PayIn] = Records(OwnedBy("client_id"))

    def open(self, client_id: str, currency: str) -> Account:
        """One account per currency per client, in a currency SettleGo offers."""
        if currency not in reference.CURRENCIES:
            raise UnsupportedCurrency(f"{currency} is not a supported currency", "currency")
        if self.accounts.get(account_key(client_id, currency)) is not None:
            raise Conflict(f"a {currency} currency account already exists", "currency")
        number = len(self.accounts) + 1
        account = Account(
            client_id=client_id,
            currency=currency,
            iban=f"DE04700TESTIBAN{number:07d}",  # the docs' sandbox IBANs, numbered
            balance=money(0, currency),
        )
        return self.accounts.add(account)

    def find(self, client_id: str, currency: str) -> Account | None:
        return self.accounts.get(account_key(client_id, currency))

    def account(self, client_id: str, currency: str) -> Account:
        account = self.find(client_id, currency)
        if account is None:
            raise NoCurrencyAccount(f"no {currency} currency account for this client", "currency")
        return account

    def move(self, client_id: str, currency: str, amount: Decimal, reason: str) -> None:
        """Credit (positive) or debit (negative) an account; a balance never goes negative."""
        account = self.account(client_id, currency)
        balance = account.balance + amount
        if balance < 0:
            raise InsufficientFunds(f"insufficient {currency} balance", "amount")
        account.balance = balance
        movement = Movement(
            str(len(self.movements)),
            client_id,
            currency,
            self.clock.now().date(),
            amount,
            balance,
            reason,
        )
        self.movements.add(movement)

    def pay_in(self, client_id: str, currency: str, amount: Decimal, sender: str) -> PayIn:
        """A deposit from outside arrives in a client's account."""
        exact = money(amount, currency)
        if exact <= 0:
            raise Conflict(f"amount rounds to zero in {currency}", "amount")
        self.move(client_id, currency, exact, "pay-in")
        pay_in = PayIn(
            self.new_id(),
            client_id,
            currency,
            exact,
            self.transaction_reference(),
            self.clock.now(),
            sender,
        )
        return self.pay_ins.add(pay_in)

    def transaction_reference(self) -> str:
        alphabet = string.ascii_uppercase + string.digits
        suffix = "".join(self.random.choice(alphabet) for _ in range(6))
        return f"{self.clock.now():%Y%m%d}-{suffix}"

    def daily_balances(
        self, client_id: str, currency: str | None, first: str | None, last: str | None
    ) -> list[dict[str, Any]]:
        """Opening and closing balance per account and day with movements, oldest first."""
        days: dict[tuple[str, str], dict[str, Any]] = {}
        for entry in self.movements.of([client_id]):
            day = entry.day.isoformat()
            if currency not in (None, entry.currency):
                continue
            if (first is not None and day < first) or (last is not None and day > last):
                continue
            row = days.setdefault(
                (entry.currency, day),
                {
                    "currency": entry.currency,
                    "date": day,
                    "openingBalance": entry.balance - entry.amount,
                },
            )
            row["closingBalance"] = entry.balance
        return list(days.values())


Waiting = TypeVar("Waiting", bound=Identified)


class FundingQueue(Generic[Waiting]):
    """What waits for money in a client's currency account (payments, conversions): funded
    oldest first, while the balance covers each one's cost."""

    def __init__(self, ledger: Ledger, cost: Callable[[Waiting], Decimal]) -> None:
        self.ledger = ledger
        self.cost = cost
        self._waiting: dict[tuple[str, str], dict[str, Waiting]] = {}

    def wait(self, client_id: str, currency: str, item: Waiting) -> None:
        self._waiting.setdefault((client_id, currency), {})[item.id] = item

    def drop(self, client_id: str, currency: str, item: Waiting) -> None:
        self._waiting.get((client_id, currency), {}).pop(item.id, None)

    def release(self, client_id: str, currency: str, fund: Callable[[Waiting], None]) -> None:
        waiting = self._waiting.get((client_id, currency), {})
        account = self.ledger.account(client_id, currency)
        for item in list(waiting.values()):
            if account.balance >= self.cost(item):
                del waiting[item.id]
                fund(item)
