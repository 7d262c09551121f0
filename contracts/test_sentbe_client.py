"""Contract tests for the generated Sentbe client: one test per operation of specs/sentbe.yaml.

Each test sends the operation's documented example through the generated client, signed by the
facade (`corridor.sentbe.connect`: parameters encrypted into SIGNATURE), to a fresh, strict
simulator that refuses to send any answer the spec does not allow, then checks the typed
result. An example changes only where it must name something that exists (the docs' user 47,
recipient 10 or 11, transfer 23); prerequisite state is made through the client too, except
prefunding and a recipient's verification, which happen outside the API (the control API).

The status callback, which Sentbe sends rather than the partner calls, is checked last: it
reaches a listener through the engine's delivery service and `corridor.sentbe.parse_callback`
accepts it.
"""

from __future__ import annotations

import copy
import json
import typing
from http import HTTPStatus
from types import ModuleType
from typing import Any, TypeVar

import httpx
import pytest
from sentbe_client import AuthenticatedClient
from sentbe_client.api.balances import get_balance, list_balances
from sentbe_client.api.banks import list_banks
from sentbe_client.api.recipients import (
    create_recipient,
    get_recipient,
    list_recipients,
    update_recipient_info,
)
from sentbe_client.api.transfers import (
    check_commission,
    create_transfer,
    get_transfer,
    list_transfers,
)
from sentbe_client.api.users import create_user, get_user, list_users, update_user_info
from sentbe_client.models import (
    BalanceListResponse,
    BalanceResponse,
    BankListResponse,
    CommissionResponse,
    RecipientListResponse,
    RecipientResponse,
    TransferListResponse,
    TransferResponse,
    TransferStatus,
    UserListResponse,
    UserResponse,
    WalletCurrency,
)
from sentbe_client.types import Response

from corridor import sentbe
from corridor.providers.control import SimulatorControl
from corridor.simulator.session import SimulatorSession
from corridor.spec import iter_operations, load_spec

SPEC = load_spec("sentbe")
OPERATIONS = {
    operation.operation_id: operation.definition
    for operation in iter_operations(SPEC)
    if operation.kind == "path" and operation.operation_id
}
Model = TypeVar("Model")


def operation_id(operation: ModuleType) -> str:
    """`sentbe_client.api.users.update_user_info` -> `updateUserInfo`."""
    first, *rest = operation.__name__.rsplit(".", 1)[-1].split("_")
    return first + "".join(word.capitalize() for word in rest)


def documented(operation: ModuleType, **replacements: Any) -> Any:
    """The operation's first documented parameter example as its generated request model."""
    content = OPERATIONS[operation_id(operation)]["requestBody"]["content"]["application/json"]
    example = next(iter(content["examples"].values()))
    value = copy.deepcopy(example["value"]) | replacements
    hint = typing.get_type_hints(operation.sync_detailed)["body"]
    # optional parameters are typed `Model | Unset`
    model = next(kind for kind in typing.get_args(hint) or (hint,) if hasattr(kind, "from_dict"))
    return model.from_dict(value)


def documented_path(operation: ModuleType) -> Any:
    [parameter] = OPERATIONS[operation_id(operation)]["parameters"]
    return parameter["example"]


def ok(response: Response[Any], model: type[Model]) -> Model:
    assert response.status_code == HTTPStatus.OK, response.content
    assert isinstance(response.parsed, model), response.parsed
    return response.parsed


@pytest.fixture
def control(sentbe_control: SimulatorControl) -> SimulatorControl:
    sentbe_control.credit("USD", "10000.00")
    sentbe_control.credit("KRW", "15000000")  # the documented balances (_balance_info.md:23-33)
    return sentbe_control


@pytest.fixture
def client(sentbe_client: AuthenticatedClient, control: SimulatorControl) -> AuthenticatedClient:
    return sentbe_client


def new_user(client: AuthenticatedClient) -> int:
    return ok(
        create_user.sync_detailed(client=client, body=documented(create_user)), UserResponse
    ).data.id


