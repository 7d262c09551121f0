"""Senders ("users"): registered by a partner, listed five to a page, their contact details
changeable (the unpublished update_user_info)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from corridor.simulator.clock import Clock
from corridor.simulator.sentbe.domain.errors import found
from corridor.simulator.sentbe.domain.fields import (
    birth_date,
    country,
    partner_page,
    resource_id,
)
from corridor.simulator.store import Records

# What update_user_info may change (docs/sentbe/api/_update_user_info.md request table)
CHANGEABLE = ("email", "phone_country_code", "phone_number", "birth_date")


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
        self.records: Records[User] = Records(lambda u: [u.partner_id])
        self._numbers = itertools.count(1)

    def create(self, partner_id: str, fields: Mapping[str, Any]) -> User:
        today = self.clock.now().date()
        user = User(
            number=0,
            partner_id=partner_id,
            first_name=fields["first_name"],
            middle_name=fields.get("middle_name"),
            last_name=fields["last_name"],
            email=fields.get("email"),
            phone_country_code=country(fields["phone_country_code"], "phone_country_code"),
            phone_number=fields["phone_number"],
            nationality=country(fields["nationality"], "nationality"),
            birth_date=birth_date(fields["birth_date"], "birth_date", today),
            created_at=self.clock.now(),
        )
        user.number = next(self._numbers)  # numbered only once every rule has passed
        return self.records.add(user)

    def get(self, partner_id: str, user_id: Any, field: str = "id") -> User:
        key = resource_id(user_id, field)
        return found(self.records.owned(partner_id, key), f"no user {key}", field)

    def page(self, partner_id: str, page: int) -> list[User]:
        return partner_page(self.records, partner_id, page)

    def update(self, user: User, fields: Mapping[str, Any]) -> User:
        """Change the given details; every one is checked before any is changed."""
        today = self.clock.now().date()
        changes = {name: fields[name] for name in CHANGEABLE if name in fields}
        if "phone_country_code" in changes:
            country(changes["phone_country_code"], "phone_country_code")
        if "birth_date" in changes:
            birth_date(changes["birth_date"], "birth_date", today)
        for name, value in changes.items():
            setattr(user, name, value)
        return user
