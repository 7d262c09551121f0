"""Exact amounts: Decimal from the wire, rounded to the currency's minor unit, within bounds."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from corridor.simulator.settlego import reference
from corridor.simulator.settlego.domain.errors import AmountOutOfRange

# No real payment comes near a quadrillion; beyond it amounts would also outgrow the 28 digits
# Decimal arithmetic keeps exactly.
MAX_AMOUNT = Decimal("1e15")


def money(value: Decimal | int | str, currency: str, field: str = "amount") -> Decimal:
    """`value` rounded half-up to `currency`'s minor unit; AmountOutOfRange beyond any real
    payment (a 409: the request is schema-valid, since the spec sets no maximum)."""
    amount = value if isinstance(value, Decimal) else Decimal(str(value))
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        raise AmountOutOfRange(f"{field} must be below {MAX_AMOUNT:,.0f}", field)
    places = reference.decimal_places(currency)
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