def new_recipient(client: AuthenticatedClient, user_id: int) -> int:
    body = documented(create_recipient, user_id=str(user_id))
    return ok(create_recipient.sync_detailed(client=client, body=body), RecipientResponse).data.id


# ---- users ------------------------------------------------------------------------------------


def test_create_user(client: AuthenticatedClient) -> None:
    user = ok(create_user.sync_detailed(client=client, body=documented(create_user)), UserResponse)
    assert (user.data.first_name, user.data.last_name) == ("sanghyun", "ryu")
    assert user.data.phone_number == "010-123-1234"
    assert user.data.created_at.utcoffset() is not None


def test_list_users(client: AuthenticatedClient) -> None:
    ids = [new_user(client) for _ in range(6)]
    page = ok(
        list_users.sync_detailed(client=client, body=documented(list_users)), UserListResponse
    )
    assert isinstance(page.data, list)
    assert [user.id for user in page.data] == ids[5:]  # page "2", five to a page
    assert [user.id for user in list_users.iterate(client=client)] == ids  # every page


def test_get_user(client: AuthenticatedClient) -> None:
    assert documented_path(get_user) == 47
    user_id = new_user(client)
    user = ok(get_user.sync_detailed(user_id, client=client), UserResponse)
    assert user.data.id == user_id


def test_update_user_info(client: AuthenticatedClient) -> None:
    user_id = new_user(client)
    body = documented(update_user_info, user_id=str(user_id))
    user = ok(update_user_info.sync_detailed(client=client, body=body), UserResponse)
    assert (user.data.email, user.data.phone_number) == (
        "sanghyun.ryu2@sentbe.com",
        "010-1122-3344",
    )


# ---- recipients -------------------------------------------------------------------------------


def test_create_recipient(client: AuthenticatedClient) -> None:
    body = documented(create_recipient, user_id=str(new_user(client)))
    recipient = ok(create_recipient.sync_detailed(client=client, body=body), RecipientResponse)
    assert recipient.data.bank_attributes.name == "002"
    assert recipient.data.bank_attributes.account_holder_name == "gildong hong"
    assert recipient.data.birth_date == "19901201"


def test_list_recipients(client: AuthenticatedClient) -> None:
    user_id = new_user(client)
    ids = [new_recipient(client, user_id) for _ in range(6)]
    body = documented(list_recipients)
    page = ok(list_recipients.sync_detailed(client=client, body=body), RecipientListResponse)
    assert isinstance(page.data, list)
    assert [recipient.id for recipient in page.data] == ids[5:]


def test_get_recipient(client: AuthenticatedClient) -> None:
    assert documented_path(get_recipient) == 10
    recipient_id = new_recipient(client, new_user(client))
    recipient = ok(get_recipient.sync_detailed(recipient_id, client=client), RecipientResponse)
    assert recipient.data.id == recipient_id


def test_update_recipient_info(client: AuthenticatedClient) -> None:
    recipient_id = new_recipient(client, new_user(client))
    body = documented(update_recipient_info, recipient_id=str(recipient_id))
    recipient = ok(update_recipient_info.sync_detailed(client=client, body=body), RecipientResponse)
    assert recipient.data.bank_attributes.name == "020"
    assert recipient.data.bank_attributes.account_number == "56785678"
    assert recipient.data.email == "hong2@sentbe.com"


# ---- banks and balances -----------------------------------------------------------------------


def test_list_banks(client: AuthenticatedClient) -> None:
    banks = ok(list_banks.sync_detailed(client=client), BankListResponse)
    assert banks.data["10316"].label == "새마을은행"
    assert banks.data["002"].label


def test_list_balances(client: AuthenticatedClient) -> None:
    balances = ok(list_balances.sync_detailed(client=client), BalanceListResponse)
    assert {(b.currency, b.amount) for b in balances.data} == {("USD", 10000), ("KRW", 15000000)}


def test_get_balance(client: AuthenticatedClient) -> None:
    currency = WalletCurrency(documented_path(get_balance))
    balance = ok(get_balance.sync_detailed(currency, client=client), BalanceResponse)
    assert not isinstance(balance.data, list)
    assert (balance.data.currency, balance.data.amount) == ("USD", 10000)


