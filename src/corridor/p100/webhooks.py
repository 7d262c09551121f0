"""Receiving P100 webhooks: check the Authorization token, parse the typed event.

P100 sends the partner's Webhook Security Token (issued with the API keys) in the
`Authorization` header of every notification. The docs say the header contains the token
itself, with no scheme, so it must equal the configured token exactly: `Bearer <token>` is
refused like any other wrong value. Answer a `P100WebhookError` with its `status_code` (401
for a missing or wrong token, as the docs require; 400 for a body that is not the event), and
a good event with 200 at once, processing it afterwards: P100 retries a delivery that is slow
or refused (after about 8, 16, 32 and 64 seconds).

The payloads carry no event type (only the older crypto-deposit envelope does), and the partner
SEPA transfer payload has no required field at all, so the body cannot say which webhook it is:
the caller names the webhook its endpoint receives, e.g. `kind=webhooks.CRYPTO_DEPOSIT`.

    event = webhooks.receive(body, headers, token, kind=webhooks.KYC_FILE_ADDED)
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from p100_models import (
    CryptoDepositEvent,
    KycFileAddedEvent,
    KycVerificationStatusEvent,
    PartnerSepaTransferEvent,
)
from pydantic import BaseModel

from corridor.errors import InputError
from corridor.kit import webhooks as kit
from corridor.p100.errors import P100WebhookError, P100WebhookUnauthorized

AUTHORIZATION_HEADER = "Authorization"

EventT = TypeVar("EventT", bound=BaseModel)
Event = (
    KycFileAddedEvent | KycVerificationStatusEvent | PartnerSepaTransferEvent | CryptoDepositEvent
)


@dataclass(frozen=True)
class Webhook(Generic[EventT]):
    """One webhook of the spec: its name there (under `webhooks:`) and its typed event."""

    name: str
    model: type[EventT]


KYC_FILE_ADDED = Webhook("kycFileAdded", KycFileAddedEvent)
KYC_VERIFICATION_STATUS = Webhook("kycVerificationStatus", KycVerificationStatusEvent)
PARTNER_SEPA_TRANSFER = Webhook("partnerSepaTransfer", PartnerSepaTransferEvent)
# Flat (webhook page) or {event_type, data} (older FAQ): the event's `root` is either form.
CRYPTO_DEPOSIT = Webhook("cryptoDeposit", CryptoDepositEvent)

# Spec webhook name -> webhook; tests/test_p100_webhooks.py checks it against the spec.
WEBHOOKS: dict[str, Webhook[Any]] = {
    hook.name: hook
    for hook in (KYC_FILE_ADDED, KYC_VERIFICATION_STATUS, PARTNER_SEPA_TRANSFER, CRYPTO_DEPOSIT)
}


# The names this module's callers know.
WebhookError = P100WebhookError
WebhookUnauthorized = P100WebhookUnauthorized


def verify_token(authorization: str | None, expected_token: str) -> None:
    """Raise `WebhookUnauthorized` unless `authorization` is exactly the configured token."""
    if not isinstance(expected_token, str) or not expected_token:
        # A configuration mistake, not a bad request: an empty token must never match.
        raise InputError("secret", "must be the partner's non-empty Webhook Security Token")
    if not isinstance(authorization, str) or not authorization:
        raise WebhookUnauthorized(f"the {AUTHORIZATION_HEADER} header is missing")
    # Constant-time, so response timing does not reveal how much of a guess was right.
    given = authorization.encode("utf-8", errors="surrogatepass")
    if not hmac.compare_digest(given, expected_token.encode("utf-8", errors="surrogatepass")):
        raise WebhookUnauthorized(f"the {AUTHORIZATION_HEADER} token does not match")


@overload
def parse_event(body: bytes | str, kind: Webhook[EventT]) -> EventT: ...
@overload
def parse_event(body: bytes | str, kind: str) -> Event: ...
def parse_event(body: bytes | str, kind: Webhook[Any] | str) -> BaseModel:
    """Parse an (already verified) webhook body into the typed event of webhook `kind`.

    `kind` is one of this module's webhooks, or its name in the spec ("cryptoDeposit").
    """
    hook = _webhook(kind)
    what = f"{hook.name} webhook"
    document = kit.json_object(kit.raw_bytes(body, WebhookError), WebhookError, what)
    return kit.typed(document, hook.model, WebhookError, what)


@overload
def receive(
    body: bytes | str, headers: Mapping[str, str], secret: str, *, kind: Webhook[EventT]
) -> EventT: ...
@overload
def receive(body: bytes | str, headers: Mapping[str, str], secret: str, *, kind: str) -> Event: ...
def receive(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    kind: Webhook[Any] | str,
) -> BaseModel:
    """Check the Authorization token, then parse the body: what a webhook endpoint calls first.

    `body` is the raw request body, `headers` the request's headers, `secret` the partner's
    Webhook Security Token, and `kind` the webhook the endpoint receives (the payloads do not
    say). Raises `P100WebhookError` (`P100WebhookUnauthorized` for a bad token).
    """
    hook = _webhook(kind)  # a wrong kind is the caller's bug: say so even for a bad token
    verify_token(kit.header(headers, AUTHORIZATION_HEADER), secret)
    event: BaseModel = parse_event(body, hook)
    return event


def _webhook(kind: Webhook[Any] | str) -> Webhook[Any]:
    if isinstance(kind, Webhook):
        return kind
    if isinstance(kind, str) and kind in WEBHOOKS:
        return WEBHOOKS[kind]
    known = ", ".join(WEBHOOKS)
    raise InputError("kind", f"must be one of the P100 webhooks ({known}), not {kind!r}")
