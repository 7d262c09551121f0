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
import re
import uuid
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeAlias

import simplejson

from corridor.errors import InputError

# A JSON document as `loads` reads it: what a call returns when the docs leave its answer open.
JsonValue: TypeAlias = "dict[str, JsonValue] | list[JsonValue] | str | int | Decimal | bool | None"


def loads(text: str | bytes) -> Any:
    """Parse JSON text; numbers with a fraction or exponent become `Decimal`, integers `int`.

    Raises ValueError for anything that is not JSON text, including nesting too deep to parse
    and a string holding a lone surrogate escape (`"\\ud800"`), which is not Unicode text: the
    stdlib would hand it over, and it would fail later, wherever the text is next encoded.
    """
    try:
        document = json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except RecursionError as error:
        raise ValueError("JSON text nested too deeply") from error
    except UnicodeDecodeError as error:
        raise ValueError("JSON text is not UTF-8") from error
    if _may_hold_surrogates(text) and not _all_text(document):
        raise ValueError("JSON text holds a lone surrogate, which is not Unicode text")
    return document


# A \uD800-\uDFFF escape, or a surrogate already in a str: the only ways JSON text can carry one.
_SURROGATE_TEXT = re.compile("\\\\u[dD][89a-fA-F]|[\ud800-\udfff]")
_SURROGATE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Plain notation writes out every digit (1E+999999999 is a billion of them): no amount or rate
# any provider takes comes near this many places either side of the point.
MAX_PLACES = 100


def _may_hold_surrogates(text: str | bytes) -> bool:
    if isinstance(text, str):
        return _SURROGATE_TEXT.search(text) is not None
    if json.detect_encoding(text) not in ("utf-8", "utf-8-sig"):
        return True  # UTF-16 or UTF-32 JSON, which no provider sends: look at every string
    return _SURROGATE_BYTES.search(text) is not None


def _all_text(document: Any) -> bool:
    pending = [document]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            if not value.isascii() and _SURROGATE.search(value):
                return False
        elif isinstance(value, dict):
            pending += value.keys()
            pending += value.values()
        elif isinstance(value, list):
            pending += value
    return True


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
    except InputError:
        raise
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
        exponent = value.as_tuple().exponent
        if value.adjusted() >= MAX_PLACES or (isinstance(exponent, int) and exponent < -MAX_PLACES):
            raise InputError("body", f"{value} has more than {MAX_PLACES} digits in plain notation")
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
