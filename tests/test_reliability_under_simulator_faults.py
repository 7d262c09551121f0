"""The reliability suite: the simulators' own faults against the facades' safe retries.

Every create a facade makes safe to retry with an idempotency handle (tests/create_scenarios.py:
SettleGo payments, beneficiaries, conversions and transfers; sFOX end users and transfers;
P100 user accounts; Sentbe transfers) meets each fault the engine injects, at 20% of the
requests to it:

- before the handler: a connection reset (`reset`), a provider-shaped 503, a 429 with
  Retry-After (nothing happened);
- after the handler committed: a reset before any answer (`reset-after`), an answer cut off
  (`lost`), the provider's 500 instead of the answer (`500-after`), and an answer held back past
  the client's timeout (`late-answer`).

200 intended creates are made the way a careful caller does: call; on "outcome unknown" or a
rate limit, call again with the handle the error names. What each create consumes (a quote,
the exact funds) is made fresh for it, so a retry of a create that landed finds it used up.
Then the simulator must hold exactly one object per intended create (0 duplicates, 0 lost),
and every caller must have been told the truth (0 misreported): the object it asked for, or
the provider's duplicate error naming a handle that exists; never a refusal of a create that
happened ("no such quote", "insufficient balance"). The money moved once per object, and the
fault log shows the faults were met.

The same again with 30 callers at once sharing one handle (threads, one client): one object,
and each caller told the object or the duplicate error naming the handle.

A webhook receiver written with each facade (verify, then process each event once) must
process every event exactly once while deliveries are duplicated, late and falsely failed.
sFOX's docs describe no webhooks, so it has no receiver here.

`pytest -s` prints the table of creates, duplicates, lost and misreported per create and fault.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from create_scenarios import CLIENT_TIMEOUT, FAST, SCENARIOS, Scenario
from sentbe_calls import PARTNER as SENTBE_PARTNER
from sentbe_calls import Sentbe
from settlego_client.api.currency_accounts import create_currency_account
from settlego_client.models import CreateCurrencyAccountRequest

from corridor import sentbe, settlego
from corridor.errors import (
    DuplicateRequestError,
    OutcomeUnknownError,
    ProviderError,
    RateLimitError,
)
from corridor.simulator.faults import FaultRule
from corridor.simulator.session import SimulatorSession
from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID

CREATES = 200
PARALLEL = 30
RATE = 0.2
KINDS = ("reset", "reset-after", "lost", "500-after", "503", "429", "late-answer")
LATE = 2 * CLIENT_TIMEOUT  # how long a late answer is held back
MAX_CALLS = 25  # per caller; far more than 0.2**4 per call ever needs


def rule(kind: str, operation: str) -> FaultRule:
    # Retry-After 0: the facade honours it, and a test has no time to wait
    held = {"delay": LATE} if kind == "late-answer" else {}
    return FaultRule.from_json(
        {"kind": kind, "rate": RATE, "operations": [operation], "retryAfter": 0, **held}
    )


@dataclass(frozen=True)
class Outcome:
    """What one caller was told in the end: an object, that the handle exists, or a refusal."""

    told: str  # "object", "exists" or "refused"
    handle: str | None
    answer: Any = None


def call_until_known(scenario: Scenario, index: int, handle: str | None) -> tuple[Outcome, int]:
    """A careful caller: calls again, with the handle the error names, while the outcome is
    unknown or the call was throttled (a 429 that outlasted the retries: nothing happened)."""
    for calls in range(1, MAX_CALLS + 1):
        try:
            made = scenario.create(index, handle)
        except OutcomeUnknownError as unknown:
            assert unknown.handle is not None, "a create with a handle names it"
            assert handle in (None, unknown.handle)
            handle = unknown.handle
            continue
        except RateLimitError:
            continue
        except DuplicateRequestError as duplicate:
            assert handle in (None, duplicate.handle)
            return Outcome("exists", duplicate.handle, duplicate), calls
        except ProviderError as refused:
            return Outcome("refused", handle, refused), calls
        return Outcome("object", scenario.identity_of(made), made), calls
    pytest.fail(f"{scenario.name} {index}: outcome still unknown after {MAX_CALLS} calls")


def truthful(scenario: Scenario, index: int, outcome: Outcome, stored: list[Any]) -> bool:
    handles = {handle for handle, _ in stored}
    identities = {identity for _, identity in stored}
    if outcome.told == "object":
        return outcome.handle in identities and scenario.faithful(index, outcome.answer)
    if outcome.told == "exists":
        return outcome.handle in handles
    return not stored  # a refusal is true only of a create that made nothing


@dataclass
class Row:
    name: str
    kind: str
    creates: int
    faults: int
    duplicates: int
    lost: int
    misreported: int
    told: Counter[str] = field(default_factory=Counter)

    def __str__(self) -> str:
        told = ", ".join(f"{what} {count}" for what, count in sorted(self.told.items()))
        return (
            f"{self.name:28} {self.kind:12} {self.creates:7} {self.faults:6} "
            f"{self.duplicates:10} {self.lost:4} {self.misreported:11}   {told}"
        )


HEADER = (
    f"{'create':28} {'fault':12} {'creates':>7} {'faults':>6} "
    f"{'duplicates':>10} {'lost':>4} {'misreported':>11}   told"
)
ROWS: dict[str, list[Row]] = {"serial": [], "parallel": []}


@pytest.fixture(scope="module", autouse=True)
def table() -> Iterator[None]:
    """The whole table once the module's tests have run (seen with `pytest -s`)."""
    yield
    for mode, rows in ROWS.items():
        if rows:
            title = (
                f"{CREATES} creates each" if mode == "serial" else f"{PARALLEL} callers, one handle"
            )
            print(f"\n{mode}: {title}, {RATE:.0%} of requests to the create faulted\n{HEADER}")
            for row in rows:
                print(row)


