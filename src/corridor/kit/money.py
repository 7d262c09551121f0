"""Exact money on the wire: JSON numbers read as `Decimal` and written back digit for digit.

JSON has one number type; Python's json module reads a fraction as a float (so
12345678901234567.89 becomes 12345678901234568) and cannot write a Decimal at all. The
generated clients read and write every body through `loads` and `dumps`, so an amount goes out
and comes back as the same `Decimal`.
"""

from __future__ import annotations

import datetime
import enum
import json
import math
import uuid
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import simplejson

from corridor.errors import InputError


def loads(text: str | bytes) -> Any:
    """Parse JSON text; numbers with a fraction or exponent become `Decimal`, integers `int`.

    Raises ValueError for anything that is not JSON text, including nesting too deep to parse.
    """
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except RecursionError as error:
        raise ValueError("JSON text nested too deeply") from error
    except UnicodeDecodeError as error:
        raise ValueError("JSON text is not UTF-8") from error


def dumps(document: Any) -> str:
    """Compact JSON text of `document`; a `Decimal` is written as a plain JSON number.

    Plain notation (0.000000000000000001, never 1E-18) because a provider's parser may not
    take exponents. NaN and infinities (JSON has no such numbers), values JSON cannot hold and
    text that is not Unicode (a lone surrogate cannot be sent as UTF-8) raise `InputError`.
    """
    try:
        text: str = simplejson.dumps(
            _raw_decimals(document),
            ensure_ascii=False,
            separators=(",", ":"),
            allow_nan=False,
            use_decimal=False,
            default=_jsonable,
        )
    except (TypeError, ValueError, RecursionError) as error:
        raise InputError("body", f"cannot be written as JSON: {error}") from error
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError(
            "body", f"holds text that is not valid Unicode at character {error.start}"
        ) from error
    return text


def to_decimal(value: object) -> Decimal:
    """`value` (a Decimal, int, numeric string or float from JSON) as a finite Decimal.

    A float goes through its shortest repr (0.1 -> Decimal("0.1")), which is the number the
    JSON text held. Raises ValueError for anything else.
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | str):
        try:
            number = Decimal(value)
        except InvalidOperation as error:
            raise ValueError(f"{value!r} is not an amount") from error
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} is not an amount")
        number = Decimal(repr(value))
    else:
        raise ValueError(f"{value!r} is not an amount")
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite amount")
    return number


def _raw_decimals(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InputError("body", f"{value} is not a JSON number")
        return simplejson.RawJSON(format(value, "f"))
    if isinstance(value, Mapping):
        return {key: _raw_decimals(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_raw_decimals(item) for item in value]
    return value


def _jsonable(value: Any) -> Any:
    """What JSON text holds for the few non-JSON values models carry: dates, UUIDs, enums."""
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"a {type(value).__name__} is not a JSON value")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")
