"""Virtual cards: suspended, as the current docs say, until the control API resumes the module.

While suspended every card call is refused with P501 "Service temporarily unavailable" (the docs
say only that an error is returned). Resumed, cards follow the older GitHub docs: issued only to
users of the listed countries (P451), at most 10 held at once and 5 created per 24 hours, 10
per 30 days and 20 per year. The card's PIN is checked for form by the spec and never kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from corridor.simulator.clock import Clock
from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import (
    CardLimitReached,
    ForbiddenCountryCard,
    ServiceUnavailable,
)
from corridor.simulator.p100.domain.identifiers import Identifiers
from corridor.simulator.p100.domain.users import User

CARD_YEARS = 4  # how long an issued card is valid (the docs' example expires 01/30)


@dataclass(frozen=True)
class Card:
    id: str
    owner: str
    label: str
    number: str
    cvv: str
    expiry: str  # MM/YY
    created_at: datetime
    status: str = "ACTIVE"


class Cards:
    def __init__(self, clock: Clock, new_id: Callable[[], str], identifiers: Identifiers) -> None:
        self.clock = clock
        self._new_id = new_id
        self.identifiers = identifiers
        self.suspended = True
        self._cards: dict[str, list[Card]] = {}

    def available(self) -> None:
        if self.suspended:
            raise ServiceUnavailable(
                "the Virtual Cards module is suspended: issuance, management and card "
                "transactions are offline"
            )

    def issue(self, user: User, label: str) -> Card:
        self.available()
        if user.country not in reference.CARD_COUNTRIES:
            raise ForbiddenCountryCard(
                f"cards are not issued to users of {user.country or 'an unknown country'}",
                "externalUserId",
            )
        held = self._cards.setdefault(user.owner, [])
        if len(held) >= reference.CARDS_HELD_AT_ONCE:
            raise CardLimitReached(
                f"a user holds at most {reference.CARDS_HELD_AT_ONCE} cards", "externalUserId"
            )
        now = self.clock.now()
        for days, most in reference.CARD_CREATION_LIMITS:
            recent = sum(1 for card in held if card.created_at > now - timedelta(days=days))
            if recent >= most:
                raise CardLimitReached(
                    f"at most {most} cards may be created in {days} day(s)", "externalUserId"
                )
        card = Card(
            self._new_id(),
            user.owner,
            label,
            self.identifiers.card_number(),
            self.identifiers.cvv(),
            f"{now.month:02d}/{(now.year + CARD_YEARS) % 100:02d}",
            now,
        )
        held.append(card)
        return card

    def of(self, user: User) -> list[Card]:
        self.available()
        return list(self._cards.get(user.owner, []))