# ---- transfers ----------------------------------------------------------------------------------


def test_check_commission(client: AuthenticatedClient) -> None:
    body = documented(check_commission)
    quote = ok(check_commission.sync_detailed(client=client, body=body), CommissionResponse)
    assert quote.data.transfer_info.receive_amount == 1000000
    assert [(b.amount, b.currency, b.desc) for b in quote.data.billing_info] == [
        (1000000, "KRW", "transfer"),
        (2.5, "USD", "distribution cost"),
    ]


def a_transfer(client: AuthenticatedClient, external_id: str = "23") -> TransferResponse:
    user_id = new_user(client)
    body = documented(
        create_transfer,
        user_id=str(user_id),
        recipient_id=str(new_recipient(client, user_id)),
        external_id=external_id,
    )
    return ok(create_transfer.sync_detailed(client=client, body=body), TransferResponse)


def test_create_transfer(client: AuthenticatedClient) -> None:
    transfer = a_transfer(client)
    assert transfer.data.transfer_info.status is TransferStatus.WAITING_VERIFICATION
    assert transfer.data.transfer_info.receive_amount == 1000000
    balances = ok(list_balances.sync_detailed(client=client), BalanceListResponse)
    assert {(b.currency, b.amount) for b in balances.data} == {("USD", 9997.5), ("KRW", 14000000)}


def test_list_transfers(client: AuthenticatedClient) -> None:
    ids = [a_transfer(client, f"t{n}").data.transfer_info.transfer_id for n in range(6)]
    body = documented(list_transfers)
    page = ok(list_transfers.sync_detailed(client=client, body=body), TransferListResponse)
    assert isinstance(page.data, list)
    assert [t.transfer_info.transfer_id for t in page.data] == ids[5:]
    every = list_transfers.iterate(client=client)
    assert [t.transfer_info.transfer_id for t in every] == ids


def test_get_transfer(client: AuthenticatedClient, control: SimulatorControl) -> None:
    assert documented_path(get_transfer) == 23
    created = a_transfer(client).data.transfer_info
    control.act("verify-recipient", recipient_id=created.recipient_id)
    transfer = ok(get_transfer.sync_detailed(created.transfer_id, client=client), TransferResponse)
    assert transfer.data.transfer_info.status is TransferStatus.PROCESSING


def test_a_refusal_raises_the_facades_error_with_the_documented_code(
    client: AuthenticatedClient,
) -> None:
    with pytest.raises(sentbe.SentbeError) as refused:
        get_user.sync_detailed(47, client=client)
    assert refused.value.error_code == "E0002"
    assert refused.value.status_code == 404


# ---- the status callback ----------------------------------------------------------------------


def test_a_status_callback_reaches_the_listener_and_parse_callback_accepts_it() -> None:
    received: list[httpx.Request] = []

    def listener(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(200)

    session = SimulatorSession("sentbe", webhook_transport=httpx.MockTransport(listener))
    control = session.control
    control.register_webhook_listener("http://partner.example/setnbe_callback")  # _callback.md:8
    control.credit("USD", "10")
    control.credit("KRW", "1000000")
    client = session.client
    transfer = a_transfer(client)

    [request] = received
    assert request.method == "POST"
    assert str(request.url) == "http://partner.example/setnbe_callback"
    event = sentbe.parse_callback(request.content, "test_id")
    assert (event.external_id, event.status.value) == ("23", "Waiting verification")
    assert sentbe.webhooks.receive(request.content, request.headers, "test_id") == event
    with pytest.raises(sentbe.SentbeWebhookAuthenticationError):
        sentbe.parse_callback(request.content, "someone-else")
    [delivery] = control.webhook_deliveries()
    assert delivery["status"] == "delivered"
    assert delivery["event"] == json.loads(request.content)
    assert transfer.data.transfer_info.status is TransferStatus.WAITING_VERIFICATION
