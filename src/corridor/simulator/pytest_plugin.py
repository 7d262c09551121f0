"""pytest fixtures for testing against the SettleGo simulator, in process.

Installed with corridor (entry point `pytest11`), so downstream suites just use the fixtures:

    def test_payout(settlego_client, simulator_control):
        simulator_control.credit("GBP", "500.00")
        ...

Every test gets a fresh simulator in strict mode: any answer the spec does not allow fails loudly.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from settlego_client import AuthenticatedClient

from corridor.settlego import connect
from corridor.simulator import Simulator, simulate
from corridor.simulator.control import SimulatorControl
from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.simulator.transport import InProcessTransport

SIMULATOR_ORIGIN = "http://settlego.simulator"


@pytest.fixture
def settlego_simulator() -> Simulator:
    """A fresh, strict, in-process SettleGo simulator (`.app` is the ASGI app)."""
    return simulate("settlego", strict=True)


@pytest.fixture
def settlego_transport(settlego_simulator: Simulator) -> Iterator[InProcessTransport]:
    transport = InProcessTransport(settlego_simulator.app)
    yield transport
    transport.close()


@pytest.fixture
def settlego_base_url(settlego_simulator: Simulator) -> str:
    return SIMULATOR_ORIGIN + settlego_simulator.base_path


@pytest.fixture
def settlego_client(
    settlego_transport: InProcessTransport, settlego_base_url: str
) -> AuthenticatedClient:
    """The generated SettleGo client, logged in as the simulator's main client."""
    return connect(
        DEFAULT_LOGIN_ID,
        DEFAULT_API_KEY,
        base_url=settlego_base_url,
        httpx_args={"transport": settlego_transport},
    )


@pytest.fixture
def simulator_control(settlego_transport: InProcessTransport) -> Iterator[SimulatorControl]:
    """Credit pay-ins, advance the clock and inspect webhook deliveries."""
    with httpx.Client(transport=settlego_transport, base_url=SIMULATOR_ORIGIN) as http:
        yield SimulatorControl(http)
