"""Every error Sentbe's docs print is what the simulator answers for that cause, word for word:
the message of the docs' error table (docs/sentbe/_errors.md, cited by line), "Invalid transfer
id" as the docs' example words E0002, and one HTTP status per code (the docs give none; the
mapping is the table in docs/simulators/sentbe.md)."""

from __future__ import annotations

from typing import Any

import pytest
from sentbe_calls import RECIPIENT, USER, Sentbe

from corridor.simulator.sentbe.dialect import STATUS_BY_CODE

# docs/simulators/sentbe.md, "Error codes and statuses"
DOCUMENTED_STATUS = {
    "E0000": 500,
    "E0001": 401,
    "E0002": 404,
    "E0003": 401,
    "E0004": 401,
    "E0005": 400,
    "E0006": 405,
    "E0007": 400,
    "E0008": 400,
    "E0009": 409,
    "E0010": 409,
    "E0011": 400,
    "E0012": 409,
    "E0013": 409,
    "E0014": 409,
}


@pytest.fixture
def sentbe() -> Sentbe:
    started = Sentbe.start()
    started.fund()
    return started


def errors_of(sentbe: Sentbe, method: str, path: str, params: Any = None, **options: Any) -> Any:
    answer = sentbe.call(method, path, params, **options)
    body = answer.json()
    assert body["result"] is False, answer.text
    for error in body["errors"]:  # one status per code, whatever the input
        assert answer.status_code == DOCUMENTED_STATUS[error["error_code"]], answer.text
    return body["errors"]


def test_the_dialect_follows_the_documented_status_of_every_code() -> None:
    assert STATUS_BY_CODE == DOCUMENTED_STATUS


def test_e0001_authentication_error(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:12
    errors = errors_of(sentbe, "GET", "/inbound/banks", partner=("1", "not-it", "test_pw"))
    assert errors == [
        {"message": "Authentication error -- auth_key/ip address", "error_code": "E0001"}
    ]


def test_e0002_invalid_model_id_names_the_model_as_the_docs_example_does(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:13 ("Invalid model id") and 34-35 ("Invalid transfer id", E0002)
    assert errors_of(sentbe, "GET", "/inbound/transfers/999") == [
        {"message": "Invalid transfer id", "error_code": "E0002"}
    ]
    assert errors_of(sentbe, "GET", "/inbound/users/999") == [
        {"message": "Invalid user id", "error_code": "E0002"}
    ]
    assert errors_of(sentbe, "GET", "/inbound/recipients/999") == [
        {"message": "Invalid recipient id", "error_code": "E0002"}
    ]
    params = RECIPIENT | {"user_id": "47"}
    assert errors_of(sentbe, "POST", "/inbound/recipients", params) == [
        {"message": "Invalid user id", "error_code": "E0002"}
    ]


def test_e0003_invalid_header_key(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:14
    answer = sentbe.http.get("/inbound/banks", headers={"PARTNER-ID": "1"})
    assert answer.status_code == 401
    assert answer.json()["errors"] == [{"message": "Invalid header key", "error_code": "E0003"}]


def test_e0004_invalid_signature(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:15
    errors = errors_of(sentbe, "POST", "/inbound/users", headers={"SIGNATURE": "not json"})
    assert errors == [{"message": "Invalid signature", "error_code": "E0004"}]


def test_e0005_need_more_required_parameter(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:16, first half
    params = {k: v for k, v in USER.items() if k != "last_name"}
    assert errors_of(sentbe, "POST", "/inbound/users", params) == [
        {"message": "Need more required parameter", "error_code": "E0005"}
    ]


def test_e0005_unpermitted_parameter(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:16, second half: a value the parameter does not permit
    assert errors_of(sentbe, "POST", "/inbound/users", USER | {"first_name": 7}) == [
        {"message": "Unpermitted parameter", "error_code": "E0005"}
    ]
    assert len(sentbe.simulator.provider.backend.users.records) == 0


def test_e0006_not_supported_method(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:17
    for method, path in (("DELETE", "/inbound/users"), ("GET", "/inbound/nothing")):
        assert errors_of(sentbe, method, path) == [
            {"message": "Not supported method", "error_code": "E0006"}
        ]


def test_e0007_not_available_currency(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:18
    quote = {
        "transfer_info": {"send_amount": "1000", "send_amount_currency": "KRW"},
        "wallet_info": {"transfer_currency": "EUR", "fee_currency": "USD"},
    }
    assert errors_of(sentbe, "POST", "/inbound/check_commission", quote) == [
        {"message": "Not available currency", "error_code": "E0007"}
    ]


def test_e0010_cant_update_recipient_information(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:21
    recipient = sentbe.recipient(sentbe.user()["id"])
    sentbe.control.act("verify-recipient", recipient_id=recipient["id"])
    params = {"recipient_id": recipient["id"], "email": "hong2@sentbe.com"}
    assert errors_of(sentbe, "POST", "/inbound/update_recipient_info", params) == [
        {"message": "Can't update recipient information", "error_code": "E0010"}
    ]


def test_e0011_invalid_country_code(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:22
    assert errors_of(sentbe, "POST", "/inbound/users", USER | {"nationality": "ZZ"}) == [
        {"message": "Invalid country code", "error_code": "E0011"}
    ]


def test_e0012_not_supported_bank(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:23
    bank = RECIPIENT["bank_attributes"] | {"name": "999"}
    params = RECIPIENT | {"user_id": sentbe.user()["id"], "bank_attributes": bank}
    assert errors_of(sentbe, "POST", "/inbound/recipients", params) == [
        {"message": "Not supported bank", "error_code": "E0012"}
    ]


def test_e0013_invalid_external_transfer_id(sentbe: Sentbe) -> None:
    # docs/sentbe/_errors.md:24
    user = sentbe.user()
    recipient = sentbe.recipient(user["id"])
    sentbe.transfer(user["id"], recipient["id"], external_id="23")
    params = sentbe.transfer_params(user["id"], recipient["id"], external_id="23")
    assert errors_of(sentbe, "POST", "/inbound/transfers", params) == [
        {"message": "Invalid external transfer id", "error_code": "E0013"}
    ]


def test_e0014_low_balance() -> None:
    # docs/sentbe/_errors.md:25
    fresh = Sentbe.start()
    user = fresh.user()
    recipient = fresh.recipient(user["id"])
    params = fresh.transfer_params(user["id"], recipient["id"])
    assert errors_of(fresh, "POST", "/inbound/transfers", params) == [
        {"message": "Low balance", "error_code": "E0014"}
    ]
