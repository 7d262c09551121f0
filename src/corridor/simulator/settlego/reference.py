"""The simulator's SettleGo reference data: currencies, countries, rates, fees and calendars.

One consistent world: every currency the simulator lists has a rate, every country has its
states where it has any, and payment and conversion dates skip weekends the same way.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

# code: (name, decimal places, US dollars per unit)
CURRENCIES: dict[str, tuple[str, int, Decimal]] = {
    "AUD": ("Australian Dollar", 2, Decimal("0.66")),
    "CAD": ("Canadian Dollar", 2, Decimal("0.74")),
    "CHF": ("Swiss Franc", 2, Decimal("1.13")),
    "DKK": ("Danish Krone", 2, Decimal("0.145")),
    "EUR": ("Euro", 2, Decimal("1.08")),
    "GBP": ("British Pound", 2, Decimal("1.27")),
    "JPY": ("Japanese Yen", 0, Decimal("0.0067")),
    "NOK": ("Norwegian Krone", 2, Decimal("0.094")),
    "PLN": ("Polish Zloty", 2, Decimal("0.25")),
    "SEK": ("Swedish Krona", 2, Decimal("0.095")),
    "TRY": ("Turkish Lira", 2, Decimal("0.031")),
    "USD": ("US Dollar", 2, Decimal("1")),
}

# alpha2: (alpha3, numeric, dial-in, name)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "AU": ("AUS", "036", "61", "Australia"),
    "CA": ("CAN", "124", "1", "Canada"),
    "CH": ("CHE", "756", "41", "Switzerland"),
    "DE": ("DEU", "276", "49", "Germany"),
    "DK": ("DNK", "208", "45", "Denmark"),
    "ES": ("ESP", "724", "34", "Spain"),
    "FR": ("FRA", "250", "33", "France"),
    "GB": ("GBR", "826", "44", "United Kingdom"),
    "IE": ("IRL", "372", "353", "Ireland"),
    "IT": ("ITA", "380", "39", "Italy"),
    "JP": ("JPN", "392", "81", "Japan"),
    "NL": ("NLD", "528", "31", "Netherlands"),
    "NO": ("NOR", "578", "47", "Norway"),
    "PL": ("POL", "616", "48", "Poland"),
    "SE": ("SWE", "752", "46", "Sweden"),
    "TR": ("TUR", "792", "90", "Turkey"),
    "US": ("USA", "840", "1", "United States"),
}

STATES: dict[str, dict[str, str]] = {
    "US": {
        "CA": "California",
        "FL": "Florida",
        "IL": "Illinois",
        "MD": "Maryland",
        "NY": "New York",
        "TX": "Texas",
        "WA": "Washington",
    },
    "CA": {"AB": "Alberta", "BC": "British Columbia", "ON": "Ontario", "QC": "Quebec"},
    "AU": {"NSW": "New South Wales", "QLD": "Queensland", "VIC": "Victoria"},
}

CONVERSION_SPREAD = Decimal("0.005")  # offered rate = mid-market rate less 0.5%
QUOTE_SECONDS = 20  # the docs: a quote expires 20 seconds after it is given
CUTOFF_HOUR = 14  # payments and conversions asked for after 14:00 move to the next working day

# fee per payment, in the payment's currency, by payment type
PAYMENT_FEES: dict[str, Decimal] = {
    "sepa": Decimal("0.50"),
    "faster_payments": Decimal("1.00"),
    "standard": Decimal("2.00"),
    "express": Decimal("10.00"),
    "chaps": Decimal("15.00"),
}

_IBAN = r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$"
_BIC = r"^[0-9A-Z]{8}$|^[0-9A-Z]{11}$"
_ACCOUNT_NUMBER = r"^\d{6,17}$"
# currency: [(payment type, routing code type, routing code format, needs iban)]
PAYMENT_ROUTES: dict[str, list[tuple[str, str | None, str | None, bool]]] = {
    "GBP": [
        ("faster_payments", "sort_code", r"^\d{6}$", False),
        ("chaps", "sort_code", r"^\d{6}$", False),
        ("standard", None, None, True),
    ],
    "EUR": [("sepa", None, None, True), ("standard", None, None, True)],
    "USD": [("standard", "aba", r"^\d{9}$", False), ("express", None, None, True)],
}
DEFAULT_ROUTES: list[tuple[str, str | None, str | None, bool]] = [("standard", None, None, True)]


def decimal_places(currency: str) -> int:
    entry = CURRENCIES.get(currency)
    return entry[1] if entry else 2


def mid_market_rate(sell: str, buy: str) -> Decimal:
    """Units of `buy` one unit of `sell` is worth, to 6 significant places."""
    rate = CURRENCIES[sell][2] / CURRENCIES[buy][2]
    return rate.quantize(Decimal(1).scaleb(rate.adjusted() - 5))


def currency_json(code: str) -> dict[str, Any]:
    name, places, _ = CURRENCIES[code]
    return {"code": code, "name": name, "decimalPlace": places}


def country_json(alpha2: str) -> dict[str, Any]:
    alpha3, numeric, dial_in, name = COUNTRIES[alpha2]
    return {
        "alpha2Code": alpha2,
        "alpha3Code": alpha3,
        "numericCode": numeric,
        "dialInCode": dial_in,
        "name": name,
    }


def requirements(currency: str, beneficiary_type: str) -> list[dict[str, Any]]:
    """Which beneficiary bank details each payment type of `currency` needs (as patterns)."""
    entries = []
    for payment_type, routing_type, routing_format, needs_iban in PAYMENT_ROUTES.get(
        currency, DEFAULT_ROUTES
    ):
        retail = beneficiary_type == "retail"
        entries.append(
            {
                "paymentType": payment_type,
                "addressRequired": True,
                "accountNumber": None if needs_iban else _ACCOUNT_NUMBER,
                "iban": _IBAN if needs_iban else None,
                "bic": _BIC if needs_iban else None,
                "beneficiaryFirstName": "^.{1,255}" if retail else None,
                "beneficiaryLastName": "^.{1,255}" if retail else None,
                "beneficiaryBirthDate": None,
                "companyName": None if retail else "^.{1,255}",
                "beneficiaryType": beneficiary_type,
                "routingCodeType": routing_type,
                "routingCodeFormat": routing_format,
                "bankName": None,
                "bankAccountType": None,
                "taxId": None,
            }
        )
    return entries


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def first_working_day(now: datetime) -> date:
    """Today if it is a working day before the cut-off, otherwise the next working day."""
    day = now.date()
    if not is_working_day(day) or now.hour >= CUTOFF_HOUR:
        day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def unavailable_dates(now: datetime, days: int = 14) -> list[dict[str, str]]:
    """The non-working dates of the next `days` days, described the way the docs do."""
    first = first_working_day(now)
    entries = []
    for offset in range(days):
        day = now.date() + timedelta(days=offset)
        if is_working_day(day) and day < first:
            description = f"Past Cutoff: Next available trading date is {first.isoformat()}"
        elif not is_working_day(day):
            description = f"No trading on {day:%A}"
        else:
            continue
        entries.append({"date": day.isoformat(), "description": description})
    return entries
