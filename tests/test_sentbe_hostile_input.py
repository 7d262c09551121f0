"""Hostile input to the Sentbe simulator gets Sentbe's error envelope with a 4xx and changes
nothing: deep JSON, huge numbers, odd unicode and lone surrogates inside SIGNATURE, oversized
and non-ASCII headers. The simulator runs strict, so any answer the spec does not allow (a 5xx
included) fails the test."""

from __future__ import annotations

import json

import pytest
from sentbe_calls import RECIPIENT, USER, Sentbe

from corridor.sentbe.codec import encrypt, encrypt_text


@pytest.fixture
def sentbe() -> Sentbe:
    started = Sentbe.start()
    started.fund()
    return started


def nothing_stored(sentbe: Sentbe) -> bool:
    backend = sentbe.simulator.provider.backend
    return len(backend.users.records) == len(backend.transfers.records) == 0


@pytest.mark.parametrize("depth", [1_000, 50_000])
def test_parameters_nested_thousands_deep_are_refused(sentbe: Sentbe, depth: int) -> None:
    deep = "[" * depth + "]" * depth
    signature = encrypt_text(deep, "test_pw")
    status, code = sentbe.refused("POST", "/inbound/users", headers={"SIGNATURE": signature})
    assert code in ("E0004", "E0005") and 400 <= status < 500
    assert nothing_stored(sentbe)


def test_a_signature_envelope_nested_thousands_deep_is_an_invalid_signature(
    sentbe: Sentbe,
) -> None:
    signature = "[" * 30_000 + "]" * 30_000
    assert sentbe.refused("POST", "/inbound/users", headers={"SIGNATURE": signature}) == (
        401,
        "E0004",
    )


def test_a_signature_beyond_its_size_limit_is_refused_without_decrypting(sentbe: Sentbe) -> None:
    params = USER | {"first_name": "x" * 100_000}
    assert sentbe.refused("POST", "/inbound/users", params) == (413, "E0005")
    assert nothing_stored(sentbe)


@pytest.mark.parametrize("amount", [10**26, "1" * 40, "1e26"])
def test_absurd_amounts_never_reach_the_books(sentbe: Sentbe, amount: object) -> None:
    user = sentbe.user()
    recipient = sentbe.recipient(user["id"])
    before = sentbe.balances()
    params = sentbe.transfer_params(user["id"], recipient["id"])
    params["transfer_info"] = {"send_amount": amount, "send_amount_currency": "KRW"}
    status, code = sentbe.refused("POST", "/inbound/transfers", params)
    assert code == "E0005" and status in (400, 409)
    assert (
        sentbe.refused(
            "POST",
            "/inbound/check_commission",
            {
                "transfer_info": params["transfer_info"],
                "wallet_info": params["wallet_info"],
            },
        )[1]
        == "E0005"
    )
    assert sentbe.balances() == before
    assert sentbe.ok("GET", "/inbound/transfers") == []


def test_a_whole_amount_written_with_a_fraction_is_read_exactly(sentbe: Sentbe) -> None:
    # 1000000.0 is a whole amount written with a fraction: read as a Decimal, it stays whole
    params = {
        "transfer_info": {"send_amount": 1e6, "send_amount_currency": "KRW"},
        "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
    }
    quote = sentbe.ok("POST", "/inbound/check_commission", params)
    assert quote["transfer_info"]["receive_amount"] == 1000000
    assert isinstance(quote["transfer_info"]["receive_amount"], int)


@pytest.mark.parametrize(
    "name",
    ["\ud800", "홍길동", "\u202etxet", "a\x00b", "😀" * 50],
    ids=["lone-surrogate", "hangul", "bidi-override", "nul", "emoji"],
)
def test_odd_unicode_in_names_is_stored_and_answered_as_sent(sentbe: Sentbe, name: str) -> None:
    # ensure_ascii escapes a lone surrogate as \\ud800, the only way JSON text can carry one
    signature = encrypt_text(json.dumps(USER | {"first_name": name}), "test_pw")
    answer = sentbe.call("POST", "/inbound/users", headers={"SIGNATURE": signature})
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["first_name"] == name


def test_non_ascii_credentials_are_an_authentication_error(sentbe: Sentbe) -> None:
    answer = sentbe.http.get(
        "/inbound/banks", headers={"PARTNER-ID": b"1", "KEY": "tést_id".encode()}
    )
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["error_code"] == "E0001"


def test_a_non_ascii_signature_header_is_an_invalid_signature(sentbe: Sentbe) -> None:
    answer = sentbe.http.post(
        "/inbound/users",
        headers={"PARTNER-ID": "1", "KEY": "test_id", "SIGNATURE": "ñ{}".encode()},
    )
    assert (answer.status_code, answer.json()["errors"][0]["error_code"]) == (401, "E0004")


@pytest.mark.parametrize("value", [None, [], "string", 3, True])
def test_parameters_that_are_no_object_are_refused(sentbe: Sentbe, value: object) -> None:
    signature = encrypt_text(json.dumps(value), "test_pw")
    assert sentbe.refused("POST", "/inbound/users", headers={"SIGNATURE": signature}) == (
        400,
        "E0005",
    )
    assert nothing_stored(sentbe)


def test_ids_of_any_size_or_shape_name_nothing(sentbe: Sentbe) -> None:
    user = sentbe.user()
    for user_id in ("99999999999999999999999999999", 10**30, "0047"):
        params = RECIPIENT | {"user_id": user_id}
        status, code = sentbe.refused("POST", "/inbound/recipients", params)
        assert (status, code) in ((404, "E0002"), (400, "E0005"))
    assert sentbe.refused("GET", "/inbound/users/99999999999999999999999") == (404, "E0002")
    assert sentbe.refused("GET", "/inbound/users/abc") == (400, "E0005")
    assert sentbe.ok("GET", f"/inbound/users/{user['id']}")["id"] == user["id"]


def test_a_signature_replayed_to_another_call_is_read_as_that_calls_parameters(
    sentbe: Sentbe,
) -> None:
    """CBC carries no integrity and no binding to the call: a SIGNATURE is only as good as
    its parameters, which each call validates against its own schema."""
    signature = encrypt(USER, "test_pw")
    status, code = sentbe.refused("POST", "/inbound/transfers", headers={"SIGNATURE": signature})
    assert (status, code) == (400, "E0005")


@pytest.mark.parametrize("kind, status", [("500", 500), ("503", 503), ("429", 429)])
def test_injected_faults_answer_in_sentbes_envelope(sentbe: Sentbe, kind: str, status: int) -> None:
    rules = {"rules": [{"kind": kind, "rate": 1, "operations": ["listBanks"]}]}
    assert sentbe.http.put("/_simulator/faults", json=rules).status_code == 200
    assert sentbe.refused("GET", "/inbound/banks") == (status, "E0000")
