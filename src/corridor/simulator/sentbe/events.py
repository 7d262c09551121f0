"""Sentbe's one callback, the transfer status callback (docs/sentbe/_callback.md): its payload
and how it travels.

On every status change Sentbe POSTs `{"token", "external_id", "status"}` to the callback URL the
partner registered beforehand (here: the control API's webhook listener), with the partner's
access_id as `token`, as plain JSON (the spec's choice where the docs are silent). An answer of
HTTP 200 acknowledges it ("The response's http status code 200"); the docs say nothing about
retries, so an unacknowledged callback is tried again after 1, 5, 15 and 60 minutes and 6 hours,
then given up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

import httpx

from corridor.simulator.delivery import Attempt, Backoff, Event, ListenerRefused
from corridor.simulator.sentbe import render
from corridor.simulator.sentbe.domain.partners import Partner
from corridor.simulator.sentbe.domain.transfers import Transfer
from corridor.simulator.wire import JSON, encode_json

EVENT_TYPE = "transferStatusChanged"  # the spec's webhook
EVENTS = (EVENT_TYPE,)
RETRIES = Backoff(
    tuple(timedelta(minutes=minutes) for minutes in (1, 5, 15, 60, 360)),
)


class CallbackWire:
    """Plain JSON, no signature: the token inside is the only proof of origin."""

    def __init__(self, **_: Any) -> None:
        pass

    def listener(self, settings: Mapping[str, Any]) -> None:
        if settings:
            raise ListenerRefused(
                "Sentbe's callback takes only a url (the token is the partner's access_id); "
                f"unknown settings: {', '.join(sorted(settings))}"
            )

    def attempt(self, event: Event, listener: Any) -> Attempt:
        return Attempt(encode_json(event.payload), {"Content-Type": JSON})

    def acknowledged(self, response: httpx.Response, attempt: Attempt, listener: Any) -> str:
        return ""  # the outbox has checked the 200 already; no body is documented

    def verification_key(self) -> None:
        return None


class CallbackNotifier:
    """Each status change of a transfer, as the callback its partner receives."""

    def __init__(self, emit: Callable[[str, dict[str, Any]], None]) -> None:
        self.emit = emit

    def __call__(self, transfer: Transfer, partner: Partner) -> None:
        self.emit(EVENT_TYPE, render.status_callback(transfer, partner.access_id))
