"""What a downstream team reads from each facade, with the type `mypy --strict` gives it.

Every `assert_type` is a check mypy makes (tests/test_downstream_types.py runs it against the
packages as installed); none needs an isinstance check or a cast first. The same shape for
every provider: `connect` with the docs' credentials by name, amounts as `Decimal`, statuses
as enums, one typed event from `webhooks.receive(..., expect=...)`, `iterate` on any list,
and no `Any` from a call (`None` for an answer without a body, `JsonValue` for one the docs
leave open).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import assert_type

import p100_models
import sentbe_models
import settlego_models
from p100_client.api.partner_operations_balances_transaction_history import (
    get_partner_balances,
)
from p100_client.api.partner_operations_orders import get_order_details
from p100_client.api.partner_operations_sepa_transfers import get_sepa_transfer_details
from p100_client.api.user_operations_crypto_withdrawal import create_crypto_withdrawal
from p100_client.models import (
    CreateCryptoWithdrawalRequest,
    FiatBalanceStatus,
    OrderStatus,
    SepaTransferStatus,
)
from p100_client.types import Unset
from sentbe_client.api.balances import list_balances
from settlego_client.api.beneficiaries import delete_beneficiary
from settlego_client.api.reference_data import list_payment_dates
from settlego_client.models import UnavailableDate
from sfox_client.api.monetization import get_monetization_history
from sfox_client.models import MonetizationLedgerEntry

from corridor import p100, sentbe, settlego, sfox
from corridor.kit.money import JsonValue

Headers = Mapping[str, str]


def p100_answers(api_key: str, transfer_id: str, order_id: str) -> list[Decimal]:
    client = p100.connect(api_key=api_key)
    transfer = get_sepa_transfer_details.sync(transfer_id, client=client)
    assert_type(transfer.amount, Decimal)
    assert_type(transfer.status, SepaTransferStatus)
    order = get_order_details.sync(order_id, client=client)
    assert_type(order.received_amount, Decimal)
    assert_type(order.status, OrderStatus)
    amounts = [transfer.amount, order.total_amount_required]
    for balance in get_partner_balances.sync(client=client).fiat_balances or []:
        assert_type(balance.amount, Decimal | Unset)  # optional in the docs, never a str
        assert_type(balance.status, FiatBalanceStatus | Unset)
        if not isinstance(balance.amount, Unset):
            amounts.append(balance.amount)
    return amounts


def p100_undocumented_answer(api_key: str, body: CreateCryptoWithdrawalRequest) -> JsonValue:
    answer = create_crypto_withdrawal.sync(client=p100.connect(api_key=api_key), body=body)
    assert_type(answer, JsonValue)
    return answer


def p100_webhook(body: bytes, headers: Headers, token: str) -> Decimal | None:
    event = p100.webhooks.receive(body, headers, token, expect=p100_models.PartnerSepaTransferEvent)
    assert_type(event, p100_models.PartnerSepaTransferEvent)
    assert_type(event.status, p100_models.SepaTransferOutcome | None)
    assert_type(event.amount, Decimal | None)
    return event.amount


def p100_models_carry_decimals(document: dict[str, object]) -> Decimal:
    stored = p100_models.SepaTransfer.model_validate(document)
    assert_type(stored.amount, Decimal)
    assert_type(stored.status, p100_models.SepaTransferStatus)
    balance = p100_models.FiatBalance.model_validate(document)
    assert_type(balance.amount, Decimal | None)
    return stored.amount


def settlego_answers(login_id: str, api_key: str, beneficiary_id: str) -> list[UnavailableDate]:
    client = settlego.connect(login_id=login_id, api_key=api_key)
    assert_type(delete_beneficiary.sync(beneficiary_id, client=client), None)
    return list(list_payment_dates.iterate(client=client, currency="GBP"))


def settlego_webhook(body: bytes, headers: Headers, public_key: str) -> Decimal | None:
    any_event = settlego.webhooks.receive(body, headers, public_key)
    assert_type(any_event, settlego.webhooks.Event)
    event = settlego.webhooks.receive(
        body, headers, public_key, expect=settlego_models.PaymentStatusUpdateEvent
    )
    assert_type(event, settlego_models.PaymentStatusUpdateEvent)
    return event.payload.amount


def sfox_answers(api_key: str) -> list[Decimal]:
    client = sfox.connect(api_key=api_key)
    fees = []
    for entry in get_monetization_history.iterate(client=client):
        assert_type(entry, MonetizationLedgerEntry)
        fees.append(entry.monetization_amount)
    transfer = sfox.create_transfer(
        client,
        user_id="u1",
        type_="PAYOUT",
        purpose="GOOD",
        currency="usd",
        quantity=Decimal("25"),
        rate=1,
        description="refund",
    )
    assert_type(transfer.quantity, Decimal)
    return fees


def sentbe_answers(
    partner_id: str, access_id: str, secret_key: str, base_url: str, body: bytes
) -> list[Decimal]:
    client = sentbe.connect(
        partner_id=partner_id, access_id=access_id, secret_key=secret_key, base_url=base_url
    )
    amounts = [balance.amount for balance in list_balances.iterate(client=client)]
    event = sentbe.webhooks.receive(body, {}, access_id)
    assert_type(event, sentbe_models.TransferStatusCallback)
    return amounts
