"""Exact amounts: Decimal from the wire, within bounds, never rounded behind the caller's back."""

from __future__ import annotations

from decimal import Decimal

from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.errors import RESTRICTED_CURRENCY, Unprocessable

# No real transfer comes near a quadrillion; beyond it amounts would also outgrow the 28 digits
# Decimal arithmetic keeps exactly.
MAX_AMOUNT = Decimal("1e15")
# The docs give no precision for rates and fees: none is finer than the finest currency's.
FINEST_PLACES = max(reference.CURRENCY_PLACES.values())


def decimal(value: Decimal | int | float | str) -> Decimal:
    """The exact number a JSON value holds (floats only reach here from Python callers)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


def positive(
    value: Decimal | int | float | str, field: str, places: int | None = FINEST_PLACES
) -> Decimal:
    """A finite amount greater than 0, below MAX_AMOUNT and with at most `places` decimal
    places (None: the caller checks them), or a 422 naming the field."""
    amount = decimal(value)
    if not amount.is_finite() or amount <= 0:
        raise Unprocessable(f"{field} must be greater than 0", field)
    if amount >= MAX_AMOUNT:
        raise Unprocessable(f"{field} must be below {MAX_AMOUNT:,.0f}", field)
    if places is not None and decimal_places(amount) > places:
        raise Unprocessable(f"{field} has more than {places} decimal places", field)
    return amount


def decimal_places(amount: Decimal) -> int:
    """How many decimal places a finite amount needs (trailing zeros do not count). Read off
    its digits, not computed: `normalize()` rounds 1E-9999999999 to 0 under the context."""
    _, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int):  # NaN or infinity, which `positive` refuses
        return 0
    zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + zeros)) if any(digits) else 0


def currency_code(value: str) -> str:
    """A supported currency, lower-cased (the docs write both ETH and eth)."""
    code = value.lower()
    if code not in reference.CURRENCY_PLACES:
        raise Unprocessable(RESTRICTED_CURRENCY, "currency")
    return code


def quantity(value: Decimal | int | float | str, currency: str, field: str = "quantity") -> Decimal:
    """A positive amount of `currency` with no more decimal places than the currency has."""
    places = reference.CURRENCY_PLACES[currency]
    amount = positive(value, field, places=None)
    if decimal_places(amount) > places:
        raise Unprocessable(
            f"{field} has more than {places} decimal places, which {currency} does not allow",
            field,
        )
    return amount
