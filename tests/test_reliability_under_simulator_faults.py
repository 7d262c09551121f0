"""The reliability suite: the simulator's own faults against the facades' safe retries.

Every provider with a simulator, and every create its facade makes safe to retry: SettleGo
createPayment and createBeneficiary (externalId), sFOX Create Transfer (transfer_id), P100
Create User Account (externalUserId) and Sentbe Create Transfer (external_id).

For every fault kind the engine injects (a provider-shaped 500 or 503, a 429 with
Retry-After, added latency, a connection reset before the handler runs, an answer lost after
the handler committed), 20% of the requests to the create meet it, and 200 intended creates
are made the way a careful caller does (tests/test_reliable_creates.py: call; on "outcome
unknown", call again with the handle the error names). The simulator must then hold exactly
one object per intended create, every outcome the caller was told must be true, and the
simulator's fault log must show the faults were really met.

A webhook receiver written with each facade (verify, then process each event once) must
process every event exactly once while deliveries are duplicated, late and falsely failed.
sFOX's docs describe no webhooks, so it has no receiver here.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from p100_client.api.user_operations_onboarding_kyc_flow import create_user_account
from p100_client.models import CreateUserAccountRequest
from sentbe_calls import PARTNER as SENTBE_PARTNER
from sentbe_calls import Sentbe
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
from corridor.errors import RateLimitError
from corridor.simulator import simulate
from corridor.simulator.control import SimulatorControl
from corridor.simulator.engine import Simulator
from corridor.simulator.faults import FaultRule
from corridor.simulator.p100 import DEFAULT_API_KEY as P100_API_KEY
from corridor.simulator.settlego.domain.backend import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.simulator.sfox import DEFAULT_ENTERPRISE_API_KEY
from corridor.simulator.transport import InProcessTransport
from tests.sfox_wire import SFoxWire, individual
from tests.test_reliable_creates import BENEFICIARY, CREATES, FAST, Tally, payment, run_creates

RATE = 0.2
KINDS = ("500", "503", "429", "reset", "lost", "latency")


def rule(kind: str, operation: str) -> FaultRule:
    if kind == "latency":
        return FaultRule.parse(f"latency=1:1ms-5ms@{operation}")
    # Retry-After 0: the facade honours it, and a test has no time to wait
    return FaultRule.from_json(
        {"kind": kind, "rate": RATE, "operations": [operation], "retryAfter": 0}
    )


def until_admitted(create: Callable[[int, str | None], Any]) -> Callable[[int, str | None], Any]:
    """A throttled call that ran out of retries was not processed (the facade says so with a
    RateLimitError): the caller waits and calls again, as the error invites."""

    def call(index: int, handle: str | None) -> Any:
        for _ in range(25):
            try:
                return create(index, handle)
            except RateLimitError:
                continue
        pytest.fail(f"create {index} throttled 25 times in a row")

    return call


def faulty_client(simulator: Simulator) -> Any:
    return settlego.connect(
        DEFAULT_LOGIN_ID,
        DEFAULT_API_KEY,
        base_url="http://settlego.test/api/v1",
        retries=FAST,
        httpx_args={"transport": InProcessTransport(simulator.app)},
    )


def check(tally: Tally, stored: Counter[str], simulator: Simulator, kind: str, name: str) -> None:
    met = Counter(fault.kind.value for fault in simulator.faults.log)
    lost = CREATES - sum(1 for count in stored.values() if count)
    duplicates = sum(count - 1 for count in stored.values() if count > 1)
    misreported = len((set(tally.returned) | tally.exists) ^ set(stored))
    print(
        f"{name} {kind}: {CREATES} creates, {met[kind]} faults met, "
        f"{sum(stored.values())} objects, "
        f"{duplicates} duplicates, {lost} lost, {misreported} misreported, calls "
        f"{dict(tally.calls)}"
    )
    assert (duplicates, lost, misreported) == (0, 0, 0)
    assert tally.outcomes() == CREATES
    assert not set(tally.returned) & tally.exists
    expected = CREATES if kind == "latency" else CREATES * RATE / 2
    assert met[kind] >= expected, "the faults were really injected"


@pytest.mark.parametrize("kind", KINDS)
def test_settlego_payments_are_made_exactly_once_under_each_fault(kind: str) -> None:
    simulator = simulate("settlego", seed=KINDS.index(kind))
    client = faulty_client(simulator)
    create_currency_account.sync(client=client, body=CreateCurrencyAccountRequest("GBP"))
    beneficiary = create_beneficiary.sync(
        client=client, body=CreateBeneficiaryRequest.from_dict(BENEFICIARY)
    )
    simulator.faults.inject(rule(kind, "createPayment"), seed=KINDS.index(kind))

    def create(index: int, handle: str | None) -> Any:
        body = {**payment(beneficiary.id, index), **({"externalId": handle} if handle else {})}
        return create_payment.sync(client=client, body=CreatePaymentRequest.from_dict(body))

    tally = run_creates(until_admitted(create), lambda made: str(made.external_id))
    stored = Counter(
        str(item.external_id) for item in list_payments.iterate(client=client, page_size=50)
    )
    check(tally, stored, simulator, kind, "SettleGo createPayment")
    if kind == "lost":
        committed = [fault for fault in simulator.faults.log if fault.committed]
        assert committed, "lost answers whose payments exist: the case a retry must not repeat"


@pytest.mark.parametrize("kind", KINDS)
def test_settlego_beneficiaries_are_made_exactly_once_under_each_fault(kind: str) -> None:
    simulator = simulate("settlego", seed=10 + KINDS.index(kind))
    client = faulty_client(simulator)
    simulator.faults.inject(rule(kind, "createBeneficiary"), seed=10 + KINDS.index(kind))

    def create(index: int, handle: str | None) -> Any:
        body = {**BENEFICIARY, "externalId": f"supplier-{index}", "name": f"Supplier {index}"}
        return create_beneficiary.sync(client=client, body=CreateBeneficiaryRequest.from_dict(body))

    tally = run_creates(until_admitted(create), lambda made: str(made.external_id))
    stored = Counter(
        str(item.external_id) for item in list_beneficiaries.iterate(client=client, page_size=50)
    )
    check(tally, stored, simulator, kind, "SettleGo createBeneficiary")


class OnceReceiver:
    """A partner's webhook endpoint written with the facade: verify, then act once per event."""

    def __init__(self, simulator_key: Any, partner_key: Any) -> None:
        self.simulator_key, self.partner_key = simulator_key, partner_key
        self.processed: Counter[str] = Counter()
        self.deliveries = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        event = settlego.webhooks.receive(request.content, request.headers, self.simulator_key)
        self.deliveries += 1
        if event.webhook_reference not in self.processed:  # a repeat is acknowledged, not redone
            self.processed[event.webhook_reference] += 1
        answer = settlego.webhooks.acknowledge(event, self.partner_key)
        return httpx.Response(200, content=answer.body, headers=answer.headers)


