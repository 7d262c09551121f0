"""Exact amounts: Decimal from the wire, at most the currency's decimal places, within bounds.

P100's validation refuses an amount with more decimals than the currency has ("Amount can have
at most 8 decimal places", Error Handling page) as P403; amounts are never rounded silently.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal, InvalidOperation

from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import InvalidCurrency, InvalidInput

# No real payment comes near a quadrillion; beyond it amounts would also outgrow the 28 digits
# Decimal arithmetic keeps exactly.
MAX_AMOUNT = Decimal("1e15")

# an amount as a request may send it: a JSON number or a decimal string
Amount = Decimal | int | float | str


def currency_code(value: str, field: str = "currency", *, allowed: tuple[str, ...] = ()) -> str:
    """A supported currency, lower case (the docs write BTC in one table, btc everywhere else)."""
    code = value.strip().lower()
    if code not in (allowed or reference.CURRENCIES):
        raise InvalidCurrency(f"{field} {value!r} is not supported", field)
    return code


def amount(value: Amount, currency: str, field: str = "amount") -> Decimal:
    """A positive amount in `currency`, exact, with no more decimals than the currency has."""
    if isinstance(value, bool):
        raise InvalidInput(f"{field} must be a number", field)
    try:
        exact = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise InvalidInput(f"{field} must be a decimal number", field) from None
    if not exact.is_finite() or exact <= 0:
        raise InvalidInput(f"{field} must be a positive number", field)
    if exact >= MAX_AMOUNT:
        raise InvalidInput(f"{field} must be below {MAX_AMOUNT:,.0f}", field)
    places = reference.DECIMAL_PLACES[currency]
    if exact != exact.quantize(unit(currency), rounding=ROUND_DOWN):
        raise InvalidInput(f"{field} can have at most {places} decimal places", field)
    return exact.quantize(unit(currency))


def unit(currency: str) -> Decimal:
    return Decimal(1).scaleb(-reference.DECIMAL_PLACES[currency])


def round_down(value: Decimal, currency: str) -> Decimal:
    """What P100 pays out of a conversion: never more than the exact result."""
    return value.quantize(unit(currency), rounding=ROUND_DOWN)


def text(value: Decimal, currency: str) -> str:
    """A balance as the docs write it: every decimal place of the currency ("0.000000")."""
    return f"{value.quantize(unit(currency)):f}"
