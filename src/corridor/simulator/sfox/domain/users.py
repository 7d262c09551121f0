"""The partner's end users: registration, email and phone verification, user auth tokens and
deactivation.

A user is known by the partner's own user_id. Individuals verify their email and then their
phone; businesses verify their email only. A user auth token acts for one user for 24 hours.
A deactivated user is gone for every purpose: it is not listed, gets no token, and the tokens it
had stop working; its user_id stays taken.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from corridor.simulator import draws
from corridor.simulator.clock import Clock
from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.errors import (
    EMAIL_ALREADY_VERIFIED,
    INVALID_CODE,
    PHONE_ALREADY_VERIFIED,
    USER_LOOKUP_FAILED,
    NotAuthenticated,
    NotFound,
    Unprocessable,
    code_expired,
    not_verified,
)
from corridor.simulator.sfox.domain.inbox import Inbox, OneTimeCode
from corridor.simulator.store import OwnedBy, Records

EMAIL = "email"
SMS = "sms"
INDIVIDUAL = "individual"
CORPORATION = "corporation"
ADVISOR = "advisor"


@dataclass(frozen=True)
class Registration:
    """What Create End User Account takes, as typed fields."""

    user_id: str
    account_type: str
    account_role: str
    first_name: str
    last_name: str
    email: str
    phone_country_code: str
    phone_number: str
    account_purpose: str
    advisor_user_id: str | None = None
    source_of_funds: str | None = None
    # individual / business / beneficial_owners, kept as sent: the docs do not name their keys
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class EndUser:
    registration: Registration
    ref_id: str  # the sfox_user_ref_id wires and bank deposits carry
    created_at: datetime
    email_verified: bool = False
    phone_verified: bool = False
    active: bool = True
    codes: dict[str, OneTimeCode] = field(default_factory=dict)  # channel -> latest code

    @property
    def id(self) -> str:
        return self.registration.user_id

    @property
    def is_business(self) -> bool:
        return self.registration.account_type == CORPORATION

    @property
    def requirements(self) -> dict[str, bool]:
        """True where a step is still needed (Get End User's requirements)."""
        return {
            EMAIL: not self.email_verified,
            SMS: not self.is_business and not self.phone_verified,
        }

    @property
    def status(self) -> str:
        return "PENDING" if any(self.requirements.values()) else "VERIFIED"

    def address(self, channel: str) -> str:
        return self.registration.email if channel == EMAIL else self.registration.phone_number


@dataclass(frozen=True)
class UserToken:
    token: str
    user_id: str
    expires_at: datetime


class Users:
    def __init__(self, clock: Clock, rng: random.Random, inbox: Inbox) -> None:
        self.clock = clock
        self.random = rng
        self.inbox = inbox
        self.records: Records[EndUser] = Records(OwnedBy("registration.account_role"))
        self._tokens: dict[str, UserToken] = {}

    # ---- registration and lookup ----------------------------------------------------------

    def register(self, registration: Registration) -> EndUser:
        if self.records.get(registration.user_id) is not None:
            raise Unprocessable(
                f"A user with user_id {registration.user_id} already exists.", "user_id"
            )
        advisor_id = registration.advisor_user_id
        if advisor_id is not None:
            advisor = self.records.get(advisor_id)
            if (
                advisor is None
                or not advisor.active
                or advisor.registration.account_role != ADVISOR
            ):
                raise Unprocessable(
                    f"advisor_user_id {advisor_id} is not an advisor account", "advisor_user_id"
                )
            if registration.account_role == ADVISOR:
                raise Unprocessable(
                    "an advisor account cannot be linked to an advisor", "advisor_user_id"
                )
        alphabet = string.ascii_letters + string.digits
        ref_id = "".join(self.random.choice(alphabet) for _ in range(5))
        user = EndUser(registration, ref_id, self.clock.now())
        return self.records.add(user)

    def active(self, user_id: str, field_name: str = "user_id") -> EndUser:
        """An active user, or 404: deactivated users are gone."""
        user = self.records.get(user_id)
        if user is None or not user.active:
            raise NotFound(f"User with user_id {user_id} not found.", field_name)
        return user

    def listed(self, role: str | None) -> Iterator[EndUser]:
        roles = [role] if role is not None else ["client", ADVISOR]
        return (user for user in self.records.of(roles) if user.active)

    # ---- verification ----------------------------------------------------------------------

    def send_code(self, user_id: str, channel: str) -> EndUser:
        user = self.active(user_id)
        self._require_unverified(user, channel)
        if channel == SMS:
            if user.is_business:
                raise Unprocessable("Business accounts verify their email only.", "type")
            if not user.email_verified:
                raise Unprocessable(
                    "Verify the email address before requesting an SMS code.", "type"
                )
        subject = "Your sFOX verification code"
        user.codes[channel] = self.inbox.send(user.id, channel, user.address(channel), subject)
        return user

    def confirm_code(self, user_id: str, channel: str, otp: str) -> bool:
        """True once `otp`, the channel's latest unexpired code, verified the channel; a wrong
        or expired code is the 422 every one-time code gets."""
        user = self.active(user_id)
        self._require_unverified(user, channel)
        code = user.codes.get(channel)
        if code is None:  # none was sent: nothing it could match
            raise Unprocessable(INVALID_CODE, "otp")
        if code.expired(self.clock.now()):
            raise Unprocessable(code_expired("verification"), "otp")
        if not code.matches(otp):
            raise Unprocessable(INVALID_CODE, "otp")
        del user.codes[channel]
        if channel == EMAIL:
            user.email_verified = True
        else:
            user.phone_verified = True
        return True

    def verify_all(self, user_id: str) -> EndUser:
        """Mark every step done (the control API's shortcut for tests that need a verified user)."""
        user = self.active(user_id)
        user.email_verified = True
        user.phone_verified = not user.is_business
        user.codes.clear()
        return user

    @staticmethod
    def _require_unverified(user: EndUser, channel: str) -> None:
        if channel == EMAIL and user.email_verified:
            raise Unprocessable(EMAIL_ALREADY_VERIFIED, "type")
        if channel == SMS and user.phone_verified:
            raise Unprocessable(PHONE_ALREADY_VERIFIED, "type")

    # ---- user auth tokens ------------------------------------------------------------------

    def mint(self, user_ids: list[str]) -> list[UserToken]:
        """One token per distinct user, in the order asked; every user must be active and
        verified (onboarding is verification first, create-end-user-account.md:98), or none is
        minted."""
        users = [self.active(user_id) for user_id in dict.fromkeys(user_ids)]
        for user in users:
            if user.status != "VERIFIED":
                raise Unprocessable(not_verified(user.id), "user_id")
        expires = self.clock.now() + reference.USER_TOKEN_LIFETIME
        minted = []
        for user in users:
            # a token is a credential: unguessable, never from the seeded ids
            token = UserToken(draws.token_hex(32), user.id, expires)
            self._tokens[token.token] = token
            minted.append(token)
        return minted

    def authenticate(self, token: str) -> EndUser:
        """The active user a live token acts for, or 401 "user lookup failed"."""
        found = self._tokens.get(token)
        if found is None:
            raise NotAuthenticated(USER_LOOKUP_FAILED)
        if found.expires_at <= self.clock.now():
            del self._tokens[token]
            raise NotAuthenticated(USER_LOOKUP_FAILED)
        user = self.records.get(found.user_id)
        if user is None or not user.active:
            raise NotAuthenticated(USER_LOOKUP_FAILED)
        return user

    # ---- deactivation ----------------------------------------------------------------------

    def deactivate(self, user: EndUser) -> None:
        user.active = False
        user.codes.clear()
