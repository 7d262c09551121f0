"""Exact amounts: Decimal from the wire, rounded to the currency's minor unit, within bounds."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from corridor.simulator.settlego import reference
from corridor.simulator.settlego.domain.errors import AmountOutOfRange

# No real payment comes near a quadrillion; beyond it amounts would also outgrow the 28 digits
# Decimal arithmetic keeps exactly. The spec's request amounts stop below it too.
MAX_AMOUNT = Decimal("1e15")


def money(
    value: Decimal | int | str,
    currency: str,
    field: str = "amount",
    rounding: str = ROUND_HALF_UP,
) -> Decimal:
    """`value` rounded (half-up unless told) to `currency`'s minor unit. The spec bounds every
    amount a request sends; AmountOutOfRange (a 409) is for amounts the simulator works out,
    such as the other side of a conversion, that would pass the same bound."""
    amount = value if isinstance(value, Decimal) else Decimal(str(value))
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        raise AmountOutOfRange(f"{field} must be below {MAX_AMOUNT:,.0f}", field)
    places = reference.decimal_places(currency)
    return amount.quantize(Decimal(1).scaleb(-places), rounding=rounding)
