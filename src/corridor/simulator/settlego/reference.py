"""SettleGo's reference data, as the docs list it, and the simulator's choices where they are
silent: currencies and their rates, fees, countries and states, the payment calendar, and the
bank details each payment type needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

# ---- currencies -----------------------------------------------------------------------------

# The 27 currencies SettleGo's sandbox offers, with the docs' names and decimal places, and the
# simulator's exchange rates (the docs give none).

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


# ---- fees -----------------------------------------------------------------------------------

# What SettleGo charges in the simulator: the docs show fees and rates in examples only.

# the offered rate is this much worse for the client than the mid-market rate
CONVERSION_SPREAD = Decimal("0.005")

# fee per payment, in the payment's currency, by payment type
PAYMENT_FEES: dict[str, Decimal] = {
    "sepa": Decimal("0.50"),
    "faster_payments": Decimal("1.00"),
    "standard": Decimal("2.00"),
    "express": Decimal("10.00"),
    "chaps": Decimal("15.00"),
}


# ---- countries and states -------------------------------------------------------------------

# Countries and their states or provinces.
#
# The docs list 17 countries (settlego-api.txt:5968-5985), name two more in other examples (GB in
# the list-beneficiaries example's bankCountryName, :3041; US in get country, :6048-6054) and use
# TR and AL as client countries (:4727, :6585). The simulator lists those, as the docs write them,
# and the home country of every currency it offers, under its ISO 3166 English short name. The US
# states are the docs' 63 entries as written (:6097-6160), oddities included; Canada's and
# Australia's provinces are the simulator's.

# alpha2: (alpha3, numeric, dial-in, name)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "DK": ("DNK", "208", "45", "Denmark"),
    "BM": ("BMU", "060", "1441", "Bermuda"),
    "BO": ("BOL", "068", "591", "Bolivia (Plurinational State of)"),
    "DO": ("DOM", "214", "1809", "Dominican Republic"),
    "BW": ("BWA", "072", "267", "Botswana"),
    "BV": ("BVT", "074", "47", "Bouvet Island"),
    "EG": ("EGY", "818", "20", "Egypt"),
    "IO": ("IOT", "086", "246", "British Indian Ocean Territory"),
    "EE": ("EST", "233", "372", "Estonia"),
    "BN": ("BRN", "096", "673", "Brunei Darussalam"),
    "FO": ("FRO", "234", "298", "Faeroe Islands"),
    "FI": ("FIN", "246", "358", "Finland"),
    "FR": ("FRA", "250", "33", "France"),
    "BG": ("BGR", "100", "359", "Bulgaria"),
    "BF": ("BFA", "854", "226", "Burkina Faso"),
    "UA": ("UKR", "804", "380", "Ukraine"),
    "AE": ("ARE", "784", "971", "United Arab Emirates"),
    # named by other examples of the docs
    "GB": ("GBR", "826", "44", "United Kingdom of Great Britain and Northern Ireland"),
    "US": ("USA", "840", "1", "United States of America"),
    "TR": ("TUR", "792", "90", "Turkey"),
    "AL": ("ALB", "008", "355", "Albania"),
    # home countries of the other currencies offered
    "AU": ("AUS", "036", "61", "Australia"),
    "CA": ("CAN", "124", "1", "Canada"),
    "CH": ("CHE", "756", "41", "Switzerland"),
    "CZ": ("CZE", "203", "420", "Czechia"),
    "DE": ("DEU", "276", "49", "Germany"),
    "HK": ("HKG", "344", "852", "Hong Kong"),
    "HU": ("HUN", "348", "36", "Hungary"),
    "IL": ("ISR", "376", "972", "Israel"),
    "IN": ("IND", "356", "91", "India"),
    "JP": ("JPN", "392", "81", "Japan"),
    "MX": ("MEX", "484", "52", "Mexico"),
    "NO": ("NOR", "578", "47", "Norway"),
    "NZ": ("NZL", "554", "64", "New Zealand"),
    "PL": ("POL", "616", "48", "Poland"),
    "QA": ("QAT", "634", "974", "Qatar"),
    "RO": ("ROU", "642", "40", "Romania"),
    "SA": ("SAU", "682", "966", "Saudi Arabia"),
    "SE": ("SWE", "752", "46", "Sweden"),
    "SG": ("SGP", "702", "65", "Singapore"),
    "TH": ("THA", "764", "66", "Thailand"),
    "ZA": ("ZAF", "710", "27", "South Africa"),
}

STATES: dict[str, dict[str, str]] = {
    "US": {
        "US": "United States of America",
        "AL": "Alabama",
        "AK": "Alaska",
        "AZ": "Arizona",
        "AR": "Arkansas",
        "CA": "California",
        "CO": "Colorado",
        "CT": "Connecticut",
        "DE": "Delaware",
        "DC": "District of Columbia",
        "FL": "Florida",
        "GA": "Georgia",
        "HI": "Hawaii",
        "ID": "Idaho",
        "IL": "Illinois",
        "IN": "Indiana",
        "IA": "Iowa",
        "KS": "Kansas",
        "KY": "Kentucky",
        "LA": "Louisiana",
        "ME": "Maine",
        "MD": "Maryland",
        "MA": "Massachusetts",
        "MI": "Michigan",
        "MN": "Minnesota",
        "MS": "Mississippi",
        "MO": "Missouri",
        "MT": "Montana",
        "NE": "Nebraska",
        "NV": "Nevada",
        "NH": "New Hampshire",
        "NJ": "New Jersey",
        "NM": "New Mexico",
        "NY": "New York",
        "NC": "North Carolina",
        "ND": " North Dakota",
        "OH": "Ohio",
        "OK": "Oklahoma",
        "OR": "Oregon",
        "PA": "Pennsylvania",
        "RI": "Rhode Island",
        "SC": "South Carolina",
        "SD": "South Dakota",
        "TN": "Tennessee",
        "TX": "Texas",
        "UT": "Utah",
        "VT": "Vermont",
        "VA": "Virginia",
        "WA": "Washington",
        "WV": "West Virginia",
        "WI": "Wisconsin",
        "WY": "Wyoming",
        "AS": "American Samoa",
        "GU": "Guam",
        "MP": "Northern Mariana Islands",
        "PR": "Puerto Rico",
        "VI": "U.S. Virgin Islands",
        "UM": "U.S. Minor Outlying Islands",
        # the docs write an en dash in these names
        "AA": "U.S. Armed Forces \u2013 Americas",
        "AE": "U.S. Armed Forces \u2013 Europe",
        "AP": "U.S. Armed Forces \u2013 Pacific",
        "CM": "Northern Mariana Islands",
        "NB": "Nebraska",
    },
    "CA": {
        "AB": "Alberta",
        "BC": "British Columbia",
        "MB": "Manitoba",
        "NB": "New Brunswick",
        "NL": "Newfoundland and Labrador",
        "NS": "Nova Scotia",
        "NT": "Northwest Territories",
        "NU": "Nunavut",
        "ON": "Ontario",
        "PE": "Prince Edward Island",
        "QC": "Quebec",
        "SK": "Saskatchewan",
        "YT": "Yukon",
    },
    "AU": {
        "ACT": "Australian Capital Territory",
        "NSW": "New South Wales",
        "NT": "Northern Territory",
        "QLD": "Queensland",
        "SA": "South Australia",
        "TAS": "Tasmania",
        "VIC": "Victoria",
        "WA": "Western Australia",
    },
}


def country_json(alpha2: str) -> dict[str, Any]:
    alpha3, numeric, dial_in, name = COUNTRIES[alpha2]
    return {
        "alpha2Code": alpha2,
        "alpha3Code": alpha3,
        "numericCode": numeric,
        "dialInCode": dial_in,
        "name": name,
    }


def state_json(country: str, code: str) -> dict[str, Any]:
    return {"code": code, "name": STATES[country][code], "countryAlpha2Code": country}


# ---- the payment calendar -------------------------------------------------------------------

# When payments and conversions can happen: working days, and a daily cut-off after which
# today is no longer available.
#
# The docs show the cut-off only as a time of day: a quote for 2018-03-16 must settle by
# 15:00 that day (settlement cut-off, settlego-api.txt:3771). The docs' calendars list the past
# cut-off day, weekends and public holidays (:6243-6265, :6308-6316); the simulator knows no
# public holidays, so its calendar is the cut-off and weekends.

CUTOFF = time(15)
WINDOW_DAYS = 14  # the docs' conversion calendar spans two weeks from today


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def first_working_day(now: datetime) -> date:
    """Today if it is a working day before the cut-off, otherwise the next working day."""
    day = now.date()
    if not is_working_day(day) or now.time() >= CUTOFF:
        day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def unavailable_dates(now: datetime) -> list[dict[str, str]]:
    """The dates of the coming two weeks nothing can happen on, described as the docs do."""
    first = first_working_day(now)
    entries = []
    for offset in range(WINDOW_DAYS):
        day = now.date() + timedelta(days=offset)
        if not is_working_day(day):
            description = f"No trading on {day:%A}"
        elif day < first:
            description = f"Past Cutoff: Next available trading date is {first.isoformat()}"
        else:
            continue
        entries.append({"date": day.isoformat(), "description": description})
    return entries


# ---- bank details ---------------------------------------------------------------------------

# The bank details a beneficiary needs, per currency and payment type, as patterns.
#
# The docs give one answer, for a corporate GBP account in GB (settlego-api.txt:5776-5796): one
# standard payment type, an 8-digit account number with a 6-digit sort code, or an IBAN, a BIC
# pattern, and an address. The simulator answers exactly that for GBP and follows the same shape
# for every other currency it offers: IBAN and BIC where IBANs are used, an account number with
# the country's routing code (ABA, BSB, IFSC, CLABE) or with a BIC elsewhere.

# the docs' patterns, as the JSON example decodes them
IBAN = r"^[a-zA-Z]{2}[0-9]{2}[a-zA-Z0-9]{8}([a-zA-Z0-9]?){3,19}$|^[A-Z]{2}\d{5}[0-9A-Z]{13}$"
BIC = r"^[0-9A-Z]{8}$|^[0-9A-Z]{11}$"
NAME = "^.{1,255}"
BIRTH_DATE = r"^\d{4}-\d{2}-\d{2}$"  # the docs name the field for retail, without a pattern
ACCOUNT_NUMBER = r"^\d{4,20}$"


@dataclass(frozen=True)
class BankDetails:
    """What one payment type of a currency needs; a pattern of None means the detail is not
    used. A beneficiary qualifies with an account number (and the routing code, or else the
    BIC, when given here) or with an IBAN (and the BIC, when given here)."""

    payment_type: str
    account_number: str | None
    iban: str | None
    bic: str | None
    routing_code_type: str | None = None
    routing_code_format: str | None = None
    address_required: bool = True


def _iban(*payment_types: str) -> tuple[BankDetails, ...]:
    return tuple(BankDetails(kind, None, IBAN, BIC) for kind in payment_types)


def _account(
    routing: str | None = None, fmt: str | None = None, number: str = ACCOUNT_NUMBER
) -> tuple[BankDetails, ...]:
    return (BankDetails("standard", number, None, None if routing else BIC, routing, fmt),)


BANK_DETAILS: dict[str, tuple[BankDetails, ...]] = {
    "GBP": (BankDetails("standard", r"^\d{8}$", IBAN, BIC, "sort_code", r"^\d{6}$"),),
    "USD": (
        BankDetails("standard", r"^\d{4,17}$", None, None, "aba", r"^\d{9}$"),
        BankDetails("express", r"^\d{4,17}$", None, None, "aba", r"^\d{9}$"),
    ),
    "EUR": _iban("sepa", "standard"),
    "AUD": _account("bsb_code", r"^\d{6}$", r"^\d{6,10}$"),
    "INR": _account("ifs_code", r"^[A-Z]{4}0[A-Z0-9]{6}$", r"^\d{9,18}$"),
    "MXN": _account("clabe_code", r"^\d{18}$", r"^\d{10,11}$"),
    **{code: _iban("standard") for code in ("PLN", "NOK", "SEK", "DKK", "CHF", "BGN", "CZK")},
    **{code: _iban("standard") for code in ("AED", "HUF", "ILS", "QAR", "RON", "SAR", "TRY")},
    **{code: _account() for code in ("JPY", "CAD", "NZD", "HKD", "SGD", "ZAR", "THB")},
}


def requirements(currency: str, beneficiary_type: str) -> list[dict[str, Any]]:
    """The metadataList entries of beneficiary required details."""
    retail = beneficiary_type == "retail"
    return [
        {
            "paymentType": details.payment_type,
            "addressRequired": details.address_required,
            "accountNumber": details.account_number,
            "iban": details.iban,
            "bic": details.bic,
            "beneficiaryFirstName": NAME if retail else None,
            "beneficiaryLastName": NAME if retail else None,
            "beneficiaryBirthDate": BIRTH_DATE if retail else None,
            "companyName": None if retail else NAME,
            "beneficiaryType": beneficiary_type,
            "routingCodeType": details.routing_code_type,
            "routingCodeFormat": details.routing_code_format,
            "bankName": None,
            "bankAccountType": None,
            "taxId": None,
        }
        for details in BANK_DETAILS[currency]
    ]
