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
from corridor.kit.lazy import deprecated_names
from corridor.sentbe.errors import SentbeWebhookAuthenticationError, SentbeWebhookError

if TYPE_CHECKING:
    from sentbe_models import TransferStatusCallback

    CallbackError = SentbeWebhookError

# The name this module's callers knew, until every facade used the same ones.
__getattr__ = deprecated_names(
    __name__, {"CallbackError": ("SentbeWebhookError", SentbeWebhookError)}
)


def parse_callback(body: bytes | str | Mapping[str, Any], access_id: str) -> TransferStatusCallback:
    """Check the token and parse a callback body (raw JSON, or already decoded) into its event."""
    # here, not at the top: building the pydantic models is the facade's costliest import
    from sentbe_models import TransferStatusCallback

    if not isinstance(access_id, str) or not access_id:
        raise InputError("access_id", "must be a non-empty string")
    document = (
        dict(body)
        if isinstance(body, Mapping)
        else kit.json_object(
            kit.raw_bytes(body, SentbeWebhookError), SentbeWebhookError, "callback"
        )
    )
    token = document.get("token")
    if not isinstance(token, str) or not token:
        raise SentbeWebhookAuthenticationError("the callback carries no 'token'")
    given = token.encode("utf-8", errors="surrogatepass")
    if not hmac.compare_digest(given, access_id.encode("utf-8", errors="surrogatepass")):
        raise SentbeWebhookAuthenticationError(
            "the callback 'token' is not this partner's access_id"
        )
    return kit.typed(document, TransferStatusCallback, SentbeWebhookError, "callback")
