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
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from pydantic import BaseModel, ConfigDict, Field, ValidationError

import settlego_models as models

SIGNATURE_HEADER = "DigitalSignature"

# webhookType code -> the typed event it announces (codes as documented; see specs/settlego.yaml).
EVENT_TYPES: dict[str, type[BaseModel]] = {}


class WebhookError(Exception):
    """A webhook request that must be rejected (bad signature, or a body that is not an event)."""


class UnrecognisedWebhookEvent(BaseModel):
    """An event whose webhookType has no documented code (e.g. the beneficiary events).

    The envelope is checked; the payload is kept as the raw JSON object.
    """

    model_config = ConfigDict(populate_by_name=True)

    webhook_type: str = Field(alias="webhookType")
    webhook_reference: str = Field(alias="webhookReference")
    nonce: str
    payload: dict[str, Any]


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


def parse_event(body: bytes) -> BaseModel:
    """Parse an (already verified) webhook body into the typed event for its webhookType."""
    try:
        document = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise WebhookError("the webhook body is not JSON") from error
    if not isinstance(document, dict):
        raise WebhookError("the webhook body is not a JSON object")
    event_type = EVENT_TYPES.get(document.get("webhookType"), UnrecognisedWebhookEvent)
    try:
        return event_type.model_validate(document)
    except ValidationError as error:
        raise WebhookError(f"the webhook body is not a valid {event_type.__name__}: {error}") from error


def receive(body: bytes, signature: str | None, public_key: rsa.RSAPublicKey) -> BaseModel:
    """Verify and parse a webhook request in one step: what a listener calls first."""
    verify_signature(body, signature, public_key)
    return parse_event(body)


def acknowledge(event: BaseModel, private_key: rsa.RSAPrivateKey) -> Acknowledgement:
    """Build the signed `{"nonce": ...}` response SettleGo requires for `event`."""
    nonce = getattr(event, "nonce", None)
    if nonce is None:
        raise WebhookError("the event carries no nonce to echo")
    body = json.dumps({"nonce": nonce}, separators=(",", ":")).encode()
    headers = {SIGNATURE_HEADER: sign(body, private_key), "Content-Type": "application/json"}
    return Acknowledgement(body, headers)
