"""sFOX Connect's whole state for one partner, and every rule that spans areas.

moto calls this a backend: typed methods, named errors, no HTTP. Handlers call it; the dialect
renders its refusals. The partner holds a master account and the enterprise key; its end users
hold balances, a bank account, withdrawals and EDD requests.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from corridor.providers.sfox.credentials import DEFAULT_ENTERPRISE_API_KEY
from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.banks import Banks
from corridor.simulator.sfox.domain.edd import DueDiligence
from corridor.simulator.sfox.domain.errors import (
    INVALID_ENTERPRISE_TOKEN,
    NO_ACCOUNT_TO_DISABLE,
    NON_ZERO_BALANCES,
    NotAuthenticated,
    NotFound,
    Unprocessable,
)
from corridor.simulator.sfox.domain.inbox import Inbox
from corridor.simulator.sfox.domain.ledger import MASTER, Ledger
from corridor.simulator.sfox.domain.monetization import Monetization
from corridor.simulator.sfox.domain.money import currency_code, quantity
from corridor.simulator.sfox.domain.transfers import PAYMENT, PAYOUT, Transfers
from corridor.simulator.sfox.domain.users import EndUser, Users
from corridor.simulator.sfox.domain.withdrawals import Withdrawal, Withdrawals
from corridor.simulator.store import Numbers

FIRST_ATX_ID = 1_700_001
ACH = "ach"


@dataclass(frozen=True)
class Deposit:
    owner: str  # a user_id, or MASTER
    currency: str
    amount: Decimal
    atx_id: int
    via: str  # "wire" or "ach"


class Backend:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        new_id: Callable[[], str],
        rng: random.Random,
        *,
        api_key: str = DEFAULT_ENTERPRISE_API_KEY,
        transfer_permissions: Iterable[str] = (PAYMENT, PAYOUT),
        monetization_permissions: Iterable[tuple[str, str]] = (
            reference.DEFAULT_MONETIZATION_PERMISSIONS
        ),
        may_delete_settings: bool = True,
    ) -> None:
        self.clock = clock
        self.api_key = api_key
        self._atx_ids = Numbers(FIRST_ATX_ID)
        self.inbox = Inbox(clock)
        self.ledger = Ledger(clock)
        self.users = Users(clock, rng, self.inbox)
        self.banks = Banks(clock, new_id, rng, self.inbox)
        self.monetization = Monetization(
            clock, monetization_permissions, may_delete=may_delete_settings
        )
        self.withdrawals = Withdrawals(
            clock, scheduler, self.ledger, self.inbox, self.next_atx, self._fee_processed
        )
        self.transfers = Transfers(
            clock, scheduler, self.ledger, self.inbox, self.next_atx, transfer_permissions
        )
        self.edd = DueDiligence(clock, scheduler)

    def next_atx(self) -> int:
        return next(self._atx_ids)

    # ---- who is calling --------------------------------------------------------------------

    def authenticate_partner(self, token: str | None) -> None:
        if token is None or not secrets.compare_digest(token.encode(), self.api_key.encode()):
            raise NotAuthenticated(INVALID_ENTERPRISE_TOKEN)

    # ---- end users -------------------------------------------------------------------------

    def deactivate(self, user_id: str) -> None:
        """Only a user whose balances are all zero (nothing held either) can be deactivated."""
        user = self.users.records.get(user_id)
        if user is None or not user.active:
            raise NotFound(NO_ACCOUNT_TO_DISABLE, "user_id")
        if self.ledger.holds_anything(user.id):
            raise Unprocessable(NON_ZERO_BALANCES)
        self.users.deactivate(user)

    # ---- money from outside ------------------------------------------------------------------

    def deposit(self, owner: str | None, currency: str, amount: Decimal, via: str) -> Deposit:
        """Money arrives by wire (or, for a user with ACH enabled, by ACH) on the master account
        (owner None) or on an end user's account."""
        code = currency_code(currency)
        exact = quantity(amount, code, "amount")
        if via not in ("wire", ACH):
            raise Unprocessable('sender must be "wire" or "ach"', "sender")
        holder = MASTER
        if owner is not None:
            user = self.users.active(owner, "owner")
            holder = user.id
            if via == ACH:
                self.banks.record_ach_deposit(user, code, exact)
        elif via == ACH:
            raise Unprocessable("ACH deposits are for end users", "sender")
        atx_id = self.next_atx()
        self.ledger.deposit(holder, code, exact, f"{via} deposit", atx_id)
        return Deposit(holder, code, exact, atx_id, via)

    # ---- withdrawals (started outside this API) --------------------------------------------

    def request_withdrawal(self, user_id: str, currency: str, amount: Decimal) -> Withdrawal:
        user = self.users.active(user_id)
        code = currency_code(currency)
        exact = quantity(amount, code, "amount")
        fee, setting = self.monetization.withdrawal_fee(user.id, code)
        return self.withdrawals.request(user, code, exact, fee, setting)

    def _fee_processed(self, withdrawal: Withdrawal) -> None:
        if withdrawal.fee_setting is None:
            return
        self.monetization.charge(
            withdrawal.fee_setting,
            withdrawal.user_id,
            withdrawal.currency,
            withdrawal.atx_id,
            withdrawal.fee,
            withdrawal.confirmed_at or withdrawal.created_at,
        )

    def user(self, user_id: str) -> EndUser:
        return self.users.active(user_id)
