"""Rules on single parameters that a JSON schema cannot state: real country codes, calendar
dates, ids and page numbers in either of the forms the docs send them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TypeVar

from corridor.simulator import paging
from corridor.simulator.sentbe.domain.errors import InvalidCountry, InvalidParameter, NotFound
from corridor.simulator.sentbe.reference import COUNTRIES
from corridor.simulator.store import Identified, Records

PAGE_SIZE = 5  # "default: 1, offset: 5"

# an id or a page number as a request may send it: "47" or 47
Number = str | int | Decimal


def country(value: str, field: str) -> str:
    if value not in COUNTRIES:
        raise InvalidCountry(f"{field} {value!r} is no ISO 3166-1 alpha-2 country code", field)
    return value


def birth_date(value: str, field: str) -> str:
    """YYYYMMDD of a calendar day (the spec's pattern says so too; a day still to come is
    accepted, as no documented error names it)."""
    try:
        datetime.strptime(value, "%Y%m%d")
    except ValueError:
        raise InvalidParameter(f"{field} {value!r} is no date written YYYYMMDD", field) from None
    return value


def resource_id(value: object, field: str, model: str = "model") -> str:
    """An id as Sentbe stores it, from "47" or 47; anything else names nothing."""
    if isinstance(value, str) and value.isdigit():
        return str(int(value))
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        number = Decimal(value)
        if number.is_finite() and number == number.to_integral_value():
            return str(int(number))
    raise NotFound(f"{field} {value!r} names nothing", field, model)


def page_number(value: object) -> int:
    """The 1-based page asked for ("2" or 2); the first when none is."""
    if value is None:
        return 1
    try:
        number = Decimal(value) if isinstance(value, str | int | Decimal) else Decimal(0)
    except ArithmeticError:
        number = Decimal(0)
    if (
        isinstance(value, bool)
        or not number.is_finite()
        or number < 1
        or number != number.to_integral_value()
    ):
        raise InvalidParameter("page must be a whole number from 1", "page")
    return int(number)


T = TypeVar("T", bound=Identified)


def partner_page(records: Records[T], partner_id: str, page: int) -> list[T]:
    """One page of a partner's records, oldest first; empty past the last."""
    return paging.page(records.of([partner_id]), page, PAGE_SIZE, records.count([partner_id]))
