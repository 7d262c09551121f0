"""Sentbe's one notification, the transfer status callback, behind the common front door.

    event = sentbe.webhooks.receive(request_body, request_headers, access_id)

Same meaning as every facade's `webhooks.receive`: the raw body, the request's headers (the
callback carries its proof in the body, so they are not read), and the secret that proves
origin, here the partner's access_id, which the callback's `token` must equal. Raises
`SentbeWebhookError` (`SentbeWebhookAuthenticationError`, answer 401, for a wrong token).
There is one event, so `Event` is `TransferStatusCallback` and `expect` can only name it.
"""

from __future__ import annotations

from collections.abc import Mapping

from sentbe_models import TransferStatusCallback

from corridor.errors import InputError
from corridor.kit import webhooks as kit
from corridor.sentbe.callbacks import parse_callback
from corridor.sentbe.errors import SentbeWebhookError

Event = TransferStatusCallback

# Each notification of the spec by its name there, and its typed event.
WEBHOOKS: dict[str, type[Event]] = {"transferStatusChanged": TransferStatusCallback}


def receive(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    expect: type[Event] | None = None,
) -> Event:
    """Check the callback's token against `secret` (the access_id) and type it."""
    if expect is not None and expect is not TransferStatusCallback:
        raise InputError("expect", f"Sentbe sends one callback, TransferStatusCallback: {expect!r}")
    kit.header(headers, "Content-Type")  # a mapping of headers, like every facade's receive
    return parse_callback(kit.raw_bytes(body, SentbeWebhookError), secret)
