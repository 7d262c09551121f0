"""One-time codes sFOX sends to end users, and the test inbox that shows what was "sent".

sFOX emails (or texts) codes to the end user, who gives them to the partner: verification codes,
transfer and withdrawal confirmations. The simulator sends nothing; each message lands in the
inbox, where tests read it through the control API. Codes are credentials, so they come from
`secrets`, never from the seeded ids.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from corridor.simulator import draws
from corridor.simulator.clock import Clock
from corridor.simulator.sfox import reference
from corridor.simulator.store import Numbers, OwnedBy, Records


@dataclass(frozen=True)
class Message:
    id: str
    to: str  # user_id
    channel: str  # "email", "sms" or "bank statement"
    subject: str
    at: datetime
    address: str  # where it went: an email address, a phone number, a bank account
    code: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "to": self.to,
            "channel": self.channel,
            "address": self.address,
            "subject": self.subject,
            "code": self.code,
            "details": self.details,
            "at": self.at.isoformat(),
        }


@dataclass
class OneTimeCode:
    """A code sent for one purpose; a newer code for the same purpose replaces it."""

    value: str
    expires_at: datetime

    def matches(self, offered: str) -> bool:
        return secrets.compare_digest(self.value.encode(), offered.encode())

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at


class Inbox:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.messages: Records[Message] = Records(OwnedBy("to"))
        self._ids = Numbers(1)

    def send(
        self,
        to: str,
        channel: str,
        address: str,
        subject: str,
        *,
        lifetime: timedelta = reference.CODE_LIFETIME,
        details: dict[str, Any] | None = None,
    ) -> OneTimeCode:
        """Send a fresh 6-digit code (the docs' OTP) and return it."""
        code = OneTimeCode(f"{draws.randbelow(10**6):06d}", self.clock.now() + lifetime)
        self.notify(to, channel, address, subject, code=code.value, details=details)
        return code

    def notify(
        self,
        to: str,
        channel: str,
        address: str,
        subject: str,
        *,
        code: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> Message:
        message = Message(
            str(next(self._ids)),
            to,
            channel,
            subject,
            self.clock.now(),
            address,
            code,
            dict(details or {}),
        )
        return self.messages.add(message)

    def of(self, recipient: str | None) -> list[Message]:
        if recipient is None:
            return list(self.messages)
        return list(self.messages.of([recipient]))
