"""Exact amounts: Decimal from the wire, within bounds, never rounded behind the caller's back."""

from __future__ import annotations

from decimal import Decimal

from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.errors import RESTRICTED_CURRENCY, Unprocessable

# No real transfer comes near a quadrillion; beyond it amounts would also outgrow the 28 digits
# Decimal arithmetic keeps exactly.
MAX_AMOUNT = Decimal("1e15")


def decimal(value: Decimal | int | float | str) -> Decimal:
    """The exact number a JSON value holds (floats only reach here from Python callers)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


def positive(value: Decimal | int | float | str, field: str) -> Decimal:
    """A finite amount greater than 0 and below MAX_AMOUNT, or a 422 naming the field."""
    amount = decimal(value)
    if not amount.is_finite() or amount <= 0:
        raise Unprocessable(f"{field} must be greater than 0", field)
    if amount >= MAX_AMOUNT:
        raise Unprocessable(f"{field} must be below {MAX_AMOUNT:,.0f}", field)
    return amount


def currency_code(value: str) -> str:
    """A supported currency, lower-cased (the docs write both ETH and eth)."""
    code = value.lower()
    if code not in reference.CURRENCY_PLACES:
        raise Unprocessable(RESTRICTED_CURRENCY, "currency")
    return code


def quantity(value: Decimal | int | float | str, currency: str, field: str = "quantity") -> Decimal:
    """A positive amount of `currency` with no more decimal places than the currency has."""
    amount = positive(value, field)
    places = reference.CURRENCY_PLACES[currency]
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise Unprocessable(
            f"{field} has more than {places} decimal places, which {currency} does not allow",
            field,
        )
    return amount
