"""Payments: pricing with fees, creation, funding, status progression and cancellation.

A payment is debited (amount plus fees) as soon as its currency account holds enough; until
then it waits, and its answer carries the pay-in instructions for the missing deposit. A funded
payment advances on the simulator clock: pending -> processing -> released -> completed. Only a
payment that is not yet processing can be cancelled; cancelling a funded one refunds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from operator import attrgetter
from typing import Any

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.domain.beneficiaries import Beneficiaries, Beneficiary
from corridor.simulator.settlego.domain.errors import (
    Conflict,
    ExternalIdInUse,
    NotCancellable,
    NotFound,
    found,
)
from corridor.simulator.settlego.domain.ledger import FundingQueue, Ledger
from corridor.simulator.settlego.domain.money import money
from corridor.simulator.store import OwnedBy, Records

# seconds after funding at which a payment reaches each status
PAYMENT_SCHEDULE = (("processing", 60), ("released", 300), ("completed", 3600))
CANCELLABLE = frozenset({"waiting_client_confirmation", "pending"})
FINAL = frozenset({"canceled", "failed", "completed"})
FEE_COLLECTION = "onsource"  # fees are taken from the same currency account as the payment

# what happened to a payment, for the webhook it becomes (`events` names each one's type)
CREATED, ROLLED, UPDATED = "created", "rolled", "updated"
Emit = Callable[[str, "Payment"], None]


@dataclass(frozen=True)
class Price:
    amount: Decimal
    fees: Decimal
    total: Decimal
    has_enough_balance: bool


@dataclass(frozen=True)
class Terms:
    """What a payment order comes to once every rule has passed."""

    beneficiary: Beneficiary
    payment_type: str
    payment_date: date
    price: Price


@dataclass(frozen=True)
class PaymentOrder:
    """What a client asks to pay; the same for validation and creation."""

    currency: str
    amount: Decimal | int
    payment_date: str
    beneficiary_id: str
    payment_type: str
    reason_code: str
    reason: str | None
    payment_reference: str
    external_id: str | None = None
    on_behalf_of: str | None = None  # the linked client acted for, when not the caller


@dataclass
class Payment:
    id: str
    client_id: str
    order: PaymentOrder
    payment_type: str
    payment_date: date
    price: Price
    beneficiary: dict[str, Any]  # the beneficiary's details as they were when it was made
    transaction_reference: str
    created_at: datetime
    status: str = "pending"
    funded: bool = False
    completed_at: datetime | None = None

    @property
    def has_enough_balance(self) -> bool:
        return self.funded or self.price.has_enough_balance


class Payments:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        new_id: Callable[[], str],
        ledger: Ledger,
        beneficiaries: Beneficiaries,
        emit: Emit,
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self.new_id = new_id
        self.ledger = ledger
        self.beneficiaries = beneficiaries
        self.emit = emit
        self.records: Records[Payment] = Records(OwnedBy("client_id"))
        self._waiting: FundingQueue[Payment] = FundingQueue(ledger, attrgetter("price.total"))

    def payable_beneficiary(self, client_id: str, order: PaymentOrder) -> Beneficiary:
        beneficiary = self.beneficiaries.records.get(order.beneficiary_id)
        if beneficiary is None or beneficiary.client_id != client_id:
            raise NotFound("no such beneficiary", "beneficiaryId")
        if beneficiary.fields["currency"] != order.currency:
            raise Conflict("the beneficiary is paid in another currency", "currency")
        return beneficiary

    def payment_type(self, beneficiary: Beneficiary, order: PaymentOrder) -> str:
        """The asked type, which the beneficiary must accept."""
        accepted: list[str] = beneficiary.fields["paymentTypeList"]
        if order.payment_type not in accepted:
            raise Conflict("the beneficiary cannot be paid by this paymentType", "paymentType")
        return order.payment_type

    def price(self, client_id: str, currency: str, amount: Decimal | int, kind: str) -> Price:
        account = self.ledger.account(client_id, currency)
        exact = money(amount, currency)
        if exact <= 0:
            raise Conflict(f"amount rounds to zero in {currency}", "amount")
        fees = money(reference.PAYMENT_FEES[kind], currency)
        total = exact + fees
        return Price(exact, fees, total, account.balance >= total)

    def payment_day(self, asked: str) -> date:
        """The asked date, rolled forward to the first working day it may settle on."""
        day = max(date.fromisoformat(asked), reference.first_working_day(self.clock.now()))
        while not reference.is_working_day(day):
            day += timedelta(days=1)
        return day

    def terms(self, client_id: str, order: PaymentOrder) -> Terms:
        """Every rule a payment must pass, in one order, so validation and creation refuse the
        same requests the same way; nothing is stored and no money moves. A used externalId is
        refused first, so a retry of a payment that was made hears that, whatever else changed
        since (its beneficiary deleted, say)."""
        if not self.records.external_id_free(client_id, order.external_id):
            raise ExternalIdInUse(f"externalId {order.external_id} is already used", "externalId")
        beneficiary = self.payable_beneficiary(client_id, order)
        kind = self.payment_type(beneficiary, order)
        price = self.price(client_id, order.currency, order.amount, kind)
        return Terms(beneficiary, kind, self.payment_day(order.payment_date), price)

    def create(self, client_id: str, order: PaymentOrder) -> Payment:
        terms = self.terms(client_id, order)
        payment = Payment(
            id=self.new_id(),
            client_id=client_id,
            order=order,
            payment_type=terms.payment_type,
            payment_date=terms.payment_date,
            price=terms.price,
            # shared, not copied: an update gives the beneficiary a new dict, never edits this one
            beneficiary=terms.beneficiary.fields,
            transaction_reference=self.ledger.transaction_reference(),
            created_at=self.clock.now(),
        )
        self.records.add(payment, client_id, order.external_id)
        if terms.price.has_enough_balance:
            self.fund(payment)
        else:
            self._waiting.wait(client_id, order.currency, payment)
        self.emit(CREATED, payment)
        if payment.payment_date.isoformat() != order.payment_date:
            self.emit(ROLLED, payment)
        return payment

    def get(self, client_id: str, payment_id: str) -> Payment:
        return found(self.records.owned(client_id, payment_id), f"no such payment: {payment_id}")

    def by_external_id(self, client_id: str, external_id: str) -> Payment:
        payment = self.records.by_external_id(client_id, external_id)
        return found(payment, f"no payment with externalId {external_id}")

    def fund(self, payment: Payment) -> None:
        self.ledger.move(payment.client_id, payment.order.currency, -payment.price.total, "payment")
        payment.funded = True
        self._schedule(payment, self.clock.now(), 0)

    def _schedule(self, payment: Payment, funded_at: datetime, step: int) -> None:
        """One pending timer per payment, not one per status: the next is set when it fires."""
        seconds = PAYMENT_SCHEDULE[step][1]
        due = funded_at + timedelta(seconds=seconds)
        self.scheduler.at(due, self._advance, payment, funded_at, step)

    def fund_waiting(self, client_id: str, currency: str) -> None:
        """After a deposit, fund the waiting payments, oldest first, while the money lasts."""
        self._waiting.release(client_id, currency, self.fund)

    def cancel(self, payment: Payment) -> None:
        if payment.status not in CANCELLABLE:
            raise NotCancellable(f"a {payment.status} payment cannot be cancelled")
        if payment.funded:
            self.ledger.move(
                payment.client_id, payment.order.currency, payment.price.total, "payment cancelled"
            )
        self._waiting.drop(payment.client_id, payment.order.currency, payment)
        payment.status = "canceled"
        self.emit(UPDATED, payment)

    def _advance(self, payment: Payment, funded_at: datetime, step: int) -> None:
        if payment.status in FINAL:
            return
        status = PAYMENT_SCHEDULE[step][0]
        payment.status = status
        if status == "completed":
            payment.completed_at = self.clock.now()
        self.emit(UPDATED, payment)
        if step + 1 < len(PAYMENT_SCHEDULE):
            self._schedule(payment, funded_at, step + 1)
