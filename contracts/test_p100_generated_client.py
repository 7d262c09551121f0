"""Contract tests for the generated P100 client: one test per operation of specs/p100.yaml.

Each test sends the request the spec documents as the operation's example through the generated
client (with the facade's `x-api-key` auth) to a fresh, strict simulator (which refuses to send
any answer the spec does not allow), then checks the typed result: status 200, the model of the
200 response, and the values that show the call did what the operation promises.

An example is changed only where it must name something that exists in the simulator (a lock,
an order, a transfer, an IBAN the payer's deposit whitelisted); every change is spelled out where
it is made. Where the docs give no request example (both SEPA payouts) or only a truncated one
(Create Crypto Withdrawal), the request is built from the fields the page names. Prerequisite
state goes through the generated client too; what happens outside P100's API (deposits, the KYC
provider's decision, a rate lock the docs give no wire for, the card module) goes through the
simulator's control API.

The webhook operations of the spec are received by the partner, not called through the client;
tests/test_p100_simulator_webhooks.py covers them.
"""

from __future__ import annotations

import copy
from decimal import ROUND_DOWN, Decimal
from http import HTTPStatus
from typing import Any, TypeVar

import pytest
from p100_client import AuthenticatedClient
from p100_client.api.partner_operations_balances_transaction_history import get_partner_balances
from p100_client.api.partner_operations_currency_exchange import create_partner_exchange
from p100_client.api.partner_operations_orders import (
    create_order,
    create_order_rate_lock,
    get_order_details,
)
from p100_client.api.partner_operations_sepa_transfers import (
    create_partner_sepa_transfer,
    get_partner_sepa_deposit_info,
    get_sepa_transfer_details,
)
from p100_client.api.user_operations_balances_transaction_history import get_user_balances
from p100_client.api.user_operations_crypto_withdrawal import (
    create_crypto_withdrawal,
    get_network_fee,
)
from p100_client.api.user_operations_onboarding_kyc_flow import (
    add_kyc_file,
    add_poa_file,
    add_user_verification,
    create_kyc_verification,
    create_user_account,
    get_kyc_status,
)
from p100_client.api.user_operations_sepa_transfers import create_user_sepa_transfer
from p100_client.api.user_operations_virtual_cards import create_virtual_card, list_user_cards
from p100_client.models import (
    Balances,
    CardList,
    CreateCryptoWithdrawalRequest,
    CreateOrderRateLockRequest,
    CreateOrderRequest,
    CreatePartnerExchangeRequest,
    CreatePartnerSepaTransferRequest,
    CreateUserAccountRequest,
    CreateUserSepaTransferRequest,
    CreateVirtualCardRequest,
    ExchangeCreated,
    FiatBalanceStatus,
    GetNetworkFeeCurrency,
    GetNetworkFeeNetwork,
    NetworkFee,
    Order,
    OrderCreated,
    OrderRateLock,
    SepaDepositInfo,
    SepaTransfer,
    SepaTransferCreated,
    UserAccountCreated,
    UserReference,
    VirtualCard,
)
from p100_client.types import Response

from corridor.p100 import P100Error, codes
from corridor.providers.control import SimulatorControl
from corridor.spec import iter_operations, load_spec

SPEC = load_spec("p100")
OPERATIONS = {
    operation.operation_id: operation.definition
    for operation in iter_operations(SPEC)
    if operation.kind == "path" and operation.operation_id
}
PARAMETERS = SPEC["components"]["parameters"]
# the user the docs' path and webhook examples name
DOCUMENTED_USER = PARAMETERS["ExternalUserIdPath"]["example"]

Model = TypeVar("Model")


def example(operation_id: str, name: str | None = None) -> dict[str, Any]:
    """The operation's documented JSON request example (the first, or the one named)."""
    content = OPERATIONS[operation_id]["requestBody"]["content"]["application/json"]
    examples = content["examples"]
    return copy.deepcopy(examples[name or next(iter(examples))]["value"])


def parameter_example(operation_id: str, name: str) -> Any:
    for listed in OPERATIONS[operation_id].get("parameters", []):
        parameter = listed
        if "$ref" in listed:
            parameter = PARAMETERS[listed["$ref"].rsplit("/", 1)[-1]]
        if parameter["name"] == name:
            return parameter["example"]
    raise KeyError(name)


def ok(response: Response[Any], model: type[Model]) -> Model:
    assert response.status_code == HTTPStatus.OK, response.content
    assert isinstance(response.parsed, model), response.parsed
    return response.parsed


