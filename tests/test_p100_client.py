"""corridor.p100.connect: every call carries the API key, every error answer raises P100Error."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from p100_client.api.partner_operations_balances_transaction_history import get_partner_balances
from p100_client.api.partner_operations_sepa_transfers import get_sepa_transfer_details
from p100_client.api.user_operations_crypto_withdrawal import get_network_fee
from p100_client.api.user_operations_virtual_cards import create_virtual_card, list_user_cards
from p100_client.models import GetNetworkFeeCurrency

from corridor import p100
from corridor.p100 import P100AuthenticationError, P100Error, codes
from corridor.spec import load_spec

SPEC = load_spec("p100")
BASE_URL = "https://partner-api-stage.test"
API_KEY = "stg_4f1c9d7e2b8a46c3a1e05d9b7c2f8e61"
BALANCES_EXAMPLE = SPEC["paths"]["/v1/partner/balances"]["get"]["responses"]["200"]["content"][
    "application/json"
]["examples"]["olderDocs"]["value"]

Handler = Callable[[httpx.Request], httpx.Response]


def connect(handler: Handler, **httpx_args: Any) -> p100.AuthenticatedClient:
    transport = httpx.MockTransport(handler)
    return p100.connect(
        API_KEY,
        base_url=BASE_URL,
        retries=p100.NO_RETRIES,
        httpx_args={"transport": transport, **httpx_args},
    )


def answering(response: httpx.Response) -> Handler:
    return lambda request: response


def fake_p100(seen: list[httpx.Request]) -> Handler:
    """Just enough of P100: the partner balances for the right key, "Access Denied" otherwise."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        key = request.headers.get("x-api-key")
        if not key:
            return httpx.Response(401, text="Access Denied. xo1")
        if key != API_KEY:
            return httpx.Response(401, text="Access Denied. xo2")
        return httpx.Response(200, json=BALANCES_EXAMPLE)

    return handle


# --- the API key ------------------------------------------------------------------------------


def test_every_call_sends_the_api_key_in_the_lower_case_x_api_key_header() -> None:
    seen: list[httpx.Request] = []
    client = connect(fake_p100(seen))
    balances = get_partner_balances.sync(client=client)
    get_partner_balances.sync(client=client)
    assert isinstance(balances, p100.client_models.Balances)
    assert len(seen) == 2
    for request in seen:
        # The FAQ insists on lower case, so check the name as written on the wire, and once.
        sent = [value for name, value in request.headers.raw if name.lower() == b"x-api-key"]
        assert sent == [API_KEY.encode()]
        assert "authorization" not in request.headers


def test_async_calls_send_the_api_key_too() -> None:
    seen: list[httpx.Request] = []
    client = connect(fake_p100(seen))
    balances = asyncio.run(get_partner_balances.asyncio(client=client))
    assert isinstance(balances, p100.client_models.Balances)
    assert seen[0].headers["x-api-key"] == API_KEY


@pytest.mark.parametrize("api_key", ["", "   "])
def test_an_empty_api_key_is_rejected_before_any_request(api_key: str) -> None:
    with pytest.raises(ValueError, match="api_key"):
        p100.connect(api_key, base_url=BASE_URL)


def test_the_api_key_never_appears_in_reprs_or_errors() -> None:
    client = connect(answering(httpx.Response(401, text="Access Denied. xo3")))
    with pytest.raises(P100Error) as raised:
        get_partner_balances.sync(client=client)
    auth = client.get_httpx_client().auth
    for text in (repr(client), repr(auth), str(raised.value), repr(raised.value)):
        assert API_KEY not in text


def test_the_callers_httpx_args_are_kept_alongside_the_key() -> None:
    hooked: list[str] = []
    client = connect(
        fake_p100([]), event_hooks={"request": [lambda request: hooked.append(request.url.path)]}
    )
    get_partner_balances.sync(client=client)
    assert hooked == ["/v1/partner/balances"]


# --- base URLs --------------------------------------------------------------------------------


def test_the_url_constants_are_the_specs_production_and_sandbox_servers() -> None:
    servers = {server["description"]: server["url"] for server in SPEC["servers"]}
    assert servers["Production"] == p100.PRODUCTION_URL
    assert servers["Sandbox"] == p100.SANDBOX_URL
    # the docs' name for the sandbox, kept for a while under every facade's name
    with pytest.warns(DeprecationWarning, match="use corridor.p100.SANDBOX_URL"):
        assert p100.STAGING_URL == p100.SANDBOX_URL


