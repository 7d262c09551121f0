"""The refusals Sentbe's rules give, by name; the dialect gives each the code of the docs' error
table (_errors.md) and an HTTP status (the docs give none)."""

from __future__ import annotations

from typing import TypeVar

from corridor.simulator.domain import DomainError

T = TypeVar("T")


class Refused(DomainError):
    """A business rule of Sentbe's refused the request."""


class NotAuthenticated(Refused):
    """Unknown PARTNER-ID, or a KEY that is not that partner's access_id."""


class NotFound(Refused):
    """No user, recipient or transfer with that id for this partner ("Invalid model id");
    `model` names the kind, as the docs' "Invalid transfer id" does."""

    def __init__(self, message: str, field: str = "", model: str = "model") -> None:
        super().__init__(message, field)
        self.model = model


class MissingHeader(Refused):
    """PARTNER-ID or KEY is missing ("Invalid header key")."""


class InvalidSignature(Refused):
    """SIGNATURE does not decrypt with the partner's secret_key to JSON text."""


class InvalidParameter(Refused):
    """A parameter the schema allows but a rule does not (a date that is no date, an amount
    beyond any payout)."""


class CurrencyNotAvailable(Refused):
    pass


class InvalidTransferStatus(Refused):
    """The transfer is not in a status the asked change can start from."""


class RecipientLocked(Refused):
    """A verified recipient's details can no longer be changed."""


class InvalidCountry(Refused):
    """Two capital letters that are no ISO 3166-1 alpha-2 code."""


class BankNotSupported(Refused):
    pass


class ExternalIdTaken(Refused):
    """The partner already used this external_id for another transfer."""


class LowBalance(Refused):
    pass


def found(item: T | None, message: str, field: str = "id", model: str = "model") -> T:
    """`item`, or NotFound with `message` when there is none."""
    if item is None:
        raise NotFound(message, field, model)
    return item
