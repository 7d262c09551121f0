"""corridor.sentbe.connect: requests carry Sentbe's headers and SIGNATURE; failures raise."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sentbe_client.api.banks import list_banks
from sentbe_client.api.transfers import create_transfer, get_transfer, list_transfers

from corridor import sentbe
from corridor.errors import InputError
from corridor.sentbe import SentbeAuthenticationError, SentbeError
from corridor.sentbe.errors import ERROR_MEANINGS
from corridor.spec import load_spec

BASE_URL = "https://sentbe.test"
PARTNER_ID = "partner-7"
ACCESS_ID = "AKID-1c0ffee"
SECRET_KEY = "sk-9f8e7d6c5b4a"

SPEC = load_spec("sentbe")
ERROR_EXAMPLES: dict[str, dict[str, Any]] = {
    code: example["value"]
    for code, example in SPEC["components"]["responses"]["Error"]["content"]["application/json"][
        "examples"
    ].items()
}

TRANSFER_PARAMETERS = {
    "user_id": "47",
    "recipient_id": "10",
    "external_id": "23",
    "transfer_info": {"send_amount": "1000000", "send_amount_currency": "KRW"},
    "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
}
TRANSFER = {
    "transfer_info": {
        "user_id": 47,
        "recipient_id": 10,
        "transfer_id": 23,
        "sender_country": "KR",
        "receive_amount": 1000000.0,
        "receive_amount_currency": "KRW",
        "status": "Processing",
        "created_at": "2018-05-14T13:23:09.000+09:00",
    },
    "billing_info": [
        {"amount": 1000000.0, "currency": "KRW", "desc": "transfer"},
        {"amount": 2.5, "currency": "USD", "desc": "distribution cost"},
    ],
}
# What goes out: the docs' string amount as the whole number the docs' notice asks for (the
# client holds every amount as a Decimal and writes it as a JSON number).
SENT_PARAMETERS = {
    **TRANSFER_PARAMETERS,
    "transfer_info": {"send_amount": 1000000, "send_amount_currency": "KRW"},
}
BANKS = {"10316": {"label": "새마을은행"}, "10307": {"label": "IBK기업"}}


@dataclass
class FakeSentbe:
    """Sentbe as the docs describe it: reads headers only, answers plain JSON."""

    requests: list[httpx.Request] = field(default_factory=list)
    answer: httpx.Response | None = None  # a canned answer, e.g. an error

    def parameters(self, index: int = -1) -> Any:
        return sentbe.decrypt(self.requests[index].headers["SIGNATURE"], SECRET_KEY)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.answer is not None:
            return self.answer
        if request.headers.get("KEY") != ACCESS_ID:
            return httpx.Response(200, json=ERROR_EXAMPLES["E0001"])
        route = (request.method, request.url.path)
        if route == ("POST", "/inbound/transfers"):
            return httpx.Response(200, json={"result": True, "data": TRANSFER})
        if route == ("GET", "/inbound/transfers"):
            return httpx.Response(200, json={"result": True, "data": [TRANSFER]})
        if route == ("GET", "/inbound/transfers/23"):
            return httpx.Response(200, json={"result": True, "data": TRANSFER})
        if route == ("GET", "/inbound/banks"):
            return httpx.Response(200, json={"result": True, "data": BANKS})
        return httpx.Response(404, text="Not Found")


@pytest.fixture
def service() -> FakeSentbe:
    return FakeSentbe()


@pytest.fixture
def client(service: FakeSentbe) -> sentbe.AuthenticatedClient:
    transport = httpx.MockTransport(service.handler)
    return sentbe.connect(
        PARTNER_ID,
        ACCESS_ID,
        SECRET_KEY,
        base_url=BASE_URL,
        retries=sentbe.NO_RETRIES,
        httpx_args={"transport": transport},
    )


def create_a_transfer(client: sentbe.AuthenticatedClient) -> Any:
    body = sentbe.client_models.CreateTransferParameters.from_dict(TRANSFER_PARAMETERS)
    return create_transfer.sync(client=client, body=body)


# ---- the wire ----


def test_a_call_with_parameters_sends_them_encrypted_in_signature_and_no_body(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    answer = create_a_transfer(client)
    [request] = service.requests
    assert request.method == "POST"
    assert request.headers["PARTNER-ID"] == PARTNER_ID
    assert request.headers["KEY"] == ACCESS_ID
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert service.parameters() == SENT_PARAMETERS
    assert request.content == b""
    assert request.headers["Content-Length"] == "0"  # an empty POST says so (RFC 9110)
    assert isinstance(answer, sentbe.client_models.TransferResponse)
    assert answer.data.transfer_info.transfer_id == 23


def test_a_get_with_parameters_carries_them_in_signature_with_no_body_at_all(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    body = sentbe.client_models.ListTransfersParameters(page="2")
    list_transfers.sync(client=client, body=body)
    [request] = service.requests
    assert request.method == "GET"
    assert service.parameters() == {"page": "2"}
    assert request.content == b""
    assert "Content-Length" not in request.headers
    assert "Transfer-Encoding" not in request.headers


@pytest.mark.parametrize(
    "call",
    [
        lambda client: list_banks.sync(client=client),
        lambda client: get_transfer.sync(23, client=client),
        lambda client: list_transfers.sync(client=client),
        lambda client: list_transfers.sync(
            client=client, body=sentbe.client_models.ListTransfersParameters()
        ),
    ],
    ids=["no-parameters", "path-parameter-only", "optional-parameters-left-out", "empty-object"],
)
def test_a_call_without_parameters_carries_no_signature(
    call: Any, client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    call(client)
    [request] = service.requests
    assert "SIGNATURE" not in request.headers
    assert request.headers["PARTNER-ID"] == PARTNER_ID
    assert request.headers["KEY"] == ACCESS_ID
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert request.content == b""


def test_each_request_is_encrypted_with_a_fresh_salt(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    create_a_transfer(client)
    create_a_transfer(client)
    first, second = (json.loads(request.headers["SIGNATURE"]) for request in service.requests)
    assert first["s"] != second["s"]
    assert service.parameters(0) == service.parameters(1) == SENT_PARAMETERS


def test_the_answer_is_read_as_plain_json(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    banks = list_banks.sync(client=client)
    assert isinstance(banks, sentbe.client_models.BankListResponse)
    assert banks.data["10316"].label == "새마을은행"


def test_async_calls_are_signed_alike(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    body = sentbe.client_models.CreateTransferParameters.from_dict(TRANSFER_PARAMETERS)
    answer = asyncio.run(create_transfer.asyncio(client=client, body=body))
    assert isinstance(answer, sentbe.client_models.TransferResponse)
    [request] = service.requests
    assert request.headers["KEY"] == ACCESS_ID
    assert service.parameters() == SENT_PARAMETERS
    assert request.content == b""


def test_the_auth_also_signs_a_plain_httpx_request() -> None:
    auth = sentbe.SentbeAuth(PARTNER_ID, ACCESS_ID, SECRET_KEY)
    request = httpx.Request("POST", f"{BASE_URL}/inbound/check_commission", json={"a": 1})
    signed = auth.sign(request)
    assert sentbe.decrypt(signed.headers["SIGNATURE"], SECRET_KEY) == {"a": 1}
    assert signed.content == b""


def test_a_body_that_is_not_a_json_object_is_refused_before_sending() -> None:
    auth = sentbe.SentbeAuth(PARTNER_ID, ACCESS_ID, SECRET_KEY)
    with pytest.raises(ValueError, match="JSON object"):
        auth.sign(httpx.Request("POST", BASE_URL, content=b"page=2"))
    with pytest.raises(ValueError, match="JSON object"):
        auth.sign(httpx.Request("POST", BASE_URL, json=[1, 2]))


# ---- failures ----


@pytest.mark.parametrize("code", sorted(ERROR_EXAMPLES))
def test_every_documented_error_code_raises_with_its_code_and_message_even_with_http_200(
    code: str, client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    example = ERROR_EXAMPLES[code]
    service.answer = httpx.Response(200, json=example)
    with pytest.raises(SentbeError) as raised:
        create_a_transfer(client)
    error = raised.value
    assert error.error_code == code
    assert error.message == example["errors"][0]["message"]
    assert error.meaning == ERROR_MEANINGS[code]
    assert error.status_code == 200
    assert error.method == "POST"
    assert error.url == f"{BASE_URL}/inbound/transfers"
    assert code in str(error)


def test_the_error_table_covers_exactly_the_specs_error_codes() -> None:
    codes = SPEC["components"]["schemas"]["ErrorCode"]["enum"]
    assert sorted(ERROR_MEANINGS) == sorted(codes) == sorted(ERROR_EXAMPLES)
    for code, example in ERROR_EXAMPLES.items():
        if code != "E0002":  # its example pairs the code with another message (spec discrepancy)
            assert example["errors"][0]["message"] == ERROR_MEANINGS[code]


@pytest.mark.parametrize("code", ["E0001", "E0003", "E0004"])
def test_credential_header_and_signature_refusals_are_authentication_errors(
    code: str, client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    service.answer = httpx.Response(401, json=ERROR_EXAMPLES[code])
    with pytest.raises(SentbeAuthenticationError) as raised:
        list_banks.sync(client=client)
    assert raised.value.status_code == 401


def test_a_business_refusal_is_not_an_authentication_error(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    service.answer = httpx.Response(422, json=ERROR_EXAMPLES["E0014"])
    with pytest.raises(SentbeError) as raised:
        create_a_transfer(client)
    assert not isinstance(raised.value, SentbeAuthenticationError)
    assert raised.value.error_code == "E0014"
    assert raised.value.status_code == 422


def test_every_error_sentbe_lists_is_kept(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    errors = [
        {"message": "Need more required parameter", "error_code": "E0005"},
        {"message": "Invalid country code", "error_code": "E0011"},
    ]
    service.answer = httpx.Response(200, json={"result": False, "errors": errors})
    with pytest.raises(SentbeError) as raised:
        create_a_transfer(client)
    assert [(e.error_code, e.message) for e in raised.value.errors] == [
        ("E0005", "Need more required parameter"),
        ("E0011", "Invalid country code"),
    ]
    assert raised.value.error_code == "E0005"


def test_a_non_2xx_answer_that_is_not_json_raises_with_its_status_and_text(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    service.answer = httpx.Response(502, text="<html>Bad Gateway</html>")
    with pytest.raises(SentbeError) as raised:
        list_banks.sync(client=client)
    assert raised.value.status_code == 502
    assert raised.value.error_code is None
    assert "Bad Gateway" in raised.value.message


def test_a_2xx_answer_that_is_not_json_raises_instead_of_failing_to_parse(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    service.answer = httpx.Response(200, text="maintenance")
    with pytest.raises(SentbeError, match="not JSON: maintenance") as raised:
        list_banks.sync(client=client)
    assert raised.value.status_code == 200


def test_a_non_2xx_json_answer_without_errors_still_raises(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    service.answer = httpx.Response(500, json={"status": "down"})
    with pytest.raises(SentbeError) as raised:
        list_banks.sync(client=client)
    assert raised.value.status_code == 500
    assert raised.value.error_code is None
    assert "down" in raised.value.message


def test_result_false_without_an_errors_list_raises(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    service.answer = httpx.Response(200, json={"result": False})
    with pytest.raises(SentbeError, match="no errors list"):
        list_banks.sync(client=client)


def test_async_failures_raise_too(client: sentbe.AuthenticatedClient, service: FakeSentbe) -> None:
    service.answer = httpx.Response(200, json=ERROR_EXAMPLES["E0002"])
    with pytest.raises(SentbeError) as raised:
        asyncio.run(get_transfer.asyncio(999, client=client))
    assert raised.value.error_code == "E0002"


def test_wrong_credentials_are_refused_by_the_service() -> None:
    service = FakeSentbe()
    client = sentbe.connect(
        PARTNER_ID,
        "not-the-access-id",
        SECRET_KEY,
        base_url=BASE_URL,
        httpx_args={"transport": httpx.MockTransport(service.handler)},
    )
    with pytest.raises(SentbeAuthenticationError) as raised:
        list_banks.sync(client=client)
    assert raised.value.error_code == "E0001"


# ---- secrets and arguments ----


def test_secrets_appear_in_no_repr_and_no_error_message(
    client: sentbe.AuthenticatedClient, service: FakeSentbe
) -> None:
    service.answer = httpx.Response(200, json=ERROR_EXAMPLES["E0004"])
    with pytest.raises(SentbeError) as raised:
        create_a_transfer(client)
    shown = [repr(client), repr(client.get_httpx_client().auth), str(raised.value)]
    for text in shown:
        assert ACCESS_ID not in text
        assert SECRET_KEY not in text
    assert PARTNER_ID in repr(client.get_httpx_client().auth)


@pytest.mark.parametrize(
    ("arguments", "field_name"),
    [
        (("", ACCESS_ID, SECRET_KEY, BASE_URL), "partner_id"),
        ((PARTNER_ID, "", SECRET_KEY, BASE_URL), "access_id"),
        ((PARTNER_ID, "id\r\nX-Injected: 1", SECRET_KEY, BASE_URL), "access_id"),
        ((PARTNER_ID, ACCESS_ID, "", BASE_URL), "secret_key"),
        ((PARTNER_ID, ACCESS_ID, "sk-\udc80", BASE_URL), "secret_key"),  # not Unicode text
        ((PARTNER_ID, ACCESS_ID, SECRET_KEY, ""), "base_url"),
    ],
)
def test_connect_refuses_missing_or_unsendable_credentials_naming_the_field(
    arguments: tuple[str, str, str, str], field_name: str
) -> None:
    *credentials, base_url = arguments
    with pytest.raises(InputError) as raised:
        sentbe.connect(*credentials, base_url=base_url)
    assert raised.value.field == field_name
    assert SECRET_KEY not in str(raised.value)
