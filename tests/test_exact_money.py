"""Money is exact end to end: Decimal in, the same digits on the wire, the same Decimal back.

Amounts at 2, 8 and 18 decimal places (fiat, satoshi-like and wei-like precision) and one too
large for a float go through corridor's JSON codec, a generated client's request and answer,
and the pydantic models, and come back equal, digit for digit.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
import settlego_models
from settlego_client.api.payments import create_payment
from settlego_client.models import CreatePaymentRequest, Payment

from corridor import settlego
from corridor.errors import InputError
from corridor.kit import money
from corridor.spec import load_spec

AMOUNTS = [
    Decimal("10.10"),  # 2 places
    Decimal("0.12345678"),  # 8 places
    Decimal("0.123456789012345678"),  # 18 places
    Decimal("12345678901234567.89"),  # a float would make it 12345678901234568
]

# The docs' Create Payment answer, from the spec.
PAYMENT_ANSWER: dict[str, Any] = next(
    iter(
        load_spec("settlego")["paths"]["/payments"]["post"]["responses"]["200"]["content"][
            "application/json"
        ]["examples"].values()
    )
)["value"]


@pytest.mark.parametrize("amount", AMOUNTS)
def test_the_codec_writes_and_reads_the_same_digits(amount: Decimal) -> None:
    text = money.dumps({"amount": amount})
    assert text == '{"amount":' + format(amount, "f") + "}"
    assert money.loads(text)["amount"] == amount
    assert str(money.loads(text)["amount"]) == str(amount)


def test_the_codec_writes_plain_digits_never_an_exponent() -> None:
    assert money.dumps([Decimal("1E-18"), Decimal("1E+3")]) == "[0.000000000000000001,1000]"


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), float("nan")])
def test_the_codec_refuses_numbers_json_cannot_hold(value: Any) -> None:
    with pytest.raises(InputError) as raised:
        money.dumps({"amount": value})
    assert raised.value.field == "body"


@pytest.mark.parametrize(
    "value",
    [Decimal("1E+999999999"), Decimal("1E-400"), Decimal("-1E+100"), Decimal("0E-101")],
    ids=["1E+999999999", "1E-400", "-1E+100", "0E-101"],
)
def test_the_codec_refuses_numbers_whose_plain_digits_no_provider_reads(value: Decimal) -> None:
    """Plain notation writes every digit: 1E+999999999 would be a billion of them, built in
    memory before anything is sent. No amount or rate has 100 places either side of the point."""
    with pytest.raises(InputError, match="more than 100 digits") as raised:
        money.dumps({"amount": value})
    assert raised.value.field == "body"
    assert money.dumps({"amount": Decimal("1E+99")}) == '{"amount":1' + "0" * 99 + "}"


@pytest.mark.parametrize(
    "text",
    ['"\\ud800"', '{"a": "x\\udfffy"}', '{"\\udbff": 1}', '"\ud800"'],
    ids=["lone-high", "lone-low-inside", "in-a-name", "already-in-the-str"],
)
def test_the_codec_refuses_a_lone_surrogate_which_is_no_unicode_text(text: str) -> None:
    with pytest.raises(ValueError, match="lone surrogate"):
        money.loads(text)
    if text.isascii():  # as an answer's bytes too
        with pytest.raises(ValueError, match="lone surrogate"):
            money.loads(text.encode())


def test_the_codec_reads_a_surrogate_pair_as_its_character() -> None:
    assert money.loads(b'"\\ud83d\\ude00"') == "\U0001f600"


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", "[" * 100_000, '{"a": 1e999999}'])
def test_the_codec_reads_only_json_numbers(text: str) -> None:
    try:
        value = money.loads(text)
    except ValueError:
        return
    # 1e999999 is valid JSON: it must come back as a Decimal, never as a float infinity
    assert value == {"a": Decimal("1e999999")}


@pytest.mark.parametrize("amount", AMOUNTS)
def test_a_generated_client_sends_and_returns_the_exact_amount(amount: Decimal) -> None:
    sent: list[bytes] = []

    def service(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/authentication/login"):
            return httpx.Response(200, json={"token": "t-1"})
        sent.append(request.content)
        # what the provider would answer: the amount as it read it, as a JSON number
        amount_text = json.loads(request.content, parse_float=str, parse_int=str)["amount"]
        body = json.dumps({**PAYMENT_ANSWER, "amount": 0, "totalDebitAmount": 0})
        body = body.replace('"amount": 0', f'"amount": {amount_text}').replace(
            '"totalDebitAmount": 0', f'"totalDebitAmount": {amount_text}'
        )
        return httpx.Response(200, content=body.encode())

    client = settlego.connect(
        "ops@example.com",
        "key",
        base_url="https://settlego.test/api/v1",
        httpx_args={"transport": httpx.MockTransport(service)},
    )
    body = CreatePaymentRequest.from_dict(
        {
            "currency": "GBP",
            "amount": amount,
            "paymentDate": "2019-07-26",
            "beneficiaryId": "f26aa97f-bee5-47c2-bf46-2daacf55fafb",
            "paymentType": "standard",
            "reasonCode": "other",
            "reason": "invoice 42",
            "paymentReference": "REFERENCE-A001BC",
            "externalId": "order-1",
        }
    )
    assert body.amount == amount
    payment: Payment = create_payment.sync(client=client, body=body)
    assert b'"amount":' + format(amount, "f").encode() in sent[0]
    assert isinstance(payment.amount, Decimal)
    assert payment.amount == amount
    assert payment.total_debit_amount == amount
    assert payment.to_dict()["amount"] == amount


def test_a_generated_model_takes_an_int_or_a_float_from_json_as_a_decimal() -> None:
    answer = {**PAYMENT_ANSWER, "amount": 400, "totalDebitAmount": 400.5}
    payment = Payment.from_dict(answer)
    assert (payment.amount, payment.total_debit_amount) == (Decimal(400), Decimal("400.5"))
    assert isinstance(payment.amount, Decimal)


@pytest.mark.parametrize("amount", AMOUNTS)
def test_the_pydantic_models_keep_the_exact_amount(amount: Decimal) -> None:
    text = money.dumps({**PAYMENT_ANSWER, "amount": amount, "totalDebitAmount": amount})
    # pydantic's own JSON parser reads numbers as floats; corridor's codec does not
    payment = settlego_models.Payment.model_validate(money.loads(text))
    assert payment.amount == amount
    assert isinstance(payment.amount, Decimal)
    dumped = payment.model_dump(mode="python", by_alias=True)
    assert dumped["amount"] == amount
    assert money.loads(money.dumps(dumped))["amount"] == amount
