"""SettleGo's reference data, as the docs list it, and the simulator's choices where they are
silent: currencies and their rates, countries and states, the payment calendar, fees, and the
bank details each payment type needs."""

from __future__ import annotations

from corridor.simulator.settlego.reference.bank_details import (
    BANK_DETAILS,
    BankDetails,
    requirements,
)
from corridor.simulator.settlego.reference.calendar import (
    CUTOFF,
    first_working_day,
    is_working_day,
    unavailable_dates,
)
from corridor.simulator.settlego.reference.countries import (
    COUNTRIES,
    STATES,
    country_json,
    state_json,
)
from corridor.simulator.settlego.reference.currencies import (
    CURRENCIES,
    currency_json,
    decimal_places,
    mid_market_rate,
)
from corridor.simulator.settlego.reference.fees import CONVERSION_SPREAD, PAYMENT_FEES

__all__ = [
    "BANK_DETAILS",
    "CONVERSION_SPREAD",
    "COUNTRIES",
    "CURRENCIES",
    "CUTOFF",
    "PAYMENT_FEES",
    "STATES",
    "BankDetails",
    "country_json",
    "currency_json",
    "decimal_places",
    "first_working_day",
    "is_working_day",
    "mid_market_rate",
    "requirements",
    "state_json",
    "unavailable_dates",
]
