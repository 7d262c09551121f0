"""Senders ("users"): registered by a partner, listed five to a page, their contact details
changeable (the unpublished update_user_info)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from corridor.simulator.clock import Clock
from corridor.simulator.sentbe.domain.errors import found
from corridor.simulator.sentbe.domain.fields import (
    birth_date,
    country,
    partner_page,
    resource_id,
)
from corridor.simulator.store import Numbers, OwnedBy, Records


@dataclass(frozen=True)
class UserDetails:
    """A sender as the partner registers them (create_user)."""

    first_name: str
    middle_name: str | None
    last_name: str
    email: str | None
    phone_country_code: str
    phone_number: str
    nationality: str
    birth_date: str


@dataclass(frozen=True)
class ContactChanges:
    """What update_user_info and update_recipient_info may change (their request tables in
    docs/sentbe/api/); None leaves a detail as it is."""

    email: str | None = None
    phone_country_code: str | None = None
    phone_number: str | None = None
    birth_date: str | None = None

    def checked(self) -> dict[str, str]:
        """The details to change, by attribute name, once each has passed its rule."""
        if self.phone_country_code is not None:
            country(self.phone_country_code, "phone_country_code")
        if self.birth_date is not None:
            birth_date(self.birth_date, "birth_date")
        changes = {
            "email": self.email,
            "phone_country_code": self.phone_country_code,
            "phone_number": self.phone_number,
            "birth_date": self.birth_date,
        }
        return {name: value for name, value in changes.items() if value is not None}


@dataclass
class User:
    number: int
    partner_id: str
    first_name: str
    middle_name: str | None
    last_name: str
    email: str | None
    phone_country_code: str
    phone_number: str
    nationality: str
    birth_date: str
    created_at: datetime

    @property
    def id(self) -> str:
        return str(self.number)


class Users:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.records: Records[User] = Records(OwnedBy("partner_id"))
        self._numbers = Numbers(1)

    def create(self, partner_id: str, details: UserDetails) -> User:
        user = User(
            number=0,
            partner_id=partner_id,
            first_name=details.first_name,
            middle_name=details.middle_name,
            last_name=details.last_name,
            email=details.email,
            phone_country_code=country(details.phone_country_code, "phone_country_code"),
            phone_number=details.phone_number,
            nationality=country(details.nationality, "nationality"),
            birth_date=birth_date(details.birth_date, "birth_date"),
            created_at=self.clock.now(),
        )
        user.number = next(self._numbers)  # numbered only once every rule has passed
        return self.records.add(user)

    def get(self, partner_id: str, user_id: object, field: str = "id") -> User:
        key = resource_id(user_id, field, "user")
        return found(self.records.owned(partner_id, key), f"no user {key}", field, "user")

    def page(self, partner_id: str, page: int) -> list[User]:
        return partner_page(self.records, partner_id, page)

    def update(self, user: User, changes: ContactChanges) -> User:
        """Change the given details; every one is checked before any is changed."""
        for name, value in changes.checked().items():
            setattr(user, name, value)
        return user
