"""The refusals SettleGo's business rules can give; the dialect maps each to a status."""

from __future__ import annotations

from typing import TypeVar

from corridor.simulator.domain import DomainError

T = TypeVar("T")


class NotAuthenticated(DomainError):
    """Unknown login, wrong api key, or a session token that is unknown, expired or revoked."""


class NotFound(DomainError):
    """No such object for the acting client (another client's objects are never shown)."""


class Forbidden(DomainError):
    """onBehalfOf names a client that is not one of the caller's linked clients."""


class Conflict(DomainError):
    """A well-formed request that a business rule refuses."""


class InsufficientFunds(Conflict):
    pass


class AmountOutOfRange(Conflict):
    """An amount the spec allows (it sets no maximum) but no account could hold."""


class ExternalIdInUse(Conflict):
    pass


class QuoteExpired(Conflict):
    pass


class NotCancellable(Conflict):
    pass


class NoCurrencyAccount(Conflict):
    pass


class UnsupportedCurrency(Conflict):
    pass


def found(item: T | None, message: str, field: str = "id") -> T:
    """`item`, or NotFound with `message` when there is none."""
    if item is None:
        raise NotFound(message, field)
    return item
