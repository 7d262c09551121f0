"""Transfers and the docs' seven statuses (docs/sentbe/_callback.md, "3. Transfer status").

A transfer charges the partner's wallets when it is created, then moves on the simulator clock:

    Waiting verification --recipient verifies--> Processing --2 minutes--> Complete
    Waiting verification --24 hours unverified--> Expired --1 hour--> Refunded
    Processing --compliance holds it--> AML filtered --released--> Processing
                                        AML filtered --refunded--> Refunded
    Waiting verification | Processing | AML filtered --cancelled--> Canceled --1 hour--> Refunded

A transfer to a recipient who is verified already skips Waiting verification. Compliance holds,
releases, cancellations, verification and early refunds are control actions; the timed steps
happen on the clock. A refund gives back everything the transfer was charged, fee included.
Each change is reported through `Notify` (the status callback).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.sentbe.domain.errors import (
    ExternalIdTaken,
    InvalidTransferStatus,
    found,
)
from corridor.simulator.sentbe.domain.fields import partner_page, resource_id
from corridor.simulator.sentbe.domain.pricing import Quote
from corridor.simulator.sentbe.domain.recipients import Recipient
from corridor.simulator.sentbe.domain.users import User
from corridor.simulator.sentbe.domain.wallets import Wallets
from corridor.simulator.store import Numbers, OwnedBy, Records

WAITING = "Waiting verification"
PROCESSING = "Processing"
AML_FILTERED = "AML filtered"
COMPLETE = "Complete"
CANCELED = "Canceled"
EXPIRED = "Expired"
REFUNDED = "Refunded"
STATUSES = (WAITING, PROCESSING, AML_FILTERED, COMPLETE, CANCELED, EXPIRED, REFUNDED)

PROCESSING_TIME = timedelta(minutes=2)  # "end-to-end delivery within just minutes"
VERIFICATION_WINDOW = timedelta(hours=24)
REFUND_DELAY = timedelta(hours=1)

Notify = Callable[["Transfer"], None]


@dataclass
class Transfer:
    number: int
    partner_id: str
    user_id: str
    recipient_id: str
    external_id: str
    sender_country: str
    quote: Quote
    created_at: datetime
    status: str = ""  # set by the first change, right after creation
    history: list[tuple[str, datetime]] = field(default_factory=list)
    stage: int = 0  # bumped on every change, so a timer set for an earlier stage does nothing

    @property
    def id(self) -> str:
        return str(self.number)

    @property
    def refunded(self) -> bool:
        return self.status == REFUNDED


class Transfers:
    def __init__(
        self, clock: Clock, scheduler: Scheduler, wallets: Wallets, notify: Notify
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self.wallets = wallets
        self.notify = notify
        self.records: Records[Transfer] = Records(OwnedBy("partner_id"))
        self._numbers = Numbers(1)
        # recipient (partner:id) -> the transfers waiting for them to verify
        self._waiting: dict[str, dict[str, Transfer]] = {}

    def create(self, user: User, recipient: Recipient, external_id: str, quote: Quote) -> Transfer:
        partner_id = user.partner_id
        if not self.records.external_id_free(partner_id, external_id):
            raise ExternalIdTaken(
                f"external_id {external_id!r} names another transfer already", "external_id"
            )
        self.wallets.charge(partner_id, quote.charges, "transfer")
        transfer = Transfer(
            number=next(self._numbers),
            partner_id=partner_id,
            user_id=user.id,
            recipient_id=recipient.id,
            external_id=external_id,
            sender_country=user.nationality,
            quote=quote,
            created_at=self.clock.now(),
        )
        self.records.add(transfer, partner_id, external_id)
        if recipient.verified:
            self._process(transfer)
        else:
            self._change(transfer, WAITING)
            self._waiting.setdefault(_key(partner_id, recipient.id), {})[transfer.id] = transfer
            self._after(transfer, VERIFICATION_WINDOW, self._expire)
        return transfer

    def get(self, partner_id: str, transfer_id: object, field: str = "id") -> Transfer:
        key = resource_id(transfer_id, field, "transfer")
        return found(self.records.owned(partner_id, key), f"no transfer {key}", field, "transfer")

    def page(self, partner_id: str, page: int) -> list[Transfer]:
        return partner_page(self.records, partner_id, page)

    # ---- what happens to a transfer ----------------------------------------------------------

    def recipient_verified(self, recipient: Recipient) -> None:
        for transfer in list(
            self._waiting.get(_key(recipient.partner_id, recipient.id), {}).values()
        ):
            self._process(transfer)

    def hold(self, transfer: Transfer) -> None:
        """Compliance holds the payout (AML filter)."""
        self._require(transfer, PROCESSING)
        self._change(transfer, AML_FILTERED)

    def release(self, transfer: Transfer) -> None:
        """Compliance lets a held payout go on."""
        self._require(transfer, AML_FILTERED)
        self._process(transfer)

    def cancel(self, transfer: Transfer) -> None:
        self._require(transfer, WAITING, PROCESSING, AML_FILTERED)
        self._change(transfer, CANCELED)
        self._after(transfer, REFUND_DELAY, self.refund)

    def refund(self, transfer: Transfer) -> None:
        """Everything the transfer was charged goes back to the partner's wallets."""
        self._require(transfer, CANCELED, EXPIRED, AML_FILTERED)
        self.wallets.give_back(transfer.partner_id, transfer.quote.charges, "refund")
        self._change(transfer, REFUNDED)

    def _process(self, transfer: Transfer) -> None:
        self._change(transfer, PROCESSING)
        self._after(transfer, PROCESSING_TIME, self._complete)

    def _complete(self, transfer: Transfer) -> None:
        self._change(transfer, COMPLETE)

    def _expire(self, transfer: Transfer) -> None:
        self._change(transfer, EXPIRED)
        self._after(transfer, REFUND_DELAY, self.refund)

    def _require(self, transfer: Transfer, *statuses: str) -> None:
        if transfer.status not in statuses:
            raise InvalidTransferStatus(
                f"transfer {transfer.id} is {transfer.status}; this needs it "
                + " or ".join(statuses),
                "transfer_id",
            )

    def _change(self, transfer: Transfer, status: str) -> None:
        if transfer.status == WAITING and status != WAITING:
            waiting = self._waiting.get(_key(transfer.partner_id, transfer.recipient_id), {})
            waiting.pop(transfer.id, None)
        transfer.status = status
        transfer.stage += 1
        transfer.history.append((status, self.clock.now()))
        self.notify(transfer)

    def _after(
        self, transfer: Transfer, delay: timedelta, step: Callable[[Transfer], None]
    ) -> None:
        self.scheduler.at(self.clock.now() + delay, self._step, transfer, transfer.stage, step)

    def _step(self, transfer: Transfer, stage: int, step: Callable[[Transfer], None]) -> None:
        """A scheduled step, unless the transfer moved on (was cancelled, ...) since."""
        if transfer.stage == stage:
            step(transfer)


def _key(partner_id: str, recipient_id: str) -> str:
    return f"{partner_id}:{recipient_id}"