def test_a_facade_receiver_processes_each_event_once_despite_imperfect_delivery() -> None:
    from test_settlego_simulator_webhooks import PARTNER_KEY, PARTNER_PEM

    from corridor.settlego.webhooks import load_public_key

    holder: dict[str, OnceReceiver] = {}
    simulator = simulate(
        "settlego",
        webhook_transport=httpx.MockTransport(lambda r: holder["r"].handle(r)),  # type: ignore[arg-type]
    )
    transport = InProcessTransport(simulator.app)
    control = SimulatorControl(httpx.Client(transport=transport, base_url="http://sim"))
    key = load_public_key(control.webhook_public_key())
    holder["r"] = receiver = OnceReceiver(key, PARTNER_KEY)
    control.register_webhook_listener("http://partner.example/hooks", PARTNER_PEM)
    control.inject_faults(delivery={"duplicate": 0.5, "late": 0.3, "failFirst": 0.3, "delay": 30})
    client = faulty_client(simulator)
    for currency in ("GBP", "EUR", "USD", "CHF", "JPY", "CAD"):
        create_currency_account.sync(client=client, body=CreateCurrencyAccountRequest(currency))
        control.credit(currency, "10")
    for _ in range(8):
        control.advance_clock(15 * 60)  # past every late delivery and retry
    events = control._call("GET", "/webhooks/deliveries")["deliveries"]
    assert len(events) == 12
    assert all(event["status"] == "delivered" for event in events)
    assert set(receiver.processed) == {event["id"] for event in events}
    assert set(receiver.processed.values()) == {1}
    assert receiver.deliveries > len(events), "duplicates were delivered and absorbed"


