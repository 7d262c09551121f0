"""The refusals P100's rules give, by name; `render` gives each the errorCode and errorName it
goes out with, and the dialect its status.

Each case the docs pair with a code is a refusal of its own, and so is each case they name
without one (an expired or reused lock, a duplicate externalUserId, an unknown order, a card
limit). docs/simulators/p100.md lists how every one goes out.
"""

from __future__ import annotations

from corridor.simulator.domain import DomainError


class P100Refusal(DomainError):
    """A business rule of P100's refused the request."""


class UnknownException(P100Refusal):
    """An unexpected failure (the simulator sends it only when a fault is injected)."""


class InvalidInput(P100Refusal):
    """A value the request's format allows but P100's validation does not."""


class InvalidCurrency(P100Refusal):
    """A currency P100 does not offer, or not for this operation or network."""


class InvalidUser(P100Refusal):
    """No user with that externalUserId."""


class SourceOrDestinationRequired(P100Refusal):
    """A user's payout that names no user."""


class SepaTransferNotFound(P100Refusal):
    pass


class InsufficientFunds(P100Refusal):
    pass


class KycNotFound(P100Refusal):
    """The user has no KYC verification yet."""


class ForbiddenCountryCard(P100Refusal):
    """A virtual card for a user of a country cards are not issued in."""


class UserNotVerified(P100Refusal):
    """The user has not passed KYC, or has no balances yet."""


class ServiceUnavailable(P100Refusal):
    """A module P100 has suspended (or, injected, the whole service)."""


class UserExists(P100Refusal):
    """The partner registered a user under that externalUserId already."""


class LockNotFound(P100Refusal):
    pass


class LockExpired(P100Refusal):
    pass


class LockUsed(P100Refusal):
    """A rate lock is good for one exchange or order."""


class OrderNotFound(P100Refusal):
    pass


class CardLimitReached(P100Refusal):
    pass


class DestinationNotApproved(P100Refusal):
    """Closed loop: only an IBAN the payer's own deposit whitelisted can be paid."""


class NotPayable(P100Refusal):
    """An order that is not waiting for a payment (control API only)."""


class AccessDenied(DomainError):
    """A missing or wrong API key: answered as P100's plain-text 401, not as an error object."""


class ApiKeyMissing(AccessDenied):
    pass


class ApiKeyIncorrect(AccessDenied):
    pass
