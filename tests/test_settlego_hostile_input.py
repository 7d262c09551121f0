"""Hostile input never reaches a 5xx: every request below gets SettleGo's error shape with a 4xx
(DESIGN.md, "Bad input and security"), and leaves the simulator's state as it was."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from corridor.simulator.settlego import DEFAULT_LOGIN_ID
from tests.settlego_calls import SettleGoCalls

BENEFICIARY = {
    "name": "Ada Lovelace",
    "beneficiaryType": "retail",
    "beneficiaryFirstName": "Ada",
    "beneficiaryLastName": "Lovelace",
    "beneficiaryBirthDate": "1815-12-10",
    "beneficiaryCountry": "GB",
    "beneficiaryPostalCode": "N1 9GU",
    "beneficiaryCity": "London",
    "beneficiaryAddressLine": "1 Analytical Row",
    "currency": "GBP",
    "bankAccountCountry": "GB",
    "bankAccountHolderName": "Ada Lovelace",
    "accountNumber": "12345678",
    "routingCodeList": [{"key": "sort_code", "value": "040004"}],
    "paymentTypeList": ["standard"],
    "externalId": "ben-1",
}


class World(SettleGoCalls):
    """A logged-in main client with a funded GBP account and one beneficiary."""

    def __init__(self) -> None:
        super().__init__()
        assert self.http.post("/currency-accounts", json={"currency": "GBP"}).status_code == 200
        self.control.credit("GBP", "1000.00")
        answer = self.http.post("/beneficiaries", json=BENEFICIARY)
        self.beneficiary_id = answer.json()["id"]

    def state(self) -> tuple[Any, ...]:
        """Everything a refused request must leave as it was."""
        backend = self.backend
        return (
            [(a.id, a.balance) for a in backend.ledger.accounts],
            len(backend.ledger.movements),
            len(backend.payments.records),
            len(backend.beneficiaries.records),
            len(backend.conversions.records),
            len(backend.conversions.quotes),
            len(backend.transfers.records),
            self.simulator.clock.now(),
        )

    def payment(self, **overrides: Any) -> dict[str, Any]:
        return {
            "currency": "GBP",
            "amount": 10,
            "paymentDate": "2026-01-05",
            "paymentType": "standard",
            "reasonCode": "goods",
            "beneficiaryId": self.beneficiary_id,
            "paymentReference": "INV-1",
        } | overrides


@pytest.fixture
def world() -> Iterator[World]:
    yield World()


def assert_refused(answer: httpx.Response, status: int, field: str | None = None) -> None:
    """A 4xx in SettleGo's error shape (`ErrorResponse`), naming `field` when given."""
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert {"status", "error", "message", "errors"} <= set(body)
    assert body["status"] == status
    if field is not None:
        assert field in {error["field"] for error in body["errors"]}, body


def post_raw(world: World, path: str, content: bytes, media_type: str | None) -> httpx.Response:
    headers = {} if media_type is None else {"content-type": media_type}
    return world.http.post(path, content=content, headers=headers)


def test_json_nested_ten_thousand_deep_is_a_400(world: World) -> None:
    before = world.state()
    deep = b'{"amount": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    assert_refused(post_raw(world, "/payments", deep, "application/json"), 400)
    assert world.state() == before


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/payments", lambda w: w.payment(amount=1e26)),
        ("/payments/validate", lambda w: w.payment(amount=1e26)),
        (
            "/conversions/quotes",
            lambda w: {
                "sellCurrency": "GBP",
                "buyCurrency": "EUR",
                "amount": 1e26,
                "fixedSide": "sell",
                "conversionDate": "2026-01-06",
            },
        ),
        (
            "/transfers",
            lambda w: {
                "receiverClientId": w.backend.main_client_id,
                "currency": "GBP",
                "amount": 1e26,
                "externalId": "t-1",
            },
        ),
    ],
)
def test_amounts_beyond_any_real_payment_are_a_400_naming_the_amount(
    world: World, path: str, body: Any
) -> None:
    # the spec bounds request amounts below 10^15, so such a request is not schema-valid
    before = world.state()
    assert_refused(world.http.post(path, json=body(world)), 400, "amount")
    assert world.state() == before


