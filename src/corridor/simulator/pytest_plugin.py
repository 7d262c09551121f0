"""pytest fixtures for testing against corridor's simulators, in process.

Installed with corridor (entry point `pytest11`). For every provider with a simulator in the
registry, the fixtures are (with the provider's name for `<p>`):

- `<p>_simulator`: a fresh simulator in strict mode (any answer the spec does not allow fails
  loudly); `.app` is the ASGI app;
- `<p>_session`: a `corridor.simulator.session.SimulatorSession` on that simulator, which the
  fixtures below come from: `.http` (a raw httpx client on the base URL, signed in as the
  provider's harness signs in), `.anonymous()`, `.control`, `.client`, `.user_client`;
- `<p>_client`: the facade's ready client (signed in with the simulator's defaults);
- `<p>_user_client`: a ready client acting for one end user, for providers whose API has
  such clients (their harness's `connect_user`); a usage error for the others;
- `<p>_control`: the control API (credit money, move the clock, webhook deliveries);
- `<p>_transport`, `<p>_base_url`: for building clients of your own;
- `<p>_faults`: the simulator's fault plan: `<p>_faults.inject("503=0.2", seed=1)`, and
  `<p>_faults.log` lists every fault injected, with the request it hit.

`simulator_control` is the control API of the one simulator the test uses.

Importing this module loads only the provider registry: the engine, the simulators and the
generated clients load when a fixture is first used, so a test run that uses none of them pays
nothing (`benchmarks/pytest_startup.py` measures it). Without the `simulator` extra, using a
fixture fails that test with one line naming the install command.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from corridor.providers import PROVIDERS, Provider

if TYPE_CHECKING:
    import httpx

    from corridor.providers.control import SimulatorControl
    from corridor.simulator.engine import Simulator
    from corridor.simulator.faults import FaultPlan
    from corridor.simulator.session import SimulatorSession


def _fixtures(provider: Provider) -> dict[str, Any]:
    name = provider.name

    @pytest.fixture(name=f"{name}_simulator")
    def simulator() -> Simulator:
        from corridor.simulator import simulate

        try:
            return simulate(name, strict=True)
        except ModuleNotFoundError as error:
            missing = (error.name or "").partition(".")[0]
            if not missing or missing == "corridor":
                raise
        # outside the except block, so the report is this one line without the import's chain
        pytest.fail(
            f"the {name}_simulator fixture needs the 'simulator' extra (no module named "
            f"{missing!r}): pip install 'corridor[simulator]'",
            pytrace=False,
        )

    @pytest.fixture(name=f"{name}_session")
    def session(request: pytest.FixtureRequest) -> Iterator[SimulatorSession]:
        from corridor.simulator.session import SimulatorSession

        with SimulatorSession(name, simulator=request.getfixturevalue(f"{name}_simulator")) as made:
            yield made

    @pytest.fixture(name=f"{name}_transport")
    def transport(request: pytest.FixtureRequest) -> httpx.BaseTransport:
        built: httpx.BaseTransport = request.getfixturevalue(f"{name}_session").transport
        return built

    @pytest.fixture(name=f"{name}_base_url")
    def base_url(request: pytest.FixtureRequest) -> str:
        url: str = request.getfixturevalue(f"{name}_session").base_url
        return url

    @pytest.fixture(name=f"{name}_client")
    def client(request: pytest.FixtureRequest) -> Any:
        return request.getfixturevalue(f"{name}_session").client

    @pytest.fixture(name=f"{name}_user_client")
    def user_client(request: pytest.FixtureRequest) -> Any:
        if provider.harness().connect_user is None:
            raise pytest.UsageError(f"{provider.title} has no end-user clients; use {name}_client")
        return request.getfixturevalue(f"{name}_session").user_client

    @pytest.fixture(name=f"{name}_control")
    def control(request: pytest.FixtureRequest) -> SimulatorControl:
        made: SimulatorControl = request.getfixturevalue(f"{name}_session").control
        return made

    @pytest.fixture(name=f"{name}_faults")
    def faults(request: pytest.FixtureRequest) -> FaultPlan:
        plan: FaultPlan = request.getfixturevalue(f"{name}_simulator").faults
        return plan

    return {
        f"_{name}_{fixture.__name__}": fixture
        for fixture in (
            simulator,
            session,
            transport,
            base_url,
            client,
            user_client,
            control,
            faults,
        )
    }


for _provider in PROVIDERS:
    if _provider.has_simulator:
        globals().update(_fixtures(_provider))


@pytest.fixture
def simulator_control(request: pytest.FixtureRequest) -> SimulatorControl:
    """The control API of the one provider simulator this test uses."""
    used = [
        p.name
        for p in PROVIDERS
        if p.has_simulator and any(f.startswith(f"{p.name}_") for f in request.fixturenames)
    ]
    if len(used) != 1:
        found = ", ".join(used) or "none"
        raise pytest.UsageError(
            "simulator_control needs exactly one provider simulator fixture in the test "
            f"(found: {found}); use <provider>_control instead"
        )
    control: SimulatorControl = request.getfixturevalue(f"{used[0]}_control")
    return control
