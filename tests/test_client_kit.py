"""The client kit every facade shares: per-call copies, transport failures, retries, paging.

Run through the SettleGo and Sentbe facades against small fakes; the kit itself names no
provider, so what holds here holds for all four (tests/test_reliable_creates.py runs each).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sentbe_client.api.users import list_users
from settlego_client.api.currency_accounts import get_currency_account
from settlego_client.api.linked_clients import create_linked_client
from settlego_client.api.payments import create_payment, list_payments
from settlego_client.models import CreateLinkedClientRequest, CreatePaymentRequest

from corridor import sentbe, settlego
from corridor.errors import (
    InputError,
    OutcomeUnknownError,
    RateLimitError,
    TransportError,
)
from corridor.spec import load_spec
from tests.provider_fakes import ScriptedSettleGo

BASE_URL = "https://settlego.test/api/v1"
FAST = settlego.Retries(attempts=3, initial=0, maximum=0, jitter=0)


def refuse_connection(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def time_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def connect(
    service: ScriptedSettleGo, retries: settlego.Retries = FAST
) -> settlego.AuthenticatedClient:
    return settlego.connect(
        "ops@example.com",
        "key",
        base_url=BASE_URL,
        retries=retries,
        httpx_args={"transport": httpx.MockTransport(service.handler)},
    )


# ------------------------------------------------------------------ per-call options


def test_with_options_leaves_the_shared_client_exactly_as_it_was() -> None:
    service = ScriptedSettleGo()
    shared = connect(service)
    get_currency_account.sync("GBP", client=shared)  # the shared httpx client exists now
    copy = settlego.with_options(
        shared, headers={"X-Request-Id": "r-1"}, timeout=2.5, retries=settlego.NO_RETRIES
    )
    get_currency_account.sync("GBP", client=copy)
    get_currency_account.sync("GBP", client=shared)
    first, second, third = service.calls
    assert "X-Request-Id" not in first.headers and "X-Request-Id" not in third.headers
    assert second.headers["X-Request-Id"] == "r-1"
    assert second.extensions["timeout"]["read"] == 2.5
    assert third.extensions["timeout"]["read"] == 30.0
    assert "X-Request-Id" not in shared.get_httpx_client().headers
    assert service.logins == 1, "the copy shares the session: no second login"


def test_per_call_retries_replace_the_clients_own() -> None:
    service = ScriptedSettleGo(script=[refuse_connection, refuse_connection])
    shared = connect(service)
    with pytest.raises(TransportError):
        get_currency_account.sync(
            "GBP", client=settlego.with_options(shared, retries=settlego.NO_RETRIES)
        )
    assert len(service.calls) == 1
    service.script = [refuse_connection, refuse_connection]
    assert get_currency_account.sync("GBP", client=shared).currency == "GBP"
    assert len(service.calls) == 4  # the shared client still tries three times


def test_the_generated_with_headers_and_with_timeout_copy_instead_of_changing() -> None:
    service = ScriptedSettleGo()
    shared = connect(service)
    get_currency_account.sync("GBP", client=shared)
    copy = shared.with_headers({"X-Trace": "t"}).with_timeout(httpx.Timeout(1.0))
    get_currency_account.sync("GBP", client=copy)
    get_currency_account.sync("GBP", client=shared)
    assert "X-Trace" not in service.calls[2].headers
    assert service.calls[2].extensions["timeout"]["read"] == 30.0
    assert service.calls[1].headers["X-Trace"] == "t"


def payment_body(**changes: Any) -> CreatePaymentRequest:
    return CreatePaymentRequest.from_dict(
        {
            "currency": "GBP",
            "amount": 400,
            "paymentDate": "2019-07-26",
            "beneficiaryId": "f26aa97f-bee5-47c2-bf46-2daacf55fafb",
            "paymentType": "standard",
            "reasonCode": "other",
            "reason": "invoice 42",
            "paymentReference": "REFERENCE-A001BC",
            **changes,
        }
    )


def test_an_idempotency_key_becomes_the_creates_external_id() -> None:
    service = ScriptedSettleGo(
        script=[lambda request: httpx.Response(500, json={"message": "boom"})]
    )
    client = settlego.with_options(connect(service), idempotency_key="order-42")
    with pytest.raises(OutcomeUnknownError) as raised:
        create_payment.sync(client=client, body=payment_body())
    assert json.loads(service.calls[0].content)["externalId"] == "order-42"
    assert raised.value.handle == "order-42"
    assert "GET /payments/external/order-42" in str(raised.value)


def test_an_idempotency_key_that_contradicts_the_body_is_refused_before_sending() -> None:
    service = ScriptedSettleGo()
    client = settlego.with_options(connect(service), idempotency_key="order-42")
    with pytest.raises(InputError) as raised:
        create_payment.sync(client=client, body=payment_body(externalId="order-41"))
    assert raised.value.field == "idempotency_key"
    assert service.calls == []


@pytest.mark.parametrize(
    ("options", "field_name"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": float("inf")}, "timeout"),
        ({"retries": 3}, "retries"),
        ({"headers": {"X-Bad": "line\nbreak"}}, "headers"),
        ({"idempotency_key": " "}, "idempotency_key"),
    ],
)
def test_bad_options_are_refused_naming_the_field(options: dict[str, Any], field_name: str) -> None:
    with pytest.raises(InputError) as raised:
        settlego.with_options(connect(ScriptedSettleGo()), **options)
    assert raised.value.field == field_name


@pytest.mark.parametrize(
    ("policy", "field_name"),
    [
        ({"attempts": 0}, "attempts"),
        ({"initial": -1}, "initial"),
        ({"jitter": float("nan")}, "jitter"),
    ],
)
def test_a_bad_retry_policy_is_refused_naming_the_field(
    policy: dict[str, Any], field_name: str
) -> None:
    with pytest.raises(InputError) as raised:
        settlego.Retries(**policy)
    assert raised.value.field == field_name


# ------------------------------------------------------------------ transport failures


def test_a_read_that_never_connects_is_retried_then_a_transport_error() -> None:
    service = ScriptedSettleGo(script=[refuse_connection] * 3)
    with pytest.raises(TransportError) as raised:
        get_currency_account.sync("GBP", client=connect(service))
    assert (raised.value.kind, raised.value.may_have_been_processed) == ("connect", False)
    assert raised.value.attempts == 3 and len(service.calls) == 3
    assert not isinstance(raised.value, httpx.HTTPError)


def test_a_read_that_times_out_says_it_may_have_been_processed() -> None:
    service = ScriptedSettleGo(script=[time_out] * 3)
    with pytest.raises(TransportError) as raised:
        get_currency_account.sync("GBP", client=connect(service))
    assert (raised.value.kind, raised.value.may_have_been_processed) == ("timeout", True)


def test_a_create_without_a_handle_is_not_retried_once_it_may_have_arrived() -> None:
    service = ScriptedSettleGo(script=[time_out])
    body = CreateLinkedClientRequest.from_dict(
        {"email": "a@example.com", "primaryPhoneCountry": "GB", "primaryPhoneNumber": "7700900"}
    )
    with pytest.raises(OutcomeUnknownError) as raised:
        create_linked_client.sync(client=connect(service), body=body)
    assert len(service.calls) == 1
    assert raised.value.handle is None
    assert "listLinkedClients" in str(raised.value)
    assert isinstance(raised.value.cause, TransportError)


def test_a_create_without_a_handle_is_retried_when_it_never_arrived() -> None:
    content = load_spec("settlego")["paths"]["/clients"]["post"]["responses"]["200"]["content"]
    created = next(iter(content["application/json"]["examples"].values()))["value"]
    service = ScriptedSettleGo(
        script=[refuse_connection, lambda request: httpx.Response(200, json=created)]
    )
    body = CreateLinkedClientRequest.from_dict(
        {"email": "a@example.com", "primaryPhoneCountry": "GB", "primaryPhoneNumber": "7700900"}
    )
    linked = create_linked_client.sync(client=connect(service), body=body)
    assert len(service.calls) == 2
    assert linked.id == created["id"]


def test_429_is_retried_after_retry_after_and_then_a_rate_limit_error() -> None:
    waits: list[float] = []
    limited = [
        lambda request: httpx.Response(
            429, json={"message": "slow down"}, headers={"Retry-After": "7"}
        )
    ] * 2
    service = ScriptedSettleGo(script=limited)
    policy = settlego.Retries(attempts=2, initial=0, maximum=0, jitter=0)
    client = connect(service, retries=policy)
    import tenacity.nap

    original = tenacity.nap.time.sleep
    tenacity.nap.time.sleep = waits.append  # type: ignore[assignment]
    try:
        with pytest.raises(RateLimitError) as raised:
            get_currency_account.sync("GBP", client=client)
    finally:
        tenacity.nap.time.sleep = original
    assert isinstance(raised.value, settlego.SettleGoRateLimitError)
    assert raised.value.retry_after == 7.0
    assert waits == [7.0]


def test_async_calls_get_the_same_retries_and_errors() -> None:
    async def scenario() -> None:
        service = ScriptedSettleGo(script=[refuse_connection, refuse_connection])
        client = await settlego.connect_async(
            "ops@example.com",
            "key",
            base_url=BASE_URL,
            retries=FAST,
            httpx_args={"transport": httpx.MockTransport(service.handler)},
        )
        account = await get_currency_account.asyncio("GBP", client=client)
        assert account.currency == "GBP"
        assert len(service.calls) == 3
        service.script = [refuse_connection] * 3
        with pytest.raises(TransportError):
            await get_currency_account.asyncio("GBP", client=client)

    asyncio.run(scenario())


# ------------------------------------------------------------------ pagination


def _example(spec: str, path: str) -> Any:
    content = load_spec(spec)["paths"][path]["get"]["responses"]["200"]["content"]
    return next(iter(content["application/json"]["examples"].values()))["value"]


PAYMENT_ITEM = _example("settlego", "/payments")["paymentList"][0]
SENTBE_USER = _example("sentbe", "/inbound/users")["data"]


def settlego_page(number: int, pages: int, size: int) -> dict[str, Any]:
    items = [{**PAYMENT_ITEM, "id": f"p-{number}-{i}"} for i in range(size)]
    return {
        "pagination": {
            "totalEntryCount": pages * size,
            "totalPageCount": pages,
            "currentPage": number,
            "maximumPageSize": size,
            "currentPageSize": size,
            "previousPage": number - 1,
            "nextPage": number + 1 if number < pages else 0,
        },
        "paymentList": items,
    }


def test_iterate_follows_next_page_until_it_is_zero_fetching_each_page_when_needed() -> None:
    service = ScriptedSettleGo()
    service.script = [
        lambda request: httpx.Response(
            200,
            json=settlego_page(
                int(request.url.params["pageNumber"]), 3, int(request.url.params["pageSize"])
            ),
        )
    ] * 3
    items = list_payments.iterate(client=connect(service), currency="GBP", page_size=2)
    first = next(items)
    assert first.id == "p-1-0" and len(service.calls) == 1, "one page fetched, not all"
    rest = [item.id for item in items]
    assert rest == ["p-1-1", "p-2-0", "p-2-1", "p-3-0", "p-3-1"]
    assert [call.url.params["pageNumber"] for call in service.calls] == ["1", "2", "3"]
    assert all(call.url.params["currency"] == "GBP" for call in service.calls)


def test_a_provider_that_ignores_the_page_number_cannot_make_iterate_endless() -> None:
    service = ScriptedSettleGo()
    service.script = [lambda request: httpx.Response(200, json=settlego_page(1, 9, 2))] * 9
    ids = [item.id for item in list_payments.iterate(client=connect(service))]
    assert ids == ["p-1-0", "p-1-1"]
    assert len(service.calls) == 2


@dataclass
class FakeSentbeUsers:
    """listUsers: five users a page ("offset: 5", docs/sentbe/api/_user_info.md), page in
    the SIGNATURE parameters."""

    total: int
    pages_asked: list[Any] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        parameters = sentbe.decrypt(request.headers["SIGNATURE"], "sk-1")
        page = int(parameters["page"])
        self.pages_asked.append(parameters["page"])
        users = [
            {**SENTBE_USER, "id": n}
            for n in range((page - 1) * 5 + 1, min(page * 5, self.total) + 1)
        ]
        return httpx.Response(200, json={"result": True, "data": users})


def test_sentbe_pages_travel_in_the_signed_parameters_until_a_page_is_empty() -> None:
    service = FakeSentbeUsers(total=12)
    client = sentbe.connect(
        "partner-1",
        "AKID-1",
        "sk-1",
        base_url="https://sentbe.test",
        httpx_args={"transport": httpx.MockTransport(service.handler)},
    )
    ids = [user.id for user in list_users.iterate(client=client)]
    assert ids == list(range(1, 13))
    assert service.pages_asked == [1, 2, 3, 4]

    async def collect() -> list[Any]:
        return [user.id async for user in list_users.aiterate(client=client)]

    assert asyncio.run(collect()) == list(range(1, 13))
