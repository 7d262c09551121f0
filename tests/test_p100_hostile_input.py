"""Hostile input never reaches a 5xx: every request below gets P100's refusal with a 4xx (the
error object, or the plain-text 401), and leaves the simulator's state as it was (DESIGN.md,
"Bad input and security")."""

from __future__ import annotations

import json
from typing import Any

import pytest
from p100_world import World


@pytest.fixture(scope="module")
def world() -> World:
    """One simulator for every case: each must leave it as it found it."""
    shared = World()
    shared.user("jan")
    shared.control.credit("eur", "100.00", owner="jan")
    shared.control.credit("eth", "5")
    return shared


def state(world: World) -> tuple[Any, ...]:
    backend = world.backend
    return (
        len(backend.users),
        len(backend.sepa.transfers),
        len(backend.orders.orders),
        len(backend.exchanges.exchanges),
        len(backend.crypto.withdrawals),
        sorted((b.owner, b.currency, b.amount) for b in backend.ledger),
        len(list(backend.ledger.movements())),
    )


def lock(world: World) -> str:
    answer = world.control.act("exchange-locks", currencyFrom="eth", currencyTo="eur")
    return str(answer["lockId"])


JSON = {"content-type": "application/json"}
IBAN = "PL49109024028743516259813188"
WITHDRAWAL = {
    "sourceExternalUserId": "jan",
    "currency": "eth",
    "walletAddress": "0x2e90ca5bbe46d5ae23f2df90457d020391b92673",
    "name": "Jan",
    "walletType": "OTHER",
    "receiverType": "NATURAL",
}
# Numbers no amount is: beyond any precision P100 documents (2 places for eur, 8 for crypto),
# and beyond any amount, both ways.
HOSTILE_NUMBERS = [
    ("1e-400", b"1e-400"),
    ("1E-9999999999", b"1E-9999999999"),
    ("300 zeros after the point", b"0." + b"0" * 300 + b"1"),
    ("1e400", b"1e400"),
    ("1E+999999999", b"1E+999999999"),
]
CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("deep JSON", "/v1/order", {"content": b"[" * 100_000 + b"]" * 100_000, "headers": JSON}),
    (
        "deep object",
        "/v1/order",
        {"content": b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "headers": JSON},
    ),
    (
        "NaN",
        "/v1/partner/exchange",
        {"content": b'{"amount": NaN, "lockId": "x"}', "headers": JSON},
    ),
    ("Infinity", "/v1/crypto-withdrawal", {"content": b'{"amount": Infinity}', "headers": JSON}),
    ("not UTF-8", "/v1/order", {"content": b'{"lockId": "\xff\xfe"}', "headers": JSON}),
    (
        "wrong media type",
        "/v1/order",
        {"content": b"lockId=x", "headers": {"content-type": "application/x-www-form-urlencoded"}},
    ),
    (
        "no media type",
        "/v1/order",
        {"content": b'{"lockId": "x"}', "headers": {"content-type": ""}},
    ),
    (
        "over 1 MiB",
        "/v1/user/balances/crypto-and-fiat",
        {"json": {"externalUserId": "big", "citizenship": "PL", "city": "x" * (1 << 20)}},
    ),
    ("an array body", "/v1/kyc", {"json": [{"externalUserId": "jan"}]}),
    ("a lone surrogate", "/v1/kyc", {"content": b'{"externalUserId": "\\ud800"}', "headers": JSON}),
    (
        "odd unicode user",
        "/v1/user/verification",
        {"json": {"externalUserId": "j\u0430n\u200b\U0001f600"}},
    ),
    (
        "1e26 SEPA amount",
        "/v1/partner/sepa-transfer",
        {
            "json": {
                "amount": 1e26,
                "currency": "eur",
                "destinationIban": IBAN,
                "transferTitle": "t",
            }
        },
    ),
    (
        "1e26 as text",
        "/v1/partner/sepa-transfer",
        {
            "json": {
                "amount": "1e26",
                "currency": "eur",
                "destinationIban": IBAN,
                "transferTitle": "t",
            }
        },
    ),
    (
        "a huge integer",
        "/v1/partner/sepa-transfer",
        {
            "content": b'{"amount": 1'
            + b"0" * 400
            + b', "currency": "eur", "destinationIban": "'
            + IBAN.encode()
            + b'", "transferTitle": "t"}',
            "headers": JSON,
        },
    ),
    (
        "a negative amount",
        "/v1/sepa-transfer",
        {
            "json": {
                "externalUserId": "jan",
                "amount": -5,
                "currency": "eur",
                "destinationIban": IBAN,
            }
        },
    ),
    (
        "a cent fraction",
        "/v1/sepa-transfer",
        {
            "json": {
                "externalUserId": "jan",
                "amount": "0.001",
                "currency": "eur",
                "destinationIban": IBAN,
            }
        },
    ),
    (
        "amount not a number",
        "/v1/partner/sepa-transfer",
        {
            "json": {
                "amount": "lots",
                "currency": "eur",
                "destinationIban": IBAN,
                "transferTitle": "t",
            }
        },
    ),
    ("a boolean amount", "/v1/crypto-withdrawal", {"json": WITHDRAWAL | {"amount": True}}),
    (
        "an invalid IBAN",
        "/v1/partner/sepa-transfer",
        {
            "json": {
                "amount": 1,
                "currency": "eur",
                "destinationIban": "PL00\u0000",
                "transferTitle": "t",
            }
        },
    ),
    (
        "nine decimals of eth",
        "/v1/crypto-withdrawal",
        {"json": WITHDRAWAL | {"amount": 0.123456789}},
    ),
    ("1e26 eth", "/v1/crypto-withdrawal", {"json": WITHDRAWAL | {"amount": 1e26}}),
    *[
        (
            f"{name} SEPA amount",
            "/v1/partner/sepa-transfer",
            {
                "content": b'{"amount": '
                + number
                + b', "currency": "eur", "destinationIban": "'
                + IBAN.encode()
                + b'", "transferTitle": "t"}',
                "headers": JSON,
            },
        )
        for name, number in HOSTILE_NUMBERS
    ],
    *[
        (
            f"{name} eth",
            "/v1/crypto-withdrawal",
            {
                "content": json.dumps(WITHDRAWAL | {"amount": 0})
                .replace('"amount": 0', '"amount": ' + number.decode())
                .encode(),
                "headers": JSON,
            },
        )
        for name, number in HOSTILE_NUMBERS
    ],
    *[
        (
            f"order lock of {name} EUR as text",
            "/v1/order/lock-rate",
            {"json": {"currency": "btc", "amount": number.decode()}},
        )
        for name, number in HOSTILE_NUMBERS
    ],
    (
        "order lock of 1e26 EUR",
        "/v1/order/lock-rate",
        {"json": {"currency": "btc", "amount": "1e26"}},
    ),
    ("order lock of NaN", "/v1/order/lock-rate", {"json": {"currency": "btc", "amount": "NaN"}}),
    (
        "order lock in sub-units",
        "/v1/order/lock-rate",
        {"json": {"currency": "btc", "amount": "0.001"}},
    ),
    (
        "a Greek Beta in BTC",
        "/v1/order/lock-rate",
        {"json": {"currency": "\u0392TC", "amount": "1"}},
    ),
]