def ok_json(response: Response[Any]) -> dict[str, Any]:
    """An answer whose body the docs did not store: the spec leaves it open (any JSON)."""
    assert response.status_code == HTTPStatus.OK, response.content
    assert isinstance(response.parsed, dict), response.parsed
    return response.parsed


# ---- prerequisite state --------------------------------------------------------------------


def register(client: AuthenticatedClient, external_id: str | None = None) -> str:
    """The documented user (Jan Kowalski, PL), under `external_id` when given."""
    body = example("createUserAccount")
    if external_id is not None:
        body["externalUserId"] = external_id
    response = create_user_account.sync_detailed(
        client=client, body=CreateUserAccountRequest.from_dict(body)
    )
    ok(response, UserAccountCreated)
    return str(body["externalUserId"])


def verify(client: AuthenticatedClient, control: SimulatorControl, external_id: str) -> None:
    """Method B, approved by the verification provider, then the user's balances generated."""
    reference = UserReference(external_user_id=external_id)
    ok_json(create_kyc_verification.sync_detailed(client=client, body=reference))
    control.act("kyc-decisions", externalUserId=external_id, attemptStatus="SUCCESSFUL")
    ok_json(add_user_verification.sync_detailed(client=client, body=reference))


def verified_user(
    client: AuthenticatedClient, control: SimulatorControl, external_id: str | None = None
) -> str:
    user = register(client, external_id)
    verify(client, control, user)
    return user


def balance(balances: Balances, currency: str) -> Decimal:
    everything = [*balances.fiat_balances, *balances.crypto_balances]
    return next(Decimal(str(b.amount)) for b in everything if b.name == currency)


# ---- Partner Operations > Balances & Transaction History -----------------------------------


def test_get_partner_balances(p100_client: AuthenticatedClient) -> None:
    balances = ok(get_partner_balances.sync_detailed(client=p100_client), Balances)
    (eur,) = balances.fiat_balances
    assert (eur.name, eur.amount, eur.status) == ("eur", Decimal("0.00"), FiatBalanceStatus.ACTIVE)
    assert isinstance(eur.iban, str) and eur.iban.startswith("LT")
    names = [crypto.name for crypto in balances.crypto_balances]
    assert names == ["btc", "doge", "eth", "eurt", "ltc", "pol", "usdc", "usdt"]
    usdc = balances.crypto_balances[names.index("usdc")]
    assert usdc.amount == Decimal("0.000000")
    assert sorted(usdc.network_config.additional_properties) == ["ethereum", "polygon"]


# ---- Partner Operations > Currency Exchange ------------------------------------------------


def test_create_partner_exchange(
    p100_client: AuthenticatedClient, p100_control: SimulatorControl
) -> None:
    p100_control.credit("eth", "10")
    lock = p100_control.act("exchange-locks", currencyFrom="eth", currencyTo="eur")
    body = example("createPartnerExchange")
    body["lockId"] = lock["lockId"]  # the documented lock does not exist here
    response = create_partner_exchange.sync_detailed(
        client=p100_client, body=CreatePartnerExchangeRequest.from_dict(body)
    )
    assert ok(response, ExchangeCreated).exchange_id
    p100_control.advance_clock(5)
    balances = ok(get_partner_balances.sync_detailed(client=p100_client), Balances)
    assert balance(balances, "eth") == 0
    bought = (Decimal(10) * Decimal(str(lock["rate"]))).quantize(Decimal("0.01"), ROUND_DOWN)
    assert balance(balances, "eur") == bought


# ---- Partner Operations > SEPA Transfers ---------------------------------------------------


def test_get_partner_sepa_deposit_info(p100_client: AuthenticatedClient) -> None:
    info = ok(get_partner_sepa_deposit_info.sync_detailed(client=p100_client), SepaDepositInfo)
    documented = OPERATIONS["getPartnerSepaDepositInfo"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]["current"]["value"]
    assert (info.swift, info.account_holder, info.address) == (
        documented["swift"],
        documented["accountHolder"],
        documented["address"],
    )
    balances = ok(get_partner_balances.sync_detailed(client=p100_client), Balances)
    assert info.iban == balances.fiat_balances[0].iban


