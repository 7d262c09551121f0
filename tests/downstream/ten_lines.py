"""The README's ten-line program, once per provider, as a downstream team writes it.

Connect with the docs' credentials by name (sandbox unless told otherwise), create with
retries that never duplicate, page through a list, handle a typed error. Type-checked with
`mypy --strict` against the packages as installed (tests/test_downstream_types.py) and run
against each provider's simulator or fake (tests/test_ten_line_programs.py); the four differ
only in names. No isinstance check anywhere: every call returns its success model.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from p100_client.api.user_operations_onboarding_kyc_flow import create_user_account
from p100_client.api.user_operations_virtual_cards import list_user_cards
from p100_client.models import CreateUserAccountRequest
from sentbe_client.api.transfers import create_transfer as create_remittance
from sentbe_client.api.transfers import list_transfers as list_remittances
from sentbe_client.models import CreateTransferParameters
from settlego_client.api.payments import create_payment, list_payments
from settlego_client.models import CreatePaymentRequest
from sfox_client.api.transfers import create_transfer, list_transfers
from sfox_client.models import CreateTransferRequest

from corridor import p100, sentbe, settlego, sfox
from corridor.errors import CorridorError


def settlego_program(
    login: str, key: str, body: CreatePaymentRequest, **options: Any
) -> list[Decimal]:
    client = settlego.connect(login_id=login, api_key=key, **options)
    try:
        payment = create_payment.sync(client=client, body=body)
        amounts = [payment.amount]
        for item in list_payments.iterate(client=client, currency="GBP"):
            amounts.append(item.amount)
    except CorridorError as error:
        print(f"not done: {error}")
        raise
    return amounts


def sfox_program(key: str, body: CreateTransferRequest, **options: Any) -> list[Decimal]:
    client = sfox.connect(api_key=key, **options)
    try:
        transfer = create_transfer.sync(client=client, body=body).data
        amounts = [transfer.quantity]
        for item in list_transfers.iterate(client=client):
            amounts.append(item.quantity)
    except CorridorError as error:
        print(f"not done: {error}")
        raise
    return amounts


def p100_program(key: str, body: CreateUserAccountRequest, **options: Any) -> list[str]:
    client = p100.connect(api_key=key, **options)
    try:
        account = create_user_account.sync(client=client, body=body)
        labels = [account.user_id]
        for card in list_user_cards.iterate(body.external_user_id, client=client):
            labels.append(str(card.label))
    except CorridorError as error:
        print(f"not done: {error}")
        raise
    return labels


def sentbe_program(
    partner: str, access: str, secret: str, body: CreateTransferParameters, **options: Any
) -> list[Decimal]:
    client = sentbe.connect(partner_id=partner, access_id=access, secret_key=secret, **options)
    try:
        remittance = create_remittance.sync(client=client, body=body).data
        amounts = [remittance.transfer_info.receive_amount]
        for item in list_remittances.iterate(client=client):
            amounts.append(item.transfer_info.receive_amount)
    except CorridorError as error:
        print(f"not done: {error}")
        raise
    return amounts
