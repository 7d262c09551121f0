"""A SettleGo simulator that breaks the spec makes verification fail, readably.

The runs every provider shares (no disagreement, a 2xx on every operation, balanced books, the
remote path, a real sandbox) are in test_schemathesis.py.
"""

from __future__ import annotations

from rich.console import Console

from corridor.simulator import simulate
from corridor.simulator.dialect import Answer, Call
from corridor.verification.command import verify_target
from corridor.verification.targets import simulator_target

EXAMPLES = 10  # per operation and phase; `corridor verify` runs more


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
