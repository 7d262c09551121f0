"""P100 webhooks: the Authorization token is checked and bodies become typed events."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any

import p100_models as models
import pytest

from corridor.p100 import P100WebhookAuthenticationError, P100WebhookError, webhooks
from corridor.spec import load_spec

SPEC = load_spec("p100")
TOKEN = "whsec-9d3f6a0b7c1e4d2a8f5b6c7d8e9f0a1b"
KYC_FILE_ADDED_BODY = (
    b'{"externalUserId": "bca65c48-df49-4831-a7b2-de7903321581", "status": "ADDED"}'
)


def _spec_webhook_examples() -> list[tuple[str, str, dict[str, Any]]]:
    """(webhook name, example name, payload) for every example of every webhook in the spec."""
    found = []
    for name, item in SPEC["webhooks"].items():
        content = item["post"]["requestBody"]["content"]["application/json"]
        for example_name, example in content["examples"].items():
            found.append((name, example_name, example["value"]))
    return found


SPEC_EXAMPLES = _spec_webhook_examples()


def _as_times(value: Any) -> Any:
    """`value` with every ISO 8601 date-time string replaced by its datetime, and every number
    or numeric string by its Decimal (amounts, string or number on the wire, come back as
    Decimal: format decimal in the spec)."""
    if isinstance(value, dict):
        return {key: _as_times(item) for key, item in value.items()}
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return Decimal(str(value))
    if isinstance(value, str) and value.strip() and value.replace(".", "", 1).isdigit():
        return Decimal(value)
    if isinstance(value, str) and "T" in value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


# --- the Authorization token ------------------------------------------------------------------


def test_the_configured_token_is_accepted() -> None:
    event = webhooks.receive(
        KYC_FILE_ADDED_BODY, {"Authorization": TOKEN}, TOKEN, expect=webhooks.KYC_FILE_ADDED
    )
    assert isinstance(event, models.KycFileAddedEvent)


@pytest.mark.parametrize("authorization", [None, ""])
def test_a_missing_token_is_unauthorized(authorization: str | None) -> None:
    with pytest.raises(
        P100WebhookAuthenticationError, match="Authorization header is missing"
    ) as raised:
        webhooks.receive(
            KYC_FILE_ADDED_BODY,
            {"Authorization": authorization},
            TOKEN,
            expect=webhooks.KYC_FILE_ADDED,
        )
    assert raised.value.status_code == 401


@pytest.mark.parametrize(
    "authorization",
    [
        "whsec-wrong",
        TOKEN[:-1],  # a prefix of the token
        TOKEN + "0",
        TOKEN.upper(),
        f" {TOKEN}",
        # The docs say the header contains the token itself, so a scheme makes it a wrong value.
        f"Bearer {TOKEN}",
    ],
)
def test_any_other_value_is_unauthorized(authorization: str) -> None:
    with pytest.raises(P100WebhookAuthenticationError, match="does not match") as raised:
        webhooks.receive(
            KYC_FILE_ADDED_BODY,
            {"Authorization": authorization},
            TOKEN,
            expect=webhooks.KYC_FILE_ADDED,
        )
    assert raised.value.status_code == 401


def test_the_token_is_checked_before_the_body_is_read() -> None:
    with pytest.raises(P100WebhookAuthenticationError):
        webhooks.receive(
            b"not json", {"Authorization": "whsec-wrong"}, TOKEN, expect=webhooks.KYC_FILE_ADDED
        )


def test_a_token_with_non_ascii_characters_is_compared_not_crashed_on() -> None:
    with pytest.raises(P100WebhookAuthenticationError):
        webhooks.verify_token("whsec-ü", TOKEN)
    webhooks.verify_token("whsec-ü", "whsec-ü")


@pytest.mark.parametrize("expected_token", ["", None])
def test_an_empty_configured_token_is_a_configuration_error_not_a_match(
    expected_token: Any,
) -> None:
    with pytest.raises(ValueError, match="secret"):
        webhooks.verify_token("", expected_token)


def test_rejections_never_show_the_token_or_what_was_sent() -> None:
    sent = "whsec-guess-1234"
    with pytest.raises(P100WebhookAuthenticationError) as raised:
        webhooks.verify_token(sent, TOKEN)
    assert TOKEN not in str(raised.value)
    assert sent not in str(raised.value)


# --- typed events -----------------------------------------------------------------------------


def test_every_spec_webhook_has_its_typed_event() -> None:
    expected = {
        name: item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit(
            "/", 1
        )[1]
        for name, item in SPEC["webhooks"].items()
    }
    actual = {name: model.__name__ for name, model in webhooks.WEBHOOKS.items()}
    assert actual == expected


@pytest.mark.parametrize(
    ("name", "payload"),
    [(name, payload) for name, _, payload in SPEC_EXAMPLES],
    ids=[f"{name}-{example}" for name, example, _ in SPEC_EXAMPLES],
)
def test_each_spec_example_parses_into_its_webhooks_typed_event(
    name: str, payload: dict[str, Any]
) -> None:
    model = webhooks.WEBHOOKS[name]
    event = webhooks.receive(
        json.dumps(payload).encode(), {"Authorization": TOKEN}, TOKEN, expect=model
    )
    assert type(event) is model
    # Nothing dropped or changed (times compared as times: 10:33:54.730Z is 10:33:54.730000Z).
    dumped = event.model_dump(mode="python", by_alias=True, exclude_unset=True)
    assert _as_times(dumped) == _as_times(payload)


def test_a_kyc_file_added_event_has_typed_fields() -> None:
    event = webhooks.parse_event(KYC_FILE_ADDED_BODY, webhooks.KYC_FILE_ADDED)
    assert event.external_user_id == "bca65c48-df49-4831-a7b2-de7903321581"
    assert event.status is models.KycFileStatus.ADDED


def test_a_kyc_verification_rejection_carries_its_reason() -> None:
    body = json.dumps(
        {
            "externalUserId": "bca65c48",
            "verificationStatus": "NOT_VERIFIED",
            "attemptStatus": "REJECTED_BY_PROVIDER",
            "rejectionReason": "NO_FACE_FOUND",
        }
    )
    event = webhooks.parse_event(body, webhooks.KYC_VERIFICATION_STATUS)
    assert event.attempt_status is models.AttemptStatus.REJECTED_BY_PROVIDER
    assert event.rejection_reason == "NO_FACE_FOUND"


def test_a_partner_sepa_transfer_event_parses_its_amount_and_time() -> None:
    body = json.dumps(
        {
            "id": "123f6603",
            "amount": "3.8",
            "status": "SUCCESSFUL",
            "createdAt": "2025-08-05T10:33:54Z",
        }
    )
    event = webhooks.parse_event(body, webhooks.PARTNER_SEPA_TRANSFER)
    assert event.amount == Decimal("3.8")
    assert event.status is models.SepaTransferOutcome.SUCCESSFUL
    assert event.created_at is not None
    assert event.created_at.year == 2025


def test_a_crypto_deposit_arrives_flat_or_in_the_faq_envelope() -> None:
    flat = {"cryptoDepositId": "facc5951", "status": "WAITING_FOR_TR_DATA", "amount": 0.001}
    enveloped = {"event_type": "crypto_deposit.status_changed", "data": {**flat, "amount": "0.05"}}
    flat_event = webhooks.parse_event(json.dumps(flat), webhooks.CRYPTO_DEPOSIT)
    enveloped_event = webhooks.parse_event(json.dumps(enveloped), webhooks.CRYPTO_DEPOSIT)
    assert isinstance(flat_event.root, models.CryptoDepositPayload)
    assert flat_event.root.status is models.CryptoDepositStatus.WAITING_FOR_TR_DATA
    assert isinstance(enveloped_event.root, models.CryptoDepositEnvelope)
    assert enveloped_event.root.data.amount == Decimal("0.05")


def test_the_webhook_can_be_named_as_in_the_spec() -> None:
    event = webhooks.receive(
        KYC_FILE_ADDED_BODY, {"Authorization": TOKEN}, TOKEN, expect="kycFileAdded"
    )
    assert isinstance(event, models.KycFileAddedEvent)


def test_an_unknown_webhook_name_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(
        ValueError, match=r"expect: must be one of .*cryptoDeposit.*'cardTransaction'"
    ):
        webhooks.receive(
            KYC_FILE_ADDED_BODY, {"Authorization": TOKEN}, TOKEN, expect="cardTransaction"
        )


def test_without_expect_the_webhook_is_unknown_and_the_caller_is_told() -> None:
    with pytest.raises(ValueError, match=r"expect: .*payloads do not say which webhook"):
        webhooks.receive(  # type: ignore[call-overload]
            KYC_FILE_ADDED_BODY, {"Authorization": TOKEN}, TOKEN
        )


def test_kind_is_expects_former_name_and_still_works_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match=r"receive\(expect=\.\.\.\)"):
        event = webhooks.receive(  # type: ignore[call-overload]
            KYC_FILE_ADDED_BODY, {"Authorization": TOKEN}, TOKEN, kind="kycFileAdded"
        )
    assert isinstance(event, models.KycFileAddedEvent)


# --- bodies that are not events ---------------------------------------------------------------


@pytest.mark.parametrize("body", [b"not json", b'{"externalUserId": ', b"\xff\xfe", b""])
def test_malformed_json_is_rejected_clearly(body: bytes) -> None:
    with pytest.raises(P100WebhookError, match="kycFileAdded webhook body is not JSON") as raised:
        webhooks.receive(body, {"Authorization": TOKEN}, TOKEN, expect=webhooks.KYC_FILE_ADDED)
    assert raised.value.status_code == 400
    assert not isinstance(raised.value, P100WebhookAuthenticationError)


@pytest.mark.parametrize("body", [b"[1, 2]", b'"ADDED"', b"null"])
def test_json_that_is_not_an_object_is_rejected(body: bytes) -> None:
    with pytest.raises(P100WebhookError, match="not a JSON object"):
        webhooks.parse_event(body, webhooks.KYC_FILE_ADDED)


def test_a_missing_required_field_is_named() -> None:
    with pytest.raises(P100WebhookError, match="not a valid KycFileAddedEvent: externalUserId"):
        webhooks.parse_event(b'{"status": "ADDED"}', webhooks.KYC_FILE_ADDED)


def test_an_undocumented_status_is_rejected_naming_the_field() -> None:
    with pytest.raises(P100WebhookError, match="status"):
        webhooks.parse_event(
            b'{"externalUserId": "u-1", "status": "DELETED"}', webhooks.KYC_FILE_ADDED
        )


def test_rejected_bodies_do_not_echo_user_data() -> None:
    body = json.dumps({"destinationIban": 49109024028743516259813188, "status": "SUCCESSFUL"})
    with pytest.raises(P100WebhookError, match="destinationIban") as raised:
        webhooks.parse_event(body, webhooks.PARTNER_SEPA_TRANSFER)
    assert "49109024028743516259813188" not in str(raised.value)