@pytest.mark.parametrize(
    ("path", "request_args"), [case[1:] for case in CASES], ids=[c[0] for c in CASES]
)
def test_hostile_bodies_get_a_p100_error_and_change_nothing(
    world: World, path: str, request_args: dict[str, Any]
) -> None:
    before = state(world)
    answer = world.api.post(path, **request_args)
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert body["errorCode"].startswith("P") and body["errorMessage"]
    assert state(world) == before


def test_an_exchange_of_1e26_with_a_valid_lock_is_p403_and_keeps_the_lock(world: World) -> None:
    before = state(world)
    held = lock(world)
    refused = world.refused(
        "POST", "/v1/partner/exchange", 400, json={"amount": 1e26, "lockId": held}
    )
    assert refused["errorCode"] == "P403" and "amount" in refused["errorMessage"]
    world.ok("POST", "/v1/partner/exchange", json={"amount": 0.5, "lockId": held})
    assert state(world) != before  # the lock still worked once the amount was sane


@pytest.mark.parametrize(
    "key", [b"\xff\xfe", "pässwörd".encode("latin-1"), b"p100-sandbox-api-key\x00", b"A" * 8000]
)
def test_odd_api_keys_are_access_denied(world: World, key: bytes) -> None:
    answer = world.client().get("/v1/partner/balances", headers={"x-api-key": key})
    assert (answer.status_code, answer.text) == (401, "Access Denied. xo2")


