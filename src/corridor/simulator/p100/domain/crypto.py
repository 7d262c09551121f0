"""Crypto moving in and out of the books: deposits to a wallet, withdrawals to outside.

A deposit is seen on chain as WAITING_FOR_VERIFICATION and ends SUCCESSFUL (credited) or
UNSUCCESSFUL on the clock; one below the network's minimum deposit is UNSUCCESSFUL, and one
waiting for Travel Rule data stays WAITING_FOR_TR_DATA (Update Travel Rule has no wire details).
A withdrawal debits the amount and the network fee at once (the docs advise checking both
first) and is sent on the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Protocol

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import (
    InvalidCurrency,
    InvalidInput,
    UserNotVerified,
)
from corridor.simulator.p100.domain.identifiers import Identifiers
from corridor.simulator.p100.domain.ledger import PARTNER, Ledger
from corridor.simulator.p100.domain.money import amount as parse_amount
from corridor.simulator.p100.domain.money import currency_code
from corridor.simulator.p100.domain.users import User

OUTCOMES = frozenset({"SUCCESSFUL", "UNSUCCESSFUL", "WAITING_FOR_TR_DATA"})


@dataclass
class CryptoDeposit:
    id: str
    owner: str
    user: User | None  # None for the partner's own wallet
    currency: str
    amount: Decimal
    transaction_hash: str
    created_at: datetime
    status: str = "WAITING_FOR_VERIFICATION"

    @property
    def credited(self) -> bool:
        return self.status == "SUCCESSFUL"


@dataclass(frozen=True)
class TravelRule:
    """Who receives a withdrawal, as the Travel Rule needs it told."""

    name: str
    wallet_type: str  # CUSTODIAL, NON_CUSTODIAL or OTHER
    receiver_type: str  # NATURAL or LEGAL


@dataclass
class CryptoWithdrawal:
    id: str
    user: User
    currency: str
    network: str
    amount: Decimal
    fee: Decimal
    wallet_address: str
    memo: str | None
    travel_rule: TravelRule
    created_at: datetime
    status: str = "PENDING"
    transaction_hash: str | None = None


class DepositNotifier(Protocol):
    def crypto_deposit_changed(self, deposit: CryptoDeposit) -> None: ...


class Crypto:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        new_id: Callable[[], str],
        identifiers: Identifiers,
        ledger: Ledger,
        notify: DepositNotifier,
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self._new_id = new_id
        self.identifiers = identifiers
        self.ledger = ledger
        self.notify = notify
        self.deposits: list[CryptoDeposit] = []
        self.withdrawals: dict[str, CryptoWithdrawal] = {}

    def deposit(
        self,
        user: User | None,
        currency: str,
        amount: Decimal,
        outcome: str = "SUCCESSFUL",
        *,
        verified_now: bool = False,
    ) -> CryptoDeposit:
        """Crypto arrives at a wallet; `verified_now` settles it at once (the control API's
        plain deposit), otherwise after the verification delay."""
        crypto = currency_code(currency, allowed=reference.CRYPTO)
        if outcome not in OUTCOMES:
            choices = ", ".join(sorted(OUTCOMES))
            raise InvalidInput(f"outcome must be one of {choices}", "outcome")
        if user is not None and not user.active:
            raise UserNotVerified(f"{user.external_id!r} has no {crypto} wallet yet", "owner")
        exact = parse_amount(amount, crypto)
        if exact < reference.networks(crypto)[0].min_deposit:
            outcome = "UNSUCCESSFUL"
        deposit = CryptoDeposit(
            self._new_id(),
            PARTNER if user is None else user.owner,
            user,
            crypto,
            exact,
            self.identifiers.transaction_hash(),
            self.clock.now(),
        )
        self.deposits.append(deposit)
        if verified_now:
            self._settle(deposit, outcome)
            return deposit
        self.notify.crypto_deposit_changed(deposit)
        due = self.clock.now() + timedelta(seconds=reference.CRYPTO_VERIFICATION_SECONDS)
        self.scheduler.at(due, self._settle, deposit, outcome)
        return deposit

    def _settle(self, deposit: CryptoDeposit, outcome: str) -> None:
        deposit.status = outcome
        if deposit.credited:
            self.ledger.credit(
                deposit.owner, deposit.currency, deposit.amount, "crypto-deposit", deposit.id
            )
        self.notify.crypto_deposit_changed(deposit)

    def network_fee(self, currency: str, network: str | None) -> Decimal:
        crypto = currency_code(currency, allowed=reference.CRYPTO)
        chain = reference.network(crypto, network)
        if chain is None:
            raise InvalidCurrency(f"{crypto} cannot be withdrawn on {network}", "network")
        return chain.fee

    def withdraw(
        self,
        user: User,
        currency: str,
        amount: Decimal | int,
        wallet_address: str,
        network: str | None,
        memo: str | None,
        travel_rule: TravelRule,
    ) -> CryptoWithdrawal:
        crypto = currency_code(currency, allowed=reference.CRYPTO)
        chain = reference.network(crypto, network)
        if chain is None:
            raise InvalidCurrency(f"{crypto} cannot be withdrawn on {network}", "network")
        if not user.active:
            raise UserNotVerified(
                f"{user.external_id!r} has no {crypto} balance yet", "sourceExternalUserId"
            )
        exact = parse_amount(amount, crypto)
        if exact < chain.min_withdrawal:
            raise InvalidInput(f"amount must be at least {chain.min_withdrawal}", "amount")
        withdrawal = CryptoWithdrawal(
            self._new_id(),
            user,
            crypto,
            chain.key,
            exact,
            chain.fee,
            wallet_address,
            memo,
            travel_rule,
            self.clock.now(),
        )
        self.ledger.debit(user.owner, crypto, exact + chain.fee, "crypto-withdrawal", withdrawal.id)
        self.withdrawals[withdrawal.id] = withdrawal
        due = self.clock.now() + timedelta(seconds=reference.CRYPTO_WITHDRAWAL_SECONDS)
        self.scheduler.at(due, self._send, withdrawal)
        return withdrawal

    def _send(self, withdrawal: CryptoWithdrawal) -> None:
        withdrawal.status = "SUCCESSFUL"
        withdrawal.transaction_hash = self.identifiers.transaction_hash()