@pytest.mark.parametrize(
    "number",
    ["1e-400", "1E-9999999999", "0." + "0" * 300 + "1", "5e-324"],
    ids=["1e-400", "1E-9999999999", "300-zeros", "5e-324"],
)
@pytest.mark.parametrize("path", ["/payments", "/payments/validate"])
def test_amounts_finer_than_any_currency_are_refused_and_never_echoed(
    world: World, path: str, number: str
) -> None:
    """SettleGo documents each currency's decimal places; an amount that rounds to nothing in
    them is a 409 naming the amount, and the number is never written back."""
    before = world.state()
    payment = json.dumps(world.payment(amount=0)).replace('"amount": 0', f'"amount": {number}')
    answer = post_raw(world, path, payment.encode(), "application/json")
    assert_refused(answer, 409, "amount")
    assert number not in answer.text and not re.search(r"\d[eE][-+]?\d", answer.text)
    assert world.state() == before


@pytest.mark.parametrize("raw", ["%FF", "%ED%A0%80", "%C0%AF", "ben%80"])
def test_path_and_query_parameters_that_are_not_utf8_are_a_400_naming_them(
    world: World, raw: str
) -> None:
    """The server reads bytes that are not UTF-8 as U+FFFD: an id or a filter no one sent."""
    before = world.state()
    for answer, field in (
        (world.http.get(f"/beneficiaries/external/{raw}"), "id"),
        (world.http.get(f"/payments/{raw}"), "id"),
        (world.http.get(f"/beneficiaries?pageNumber=1&pageSize=10&beneficiaryName={raw}"), None),
        (world.http.get(f"/payments?pageNumber=1&pageSize=10&reference={raw}"), "reference"),
    ):
        assert_refused(answer, 400, field or "beneficiaryName")
        assert "not Unicode text" in answer.json()["message"]
    assert world.state() == before


def test_integers_with_hundreds_or_thousands_of_digits_are_refused(world: World) -> None:
    """400 digits parse, beyond the spec's bound (400); 5,000 digits are beyond what the JSON
    parser takes (400)."""
    before = world.state()
    payment = json.dumps(world.payment(amount=0)).replace('"amount": 0', '"amount": 1' + "0" * 400)
    assert_refused(post_raw(world, "/payments", payment.encode(), "application/json"), 400)
    digits = json.dumps(world.payment(amount=0)).replace('"amount": 0', '"amount": 1' + "0" * 5000)
    assert_refused(post_raw(world, "/payments", digits.encode(), "application/json"), 400)
    assert world.state() == before


def test_money_is_read_from_the_raw_json_as_decimal_never_through_float(world: World) -> None:
    # 22 significant digits: a float would round this up to 1000000000000.00
    raw = json.dumps(world.payment(amount=0)).replace(
        '"amount": 0', '"amount": 999999.99499999999999'
    )
    answer = post_raw(world, "/payments/validate", raw.encode(), "application/json")
    assert answer.status_code == 200, answer.text
    assert '"amount":999999.99,' in answer.text
    assert Decimal(json.loads(answer.text, parse_float=Decimal)["totalDebitAmount"]) == Decimal(
        "1000001.99"
    )


def test_a_date_python_cannot_represent_is_a_400_naming_the_field(world: World) -> None:
    before = world.state()
    assert_refused(
        world.http.post("/payments", json=world.payment(paymentDate="0000-01-01")),
        400,
        "paymentDate",
    )
    assert world.state() == before


@pytest.mark.parametrize(
    ("content", "media_type"),
    [
        (b'{"currency": "EUR"}', "text/plain"),
        (b"currency=EUR", "application/x-www-form-urlencoded"),
        (
            b'--b\r\nContent-Disposition: form-data; name="currency"\r\n\r\nEUR\r\n--b--\r\n',
            "multipart/form-data; boundary=b",
        ),
        (b'{"currency": "EUR"}', None),
    ],
)
def test_a_body_that_is_not_sent_as_json_is_a_415(
    world: World, content: bytes, media_type: str | None
) -> None:
    before = world.state()
    assert_refused(post_raw(world, "/currency-accounts", content, media_type), 415)
    assert world.state() == before


def test_a_ten_megabyte_body_is_a_413(world: World) -> None:
    before = world.state()
    huge = json.dumps(world.payment(reason="x" * 10_000_000)).encode()
    assert_refused(post_raw(world, "/payments", huge, "application/json"), 413)
    assert world.state() == before