def test_connect_calls_the_sandbox_unless_told_otherwise() -> None:
    seen: list[httpx.Request] = []
    client = p100.connect(API_KEY, httpx_args={"transport": httpx.MockTransport(fake_p100(seen))})
    get_partner_balances.sync(client=client)
    assert str(seen[0].url) == f"{p100.SANDBOX_URL}/v1/partner/balances"


# --- errors -----------------------------------------------------------------------------------


def _resolve(item: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in item:
        name = item["$ref"].rsplit("/", 1)[1]
        resolved: dict[str, Any] = SPEC["components"]["responses"][name]
        return resolved
    return item


def _error_examples() -> Iterator[tuple[int, dict[str, Any]]]:
    """(HTTP status, body) for every JSON error example the spec gives an operation."""
    found: set[tuple[int, str]] = set()
    for path_item in SPEC["paths"].values():
        for operation in path_item.values():
            for status, response in operation["responses"].items():
                if not status.isdigit() or int(status) < 400:
                    continue
                content = _resolve(response).get("content", {}).get("application/json", {})
                for example in content.get("examples", {}).values():
                    key = (int(status), json.dumps(example["value"], sort_keys=True))
                    if "errorCode" in example["value"] and key not in found:
                        found.add(key)
                        yield int(status), example["value"]


ERROR_EXAMPLES = list(_error_examples())


@pytest.mark.parametrize(
    ("status", "body"), ERROR_EXAMPLES, ids=[f"{s}-{b['errorCode']}" for s, b in ERROR_EXAMPLES]
)
def test_each_documented_error_body_raises_p100_error_with_its_fields(
    status: int, body: dict[str, Any]
) -> None:
    client = connect(answering(httpx.Response(status, json=body)))
    with pytest.raises(P100Error) as raised:
        get_partner_balances.sync(client=client)
    error = raised.value
    assert error.status_code == status
    assert error.error_code == body["errorCode"]
    assert error.error_name == body.get("errorName")
    assert error.error_message == body.get("errorMessage")
    assert error.body == body
    assert body["errorCode"] in str(error)


def test_a_validation_error_has_code_p403_a_message_and_no_name() -> None:
    message = "currency must be one of the following values: btc, eth, usdt."
    client = connect(
        answering(httpx.Response(400, json={"errorCode": "P403", "errorMessage": message}))
    )
    with pytest.raises(P100Error) as raised:
        get_network_fee.sync(client=client, currency=GetNetworkFeeCurrency.BTC)
    assert raised.value.error_code == codes.VALIDATION_ERROR
    assert raised.value.error_name is None
    assert raised.value.error_message == message


def test_the_error_names_the_call_without_its_query_string() -> None:
    body = {"errorCode": "P410", "errorName": "invalid-currency"}
    client = connect(answering(httpx.Response(400, json=body)))
    with pytest.raises(P100Error) as raised:
        get_network_fee.sync(client=client, currency=GetNetworkFeeCurrency.DOGE)
    assert raised.value.method == "GET"
    assert raised.value.url == f"{BASE_URL}/v1/crypto-withdrawal/get-network-fee"
    assert raised.value.error_code == codes.INVALID_CURRENCY


def test_a_404_error_is_raised_like_any_other() -> None:
    body = {"errorCode": "P428", "errorName": "sepa-transfer-not-found"}
    client = connect(answering(httpx.Response(404, json=body)))
    with pytest.raises(P100Error) as raised:
        get_sepa_transfer_details.sync("45e69696", client=client)
    assert raised.value.status_code == 404
    assert raised.value.error_code == codes.SEPA_TRANSFER_NOT_FOUND
    assert raised.value.url == f"{BASE_URL}/v1/sepa-transfer/details/45e69696"


def _access_denied_texts() -> list[str]:
    content = SPEC["components"]["responses"]["Unauthorized"]["content"]["text/plain"]
    return [example["value"] for example in content["examples"].values()]


@pytest.mark.parametrize("text", _access_denied_texts())
def test_a_plain_text_access_denied_raises_access_denied_error(text: str) -> None:
    client = connect(
        answering(httpx.Response(401, text=text, headers={"Content-Type": "text/plain"}))
    )
    with pytest.raises(P100AuthenticationError) as raised:
        get_partner_balances.sync(client=client)
    error = raised.value
    assert isinstance(error, P100Error)
    assert error.status_code == 401
    assert error.error_message == text
    assert error.error_code is None
    assert error.error_name is None
    assert "Access Denied" in str(error)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Access Denied. xo1", codes.ACCESS_DENIED_KEY_MISSING),
        ("Access Denied. xo2", codes.ACCESS_DENIED_KEY_INCORRECT),
        ("Access Denied. xo3", codes.ACCESS_DENIED_IP_NOT_ALLOWED),
        ("Access Denied", None),
    ],
)
def test_access_denied_tells_which_check_failed(text: str, reason: str | None) -> None:
    client = connect(answering(httpx.Response(401, text=text)))
    with pytest.raises(P100AuthenticationError) as raised:
        get_partner_balances.sync(client=client)
    assert raised.value.reason == reason


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(401, json="Access Denied. xo2"),
        httpx.Response(401, json={"message": "Access Denied. xo2"}),
    ],
)
def test_a_json_access_denied_is_accepted_too(answer: httpx.Response) -> None:
    client = connect(answering(answer))
    with pytest.raises(P100AuthenticationError) as raised:
        get_partner_balances.sync(client=client)
    assert raised.value.reason == codes.ACCESS_DENIED_KEY_INCORRECT


