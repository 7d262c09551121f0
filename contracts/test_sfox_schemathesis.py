"""An sFOX simulator that breaks the spec makes verification fail, readably.

The runs every provider shares (no disagreement, a 2xx on every operation, balanced books, the
remote path, a real sandbox) are in test_schemathesis.py.
"""

from __future__ import annotations

from rich.console import Console

from corridor.simulator import simulate
from corridor.simulator.dialect import Answer, Call
from corridor.verification.command import verify_target
from corridor.verification.targets import simulator_target

EXAMPLES = 1  # per operation and phase: the broken answer shows on the first request


def broken_get_wire_instructions(call: Call) -> Answer:
    # the routing number as a number, which the spec's string does not allow
    return Answer({"bank_name": "MVB Bank", "bank_routing_number": 51504597})


def test_a_broken_handler_makes_verification_fail_with_a_readable_report() -> None:
    broken = simulate("sfox", handlers={"getWireInstructions": broken_get_wire_instructions})
    console = Console(record=True, width=140)
    result = verify_target(simulator_target("sfox", broken), EXAMPLES, 0, console)
    assert not result.passed
    failing = {failure.operation for failure in result.failures}
    assert failing == {"GET /v1/user/wire-instructions"}
    report = console.export_text()
    assert "DISAGREE" in report
    assert "FAIL GET /v1/user/wire-instructions" in report
    assert "reproduce with:" in report
