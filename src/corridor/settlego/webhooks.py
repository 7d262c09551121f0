"""Receiving SettleGo webhooks: check the signature, parse the event, sign the acknowledgement.

SettleGo signs each notification: the `DigitalSignature` header is the base64 RSA signature
(PKCS#1 v1.5) of the SHA-256 hash of the raw request body, made with SettleGo's private key.
The partner must answer with `{"nonce": <the request's nonce>}` and sign that response body the
same way with its own private key, in the response's `DigitalSignature` header.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from pydantic import BaseModel, ValidationError
from settlego_models import (
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

SIGNATURE_HEADER = "DigitalSignature"

# Documented webhookType code -> its typed event (the spec's `x-webhook-type` on each webhook;
# tests/test_settlego_webhooks.py checks the two agree). The three beneficiary events have no
# documented code: parse them with `parse_event(body, expect=models.BeneficiaryCreatedEvent)`.
EVENT_TYPES: dict[str, type[BaseModel]] = {
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


class WebhookError(Exception):
    """A webhook request that must be rejected (bad signature, or a body that is not an event)."""


@dataclass(frozen=True)
class Acknowledgement:
    """The signed answer to send back: `body` as the response body, `headers` as its headers."""

    body: bytes
    headers: dict[str, str]


def load_public_key(pem: bytes | str) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    if not isinstance(key, rsa.RSAPublicKey):
        raise WebhookError("SettleGo signs with RSA; the public key given is not an RSA key")
    return key


def load_private_key(pem: bytes | str, password: bytes | None = None) -> rsa.RSAPrivateKey:
    data = pem.encode() if isinstance(pem, str) else pem
    key = serialization.load_pem_private_key(data, password=password)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise WebhookError("the webhook response must be signed with an RSA private key")
    return key


def sign(body: bytes, private_key: rsa.RSAPrivateKey) -> str:
    """Base64 RSA PKCS#1 v1.5 signature of SHA-256(body), as SettleGo's DigitalSignature."""
    signature = private_key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def verify_signature(body: bytes, signature: str | None, public_key: rsa.RSAPublicKey) -> None:
    """Raise `WebhookError` unless `signature` is SettleGo's signature of exactly `body`."""
    if not signature:
        raise WebhookError(f"the {SIGNATURE_HEADER} header is missing")
    try:
        raw = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError) as error:
        raise WebhookError(f"the {SIGNATURE_HEADER} header is not base64") from error
    try:
        public_key.verify(raw, body, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as error:
        raise WebhookError("the signature does not match the body") from error


def parse_event(body: bytes, expect: type[BaseModel] | None = None) -> BaseModel:
    """Parse an (already verified) webhook body into the typed event for its webhookType.

    `expect` forces the event type, for a listener subscribed to one kind of event (needed for
    the beneficiary events, whose webhookType the docs do not give). A webhookType without a
    documented code otherwise yields a `WebhookEnvelope` whose payload is the raw JSON object.
    """
    try:
        document = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise WebhookError("the webhook body is not JSON") from error
    if not isinstance(document, dict):
        raise WebhookError("the webhook body is not a JSON object")
    event_type = expect or EVENT_TYPES.get(str(document.get("webhookType")), WebhookEnvelope)
    try:
        return event_type.model_validate(document)
    except ValidationError as error:
        name = event_type.__name__
        raise WebhookError(f"the webhook body is not a valid {name}: {error}") from error


def receive(
    body: bytes,
    signature: str | None,
    public_key: rsa.RSAPublicKey,
    expect: type[BaseModel] | None = None,
) -> BaseModel:
    """Verify and parse a webhook request in one step: what a listener calls first."""
    verify_signature(body, signature, public_key)
    return parse_event(body, expect)


def acknowledge(event: BaseModel, private_key: rsa.RSAPrivateKey) -> Acknowledgement:
    """Build the signed `{"nonce": ...}` response SettleGo requires for `event`."""
    nonce = getattr(event, "nonce", None)
    if nonce is None:
        raise WebhookError("the event carries no nonce to echo")
    body = json.dumps({"nonce": nonce}, separators=(",", ":")).encode()
    headers = {SIGNATURE_HEADER: sign(body, private_key), "Content-Type": "application/json"}
    return Acknowledgement(body, headers)