# ------------------------------------------------------------------------------- sFOX


@pytest.mark.parametrize("kind", KINDS)
def test_sfox_transfers_are_made_exactly_once_under_each_fault(kind: str) -> None:
    # transfer_id is the idempotency key (docs/sfox/transfers/create-transfer.md:19); a second
    # create with it is the documented refusal (create-transfer.md:96)
    simulator = simulate("sfox", strict=True, seed=20 + KINDS.index(kind))
    wire = SFoxWire(simulator)
    wire.register(individual("ClientAccount1"))
    wire.control.credit("eth", "100", owner="ClientAccount1")
    partner = sfox.connect(
        DEFAULT_ENTERPRISE_API_KEY,
        base_url="http://sfox.simulator",
        retries=SFOX_FAST,
        httpx_args={"transport": InProcessTransport(simulator.app)},
    )
    simulator.faults.inject(rule(kind, "createTransfer"), seed=20 + KINDS.index(kind))

    def create(index: int, handle: str | None) -> Any:
        return sfox.create_transfer(
            partner,
            user_id="ClientAccount1",
            type_="PAYMENT",
            purpose="GOOD",
            currency="eth",
            quantity=SFOX_UNIT * (index + 1),
            rate=2000,
            description=f"gift card {index}",
            transfer_id=handle or str(uuid.UUID(int=index + 1)),
        )

    tally = run_creates(until_admitted(create), lambda made: str(made.transfer_id))
    simulator.faults.inject()  # the checks that follow are not faulted
    stored = Counter(transfer.id for transfer in wire.backend.transfers.records)
    check(tally, stored, simulator, kind, "sFOX createTransfer")
    for made in tally.returned.values():
        index = int(made.description.removeprefix("gift card "))
        assert made.quantity == SFOX_UNIT * (index + 1), "the transfer this create asked for"
    held = sum((SFOX_UNIT * (index + 1) for index in range(CREATES)), Decimal(0))
    assert wire.balance("ClientAccount1", "eth") == (Decimal(100) - held, held)
    assert simulator.provider.broken_invariants() == []


SFOX_FAST = sfox.Retries(attempts=4, initial=0, maximum=0, jitter=0)
SFOX_UNIT = Decimal("0.001")


# ------------------------------------------------------------------------------- P100


def p100_client(simulator: Simulator) -> Any:
    return p100.connect(
        P100_API_KEY,
        base_url="http://p100.test",
        retries=FAST,
        httpx_args={"transport": InProcessTransport(simulator.app)},
    )


@pytest.mark.parametrize("kind", KINDS)
def test_p100_user_accounts_are_made_exactly_once_under_each_fault(kind: str) -> None:
    # externalUserId "must be unique; reuse fails" (docs/p100/user/create-user-account.md)
    simulator = simulate("p100", strict=True, seed=30 + KINDS.index(kind))
    client = p100_client(simulator)
    simulator.faults.inject(rule(kind, "createUserAccount"), seed=30 + KINDS.index(kind))
    handles: dict[str, str] = {}

    def create(index: int, handle: str | None) -> Any:
        external = f"customer-{index}"
        body = CreateUserAccountRequest.from_dict(
            {"externalUserId": external, "firstName": f"Jan{index}", "citizenship": "PL"}
        )
        made = create_user_account.sync(client=client, body=body)
        handles[made.user_id] = external
        return made

    tally = run_creates(until_admitted(create), lambda made: handles[made.user_id])
    simulator.faults.inject()  # the checks that follow are not faulted
    users = {user.external_id: user for user in simulator.provider.backend.users}
    check(
        tally,
        Counter(user.external_id for user in users.values()),
        simulator,
        kind,
        "P100 createUserAccount",
    )
    for external, made in tally.returned.items():
        assert users[external].user_id == made.user_id, "the answer names the user it made"
        assert users[external].profile["firstName"] == f"Jan{external.removeprefix('customer-')}"
    assert simulator.provider.broken_invariants() == []


