"""Receiving Sentbe's transfer status callback.

Sentbe POSTs `{"token", "external_id", "status"}` to the URL the partner registered with it, and
expects HTTP 200 back. The only proof of origin is `token`, which must equal the partner's own
access_id; `parse_callback` checks it (in constant time) before trusting anything else.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError
from sentbe_models import TransferStatusCallback


class CallbackError(ValueError):
    """A callback request that must be rejected: wrong token, or not a status callback."""


def parse_callback(body: bytes | str | Mapping[str, Any], access_id: str) -> TransferStatusCallback:
    """Check the token and parse a callback body (raw JSON, or already decoded) into its event."""
    if not isinstance(access_id, str) or not access_id:
        raise ValueError("access_id must be a non-empty string")
    document = _decode(body)
    token = document.get("token")
    if not isinstance(token, str) or not token:
        raise CallbackError("the callback carries no 'token'")
    if not hmac.compare_digest(token.encode("utf-8"), access_id.encode("utf-8")):
        raise CallbackError("the callback 'token' is not this partner's access_id")
    try:
        return TransferStatusCallback.model_validate(document)
    except ValidationError as error:
        # Name the fields only: pydantic's own message would quote the input values.
        problems = "; ".join(
            f"{'.'.join(str(part) for part in issue['loc'])}: {issue['msg']}"
            for issue in error.errors()
        )
        raise CallbackError(f"the callback is not a valid status callback: {problems}") from error


def _decode(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        document = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise CallbackError("the callback body is not JSON") from error
    if not isinstance(document, dict):
        raise CallbackError("the callback body is not a JSON object")
    return document