def judge(scenario: Scenario, kind: str, outcomes: dict[int, list[Outcome]], creates: int) -> Row:
    stored = scenario.stored()
    met = Counter(fault.kind.value for fault in scenario.simulator.faults.log)
    row = Row(
        scenario.name,
        kind,
        creates,
        met[kind],
        duplicates=sum(len(objects) - 1 for objects in stored.values() if objects),
        lost=sum(1 for index in outcomes if not stored.get(index)),
        misreported=sum(
            not truthful(scenario, index, outcome, stored.get(index, []))
            for index, told in outcomes.items()
            for outcome in told
        ),
        told=Counter(outcome.told for told in outcomes.values() for outcome in told),
    )
    assert set(stored) <= set(outcomes), "no object made for a create nobody asked for"
    return row


CASES = [
    pytest.param(scenario, kind, seed, id=f"{scenario.__name__}-{kind}")
    for seed, (scenario, kind) in enumerate(
        (scenario, kind) for scenario in SCENARIOS for kind in KINDS
    )
]
AFTER_THE_HANDLER = ("reset-after", "lost", "500-after", "late-answer")


@pytest.mark.parametrize(("make", "kind", "seed"), CASES)
def test_each_create_is_made_exactly_once_and_reported_truly_under_each_fault(
    make: Callable[[int], Scenario], kind: str, seed: int
) -> None:
    scenario = make(seed)
    scenario.simulator.faults.inject(rule(kind, scenario.operation), seed=seed)
    outcomes: dict[int, list[Outcome]] = {}
    calls = 0
    for index in range(CREATES):
        scenario.prepare(index)
        first = None if scenario.facade_chooses else scenario.handle_for(index)
        outcome, made_in = call_until_known(scenario, index, first)
        outcomes[index] = [outcome]
        calls += made_in
    scenario.simulator.faults.inject()  # the checks that follow are not faulted
    row = judge(scenario, kind, outcomes, CREATES)
    ROWS["serial"].append(row)
    print(f"\n{row}  ({calls} calls)")
    assert (row.duplicates, row.lost, row.misreported) == (0, 0, 0)
    assert row.told["refused"] == 0
    assert row.faults >= CREATES * RATE / 2, "the faults were really met"
    if kind in AFTER_THE_HANDLER:
        committed = [fault for fault in scenario.simulator.faults.log if fault.committed]
        assert committed, "creates that happened though the caller did not hear so"
    scenario.check_money(range(CREATES))
    assert scenario.broken_invariants() == []


@pytest.mark.parametrize(("make", "kind", "seed"), CASES)
def test_parallel_creates_sharing_one_handle_make_one_object_and_each_caller_hears_the_truth(
    make: Callable[[int], Scenario], kind: str, seed: int
) -> None:
    scenario = make(1000 + seed)
    scenario.prepare(0)  # one quote, one create's funds: what the one object consumes
    handle = scenario.handle_for(0)
    scenario.simulator.faults.inject(rule(kind, scenario.operation), seed=1000 + seed)
    start = threading.Barrier(PARALLEL)

    def caller(_: int) -> Outcome:
        start.wait()
        return call_until_known(scenario, 0, handle)[0]

    with ThreadPoolExecutor(PARALLEL) as pool:
        told = list(pool.map(caller, range(PARALLEL)))
    scenario.simulator.faults.inject()
    row = judge(scenario, kind, {0: told}, PARALLEL)
    ROWS["parallel"].append(row)
    print(f"\n{row}")
    assert [h for h, _ in scenario.stored()[0]] == [handle], "one object, with the handle"
    assert row.misreported == 0
    assert {outcome.told for outcome in told} <= {"object", "exists"}
    assert {outcome.handle for outcome in told if outcome.told == "exists"} <= {handle}
    scenario.check_money(range(1))
    assert scenario.broken_invariants() == []


# ------------------------------------------------------------------------------- receivers


def faulty_client(session: SimulatorSession) -> Any:
    return settlego.connect(
        DEFAULT_LOGIN_ID,
        DEFAULT_API_KEY,
        base_url=session.base_url,
        retries=FAST,
        httpx_args={"transport": session.transport},
    )


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
    session = SimulatorSession(
        "settlego",
        strict=False,
        webhook_transport=httpx.MockTransport(lambda r: holder["r"].handle(r)),
    )
    control = session.control
    key = load_public_key(control.webhook_public_key())
    holder["r"] = receiver = OnceReceiver(key, PARTNER_KEY)
    control.register_webhook_listener("http://partner.example/hooks", PARTNER_PEM)
    control.inject_faults(delivery={"duplicate": 0.5, "late": 0.3, "failFirst": 0.3, "delay": 30})
    client = faulty_client(session)
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
        event = webhooks.receive(request.content, request.headers, token, expect="cryptoDeposit")
        payload = event.root  # type: ignore[attr-defined]
        return payload.crypto_deposit_id, payload.status.value

    receiver = StatusReceiver(read, ["WAITING_FOR_VERIFICATION", "UNSUCCESSFUL", "SUCCESSFUL"])
    session = SimulatorSession(
        "p100", webhook_transport=httpx.MockTransport(receiver.handle), seed=7
    )
    control = session.control
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