def partner_transfer(client: AuthenticatedClient, control: SimulatorControl) -> str:
    """Level 1: only the page's four required fields, to the partner's own account, which the
    partner's deposit from it whitelisted."""
    deposit = control.credit("eur", "100.00")
    body = CreatePartnerSepaTransferRequest(
        amount=Decimal("3.8"),  # the Partner SEPA Transfer webhook example's amount
        currency="eur",
        destination_iban=deposit["senderIban"],
        transfer_title="Partner SEPA Transfer",
    )
    response = create_partner_sepa_transfer.sync_detailed(client=client, body=body)
    created = ok(response, SepaTransferCreated)
    assert isinstance(created.transfer_id, str)
    return created.transfer_id


def test_create_partner_sepa_transfer(
    p100_client: AuthenticatedClient, p100_control: SimulatorControl
) -> None:
    transfer_id = partner_transfer(p100_client, p100_control)
    p100_control.advance_clock(10)
    details = get_sepa_transfer_details.sync_detailed(transfer_id, client=p100_client)
    assert ok(details, SepaTransfer).status == "SUCCESSFUL"
    balances = ok(get_partner_balances.sync_detailed(client=p100_client), Balances)
    assert balance(balances, "eur") == Decimal("96.20")


def test_get_sepa_transfer_details(
    p100_client: AuthenticatedClient, p100_control: SimulatorControl
) -> None:
    documented = parameter_example("getSepaTransferDetails", "transferId")
    with pytest.raises(P100Error) as unknown:
        get_sepa_transfer_details.sync_detailed(documented, client=p100_client)
    assert (unknown.value.status_code, unknown.value.error_code) == (
        404,
        codes.SEPA_TRANSFER_NOT_FOUND,
    )
    transfer_id = partner_transfer(p100_client, p100_control)  # in place of the documented id
    pending = ok(
        get_sepa_transfer_details.sync_detailed(transfer_id, client=p100_client), SepaTransfer
    )
    assert (pending.id, pending.amount, pending.currency, pending.type_) == (
        transfer_id,
        Decimal("3.80"),
        "eur",
        "external",
    )
    assert pending.status == "PENDING"


# ---- Partner Operations > Orders -----------------------------------------------------------


def lock_order_rate(client: AuthenticatedClient) -> OrderRateLock:
    body = CreateOrderRateLockRequest.from_dict(example("createOrderRateLock"))
    return ok(create_order_rate_lock.sync_detailed(client=client, body=body), OrderRateLock)


def test_create_order_rate_lock(p100_client: AuthenticatedClient) -> None:
    lock = lock_order_rate(p100_client)
    assert (lock.currency, lock.destination_currency, lock.network) == ("usdc", "eur", "polygon")
    # the crypto needed for EUR 346.59 at the locked rate, never rounded up
    needed = (Decimal("346.59") / Decimal(str(lock.rate))).quantize(Decimal("1e-6"), ROUND_DOWN)
    assert Decimal(str(lock.amount)) == needed


def place_order(client: AuthenticatedClient) -> str:
    body = example("createOrder")
    body["lockId"] = lock_order_rate(client).lock_id  # a lock made here, not the documented one
    response = create_order.sync_detailed(client=client, body=CreateOrderRequest.from_dict(body))
    return ok(response, OrderCreated).order_id


def test_create_order(p100_client: AuthenticatedClient) -> None:
    order_id = place_order(p100_client)
    order = ok(get_order_details.sync_detailed(order_id, client=p100_client), Order)
    assert (order.status, order.wallet_address, order.expires_at) == (
        "WAITING_FOR_WALLET_ADDRESS",
        None,
        None,
    )


def test_get_order_details(
    p100_client: AuthenticatedClient, p100_control: SimulatorControl
) -> None:
    order_id = place_order(p100_client)  # in place of the documented order id
    p100_control.advance_clock(5)
    p100_control.act("order-payments", orderId=order_id)
    p100_control.advance_clock(10)
    order = ok(get_order_details.sync_detailed(order_id, client=p100_client), Order)
    assert (order.status, order.confirmations, order.required_confirmations) == (
        "WAITING_FOR_CONFIRMATION",
        1,
        3,
    )
    assert order.received_amount == order.total_amount_required
    assert (order.network, order.cryptocurrency) == ("POLYGON", "usdc")
    assert isinstance(order.transaction_hash, str) and isinstance(order.wallet_address, str)


# ---- User Operations > Onboarding & KYC Flow -----------------------------------------------


