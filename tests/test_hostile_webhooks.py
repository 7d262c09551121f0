"""Hostile webhook bodies raise the provider's webhook error, never anything else.

Every facade's `webhooks.receive(body, headers, secret)`, given a correctly authenticated
request whose body is hostile (nested thousands deep, lone surrogates, not bytes, not UTF-8,
not an object, huge numbers, far too large), raises that provider's `WebhookError` subclass
(answer 400), and a request that is not authenticated raises its `WebhookAuthenticationError`
(answer 401) before the body is looked at.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from corridor import p100, sentbe, settlego
from corridor.errors import WebhookAuthenticationError, WebhookError

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
    return p100.webhooks.receive(body, headers, P100_TOKEN, kind=p100.webhooks.KYC_FILE_ADDED)


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
        "p100": lambda: p100.webhooks.receive(b"{}", "tok", P100_TOKEN, kind="kycFileAdded"),  # type: ignore[arg-type]
        "sentbe": lambda: sentbe.webhooks.receive(b"{}", "x", SENTBE_ACCESS_ID),  # type: ignore[arg-type]
    }[provider]
    with pytest.raises(ValueError, match="headers"):
        receive()
