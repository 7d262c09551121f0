"""Checking a facade's arguments before anything is sent: one set of rules for every provider.

Each check raises `corridor.errors.InputError` naming the argument, so a caller catches a bad
argument the same way whichever facade refused it; a check returns the value, checked (and
converted, for amounts and choices), for the caller to send.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from corridor.errors import InputError
from corridor.kit.money import to_decimal

Choice = TypeVar("Choice", bound=Enum)

_SURROGATE = re.compile("[\ud800-\udfff]")


def require_text(field: str, value: object) -> str:
    """A non-empty string (not only whitespace)."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(field, "must be a non-empty string")
    return value


def require_unicode(field: str, value: object) -> str:
    """A non-empty string that can be sent as UTF-8 (no lone surrogate)."""
    text = require_text(field, value)
    if not text.isascii() and _SURROGATE.search(text):
        # it would go out as a \udXXX escape, or fail deep inside the call
        raise InputError(field, "is not Unicode text (it holds a lone surrogate)")
    return text


def require_header_value(field: str, value: object) -> str:
    """A credential sent in an HTTP header: non-empty printable ASCII (a newline would end
    the header, and a lone surrogate cannot be sent)."""
    text = require_text(field, value)
    if not text.isascii() or not text.isprintable():
        raise InputError(field, "must be printable ASCII: it is sent as an HTTP header")
    return text


def choice(enum: type[Choice], field: str, value: object) -> Choice:
    """A member of `enum`, given as the member or its value."""
    if isinstance(value, enum):
        return value
    try:
        if isinstance(value, str):
            return enum(value)
    except ValueError:
        pass
    allowed = ", ".join(str(member.value) for member in enum)
    raise InputError(field, f"must be one of {allowed}, not {value!r}")


def positive_amount(field: str, value: object) -> Decimal:
    """An amount greater than zero, as a Decimal (from a Decimal, an int or a numeric string).

    A float is refused: it may already have lost the digits the caller meant. A zero,
    negative or non-finite amount can only be a mistake."""
    if isinstance(value, float):
        raise InputError(field, f"must be a Decimal, int or numeric string, not {value!r}")
    try:
        number = to_decimal(value)
    except ValueError as error:
        raise InputError(field, f"must be a finite number, not {value!r}") from error
    if number <= 0:
        raise InputError(field, f"must be greater than 0, not {value!r}")
    return number
