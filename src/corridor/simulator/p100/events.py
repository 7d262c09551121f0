"""P100's webhooks: which the simulator sends, their payloads, and how each travels.

Event types are the webhooks' names in the spec (`kycFileAdded`, ...), which
`corridor.p100.webhooks.receive` also takes as `expect`. Only the four webhooks the spec
specifies are sent: the docs show no payload for the others (User SEPA Transfer, Exchange,
Order status, ...).

On the wire, P100 sends the Webhook Security Token it issued with the API keys in the
`Authorization` header of every notification, the body is the event itself (no envelope), and
the partner answers 200 at once; the sample answers are `{}` or `null`, which P100 does not
read. A failed delivery is retried after about 8, 16, 32 and 64 seconds, then dropped.

The listener is registered with the token (`{"url", "token"}`); since a payload does not say
which webhook it is, `urls` may give each webhook its own endpoint (`{"cryptoDeposit": url}`),
the way a partner configures one route per notification.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol

import httpx

from corridor.p100.webhooks import AUTHORIZATION_HEADER
from corridor.simulator.delivery import Attempt, Backoff, Event, ListenerRefused
from corridor.simulator.p100 import render
from corridor.simulator.p100.domain.crypto import CryptoDeposit
from corridor.simulator.p100.domain.sepa import SepaTransfer
from corridor.simulator.p100.domain.users import User
from corridor.simulator.wire import JSON, encode_json

KYC_FILE_ADDED = "kycFileAdded"
KYC_VERIFICATION_STATUS = "kycVerificationStatus"
PARTNER_SEPA_TRANSFER = "partnerSepaTransfer"
CRYPTO_DEPOSIT = "cryptoDeposit"
EVENTS = (KYC_FILE_ADDED, KYC_VERIFICATION_STATUS, PARTNER_SEPA_TRANSFER, CRYPTO_DEPOSIT)
RETRIES = Backoff(tuple(timedelta(seconds=seconds) for seconds in (8, 16, 32, 64)))


class Emit(Protocol):
    def __call__(self, event_type: str, payload: dict[str, Any]) -> None: ...


class WebhookNotifier:
    """The domain's events, as the webhooks they become."""

    def __init__(self, emit: Emit) -> None:
        self.emit = emit

    def kyc_file_added(self, user: User, status: str) -> None:
        self.emit(KYC_FILE_ADDED, {"externalUserId": user.external_id, "status": status})

    def kyc_status_changed(self, user: User) -> None:
        self.emit(KYC_VERIFICATION_STATUS, render.kyc_status(user))

    def sepa_transfer_finished(self, transfer: SepaTransfer) -> None:
        if transfer.user is None:  # a user's payout has its own, unspecified webhook
            self.emit(PARTNER_SEPA_TRANSFER, render.partner_sepa_event(transfer))

    def crypto_deposit_changed(self, deposit: CryptoDeposit) -> None:
        self.emit(CRYPTO_DEPOSIT, render.crypto_deposit(deposit))


@dataclass(frozen=True)
class Listener:
    token: str
    urls: Mapping[str, str]  # webhook name -> its own endpoint


class P100WebhookWire:
    def __init__(self, **_: Any) -> None:
        pass

    def listener(self, settings: Mapping[str, Any]) -> Listener:
        token = settings.get("token")
        if not isinstance(token, str) or not token.strip():
            raise ListenerRefused("token (the Webhook Security Token P100 sends back) is required")
        if not token.isascii() or not token.isprintable():
            raise ListenerRefused("token must be printable ASCII, as an HTTP header value is")
        urls = settings.get("urls") or {}
        if not isinstance(urls, Mapping):
            raise ListenerRefused("urls maps webhook names to URLs")
        unknown = sorted(set(urls) - set(EVENTS))
        if unknown:
            raise ListenerRefused(f"urls: no webhook {', '.join(map(str, unknown))}")
        for name, url in urls.items():
            try:
                parsed = httpx.URL(url) if isinstance(url, str) else None
            except httpx.InvalidURL:
                parsed = None
            if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
                raise ListenerRefused(f"urls.{name} must be an absolute http(s) URL")
        return Listener(token, {str(name): str(url) for name, url in urls.items()})

    def attempt(self, event: Event, listener: Listener) -> Attempt:
        headers = {AUTHORIZATION_HEADER: listener.token, "Content-Type": JSON}
        return Attempt(encode_json(event.payload), headers, url=listener.urls.get(event.type))

    def acknowledged(self, response: httpx.Response, attempt: Attempt, listener: Any) -> str:
        return ""  # any 200 acknowledges: P100 does not read the answer's body

    def verification_key(self) -> None:
        return None  # the token is a shared secret the partner already holds
