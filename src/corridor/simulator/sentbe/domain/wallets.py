"""The partner's prefunded wallets (USD and KRW), every movement of money, and deposits.

Balances are exact Decimals in each currency's unit (cents, whole won) and never go negative:
a charge spanning two wallets is checked against both before either moves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from corridor.simulator.clock import Clock
from corridor.simulator.sentbe.domain.errors import (
    CurrencyNotAvailable,
    InvalidParameter,
    LowBalance,
)
from corridor.simulator.sentbe.reference import WALLET_CURRENCIES
from corridor.simulator.store import Numbers, OwnedBy, Records

# No deposit or payout comes near a quadrillion; beyond it sums would also outgrow the 28 digits
# Decimal arithmetic keeps exactly.
MAX_AMOUNT = Decimal("1e15")


def unit(currency: str) -> Decimal:
    return Decimal(1).scaleb(-WALLET_CURRENCIES[currency])


def money(value: Decimal, currency: str, field: str = "amount") -> Decimal:
    """`value` rounded half-up to the currency's unit, within what any wallet can hold."""
    known(currency, field)
    if not value.is_finite() or abs(value) >= MAX_AMOUNT:
        raise InvalidParameter(f"{field} must be below {MAX_AMOUNT:,.0f} {currency}", field)
    return value.quantize(unit(currency), rounding=ROUND_HALF_UP)


def known(currency: str, field: str = "currency") -> str:
    if currency not in WALLET_CURRENCIES:
        offered = " and ".join(WALLET_CURRENCIES)
        raise CurrencyNotAvailable(f"{currency} is no wallet currency (only {offered})", field)
    return currency


@dataclass(frozen=True)
class Charge:
    """An amount taken from one wallet, and what for ("transfer", "distribution cost")."""

    amount: Decimal
    currency: str
    desc: str


@dataclass
class Wallet:
    partner_id: str
    currency: str
    balance: Decimal

    @property
    def id(self) -> str:
        return f"{self.partner_id}:{self.currency}"


@dataclass(frozen=True)
class Movement:
    id: str
    partner_id: str
    currency: str
    amount: Decimal  # positive: credit, negative: debit
    balance: Decimal  # after the movement
    reason: str
    at: datetime


@dataclass(frozen=True)
class Deposit:
    id: str
    partner_id: str
    currency: str
    amount: Decimal
    sender: str
    at: datetime


class Wallets:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.wallets: Records[Wallet] = Records(OwnedBy("partner_id"))
        self.movements: Records[Movement] = Records(OwnedBy("partner_id"))
        self.deposits: Records[Deposit] = Records(OwnedBy("partner_id"))
        self._numbers = Numbers(1)

    def open(self, partner_id: str) -> None:
        for currency in WALLET_CURRENCIES:
            self.wallets.add(Wallet(partner_id, currency, Decimal(0).quantize(unit(currency))))

    def wallet(self, partner_id: str, currency: str) -> Wallet:
        wallet = self.wallets.get(f"{partner_id}:{known(currency)}")
        if wallet is None:
            raise CurrencyNotAvailable(f"the partner holds no {currency} wallet", "currency")
        return wallet

    def of(self, partner_id: str) -> list[Wallet]:
        return list(self.wallets.of([partner_id]))

    def deposit(self, partner_id: str, currency: str, amount: Decimal, sender: str) -> Deposit:
        """Money arrives from outside into one of the partner's wallets."""
        exact = money(amount, currency)
        if exact <= 0:
            raise InvalidParameter(f"amount rounds to nothing in {currency}", "amount")
        self._move(self.wallet(partner_id, currency), exact, "deposit")
        deposit = Deposit(
            str(next(self._numbers)), partner_id, currency, exact, sender, self.clock.now()
        )
        return self.deposits.add(deposit)

    def charge(self, partner_id: str, charges: Iterable[Charge], reason: str) -> None:
        """Take every charge, or none: each wallet must cover all that is asked of it."""
        owed: dict[str, Decimal] = {}
        for item in charges:
            owed[item.currency] = owed.get(item.currency, Decimal(0)) + item.amount
        wallets = {currency: self.wallet(partner_id, currency) for currency in owed}
        for currency, amount in owed.items():
            if wallets[currency].balance < amount:
                raise LowBalance(
                    f"the {currency} wallet holds {wallets[currency].balance}, {amount} is needed",
                    "wallet_info",
                )
        for currency, amount in owed.items():
            self._move(wallets[currency], -amount, reason)

    def give_back(self, partner_id: str, charges: Iterable[Charge], reason: str) -> None:
        for item in charges:
            self._move(self.wallet(partner_id, item.currency), item.amount, reason)

    def _move(self, wallet: Wallet, amount: Decimal, reason: str) -> None:
        balance = wallet.balance + amount
        if balance < 0:  # charge() checks first; this guards the books against any other path
            raise LowBalance(f"the {wallet.currency} wallet cannot go below zero", "wallet_info")
        wallet.balance = balance
        movement = Movement(
            str(len(self.movements)),
            wallet.partner_id,
            wallet.currency,
            amount,
            balance,
            reason,
            self.clock.now(),
        )
        self.movements.add(movement)
