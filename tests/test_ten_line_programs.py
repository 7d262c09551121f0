"""The README's ten-line program runs for each provider with only names changed.

tests/downstream/ten_lines.py holds the four programs; here each runs against SettleGo's
simulator or the provider's fake (tests/provider_fakes.py), creates one object, pages
through the list and gets the exact amounts back, and its typed-error branch is taken when
the provider refuses.
"""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
from p100_client.models import CreateUserAccountRequest
from sentbe_client.models import CreateTransferParameters
from settlego_client.api.beneficiaries import create_beneficiary
from settlego_client.api.currency_accounts import create_currency_account
from settlego_client.models import (
    CreateBeneficiaryRequest,
    CreateCurrencyAccountRequest,
    CreatePaymentRequest,
)
from sfox_client.models import CreateTransferRequest

from corridor.errors import ProviderError
from corridor.simulator.session import SimulatorSession
from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from tests.downstream import ten_lines
from tests.provider_fakes import ENTERPRISE_KEY, SECRET_KEY, FakeP100, FakeSentbe, FakeSFox
from tests.test_reliable_creates import BENEFICIARY, payment


def test_the_settlego_program_against_the_simulator() -> None:
    session = SimulatorSession("settlego", strict=False)
    transport, base_url = session.transport, session.base_url
    setup = session.client
    create_currency_account.sync(client=setup, body=CreateCurrencyAccountRequest("GBP"))
    beneficiary = create_beneficiary.sync(
        client=setup, body=CreateBeneficiaryRequest.from_dict(BENEFICIARY)
    )
    body = CreatePaymentRequest.from_dict(payment(beneficiary.id, 0))
    options = {"base_url": base_url, "httpx_args": {"transport": transport}}
    amounts = ten_lines.settlego_program(DEFAULT_LOGIN_ID, DEFAULT_API_KEY, body, **options)
    assert amounts == [Decimal("100.01"), Decimal("100.01")]
    refused = CreatePaymentRequest.from_dict(payment("no-such-beneficiary", 1))
    with pytest.raises(ProviderError) as raised:
        ten_lines.settlego_program(DEFAULT_LOGIN_ID, DEFAULT_API_KEY, refused, **options)
    assert raised.value.status_code == 404


def test_the_sfox_program_against_the_fake() -> None:
    service = FakeSFox()
    transport = httpx.MockTransport(service.handler)
    body = CreateTransferRequest.from_dict(
        {
            "transfer_id": "t-1",
            "user_id": "ClientAccount1",
            "type": "PAYOUT",
            "purpose": "GOOD",
            "description": "refund",
            "currency": "usd",
            "quantity": Decimal("25.10"),
            "rate": 1,
        }
    )
    options = {"base_url": "https://sfox.test", "httpx_args": {"transport": transport}}
    made = ten_lines.sfox_program(ENTERPRISE_KEY, body, **options)
    assert made == [Decimal("25.10"), Decimal("25.10")]
    with pytest.raises(ProviderError) as raised:
        ten_lines.sfox_program(ENTERPRISE_KEY, body, **options)  # the same transfer_id again
    assert raised.value.status_code == 422


def test_the_p100_program_against_the_fake() -> None:
    service = FakeP100()
    transport = httpx.MockTransport(service.handler)
    body = CreateUserAccountRequest(
        external_user_id="customer-1", citizenship="PL", has_accepted_p100_tc=True
    )
    options = {"base_url": "https://p100.test", "httpx_args": {"transport": transport}}
    assert ten_lines.p100_program("p100-key", body, **options) == ["user-0"]
    with pytest.raises(ProviderError) as raised:
        ten_lines.p100_program("p100-key", body, **options)  # the same externalUserId again
    assert raised.value.code == "P403"


def test_the_sentbe_program_against_the_fake() -> None:
    service = FakeSentbe()
    transport = httpx.MockTransport(service.handler)
    body = CreateTransferParameters.from_dict(
        {
            "user_id": "47",
            "recipient_id": "10",
            "external_id": "remit-1",
            "transfer_info": {"send_amount": "1000000", "send_amount_currency": "KRW"},
            "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
        }
    )
    options = {"base_url": "https://sentbe.test", "httpx_args": {"transport": transport}}
    credentials = ("partner-7", "AKID-1c0ffee", SECRET_KEY)
    made = ten_lines.sentbe_program(*credentials, body, **options)
    assert made == [Decimal("1000000"), Decimal("1000000")]
    with pytest.raises(ProviderError) as raised:
        ten_lines.sentbe_program(*credentials, body, **options)  # the same external_id again
    assert raised.value.code == "E0013"
