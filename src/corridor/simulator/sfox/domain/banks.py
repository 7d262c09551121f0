"""An end user's linked bank account: linked by hand (verified with two micro-deposits) or
through Plaid processor tokens, ACH enablement, and the weekly ACH deposit allowance.

sFOX links one bank account per user at a time; another can be linked once the first is
deleted. A bank account linked by hand stays pending until the user confirms the two amounts
(each under 1) sFOX deposited on it, with a limited number of attempts.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from corridor.simulator import draws
from corridor.simulator.clock import Clock
from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.errors import (
    NO_BANK_ACCOUNT,
    TOO_MANY_ATTEMPTS,
    BadRequest,
    NotFound,
    Unprocessable,
)
from corridor.simulator.sfox.domain.inbox import Inbox
from corridor.simulator.sfox.domain.users import EndUser

ACTIVE = "active"
PENDING_VERIFICATION = "pending verification"
SFOX = "sfox"
DWOLLA = "dwolla"
ALREADY_LINKED = (
    "An active bank account is already linked to this user. Delete it (Delete Bank Account) "
    "to link a new one, and try again."
)
PLAID_BANK_NAME = "First Platypus Bank"  # the name of Plaid's sandbox institution


@dataclass(frozen=True)
class ManualDetails:
    """What Create Bank Account takes."""

    holder_type: str  # individual or corporate
    account_kind: str  # checking or savings
    international: bool
    account_number: str
    routing_number: str | None
    swift_number: str | None
    enable_wires: bool
    first_name: str
    last_name: str
    business_name: str | None
    currency: str | None
    bank_name: str | None
    wire_instructions: str | None
    wire_routing_number: str | None


@dataclass
class Processor:
    name: str  # sfox or dwolla
    token: str
    added_at: datetime
    updated_at: datetime
    status: str = "created"


@dataclass
class BankAccount:
    id: str
    user_id: str
    linked_by: str  # "manual" or "plaid"
    status: str
    name: str
    routing_number: str
    account_number: str
    currency: str
    kind: str  # checking or savings
    bank_name: str
    international: bool
    processors: dict[str, Processor] = field(default_factory=dict)
    ach_onboarded: bool = False
    micro_deposits: tuple[Decimal, Decimal] | None = None
    failed_attempts: int = 0

    @property
    def requires_verification(self) -> bool:
        return self.status == PENDING_VERIFICATION

    @property
    def requires_support(self) -> bool:
        return self.failed_attempts >= reference.MAX_BANK_VERIFICATION_ATTEMPTS

    @property
    def ach_enabled(self) -> bool:
        return self.status == ACTIVE and (DWOLLA in self.processors or self.ach_onboarded)


class Banks:
    def __init__(
        self, clock: Clock, new_id: Callable[[], str], rng: random.Random, inbox: Inbox
    ) -> None:
        self.clock = clock
        self.new_id = new_id
        self.random = rng
        self.inbox = inbox
        self._by_user: dict[str, BankAccount] = {}
        self._dwolla_accepted: set[str] = set()
        self._ach_deposits: dict[str, list[tuple[datetime, Decimal]]] = defaultdict(list)

    def linked(self, user: EndUser) -> BankAccount | None:
        return self._by_user.get(user.id)

    def owned(self, user: EndUser, bank_account_id: str) -> BankAccount:
        bank = self._by_user.get(user.id)
        if bank is None or bank.id != bank_account_id:
            raise NotFound(f"Bank account {bank_account_id} not found.", "BANK_ACCOUNT_ID")
        return bank

    def _require_none_linked(self, user: EndUser) -> None:
        if user.id in self._by_user:
            raise BadRequest(ALREADY_LINKED)

    # ---- linking ---------------------------------------------------------------------------

    def link_plaid(self, user: EndUser, tokens: list[tuple[str, str]]) -> BankAccount:
        """Link the account Plaid describes; a dwolla token adds ACH. Any token will do: the
        docs list sfox and dwolla and require neither, and a rule about which one the request
        holds would be a static one the spec does not state."""
        self._require_none_linked(user)
        given = _processor_tokens(tokens)
        registration = user.registration
        bank = BankAccount(
            id=self.new_id(),
            user_id=user.id,
            linked_by="plaid",
            status=ACTIVE,
            name=f"{registration.first_name} {registration.last_name}",
            routing_number=f"{self.random.randrange(10**9):09d}",
            account_number=f"{self.random.randrange(10**10):010d}",
            currency="usd",
            kind="checking",
            bank_name=PLAID_BANK_NAME,
            international=False,
        )
        self._set_processors(bank, given)
        self._by_user[user.id] = bank
        return bank

    def link_manual(self, user: EndUser, details: ManualDetails) -> BankAccount:
        """Link the account described and send its two micro-deposits (to the inbox)."""
        self._require_none_linked(user)
        name = details.business_name or f"{details.first_name} {details.last_name}"
        routing = details.routing_number or details.swift_number or ""
        bank = BankAccount(
            id=self.new_id(),
            user_id=user.id,
            linked_by="manual",
            status=PENDING_VERIFICATION,
            name=name,
            routing_number=routing,
            account_number=details.account_number,
            currency=(details.currency or "usd").lower(),
            kind=details.account_kind,
            bank_name=details.bank_name or "Simulated National Bank",
            international=details.international,
        )
        # the amounts are what proves the user controls the account: unguessable
        amounts = (
            Decimal(draws.randbelow(99) + 1) / 100,
            Decimal(draws.randbelow(99) + 1) / 100,
        )
        bank.micro_deposits = amounts
        self.inbox.notify(
            user.id,
            "bank statement",
            mask(bank.account_number, 2),
            "Two micro-deposits from sFOX",
            details={"amounts": [str(amount) for amount in amounts], "bank_account_id": bank.id},
        )
        self._by_user[user.id] = bank
        return bank

    def delete(self, user: EndUser) -> None:
        if self._by_user.pop(user.id, None) is None:
            raise BadRequest(NO_BANK_ACCOUNT)

    # ---- Plaid processors --------------------------------------------------------------------

    def amend(self, bank: BankAccount, tokens: list[tuple[str, str]]) -> list[Processor]:
        """Set the processors given (a new token replaces one of the same processor); the
        processors of the answer are the ones just set."""
        given = _processor_tokens(tokens)
        self._set_processors(bank, given)
        return [bank.processors[name] for name in given]

    def _set_processors(self, bank: BankAccount, given: dict[str, str]) -> None:
        now = self.clock.now()
        for name, token in given.items():
            existing = bank.processors.get(name)
            added = existing.added_at if existing is not None else now
            bank.processors[name] = Processor(name, token, added, now)

    # ---- micro-deposit verification ------------------------------------------------------

    def verify(self, user: EndUser, first: Decimal, second: Decimal) -> bool:
        """Whether the amounts are the two micro-deposits (in either order); a wrong pair
        uses up one of the attempts."""
        bank = self._by_user.get(user.id)
        if bank is None:
            raise BadRequest(NO_BANK_ACCOUNT)
        if not bank.requires_verification or bank.micro_deposits is None:
            raise BadRequest("The bank account does not need verification.")
        if bank.requires_support:
            raise BadRequest(TOO_MANY_ATTEMPTS)
        if sorted((first, second)) == sorted(bank.micro_deposits):
            bank.status = ACTIVE
            return True
        bank.failed_attempts += 1
        return False

    # ---- ACH ------------------------------------------------------------------------------------

    def onboard_ach(self, user: EndUser, bank_account_id: str) -> None:
        """Record the Dwolla agreements and enable ACH on the user's verified bank account."""
        bank = self.owned(user, bank_account_id)
        if bank.requires_verification:
            raise BadRequest("Verify the bank account before enabling ACH.")
        self._dwolla_accepted.add(user.id)
        bank.ach_onboarded = True

    def accepted_dwolla(self, user: EndUser) -> bool:
        return user.id in self._dwolla_accepted

    def weekly_ach_allowance(self, user: EndUser) -> Decimal:
        """The weekly cap less this week's ACH deposits (weeks start Monday 00:00 UTC)."""
        now = self.clock.now()
        week_start = (now - timedelta(days=now.weekday())).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        used = sum(
            (amount for at, amount in self._ach_deposits[user.id] if at >= week_start),
            Decimal(0),
        )
        return max(reference.WEEKLY_ACH_DEPOSIT_LIMIT - used, Decimal(0))

    def record_ach_deposit(self, user: EndUser, currency: str, amount: Decimal) -> None:
        """An ACH deposit arrives: it needs an ACH-enabled bank account and fits the allowance."""
        bank = self._by_user.get(user.id)
        if bank is None or not bank.ach_enabled:
            raise Unprocessable("ACH is not enabled for this user's bank account.", "sender")
        if currency != "usd":
            raise Unprocessable("ACH deposits are in usd.", "currency")
        if amount > self.weekly_ach_allowance(user):
            raise Unprocessable("The deposit exceeds the weekly ACH deposit limit.", "amount")
        self._ach_deposits[user.id].append((self.clock.now(), amount))


def _processor_tokens(tokens: list[tuple[str, str]]) -> dict[str, str]:
    """Each processor's token; one given twice keeps the later token, as amending replaces a
    processor's token (the docs say nothing of repeats, and refusing one would be a rule the
    spec cannot state)."""
    return dict(tokens)


def mask(number: str, visible: int) -> str:
    """ "*****4321": every character but the last `visible` starred, as Get Bank Account shows."""
    shown = number[-visible:] if visible else ""
    return "*" * max(len(number) - len(shown), 0) + shown