@pytest.mark.parametrize(
    "path",
    [
        "/v1/user/balances/%00",
        "/v1/user/balances/%F0%9F%98%80",
        "/v1/kyc/status/%ED%A0%80",
        "/v1/sepa-transfer/details/" + "x" * 5000,
        "/v1/order/details/..%2F..%2Fetc",
    ],
)
def test_odd_path_parameters_are_refused_in_p100s_shape(world: World, path: str) -> None:
    answer = world.api.get(path)
    assert 400 <= answer.status_code < 500
    assert answer.json()["errorCode"].startswith("P")


@pytest.mark.parametrize("raw", ["%FF", "%ED%A0%80", "%C0%AF", "jan%80"])
@pytest.mark.parametrize(
    ("template", "parameter"),
    [
        ("/v1/user/balances/{}", "externalUserId"),
        ("/v1/kyc/status/{}", "param"),
        ("/v1/sepa-transfer/details/{}", "transferId"),
    ],
)
def test_a_path_parameter_that_is_not_utf8_is_a_p403_naming_it(
    world: World, template: str, parameter: str, raw: str
) -> None:
    """The server reads bytes that are not UTF-8 as U+FFFD; the id they would look up is one
    no one sent. A P403, as for any parameter whose form is wrong."""
    answer = world.api.get(template.format(raw))
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert body["errorCode"] == "P403"
    assert f"path parameter {parameter}: is not Unicode text" in body["errorMessage"]


def test_a_query_parameter_that_is_not_utf8_is_a_p403_naming_it(world: World) -> None:
    answer = world.api.get("/v1/crypto-withdrawal/get-network-fee?currency=eth&network=%FF")
    assert answer.status_code == 400, answer.text
    assert "query parameter network: is not Unicode text" in answer.json()["errorMessage"]


@pytest.mark.parametrize(
    ("action", "body"),
    [
        ("sepa-deposits", {"amount": "1e26", "senderName": "x"}),
        ("sepa-deposits", {"amount": "1", "senderName": "x", "senderIban": "nope"}),
        ("sepa-deposits", {"amount": "1", "senderName": ["x"]}),
        ("crypto-deposits", {"currency": "eur", "amount": "1"}),
        ("crypto-deposits", {"currency": "eth", "amount": "1", "outcome": "LOST"}),
        ("exchange-locks", {"currencyFrom": "eth", "currencyTo": "eth"}),
        ("exchange-locks", {"currencyFrom": "eth", "currencyTo": "eur", "amount": "NaN"}),
        ("kyc-decisions", {"externalUserId": "nobody", "attemptStatus": "SUCCESSFUL"}),
        ("order-payments", {"orderId": "none"}),
        ("card-module", {"suspended": "no"}),
    ],
)
def test_bad_control_actions_are_400s_naming_the_problem(
    world: World, action: str, body: dict[str, Any]
) -> None:
    before = state(world)
    answer = world.control._http.post(f"/_simulator/actions/{action}", json=body)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]
    assert state(world) == before


def test_an_unknown_control_action_is_a_404_listing_the_known_ones(world: World) -> None:
    answer = world.control._http.post("/_simulator/actions/print-money", json={})
    assert answer.status_code == 404
    assert "sepa-deposits" in answer.json()["error"]
