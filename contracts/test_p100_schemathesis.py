"""A P100 simulator that breaks the spec makes verification fail, readably.

The runs every provider shares (no disagreement, a 2xx on every operation, balanced books, the
remote path, a real sandbox) are in test_schemathesis.py.
"""

from __future__ import annotations

from rich.console import Console

from corridor.simulator import simulate
from corridor.simulator.dialect import Answer, Call
from corridor.verification.command import verify_target
from corridor.verification.targets import simulator_target

EXAMPLES = 5  # per operation and phase: enough to meet the broken answer


def broken_get_network_fee(call: Call) -> Answer:
    return Answer({"networkFee": "a lot"})  # the spec says a number


def test_a_broken_handler_makes_verification_fail_with_a_readable_report() -> None:
    broken = simulate("p100", handlers={"getNetworkFee": broken_get_network_fee})
    console = Console(record=True, width=140)
    result = verify_target(simulator_target("p100", broken), EXAMPLES, 0, console)
    assert not result.passed
    failing = {failure.operation for failure in result.failures}
    assert failing == {"GET /v1/crypto-withdrawal/get-network-fee"}
    report = console.export_text()
    assert "DISAGREE" in report
    assert "FAIL GET /v1/crypto-withdrawal/get-network-fee" in report
    assert "reproduce with:" in report
