"""Receiving SettleGo webhooks: check the signature, parse the event, sign the acknowledgement.

SettleGo signs each notification: the `DigitalSignature` header is the base64 RSA signature
(PKCS#1 v1.5) of the SHA-256 hash of the raw request body, made with SettleGo's private key.
The partner must answer with `{"nonce": <the request's nonce>}` and sign that response body the
same way with its own private key, in the response's `DigitalSignature` header.

    event = webhooks.receive(request_body, request_headers, settlego_public_key_pem)
    answer = webhooks.acknowledge(event, your_private_key)

A rejected request raises `SettleGoWebhookError` (answer its `status_code`:
`SettleGoWebhookAuthenticationError`, 401, for a bad signature; 400 for a body that is not an
event). `receive` returns the typed event of the body's webhookType (`Event`, a union); a
listener that takes one kind of event names it, and gets that type back, checked:

    event = webhooks.receive(body, headers, key, expect=models.PaymentStatusUpdateEvent)
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar, overload

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from pydantic import BaseModel
from settlego_models import (
    BeneficiaryCreatedEvent,
    BeneficiaryDeletedEvent,
    BeneficiaryUpdatedEvent,
    ClientCreatedEvent,
    ClientStatusUpdateEvent,
    ConversionCreatedEvent,
    ConversionRolledEvent,
    ConversionStatusUpdateEvent,
    CurrencyAccountCreatedEvent,
    CurrencyAccountStatusUpdateEvent,
    IbanAssignedEvent,
    PayInStatusUpdateEvent,
    PaymentCreatedEvent,
    PaymentRolledEvent,
    PaymentStatusUpdateEvent,
    TestWebhookEvent,
    TransferStatusUpdateEvent,
    WebhookEnvelope,
)

from corridor.errors import InputError
from corridor.kit import webhooks as kit
from corridor.kit.lazy import deprecated_names
from corridor.settlego.errors import SettleGoWebhookAuthenticationError, SettleGoWebhookError

SIGNATURE_HEADER = "DigitalSignature"

# Every event a SettleGo webhook body can be typed as; `WebhookEnvelope` for a webhookType
# without a documented code (its payload is the raw JSON object).
Event = (
    TestWebhookEvent
    | CurrencyAccountCreatedEvent
    | CurrencyAccountStatusUpdateEvent
    | ClientCreatedEvent
    | ClientStatusUpdateEvent
    | PayInStatusUpdateEvent
    | TransferStatusUpdateEvent
    | IbanAssignedEvent
    | PaymentCreatedEvent
    | PaymentRolledEvent
    | PaymentStatusUpdateEvent
    | ConversionCreatedEvent
    | ConversionRolledEvent
    | ConversionStatusUpdateEvent
    | BeneficiaryCreatedEvent
    | BeneficiaryUpdatedEvent
    | BeneficiaryDeletedEvent
    | WebhookEnvelope
)
EventT = TypeVar("EventT", bound=Event)

# Documented webhookType code -> its typed event (the spec's `x-webhook-type` on each webhook;
# tests/test_settlego_webhooks.py checks the two agree). The three beneficiary events have no
# documented code: parse them with `receive(..., expect=models.BeneficiaryCreatedEvent)`.
EVENT_TYPES: dict[str, type[Event]] = {
    "WHTEST": TestWebhookEvent,
    "ACCCRE": CurrencyAccountCreatedEvent,
    "ACCSUP": CurrencyAccountStatusUpdateEvent,
    "CLICRE": ClientCreatedEvent,
    "CLISUP": ClientStatusUpdateEvent,
    "PAISUP": PayInStatusUpdateEvent,
    "TRASUP": TransferStatusUpdateEvent,
    "IBANAS": IbanAssignedEvent,
    "PAYCRE": PaymentCreatedEvent,
    "PAYROL": PaymentRolledEvent,
    "PAYSUP": PaymentStatusUpdateEvent,
    "CONCRE": ConversionCreatedEvent,
    "CONROL": ConversionRolledEvent,
    "CONSUP": ConversionStatusUpdateEvent,
}
# Each webhook of the spec (under `webhooks:`) by its name there, and its typed event.
WEBHOOKS: dict[str, type[Event]] = {
    "testEvent": TestWebhookEvent,
    "currencyAccountCreated": CurrencyAccountCreatedEvent,
    "currencyAccountStatusUpdate": CurrencyAccountStatusUpdateEvent,
    "clientCreated": ClientCreatedEvent,
    "clientStatusUpdate": ClientStatusUpdateEvent,
    "payInStatusUpdate": PayInStatusUpdateEvent,
    "transferStatusUpdate": TransferStatusUpdateEvent,
    "ibanAssigned": IbanAssignedEvent,
    "paymentCreated": PaymentCreatedEvent,
    "paymentRolled": PaymentRolledEvent,
    "paymentStatusUpdate": PaymentStatusUpdateEvent,
    "conversionCreated": ConversionCreatedEvent,
    "conversionRolled": ConversionRolledEvent,
    "conversionStatusUpdate": ConversionStatusUpdateEvent,
    "beneficiaryCreated": BeneficiaryCreatedEvent,
    "beneficiaryUpdated": BeneficiaryUpdatedEvent,
    "beneficiaryDeleted": BeneficiaryDeletedEvent,
}

# The name this module's callers knew, until every facade used the same ones.
__getattr__ = deprecated_names(
    __name__, {"WebhookError": ("SettleGoWebhookError", SettleGoWebhookError)}
)
if TYPE_CHECKING:
    WebhookError = SettleGoWebhookError


@dataclass(frozen=True)
class Acknowledgement:
    """The signed answer to send back: `body` as the response body, `headers` as its headers."""

    body: bytes
    headers: dict[str, str]


PublicKey = rsa.RSAPublicKey | bytes | str


def load_public_key(pem: PublicKey) -> rsa.RSAPublicKey:
    """SettleGo's public key from its PEM text (an RSA key object passes through).

    A key that cannot be used is a configuration mistake, not a bad request: `InputError`."""
    if isinstance(pem, rsa.RSAPublicKey):
        return pem
    if not isinstance(pem, bytes | str):
        raise InputError("public_key", f"must be PEM text or an RSA key, not {type(pem).__name__}")
    try:
        key = serialization.load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    except (ValueError, TypeError, UnicodeError, UnsupportedAlgorithm):
        raise InputError("public_key", "is not a PEM public key") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise InputError("public_key", "SettleGo signs with RSA; the key given is not an RSA key")
    return key


def load_private_key(pem: bytes | str, password: bytes | None = None) -> rsa.RSAPrivateKey:
    """The partner's RSA private key, which signs acknowledgements, from its PEM text."""
    if not isinstance(pem, bytes | str):
        raise InputError("private_key", f"must be PEM text, not {type(pem).__name__}")
    try:
        data = pem.encode() if isinstance(pem, str) else pem
        key = serialization.load_pem_private_key(data, password=password)
    except (ValueError, TypeError, UnicodeError, UnsupportedAlgorithm):
        # not chained: the error may quote the key
        raise InputError(
            "private_key", "is not a PEM private key (or the password is wrong)"
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise InputError("private_key", "the webhook response must be signed with an RSA key")
    return key


def sign(body: bytes, private_key: rsa.RSAPrivateKey) -> str:
    """Base64 RSA PKCS#1 v1.5 signature of SHA-256(body), as SettleGo's DigitalSignature."""
    if not isinstance(private_key, rsa.RSAPrivateKey):
        raise InputError(
            "private_key", "must be an RSA private key (load_private_key reads its PEM)"
        )
    signature = private_key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def verify_signature(body: bytes | str, signature: str | None, public_key: PublicKey) -> None:
    """Raise `SettleGoWebhookAuthenticationError` unless `signature` signs exactly `body`."""
    key = load_public_key(public_key)
    data = kit.raw_bytes(body, SettleGoWebhookError)
    if not isinstance(signature, str) or not signature:
        raise SettleGoWebhookAuthenticationError(f"the {SIGNATURE_HEADER} header is missing")
    try:
        raw = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError) as error:
        raise SettleGoWebhookAuthenticationError(
            f"the {SIGNATURE_HEADER} header is not base64"
        ) from error
    try:
        key.verify(raw, data, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as error:
        raise SettleGoWebhookAuthenticationError("the signature does not match the body") from error


@overload
def parse_event(body: bytes | str, expect: None = None) -> Event: ...
@overload
def parse_event(body: bytes | str, expect: type[EventT]) -> EventT: ...
def parse_event(body: bytes | str, expect: type[Event] | None = None) -> Event:
    """Parse an (already verified) webhook body into the typed event for its webhookType.

    `expect` names the event type, for a listener subscribed to one kind of event (needed for
    the beneficiary events, whose webhookType the docs do not give); the body must be one.
    A webhookType without a documented code otherwise yields a `WebhookEnvelope` whose payload
    is the raw JSON object.
    """
    document = kit.json_object(
        kit.raw_bytes(body, SettleGoWebhookError), SettleGoWebhookError, "webhook"
    )
    if expect is not None:
        return kit.typed(document, expect, SettleGoWebhookError, "webhook")
    webhook_type = document.get("webhookType")
    known = EVENT_TYPES.get(webhook_type) if isinstance(webhook_type, str) else None
    return kit.typed(document, known or WebhookEnvelope, SettleGoWebhookError, "webhook")


@overload
def receive(
    body: bytes | str, headers: Mapping[str, str], secret: PublicKey, *, expect: None = None
) -> Event: ...
@overload
def receive(
    body: bytes | str, headers: Mapping[str, str], secret: PublicKey, *, expect: type[EventT]
) -> EventT: ...
def receive(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: PublicKey,
    *,
    expect: type[Event] | None = None,
) -> Event:
    """Verify a webhook request's DigitalSignature with SettleGo's public key, then parse it.

    `body` is the raw request body, `headers` the request's headers, `secret` SettleGo's
    public key (PEM text or a loaded RSA key); `expect`, the one event type the listener
    takes (the answer is then that type). Raises `SettleGoWebhookError`.
    """
    verify_signature(body, kit.header(headers, SIGNATURE_HEADER), secret)
    return parse_event(body, expect)


def acknowledge(event: BaseModel, private_key: rsa.RSAPrivateKey) -> Acknowledgement:
    """Build the signed `{"nonce": ...}` response SettleGo requires for `event`."""
    nonce = getattr(event, "nonce", None)
    if nonce is None:
        raise SettleGoWebhookError("the event carries no nonce to echo")
    body = json.dumps({"nonce": nonce}, separators=(",", ":")).encode()
    headers = {SIGNATURE_HEADER: sign(body, private_key), "Content-Type": "application/json"}
    return Acknowledgement(body, headers)