# ------------------------------------------------------------------------------- Sentbe


def sentbe_world(seed: int, **options: Any) -> tuple[Sentbe, Any, tuple[int, int]]:
    world = Sentbe.start(seed=seed, **options)
    world.fund(usd="1000.00", krw=str(1_000_000 * (CREATES + 10)))
    user = world.user()
    pair = (user["id"], world.recipient(user["id"])["id"])
    partner_id, access_id, secret_key = SENTBE_PARTNER
    client = sentbe.connect(
        partner_id,
        access_id,
        secret_key,
        base_url="http://sentbe",
        retries=FAST,
        httpx_args={"transport": InProcessTransport(world.simulator.app)},
    )
    return world, client, pair


@pytest.mark.parametrize("kind", KINDS)
def test_sentbe_transfers_are_made_exactly_once_under_each_fault(kind: str) -> None:
    # external_id is the "partner's transfer unique id" (docs/sentbe/api/_create_transfer.md)
    world, client, (user_id, recipient_id) = sentbe_world(40 + KINDS.index(kind))
    simulator = world.simulator
    simulator.faults.inject(rule(kind, "createTransfer"), seed=40 + KINDS.index(kind))
    handles: dict[str, str] = {}

    def create(index: int, handle: str | None) -> Any:
        external = f"remit-{index}"
        body = CreateTransferParameters.from_dict(
            {
                "user_id": str(user_id),
                "recipient_id": str(recipient_id),
                "external_id": external,
                "transfer_info": {"send_amount": "1000000", "send_amount_currency": "KRW"},
                "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
            }
        )
        made = create_sentbe_transfer.sync(client=client, body=body)
        handles[str(made.data.transfer_info.transfer_id)] = external
        return made

    tally = run_creates(
        until_admitted(create), lambda made: handles[str(made.data.transfer_info.transfer_id)]
    )
    simulator.faults.inject()  # the checks that follow are not faulted
    transfers = simulator.provider.backend.transfers.records
    stored = Counter(transfer.external_id for transfer in transfers)
    check(tally, stored, simulator, kind, "Sentbe createTransfer")
    by_external = {transfer.external_id: transfer for transfer in transfers}
    for external, made in tally.returned.items():
        assert by_external[external].id == str(made.data.transfer_info.transfer_id)
    assert simulator.provider.broken_invariants() == []


# ------------------------------------------------------------------------------- receivers

IMPERFECT = {"duplicate": 0.5, "late": 0.3, "failFirst": 0.3, "delay": 30}


class StatusReceiver:
    """A partner's endpoint for status events that carry no event id (P100's crypto deposits,
    Sentbe's transfer callbacks): verified with the facade, each (object, status) acted on once,
    and a late event never moving an object back to a status it has left."""

    def __init__(self, read: Callable[[httpx.Request], tuple[str, str]], order: list[str]) -> None:
        self.read, self.order = read, order
        self.processed: Counter[tuple[str, str]] = Counter()
        self.status: dict[str, str] = {}
        self.deliveries = 0
        self.stale = 0  # events that arrived after a later status of their object

    def handle(self, request: httpx.Request) -> httpx.Response:
        handle, status = self.read(request)  # raises, and so refuses, a forged delivery
        self.deliveries += 1
        if (handle, status) not in self.processed:
            self.processed[handle, status] += 1
            known = self.status.get(handle)
            if known is None or self.order.index(status) > self.order.index(known):
                self.status[handle] = status
            else:
                self.stale += 1
        return httpx.Response(200, json={})

    def check_each_event_acted_on_once(
        self, deliveries: list[dict[str, Any]], events: set[tuple[str, str]]
    ) -> None:
        """Every delivery arrived, each event was acted on exactly once, and the imperfections
        asked for (duplicates, events out of order) really happened."""
        assert {delivery["status"] for delivery in deliveries} == {"delivered"}
        assert set(self.processed) == events
        assert set(self.processed.values()) == {1}
        assert self.deliveries > len(deliveries), "duplicates were delivered and absorbed"
        assert self.stale > 0, "some events arrived out of order"


