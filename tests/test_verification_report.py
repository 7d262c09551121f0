"""How `corridor verify` reports: JUnit XML for CI, and clear refusals."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from corridor.cli import main
from corridor.verification.report import write_junit
from corridor.verification.run import Failure, OperationResult, RunResult


def test_junit_xml_has_a_testcase_per_operation_and_a_failure_per_disagreement(
    tmp_path: Path,
) -> None:
    broken = Failure("GET /x", "response_schema_conformance", "Schema violation", "bad", "curl ...")
    result = RunResult(
        "settlego",
        "in-process simulator",
        {
            "GET /x": OperationResult("GET /x", cases=3, failures=[broken]),
            "POST /y": OperationResult("POST /y", cases=5),
        },
    )
    report = tmp_path / "report.xml"
    write_junit([result], report)
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    failing = suite.find("testcase[@name='GET /x']/failure")
    assert failing is not None
    assert failing.get("message") == "response_schema_conformance: Schema violation"
    assert suite.find("testcase[@name='POST /y']/failure") is None


def test_verify_and_simulate_refuse_a_provider_without_a_simulator() -> None:
    assert main(["verify", "--provider", "sfox"]) == 2
    assert main(["simulate", "nowhere"]) == 2