def test_non_ascii_credentials_are_refused_with_401(world: World) -> None:
    login = world.http.post("/authentication/login", json={"loginId": "Zoë", "apiKey": "ключ🔑"})
    assert_refused(login, 401)
    wrong_key = world.http.post(
        "/authentication/login", json={"loginId": DEFAULT_LOGIN_ID, "apiKey": "clé"}
    )
    assert_refused(wrong_key, 401)
    token = world.http.get(
        "/payments",
        params={"pageNumber": 1, "pageSize": 10},
        headers={"x-auth-token": "tökén\u00ff".encode("latin-1")},
    )
    assert_refused(token, 401)


def test_odd_unicode_in_fields_round_trips(world: World) -> None:
    name = "Zoë \u200b🚀 \u202e\u0000 Ω"
    answer = world.http.post(
        "/beneficiaries", json=BENEFICIARY | {"name": name, "externalId": "ext-☃"}
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["name"] == name
    assert world.http.get("/beneficiaries/external/ext-☃").json()["name"] == name
    assert world.http.get("/beneficiaries/external/ext-☃").json()["id"] == answer.json()["id"]


def test_a_refused_create_leaves_its_external_id_free(world: World) -> None:
    refused = world.http.post("/payments", json=world.payment(externalId="pay-1", amount=0.001))
    assert_refused(refused, 409, "amount")  # rounds to nothing in GBP
    no_account = world.http.post(
        "/payments", json=world.payment(externalId="pay-1", currency="EUR")
    )
    assert no_account.status_code in (404, 409)
    created = world.http.post("/payments", json=world.payment(externalId="pay-1"))
    assert created.status_code == 200, created.text
    bad_bank = BENEFICIARY | {"externalId": "ben-9", "routingCodeList": []}
    assert_refused(world.http.post("/beneficiaries", json=bad_bank), 409)
    assert (
        world.http.post("/beneficiaries", json=BENEFICIARY | {"externalId": "ben-9"}).status_code
        == 200
    )


@pytest.mark.parametrize(
    "content",
    [
        b'{"seconds": 1e308}',
        b'{"seconds": 1e20}',
        b'{"seconds": -1}',
        b'{"seconds": NaN}',
        b'{"seconds": "ten"}',
        b'{"seconds": true}',
        b'{"seconds": [1]}',
        b"[" * 10_000,
        b"\xff\xfe",
    ],
    ids=["1e308", "1e20", "negative", "NaN", "text", "boolean", "list", "deep", "not-utf8"],
)
def test_absurd_clock_control_values_are_a_400_and_time_stands_still(
    world: World, content: bytes
) -> None:
    before = world.simulator.clock.now()
    answer = world.control._http.post(
        "/_simulator/clock/advance", content=content, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 400, answer.text
    assert "error" in answer.json()
    assert world.simulator.clock.now() == before


@pytest.mark.parametrize("amount", ["1e26", "NaN", "-5", "0", "Infinity", "lots", "0.001"])
def test_absurd_deposits_are_a_400_and_move_no_money(world: World, amount: str) -> None:
    before = world.state()
    answer = world.control._http.post(
        "/_simulator/deposits", json={"currency": "GBP", "amount": amount}
    )
    assert answer.status_code == 400, answer.text
    assert world.state() == before


def test_a_listener_key_that_is_not_rsa_is_a_400(world: World) -> None:
    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    for key in (ec_pem, "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n", ""):
        answer = world.control._http.put(
            "/_simulator/webhooks/listener", json={"url": "http://partner/hooks", "publicKey": key}
        )
        assert answer.status_code == 400, answer.text
        assert "publicKey" in answer.json()["error"]
    rsa_pem = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    for url in ("ftp://partner/hooks", "not a url", "http://"):
        answer = world.control._http.put(
            "/_simulator/webhooks/listener", json={"url": url, "publicKey": rsa_pem}
        )
        assert answer.status_code == 400, answer.text


def test_a_client_that_disconnects_mid_body_changes_nothing(world: World) -> None:
    before = world.state()
    body = json.dumps(world.payment()).encode()
    sent: list[dict[str, Any]] = []
    messages = iter(
        [
            {"type": "http.request", "body": body[:20], "more_body": True},
            {"type": "http.disconnect"},
        ]
    )

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/api/v1/payments",
        "query_string": b"",
        "headers": [
            (b"content-type", b"application/json"),
            (b"x-auth-token", world.http.headers["x-auth-token"].encode()),
        ],
    }
    asyncio.run(world.simulator.app(scope, receive, send))
    assert sent == []
    assert world.state() == before