def test_a_p100_receiver_processes_each_crypto_deposit_status_once_despite_imperfect_delivery() -> (
    None
):
    from corridor.p100 import webhooks

    token = "whsec-0f3c5e7a9b1d2f4a6c8e0a2b4d6f8a1c"

    def read(request: httpx.Request) -> tuple[str, str]:
        event = webhooks.receive(request.content, request.headers, token, kind="cryptoDeposit")
        payload = event.root  # type: ignore[attr-defined]
        return payload.crypto_deposit_id, payload.status.value

    receiver = StatusReceiver(read, ["WAITING_FOR_VERIFICATION", "UNSUCCESSFUL", "SUCCESSFUL"])
    simulator = simulate(
        "p100", strict=True, webhook_transport=httpx.MockTransport(receiver.handle), seed=7
    )
    control = SimulatorControl(
        httpx.Client(transport=InProcessTransport(simulator.app), base_url="http://sim")
    )
    control.register_webhook_listener(
        "http://partner.example/hooks",
        token=token,
        urls={"cryptoDeposit": "http://partner.example/hooks/cryptoDeposit"},
    )
    # a deposit settles 30 s after it is seen: a "seen" delivered 90 s late arrives after it
    control.inject_faults(delivery=IMPERFECT | {"delay": 90}, seed=7)
    for index in range(12):
        outcome = "UNSUCCESSFUL" if index % 4 == 0 else "SUCCESSFUL"
        control.act("crypto-deposits", currency="eth", amount=f"0.00{index + 1}", outcome=outcome)
    for _ in range(120):
        control.advance_clock(10)  # in steps, so each event leaves when it falls due

    deliveries = control.webhook_deliveries()
    assert len(deliveries) == 24  # seen on chain, then settled, for each deposit
    events = {(d["payload"]["cryptoDepositId"], d["payload"]["status"]) for d in deliveries}
    receiver.check_each_event_acted_on_once(deliveries, events)
    settled = {handle: status for handle, status in events if status != "WAITING_FOR_VERIFICATION"}
    assert receiver.status == settled, "a late 'seen on chain' never undoes a settlement"


def test_a_sentbe_receiver_processes_each_transfer_status_once_despite_imperfect_delivery() -> None:
    order = ["Waiting verification", "Processing", "Complete"]

    def read(request: httpx.Request) -> tuple[str, str]:
        event = sentbe.webhooks.receive(request.content, request.headers, SENTBE_PARTNER[1])
        return event.external_id, event.status.value

    receiver = StatusReceiver(read, order)
    world = Sentbe.start(webhook_transport=httpx.MockTransport(receiver.handle), seed=8)
    world.control.register_webhook_listener("http://partner.example/sentbe_callback")
    world.control.inject_faults(delivery=IMPERFECT, seed=8)
    world.fund()
    user = world.user()
    recipient = world.recipient(user["id"])["id"]
    for index in range(8):
        world.transfer(user["id"], recipient, external_id=f"remit-{index}")
    world.control.act("verify-recipient", recipient_id=recipient)
    for _ in range(10):
        world.control.advance_clock(120)

    deliveries = world.control.webhook_deliveries()
    assert len(deliveries) == 24  # three statuses for each transfer
    events = {(d["event"]["external_id"], d["event"]["status"]) for d in deliveries}
    receiver.check_each_event_acted_on_once(deliveries, events)
    assert receiver.status == {f"remit-{index}": "Complete" for index in range(8)}
