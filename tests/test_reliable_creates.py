"""200 creates through each facade under faults: exactly 200 objects, and every outcome true.

Between client and provider sits `FaultyTransport`: 20% of requests get a 503, 20% time out
after the provider handled them and 20% lose their connection after it (60% in all). Each of
the 200 intended creates is made the way a careful caller would: call once; on
`OutcomeUnknownError` call again with the handle the error names (the error says that this
is safe); stop at any other outcome. Then the provider must hold exactly one object per
intended create, none more, and each outcome the caller was told must be true: a returned
object is that create's object with what was sent, a `DuplicateRequestError` names a handle
that exists once.

These faults come from the client's side (a transport that times out), where
tests/test_reliability_under_simulator_faults.py has the simulators inject theirs. SettleGo
runs against its simulator here; sFOX, P100 and Sentbe each get a minimal fake of the one
create endpoint (and the lookup corridor uses), written from its docs, so that a facade's retry
rules are checked apart from any simulator's: `FakeSFox`, `FakeP100`, `FakeSentbe` in
tests/provider_fakes.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import pytest
from p100_client.api.user_operations_onboarding_kyc_flow import create_user_account
from p100_client.models import CreateUserAccountRequest
from sentbe_client.api.transfers import create_transfer as create_sentbe_transfer
from sentbe_client.models import CreateTransferParameters
from settlego_client.api.beneficiaries import create_beneficiary, list_beneficiaries
from settlego_client.api.currency_accounts import create_currency_account
from settlego_client.api.payments import create_payment, list_payments
from settlego_client.models import (
    CreateBeneficiaryRequest,
    CreateCurrencyAccountRequest,
    CreatePaymentRequest,
)

from corridor import p100, sentbe, settlego, sfox
from corridor.errors import DuplicateRequestError, OutcomeUnknownError
from corridor.simulator.session import SimulatorSession
from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from tests.fault_injection import FaultyTransport
from tests.provider_fakes import ENTERPRISE_KEY, SECRET_KEY, FakeP100, FakeSentbe, FakeSFox
from tests.settlego_calls import beneficiary_body

CREATES = 200
RATE = 0.2  # of each fault kind
# No waiting in tests; four tries, then the caller gets OutcomeUnknownError and calls again.
FAST = settlego.Retries(attempts=4, initial=0, maximum=0, jitter=0)
MAX_CALLS = 25  # per intended create; far more than 0.6**4 per call ever needs


@dataclass
class Tally:
    """What the callers were told, one entry per intended create."""

    returned: dict[str, Any] = field(default_factory=dict)  # handle -> the object
    exists: set[str] = field(default_factory=set)  # handles reported as already created
    exists_after_retry: set[str] = field(default_factory=set)  # ... by a retry of the same call
    calls: Counter[str] = field(default_factory=Counter)

    def outcomes(self) -> int:
        return len(self.returned) + len(self.exists)


def run_creates(create: Callable[[int, str | None], Any], handle_of: Callable[[Any], str]) -> Tally:
    """Each intended create `i`, called again with its handle for as long as the outcome is
    unknown. `create(i, handle)` makes one facade call (handle None: let the facade choose)."""
    tally = Tally()
    for index in range(CREATES):
        handle: str | None = None
        for _ in range(MAX_CALLS):
            tally.calls["call"] += 1
            try:
                made = create(index, handle)
            except OutcomeUnknownError as unknown:
                assert unknown.handle is not None, "a create with a handle names it"
                assert handle in (None, unknown.handle)
                handle = unknown.handle
                tally.calls["outcome unknown"] += 1
                continue
            except DuplicateRequestError as duplicate:
                assert handle in (None, duplicate.handle)
                tally.exists.add(duplicate.handle)
                if duplicate.after_retry:
                    tally.exists_after_retry.add(duplicate.handle)
                tally.calls["duplicate reported"] += 1
                break
            assert handle in (None, handle_of(made))
            tally.returned[handle_of(made)] = made
            break
        else:
            pytest.fail(f"create {index}: outcome still unknown after {MAX_CALLS} calls")
    return tally


def check(tally: Tally, stored: Counter[str], faults: FaultyTransport, name: str) -> None:
    print(
        f"{name}: {CREATES} creates, {sum(stored.values())} objects, faults "
        f"{dict(faults.injected)}, calls {dict(tally.calls)}, "
        f"{len(tally.exists)} reported as existing"
    )
    assert tally.outcomes() == CREATES
    assert sum(stored.values()) == CREATES, "one object per intended create"
    assert all(count == 1 for count in stored.values()), "no handle twice"
    assert set(tally.returned) | tally.exists == set(stored), "every outcome names a real object"
    assert not set(tally.returned) & tally.exists
    assert all(
        faults.injected[kind] >= CREATES * RATE / 2 for kind in ("503", "timeout", "dropped")
    )


# ------------------------------------------------------------------------------- SettleGo


def test_settlego_payments_under_faults_are_made_exactly_once_each() -> None:
    session = SimulatorSession("settlego", strict=False)
    faults = FaultyTransport(session.transport, rate=RATE, seed=15)
    faults.enabled = False
    client = settlego.connect(
        DEFAULT_LOGIN_ID,
        DEFAULT_API_KEY,
        base_url=session.base_url,
        retries=FAST,
        httpx_args={"transport": faults},
    )
    create_currency_account.sync(client=client, body=CreateCurrencyAccountRequest("GBP"))
    beneficiary = create_beneficiary.sync(
        client=client, body=CreateBeneficiaryRequest.from_dict(BENEFICIARY)
    )
    faults.enabled = True

    def create(index: int, handle: str | None) -> Any:
        body = CreatePaymentRequest.from_dict(
            {**payment(beneficiary.id, index), **({"externalId": handle} if handle else {})}
        )
        return create_payment.sync(client=client, body=body)

    tally = run_creates(create, lambda made: str(made.external_id))
    faults.enabled = False
    stored = Counter(
        str(item.external_id) for item in list_payments.iterate(client=client, page_size=50)
    )
    check(tally, stored, faults, "SettleGo createPayment")
    for handle, made in tally.returned.items():
        index = int(made.payment_reference.removeprefix("INV-"))
        assert made.amount == amount(index), "the exact amount sent, as a Decimal"
        assert handle == made.external_id


def test_settlego_beneficiaries_under_faults_are_made_exactly_once_each() -> None:
    session = SimulatorSession("settlego", strict=False)
    faults = FaultyTransport(session.transport, rate=RATE, seed=16)
    faults.enabled = False
    client = settlego.connect(
        DEFAULT_LOGIN_ID,
        DEFAULT_API_KEY,
        base_url=session.base_url,
        retries=FAST,
        httpx_args={"transport": faults},
    )
    faults.enabled = True

    def create(index: int, handle: str | None) -> Any:
        body = {**BENEFICIARY, "externalId": f"supplier-{index}", "name": f"Supplier {index}"}
        return create_beneficiary.sync(client=client, body=CreateBeneficiaryRequest.from_dict(body))

    tally = run_creates(create, lambda made: str(made.external_id))
    faults.enabled = False
    stored = Counter(
        str(item.external_id) for item in list_beneficiaries.iterate(client=client, page_size=30)
    )
    check(tally, stored, faults, "SettleGo createBeneficiary")
    # A beneficiary found by its lookup after a retry is the call's answer; only a caller's
    # second call with a handle that an earlier call used hears "exists".
    assert tally.exists_after_retry == set()
    for handle, made in tally.returned.items():
        assert made.name == f"Supplier {handle.removeprefix('supplier-')}"


BENEFICIARY: dict[str, Any] = beneficiary_body(externalId="ben-1")


def amount(index: int) -> Decimal:
    return Decimal("100.01") + index


def payment(beneficiary_id: str, index: int) -> dict[str, Any]:
    return {
        "currency": "GBP",
        "amount": amount(index),
        "paymentDate": "2026-01-05",
        "paymentType": "standard",
        "reasonCode": "goods",
        "beneficiaryId": beneficiary_id,
        "paymentReference": f"INV-{index}",
    }


# ------------------------------------------------------------------------------- sFOX


def test_sfox_transfers_under_faults_are_made_exactly_once_each() -> None:
    service = FakeSFox()
    faults = FaultyTransport(httpx.MockTransport(service.handler), rate=RATE, seed=11)
    client = sfox.connect(
        ENTERPRISE_KEY, base_url="https://sfox.test", retries=FAST, httpx_args={"transport": faults}
    )

    def create(index: int, handle: str | None) -> Any:
        return sfox.create_transfer(
            client,
            user_id="ClientAccount1",
            type_="PAYOUT",
            purpose="GOOD",
            currency="usd",
            quantity=Decimal("0.000000000000000001") * (index + 1),
            rate=2000,
            description=f"refund {index}",
            transfer_id=handle,
        )

    tally = run_creates(create, lambda made: str(made.transfer_id))
    check(tally, Counter(list(service.transfers)), faults, "sFOX createTransfer")
    for made in tally.returned.values():
        index = int(made.description.removeprefix("refund "))
        assert made.quantity == Decimal("0.000000000000000001") * (index + 1)


# ------------------------------------------------------------------------------- P100


def test_p100_user_accounts_under_faults_are_made_exactly_once_each() -> None:
    service = FakeP100()
    faults = FaultyTransport(httpx.MockTransport(service.handler), rate=RATE, seed=13)
    client = p100.connect(
        "p100-key", base_url="https://p100.test", retries=FAST, httpx_args={"transport": faults}
    )
    handles: dict[str, str] = {}

    def create(index: int, handle: str | None) -> Any:
        external = f"customer-{index}"
        body = CreateUserAccountRequest(
            external_user_id=external, citizenship="PL", has_accepted_p100_tc=True
        )
        made = create_user_account.sync(client=client, body=body)
        handles[made.user_id] = external
        return made

    tally = run_creates(create, lambda made: handles[made.user_id])
    check(tally, Counter(list(service.users)), faults, "P100 createUserAccount")
    for external, made in tally.returned.items():
        assert service.users[external] == made.user_id


# ------------------------------------------------------------------------------- Sentbe


def test_sentbe_transfers_under_faults_are_made_exactly_once_each() -> None:
    service = FakeSentbe()
    faults = FaultyTransport(httpx.MockTransport(service.handler), rate=RATE, seed=17)
    client = sentbe.connect(
        "partner-7",
        "AKID-1c0ffee",
        SECRET_KEY,
        base_url="https://sentbe.test",
        retries=FAST,
        httpx_args={"transport": faults},
    )
    handles: dict[int, str] = {}

    def create(index: int, handle: str | None) -> Any:
        external = f"remit-{index}"
        body = CreateTransferParameters.from_dict(
            {
                "user_id": "47",
                "recipient_id": "10",
                "external_id": external,
                "transfer_info": {"send_amount": "1000000", "send_amount_currency": "KRW"},
                "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
            }
        )
        made = create_sentbe_transfer.sync(client=client, body=body)
        handles[made.data.transfer_info.transfer_id] = external
        return made

    tally = run_creates(create, lambda made: handles[made.data.transfer_info.transfer_id])
    check(tally, Counter(list(service.transfers)), faults, "Sentbe createTransfer")
