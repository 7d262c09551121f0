"""Transfers between the partner's master account and an end user.

A PAYMENT (user to partner) holds the user's funds and waits, PENDING, for the code emailed to
the user; confirmed, the funds reach the master account, cancelled, they are released. A
PAYOUT (partner to user) is processed at once. The partner's transfer_id is the idempotency
key: a transfer_id is accepted once, ever. Completed transfers settle a minute later, when their
account transactions move from 1127 to 1200.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.errors import (
    CODE_EXPIRED,
    DUPLICATE_TRANSFER,
    INVALID_CODE,
    NOT_PENDING_VERIFICATION,
    TRANSFER_PERMISSION,
    Forbidden,
    Unprocessable,
    transfer_not_found,
)
from corridor.simulator.sfox.domain.inbox import Inbox, OneTimeCode
from corridor.simulator.sfox.domain.ledger import MASTER, Ledger
from corridor.simulator.sfox.domain.users import EMAIL, EndUser
from corridor.simulator.store import OwnedBy, Records

PAYMENT = "PAYMENT"
PAYOUT = "PAYOUT"
PENDING = "PENDING"
COMPLETE = "COMPLETE"
CANCELED = "CANCELED"
PARTNER = "partner"  # the one owner every transfer is listed under


@dataclass(frozen=True)
class TransferOrder:
    """What Create Transfer takes, checked and exact."""

    transfer_id: str
    user_id: str
    type: str
    purpose: str
    description: str
    currency: str
    quantity: Decimal
    rate: Decimal


@dataclass
class Transfer:
    order: TransferOrder
    atx_id_charged: int
    atx_id_credited: int
    created_at: datetime
    status: str
    atx_status: int = reference.ATX_PENDING
    code: OneTimeCode | None = None

    @property
    def id(self) -> str:
        return self.order.transfer_id

    @property
    def payer(self) -> str:
        return self.order.user_id if self.order.type == PAYMENT else MASTER

    @property
    def payee(self) -> str:
        return MASTER if self.order.type == PAYMENT else self.order.user_id


class Transfers:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        ledger: Ledger,
        inbox: Inbox,
        next_atx: Callable[[], int],
        permissions: Iterable[str],
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self.ledger = ledger
        self.inbox = inbox
        self.next_atx = next_atx
        self.permissions = frozenset(permissions)  # the transfer types sFOX enabled
        self.records: Records[Transfer] = Records(OwnedBy(always=[PARTNER]))

    def create(self, user: EndUser, order: TransferOrder) -> Transfer:
        if order.type not in self.permissions:
            raise Forbidden(TRANSFER_PERMISSION, "type")
        if self.records.get(order.transfer_id) is not None:
            raise Unprocessable(DUPLICATE_TRANSFER, "transfer_id")
        self.ledger.require_available(
            user.id if order.type == PAYMENT else MASTER, order.currency, order.quantity
        )
        charged, credited = self.next_atx(), self.next_atx()
        transfer = Transfer(order, charged, credited, self.clock.now(), PENDING)
        if order.type == PAYMENT:
            self.ledger.hold(user.id, order.currency, order.quantity, "payment pending", charged)
            transfer.code = self._send_code(user, transfer, "Confirm your payment")
        else:
            self.ledger.move(MASTER, user.id, order.currency, order.quantity, "payout", charged)
            self._complete(transfer)
        return self.records.add(transfer)

    def find(self, transfer_id: str) -> Transfer:
        transfer = self.records.get(transfer_id)
        if transfer is None:
            raise Unprocessable(transfer_not_found(transfer_id), "transfer_id")
        return transfer

    def pending(self, transfer_id: str) -> Transfer:
        transfer = self.find(transfer_id)
        if transfer.status != PENDING:
            raise Unprocessable(NOT_PENDING_VERIFICATION, "transfer_id")
        return transfer

    def confirm(self, transfer_id: str, otp: str) -> Transfer:
        transfer = self.pending(transfer_id)
        code = transfer.code
        if code is None or code.expired(self.clock.now()):
            raise Unprocessable(CODE_EXPIRED, "otp")
        if not code.matches(otp):
            raise Unprocessable(INVALID_CODE, "otp")
        order = transfer.order
        self.ledger.settle_held(
            order.user_id,
            MASTER,
            order.currency,
            order.quantity,
            "payment confirmed",
            transfer.atx_id_credited,
        )
        transfer.code = None
        self._complete(transfer)
        return transfer

    def resend_code(self, transfer_id: str, user: EndUser) -> Transfer:
        transfer = self.pending(transfer_id)
        transfer.code = self._send_code(user, transfer, "Your new payment confirmation code")
        return transfer

    def cancel(self, transfer_id: str) -> Transfer:
        transfer = self.pending(transfer_id)
        order = transfer.order
        self.ledger.release(
            order.user_id,
            order.currency,
            order.quantity,
            "payment cancelled",
            transfer.atx_id_charged,
        )
        transfer.status = CANCELED
        transfer.code = None
        return transfer

    def history(
        self,
        *,
        type_: str | None,
        purpose: str | None,
        status: str | None,
        start: datetime,
        end: datetime | None,
        limit: int,
    ) -> list[Transfer]:
        """Newest first, at most `limit`."""
        found: list[Transfer] = []
        for transfer in self.records.of([PARTNER]):
            order = transfer.order
            if (
                (type_ is None or order.type == type_)
                and (purpose is None or order.purpose == purpose)
                and (status is None or transfer.status == status)
                and start <= transfer.created_at
                and (end is None or transfer.created_at <= end)
            ):
                found.append(transfer)
        return found[::-1][:limit]

    def _complete(self, transfer: Transfer) -> None:
        transfer.status = COMPLETE
        self.scheduler.at(self.clock.now() + reference.TRANSFER_SETTLEMENT, self._settle, transfer)

    def _settle(self, transfer: Transfer) -> None:
        transfer.atx_status = reference.ATX_DONE

    def _send_code(self, user: EndUser, transfer: Transfer, subject: str) -> OneTimeCode:
        order = transfer.order
        return self.inbox.send(
            user.id,
            EMAIL,
            user.registration.email,
            subject,
            details={
                "transfer_id": order.transfer_id,
                "currency": order.currency,
                "quantity": str(order.quantity),
                "description": order.description,
            },
        )