def test_create_user_account(p100_client: AuthenticatedClient) -> None:
    body = CreateUserAccountRequest.from_dict(example("createUserAccount"))
    created = ok(
        create_user_account.sync_detailed(client=p100_client, body=body), UserAccountCreated
    )
    assert created.user_id and created.poa_required_for_extended is False
    with pytest.raises(P100Error) as again:  # externalUserId must be unique
        create_user_account.sync_detailed(client=p100_client, body=body)
    assert (again.value.status_code, again.value.error_code) == (400, "P403")


def test_add_kyc_file(p100_client: AuthenticatedClient, p100_control: SimulatorControl) -> None:
    user = register(p100_client, DOCUMENTED_USER)
    answer = ok_json(add_kyc_file.sync_detailed(user, client=p100_client))
    assert answer == {"externalUserId": user, "documents": 1}
    p100_control.advance_clock(5 + 60)  # handled, then reviewed
    status = ok_json(get_kyc_status.sync_detailed(user, client=p100_client))
    assert status["verificationStatus"] == "VERIFIED"


def test_create_kyc_verification(p100_client: AuthenticatedClient) -> None:
    body = UserReference.from_dict(example("createKycVerification"))
    register(p100_client, body.external_user_id)
    answer = ok_json(create_kyc_verification.sync_detailed(client=p100_client, body=body))
    assert answer == {
        "externalUserId": body.external_user_id,
        "verificationStatus": "NOT_VERIFIED",
        "attemptStatus": "PENDING",
    }


def test_get_kyc_status(p100_client: AuthenticatedClient, p100_control: SimulatorControl) -> None:
    user = register(p100_client, parameter_example("getKycStatus", "param"))
    with pytest.raises(P100Error) as none_yet:
        get_kyc_status.sync_detailed(user, client=p100_client)
    assert (none_yet.value.status_code, none_yet.value.error_code) == (404, codes.KYC_NOT_FOUND)
    create_kyc_verification.sync_detailed(
        client=p100_client, body=UserReference(external_user_id=user)
    )
    p100_control.act("kyc-decisions", externalUserId=user, attemptStatus="REJECTED_BY_PROVIDER")
    status = ok_json(get_kyc_status.sync_detailed(user, client=p100_client))
    assert status == {
        "externalUserId": user,
        "verificationStatus": "NOT_VERIFIED",
        "attemptStatus": "REJECTED_BY_PROVIDER",
        "rejectionReason": "NO_FACE_FOUND",
    }


def test_add_user_verification(
    p100_client: AuthenticatedClient, p100_control: SimulatorControl
) -> None:
    body = UserReference.from_dict(example("addUserVerification"))
    register(p100_client, body.external_user_id)
    with pytest.raises(P100Error) as unverified:
        add_user_verification.sync_detailed(client=p100_client, body=body)
    assert unverified.value.error_code == codes.USER_NOT_VERIFIED
    create_kyc_verification.sync_detailed(client=p100_client, body=body)
    p100_control.advance_clock(60)  # the hosted verification succeeds on the clock
    answer = ok_json(add_user_verification.sync_detailed(client=p100_client, body=body))
    balances = Balances.from_dict(answer)  # the generated balances, in Get Balances' shape
    assert balances.fiat_balances[0].status == FiatBalanceStatus.ACTIVE
    assert all(crypto.wallet for crypto in balances.crypto_balances)


def test_add_poa_file(p100_client: AuthenticatedClient) -> None:
    user = register(p100_client, DOCUMENTED_USER)
    answer = ok_json(add_poa_file.sync_detailed(user, client=p100_client))
    assert answer == {"externalUserId": user, "status": "WAITING"}


# ---- User Operations > Balances ------------------------------------------------------------


def test_get_user_balances(p100_client: AuthenticatedClient) -> None:
    user = register(p100_client, DOCUMENTED_USER)
    answer = ok_json(get_user_balances.sync_detailed(user, client=p100_client))
    balances = Balances.from_dict(answer)
    eur = balances.fiat_balances[0]
    assert (eur.status, eur.iban) == (FiatBalanceStatus.WAITING_TO_BE_ACTIVATED, None)
    assert all(crypto.wallet is None for crypto in balances.crypto_balances)


# ---- User Operations > SEPA Transfers ------------------------------------------------------


