"""The reliability suite: the simulator's own faults against the facades' safe retries.

For every fault kind the engine injects (a provider-shaped 500 or 503, a 429 with Retry-After,
added latency, a connection reset before the handler runs, an answer lost after the handler
committed), 20% of the requests to the create meet it, and 200 intended creates are made the way
a careful caller does (tests/test_reliable_creates.py: call; on "outcome unknown", call again
with the handle the error names). The simulator must then hold exactly one object per intended
create, every outcome the caller was told must be true, and the simulator's fault log must show
the faults were really met.

A webhook receiver written with the facade (verify, then process each webhookReference once)
must process every event exactly once while deliveries are duplicated, late and falsely failed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from settlego_client.api.beneficiaries import create_beneficiary, list_beneficiaries
from settlego_client.api.currency_accounts import create_currency_account
from settlego_client.api.payments import create_payment, list_payments
from settlego_client.models import (
    CreateBeneficiaryRequest,
    CreateCurrencyAccountRequest,
    CreatePaymentRequest,
)

from corridor import settlego
from corridor.errors import RateLimitError
from corridor.simulator import simulate
from corridor.simulator.engine import Simulator
from corridor.simulator.faults import FaultRule
from corridor.simulator.settlego.domain.backend import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.simulator.transport import InProcessTransport
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


def check(tally: Tally, stored: Counter[str], simulator: Simulator, kind: str) -> None:
    met = Counter(fault.kind.value for fault in simulator.faults.log)
    lost = CREATES - sum(1 for count in stored.values() if count)
    duplicates = sum(count - 1 for count in stored.values() if count > 1)
    misreported = len((set(tally.returned) | tally.exists) ^ set(stored))
    print(
        f"{kind}: {CREATES} creates, {met[kind]} faults met, {sum(stored.values())} objects, "
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
    check(tally, stored, simulator, kind)
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
    check(tally, stored, simulator, kind)


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
    from corridor.simulator.control import SimulatorControl

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