def test_a_wrong_key_is_refused_with_access_denied() -> None:
    transport = httpx.MockTransport(fake_p100([]))
    client = p100.connect("wrong-key", base_url=BASE_URL, httpx_args={"transport": transport})
    with pytest.raises(P100AuthenticationError) as raised:
        get_partner_balances.sync(client=client)
    assert raised.value.reason == codes.ACCESS_DENIED_KEY_INCORRECT


def test_an_async_call_raises_p100_error_too() -> None:
    body = {"errorCode": "P501"}
    client = connect(answering(httpx.Response(400, json=body)))
    with pytest.raises(P100Error) as raised:
        asyncio.run(get_partner_balances.asyncio(client=client))
    assert raised.value.error_code == codes.SERVICE_TEMPORARILY_UNAVAILABLE


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(503, text="<html>module suspended</html>"),
        httpx.Response(403, json={"errorCode": "P999", "errorMessage": "Card module suspended"}),
    ],
)
def test_the_suspended_card_module_answers_with_a_p100_error(answer: httpx.Response) -> None:
    # The generated parser would read a non-JSON default answer as JSON and crash; the facade
    # raises P100Error before it runs, whatever the undocumented status and body.
    client = connect(answering(answer))
    body = p100.client_models.CreateVirtualCardRequest(
        external_user_id="bca65c48", label="Shopping", pin="1234"
    )
    with pytest.raises(P100Error) as raised:
        create_virtual_card.sync(client=client, body=body)
    assert raised.value.status_code == answer.status_code
    with pytest.raises(P100Error):
        list_user_cards.sync("bca65c48", client=client)


def test_an_undocumented_body_is_kept_as_the_message() -> None:
    client = connect(answering(httpx.Response(502, text="Bad Gateway")))
    with pytest.raises(P100Error) as raised:
        get_partner_balances.sync(client=client)
    assert raised.value.error_code is None
    assert raised.value.error_message == "Bad Gateway"


# --- code constants ---------------------------------------------------------------------------


def _spec_error_examples(node: Any) -> Iterator[dict[str, Any]]:
    """Every example value anywhere in the spec that is an error body."""
    if isinstance(node, dict):
        if "errorCode" in node and isinstance(node["errorCode"], str):
            yield node
        for value in node.values():
            yield from _spec_error_examples(value)
    elif isinstance(node, list):
        for value in node:
            yield from _spec_error_examples(value)


def _constants() -> dict[str, str]:
    return {
        name: value
        for name, value in vars(codes).items()
        if name.isupper() and isinstance(value, str) and value.startswith("P")
    }


def test_the_code_constants_are_exactly_the_codes_in_the_specs_examples() -> None:
    spec_codes = {example["errorCode"] for example in _spec_error_examples(SPEC)}
    assert set(_constants().values()) == spec_codes
    assert len(_constants()) == len(spec_codes)  # one constant per code, no aliases


def test_every_documented_code_has_a_name_and_it_matches_the_specs_error_name() -> None:
    assert set(codes.ERROR_NAMES) == set(_constants().values())
    for example in _spec_error_examples(SPEC):
        if "errorName" in example:
            assert codes.name_of(example["errorCode"]) == example["errorName"]


def test_the_constants_are_named_after_the_documented_names() -> None:
    assert codes.VALIDATION_ERROR == "P403"
    assert codes.INVALID_USER == "P412"
    assert codes.USER_SUSPENDED == "P455"
    assert codes.name_of(codes.VALIDATION_ERROR) == "Validation error"
    assert codes.name_of("P999") is None
