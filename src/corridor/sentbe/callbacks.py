"""Receiving Sentbe's transfer status callback.

Sentbe POSTs `{"token", "external_id", "status"}` to the URL the partner registered with it, and
expects HTTP 200 back. The only proof of origin is `token`, which must equal the partner's own
access_id; `parse_callback` checks it (in constant time) before trusting anything else.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from corridor.errors import InputError
from corridor.kit import webhooks as kit
from corridor.sentbe.errors import SentbeWebhookError, SentbeWebhookUnauthorized

if TYPE_CHECKING:
    from sentbe_models import TransferStatusCallback

CallbackError = SentbeWebhookError  # the name this module's callers know


def parse_callback(body: bytes | str | Mapping[str, Any], access_id: str) -> TransferStatusCallback:
    """Check the token and parse a callback body (raw JSON, or already decoded) into its event."""
    # here, not at the top: building the pydantic models is the facade's costliest import
    from sentbe_models import TransferStatusCallback

    if not isinstance(access_id, str) or not access_id:
        raise InputError("access_id", "must be a non-empty string")
    document = (
        dict(body)
        if isinstance(body, Mapping)
        else kit.json_object(kit.raw_bytes(body, CallbackError), CallbackError, "callback")
    )
    token = document.get("token")
    if not isinstance(token, str) or not token:
        raise SentbeWebhookUnauthorized("the callback carries no 'token'")
    given = token.encode("utf-8", errors="surrogatepass")
    if not hmac.compare_digest(given, access_id.encode("utf-8", errors="surrogatepass")):
        raise SentbeWebhookUnauthorized("the callback 'token' is not this partner's access_id")
    event = kit.typed(document, TransferStatusCallback, CallbackError, "callback")
    assert isinstance(event, TransferStatusCallback)
    return event
