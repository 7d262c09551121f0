"""Payees ("recipients"): each belongs to one of the partner's users and is paid into a Korean
bank account from the bank list. A recipient starts unverified; once they complete Sentbe's
verification (the control API's `verify-recipient`) their details can no longer be changed
(E0010, docs/sentbe/api/_update_recipient_info.md)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from corridor.simulator.clock import Clock
from corridor.simulator.sentbe.domain.errors import BankNotSupported, RecipientLocked, found
from corridor.simulator.sentbe.domain.fields import (
    birth_date,
    country,
    partner_page,
    resource_id,
)
from corridor.simulator.sentbe.domain.users import User
from corridor.simulator.sentbe.reference import BANKS
from corridor.simulator.store import Records

CHANGEABLE = ("email", "phone_country_code", "phone_number", "birth_date")
BANK_FIELDS = ("name", "account_number", "account_holder_name", "branch")


@dataclass(frozen=True)
class BankAccount:
    name: str  # the bank code
    account_number: str
    account_holder_name: str
    branch: str | None = None


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
        self.records: Records[Recipient] = Records(lambda r: [r.partner_id])
        self._numbers = itertools.count(1)

    def create(self, user: User, fields: Mapping[str, Any]) -> Recipient:
        today = self.clock.now().date()
        bank = fields["bank_attributes"]
        born = fields.get("birth_date")
        recipient = Recipient(
            number=0,
            partner_id=user.partner_id,
            user_id=user.id,
            first_name=fields["first_name"],
            middle_name=fields.get("middle_name"),
            last_name=fields["last_name"],
            email=fields.get("email"),
            phone_country_code=country(fields["phone_country_code"], "phone_country_code"),
            phone_number=fields["phone_number"],
            country=country(fields["country"], "country"),
            birth_date=None if born is None else birth_date(born, "birth_date", today),
            bank=BankAccount(
                name=bank_code(bank["name"]),
                account_number=bank["account_number"],
                account_holder_name=bank["account_holder_name"],
                branch=bank.get("branch"),
            ),
            created_at=self.clock.now(),
        )
        recipient.number = next(self._numbers)  # numbered only once every rule has passed
        return self.records.add(recipient)

    def get(self, partner_id: str, recipient_id: Any, field: str = "id") -> Recipient:
        key = resource_id(recipient_id, field)
        return found(self.records.owned(partner_id, key), f"no recipient {key}", field)

    def page(self, partner_id: str, page: int) -> list[Recipient]:
        return partner_page(self.records, partner_id, page)

    def update(self, recipient: Recipient, fields: Mapping[str, Any]) -> Recipient:
        """Change the given details of an unverified recipient; all are checked first."""
        if recipient.verified:
            raise RecipientLocked(
                f"recipient {recipient.id} has completed verification and can no longer be changed",
                "recipient_id",
            )
        today = self.clock.now().date()
        changes = {name: fields[name] for name in CHANGEABLE if name in fields}
        if "phone_country_code" in changes:
            country(changes["phone_country_code"], "phone_country_code")
        if "birth_date" in changes:
            birth_date(changes["birth_date"], "birth_date", today)
        bank_changes = {
            name: value
            for name, value in (fields.get("bank_attributes") or {}).items()
            if name in BANK_FIELDS
        }
        if "name" in bank_changes:
            bank_code(bank_changes["name"])
        for name, value in changes.items():
            setattr(recipient, name, value)
        recipient.bank = replace(recipient.bank, **bank_changes)
        return recipient

    def verify(self, recipient: Recipient) -> bool:
        """Mark the recipient verified; False when they already were."""
        if recipient.verified:
            return False
        recipient.verified_at = self.clock.now()
        return True
