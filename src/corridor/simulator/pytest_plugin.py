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

With `--corridor-url URL` (or `$CORRIDOR_URL`) the fixtures of the provider served at URL give
each test a fresh world on that server (`PUT /w/{id}`, deleted after the test) instead of a
simulator in this process: pytest-xdist workers and services in other containers then share
one simulator without sharing state. `<p>_simulator` and `<p>_faults`, which are objects in this
process, are then refused; faults go through `<p>_control`.

Importing this module loads only the provider registry: the engine, the simulators and the
generated clients load when a fixture is first used, so a test run that uses none of them pays
nothing (`benchmarks/pytest_startup.py` measures it). Without the `simulator` extra, using a
fixture fails that test with one line naming the install command.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
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
    def simulator(request: pytest.FixtureRequest) -> Simulator:
        from corridor.simulator import simulate

        if _served_url(request.config, name) is not None:
            pytest.fail(
                f"{name}_simulator is the simulator in this process; with --corridor-url the "
                f"test's world is served elsewhere: use {name}_session or {name}_control",
                pytrace=False,
            )

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

        served = _served_url(request.config, name)
        if served is None:
            simulator = request.getfixturevalue(f"{name}_simulator")
            with SimulatorSession(name, simulator=simulator) as made:
                yield made
            return
        with _world(served, name) as world, SimulatorSession(name, world=world) as made:
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
        if _served_url(request.config, name) is not None:
            pytest.fail(
                f"{name}_faults is the fault plan of a simulator in this process; with "
                f"--corridor-url set faults through {name}_control.inject_faults",
                pytrace=False,
            )
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


# ---- fixtures on a shared, served simulator -------------------------------------------------

URL_VARIABLE = "CORRIDOR_URL"
_SERVED = pytest.StashKey[dict[str, str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("corridor").addoption(
        "--corridor-url",
        action="append",
        default=[],
        metavar="[PROVIDER=]URL",
        help="give each test a fresh world (PUT /w/{id}) on the simulator served at URL, "
        "instead of a simulator in this process (repeatable, one per provider; a bare URL "
        f"serves the provider it says it simulates). Default: ${URL_VARIABLE}, "
        "space-separated",
    )


def _served_url(config: pytest.Config, provider: str) -> str | None:
    """The served simulator of `provider` this run was pointed at, if any."""
    if _SERVED not in config.stash:
        given = list(config.getoption("corridor_url", None) or [])
        given = given or os.environ.get(URL_VARIABLE, "").split()
        config.stash[_SERVED] = dict(_resolve(entry) for entry in given)
    return config.stash[_SERVED].get(provider)


def _resolve(entry: str) -> tuple[str, str]:
    """(provider, URL) of one `--corridor-url`: the provider named, or the one the server at
    the URL says it simulates (`GET /w`)."""
    import httpx

    name, equals, url = entry.partition("=")
    if equals and "://" not in name:
        return name, url.rstrip("/")
    url = entry.rstrip("/")
    try:
        answer = httpx.get(f"{url}/w", timeout=10)
        provider = answer.json()["provider"] if answer.status_code == 200 else None
    except (httpx.HTTPError, ValueError, KeyError, TypeError):
        provider = None
    if not isinstance(provider, str):
        raise pytest.UsageError(
            f"--corridor-url {url}: no corridor simulator with worlds answers there "
            "(start one with: corridor simulate PROVIDER)"
        )
    return provider, url


@contextmanager
def _world(url: str, provider: str) -> Iterator[dict[str, Any]]:
    """A fresh world on the server at `url`, frozen in time as an in-process simulator is,
    dropped when the test ends."""
    import httpx

    world_id = f"pytest-{uuid.uuid4().hex}"
    with httpx.Client(base_url=url, timeout=30) as http:
        try:
            answer = http.put(f"/w/{world_id}", json={"clock": "frozen"})
        except httpx.HTTPError as error:
            pytest.fail(f"--corridor-url {url}: cannot make a world: {error}", pytrace=False)
        if answer.status_code not in (200, 201):
            pytest.fail(
                f"--corridor-url {url}: the {provider} simulator refused a world "
                f"({answer.status_code}): {answer.text[:200]}",
                pytrace=False,
            )
        try:
            yield answer.json()
        finally:
            with suppress(httpx.HTTPError):
                http.delete(f"/w/{world_id}")


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
