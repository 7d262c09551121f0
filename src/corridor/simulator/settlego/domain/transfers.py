"""Transfers: money moved between the accounts of a main client and its linked clients."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from corridor.simulator.clock import Clock
from corridor.simulator.settlego.domain.errors import (
    Conflict,
    ExternalIdInUse,
    InsufficientFunds,
    NotFound,
    found,
)
from corridor.simulator.settlego.domain.ledger import Ledger
from corridor.simulator.settlego.domain.money import money
from corridor.simulator.store import OwnedBy, Records


@dataclass(frozen=True)
class Transfer:
    id: str
    external_id: str
    sender_id: str
    receiver_id: str
    currency: str
    amount: Decimal
    transfer_reference: str | None
    transfer_reason: str | None
    transaction_reference: str
    at: datetime
    status: str = "completed"


class Transfers:
    def __init__(
        self,
        clock: Clock,
        new_id: Callable[[], str],
        ledger: Ledger,
        emit: Callable[[Transfer], None],
    ) -> None:
        self.clock = clock
        self.new_id = new_id
        self.ledger = ledger
        self.emit = emit
        # a transfer is visible to both of its clients
        self.records: Records[Transfer] = Records(OwnedBy("sender_id", "receiver_id"))

    def create(
        self,
        family: list[str],
        sender: str,
        receiver: str,
        currency: str,
        amount: Decimal | int,
        external_id: str,
        transfer_reference: str | None,
        transfer_reason: str | None,
    ) -> Transfer:
        """All or nothing: every check runs before either account moves. The externalId is
        checked first: a retry of a transfer that was made finds the balance it spent gone, and
        must hear that its externalId is taken, not "insufficient balance"."""
        if not self.records.external_id_free(sender, external_id):
            raise ExternalIdInUse(f"externalId {external_id} is already used", "externalId")
        exact = money(amount, currency)
        if receiver not in family:
            raise NotFound(
                "the receiver is not you or one of your linked clients", "receiverClientId"
            )
        if receiver == sender:
            raise Conflict("a transfer needs two different clients", "receiverClientId")
        if exact <= 0:
            raise Conflict(f"amount rounds to zero in {currency}", "amount")
        source = self.ledger.account(sender, currency)
        self.ledger.account(receiver, currency)
        if source.balance < exact:
            raise InsufficientFunds(f"insufficient {currency} balance", "amount")
        self.ledger.move(sender, currency, -exact, "transfer")
        self.ledger.move(receiver, currency, exact, "transfer")
        transfer = Transfer(
            id=self.new_id(),
            external_id=external_id,
            sender_id=sender,
            receiver_id=receiver,
            currency=currency,
            amount=exact,
            transfer_reference=transfer_reference,
            transfer_reason=transfer_reason,
            transaction_reference=self.ledger.transaction_reference(),
            at=self.clock.now(),
        )
        self.records.add(transfer, sender, external_id)
        self.emit(transfer)
        return transfer

    def visible(self, client_id: str, transfer_id: str) -> Transfer:
        transfer = self.records.owned(client_id, transfer_id)
        return found(transfer, f"no such transfer: {transfer_id}")

    def by_external_id(self, client_id: str, external_id: str) -> Transfer:
        transfer = self.records.by_external_id(client_id, external_id)
        return found(transfer, f"no transfer with externalId {external_id}")
