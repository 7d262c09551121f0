"""Schemathesis runs: the SettleGo spec and the simulator agree, and disagreements are caught.

Set SETTLEGO_BASE_URL (plus SETTLEGO_LOGIN_ID and SETTLEGO_API_KEY) to run the same checks
against a real SettleGo sandbox.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from rich.console import Console

from corridor.simulator import simulate
from corridor.simulator.dialect import Answer, Call
from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.verification.command import verify, verify_target
from corridor.verification.run import run_schemathesis
from corridor.verification.targets import remote_target, simulator_target

EXAMPLES = 10  # per operation and phase; `corridor verify` runs more


def test_schemathesis_finds_no_disagreement_between_spec_and_simulator() -> None:
    target = simulator_target("settlego")
    result = run_schemathesis(target, max_examples=EXAMPLES)
    assert result.cases > 1000
    assert [f"{f.operation} {f.check}: {f.title}" for f in result.failures] == []
    assert result.errors == []
    assert all(op.cases > 0 for op in result.operations.values())


def test_books_balance_after_a_stateful_run() -> None:
    target = simulator_target("settlego")
    run_schemathesis(target, max_examples=EXAMPLES, seed=7)
    assert target.simulator is not None
    assert target.simulator.provider.broken_invariants() == []


def broken_get_currency_account(call: Call) -> Answer:
    return Answer({"currency": call.path["currency"], "balance": "lots"})


def test_a_broken_handler_makes_verification_fail_with_a_readable_report() -> None:
    broken = simulate("settlego", handlers={"getCurrencyAccount": broken_get_currency_account})
    console = Console(record=True, width=140)
    result = verify_target(simulator_target("settlego", broken), EXAMPLES, 0, console)
    assert not result.passed
    failing = {failure.operation for failure in result.failures}
    assert "GET /currency-accounts/{currency}" in failing
    report = console.export_text()
    assert "DISAGREE" in report
    assert "FAIL GET /currency-accounts/{currency}" in report
    assert "reproduce with:" in report


def test_verifying_a_url_without_credentials_names_the_variables_to_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SETTLEGO_LOGIN_ID", raising=False)
    monkeypatch.delenv("SETTLEGO_API_KEY", raising=False)
    console = Console(record=True, width=200)
    code = verify(
        ["settlego"],
        base_url="https://sandbox-api.settlego.com/api/v1",
        max_examples=1,
        seed=0,
        junit_xml=None,
        console=console,
    )
    assert code == 2
    assert "SETTLEGO_LOGIN_ID and SETTLEGO_API_KEY" in console.export_text()


@pytest.fixture
def served_simulator() -> Iterator[str]:
    """The simulator served by uvicorn on a free loopback port; yields its base URL."""
    simulator = simulate("settlego", strict=True)
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
    yield f"http://127.0.0.1:{port}{simulator.base_path}"
    server.should_exit = True
    thread.join(timeout=10)


def test_the_remote_path_verifies_a_served_simulator_over_loopback(
    served_simulator: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SETTLEGO_LOGIN_ID", DEFAULT_LOGIN_ID)
    monkeypatch.setenv("SETTLEGO_API_KEY", DEFAULT_API_KEY)
    result = run_schemathesis(remote_target("settlego", served_simulator), max_examples=3)
    assert result.cases > 200
    assert [f"{f.operation} {f.check}: {f.title}" for f in result.failures] == []
    assert result.errors == []


@pytest.mark.skipif(
    not os.environ.get("SETTLEGO_BASE_URL"), reason="set SETTLEGO_BASE_URL to verify a sandbox"
)
def test_a_real_settlego_sandbox_agrees_with_the_spec() -> None:
    target = remote_target("settlego", os.environ["SETTLEGO_BASE_URL"])
    result: Any = run_schemathesis(target, max_examples=EXAMPLES)
    assert [f"{f.operation} {f.check}: {f.title}" for f in result.failures] == []
