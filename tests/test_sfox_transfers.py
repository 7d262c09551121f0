"""corridor.sfox.create_transfer: transfer_id is the idempotency key, kept across retries.

The rule: docs/sfox/transfers/create-transfer.md (transfer_id "used for idempotency"; a
second request with a used one is refused with 422 "A transaction with the same transfer_id
already exists.").
"""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest

from corridor import sfox
from corridor.errors import InputError, OutcomeUnknownError, TransportError
from corridor.sfox import SFoxDuplicateError, SFoxError
from tests.provider_fakes import ENTERPRISE_KEY, FakeSFox, Step

# No waiting between attempts in these tests; the waits themselves are tested once below.
FAST = sfox.Retries(attempts=3, initial=0, maximum=0, jitter=0)

BASE_URL = "https://sfox.test"

# The docs' Create Transfer example request.
GIFT_CARD: dict[str, Any] = {
    "transfer_id": "7735757c-863e-4e07-9b84-af186424ebae",
    "user_id": "ClientAccount1",
    "type": "PAYMENT",
    "purpose": "GOOD",
    "description": "Gift card payment",
    "currency": "eth",
    "quantity": Decimal("0.1"),
    "rate": 2000,
}
# The docs' 422 message for a user short of funds.
INSUFFICIENT_FUNDS = "Insufficient funds."


@pytest.fixture
def service() -> FakeSFox:
    return FakeSFox()


def partner(service: FakeSFox, retries: sfox.Retries = FAST) -> sfox.AuthenticatedClient:
    transport = httpx.MockTransport(service.handler)
    return sfox.connect(
        ENTERPRISE_KEY, base_url=BASE_URL, retries=retries, httpx_args={"transport": transport}
    )


def gift_card(**changes: Any) -> dict[str, Any]:
    """create_transfer's arguments for the docs' example, without its transfer_id."""
    arguments = {
        key: value for key, value in GIFT_CARD.items() if key not in ("transfer_id", "type")
    }
    return {**arguments, "type_": GIFT_CARD["type"], **changes}


def test_the_request_is_the_documented_create_transfer_body(service: FakeSFox) -> None:
    sfox.create_transfer(partner(service), transfer_id=GIFT_CARD["transfer_id"], **gift_card())
    assert service.bodies == [GIFT_CARD]


def test_a_transfer_id_is_generated_when_the_caller_gives_none(service: FakeSFox) -> None:
    transfer = sfox.create_transfer(partner(service), **gift_card())
    [sent] = service.transfer_ids_sent()
    assert uuid.UUID(sent).version == 4
    assert transfer.transfer_id == sent
    assert transfer.transfer_status_code == "PENDING"
    assert transfer.quantity == Decimal("0.1")


def test_each_create_without_a_transfer_id_gets_a_new_one(service: FakeSFox) -> None:
    client = partner(service)
    sfox.create_transfer(client, **gift_card())
    sfox.create_transfer(client, **gift_card())
    first, second = service.transfer_ids_sent()
    assert first != second
    assert len(service.transfers) == 2


def test_a_transfer_id_given_by_the_caller_is_kept(service: FakeSFox) -> None:
    transfer = sfox.create_transfer(partner(service), transfer_id="order-42", **gift_card())
    assert service.transfer_ids_sent() == ["order-42"]
    assert transfer.transfer_id == "order-42"


@pytest.mark.parametrize("failure", ["connect", 503, 429])
def test_a_failed_attempt_is_retried_with_the_same_transfer_id(
    service: FakeSFox, failure: Step
) -> None:
    service.script = [failure]
    transfer = sfox.create_transfer(partner(service), **gift_card())
    first, second = service.transfer_ids_sent()
    assert first == second == transfer.transfer_id
    assert list(service.transfers) == [transfer.transfer_id]


def test_a_500_is_not_retried_and_leaves_the_outcome_unknown(service: FakeSFox) -> None:
    service.script = [500]
    with pytest.raises(OutcomeUnknownError) as raised:
        sfox.create_transfer(partner(service), transfer_id="order-42", **gift_card())
    assert service.transfer_ids_sent() == ["order-42"]
    assert raised.value.handle == "order-42"
    assert isinstance(raised.value.cause, SFoxError)
    assert raised.value.cause.status_code == 500


