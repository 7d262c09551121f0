"""Hostile webhook bodies raise the provider's webhook error, never anything else.

Every facade's `webhooks.receive(body, headers, secret)`, given a correctly authenticated
request whose body is hostile (nested thousands deep, lone surrogates, not bytes, not UTF-8,
not an object, huge numbers, far too large), raises that provider's `WebhookError` subclass
(answer 400), and a request that is not authenticated raises its `WebhookAuthenticationError`
(answer 401) before the body is looked at. A secret that cannot be used (a public key that is
not an RSA key, an empty token) is the caller's mistake: corridor's `InputError`.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from corridor import p100, sentbe, settlego
from corridor.errors import InputError, WebhookAuthenticationError, WebhookError

SETTLEGO_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
P100_TOKEN = "whsec-3f9a"
SENTBE_ACCESS_ID = "AKID-1c0ffee"

HOSTILE: list[Any] = [
    b"[" * 50_000 + b"]" * 50_000,
    b'{"a":' * 20_000 + b"1" + b"}" * 20_000,
    '{"webhookType": "WHTEST", "nonce": "\ud800"}',  # a lone surrogate in the str itself
    b'{"webhookType": "WHTEST", "nonce": "\\ud800", "token": "\\udfff"}',
    b"\xff\xfe not utf-8",
    b"",
    b"null",
    b"[1, 2]",
    b'"just a string"',
    b'{"amount": 1e999999999}',
    b'{"amount": ' + b"9" * 5000 + b"}",
    b" " * (2 * 1024 * 1024),
    12345,
    None,
    ["not", "bytes"],
]


def settlego_receive(body: Any, authentic: bool) -> Any:
    data = body if isinstance(body, bytes) else b""
    signature = base64.b64encode(
        SETTLEGO_KEY.sign(data, padding.PKCS1v15(), hashes.SHA256())
    ).decode()
    headers = {"DigitalSignature": signature if authentic else "AAAA"}
    return settlego.webhooks.receive(body, headers, SETTLEGO_KEY.public_key())


def p100_receive(body: Any, authentic: bool) -> Any:
    headers = {"authorization": P100_TOKEN if authentic else "wrong"}
    return p100.webhooks.receive(body, headers, P100_TOKEN, expect=p100.webhooks.KYC_FILE_ADDED)


def sentbe_receive(body: Any, authentic: bool) -> Any:
    if authentic and isinstance(body, bytes) and body.startswith(b"{") and b"token" not in body:
        body = body.replace(b"{", b'{"token": "' + SENTBE_ACCESS_ID.encode() + b'", ', 1)
    return sentbe.webhooks.receive(body, {}, SENTBE_ACCESS_ID if authentic else "AKID-other")


RECEIVERS: dict[str, tuple[Callable[[Any, bool], Any], type[WebhookError]]] = {
    "settlego": (settlego_receive, settlego.SettleGoWebhookError),
    "p100": (p100_receive, p100.P100WebhookError),
    "sentbe": (sentbe_receive, sentbe.SentbeWebhookError),
}


@pytest.mark.parametrize("provider", sorted(RECEIVERS))
@pytest.mark.parametrize("body", HOSTILE, ids=range(len(HOSTILE)))
def test_a_hostile_body_raises_the_providers_webhook_error(provider: str, body: Any) -> None:
    receive, error = RECEIVERS[provider]
    with pytest.raises(error) as raised:
        receive(body, True)
    # settlego verifies the signature of the bytes given; a str or non-bytes body cannot match
    assert raised.value.status_code in (400, 401)


@pytest.mark.parametrize("provider", sorted(RECEIVERS))
def test_an_unauthenticated_request_is_refused_with_401_before_its_body_is_read(
    provider: str,
) -> None:
    receive, error = RECEIVERS[provider]
    with pytest.raises(WebhookAuthenticationError) as raised:
        receive(b'{"webhookType": "WHTEST", "externalUserId": "u"}', False)
    assert isinstance(raised.value, error)
    assert raised.value.status_code == 401


@pytest.mark.parametrize("provider", sorted(RECEIVERS))
def test_headers_that_are_not_a_mapping_are_the_callers_mistake(provider: str) -> None:
    receive = {
        "settlego": lambda: settlego.webhooks.receive(b"{}", "sig", SETTLEGO_KEY.public_key()),  # type: ignore[arg-type]
        "p100": lambda: p100.webhooks.receive(b"{}", "tok", P100_TOKEN, expect="kycFileAdded"),  # type: ignore[arg-type]
        "sentbe": lambda: sentbe.webhooks.receive(b"{}", "x", SENTBE_ACCESS_ID),  # type: ignore[arg-type]
    }[provider]
    with pytest.raises(ValueError, match="headers"):
        receive()


@pytest.mark.parametrize(
    "key",
    [
        "",
        "not a key",
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
        b"\xff\xfe",
        "\ud800",
        12345,
        None,
        ec.generate_private_key(ec.SECP256R1()).public_key(),
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo),
    ],
    ids=["empty", "text", "bad-pem", "bytes", "surrogate", "int", "none", "ec-key", "ec-pem"],
)
def test_a_settlego_public_key_that_cannot_be_used_is_an_input_error(key: Any) -> None:
    """A key that cannot verify anything is the caller's configuration mistake, refused as
    corridor's InputError (as P100 and Sentbe refuse a secret), never a bare ValueError or
    whatever the key library raises."""
    body = b'{"webhookType": "WHTEST"}'
    with pytest.raises(InputError) as raised:
        settlego.webhooks.receive(body, {"DigitalSignature": "AAAA"}, key)
    assert raised.value.field == "public_key"
    with pytest.raises(InputError):
        settlego.webhooks.load_public_key(key)


@pytest.mark.parametrize(
    "key",
    ["", "not a key", b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", 7],
    ids=["empty", "text", "bad-pem", "int"],
)
def test_a_settlego_private_key_that_cannot_sign_is_an_input_error(key: Any) -> None:
    with pytest.raises(InputError) as raised:
        settlego.webhooks.load_private_key(key)
    assert raised.value.field == "private_key"


def test_a_settlego_acknowledgement_signed_with_no_rsa_key_is_an_input_error() -> None:
    body = b'{"webhookType": "WHTEST", "webhookReference": "r", "nonce": "n", "payload": {}}'
    event = settlego.webhooks.parse_event(body, expect=settlego.models.WebhookEnvelope)
    for key in ("-----BEGIN PRIVATE KEY-----", ec.generate_private_key(ec.SECP256R1())):
        with pytest.raises(InputError) as raised:
            settlego.webhooks.acknowledge(event, key)  # type: ignore[arg-type]
        assert raised.value.field == "private_key"


@pytest.mark.parametrize("secret", ["", None, 5])
@pytest.mark.parametrize("provider", ["p100", "sentbe"])
def test_a_secret_that_cannot_be_checked_against_is_an_input_error(
    provider: str, secret: Any
) -> None:
    body = b'{"token": "x", "external_id": "1", "status": "COMPLETED"}'
    with pytest.raises(InputError):
        if provider == "p100":
            p100.webhooks.receive(body, {"Authorization": "x"}, secret, expect="kycFileAdded")
        else:
            sentbe.webhooks.receive(body, {}, secret)
