"""Schemathesis runs against every provider's simulator: spec and simulator agree, deeply.

One seeded run per provider (its seeder creates real objects first) must find no failure, give a
2xx to a schema-valid request on every operation (a run that only meets 404s proves the routing
and nothing else), and leave the simulator's books balanced. The same checks reach a served
simulator through the remote path, as they would a real sandbox: set `<PROVIDER>_BASE_URL` plus
the provider's credential variables to run them against one.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from rich.console import Console

from corridor.providers import PROVIDERS, get_provider
from corridor.simulator import simulate
from corridor.verification.command import verify
from corridor.verification.run import RunResult, run_schemathesis
from corridor.verification.targets import Target, remote_target, simulator_target

EXAMPLES = 10  # per operation and phase; `corridor verify` runs more
SIMULATED = [provider.name for provider in PROVIDERS if provider.has_simulator]


@pytest.fixture(scope="module", params=SIMULATED)
def seeded_run(request: pytest.FixtureRequest) -> tuple[Target, RunResult]:
    target = simulator_target(request.param)
    return target, run_schemathesis(target, max_examples=EXAMPLES)


def test_schemathesis_finds_no_disagreement_between_spec_and_simulator(
    seeded_run: tuple[Target, RunResult],
) -> None:
    _, result = seeded_run
    assert [f"{f.operation} {f.check}: {f.title}" for f in result.failures] == []
    assert result.errors == []
    assert result.cases > 20 * len(result.operations)


def test_every_operation_answers_a_schema_valid_request_with_a_2xx(
    seeded_run: tuple[Target, RunResult],
) -> None:
    _, result = seeded_run
    assert result.unreached == []


def test_books_balance_after_a_stateful_run(seeded_run: tuple[Target, RunResult]) -> None:
    target, _ = seeded_run
    assert target.simulator is not None
    assert target.simulator.provider.broken_invariants() == []


@pytest.mark.parametrize("provider", SIMULATED)
def test_verifying_a_url_without_credentials_names_the_variables_to_set(
    provider: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    variables = get_provider(provider).credentials
    for name in variables:
        monkeypatch.delenv(name, raising=False)
    console = Console(record=True, width=300)
    code = verify(
        [provider],
        base_url="https://sandbox.invalid/api",
        max_examples=1,
        seed=0,
        junit_xml=None,
        console=console,
    )
    assert code == 2
    assert " and ".join(variables) in console.export_text()


@pytest.fixture(params=SIMULATED)
def served_simulator(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """A simulator served by uvicorn on a free loopback port: (provider, base URL)."""
    simulator = simulate(request.param, strict=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(simulator.app, host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield request.param, f"http://127.0.0.1:{port}{simulator.base_path}"
    server.should_exit = True
    thread.join(timeout=10)


def test_the_remote_path_verifies_a_served_simulator_over_loopback(
    served_simulator: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    provider, base_url = served_simulator
    for name, value in get_provider(provider).harness().credentials.items():
        monkeypatch.setenv(name, value)
    result = run_schemathesis(remote_target(provider, base_url), max_examples=EXAMPLES)
    assert [f"{f.operation} {f.check}: {f.title}" for f in result.failures] == []
    assert result.errors == []
    assert result.unreached == []


@pytest.mark.parametrize("provider", SIMULATED)
def test_a_real_sandbox_agrees_with_the_spec(provider: str) -> None:
    base_url = os.environ.get(f"{provider.upper()}_BASE_URL")
    if not base_url:
        pytest.skip(f"set {provider.upper()}_BASE_URL to verify a real {provider} sandbox")
    result = run_schemathesis(remote_target(provider, base_url), max_examples=EXAMPLES)
    assert [f"{f.operation} {f.check}: {f.title}" for f in result.failures] == []
    assert result.errors == []
