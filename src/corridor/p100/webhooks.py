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
the caller names the event its endpoint receives, and gets that type back, checked (the
`expect` every facade's `receive` takes; here it is required). Its spec name is accepted too,
for a listener that routes by it; the answer is then the union `Event`.

    event = webhooks.receive(body, headers, token, expect=models.KycFileAddedEvent)
"""

from __future__ import annotations

import hmac
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar, overload

from p100_models import (
    CryptoDepositEvent,
    KycFileAddedEvent,
    KycVerificationStatusEvent,
    PartnerSepaTransferEvent,
)
from pydantic import BaseModel

from corridor.errors import InputError
from corridor.kit import webhooks as kit
from corridor.kit.lazy import deprecated_names
from corridor.p100.errors import P100WebhookAuthenticationError, P100WebhookError

AUTHORIZATION_HEADER = "Authorization"

Event = (
    KycFileAddedEvent | KycVerificationStatusEvent | PartnerSepaTransferEvent | CryptoDepositEvent
)
EventT = TypeVar("EventT", bound=Event)

# Each webhook of the spec (under `webhooks:`) by its name there, and its typed event.
KYC_FILE_ADDED = KycFileAddedEvent
KYC_VERIFICATION_STATUS = KycVerificationStatusEvent
PARTNER_SEPA_TRANSFER = PartnerSepaTransferEvent
# Flat (webhook page) or {event_type, data} (older FAQ): the event's `root` is either form.
CRYPTO_DEPOSIT = CryptoDepositEvent

# Spec webhook name -> event; tests/test_p100_webhooks.py checks it against the spec.
WEBHOOKS: dict[str, type[Event]] = {
    "kycFileAdded": KYC_FILE_ADDED,
    "kycVerificationStatus": KYC_VERIFICATION_STATUS,
    "partnerSepaTransfer": PARTNER_SEPA_TRANSFER,
    "cryptoDeposit": CRYPTO_DEPOSIT,
}
_NAMES = {model: name for name, model in WEBHOOKS.items()}

# The names this module's callers knew, until every facade used the same ones.
__getattr__ = deprecated_names(
    __name__,
    {
        "WebhookError": ("P100WebhookError", P100WebhookError),
        "WebhookUnauthorized": (
            "P100WebhookAuthenticationError",
            P100WebhookAuthenticationError,
        ),
    },
)
if TYPE_CHECKING:
    WebhookError = P100WebhookError
    WebhookUnauthorized = P100WebhookAuthenticationError


def verify_token(authorization: str | None, expected_token: str) -> None:
    """Raise `P100WebhookAuthenticationError` unless `authorization` is exactly the token."""
    if not isinstance(expected_token, str) or not expected_token:
        # A configuration mistake, not a bad request: an empty token must never match.
        raise InputError("secret", "must be the partner's non-empty Webhook Security Token")
    if not isinstance(authorization, str) or not authorization:
        raise P100WebhookAuthenticationError(f"the {AUTHORIZATION_HEADER} header is missing")
    # Constant-time, so response timing does not reveal how much of a guess was right.
    given = authorization.encode("utf-8", errors="surrogatepass")
    if not hmac.compare_digest(given, expected_token.encode("utf-8", errors="surrogatepass")):
        raise P100WebhookAuthenticationError(f"the {AUTHORIZATION_HEADER} token does not match")


@overload
def parse_event(body: bytes | str, expect: type[EventT]) -> EventT: ...
@overload
def parse_event(body: bytes | str, expect: str) -> Event: ...
def parse_event(body: bytes | str, expect: type[BaseModel] | str) -> Event:
    """Parse an (already verified) webhook body into the typed event `expect`.

    `expect` is one of the events (`models.KycFileAddedEvent`, or `KYC_FILE_ADDED`), or its
    webhook's name in the spec ("kycFileAdded").
    """
    model = _event(expect)
    what = f"{_NAMES[model]} webhook"
    document = kit.json_object(kit.raw_bytes(body, P100WebhookError), P100WebhookError, what)
    return kit.typed(document, model, P100WebhookError, what)


@overload
def receive(
    body: bytes | str, headers: Mapping[str, str], secret: str, *, expect: type[EventT]
) -> EventT: ...
@overload
def receive(
    body: bytes | str, headers: Mapping[str, str], secret: str, *, expect: str
) -> Event: ...
def receive(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    expect: type[BaseModel] | str | None = None,
    kind: type[BaseModel] | str | None = None,
) -> Event:
    """Check the Authorization token, then parse the body: what a webhook endpoint calls first.

    `body` is the raw request body, `headers` the request's headers, `secret` the partner's
    Webhook Security Token, and `expect` the event the endpoint receives (the payloads do not
    say which they are). Raises `P100WebhookError` (`P100WebhookAuthenticationError` for a bad
    token). `kind` is `expect`'s former name.
    """
    if kind is not None:
        warnings.warn(
            "receive(kind=...) is deprecated: use receive(expect=...)",
            DeprecationWarning,
            stacklevel=2,
        )
        expect = kind if expect is None else expect
    model = _event(expect)  # a wrong expect is the caller's bug: say so even for a bad token
    verify_token(kit.header(headers, AUTHORIZATION_HEADER), secret)
    return parse_event(body, model)


def _event(expect: object) -> type[Event]:
    if isinstance(expect, str) and expect in WEBHOOKS:
        return WEBHOOKS[expect]
    if isinstance(expect, type) and expect in _NAMES:
        return expect
    known = ", ".join(WEBHOOKS)
    raise InputError(
        "expect",
        f"must be one of the P100 webhooks' events or names ({known}), not {expect!r}: "
        "P100's payloads do not say which webhook they are",
    )
