"""The refusals Sentbe's rules give, each with the code of the docs' error table (_errors.md).

The dialect maps each kind to an HTTP status (the docs give none); the code travels with it.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from corridor.simulator.domain import DomainError

T = TypeVar("T")


class Refused(DomainError):
    code: ClassVar[str] = "E0000"


class NotAuthenticated(Refused):
    """Unknown PARTNER-ID, or a KEY that is not that partner's access_id."""

    code = "E0001"


class NotFound(Refused):
    """No user, recipient or transfer with that id for this partner ("Invalid model id")."""

    code = "E0002"


class MissingHeader(Refused):
    """PARTNER-ID or KEY is missing ("Invalid header key")."""

    code = "E0003"


class InvalidSignature(Refused):
    """SIGNATURE does not decrypt with the partner's secret_key to JSON text."""

    code = "E0004"


class InvalidParameter(Refused):
    """A parameter the schema allows but a rule does not (a date that is no date, an amount
    beyond any payout)."""

    code = "E0005"


class CurrencyNotAvailable(Refused):
    code = "E0007"


class InvalidTransferStatus(Refused):
    """The transfer is not in a status the asked change can start from."""

    code = "E0009"


class RecipientLocked(Refused):
    """A verified recipient's details can no longer be changed."""

    code = "E0010"


class InvalidCountry(Refused):
    """Two capital letters that are no ISO 3166-1 alpha-2 code."""

    code = "E0011"


class BankNotSupported(Refused):
    code = "E0012"


class ExternalIdTaken(Refused):
    """The partner already used this external_id for another transfer."""

    code = "E0013"


class LowBalance(Refused):
    code = "E0014"


def found(item: T | None, message: str, field: str = "id") -> T:
    """`item`, or NotFound with `message` when there is none."""
    if item is None:
        raise NotFound(message, field)
    return item
