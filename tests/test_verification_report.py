"""How `corridor verify` reports: JUnit XML for CI, and clear refusals."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rich.console import Console
from schemathesis.config import SchemathesisConfig

from corridor.cli import main
from corridor.providers import PROVIDERS
from corridor.providers.seeding import Seeds
from corridor.verification.command import PARTS
from corridor.verification.report import print_summary, write_junit
from corridor.verification.run import PHASES, Failure, OperationResult, RunResult, combined


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
    # providers gain simulators one by one; each still without one is refused
    for provider in PROVIDERS:
        if not provider.has_simulator:
            assert main(["verify", "--provider", provider.name]) == 2
    assert main(["verify", "--provider", "nowhere"]) == 2
    assert main(["simulate", "nowhere"]) == 2


def test_an_operation_without_a_2xx_is_flagged_and_fails_only_when_coverage_is_required(
    tmp_path: Path,
) -> None:
    result = RunResult(
        "settlego",
        "in-process simulator",
        {
            "GET /x": OperationResult("GET /x", cases=3, successes=2),
            "POST /y": OperationResult("POST /y", cases=5, successes=0),
        },
    )
    assert result.unreached == ["POST /y"]
    assert result.passed_with(require_coverage=False)
    assert not result.passed_with(require_coverage=True)
    report = tmp_path / "report.xml"
    write_junit([result], report, require_coverage=True)
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    assert suite.get("failures") == "1"
    reached = suite.find("testcase[@name='GET /x']")
    assert reached is not None and reached.get("successes") == "2"
    assert reached.find("failure") is None
    unreached = suite.find("testcase[@name='POST /y']/failure")
    assert unreached is not None
    assert "no schema-valid request got a 2xx" in (unreached.get("message") or "")


def test_the_table_shows_the_2xx_count_per_operation_and_the_operations_reached() -> None:
    result = RunResult(
        "settlego",
        "in-process simulator",
        {
            "GET /x": OperationResult("GET /x", cases=3, successes=2),
            "POST /y": OperationResult("POST /y", cases=5),
        },
    )
    console = Console(record=True, width=160)
    print_summary(result, console)
    text = console.export_text()
    assert "2xx" in text
    assert "0 (no 2xx)" in text
    assert "1/2 operations reached a 2xx" in text


def test_seeds_become_schemathesis_dictionaries_bound_per_operation() -> None:
    seeds = Seeds(probability=0.5)
    seeds.bind("path.id", ["p-1", "p-2"], operations=["getPayment"])
    seeds.bind("path.id", ["p-2", "p-3"], operations=["getPayment"])
    seeds.bind("query.onBehalfOf", ["c-1"])
    config = seeds.config()
    assert sorted(map(sorted, (d["values"] for d in config["dictionaries"].values()))) == [
        ["c-1"],
        ["p-1", "p-2", "p-3"],
    ]
    (operation,) = config["operations"]
    assert operation["include-operation-id"] == "getPayment"
    assert operation["parameters"]["path.id"]["probability"] == 0.5
    assert set(config["parameters"]) == {"query.onBehalfOf"}
    assert seeds.values("path.id", "getPayment") == ["p-1", "p-2", "p-3"]
    assert seeds.values("path.id", "getBeneficiary") == []
    # Schemathesis accepts the configuration as it is
    SchemathesisConfig.from_dict({**config, "seed": 0})


def test_a_provider_run_in_parts_is_the_sum_of_its_parts() -> None:
    schema = Failure("GET /x", "response_schema_conformance", "Schema violation", "one", "curl 1")
    again = Failure("GET /x", "response_schema_conformance", "Schema violation", "two", "curl 2")
    status = Failure("GET /x", "status_code_conformance", "Undocumented status", "", "curl 3")
    unit = RunResult(
        "settlego",
        "in-process simulator",
        {
            "GET /x": OperationResult("GET /x", cases=3, successes=1, failures=[schema]),
            "POST /y": OperationResult("POST /y", cases=5),
        },
        errors=["seeding: a note"],
    )
    stateful = RunResult(
        "settlego",
        "in-process simulator",
        {
            "GET /x": OperationResult("GET /x", cases=2, successes=2, failures=[again, status]),
            "POST /y": OperationResult("POST /y", cases=1, successes=1),
        },
    )
    total = combined([unit, stateful])
    assert (total.cases, total.successes) == (11, 4)
    assert total.operations["POST /y"].successes == 1  # reached a 2xx in one part: reached
    # the same disagreement found by both parts is reported once, a different one too
    assert total.operations["GET /x"].failures == [schema, status]
    assert total.errors == ["seeding: a note"]
    assert not total.unreached


def test_the_parts_of_a_run_do_every_phase_once() -> None:
    done = [phase for part in PARTS for phase in part]
    assert sorted(done) == sorted(PHASES)
    assert PARTS[-1] == ("stateful",)  # the sequences across operations, on their own


def test_a_phase_schemathesis_does_not_have_is_refused_before_anything_runs() -> None:
    from corridor.verification.run import run_schemathesis
    from corridor.verification.targets import simulator_target

    with pytest.raises(ValueError, match="no such Schemathesis phase: fuzz"):
        run_schemathesis(simulator_target("p100"), phases=("fuzz", "stateful"))