def test_create_user_sepa_transfer(
    p100_client: AuthenticatedClient, p100_control: SimulatorControl
) -> None:
    user = verified_user(p100_client, p100_control)
    deposit = p100_control.credit("eur", "20.00", owner=user)  # from Jan Kowalski: whitelisted
    body = CreateUserSepaTransferRequest(
        external_user_id=user,  # the overview's name for the user; no receiver names are sent
        amount=Decimal("5.51"),  # the user-group transfer example's amount
        currency="eur",
        destination_iban=deposit["senderIban"],
    )
    answer = ok_json(create_user_sepa_transfer.sync_detailed(client=p100_client, body=body))
    p100_control.advance_clock(10)
    details = ok(
        get_sepa_transfer_details.sync_detailed(answer["transferId"], client=p100_client),
        SepaTransfer,
    )
    assert (details.status, details.receiver_first_name, details.receiver_last_name) == (
        "SUCCESSFUL",
        "Jan",
        "Kowalski",
    )
    balances = Balances.from_dict(
        ok_json(get_user_balances.sync_detailed(user, client=p100_client))
    )
    assert balance(balances, "eur") == Decimal("20.00") - Decimal("5.51") - details.fee


# ---- User Operations > Crypto Withdrawal ---------------------------------------------------


def test_get_network_fee(p100_client: AuthenticatedClient) -> None:
    currency = GetNetworkFeeCurrency(parameter_example("getNetworkFee", "currency"))
    fee = ok(get_network_fee.sync_detailed(client=p100_client, currency=currency), NetworkFee)
    on_polygon = get_network_fee.sync_detailed(
        client=p100_client, currency=currency, network=GetNetworkFeeNetwork.POLYGON
    )
    # the fee is the network's feeWithdrawal in Get Balances' networkConfig
    balances = ok(get_partner_balances.sync_detailed(client=p100_client), Balances)
    usdt = next(b for b in balances.crypto_balances if b.name == currency.value)
    config = usdt.network_config.additional_properties
    assert fee.network_fee == config["ethereum"].withdrawal.fee_withdrawal
    assert ok(on_polygon, NetworkFee).network_fee == config["polygon"].withdrawal.fee_withdrawal


def test_create_crypto_withdrawal(
    p100_client: AuthenticatedClient, p100_control: SimulatorControl
) -> None:
    user = verified_user(p100_client, p100_control, DOCUMENTED_USER)
    p100_control.credit("btc", "0.01", owner=user)
    body = CreateCryptoWithdrawalRequest.from_dict(
        {
            # the truncated example's fields, then the table's other required fields
            "sourceExternalUserId": DOCUMENTED_USER,
            "currency": "BTC",
            "amount": 0.005,
            "walletAddress": "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
            "name": "Jan Kowalski",
            "walletType": "NON_CUSTODIAL",
            "receiverType": "NATURAL",
        }
    )
    answer = ok_json(create_crypto_withdrawal.sync_detailed(client=p100_client, body=body))
    assert (answer["status"], answer["currency"], answer["network"]) == ("PENDING", "btc", "btc")
    balances = Balances.from_dict(
        ok_json(get_user_balances.sync_detailed(user, client=p100_client))
    )
    assert balance(balances, "btc") == Decimal("0.01") - Decimal("0.005") - Decimal(
        str(answer["fee"])
    )


# ---- User Operations > Virtual Cards -------------------------------------------------------


def test_create_virtual_card(
    p100_client: AuthenticatedClient, p100_control: SimulatorControl
) -> None:
    body = CreateVirtualCardRequest.from_dict(example("createVirtualCard"))
    register(p100_client, body.external_user_id)
    with pytest.raises(P100Error) as suspended:  # the current docs: the module is offline
        create_virtual_card.sync_detailed(client=p100_client, body=body)
    assert suspended.value.error_code == codes.SERVICE_TEMPORARILY_UNAVAILABLE
    p100_control.act("card-module", suspended=False)
    card = ok(create_virtual_card.sync_detailed(client=p100_client, body=body), VirtualCard)
    assert len(card.card_number) == 16 and len(card.cvv) == 3
    assert card.exp == "01/30"  # issued in January 2026, valid four years


def test_list_user_cards(p100_client: AuthenticatedClient, p100_control: SimulatorControl) -> None:
    user = register(p100_client, DOCUMENTED_USER)
    p100_control.act("card-module", suspended=False)
    body = CreateVirtualCardRequest.from_dict(example("createVirtualCard"))
    issued = ok(create_virtual_card.sync_detailed(client=p100_client, body=body), VirtualCard)
    cards = ok(list_user_cards.sync_detailed(user, client=p100_client), CardList)
    assert [(c.card_id, c.status, c.label) for c in cards.cards] == [
        (issued.card_id, "ACTIVE", "Shopping")
    ]
