"""SettleGo webhooks: signatures are checked both ways and bodies become typed events."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
import settlego_models as models
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from corridor.settlego import SettleGoWebhookError, webhooks
from corridor.spec import load_spec

SPEC = load_spec("settlego")
DOCS_TEST_EVENT = b"""{
    "webhookType": "WHTEST",
    "webhookReference": "9a0474e0-d578-4335-953f-cbe0d465f25b",
    "nonce": "732448",
    "payload": {
        "message": "Just for test",
        "clientId": "b19f0724-dc79-4f2c-9b39-6c5972defad6"
    }
}"""


@pytest.fixture(scope="module")
def settlego_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def partner_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def signed_by(key: rsa.RSAPrivateKey, body: bytes) -> str:
    """SettleGo's side, written out independently: base64(RSA-PKCS1v15(SHA-256(body)))."""
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()


def test_a_signed_docs_test_event_verifies_and_parses_into_its_typed_event(
    settlego_key: rsa.RSAPrivateKey,
) -> None:
    headers = {"digitalsignature": signed_by(settlego_key, DOCS_TEST_EVENT)}
    event = webhooks.receive(DOCS_TEST_EVENT, headers, settlego_key.public_key())
    assert isinstance(event, models.TestWebhookEvent)
    assert event.nonce == "732448"
    assert event.payload.message == "Just for test"
    assert event.payload.client_id == "b19f0724-dc79-4f2c-9b39-6c5972defad6"


def test_a_tampered_body_is_rejected(settlego_key: rsa.RSAPrivateKey) -> None:
    signature = signed_by(settlego_key, DOCS_TEST_EVENT)
    tampered = DOCS_TEST_EVENT.replace(b"732448", b"732449")
    with pytest.raises(SettleGoWebhookError, match="does not match"):
        webhooks.receive(tampered, {"DigitalSignature": signature}, settlego_key.public_key())


def test_a_signature_made_with_another_key_is_rejected(
    settlego_key: rsa.RSAPrivateKey, partner_key: rsa.RSAPrivateKey
) -> None:
    with pytest.raises(SettleGoWebhookError, match="does not match"):
        webhooks.verify_signature(
            DOCS_TEST_EVENT, signed_by(partner_key, DOCS_TEST_EVENT), settlego_key.public_key()
        )


@pytest.mark.parametrize("signature", [None, "", "not base64 at all!"])
def test_a_missing_or_malformed_signature_is_rejected(
    settlego_key: rsa.RSAPrivateKey, signature: str | None
) -> None:
    with pytest.raises(SettleGoWebhookError, match="DigitalSignature"):
        webhooks.verify_signature(DOCS_TEST_EVENT, signature, settlego_key.public_key())


@pytest.mark.parametrize(
    "body", [b"not json", b"[1, 2]", b'{"webhookType": "WHTEST", "nonce": "1"}']
)
def test_a_body_that_is_not_an_event_is_rejected_with_a_clear_error(body: bytes) -> None:
    with pytest.raises(SettleGoWebhookError, match="webhook body"):
        webhooks.parse_event(body)


def _documented_webhooks() -> list[tuple[str, str]]:
    """(webhookType code, event schema name) for every webhook with a documented code."""
    pairs = []
    for item in SPEC["webhooks"].values():
        operation = item["post"]
        schema_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        if operation["x-webhook-type"] is not None:
            pairs.append((operation["x-webhook-type"], schema_ref.rsplit("/", 1)[1]))
    return pairs


def test_every_documented_webhook_type_maps_to_its_event_model() -> None:
    mapping = {code: model.__name__ for code, model in webhooks.EVENT_TYPES.items()}
    assert mapping == dict(_documented_webhooks())


def _payload_example(event_schema: str) -> dict[str, Any]:
    """The docs' payload example for an event schema, or {} when the docs give none."""
    parts = SPEC["components"]["schemas"][event_schema]["allOf"]
    payload_ref = next(p for p in parts if "properties" in p)["properties"]["payload"]["$ref"]
    payload_schema = SPEC["components"]["schemas"][payload_ref.rsplit("/", 1)[1]]
    examples: list[dict[str, Any]] = payload_schema.get("examples", [{}])
    return examples[0]


@pytest.mark.parametrize(("code", "event_schema"), _documented_webhooks())
def test_each_documented_event_parses_into_its_own_type(code: str, event_schema: str) -> None:
    body = json.dumps(
        {
            "webhookType": code,
            "webhookReference": "ref-1",
            "nonce": "42",
            "payload": _payload_example(event_schema),
        }
    ).encode()
    event = webhooks.parse_event(body)
    assert type(event).__name__ == event_schema


def test_an_event_type_without_documented_code_keeps_its_raw_payload() -> None:
    body = json.dumps(
        {"webhookType": "BENDEL", "webhookReference": "r", "nonce": "7", "payload": {"id": "b-1"}}
    ).encode()
    event = webhooks.parse_event(body)
    assert type(event) is models.WebhookEnvelope
    assert event.payload == {"id": "b-1"}


def test_a_listener_for_one_event_kind_can_ask_for_that_type() -> None:
    body = json.dumps(
        {
            "webhookType": "BENDEL",
            "webhookReference": "r",
            "nonce": "7",
            "payload": {"id": "5f9909c9", "clientId": "50a5bf9c", "externalId": None},
        }
    ).encode()
    event = webhooks.parse_event(body, expect=models.BeneficiaryDeletedEvent)
    assert isinstance(event, models.BeneficiaryDeletedEvent)
    assert event.payload.id == "5f9909c9"


def test_the_acknowledgement_echoes_the_nonce_signed_with_the_partner_key(
    settlego_key: rsa.RSAPrivateKey, partner_key: rsa.RSAPrivateKey
) -> None:
    event = webhooks.parse_event(DOCS_TEST_EVENT)
    answer = webhooks.acknowledge(event, partner_key)
    assert json.loads(answer.body) == {"nonce": "732448"}
    signature = base64.b64decode(answer.headers["DigitalSignature"])
    # SettleGo's side: verify with the public key the partner uploaded.
    partner_key.public_key().verify(signature, answer.body, padding.PKCS1v15(), hashes.SHA256())


def test_keys_load_from_pem(partner_key: rsa.RSAPrivateKey) -> None:
    private_pem = partner_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = partner_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    private = webhooks.load_private_key(private_pem)
    public = webhooks.load_public_key(public_pem.decode())
    body = b'{"nonce":"1"}'
    webhooks.verify_signature(body, webhooks.sign(body, private), public)