def test_a_create_whose_answer_was_lost_returns_the_transfer_made_once(
    service: FakeSFox,
) -> None:
    service.script = ["lost"]
    transfer = sfox.create_transfer(partner(service), **gift_card())
    first, second = service.transfer_ids_sent()
    assert first == second == transfer.transfer_id
    assert list(service.transfers) == [transfer.transfer_id]
    assert transfer.quantity == Decimal("0.1")
    assert transfer.transfer_status_code == "PENDING"


def test_reusing_a_transfer_id_is_a_duplicate_without_any_retry(service: FakeSFox) -> None:
    client = partner(service)
    sfox.create_transfer(client, transfer_id="order-42", **gift_card())
    with pytest.raises(SFoxDuplicateError) as raised:
        sfox.create_transfer(client, transfer_id="order-42", **gift_card())
    assert not raised.value.after_retry
    assert raised.value.handle == "order-42"
    assert "already used" in str(raised.value)
    assert service.transfer_ids_sent() == ["order-42", "order-42"]


def test_other_refusals_raise_sfox_error_without_a_retry(service: FakeSFox) -> None:
    service.refusal = INSUFFICIENT_FUNDS
    with pytest.raises(SFoxError) as raised:
        sfox.create_transfer(partner(service), **gift_card())
    assert not isinstance(raised.value, SFoxDuplicateError)
    assert (raised.value.status_code, raised.value.error) == (422, INSUFFICIENT_FUNDS)
    assert len(service.bodies) == 1


def test_when_every_attempt_fails_the_outcome_is_unknown_and_names_the_transfer_id(
    service: FakeSFox,
) -> None:
    service.script = ["lost", "connect", "connect"]
    with pytest.raises(OutcomeUnknownError) as raised:
        sfox.create_transfer(partner(service), **gift_card())
    sent = service.transfer_ids_sent()
    assert sent == [raised.value.handle] * 3
    assert raised.value.attempts == 3
    assert isinstance(raised.value.__cause__, TransportError)
    assert raised.value.handle in str(raised.value)
    assert "safe" in str(raised.value)


def test_no_retries_sends_one_request(service: FakeSFox) -> None:
    service.script = ["connect"]
    with pytest.raises(TransportError) as raised:
        sfox.create_transfer(partner(service), retries=sfox.NO_RETRIES, **gift_card())
    assert raised.value.kind == "connect"
    assert not raised.value.may_have_been_processed
    assert len(service.bodies) == 1


def test_retries_wait_for_retry_after_up_to_its_cap_else_back_off_exponentially(
    service: FakeSFox, monkeypatch: pytest.MonkeyPatch
) -> None:
    waited: list[float] = []
    monkeypatch.setattr("tenacity.nap.time.sleep", waited.append)
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

    policy = sfox.Retries(attempts=5, initial=0.25, maximum=8, jitter=0, max_retry_after=60)
    client = sfox.connect(
        ENTERPRISE_KEY, base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    sfox.create_transfer(client, retries=policy, **gift_card())
    assert waited == [10.0, 0.5, 60.0, 2.0]


def test_async_create_retries_with_the_same_transfer_id(service: FakeSFox) -> None:
    service.script = [503, "lost"]
    client = partner(service)

    async def scenario() -> sfox.client_models.Transfer:
        return await sfox.create_transfer_async(client, **gift_card())

    transfer = asyncio.run(scenario())
    first, second, third = service.transfer_ids_sent()
    assert first == second == third == transfer.transfer_id
    assert len(service.transfers) == 1


@pytest.mark.parametrize(
    ("changes", "field_name"),
    [
        ({"type_": "REFUND"}, "type_"),
        ({"purpose": "GIFT"}, "purpose"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": Decimal("NaN")}, "quantity"),
        ({"quantity": 0.1}, "quantity"),
        ({"quantity": "ten"}, "quantity"),
        ({"rate": -1}, "rate"),
        ({"user_id": ""}, "user_id"),
        ({"currency": " "}, "currency"),
        ({"description": None}, "description"),
        ({"transfer_id": ""}, "transfer_id"),
    ],
)
def test_bad_input_is_refused_naming_the_field_before_anything_is_sent(
    service: FakeSFox, changes: dict[str, Any], field_name: str
) -> None:
    with pytest.raises(InputError) as raised:
        sfox.create_transfer(partner(service), **gift_card(**changes))
    assert raised.value.field == field_name
    assert service.bodies == []


def test_a_user_client_is_refused_because_transfers_need_the_enterprise_key() -> None:
    user = sfox.user_client_from_token("a" * 64, base_url=BASE_URL)
    with pytest.raises(InputError) as raised:
        sfox.create_transfer(user, **gift_card())
    assert raised.value.field == "client"
