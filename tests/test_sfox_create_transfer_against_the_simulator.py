"""The facade's create_transfer retries against the sFOX simulator, not a mock: the engine's
own faults (a lost answer, a reset, a 503, its rate limit) hit a real transfer_id rule.

Whatever fails, a transfer is made at most once: sFOX's transfer_id is the idempotency key
(docs/sfox/transfers/create-transfer.md:19), and a retry of a create that did land meets the
documented duplicate refusal (docs/sfox/transfers/create-transfer.md:96), which the facade
resolves from the transfer history.
"""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
from sfox_client.models import Transfer

from corridor import sfox
from corridor.errors import OutcomeUnknownError
from corridor.simulator.engine import Simulator
from corridor.simulator.faults import RateLimit
from corridor.simulator.sfox import DEFAULT_ENTERPRISE_API_KEY
from corridor.simulator.transport import InProcessTransport
from tests.sfox_wire import SFoxWire, individual

TRANSFER_ID = "7735757c-863e-4e07-9b84-af186424ebae"  # the Create Transfer example's
FAST = sfox.Retries(attempts=3, initial=0, jitter=0, max_retry_after=0)


class FirstAttemptOnly(httpx.BaseTransport):
    """Lets the simulator's faults hit the first Create Transfer only, then clears them."""

    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator
        self.inner = InProcessTransport(simulator.app)
        self.creates = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/enterprise/transfer":
            self.creates += 1
            if self.creates == 2:
                self.simulator.faults.inject()
        return self.inner.handle_request(request)


def world(*faults: str, **options: object) -> tuple[SFoxWire, FirstAttemptOnly]:
    wire = SFoxWire(**options)
    simulator = wire.simulator
    wire.register(individual("ClientAccount1"))
    wire.control.credit("eth", "1", owner="ClientAccount1")
    simulator.faults.inject(*faults)
    return wire, FirstAttemptOnly(simulator)


def create(transport: httpx.BaseTransport, retries: sfox.Retries = FAST) -> Transfer:
    partner = sfox.connect(
        DEFAULT_ENTERPRISE_API_KEY,
        base_url="http://sfox.simulator",
        httpx_args={"transport": transport},
    )
    return sfox.create_transfer(
        partner,
        user_id="ClientAccount1",
        type_="PAYMENT",
        purpose="GOOD",
        currency="eth",
        quantity=Decimal("0.1"),
        rate=2000,
        description="Gift card payment",
        transfer_id=TRANSFER_ID,
        retries=retries,
    )


def made_once(wire: SFoxWire) -> None:
    transfers = list(wire.backend.transfers.records)
    assert [t.id for t in transfers] == [TRANSFER_ID]
    assert wire.balance("ClientAccount1", "eth") == (Decimal("0.9"), Decimal("0.1"))
    assert wire.simulator.provider.broken_invariants() == []


def test_a_lost_answer_is_retried_and_resolved_from_the_history_without_a_second_transfer() -> None:
    wire, transport = world("lost=1@createTransfer")

    transfer = create(transport)

    assert transport.creates == 2  # the lost one, then the duplicate refusal
    assert transfer.transfer_id == TRANSFER_ID
    assert transfer.transfer_status_code == "PENDING"
    assert [fault.kind.value for fault in wire.simulator.faults.log] == ["lost"]
    assert wire.simulator.faults.log[0].committed is True
    made_once(wire)


@pytest.mark.parametrize("fault", ["reset=1@createTransfer", "503=1@createTransfer"])
def test_a_failure_before_the_transfer_is_made_is_retried_and_makes_it_once(fault: str) -> None:
    wire, transport = world(fault)

    transfer = create(transport)

    assert transport.creates == 2
    assert transfer.transfer_status_code == "PENDING"
    assert wire.simulator.faults.log[0].committed is False
    made_once(wire)


def test_when_every_answer_is_lost_the_outcome_is_unknown_and_the_transfer_exists_once() -> None:
    wire, _ = world()
    wire.simulator.faults.inject("lost=1@createTransfer")
    always_lost = InProcessTransport(wire.simulator.app)

    with pytest.raises(OutcomeUnknownError):
        create(always_lost)

    assert len(wire.simulator.faults.log) == FAST.attempts
    made_once(wire)


def test_the_simulators_rate_limit_is_waited_out_and_never_makes_two_transfers() -> None:
    wire, transport = world(rate_limit=RateLimit(1, 10.0, "one request per 10 s"))
    partner_requests = transport.inner  # the limit counts per credential: use it up once
    partner_requests.handle_request(
        httpx.Request(
            "GET",
            "http://sfox.simulator/v1/enterprise/users",
            headers={"Authorization": f"Bearer {DEFAULT_ENTERPRISE_API_KEY}"},
        )
    )

    with pytest.raises(sfox.SFoxRateLimitError):
        create(transport)  # the simulator clock stands still: every attempt meets the 429

    assert list(wire.backend.transfers.records) == []
    wire.control.advance_clock(10)
    assert create(transport).transfer_id == TRANSFER_ID
    made_once(wire)
