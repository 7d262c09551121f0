"""Payees ("recipients"): each belongs to one of the partner's users and is paid into a Korean
bank account from the bank list. A recipient starts unverified; once they complete Sentbe's
verification (the control API's `verify-recipient`) their details can no longer be changed
(E0010, docs/sentbe/api/_update_recipient_info.md)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from corridor.simulator.clock import Clock
from corridor.simulator.sentbe.domain.errors import BankNotSupported, RecipientLocked, found
from corridor.simulator.sentbe.domain.fields import (
    birth_date,
    country,
    partner_page,
    resource_id,
)
from corridor.simulator.sentbe.domain.users import ContactChanges, User
from corridor.simulator.sentbe.reference import BANKS
from corridor.simulator.store import Numbers, OwnedBy, Records


@dataclass(frozen=True)
class BankAccount:
    name: str  # the bank code
    account_number: str
    account_holder_name: str
    branch: str | None = None


@dataclass(frozen=True)
class BankChanges:
    """What update_recipient_info may change of the bank account; None leaves it as it is."""

    name: str | None = None
    account_number: str | None = None
    account_holder_name: str | None = None
    branch: str | None = None


@dataclass(frozen=True)
class RecipientDetails:
    """A payee as the partner registers them (create_recipient)."""

    first_name: str
    middle_name: str | None
    last_name: str
    email: str | None
    phone_country_code: str
    phone_number: str
    country: str
    birth_date: str | None
    bank: BankAccount


@dataclass
class Recipient:
    number: int
    partner_id: str
    user_id: str
    first_name: str
    middle_name: str | None
    last_name: str
    email: str | None
    phone_country_code: str
    phone_number: str
    country: str
    birth_date: str | None
    bank: BankAccount
    created_at: datetime
    verified_at: datetime | None = None

    @property
    def id(self) -> str:
        return str(self.number)

    @property
    def verified(self) -> bool:
        return self.verified_at is not None


def bank_code(code: str, field: str = "bank_attributes.name") -> str:
    if code not in BANKS:
        raise BankNotSupported(f"bank {code!r} is not in the bank list (GET /inbound/banks)", field)
    return code


class Recipients:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.records: Records[Recipient] = Records(OwnedBy("partner_id"))
        self._numbers = Numbers(1)

    def create(self, user: User, details: RecipientDetails) -> Recipient:
        born = details.birth_date
        recipient = Recipient(
            number=0,
            partner_id=user.partner_id,
            user_id=user.id,
            first_name=details.first_name,
            middle_name=details.middle_name,
            last_name=details.last_name,
            email=details.email,
            phone_country_code=country(details.phone_country_code, "phone_country_code"),
            phone_number=details.phone_number,
            country=country(details.country, "country"),
            birth_date=None if born is None else birth_date(born, "birth_date"),
            bank=replace(details.bank, name=bank_code(details.bank.name)),
            created_at=self.clock.now(),
        )
        recipient.number = next(self._numbers)  # numbered only once every rule has passed
        return self.records.add(recipient)

    def get(self, partner_id: str, recipient_id: object, field: str = "id") -> Recipient:
        key = resource_id(recipient_id, field, "recipient")
        return found(self.records.owned(partner_id, key), f"no recipient {key}", field, "recipient")

    def page(self, partner_id: str, page: int) -> list[Recipient]:
        return partner_page(self.records, partner_id, page)

    def update(self, recipient: Recipient, changes: ContactChanges, bank: BankChanges) -> Recipient:
        """Change the given details of an unverified recipient; all are checked first."""
        if recipient.verified:
            raise RecipientLocked(
                f"recipient {recipient.id} has completed verification and can no longer be changed",
                "recipient_id",
            )
        contact = changes.checked()
        bank_changes = {
            "name": bank.name,
            "account_number": bank.account_number,
            "account_holder_name": bank.account_holder_name,
            "branch": bank.branch,
        }
        given = {name: value for name, value in bank_changes.items() if value is not None}
        if "name" in given:
            bank_code(given["name"])
        for name, value in contact.items():
            setattr(recipient, name, value)
        recipient.bank = replace(recipient.bank, **given)
        return recipient

    def verify(self, recipient: Recipient) -> bool:
        """Mark the recipient verified; False when they already were."""
        if recipient.verified:
            return False
        recipient.verified_at = self.clock.now()
        return True
