"""corridor.sfox.create_transfer: transfer_id is the idempotency key, kept across retries."""

from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from corridor import sfox
from corridor.sfox import (
    DuplicateTransferError,
    SFoxError,
    SFoxInputError,
    TransferOutcomeUnknownError,
)
from corridor.sfox.transfers import MAX_WAIT

BASE_URL = "https://sfox.test"
ENTERPRISE_KEY = "ent_0d9c8b7a6f5e4d3c2b1a05f0c2a8e9b7d41c3a6e2f1d0b9c8a7e6d5c4b3a2f1e"
TRANSFER_PATH = "/v1/enterprise/transfer"

# The docs' Create Transfer example request.
GIFT_CARD: dict[str, Any] = {
    "transfer_id": "7735757c-863e-4e07-9b84-af186424ebae",
    "user_id": "ClientAccount1",
    "type": "PAYMENT",
    "purpose": "GOOD",
    "description": "Gift card payment",
    "currency": "eth",
    "quantity": 0.1,
    "rate": 2000,
}
# The docs' 422 messages.
DUPLICATE = "A transaction with the same transfer_id already exists."
INSUFFICIENT_FUNDS = "Insufficient funds."

# One step of the fake's script, consumed one per Create Transfer request:
#   "connect"  the connection fails before sFOX sees the request (nothing is created)
#   "lost"     sFOX creates the transfer but the answer never arrives (read timeout)
#   an int     sFOX answers that status without creating anything
Step = str | int


@dataclass
class FakeTransfers:
    """sFOX's Create Transfer: refuses a transfer_id it has seen, and fails as scripted."""

    script: list[Step] = field(default_factory=list)
    transfers: dict[str, dict[str, Any]] = field(default_factory=dict)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    refusal: str | None = None  # a 422 message to answer every create with

    def handler(self, request: httpx.Request) -> httpx.Response:
        assert (request.method, request.url.path) == ("POST", TRANSFER_PATH)
        assert request.headers["Authorization"] == f"Bearer {ENTERPRISE_KEY}"
        body = json.loads(request.content)
        self.bodies.append(body)
        step = self.script.pop(0) if self.script else "ok"
        if step == "connect":
            raise httpx.ConnectError("connection refused", request=request)
        if isinstance(step, int):
            return httpx.Response(step, json={"error": "Internal server error"})
        if self.refusal is not None:
            return httpx.Response(422, json={"error": self.refusal})
        if body["transfer_id"] in self.transfers:
            return httpx.Response(422, json={"error": DUPLICATE})
        created = {
            **body,
            "transfer_status_code": "PENDING",
            "atx_id_charged": 1728524,
            "atx_id_credited": 1728525,
            "atx_status_charged": 1127,
            "atx_status_credited": 1127,
            "transfer_date": "2023-09-07T16:56:56.000Z",
        }
        self.transfers[body["transfer_id"]] = created
        if step == "lost":
            raise httpx.ReadTimeout("timed out", request=request)
        return httpx.Response(201, json={"data": created})

    def transfer_ids_sent(self) -> list[str]:
        return [body["transfer_id"] for body in self.bodies]


