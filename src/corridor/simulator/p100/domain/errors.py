"""The refusals P100's rules give, each with the errorCode (and errorName) it goes out with.

Codes and names are the documented ones (ERRORS.md) wherever the docs pair a case with a code.
The docs show no errorName for P433, P445, P459, P500 and P501, only a label; the simulator sends
the label in P100's lower-kebab style. Cases the docs name without any code (an expired or
reused lock, a duplicate externalUserId, an unknown order, a card limit) go out as P500, the
docs' catch-all "Unknown exception", with an errorName saying what happened.
docs/simulators/p100.md lists every one.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from corridor.simulator.domain import DomainError

T = TypeVar("T")


class P100Refusal(DomainError):
    code: ClassVar[str] = "P500"
    name: ClassVar[str | None] = "unknown-exception"
    not_found: ClassVar[bool] = False  # the documented 404s; every other refusal is a 400


class UnknownException(P100Refusal):
    """An unexpected failure (the simulator sends it only when a fault is injected)."""


class InvalidInput(P100Refusal):
    """A value the request's format allows but P100's validation does not (P403: no errorName)."""

    code = "P403"
    name = None


class InvalidCurrency(P100Refusal):
    code = "P410"
    name = "invalid-currency"


class InvalidUser(P100Refusal):
    code = "P412"
    name = "invalid-user"


class SourceOrDestinationRequired(P100Refusal):
    code = "P424"
    name = "source-or-destination-required"


class SepaTransferNotFound(P100Refusal):
    code = "P428"
    name = "sepa-transfer-not-found"
    not_found = True


class InsufficientFunds(P100Refusal):
    code = "P433"
    name = "insufficient-funds"


class KycNotFound(P100Refusal):
    code = "P445"
    name = "kyc-not-found"
    not_found = True


class ForbiddenCountryCard(P100Refusal):
    code = "P451"
    name = "forbidden-country-card"


class UserNotVerified(P100Refusal):
    code = "P459"
    name = "user-not-verified"


class ServiceUnavailable(P100Refusal):
    code = "P501"
    name = "service-temporarily-unavailable"


class UserExists(P100Refusal):
    name = "user-exists"


class LockNotFound(P100Refusal):
    name = "lock-not-found"


class LockExpired(P100Refusal):
    name = "lock-expired"


class LockUsed(P100Refusal):
    name = "lock-already-used"


class OrderNotFound(P100Refusal):
    name = "order-not-found"


class CardLimitReached(P100Refusal):
    name = "card-limit-reached"


class DestinationNotApproved(P100Refusal):
    """Closed loop: only an IBAN the payer's own deposit whitelisted can be paid."""

    name = "destination-not-approved"


class NotPayable(P100Refusal):
    """An order that is not waiting for a payment (control API only)."""

    name = "order-not-payable"


class AccessDenied(DomainError):
    """A missing or wrong API key: answered as P100's plain-text 401, not as an error object."""


def found(item: T | None, refusal: P100Refusal) -> T:
    if item is None:
        raise refusal
    return item
