"""The 27 currencies SettleGo's sandbox offers, with the docs' names and decimal places, and the
simulator's exchange rates (the docs give none)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

# code: (name, decimal places, US dollars per unit), in the docs' order
# (settlego-api.txt:5842-5869); the rates are the simulator's
CURRENCIES: dict[str, tuple[str, int, Decimal]] = {
    "GBP": ("British Pound", 2, Decimal("1.27")),
    "USD": ("United States Dollar", 2, Decimal("1")),
    "EUR": ("Euro", 2, Decimal("1.08")),
    "JPY": ("Japanese Yen", 0, Decimal("0.0067")),
    "CAD": ("Canadian Dollar", 2, Decimal("0.74")),
    "AUD": ("Australian Dollar", 2, Decimal("0.66")),
    "NZD": ("New Zealand Dollar", 2, Decimal("0.61")),
    "HKD": ("Hong Kong Dollar", 2, Decimal("0.128")),
    "SGD": ("Singapore Dollar", 2, Decimal("0.74")),
    "PLN": ("Polish Zloty", 2, Decimal("0.25")),
    "NOK": ("Norwegian Krone", 2, Decimal("0.094")),
    "SEK": ("Swedish Krona", 2, Decimal("0.095")),
    "DKK": ("Danish Krone", 2, Decimal("0.145")),
    "CHF": ("Swiss Franc", 2, Decimal("1.13")),
    "ZAR": ("South African Rand", 2, Decimal("0.054")),
    "BGN": ("Bulgarian Lev", 2, Decimal("0.55")),
    "CZK": ("Czech Koruna", 2, Decimal("0.043")),
    "AED": ("Emirati Dirham", 2, Decimal("0.2723")),
    "HUF": ("Hungarian Forint", 2, Decimal("0.0028")),
    "ILS": ("Israeli Shekel", 2, Decimal("0.27")),
    "MXN": ("Mexican Peso", 2, Decimal("0.058")),
    "QAR": ("Qatari Rial", 2, Decimal("0.2747")),
    "RON": ("Romanian New Leu", 2, Decimal("0.22")),
    "SAR": ("Saudi Riyal", 2, Decimal("0.2667")),
    "THB": ("Thai Baht", 2, Decimal("0.029")),
    "TRY": ("Turkish Lira", 2, Decimal("0.031")),
    "INR": ("Indian Rupee", 2, Decimal("0.012")),
}


def decimal_places(currency: str) -> int:
    entry = CURRENCIES.get(currency)
    return entry[1] if entry else 2


def mid_market_rate(base: str, quote: str) -> Decimal:
    """Units of `quote` one unit of `base` is worth, to 6 significant places."""
    rate = CURRENCIES[base][2] / CURRENCIES[quote][2]
    return rate.quantize(Decimal(1).scaleb(rate.adjusted() - 5))


def currency_json(code: str) -> dict[str, Any]:
    name, places, _ = CURRENCIES[code]
    return {"code": code, "name": name, "decimalPlace": places}
