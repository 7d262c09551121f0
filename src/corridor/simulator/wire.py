"""What crosses the wire: the request as received, the answer as sent, and JSON with exact money.

Amounts are `Decimal` from the moment a body is parsed to the moment an answer is written:
JSON numbers with a fraction are read as `Decimal` (never through float), and `Decimal` values
are written back as the exact number they hold.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import simplejson

JSON = "application/json"


@dataclass(frozen=True)
class WireRequest:
    """A request as it arrived: header names lower-cased, the body read in full."""

    method: str
    path: str
    headers: Mapping[str, str]
    query: Mapping[str, str]
    body: bytes
    path_params: Mapping[str, str] = field(default_factory=dict)  # from the matched route

    @property
    def media_type(self) -> str:
        """The Content-Type without parameters, lower-cased; "" when absent."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


@dataclass(frozen=True)
class WireResponse:
    status: int
    body: bytes = b""
    media_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


# built once: simplejson.dumps with options builds a new encoder on every call
_ENCODER = simplejson.JSONEncoder(use_decimal=True, default=_default, separators=(",", ":"))


def encode_json(body: Any) -> bytes:
    """Compact JSON; a Decimal is written as the exact number it holds."""
    text: str = _ENCODER.encode(body)
    return text.encode()


# A \uD800-\uDFFF escape: only a check of the parsed document tells a pair from a lone half.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def decode_json(raw: bytes) -> Any:
    """Parse JSON, reading fractional numbers as Decimal. Raises ValueError on anything else
    than one JSON document: broken syntax, NaN/Infinity, invalid UTF-8, a lone surrogate
    escape (not Unicode text, which nothing downstream can encode), or nesting too deep for
    the parser."""
    try:
        document = json.loads(raw, parse_float=Decimal, parse_constant=_reject_constant)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    except UnicodeDecodeError as error:
        raise ValueError(f"the body is not UTF-8 ({error.reason})") from None
    if _SURROGATE_ESCAPE.search(raw):
        try:
            json.dumps(document, ensure_ascii=False, default=str).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("a string holds a lone surrogate, which is not Unicode text") from None
    return document


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def json_answer(
    body: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> WireResponse:
    return WireResponse(status, encode_json(body), JSON, dict(headers or {}))