@pytest.fixture
def service() -> FakeTransfers:
    return FakeTransfers()


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every test records the waits between attempts instead of waiting."""
    waited: list[float] = []
    monkeypatch.setattr("corridor.sfox.transfers.time.sleep", waited.append)
    return waited


def partner(service: FakeTransfers) -> sfox.AuthenticatedClient:
    transport = httpx.MockTransport(service.handler)
    return sfox.enterprise_client(
        ENTERPRISE_KEY, base_url=BASE_URL, httpx_args={"transport": transport}
    )


def gift_card(**changes: Any) -> dict[str, Any]:
    """create_transfer's arguments for the docs' example, without its transfer_id."""
    arguments = {
        key: value for key, value in GIFT_CARD.items() if key not in ("transfer_id", "type")
    }
    return {**arguments, "type_": GIFT_CARD["type"], **changes}


def test_the_request_is_the_documented_create_transfer_body(service: FakeTransfers) -> None:
    sfox.create_transfer(partner(service), transfer_id=GIFT_CARD["transfer_id"], **gift_card())
    assert service.bodies == [GIFT_CARD]


def test_a_transfer_id_is_generated_when_the_caller_gives_none(service: FakeTransfers) -> None:
    transfer = sfox.create_transfer(partner(service), **gift_card())
    [sent] = service.transfer_ids_sent()
    assert uuid.UUID(sent).version == 4
    assert transfer.transfer_id == sent
    assert transfer.transfer_status_code == "PENDING"


def test_each_create_without_a_transfer_id_gets_a_new_one(service: FakeTransfers) -> None:
    client = partner(service)
    sfox.create_transfer(client, **gift_card())
    sfox.create_transfer(client, **gift_card())
    first, second = service.transfer_ids_sent()
    assert first != second
    assert len(service.transfers) == 2


def test_a_transfer_id_given_by_the_caller_is_kept(service: FakeTransfers) -> None:
    transfer = sfox.create_transfer(partner(service), transfer_id="order-42", **gift_card())
    assert service.transfer_ids_sent() == ["order-42"]
    assert transfer.transfer_id == "order-42"


@pytest.mark.parametrize("failure", ["connect", 500, 503, 429])
def test_a_failed_attempt_is_retried_with_the_same_transfer_id(
    service: FakeTransfers, failure: Step
) -> None:
    service.script = [failure]
    transfer = sfox.create_transfer(partner(service), **gift_card())
    first, second = service.transfer_ids_sent()
    assert first == second == transfer.transfer_id
    assert list(service.transfers) == [transfer.transfer_id]


def test_a_caller_given_transfer_id_is_kept_across_a_retry(service: FakeTransfers) -> None:
    service.script = [503]
    sfox.create_transfer(partner(service), transfer_id="order-42", **gift_card())
    assert service.transfer_ids_sent() == ["order-42", "order-42"]


def test_a_create_whose_answer_was_lost_is_never_made_twice(service: FakeTransfers) -> None:
    service.script = ["lost"]
    with pytest.raises(DuplicateTransferError) as raised:
        sfox.create_transfer(partner(service), **gift_card())
    duplicate = raised.value
    first, second = service.transfer_ids_sent()
    assert first == second == duplicate.transfer_id
    assert list(service.transfers) == [duplicate.transfer_id]
    assert duplicate.after_retry
    assert (duplicate.status_code, duplicate.error) == (422, DUPLICATE)
    assert "nothing was created twice" in str(duplicate)


def test_reusing_a_transfer_id_is_a_duplicate_without_any_retry(
    service: FakeTransfers, sleeps: list[float]
) -> None:
    client = partner(service)
    sfox.create_transfer(client, transfer_id="order-42", **gift_card())
    with pytest.raises(DuplicateTransferError) as raised:
        sfox.create_transfer(client, transfer_id="order-42", **gift_card())
    assert not raised.value.after_retry
    assert "already used" in str(raised.value)
    assert service.transfer_ids_sent() == ["order-42", "order-42"]
    assert sleeps == []


def test_other_refusals_raise_sfox_error_without_a_retry(service: FakeTransfers) -> None:
    service.refusal = INSUFFICIENT_FUNDS
    with pytest.raises(SFoxError) as raised:
        sfox.create_transfer(partner(service), **gift_card())
    assert not isinstance(raised.value, DuplicateTransferError)
    assert (raised.value.status_code, raised.value.error) == (422, INSUFFICIENT_FUNDS)
    assert len(service.bodies) == 1


def test_when_every_attempt_fails_the_outcome_is_unknown_and_names_the_transfer_id(
    service: FakeTransfers,
) -> None:
    service.script = [503, "connect", 500]
    with pytest.raises(TransferOutcomeUnknownError) as raised:
        sfox.create_transfer(partner(service), retries=2, **gift_card())
    sent = service.transfer_ids_sent()
    assert sent == [raised.value.transfer_id] * 3
    assert raised.value.attempts == 3
    assert isinstance(raised.value.__cause__, SFoxError)
    assert raised.value.__cause__.status_code == 500
    assert raised.value.transfer_id in str(raised.value)


def test_retries_zero_sends_one_request(service: FakeTransfers) -> None:
    service.script = ["connect"]
    with pytest.raises(TransferOutcomeUnknownError) as raised:
        sfox.create_transfer(partner(service), retries=0, **gift_card())
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    assert len(service.bodies) == 1


def test_retries_wait_for_retry_after_up_to_max_wait_else_back_off_exponentially(
    service: FakeTransfers, sleeps: list[float]
) -> None:
    answers = iter(
        [
            httpx.Response(429, json={"error": "rate limited"}, headers={"Retry-After": "10"}),
            httpx.Response(503, json={"error": "maintenance"}),
            httpx.Response(429, json={"error": "rate limited"}, headers={"Retry-After": "3600"}),
            httpx.Response(503, json={"error": "maintenance"}),
        ]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        scripted = next(answers, None)
        return service.handler(request) if scripted is None else scripted

    transport = httpx.MockTransport(handler)
    client = sfox.enterprise_client(
        ENTERPRISE_KEY, base_url=BASE_URL, httpx_args={"transport": transport}
    )
    sfox.create_transfer(client, retries=4, backoff=0.25, **gift_card())
    assert sleeps == [10.0, 0.5, MAX_WAIT, 2.0]


def test_async_create_retries_with_the_same_transfer_id(service: FakeTransfers) -> None:
    service.script = [503, "lost"]
    client = partner(service)

    async def scenario() -> None:
        with pytest.raises(DuplicateTransferError) as raised:
            await sfox.create_transfer_async(client, backoff=0, **gift_card())
        assert raised.value.after_retry

    asyncio.run(scenario())
    first, second, third = service.transfer_ids_sent()
    assert first == second == third
    assert len(service.transfers) == 1


@pytest.mark.parametrize(
    ("changes", "field_name"),
    [
        ({"type_": "REFUND"}, "type_"),
        ({"purpose": "GIFT"}, "purpose"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": float("nan")}, "quantity"),
        ({"quantity": "0.1"}, "quantity"),
        ({"rate": -1}, "rate"),
        ({"user_id": ""}, "user_id"),
        ({"currency": " "}, "currency"),
        ({"description": None}, "description"),
        ({"transfer_id": ""}, "transfer_id"),
        ({"retries": -1}, "retries"),
        ({"backoff": float("inf")}, "backoff"),
    ],
)
def test_bad_input_is_refused_naming_the_field_before_anything_is_sent(
    service: FakeTransfers, changes: dict[str, Any], field_name: str
) -> None:
    with pytest.raises(SFoxInputError) as raised:
        sfox.create_transfer(partner(service), **gift_card(**changes))
    assert raised.value.field == field_name
    assert service.bodies == []


def test_a_user_client_is_refused_because_transfers_need_the_enterprise_key() -> None:
    user = sfox.user_client_from_token("a" * 64, base_url=BASE_URL)
    with pytest.raises(SFoxInputError) as raised:
        sfox.create_transfer(user, **gift_card())
    assert raised.value.field == "client"


def test_a_client_made_elsewhere_still_gets_sfox_error_and_the_duplicate_rule(
    service: FakeTransfers,
) -> None:
    service.script = ["lost"]
    plain = sfox.AuthenticatedClient(
        base_url=BASE_URL,
        token=ENTERPRISE_KEY,
        httpx_args={"transport": httpx.MockTransport(service.handler)},
    )
    with pytest.raises(DuplicateTransferError) as raised:
        sfox.create_transfer(plain, **gift_card())
    assert raised.value.url == BASE_URL + TRANSFER_PATH
    assert len(service.transfers) == 1
