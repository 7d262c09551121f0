"""SEPA: deposits matched by reference, the whitelist they build, and payouts to it.

A deposit names its account by the reference (`title`) Get SEPA Deposit Info gives. For an end
user the sender's name must match the user's verified KYC name: then the money is credited and
the sending IBAN joins the user's contact list as APPROVED; otherwise the deposit is returned
(SEPA Payouts overview). The partner's deposits are credited whoever sends them; the sending IBAN
is whitelisted when the sender is the partner itself (Level 1 pays only the holder's own account).

A payout is accepted once its format is right; the risk check runs later on the clock, and only
then are the business rules applied (Create a SEPA Transfer: "business errors such as
insufficient funds surface later"): the destination must be APPROVED for the payer, and the
balance must hold the amount and the fee. The transfer ends SUCCESSFUL (debited) or FAILED (not
debited, with the error).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Protocol

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import (
    DestinationNotApproved,
    InsufficientFunds,
    InvalidInput,
    P100Refusal,
    SepaTransferNotFound,
)
from corridor.simulator.p100.domain.identifiers import iban
from corridor.simulator.p100.domain.ledger import PARTNER, Ledger
from corridor.simulator.p100.domain.users import User, Users, same_name

EUR = "eur"


@dataclass(frozen=True)
class Contact:
    iban: str
    holder_name: str
    status: str  # APPROVED: usable for payouts
    added_at: datetime


@dataclass(frozen=True)
class Deposit:
    id: str
    owner: str | None  # None when the reference names no account
    amount: Decimal
    sender_name: str
    sender_iban: str
    title: str
    status: str  # CREDITED or RETURNED
    reason: str | None
    whitelisted: bool
    at: datetime


@dataclass(frozen=True)
class Receiver:
    """Whom a partner's transfer pays, as a Level 2 transfer names them (all None when the
    transfer names nobody)."""

    type: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company_name: str | None = None

    def given(self) -> list[str]:
        """The request fields that named the receiver, in the request's terms."""
        fields = (
            ("receiverType", self.type),
            ("receiverFirstName", self.first_name),
            ("receiverLastName", self.last_name),
            ("companyName", self.company_name),
        )
        return [name for name, value in fields if value is not None]


@dataclass
class SepaTransfer:
    id: str
    owner: str
    user: User | None  # the paying user; None for the partner's own transfers
    amount: Decimal
    fee: Decimal
    destination_iban: str
    title: str
    created_at: datetime
    receiver: Receiver = field(default_factory=Receiver)
    status: str = "PENDING"
    error: P100Refusal | None = None

    @property
    def debited(self) -> bool:
        return self.status == "SUCCESSFUL"


class TransferNotifier(Protocol):
    def sepa_transfer_finished(self, transfer: SepaTransfer) -> None: ...


class Sepa:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        new_id: Callable[[], str],
        ledger: Ledger,
        users: Users,
        notify: TransferNotifier,
        partner_reference: str,
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self._new_id = new_id
        self.ledger = ledger
        self.users = users
        self.notify = notify
        self.partner_reference = partner_reference
        self.deposits: list[Deposit] = []
        self.transfers: dict[str, SepaTransfer] = {}
        self._contacts: dict[str, dict[str, Contact]] = {}  # owner -> IBAN -> contact

    # ---- deposits and the whitelist -----------------------------------------------------

    def deposit(self, title: str, amount: Decimal, sender_name: str, sender_iban: str) -> Deposit:
        owner, name, refused = self._match(title, sender_name)
        whitelisted = False
        if refused is None and owner is not None and same_name(sender_name, name):
            self._contacts.setdefault(owner, {})[sender_iban] = Contact(
                sender_iban, sender_name, "APPROVED", self.clock.now()
            )
            whitelisted = True
        deposit = Deposit(
            self._new_id(),
            owner,
            amount,
            sender_name,
            sender_iban,
            title,
            "RETURNED" if refused else "CREDITED",
            refused,
            whitelisted,
            self.clock.now(),
        )
        self.deposits.append(deposit)
        if deposit.owner is not None and deposit.status == "CREDITED":
            self.ledger.credit(deposit.owner, EUR, amount, "sepa-deposit", deposit.id)
        return deposit

    def _match(self, title: str, sender_name: str) -> tuple[str | None, str | None, str | None]:
        """(owner, the name a sender must have to be whitelisted, why the deposit is returned)."""
        if title.strip() == self.partner_reference:
            return PARTNER, reference.PARTNER_NAME, None
        user = self.users.by_reference(title)
        if user is None:
            return None, None, "the reference names no account"
        if not user.active:
            return user.owner, user.name, "the user's EUR balance is not active yet"
        if not same_name(sender_name, user.name):
            return user.owner, user.name, "the sender's name does not match the user's KYC name"
        return user.owner, user.name, None

    def contacts(self, owner: str) -> list[Contact]:
        return list(self._contacts.get(owner, {}).values())

    def approved(self, owner: str, iban: str) -> bool:
        contact = self._contacts.get(owner, {}).get(iban)
        return contact is not None and contact.status == "APPROVED"

    # ---- payouts --------------------------------------------------------------------------

    def transfer(
        self,
        owner: str,
        user: User | None,
        amount: Decimal,
        destination_iban: str,
        title: str,
        receiver: Receiver,
        *,
        closed_loop: bool,
    ) -> SepaTransfer:
        fee = reference.PARTNER_SEPA_FEE if user is None else reference.USER_SEPA_FEE
        transfer = SepaTransfer(
            self._new_id(),
            owner,
            user,
            amount,
            fee,
            destination_iban,
            title,
            self.clock.now(),
            receiver,
        )
        self.transfers[transfer.id] = transfer
        due = self.clock.now() + timedelta(seconds=reference.SEPA_RISK_CHECK_SECONDS)
        self.scheduler.at(due, self._process, transfer, closed_loop)
        return transfer

    def get(self, transfer_id: str) -> SepaTransfer:
        transfer = self.transfers.get(transfer_id)
        if transfer is None:
            raise SepaTransferNotFound(f"no SEPA transfer {transfer_id!r}", "transferId")
        return transfer

    def _process(self, transfer: SepaTransfer, closed_loop: bool) -> None:
        try:
            iban(
                transfer.destination_iban, "destinationIban"
            )  # accepted at the call, paid only if valid
            if closed_loop and not self.approved(transfer.owner, transfer.destination_iban):
                raise DestinationNotApproved(
                    "the destination IBAN is not an APPROVED contact of the payer",
                    "destinationIban",
                )
            self.ledger.debit(
                transfer.owner, EUR, transfer.amount + transfer.fee, "sepa-transfer", transfer.id
            )
        except (InvalidInput, DestinationNotApproved, InsufficientFunds) as error:
            transfer.status, transfer.error = "FAILED", error
        else:
            transfer.status = "SUCCESSFUL"
        self.notify.sepa_transfer_finished(transfer)
